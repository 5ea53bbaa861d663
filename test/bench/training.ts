import { trainingFileErrors, workerFileErrors } from '../../electron/core/training/validate-asc-wds.js';
import { median, ms, percentile, repeat, timeIt } from './measure.js';
import type { Row } from './report.js';

const RUNS = 200;

/**
 * Training's own targets on the large book (issue 11): the matrix of every PA by every topic
 * and the 90-day plan under 5 ms at p95; both ASC-WDS files made (and checked first) in under
 * a second, and passing ASC-WDS's own checks on the columns Carebook writes.
 */
export async function benchTraining(call: (method: string, input?: unknown) => Promise<unknown>): Promise<Row[]> {
  const rows: Row[] = [];
  const matrix = (await call('training.matrix', { show: 'all' })) as { pas: unknown[]; topics: unknown[] };
  const shape = `${matrix.pas.length} PAs × ${matrix.topics.length} topics`;
  for (const [label, method, input] of [
    [`training.matrix, ${shape}`, 'training.matrix', { show: 'all' }],
    ['training.plan, the next 90 days', 'training.plan', { days: 90 }],
  ] as const) {
    const times = await repeat(RUNS, () => call(method, input), 10);
    const p95 = percentile(times, 95);
    rows.push({ measure: `${label}, ${RUNS} runs`, target: 'p95 < 5 ms', result: `p50 ${ms(median(times))}, p95 ${ms(p95)}`, pass: p95 < 5 });
  }
  let files: { csv: string }[] = [];
  const took = await timeIt(async () => {
    files = (await Promise.all([call('training.ascWdsExport', { file: 'worker' }), call('training.ascWdsExport', { file: 'training' })])) as { csv: string }[];
  });
  const errors = [...workerFileErrors(files[0]!.csv), ...trainingFileErrors(files[1]!.csv)];
  const lines = files[1]!.csv.split('\r\n').length - 2;
  rows.push({
    measure: `ASC-WDS export of the whole book (worker and training files, ${lines.toLocaleString('en-GB')} training rows), checked`,
    target: '< 1 s, passes',
    result: `${ms(took)}, ${errors.length === 0 ? 'passes' : `${errors.length} errors: ${errors[0]}`}`,
    pass: took < 1000 && errors.length === 0,
  });
  return rows;
}
