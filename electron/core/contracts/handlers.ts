import { contractTermsSchema, type ContractTerms, type ContractVersion, type WorkerContract } from '../../shared/api/index.js';
import type { AreaHandlers, Context } from '../area.js';
import { CoreError, fieldError, refuseFields } from '../errors.js';
import { readEmployer } from '../employer/index.js';
import { changesBetween } from '../history/index.js';
import { readWorker, setJobTitle } from '../workers/index.js';
import { dateInWords } from '../../shared/dates.js';
import { pence } from '../../shared/money.js';
import { accrualAllowedFrom, contractFacts, holidayAccrualPercent, holidayRulesFrom } from './rules.js';
import { statementPdf } from './statement-pdf.js';
import { STATEMENT_TITLE, statementFileName, statementText } from './statement-text.js';
import { currentVersion, insertVersion, readVersion, readVersions, setVersionDate, type WorkerBasics } from './store.js';
import { atomic } from '../db/atomic.js';
import { readApprenticeSince, readUserRates } from '../pay/index.js';
import { fairPay } from '../../shared/pay/fair-pay.js';
import { belowMinimumWords } from '../../shared/pay/fair-pay-words.js';

/** The PA's first day: their record's start date, or the first version's date when it is not recorded. */
function startOf(worker: WorkerBasics, versionsNewestFirst: ContractVersion[]): string {
  return worker.startDate || versionsNewestFirst[versionsNewestFirst.length - 1]?.appliesFrom || '';
}

/** Rules a schema cannot check alone: they need the PA and the earlier versions. */
function checkNewVersion(terms: ContractTerms, worker: WorkerBasics, versions: ContractVersion[]): Record<string, string> {
  const fields: Record<string, string> = {};
  const previous = versions[0];
  const start = worker.startDate || (previous ? startOf(worker, versions) : terms.appliesFrom);

  if (previous && terms.appliesFrom <= previous.appliesFrom) {
    fields.appliesFrom = `The date these terms start must be after ${dateInWords(previous.appliesFrom)}, when version ${previous.version} started`;
  } else if (!previous && worker.startDate && terms.appliesFrom < worker.startDate) {
    fields.appliesFrom = `The date these terms start must be on or after their start date, ${dateInWords(worker.startDate)}`;
  }
  if (terms.continuousEmploymentFrom && start && terms.continuousEmploymentFrom > start) {
    fields.continuousEmploymentFrom = `The date continuous employment began must be on or before their start date, ${dateInWords(start)}`;
  }
  if (terms.appliesFrom < holidayRulesFrom()) {
    // Before the Working Time Regulations there was no paid holiday in law to write down.
    fields.appliesFrom = `The date these terms start must be on or after ${dateInWords(holidayRulesFrom())}, when paid holiday became law. Put an earlier start in "Date continuous employment began"`;
  } else if (terms.holidayMethod === 'accrual' && holidayAccrualPercent(terms.appliesFrom) === null) {
    fields.holidayMethod = `Holiday can only build up as a percentage of hours worked for terms that start on or after ${dateInWords(accrualAllowedFrom())}. Choose 5.6 weeks a year`;
  }
  if (terms.holidayMethod === 'weeks' && terms.daysPerWeek === 0) {
    fields.daysPerWeek = 'Enter the days they work a week, or choose holiday that builds up with the hours worked';
  }
  if (previous && !terms.changeSummary) {
    fields.changeSummary = 'Say what changed';
  }
  return fields;
}

async function readContract(ctx: Context, workerId: string): Promise<WorkerContract> {
  const db = ctx.db();
  const worker = await readWorker(db, workerId);
  const versions = await readVersions(db, workerId);
  const today = ctx.today();
  const current = currentVersion(versions, today);
  const first = versions[versions.length - 1];
  return {
    current,
    versions,
    facts: current ? contractFacts(current, startOf(worker, versions), first?.issuedOn ?? '', today) : null,
  };
}

/** Lines about a contract version are about the contracts kind of record. */
const about = (v: ContractVersion) => ({ workerId: v.workerId, recordId: v.id, kind: 'contracts' as const });

const TERMS_WORDS = { skip: ['workerId', 'changeSummary'], values: { hourlyRatePence: (v: unknown) => pence(Number(v)) } };

/** A date that was recorded before and is now recorded again, as a change; nothing for a first time. */
function dateChange(field: string, before: string, after: string) {
  return before && before !== after ? [{ field, from: dateInWords(before), to: dateInWords(after) }] : [];
}

