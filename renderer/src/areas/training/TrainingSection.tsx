import { useState } from 'react';
import { ApiError, call } from '../../lib/api.js';
import { dateInWords, pence } from '../../lib/format.js';
import { useApiQuery } from '../../lib/queries.js';
import { Link } from '../../lib/router/index.js';
import { HOW_GIVEN_WORDS, jobRoleName, STANDARD_STATUS_WORDS, type PaTraining, type Worker } from '../../shared.js';
import { ButtonLink, ErrorSummary, Loading, TableBox } from '../../ui/index.js';
import { usePa } from '../pas/index.js';
import { deletePlanPath, deleteQualificationPath, needPath, planItPath, qualificationPath, recordPath, standardPath, trainingTab } from './paths.js';
import { StatusTag } from './StatusTag.js';
import './training.css';

/** One PA's training: what they need and its status, their records with certificates, the Care Certificate, qualifications and plans. */
export function TrainingSection() {
  const w = usePa();
  const training = useApiQuery('training.get', { workerId: w.id });
  const [problem, setProblem] = useState<string | null>(null);
  const open = async (id: string) => {
    setProblem(null);
    try {
      const { path } = await call('documents.open', { id });
      const { opened } = await call('host.openPath', { path });
      if (!opened) setProblem('Carebook could not open the certificate. Your computer may not have a program that shows it.');
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : 'Carebook could not open the certificate. Try again.');
    }
  };
  return (
    <>
      <ErrorSummary items={problem ? [{ message: problem }] : []} />
      {training.isPending && <Loading what="Loading their training" />}
      {training.isError && <p className="body">{training.error.message}</p>}
      {training.data && <Training w={w} t={training.data} open={open} />}
    </>
  );
}

