import type { Params } from '../../../app/router.js';
import { dateInWords } from '../../../lib/format.js';
import { useApiQuery } from '../../../lib/queries.js';
import { Button, ButtonGroup, ErrorSummary, Loading, StaticPage, SummaryList } from '../../../ui/index.js';
import { ContractTerms } from './ContractTerms.js';
import { contractPath } from './paths.js';
import { useStatementDownload } from './useStatementDownload.js';

const NOT_YET = <span className="secondary-text">Not recorded yet</span>;

/** One version of the statement, as it was saved (read-only). */
export function VersionPage({ params }: { params: Params }) {
  const workerId = params.id!;
  const worker = useApiQuery('workers.get', { id: workerId });
  const contract = useApiQuery('contracts.get', { workerId });
  const statement = useStatementDownload();
  const back = contractPath(workerId);
  if (worker.isError || contract.isError) {
    return (
      <StaticPage title="Their statement" back={back}>
        <ErrorSummary items={[{ message: (worker.error ?? contract.error)!.message }]} />
      </StaticPage>
    );
  }
  if (!worker.data || !contract.data) return <Loading />;
  const v = contract.data.versions.find((x) => x.id === params.versionId);
  if (!v) {
    return (
      <StaticPage title="This version could not be found" back={back}>
        <p className="body">Go back to their contract and choose a version from the list.</p>
      </StaticPage>
    );
  }
  const isCurrent = contract.data.current?.id === v.id;
  const name = v.version === 1 ? 'First statement' : `Version ${v.version}`;
  return (
    <StaticPage title={`${name} – ${worker.data.fullName}`} heading={name} caption={worker.data.fullName} back={back}>
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
      <ContractTerms version={v} facts={isCurrent ? contract.data.facts : null} />
    </StaticPage>
  );
}
