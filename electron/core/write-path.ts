import type { Context, Handler, WriteContext } from './area.js';
import { RowsChanged } from './db/atomic.js';
import type { NewHistoryLine } from './history/line.js';
import { insertLines } from './history/index.js';

/**
 * The one path every recorded write takes. The handler runs in one transaction with a
 * WriteContext whose db() is that transaction; the lines it records are saved in the same
 * transaction, stamped with the time, the method and its area. So a refused write (a thrown
 * CoreError) leaves neither a change nor a line, and a write that changes rows without saying
 * what it changed is a programming fault, refused as an internal error rather than kept quiet.
 */
export async function recordedWrite(ctx: Context, method: string, handler: Handler<unknown, unknown, WriteContext>, input: unknown) {
  const area = method.slice(0, method.indexOf('.'));
  return ctx.book().db.transaction().execute(async (tx) => {
    const lines: NewHistoryLine[] = [];
    const changed = new RowsChanged();
    const db = tx.withPlugin(changed);
    const value = await handler({ ...ctx, db: () => db, record: (line) => void lines.push(line) }, input);
    if (lines.length === 0 && changed.count > 0) throw new Error(`${method} changed the book but recorded no history line`);
    const at = ctx.now().toISOString();
    await insertLines(
      tx,
      lines.map((line) => ({ ...line, at, area, method })),
    );
    return value;
  });
}
