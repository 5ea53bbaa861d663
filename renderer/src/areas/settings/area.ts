import type { Area } from '../../lib/area.js';
import { page } from '../../lib/router/index.js';
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
    page('/settings', SettingsPage),
    page('/settings/auto-lock', AutoLockPage),
    page('/settings/text-size', TextSizePage),
    page('/settings/employer', EmployerPage),
    page('/settings/insurance', InsurancePage),
    page('/settings/payroll', PayrollPage),
    page('/settings/funding', FundingPage),
    page('/settings/backups', BackupSettingsPage),
    page('/settings/passphrase', ChangePassphrasePage),
  ],
};
