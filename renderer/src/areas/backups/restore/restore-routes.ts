import { page } from '../../../lib/router/index.js';
import { CheckPage } from './CheckPage.js';
import { DonePage } from './DonePage.js';
import { FilePage } from './FilePage.js';
import { IntoPage } from './IntoPage.js';
import { SecretPage } from './SecretPage.js';

/** The restore journey: works with the book open, locked, or before any book exists. */
export const RESTORE_ROUTES = [
  page('/restore', FilePage),
  page('/restore/where', IntoPage),
  page('/restore/unlock', SecretPage),
  page('/restore/check', CheckPage),
  page('/restore/done', DonePage),
];
