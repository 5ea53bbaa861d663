import { expect, test } from 'vitest';
import { trainingFileErrors, workerFileErrors } from '../../electron/core/training/validate-asc-wds.js';
import { makeLargeBook, PASSPHRASE } from '../bench/large-book.js';
import { tempDir, testCore } from './helpers.js';

test('the large book (50 PAs, 10 years of training): the matrix has 40 topics, and its ASC-WDS files pass the checks', { timeout: 300_000 }, async () => {
  const dataDir = tempDir();
  await makeLargeBook(dataDir, tempDir('carebook-backups-'), new Date());
  const core = testCore({ dataDir });
  await core.ok('book.unlock', { passphrase: PASSPHRASE });
  const matrix = await core.ok('training.matrix', { show: 'all' });
  expect([matrix.pas.length, matrix.topics.length]).toEqual([50, 40]);
  const statuses = new Set(matrix.cells.flat().map((c) => c.status));
  expect([...statuses].sort()).toEqual(['due', 'expired', 'missing', 'not-required', 'valid']);
  expect((await core.ok('training.ascWdsCheck', {})).problems).toEqual([]);
  const workers = await core.ok('training.ascWdsExport', { file: 'worker' });
  const training = await core.ok('training.ascWdsExport', { file: 'training' });
  expect(workerFileErrors(workers.csv)).toEqual([]);
  expect(trainingFileErrors(training.csv)).toEqual([]);
  expect(training.csv.split('\r\n').length).toBeGreaterThan(2000);
});
