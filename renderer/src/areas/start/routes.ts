import type { Route } from '../../app/router.js';
import { RESTORE_ROUTES } from '../backups/restore/routes.js';
import { HelpPage } from '../help/HelpPage.js';
import { AboutYouPage } from './AboutYouPage.js';
import { OpenPage } from './OpenPage.js';
import { PassphrasePage } from './PassphrasePage.js';
import { RecoveryCodePage } from './RecoveryCodePage.js';
import { StartPage } from './StartPage.js';
import { WherePage } from './WherePage.js';

/** Pages shown before there is any book. */
export const FIRST_RUN_ROUTES: Route[] = [
  { path: '/', component: StartPage },
  { path: '/new/where', component: WherePage },
  { path: '/new/passphrase', component: PassphrasePage },
  { path: '/new/recovery-code', component: RecoveryCodePage },
  { path: '/new/about-you', component: AboutYouPage },
  { path: '/open', component: OpenPage },
  { path: '/help', component: HelpPage },
  ...RESTORE_ROUTES,
];
