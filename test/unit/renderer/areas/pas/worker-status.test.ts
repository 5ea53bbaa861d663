import { describe, expect, test } from 'vitest';
import { statusLine, statusWord } from '../../../../../renderer/src/areas/pas/worker-status.js';

const TODAY = '2026-12-02';

describe('where a PA stands, in words', () => {
  test.each<[string, { status: 'applicant' | 'active' | 'left'; startDate: string; leftOn: string }, string, string]>([
    ['applying, no date', { status: 'applicant', startDate: '', leftOn: '' }, 'Applying to work for you', 'Applying'],
    ['first day tomorrow: starting on', { status: 'applicant', startDate: '2026-12-03', leftOn: '' }, 'Starting on 3 December 2026', 'Starting on 3 December 2026'],
    ['first day today: was due to start (Home asks to confirm)', { status: 'applicant', startDate: TODAY, leftOn: '' }, 'Was due to start on 2 December 2026', 'Applying'],
    ['working', { status: 'active', startDate: '2025-03-01', leftOn: '' }, 'Works for you since 1 March 2025', 'Works for you'],
    ['left', { status: 'left', startDate: '2025-03-01', leftOn: '2026-09-30' }, 'Left on 30 September 2026', 'Left'],
  ])('%s', (_, w, line, word) => {
    expect(statusLine(w, TODAY)).toBe(line);
    expect(statusWord(w, TODAY)).toBe(word);
  });
});
