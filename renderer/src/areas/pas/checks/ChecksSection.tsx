import { useMemo, type ReactNode } from 'react';
import { count, dateInWords, today } from '../../../lib/format.js';
import { useApiQuery } from '../../../lib/queries.js';
import { Link } from '../../../lib/router/index.js';
import { CWP_VALUES, type DbsCheck, type Interview, type Reference, type RightToWorkCheck, type Worker, type WorkerChecks } from '../../../shared.js';
import { ErrorSummary, Loading, SummaryList, WarningText, type SummaryRow, TableBox } from '../../../ui/index.js';
import { useOpenDocument } from '../documents/OpenDocument.js';
import { OrNotGiven } from '../NotGiven.js';
import { usePa } from '../pa-context.js';
import { copiesRow, CopiesContext, groupByLinkedId, type Copies } from './CheckCopies.js';
import { checkFormPath, deleteCheckPath, statusCheckPath } from './paths.js';
import { DBS_LEVEL_WORDS, INTERVIEW_OUTCOME_WORDS, REFERENCE_OUTCOME_WORDS, RTW_METHOD_SHORT, type CheckKind } from './words.js';

/** The safe-recruitment checks for one PA: what is recorded, and what is still needed, in words. */
export function ChecksSection() {
  const w = usePa();
  const id = w.id;
  const checks = useApiQuery('checks.get', { workerId: id });
  // One call for the whole tab; each check's card shows the copies linked to it.
  const documents = useApiQuery('documents.list', { workerId: id });
  const opener = useOpenDocument();
  const byCheck = useMemo(() => (documents.data ? groupByLinkedId(documents.data) : null), [documents.data]);
  const copies: Copies = { workerId: id, byCheck, opener };
  const problems = [
    ...(documents.isError ? [{ message: `Carebook could not load their documents: ${documents.error.message}` }] : []),
    ...(opener.error ? [{ message: opener.error }] : []),
  ];
  return (
    <>
      <ErrorSummary items={problems} />
      {(checks.isPending || documents.isPending) && <Loading what="Loading their checks" />}
      {checks.isError && <p className="body">{checks.error.message}</p>}
      {checks.data && !documents.isPending && (
        <CopiesContext.Provider value={copies}>
          <Checks w={w} checks={checks.data} />
        </CopiesContext.Provider>
      )}
    </>
  );
}

function Checks({ w, checks }: { w: Worker; checks: WorkerChecks }) {
  const todayIs = today();
  return (
    <>
      <p className="body">
        Record each check when you do it. Carebook reminds you on Home when one needs doing again.
      </p>
      <RightToWork w={w} list={checks.rightToWork} today={todayIs} />
      <Dbs w={w} list={checks.dbs} today={todayIs} />
      <References w={w} list={checks.references} />
      <Interviews w={w} list={checks.interviews} />
    </>
  );
}

const text = (key: string, value: string, shown: ReactNode = value): SummaryRow => ({
  key,
  value: <OrNotGiven value={value}>{shown}</OrNotGiven>,
});
const date = (key: string, value: string) => text(key, value, value && dateInWords(value));

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = 'checks-' + title.toLowerCase().replace(/[^a-z]+/g, '-');
  return (
    <section className="pa-section" aria-labelledby={id}>
      <h2 className="heading-m" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Change and delete links for one record; the hidden words say which record, for screen readers and voice. */
function RecordActions({ w, kind, id, what, change }: { w: Worker; kind: CheckKind; id: string; what: string; change?: string }) {
  return (
    <ul className="list pa-record-actions">
      {change && (
        <li>
          <Link to={change}>
            Change<span className="visually-hidden"> the {what}</span>
          </Link>
        </li>
      )}
      <li>
        <Link to={deleteCheckPath(w.id, kind, id)}>
          Delete<span className="visually-hidden"> the {what}</span>
        </Link>
      </li>
    </ul>
  );
}

function AddLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="body">
      <Link to={to} className="pa-add-link">
        {children}
      </Link>
    </p>
  );
}