function notInFuture(field: string, label: string, date: string, today: string) {
  if (date > today) throw fieldError({ [field]: `${label} must be today or in the past` });
}

export const contractsHandlers: AreaHandlers<
  'contracts.get' | 'contracts.save' | 'contracts.recordIssued' | 'contracts.recordAgreement' | 'contracts.statement'
> = {
  'contracts.get': (ctx, { workerId }) => readContract(ctx, workerId),

  'contracts.save': async (ctx, terms) => {
    const db = ctx.db();
    const worker = await readWorker(db, terms.workerId);
    const versions = await readVersions(db, terms.workerId);
    refuseFields(checkNewVersion(terms, worker, versions));
    // The hourly rate is their pay rate from that day: never under the legal minimum for their age (issue 10).
    const person = { dateOfBirth: worker.dateOfBirth, apprenticeSince: await readApprenticeSince(db, worker.id, terms.appliesFrom) };
    const check = fairPay({ ratePence: terms.hourlyRatePence, date: terms.appliesFrom, person, wageArea: null, hoursPerWeek: terms.hoursPerWeek, userRates: await readUserRates(db), today: ctx.today() });
    const below = belowMinimumWords(check);
    if (below) throw fieldError({ hourlyRatePence: below });

    return atomic(db, async (tx) => {
      const saved = await insertVersion(tx, terms, (versions[0]?.version ?? 0) + 1, ctx.now());
      const previous = versions[0];
      ctx.record({
        ...about(saved),
        summary: previous
          ? `Changed the terms from ${dateInWords(saved.appliesFrom)} (version ${saved.version})${terms.changeSummary ? `: ${terms.changeSummary}` : ''}`
          : `Wrote the written statement (version 1), from ${dateInWords(saved.appliesFrom)}`,
        changes: previous ? changesBetween(contractTermsSchema, previous, saved, TERMS_WORDS) : [],
      });
      // The PA's record shows the job title of the terms that apply today. A change that starts
      // later leaves it alone until it is saved again; the contract page shows both.
      if (currentVersion([saved, ...versions], ctx.today())?.id === saved.id && worker.jobTitle !== terms.jobTitle) {
        await setJobTitle(tx, worker.id, terms.jobTitle, ctx.now());
      }
      return saved;
    });
  },

  'contracts.recordIssued': async (ctx, { versionId, issuedOn }) => {
    const db = ctx.db();
    const version = await readVersion(db, versionId);
    notInFuture('issuedOn', 'The date you gave them the statement', issuedOn, ctx.today());
    const saved = await setVersionDate(db, versionId, 'issuedOn', issuedOn);
    ctx.record({ ...about(saved), summary: `Recorded that they were given version ${saved.version} of their statement on ${dateInWords(issuedOn)}`, changes: dateChange('Date given', version.issuedOn, issuedOn) });
    return saved;
  },

  'contracts.recordAgreement': async (ctx, { versionId, agreedOn }) => {
    const db = ctx.db();
    const version = await readVersion(db, versionId);
    notInFuture('agreedOn', 'The date they agreed to the change', agreedOn, ctx.today());
    const saved = await setVersionDate(db, versionId, 'agreedOn', agreedOn);
    ctx.record({ ...about(saved), summary: `Recorded that they agreed to version ${saved.version} on ${dateInWords(agreedOn)}`, changes: dateChange('Date agreed', version.agreedOn, agreedOn) });
    return saved;
  },

  'contracts.statement': async (ctx, { versionId }) => {
    const db = ctx.db();
    const version = await readVersion(db, versionId);
    const worker = await readWorker(db, version.workerId);
    const employer = await readEmployer(db);
    if (!employer) {
      throw new CoreError('not_found', 'Fill in your employer details first: your name and address go on the statement.');
    }
    const versions = await readVersions(db, version.workerId);
    const first = versions[versions.length - 1]!;
    const text = statementText(version, employer, worker, first.appliesFrom);
    const pdf = await statementPdf(text, {
      title: `${STATEMENT_TITLE}: ${worker.fullName}`,
      author: employer.name,
      subject: `Written statement for ${worker.fullName}, version ${version.version}`,
      createdAt: ctx.now(),
    });
    return { fileName: statementFileName(worker.fullName, version.version), pdfBase64: pdf.toString('base64') };
  },
};
