/**
 * The public side of Settings: the employer form (the new-book journey asks the same
 * questions), and the new-passphrase page the app shows after a recovery-code unlock.
 */
export { AfterRecoveryPage } from './ChangePassphrasePage.js';
export { EmployerForm } from './EmployerForm.js';
