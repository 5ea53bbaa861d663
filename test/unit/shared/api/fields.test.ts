import { describe, expect, test } from 'vitest';
import { isRealIsoDate } from '../../../../electron/shared/api/index.js';

describe('real dates', () => {
  test.each([
    ['2026-04-30', true],
    ['2026-04-31', false],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['26-04-01', false],
    ['2026-4-1', false],
    ['', false],
  ])('%j is real: %s', (value, real) => expect(isRealIsoDate(value)).toBe(real));
});
