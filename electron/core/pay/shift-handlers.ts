import type { Shift, ShiftInput } from '../../shared/api/index.js';
import { dateInWords } from '../../shared/dates.js';
import { shiftsFromPattern } from '../../shared/pay/pattern.js';
import { minutesInWords, overlaps, shiftSpan } from '../../shared/pay/shift-time.js';
import type { AreaHandlers } from '../area.js';
import { CoreError, fieldError } from '../errors.js';
import { readWorker } from '../workers/index.js';
import { deleteShift, insertShifts, overlappingShifts, readShift, readShifts, shiftRow } from './store.js';
import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.js';

export const KIND_WORDS: Record<Shift['kind'], string> = {
  work: 'Work',
  travel: 'Travel between visits',
  'sleep-in': 'Sleep-in',
  'waking-night': 'Waking night',
  'on-call': 'On call at home',
  training: 'Training',
};

/** A shift's times in England as instants and minutes, or a refusal on the field that is wrong. */
function placed(input: ShiftInput): Omit<Shift, 'id' | 'createdAt'> {
  const span = shiftSpan(input.date, input.start, input.end, input.breakMinutes);
  if (!span.ok) throw fieldError({ [span.field]: span.message });
  const minutes = span.spanMinutes - input.breakMinutes;
  const counted = input.kind === 'sleep-in' || input.kind === 'on-call';
  if (counted && input.workedMinutes > minutes) {
    throw fieldError({ workedMinutes: `The time spent working must be no more than the shift, ${minutesInWords(minutes)}` });
  }
  return { ...input, workedMinutes: counted ? input.workedMinutes : 0, startsAt: span.startsAt, endsAt: span.endsAt, minutes };
}

const when = (s: { date: string; start: string; end: string }) => `${dateInWords(s.date)}, ${s.start} to ${s.end}`;

async function refuseOverlap(db: Kysely<Schema>, shift: Omit<Shift, 'id' | 'createdAt'>): Promise<void> {
  const [clash] = await overlappingShifts(db, shift.workerId, shift.startsAt, shift.endsAt);
  if (clash) {
    throw fieldError({ start: `This shift overlaps their ${KIND_WORDS[clash.kind].toLowerCase()} shift on ${when(clash)}. Change the times, or delete that shift first` });
  }
}

export const shiftHandlers: AreaHandlers<'pay.shifts' | 'pay.addShift' | 'pay.deleteShift' | 'pay.fillFromPattern'> = {
  'pay.shifts': async (ctx, { workerId, from, to }) => {
    await readWorker(ctx.db(), workerId);
    return readShifts(ctx.db(), workerId, from, to);
  },

  'pay.addShift': async (ctx, input) => {
    const db = ctx.db();
    await readWorker(db, input.workerId);
    const shift = placed(input);
    await refuseOverlap(db, shift);
    const row = shiftRow(shift, ctx.now());
    await insertShifts(db, [row]);
    ctx.record({ workerId: shift.workerId, recordId: row.id, kind: 'pay-and-hours', summary: `Added a ${KIND_WORDS[shift.kind].toLowerCase()} shift on ${when(shift)} (${minutesInWords(shift.minutes)})` });
    return { ...shift, id: row.id, createdAt: row.createdAt };
  },

  'pay.deleteShift': async (ctx, { shiftId }) => {
    const db = ctx.db();
    const shift = await readShift(db, shiftId);
    if (!shift) throw new CoreError('not_found', 'That shift is not in your book. Go back to the Hours tab and try again.');
    await deleteShift(db, shiftId);
    ctx.record({ workerId: shift.workerId, recordId: shift.id, kind: 'pay-and-hours', summary: `Deleted the ${KIND_WORDS[shift.kind].toLowerCase()} shift on ${when(shift)}` });
    return { deleted: true };
  },

  'pay.fillFromPattern': async (ctx, pattern) => {
    const db = ctx.db();
    await readWorker(db, pattern.workerId);
    const inputs = shiftsFromPattern(pattern);
    if (inputs.length === 0) throw fieldError({ to: 'None of the days in the pattern fall between those dates. Choose a longer period' });
    if (inputs.length > 3000) throw fieldError({ to: 'Fill at most a year at a time. Choose an earlier last day' });
    const placedShifts: Omit<Shift, 'id' | 'createdAt'>[] = [];
    for (const input of inputs) {
      let shift;
      try {
        shift = placed(input);
      } catch (e) {
        // A pattern's times that a clock change skips: say which day.
        if (e instanceof CoreError) throw fieldError({ shifts: `The pattern's ${input.start} to ${input.end} shift cannot be placed on ${dateInWords(input.date)}: ${e.message.charAt(0).toLowerCase()}${e.message.slice(1)}` });
        throw e;
      }
      const inPattern = placedShifts.find((p) => overlaps(p, shift));
      if (inPattern) throw fieldError({ shifts: `Two shifts in the pattern overlap on ${dateInWords(input.date)}: ${inPattern.start} to ${inPattern.end} and ${input.start} to ${input.end}. Change the times` });
      placedShifts.push(shift);
    }
    for (const shift of placedShifts) {
      const [clash] = await overlappingShifts(db, shift.workerId, shift.startsAt, shift.endsAt);
      if (clash) throw fieldError({ from: `The pattern would overlap their shift on ${when(clash)}. Fill from a later day, or delete that shift first` });
    }
    const now = ctx.now();
    const rows = placedShifts.map((s) => shiftRow(s, now));
    await insertShifts(db, rows);
    const words = rows.length === 1 ? '1 shift' : `${rows.length} shifts`;
    ctx.record({ workerId: pattern.workerId, kind: 'pay-and-hours', summary: `Added ${words} from a weekly pattern, ${dateInWords(pattern.from)} to ${dateInWords(pattern.to)}` });
    return { added: rows.length };
  },
};
