import { CWP_VALUES } from '../../shared/reference/care-workforce-pathway.js';
import { addDaysIso, addMonthsIso, dateInWords } from '../../shared/dates.js';
import { dbsJoinUpdateServiceBy } from '../../shared/people/recruitment.js';
import { RETENTION } from '../../shared/reference/retention.js';
import { idMaker, insertRows, type ExampleBook } from '../example/example-book.js';
import { exampleName } from '../example/people.js';
import type { DbsCheckTable, DbsStatusCheckTable, InterviewTable, RightToWorkCheckTable, WorkerReferenceTable } from './schema.js';

/**
 * The example PAs' safe-recruitment checks, built from the dates the workers step gave them
 * (recruited on the day their record was made): an interview, two references, a right-to-work
 * check before their first day and a DBS check, with a status check each year for those on
 * the Update Service. Right-to-work copies of those who left longer ago than the keeping time
 * are already deleted, as a careful employer would have.
 */

interface Rows {
  rightToWork: RightToWorkCheckTable[];
  dbs: DbsCheckTable[];
  statusChecks: DbsStatusCheckTable[];
  references: WorkerReferenceTable[];
  interviews: InterviewTable[];
}

export async function fillChecks({ db, today, random: sequence, record }: ExampleBook): Promise<void> {
  const random = sequence('checks');
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const id = idMaker(random);
  const digits = (n: number) => Array.from({ length: n }, () => between(0, 9)).join('');
  const rtwKeepMonths = RETENTION['right-to-work'][0]!.value.monthsAfterEnd;

  const workers = await db.selectFrom('worker').select(['id', 'status', 'startDate', 'leftOn', 'createdAt']).orderBy('createdAt').execute();
  const rows: Rows = { rightToWork: [], dbs: [], statusChecks: [], references: [], interviews: [] };
  // The one ordinary reminder: the newest working PA's certificate came ten days ago and is not on the Update Service yet.
  const newest = workers.filter((w) => w.status === 'active').sort((a, b) => b.startDate.localeCompare(a.startDate))[0]?.id;

  workers.forEach((w, i) => {
    const role = w.status;
    const workerId = w.id;
    const heldOn = w.createdAt.slice(0, 10);
    const at = w.createdAt;
    const line = (kind: 'right-to-work' | 'recruitment', recordId: string, on: string, method: string, summary: string) =>
      record({ workerId, kind, recordId, at: `${on}T11:00:00.000Z`, method, summary });

    const interviewId = id();
    rows.interviews.push({
      id: interviewId,
      workerId,
      heldOn,
      interviewers: 'Alex Example',
      answers: JSON.stringify(
        [0, 2, 4].map((k) => {
          const v = CWP_VALUES[(k + i) % CWP_VALUES.length]!;
          return { value: v.id, question: v.question, notes: 'Gave a clear, thoughtful example from a past job.' };
        }),
      ),
      outcome: role === 'applicant' && i % 2 === 1 ? 'undecided' : 'offer',
      notes: '',
      createdAt: at,
    });
    line('recruitment', interviewId, heldOn, 'checks.saveInterview', `Recorded an interview held on ${dateInWords(heldOn)}`);

    for (let r = 0; r < 2; r++) {
      const referee = exampleName(i * 2 + r + 11);
      const requestedOn = addDaysIso(heldOn, 1);
      const waiting = role === 'applicant' && r === 1;
      const refId = id();
      const refereeName = `${referee.firstName} ${referee.lastName}`;
      rows.references.push({
        id: refId,
        workerId,
        refereeName,
        relationship: r === 0 ? 'Manager at their last job' : 'College tutor',
        contact: `01632 960${digits(3)}`, // a range Ofcom keeps for drama
        requestedOn,
        receivedOn: waiting ? '' : addDaysIso(requestedOn, between(3, 10)),
        outcome: waiting ? 'waiting' : 'satisfactory',
        notes: '',
        createdAt: `${requestedOn}T10:00:00.000Z`,
      });
      line('recruitment', refId, requestedOn, 'checks.saveReference', `Recorded a reference from ${refereeName}`);
    }

    const checkedOn = role === 'applicant' ? addDaysIso(heldOn, 2) : addDaysIso(w.startDate, -between(3, 14));
    const rightToWorkKept = role !== 'left' || addMonthsIso(w.leftOn, rtwKeepMonths) > today;
    if (rightToWorkKept) {
      const timeLimited = i % 5 === 3;
      const rtwId = id();
      rows.rightToWork.push({
        id: rtwId,
        workerId,
        checkedOn,
        method: timeLimited ? 'online' : 'documents',
        evidence: timeLimited ? `Share code W${digits(2)} ${digits(3)} ${digits(3)}` : 'UK passport, photo page',
        permission: timeLimited ? 'time-limited' : 'unlimited',
        // Well past the follow-up reminder, so the example asks for nothing yet.
        permissionEndsOn: timeLimited ? addDaysIso(w.leftOn || today, between(200, 900)) : '',
        notes: '',
        createdAt: `${checkedOn}T10:00:00.000Z`,
      });
      line('right-to-work', rtwId, checkedOn, 'checks.saveRightToWork', `Recorded a right-to-work check done on ${dateInWords(checkedOn)}`);
    }

    const drawn = role === 'applicant' ? addDaysIso(today, -between(5, 8)) : addDaysIso(checkedOn, -between(5, 20));
    const issuedOn = workerId === newest ? addDaysIso(today, -10) : drawn;
    const canJoin = workerId !== newest && dbsJoinUpdateServiceBy(issuedOn) !== '';
    const dbsId = id();
    rows.dbs.push({
      id: dbsId,
      workerId,
      level: 'enhanced',
      adultsBarredList: 1,
      childrenBarredList: 0,
      certificateNumber: `00${digits(10)}`,
      issuedOn,
      updateServiceJoinedOn: canJoin ? addDaysIso(issuedOn, between(1, 4)) : '',
      statusCheckConsent: canJoin ? 1 : 0,
      disclosureNote: '',
      createdAt: `${issuedOn}T10:00:00.000Z`,
    });
    line('recruitment', dbsId, issuedOn, 'checks.saveDbs', `Recorded a DBS check issued on ${dateInWords(issuedOn)}`);
    // A status check each year on the certificate's anniversary, the last three kept.
    const until = w.leftOn || today;
    const anniversaries: string[] = [];
    for (let y = 1; canJoin && addMonthsIso(issuedOn, 12 * y) <= until; y++) anniversaries.push(addMonthsIso(issuedOn, 12 * y));
    for (const checkedOnYear of anniversaries.slice(-3)) {
      rows.statusChecks.push({ id: id(), dbsCheckId: dbsId, checkedOn: checkedOnYear, result: 'no-change', note: '' });
      line('recruitment', dbsId, checkedOnYear, 'checks.addDbsStatusCheck', `Recorded a DBS status check on ${dateInWords(checkedOnYear)}: no change`);
    }
  });

  await insertRows(db, 'interview', rows.interviews);
  await insertRows(db, 'workerReference', rows.references);
  await insertRows(db, 'rightToWorkCheck', rows.rightToWork);
  await insertRows(db, 'dbsCheck', rows.dbs);
  await insertRows(db, 'dbsStatusCheck', rows.statusChecks);
}
