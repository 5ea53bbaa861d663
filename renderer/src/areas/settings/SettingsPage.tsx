import { useApiQuery } from '../../lib/queries.js';
import { EMPLOYER_KINDS, type EmployerProfile } from '../../shared.js';
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
                { key: 'Lock after', value: `${s.autoLockMinutes} ${s.autoLockMinutes === 1 ? 'minute' : 'minutes'} without use`, change: { to: '/settings/auto-lock' } },
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
