import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ShiftImportPreview } from '../../shared/api/index.js';
import { dateInWords } from '../../shared/dates.js';
import type { AreaHandlers } from '../area.js';
import type { Schema } from '../db/schema.js';
import { CoreError } from '../errors.js';
import { readWorker } from '../workers/index.js';
import { countOutcomes, markClashesWithBook, readTimesheet, timesheetDays, type TimesheetRow } from './import-rules.js';
import { insertShifts, readShifts, shiftRow } from './store.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Every row checked on its own, against the file and against the book as it is now. */
async function checkTimesheet(db: Kysely<Schema>, workerId: string, csv: string, today: string) {
  const pa = await readWorker(db, workerId);
  const { rows, columns } = readTimesheet(csv, { today, startDate: pa.startDate, leftOn: pa.leftOn });
  const days = timesheetDays(rows);
  if (days) markClashesWithBook(rows, await readShifts(db, workerId, days.from, days.to));
  // What the import would save, fixed: the file, and each row to add with its instants.
  const adding = rows.filter((r) => r.outcome === 'add');
  const checked = `${sha256(csv)}.${sha256(adding.map((r) => `${r.line}|${r.shift!.startsAt}|${r.shift!.endsAt}|${r.shift!.kind}`).join('\n'))}`;
  return { rows, columns, checked, adding };
}

const shown = (rows: TimesheetRow[]) => rows.map(({ shift: _shift, ...row }) => row);

const changed = (field: string, message: string) => new CoreError('invalid_input', message, { [field]: message });

export const importHandlers: AreaHandlers<'pay.importShiftsPreview' | 'pay.importShifts'> = {
  'pay.importShiftsPreview': async (ctx, { workerId, csv }): Promise<ShiftImportPreview> => {
    const { rows, columns, checked } = await checkTimesheet(ctx.db(), workerId, csv, ctx.today());
    return { rows: shown(rows), columns, counts: countOutcomes(rows), checked };
  },

  /**
   * Checked again inside the write's transaction, so the book is as it is now. If the file is
   * not the one previewed, or the rows to add are not the ones the preview showed (a shift
   * was added or deleted since), nothing is saved and the person checks the file again.
   */
  'pay.importShifts': async (ctx, { workerId, csv, checked }) => {
    const db = ctx.db();
    const now = await checkTimesheet(db, workerId, csv, ctx.today());
    const [fileThen, rowsThen] = checked.split('.');
    const [fileNow, rowsNow] = now.checked.split('.');
    if (fileThen !== fileNow) throw changed('csv', 'The file is not the one you checked. Nothing has been added. Choose the file and check it again');
    if (rowsThen !== rowsNow) throw changed('csv', 'Their hours have changed since you checked the file. Nothing has been added. Check the file again to see what it would add now');
    if (now.adding.length === 0) throw changed('csv', 'There are no shifts in the file that can be added. Nothing has been added');
    const at = ctx.now();
    const rows = now.adding.map((r) => shiftRow({ workerId, ...r.shift! }, at));
    await insertShifts(db, rows);
    const { already, problem } = countOutcomes(now.rows);
    const dates = now.adding.map((r) => r.shift!.date).sort();
    const words = rows.length === 1 ? '1 shift' : `${rows.length} shifts`;
    const rest = [already > 0 ? `${already} already in the book` : '', problem > 0 ? `${problem} not added because of problems` : ''].filter(Boolean).join(', ');
    ctx.record({
      workerId,
      kind: 'pay-and-hours',
      summary: `Added ${words} from a spreadsheet, ${dateInWords(dates[0]!)} to ${dateInWords(dates[dates.length - 1]!)}${rest ? ` (${rest})` : ''}`,
    });
    return { added: rows.length, alreadyInBook: already, notAdded: problem };
  },
};
