/**
 * The employer's own details beyond "About you": insurance, payroll and pension, direct
 * payments. Keyboard only; every screen checked with axe and photographed.
 */
import { expect, expectPage, test } from './harness/fixtures.js';
import { activate, expectFocused, tabTo, typeInto, typeDate } from './harness/keyboard.js';
import { SAMPLE_EMPLOYER } from './harness/samples.js';
import { screen } from './harness/screens.js';

test('the sections refuse until About you is saved, and say where to fix it', async ({ page, carebook }) => {
  await carebook.unlockedBook();
  await carebook.open('/settings/insurance');
  await expectPage(page, "Employer's liability insurance");
  await typeInto(page, 'Insurance company (optional)', 'Acme Mutual');
  await activate(page, 'Save');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Fill in your name and address first, then this section.');
  await expect(page).toHaveTitle(/^Error: /);
  await screen(page, 'employer-insurance-needs-about-you');
  // The message is a link to the page that fixes it.
  await activate(page, 'Fill in your name and address first, then this section.');
  await expectPage(page, 'About you');
  expect(await carebook.call('employer.get', {})).toBeNull();
});

test('insurance, payroll and direct payments, saved and shown on Settings (keyboard only)', async ({ page, carebook }) => {
  // A long keyboard journey with axe on every screen: give it room on a busy machine.
  test.slow();
  await carebook.unlockedBook();
  await carebook.call('employer.update', SAMPLE_EMPLOYER);
  // Insurance matters on Home once someone works for you.
  await carebook.call('workers.create', { fullName: 'Joanna Bloggs', startDate: '2025-09-01', status: 'active' });
  await carebook.open('/settings');
  await expectPage(page, 'Settings');
  await expect(page.getByRole('heading', { name: 'Your employer details' })).toBeVisible();
  await screen(page, 'employer-settings-empty');

  // Insurance: a typo in the cover first, then £2,000,000 (less than the law's minimum).
  await activate(page, "Change employer's liability insurance");
  await expectPage(page, "Employer's liability insurance");
  await expect(page.getByText('The law says at least £5 million.')).toBeVisible();
  await screen(page, 'employer-insurance');
  await typeInto(page, 'Insurance company (optional)', 'Acme Mutual');
  await typeInto(page, 'Policy number (optional)', 'EL-4471');
  await typeInto(page, 'Amount of cover, in pounds (optional)', 'two million');
  await typeDate(page, '1', '4', '2027');
  await activate(page, 'Save');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter the amount of cover in pounds, like 5,000,000');
  await screen(page, 'employer-insurance-error');
  await activate(page, 'Enter the amount of cover in pounds, like 5,000,000');
  await expectFocused(page, 'Amount of cover, in pounds (optional)');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('£2,000,000');
  await activate(page, 'Save');
  await expectPage(page, 'Settings');
  await expect(page.getByRole('alert')).toContainText('Your employer details have been saved');
  const insurance = page.locator('.summary-list__row', { hasText: "Employer's liability insurance" });
  await expect(insurance).toContainText('Acme Mutual');
  await expect(insurance).toContainText('Policy EL-4471');
  await expect(insurance).toContainText('£2 million cover')
  await expect(insurance).toContainText('This is less than the £5 million the law requires');
  await expect(insurance).toContainText('Renews on 1 April 2027');
  expect(await carebook.call('employer.get', {})).toMatchObject({ insurer: 'Acme Mutual', coverPounds: 2_000_000, renewsOn: '2027-04-01' });

  // Home says it is against the law, in words and with the stop-sign tag.
  // The menu is above the page's content: back up to it.
  await tabTo(page, 'Home', { back: true });
  await page.keyboard.press('Enter');
  await expectPage(page, 'What needs your attention');
  const item = page.locator('.attention', { hasText: "Your employer's liability insurance does not cover enough" });
  await expect(item).toContainText('Against the law');
  await expect(item).toContainText('The law says it must cover at least £5 million. Yours covers £2 million.');
  await screen(page, 'employer-home-insurance-unlawful');
  await tabTo(page, 'Settings', { back: true });
  await page.keyboard.press('Enter');
  await expectPage(page, 'Settings');

  // Payroll and pension: a PAYE reference in the wrong shape is named, then fixed.
  await activate(page, 'Change payroll and pension');
  await expectPage(page, 'Payroll and pension');
  await screen(page, 'employer-payroll');
  await typeInto(page, 'Employer PAYE reference (optional)', 'AB45678');
  await typeInto(page, 'Pension scheme (optional)', 'NEST');
  await typeDate(page, '6', '4', '2026');
  await typeDate(page, '1', '6', '2026');
  await activate(page, 'Save');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Employer PAYE reference must look like 123/AB45678');
  await screen(page, 'employer-payroll-error');
  await activate(page, /^Employer PAYE reference must look like/);
  await expectFocused(page, 'Employer PAYE reference (optional)');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('123/AB45678');
  await activate(page, 'Save');
  await expectPage(page, 'Settings');
  const payroll = page.locator('.summary-list__row', { hasText: 'Payroll and pension' });
  await expect(payroll).toContainText('PAYE reference 123/AB45678');
  await expect(payroll).toContainText('Pension: NEST');
  await expect(payroll).toContainText('Pension duties started on 6 April 2026');
  await expect(payroll).toContainText('Declaration of compliance on 1 June 2026');

  // Direct payments.
  await activate(page, 'Change direct payments');
  await expectPage(page, 'Direct payments');
  await typeInto(page, 'Local council (optional)', 'Leeds City Council');
  await tabTo(page, 'Yes, in London');
  await page.keyboard.press('ArrowDown');
  await expectFocused(page, 'No, somewhere else');
  await expect(page.getByLabel('No, somewhere else')).toBeChecked();
  await screen(page, 'employer-funding');
  await activate(page, 'Save');
  await expectPage(page, 'Settings');
  const funding = page.locator('.summary-list__row', { hasText: 'Direct payments' });
  await expect(funding).toContainText('Leeds City Council');
  await expect(funding).toContainText('Your PAs work outside London');
  await screen(page, 'employer-settings-filled');

  // Saving one section never blanks another.
  expect(await carebook.call('employer.get', {})).toMatchObject({
    name: 'Sam Taylor',
    coverPounds: 2_000_000,
    payeReference: '123/AB45678',
    pensionScheme: 'NEST',
    localAuthority: 'Leeds City Council',
    wageArea: 'elsewhere',
  });

  // Changing a section starts from what was saved.
  await activate(page, "Change employer's liability insurance");
  await expectPage(page, "Employer's liability insurance");
  await expect(page.getByLabel('Amount of cover, in pounds (optional)')).toHaveValue('2,000,000');
});
