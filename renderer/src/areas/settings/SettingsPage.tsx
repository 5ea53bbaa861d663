import type { ReactNode } from 'react';
import { useApiQuery } from '../../lib/queries.js';
import { count, dateInWords, poundsInWords, today } from '../../lib/format.js';
import { EL_MINIMUM_COVER_POUNDS, EMPLOYER_KINDS, valueOn, type EmployerProfile } from '../../shared.js';
import { Flash, Loading, StaticPage, SummaryList } from '../../ui/index.js';
import { textSizeLabel } from './TextSizePage.js';

const KIND: Record<(typeof EMPLOYER_KINDS)[number], string> = {
  individual: 'I employ my own PAs',
  representative: 'I employ PAs for someone else',
  agency: 'An organisation or agency',
};

const NOT_SET = <span className="secondary-text">Not filled in yet</span>;

function address(e: EmployerProfile) {
  const lines = [e.addressLine1, e.addressLine2, e.town, e.postcode].filter(Boolean);
  return lines.length ? lines.map((l) => <span key={l} className="line">{l}</span>) : NOT_SET;
}

/** Lines of a summary value, leaving out what is not filled in. */
function lines(items: (string | false | null | undefined)[], warning: ReactNode = null) {
  const shown = items.filter((l): l is string => Boolean(l));
  if (!shown.length) return NOT_SET;
  return (
    <>
      {shown.map((l) => <span key={l} className="line">{l}</span>)}
      {warning}
    </>
  );
}

function insurance(e: EmployerProfile | null | undefined) {
  if (!e) return NOT_SET;
  const minimum = valueOn(EL_MINIMUM_COVER_POUNDS, today());
  const tooLow = e.coverPounds != null && minimum != null && e.coverPounds < minimum;
  return lines([
    e.insurer,
    e.policyNumber && `Policy ${e.policyNumber}`,
    e.coverPounds != null && `${poundsInWords(e.coverPounds)} cover`,
    e.renewsOn && `Renews on ${dateInWords(e.renewsOn)}`,
  ], tooLow ? <strong className="line">This is less than the {poundsInWords(minimum)} the law requires</strong> : null);
}

function payroll(e: EmployerProfile | null | undefined) {
  if (!e) return NOT_SET;
  return lines([
    e.payeReference && `PAYE reference ${e.payeReference}`,
    e.pensionScheme && `Pension: ${e.pensionScheme}`,
    e.pensionDutiesStartOn && `Pension duties started on ${dateInWords(e.pensionDutiesStartOn)}`,
    e.pensionDeclarationOn && `Declaration of compliance on ${dateInWords(e.pensionDeclarationOn)}`,
  ]);
}

function funding(e: EmployerProfile | null | undefined) {
  if (!e) return NOT_SET;
  return lines([
    e.localAuthority,
    e.wageArea === 'london' ? 'Your PAs work in London' : e.wageArea === 'elsewhere' ? 'Your PAs work outside London' : null,
  ]);
}

export function SettingsPage() {
  const settings = useApiQuery('settings.get', {});
  const employer = useApiQuery('employer.get', {});
  const s = settings.data;
  const e = employer.data;
  return (
    <>
      <Flash />
      <StaticPage title="Settings">
        {!s || employer.isPending ? (
          <Loading />
        ) : (
          <>
            <h2 className="heading-m">Your book</h2>
            <SummaryList
              rows={[
                { key: 'Lock after', value: `${count(s.autoLockMinutes, 'minute')} without use`, change: { to: '/settings/auto-lock' } },
                { key: 'Text size', value: textSizeLabel(s.textSize), change: { to: '/settings/text-size' } },
                { key: 'Passphrase', value: 'Set', change: { to: '/settings/passphrase' } },
              ]}
            />
            <h2 className="heading-m">About you</h2>
            <SummaryList
              rows={[
                { key: 'Who employs your PAs', value: e ? KIND[e.kind] : NOT_SET, change: { to: '/settings/employer' } },
                { key: 'Name', value: e?.name || NOT_SET, change: { to: '/settings/employer' } },
                { key: 'Address', value: e ? address(e) : NOT_SET, change: { to: '/settings/employer' } },
              ]}
            />
            <h2 className="heading-m">Your employer details</h2>
            <SummaryList
              rows={[
                { key: "Employer's liability insurance", value: insurance(e), change: { to: '/settings/insurance' } },
                { key: 'Payroll and pension', value: payroll(e), change: { to: '/settings/payroll' } },
                { key: 'Direct payments', value: funding(e), change: { to: '/settings/funding' } },
                { key: 'Pay rates', value: 'The legal minimum wage and the Real Living Wage, with their sources', change: { to: '/settings/rates' } },
              ]}
            />
            <h2 className="heading-m">Backups</h2>
            <SummaryList
              rows={[
                { key: 'Backup folder', value: s.backupFolder ? <span className="path">{s.backupFolder}</span> : <span className="secondary-text">Not chosen yet</span>, change: { to: '/settings/backups' } },
                { key: 'Backups to keep', value: String(s.backupsToKeep), change: { to: '/settings/backups' } },
                { key: 'Back up when your book locks', value: s.backupOnLock ? 'Yes' : 'No', change: { to: '/settings/backups' } },
              ]}
            />
          </>
        )}
      </StaticPage>
    </>
  );
}
