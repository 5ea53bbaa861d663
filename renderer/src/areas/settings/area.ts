import type { Area } from '../../app/areas.js';
import { AutoLockPage } from './AutoLockPage.js';
import { BackupSettingsPage } from './BackupSettingsPage.js';
import { ChangePassphrasePage } from './ChangePassphrasePage.js';
import { EmployerPage } from './EmployerPage.js';
import { FundingPage } from './FundingPage.js';
import { InsurancePage } from './InsurancePage.js';
import { PayrollPage } from './PayrollPage.js';
import { SettingsPage } from './SettingsPage.js';
import { TextSizePage } from './TextSizePage.js';

export const settingsArea: Area = {
  nav: { label: 'Settings', to: '/settings', order: 80 },
  routes: [
    { path: '/settings', component: SettingsPage },
    { path: '/settings/auto-lock', component: AutoLockPage },
    { path: '/settings/text-size', component: TextSizePage },
    { path: '/settings/employer', component: EmployerPage },
    { path: '/settings/insurance', component: InsurancePage },
    { path: '/settings/payroll', component: PayrollPage },
    { path: '/settings/funding', component: FundingPage },
    { path: '/settings/backups', component: BackupSettingsPage },
    { path: '/settings/passphrase', component: ChangePassphrasePage },
  ],
};