function Training({ w, t, open }: { w: Worker; t: PaTraining; open: (id: string) => Promise<void> }) {
  const done = t.careCertificate.standards.filter((s) => s.status === 'competent').length;
  return (
    <>
      <p className="body">
        Job role for training: <strong>{t.roleCode === null ? 'not chosen yet' : jobRoleName(t.roleCode)}</strong>.{' '}
        <Link to={trainingTab(w.id, '/role')}>
          Change<span className="visually-hidden"> their job role</span>
        </Link>
      </p>
      <ButtonLink to={recordPath(w.id)}>Record training</ButtonLink>

      <section className="pa-section" aria-labelledby="training-needs">
        <h2 className="heading-m" id="training-needs">
          What they need
        </h2>
        {t.topics.length === 0 ? (
          <p className="body">Nothing yet. Choose what they need in <Link to="/training/topics">Training topics</Link>.</p>
        ) : (
          <TableBox label="Topics they need">
            <table className="table pa-table">
              <thead>
                <tr>
                  <th scope="col">Topic</th>
                  <th scope="col">Status</th>
                  <th scope="col">Last done</th>
                  <th scope="col">Runs out</th>
                  <th scope="col">
                    <span className="visually-hidden">What to do</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {t.topics.map((s) => (
                  <tr key={s.topicId}>
                    <th scope="row" className="table__row-head">
                      {s.name}
                    </th>
                    <td>
                      <StatusTag status={s.status} />
                      {s.excusedReason && <span className="training-reason">They do not need it: {s.excusedReason}</span>}
                    </td>
                    <td>{s.completedOn ? dateInWords(s.completedOn) : 'Never'}</td>
                    <td>{s.expiresOn ? dateInWords(s.expiresOn) : s.completedOn ? 'Does not run out' : ''}</td>
                    <td>
                      <ul className="list pa-record-actions">
                        {(s.status === 'expired' || s.status === 'missing' || s.status === 'due') && !t.plans.some((p) => p.topicId === s.topicId) && (
                          <li>
                            <Link to={planItPath(w.id, s.topicId)}>
                              Plan it<span className="visually-hidden">: {s.name}</span>
                            </Link>
                          </li>
                        )}
                        {s.excusedReason ? (
                          <li>
                            <Link to={needPath(w.id, s.topicId)}>
                              Change<span className="visually-hidden"> whether they need {s.name}</span>
                            </Link>
                          </li>
                        ) : (
                          s.status !== 'not-required' && (
                            <li>
                              <Link to={needPath(w.id, s.topicId)}>
                                Excuse them<span className="visually-hidden"> from {s.name}</span>
                              </Link>
                            </li>
                          )
                        )}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        )}
      </section>

      {t.plans.length > 0 && (
        <section className="pa-section" aria-labelledby="training-plans">
          <h2 className="heading-m" id="training-plans">
            Planned
          </h2>
          <ul className="list list--bullet">
            {t.plans.map((p) => (
              <li key={p.id}>
                {p.topicName} by {dateInWords(p.targetOn)}
                {p.note ? ` (${p.note})` : ''}.{' '}
                <Link to={planItPath(w.id, p.topicId)}>
                  Change<span className="visually-hidden"> the plan for {p.topicName}</span>
                </Link>{' '}
                <Link to={deletePlanPath(w.id, p.id)}>
                  Delete<span className="visually-hidden"> the plan for {p.topicName}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="pa-section" aria-labelledby="training-records">
        <h2 className="heading-m" id="training-records">
          Training records
        </h2>
        {t.records.length === 0 ? (
          <p className="body">No training recorded yet.</p>
        ) : (
          <TableBox label="Training recorded">
            <table className="table pa-table">
              <thead>
                <tr>
                  <th scope="col">Topic</th>
                  <th scope="col">Done</th>
                  <th scope="col">How</th>
                  <th scope="col">Cost</th>
                  <th scope="col">Certificate</th>
                </tr>
              </thead>
              <tbody>
                {t.records.map((r) => (
                  <tr key={r.id}>
                    <th scope="row" className="table__row-head">
                      <Link to={recordPath(w.id, r.id)}>
                        {r.topicName}
                        <span className="visually-hidden">, done {dateInWords(r.completedOn)}</span>
                      </Link>
                    </th>
                    <td>
                      {dateInWords(r.completedOn)}
                      {r.otherEmployer ? `, with ${r.otherEmployer}` : ''}
                    </td>
                    <td>
                      {HOW_GIVEN_WORDS[r.how]}
                      {r.provider ? `, ${r.provider}` : ''}
                    </td>
                    <td>{r.costPence ? pence(r.costPence) : ''}</td>
                    <td>
                      {r.certificateIds.length > 0 ? (
                        r.certificateIds.map((id) => (
                          <button key={id} type="button" className="link-button" onClick={() => void open(id)}>
                            Open<span className="visually-hidden"> the certificate for {r.topicName}, {dateInWords(r.completedOn)}</span>
                          </button>
                        ))
                      ) : (
                        <Link to={recordPath(w.id, r.id)}>
                          Add<span className="visually-hidden"> a certificate for {r.topicName}, {dateInWords(r.completedOn)}</span>
                        </Link>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        )}
      </section>

      <section className="pa-section" aria-labelledby="training-cc">
        <h2 className="heading-m" id="training-cc">
          Care Certificate ({t.careCertificate.version} standards)
        </h2>
        <p className="body">
          {t.careCertificate.completedOn
            ? `Completed on ${dateInWords(t.careCertificate.completedOn)}.`
            : `${done} of ${t.careCertificate.standards.length} standards assessed competent.`}{' '}
          <Link to={trainingTab(w.id, '/care-certificate')}>
            {t.careCertificate.completedOn ? 'Change' : 'Record it as completed'}
            <span className="visually-hidden"> (the Care Certificate)</span>
          </Link>
        </p>
        <TableBox label="Care Certificate standards">
          <table className="table pa-table">
            <thead>
              <tr>
                <th scope="col">Standard</th>
                <th scope="col">Status</th>
                <th scope="col">Date and assessor</th>
              </tr>
            </thead>
            <tbody>
              {t.careCertificate.standards.map((s) => (
                <tr key={s.number}>
                  <th scope="row" className="table__row-head">
                    <Link to={standardPath(w.id, s.number)}>
                      {s.number}. {s.title}
                    </Link>
                  </th>
                  <td>{STANDARD_STATUS_WORDS[s.status]}</td>
                  <td>{[s.on && dateInWords(s.on), s.assessor].filter(Boolean).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      </section>

      <section className="pa-section" aria-labelledby="training-quals">
        <h2 className="heading-m" id="training-quals">
          Qualifications
        </h2>
        {t.qualifications.length === 0 ? (
          <p className="body">None recorded.</p>
        ) : (
          <ul className="list list--bullet">
            {t.qualifications.map((q) => (
              <li key={q.id}>
                <Link to={qualificationPath(w.id, q.id)}>{q.name}</Link>:{' '}
                {q.status === 'achieved' ? `achieved${q.achievedOn ? ` ${dateInWords(q.achievedOn)}` : ''}` : `working towards it${q.startedOn ? ` since ${dateInWords(q.startedOn)}` : ''}`}.{' '}
                <Link to={deleteQualificationPath(w.id, q.id)}>
                  Delete<span className="visually-hidden"> {q.name}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <p className="body">
          <Link to={qualificationPath(w.id)}>Add a qualification</Link>
        </p>
      </section>
    </>
  );
}
