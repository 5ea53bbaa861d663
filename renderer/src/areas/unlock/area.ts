import type { Area } from '../../lib/area.js';
import { page } from '../../lib/router/index.js';
import { ProblemPage } from './ProblemPage.js';
import { RecoveryUnlockPage } from './RecoveryUnlockPage.js';
import { UnlockPage } from './UnlockPage.js';

/** The lock screen: the pages shown while the book is locked. */
export const unlockArea: Area = {
  locked: [page('/', UnlockPage), page('/forgotten', RecoveryUnlockPage), page('/problem/:code', ProblemPage)],
};
