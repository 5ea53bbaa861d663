import { dateInWords } from '../../../lib/format.js';
import type { WorkerContract } from '../../../shared.js';
import { Button, ButtonGroup, ErrorSummary, StaticPage, SummaryList } from '../../../ui/index.js';
import { usePa } from '../pa-context.js';
import { ContractTerms } from './ContractTerms.js';
import { contractPath } from './paths.js';
import { useStatementDownload } from './useStatementDownload.js';
import { WithContract } from './WithContract.js';

const NOT_YET = <span className="secondary-text">Not recorded yet</span>;

/** One version of the statement, as it was saved (read-only). */
export function VersionPage({ params }: { params: { versionId: string } }) {
  return <WithContract>{(contract) => <Version contract={contract} versionId={params.versionId} />}</WithContract>;
}

function Version({ contract, versionId }: { contract: WorkerContract; versionId: string }) {
  const w = usePa();
  const workerId = w.id;
  const statement = useStatementDownload();
  const back = contractPath(workerId);
  const v = contract.versions.find((x) => x.id === versionId);
  if (!v) {
    return (
      <StaticPage title="This version could not be found" back={back}>
        <p className="body">Go back to their contract and choose a version from the list.</p>
      </StaticPage>
    );
  }
  const isCurrent = contract.current?.id === v.id;
  const name = v.version === 1 ? 'First statement' : `Version ${v.version}`;
  return (
    <StaticPage title={`${name} – ${w.fullName}`} heading={name} caption={w.fullName} back={back}>
      <ErrorSummary items={statement.error ? [{ message: statement.error }] : []} />
      <SummaryList
        rows={[
          { key: 'Applies from', value: dateInWords(v.appliesFrom) },
          { key: 'Applies now', value: isCurrent ? 'Yes, these are their terms now' : 'No' },
          { key: 'Given to them', value: v.issuedOn ? dateInWords(v.issuedOn) : NOT_YET, change: { to: contractPath(workerId, `issued/${v.id}`), label: v.issuedOn ? 'Change' : 'Record' } },
          ...(v.version > 1
            ? [
                { key: 'They agreed', value: v.agreedOn ? dateInWords(v.agreedOn) : NOT_YET, change: { to: contractPath(workerId, `agreed/${v.id}`), label: v.agreedOn ? 'Change' : 'Record' } },
                { key: 'What changed', value: v.changeSummary || <span className="secondary-text">Not said</span> },
              ]
            : []),
        ]}
      />
      <ButtonGroup>
        <Button type="button" busy={statement.busy} busyText="Making the statement…" onClick={() => void statement.download(v.id)}>
          Download this version (PDF)
        </Button>
      </ButtonGroup>
      <h2 className="heading-m">The terms</h2>
      <ContractTerms version={v} facts={isCurrent ? contract.facts : null} />
    </StaticPage>
  );
}