function RightToWork({ w, list, today }: { w: Worker; list: RightToWorkCheck[]; today: string }) {
  const latest = list[0];
  return (
    <Section title="Right to work">
      {!latest && (
        <WarningText>
          No right-to-work check recorded.
          {w.status !== 'left' && ' You must check before they start work.'}
        </WarningText>
      )}
      {latest && latest.permission === 'time-limited' && latest.followUpDueOn && w.status !== 'left' && (
        latest.followUpDueOn < today ? (
          <WarningText>
            Their permission to work ended on {dateInWords(latest.followUpDueOn)}. Check their right to work again now.
          </WarningText>
        ) : (
          <p className="body">
            <strong>Check again by {dateInWords(latest.followUpDueOn)}</strong>, when their permission to work ends.
            Carebook will remind you on Home.
          </p>
        )
      )}
      {list.map((c) => {
        const what = `right-to-work check of ${dateInWords(c.checkedOn)}`;
        return (
          <div className="pa-record" key={c.id}>
            <h3 className="heading-s">Checked on {dateInWords(c.checkedOn)}</h3>
            <SummaryList
              rows={[
                text('How you checked', c.method, RTW_METHOD_SHORT[c.method]),
                text('Documents seen or share code', c.evidence),
                text(
                  'Permission to work',
                  c.permission,
                  c.permission === 'unlimited' ? 'No time limit' : `Time-limited: ends on ${c.permissionEndsOn ? dateInWords(c.permissionEndsOn) : 'a date not recorded'}`,
                ),
                ...(c.followUpDueOn ? [date('Follow-up check due', c.followUpDueOn)] : []),
                text('Notes', c.notes),
                copiesRow('right-to-work', c.id, what),
              ]}
            />
            <RecordActions w={w} kind="right-to-work" id={c.id} what={what} change={checkFormPath(w.id, 'right-to-work', c.id)} />
          </div>
        );
      })}
      <AddLink to={checkFormPath(w.id, 'right-to-work')}>
        {latest ? 'Record another right-to-work check' : 'Record a right-to-work check'}
      </AddLink>
    </Section>
  );
}

