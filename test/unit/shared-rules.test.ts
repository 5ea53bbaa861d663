import { describe, expect, test } from 'vitest';
import { sortAttention } from '../../electron/core/attention/sort.js';
import { missingEmployerDetails } from '../../electron/core/employer/rules.js';
import { employerSchema, isRealIsoDate, type AttentionItem } from '../../electron/shared/api/index.js';

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

describe('employer profile completeness', () => {
  const full = employerSchema.parse({ kind: 'individual', name: 'Jo', addressLine1: '1 Road', town: 'Leeds', postcode: 'LS1 1AA', email: 'jo@example.com' });
  test.each([
    ['nothing saved', null, ['your name', 'your address']],
    ['complete', full, []],
    ['no address', { ...full, town: '' }, ['your address']],
    ['no way to contact', { ...full, email: '' }, ['a phone number or email address']],
    ['a representative without the person', { ...full, kind: 'representative' as const }, ['the name of the person you act for']],
  ])('%s', (_label, profile, missing) => expect(missingEmployerDetails(profile)).toEqual(missing));
});

describe('attention order', () => {
  const item = (id: string, urgency: AttentionItem['urgency'], due?: string): AttentionItem => ({
    id,
    area: 'test',
    urgency,
    title: id,
    detail: '',
    action: { label: '', to: '/' },
    ...(due ? { due } : {}),
  });
  test('unlawful before overdue before missing before due soon; earlier dates first', () => {
    const sorted = sortAttention([
      item('soon', 'due-soon', '2026-01-01'),
      item('missing', 'missing'),
      item('overdue-late', 'overdue', '2026-03-01'),
      item('unlawful', 'unlawful'),
      item('overdue-early', 'overdue', '2026-02-01'),
    ]);
    expect(sorted.map((i) => i.id)).toEqual(['unlawful', 'overdue-early', 'overdue-late', 'missing', 'soon']);
  });
});
