import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { openSqlite, type Sqlite } from '../../electron/core/db/open.js';
import { timeIt } from './measure.js';

/**
 * The cost of encryption: the same workload on an encrypted and a plain database, both opened by
 * openSqlite, so both get the book's pragmas (WAL, synchronous=FULL, secure_delete, no mmap).
 * The workload is a decade of daily rows for 50 PAs, the shape of timesheets and pay.
 */
const PAS = 50;
const YEARS = 10;
const FIRST_YEAR = 2016;

export interface CipherTimes {
  writes: number;
  rangeReads: number;
  scans: number;
}
export const ROWS = PAS * YEARS * 365;
export const TRANSACTIONS = PAS * YEARS;
export const RANGE_READS = PAS * 12;

const day = (year: number, n: number) => new Date(Date.UTC(year, 0, 1 + n)).toISOString().slice(0, 10);

async function workload(db: Sqlite): Promise<CipherTimes> {
  db.exec(`create table bench_day (pa integer not null, day text not null, minutes integer not null,
             pence integer not null, note text not null, primary key (pa, day))`);
  const insert = db.prepare('insert into bench_day values (?, ?, ?, ?, ?)');
  // One transaction per PA-year, like importing a year of timesheets: each commit is fsynced.
  const year = db.transaction((pa: number, y: number) => {
    for (let n = 0; n < 365; n++) insert.run(pa, day(y, n), 360 + ((pa * 7 + n) % 240), 1_275 * 6, n % 30 === 0 ? 'holiday' : 'shift');
  });
  const writes = await timeIt(() => {
    for (let pa = 0; pa < PAS; pa++) for (let y = 0; y < YEARS; y++) year(pa, FIRST_YEAR + y);
  });

  const month = db.prepare('select sum(minutes) as m, count(*) as n from bench_day where pa = ? and day >= ? and day < ?');
  const rangeReads = await timeIt(() => {
    for (let pa = 0; pa < PAS; pa++) {
      const y = FIRST_YEAR + (pa % YEARS);
      for (let m = 0; m < 12; m++) month.get(pa, `${y}-${String(m + 1).padStart(2, '0')}-01`, `${y}-${String(m + 1).padStart(2, '0')}-32`);
    }
  });

  const scans = await timeIt(() => {
    for (let i = 0; i < 5; i++) {
      db.prepare('select pa, sum(minutes), sum(pence), count(*) from bench_day group by pa').all();
      db.prepare("select count(*) from bench_day where note like '%holiday%'").get();
    }
  });
  return { writes, rangeReads, scans };
}

/** Run the workload on a fresh database in `folder`; `encrypted` picks a random key or none. */
export async function runCipherWorkload(folder: string, encrypted: boolean, tag: string): Promise<CipherTimes> {
  const key = encrypted ? randomBytes(32) : null;
  const db = openSqlite(join(folder, `${tag}.db`), key, { create: true });
  try {
    return await workload(db);
  } finally {
    db.close();
    key?.fill(0);
  }
}