function barred(c: DbsCheck): string {
  const lists = [c.adultsBarredList && 'adults’ barred list', c.childrenBarredList && 'children’s barred list'].filter(Boolean);
  if (lists.length === 0) return 'None';
  const s = lists.join(' and ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function Dbs({ w, list, today }: { w: Worker; list: DbsCheck[]; today: string }) {
  const latest = list[0];
  return (
    <Section title="DBS check">
      {!latest && (
        <p className="body">
          No DBS check recorded. A PA who gives personal care can have an enhanced check with the adults’ barred list.
          You apply through an umbrella body or your direct payment support organisation.
        </p>
      )}
      {list.map((c) => {
        const what = `DBS check issued on ${dateInWords(c.issuedOn)}`;
        return (
          <div className="pa-record" key={c.id}>
            <h3 className="heading-s">Certificate issued on {dateInWords(c.issuedOn)}</h3>
            <SummaryList
              rows={[
                text('Level', c.level, DBS_LEVEL_WORDS[c.level]),
                text('Barred lists checked', barred(c)),
                text('Certificate number', c.certificateNumber),
                text('Update Service', c.updateServiceJoinedOn, c.updateServiceJoinedOn && `Joined on ${dateInWords(c.updateServiceJoinedOn)}`),
                text('Status checks', c.statusCheckConsent ? 'yes' : '', 'They agreed that you can do status checks'),
                text('What was disclosed and what you decided', c.disclosureNote),
                copiesRow('dbs', c.id, what),
              ]}
            />
            {!c.updateServiceJoinedOn &&
              c.joinUpdateServiceBy &&
              (c.joinUpdateServiceBy >= today ? (
                <p className="body">
                  They can join the DBS Update Service with this certificate until {dateInWords(c.joinUpdateServiceBy)}.
                  Then, with their agreement, you can check online that it is still up to date.
                </p>
              ) : (
                <p className="body">They did not join the Update Service in time, so this certificate cannot be checked online.</p>
              ))}
            {c.updateServiceJoinedOn && <StatusChecks w={w} c={c} />}
            <RecordActions w={w} kind="dbs" id={c.id} what={what} change={checkFormPath(w.id, 'dbs', c.id)} />
          </div>
        );
      })}
      <AddLink to={checkFormPath(w.id, 'dbs')}>{latest ? 'Record another DBS check' : 'Record a DBS check'}</AddLink>
    </Section>
  );
}

function StatusChecks({ w, c }: { w: Worker; c: DbsCheck }) {
  return (
    <>
      {!c.statusCheckConsent && <p className="body">They have not agreed to status checks yet. Ask them before you do one.</p>}
      {c.statusChecks.length === 0 ? (
        <p className="body">No status checks recorded on this certificate.</p>
      ) : (
        <TableBox label="Status checks on this certificate">
          <table className="table">
            <caption className="table__caption table__caption--s">Status checks on this certificate</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">What it said</th>
                <th scope="col">Note</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {c.statusChecks.map((s) => (
                <tr key={s.id}>
                  <td>{dateInWords(s.checkedOn)}</td>
                  <td>{s.result === 'no-change' ? 'No new information' : 'Not up to date: new information'}</td>
                  <td>
                    <OrNotGiven value={s.note} />
                  </td>
                  <td>
                    <Link to={deleteCheckPath(w.id, 'dbs-status', s.id)}>
                      Delete<span className="visually-hidden"> the status check of {dateInWords(s.checkedOn)}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
      <AddLink to={statusCheckPath(w.id, c.id)}>Record a status check</AddLink>
    </>
  );
}

function References({ w, list }: { w: Worker; list: Reference[] }) {
  const waiting = list.filter((r) => r.outcome === 'waiting').length;
  return (
    <Section title="References">
      {list.length === 0 && (
        <p className="body">No references recorded. Ask for references about their recent work, and ask them about any gaps.</p>
      )}
      {waiting > 0 && <p className="body">You are waiting for {count(waiting, 'reference')}.</p>}
      {list.map((r) => {
        const what = `reference from ${r.refereeName}`;
        return (
          <div className="pa-record" key={r.id}>
            <h3 className="heading-s">From {r.refereeName}</h3>
            <SummaryList
              rows={[
                text('How they know the PA', r.relationship),
                text('Phone or email', r.contact),
                date('Asked for on', r.requestedOn),
                date('Received on', r.receivedOn),
                text('Outcome', r.outcome, REFERENCE_OUTCOME_WORDS[r.outcome]),
                text('Notes', r.notes),
                copiesRow('reference', r.id, what),
              ]}
            />
            <RecordActions w={w} kind="reference" id={r.id} what={what} change={checkFormPath(w.id, 'reference', r.id)} />
          </div>
        );
      })}
      <AddLink to={checkFormPath(w.id, 'reference')}>{list.length ? 'Record another reference' : 'Record a reference'}</AddLink>
    </Section>
  );
}

function Interviews({ w, list }: { w: Worker; list: Interview[] }) {
  return (
    <Section title="Interview">
      {list.length === 0 && <p className="body">No interview recorded.</p>}
      {list.map((iv) => {
        const what = `interview of ${dateInWords(iv.heldOn)}`;
        const answered = iv.answers.filter((a) => a.notes);
        return (
          <div className="pa-record" key={iv.id}>
            <h3 className="heading-s">Interview on {dateInWords(iv.heldOn)}</h3>
            <SummaryList
              rows={[
                text('Who interviewed', iv.interviewers),
                text('What you decided', iv.outcome, INTERVIEW_OUTCOME_WORDS[iv.outcome]),
                text('Other notes', iv.notes),
                copiesRow('interview', iv.id, what),
              ]}
            />
            {answered.length > 0 && (
              <>
                <h4 className="heading-s">What they said about the values</h4>
                <SummaryList
                  rows={answered.map((a) => ({
                    key: CWP_VALUES.find((v) => v.id === a.value)?.value ?? a.value,
                    value: (
                      <>
                        {a.question && <span className="line secondary-text">You asked: {a.question}</span>}
                        <span className="line pa-answer">{a.notes}</span>
                      </>
                    ),
                  }))}
                />
              </>
            )}
            <RecordActions w={w} kind="interview" id={iv.id} what={what} change={checkFormPath(w.id, 'interview', iv.id)} />
          </div>
        );
      })}
      <AddLink to={checkFormPath(w.id, 'interview')}>{list.length ? 'Record another interview' : 'Record an interview'}</AddLink>
    </Section>
  );
}

