import type { Area } from '../../lib/area.js';
import { page } from '../../lib/router/index.js';
import { AboutYouPage } from './AboutYouPage.js';
import { OpenPage } from './OpenPage.js';
import { PassphrasePage } from './PassphrasePage.js';
import { RecoveryCodePage } from './RecoveryCodePage.js';
import { StartPage } from './StartPage.js';
import { WherePage } from './WherePage.js';

/** First run: the pages shown before there is any book. */
export const startArea: Area = {
  noBook: [
    page('/', StartPage),
    page('/new/where', WherePage),
    page('/new/passphrase', PassphrasePage),
    page('/new/recovery-code', RecoveryCodePage),
    page('/new/about-you', AboutYouPage),
    page('/open', OpenPage),
  ],
};
