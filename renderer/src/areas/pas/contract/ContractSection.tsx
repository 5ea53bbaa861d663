import { dateInWords } from '../../../lib/format.js';
import { useApiQuery } from '../../../lib/queries.js';
import { Link } from '../../../lib/router/index.js';
import type { ContractFacts, ContractVersion, WorkerContract } from '../../../shared.js';
import { Button, ButtonGroup, ButtonLink, ErrorSummary, Loading, SummaryList, WarningText } from '../../../ui/index.js';
import { usePa } from '../pa-context.js';
import { RateCheck } from '../../pay/index.js';
import { today } from '../../../lib/format.js';
import { ContractTerms } from './ContractTerms.js';
import { contractPath } from './paths.js';
import { SignedCopy } from './SignedCopy.js';
import { useStatementDownload } from './useStatementDownload.js';
import { VersionsTable } from './VersionsTable.js';

/** The Contract tab: the written statement that applies now, its terms, and every version. */
export function ContractSection() {
  const workerId = usePa().id;
  const contract = useApiQuery('contracts.get', { workerId });
  return contract.isPending ? (
    <Loading />
  ) : contract.isError ? (
    <ErrorSummary items={[{ message: contract.error.message }]} />
  ) : contract.data.current ? (
    <Statement workerId={workerId} contract={contract.data} current={contract.data.current} />
  ) : (
    <NoStatement workerId={workerId} />
  );
}

function NoStatement({ workerId }: { workerId: string }) {
  return (
    <>
      <h2 className="heading-m">Written statement</h2>
      <p className="body">There is no written statement for them yet.</p>
      <p className="body">
        The law says a PA must get a written statement of their terms on or before their first day of work. It says
        what their job is, their pay and hours, holiday, sick pay, notice and probation.
      </p>
      <p className="body">Carebook fills in what it can. You check it, then download it to print and give to them.</p>
      <ButtonLink to={contractPath(workerId, 'edit')}>Write their statement</ButtonLink>
    </>
  );
}

/** Whether the statement was given on time, in words (and the warning sign), never colour alone. */
function IssueStatus({ first, current, facts }: { first: ContractVersion | undefined; current: ContractVersion; facts: ContractFacts | null }) {
  if (!facts) return null;
  const due = dateInWords(facts.statementDueBy);
  if (facts.statementLate) {
    return (
      <WarningText>
        {first?.issuedOn
          ? `They were given their written statement on ${dateInWords(first.issuedOn)}. That was late: the law says they must get it on or before their first day (${due}).`
          : `They have not been given their written statement, and it is late. The law says they must get it on or before their first day (${due}). Give it to them as soon as you can.`}
      </WarningText>
    );
  }
  if (!current.issuedOn && current.version === 1) {
    return <p className="body inset-text">The law says they must get this statement on or before their first day, {due}.</p>;
  }
  if (!current.issuedOn) {
    return <p className="body inset-text">Give them the new terms in writing within a month of the change, and keep a copy.</p>;
  }
  return null;
}

function Statement({ workerId, contract, current }: { workerId: string; contract: WorkerContract; current: ContractVersion }) {
  const { facts, versions } = contract;
  const statement = useStatementDownload();
  const first = versions.find((v) => v.version === 1);
  const upcoming = versions.filter((v) => v.version > current.version);
  const needsAgreement = current.version > 1 && !current.agreedOn;
  return (
    <>
      <ErrorSummary items={statement.error ? [{ message: statement.error }] : []} />
      <h2 className="heading-m">Written statement</h2>
      <SummaryList
        rows={[
          {
            key: 'Version',
            value: current.version === 1 ? `The first statement, from ${dateInWords(current.appliesFrom)}` : `Version ${current.version}, from ${dateInWords(current.appliesFrom)}`,
          },
          {
            key: 'Given to them',
            value: current.issuedOn ? dateInWords(current.issuedOn) : <span className="secondary-text">Not recorded yet</span>,
            ...(current.issuedOn ? { change: { to: contractPath(workerId, 'issued') } } : {}),
          },
          ...(current.version > 1
            ? [
                {
                  key: 'They agreed to the change',
                  value: current.agreedOn ? dateInWords(current.agreedOn) : <span className="secondary-text">Not recorded yet</span>,
                  ...(current.agreedOn ? { change: { to: contractPath(workerId, `agreed/${current.id}`) } } : {}),
                },
              ]
            : []),
        ]}
      />
      <IssueStatus first={first} current={current} facts={facts} />
      {upcoming.map((v) => (
        <p key={v.id} className="body inset-text">
          New terms start on {dateInWords(v.appliesFrom)}.{' '}
          <Link to={contractPath(workerId, `versions/${v.id}`)}>See version {v.version}</Link>
        </p>
      ))}
      <ButtonGroup>
        <Button type="button" busy={statement.busy} busyText="Making the statement…" onClick={() => void statement.download(current.id)}>
          Download the statement (PDF)
        </Button>
        {!current.issuedOn && (
          <ButtonLink variant="secondary" to={contractPath(workerId, 'issued')}>
            Record the date you gave it to them
          </ButtonLink>
        )}
        {needsAgreement && (
          <ButtonLink variant="secondary" to={contractPath(workerId, `agreed/${current.id}`)}>
            Record that they agreed
          </ButtonLink>
        )}
      </ButtonGroup>
      <SignedCopy workerId={workerId} version={current} />

      <h2 className="heading-m">Their terms</h2>
      <RateCheck workerId={workerId} ratePence={current.hourlyRatePence} date={[current.appliesFrom, today()].sort()[1]!} hoursPerWeek={current.hoursPerWeek} />
      <ContractTerms version={current} facts={facts} />

      <h2 className="heading-m">Change their terms</h2>
      <p className="body">
        If their pay, hours or other terms change, make a new version from the date the change starts. The old version
        is kept.
      </p>
      <p className="body">
        A change needs their agreement, and you must confirm it to them in writing within one month.
      </p>
      <ButtonLink variant="secondary" to={contractPath(workerId, 'edit')}>
        Change their terms
      </ButtonLink>

      <h2 className="heading-m">Versions</h2>
      <VersionsTable workerId={workerId} versions={versions} />
    </>
  );
}
