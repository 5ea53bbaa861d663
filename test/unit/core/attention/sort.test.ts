import { describe, expect, test } from 'vitest';
import { sortAttention } from '../../../../electron/core/attention/sort.js';
import { type AttentionItem } from '../../../../electron/shared/api/index.js';

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
  test('in the order of the law: against the law, overdue, due soon, good practice, information; nearest date first, undated last', () => {
    const sorted = sortAttention([
      item('information', 'information'),
      item('soon-undated', 'due-soon'),
      item('good-practice-dated', 'good-practice', '2026-01-01'),
      item('soon-late', 'due-soon', '2026-04-01'),
      item('overdue-late', 'overdue', '2026-03-01'),
      item('good-practice', 'good-practice'),
      item('unlawful', 'unlawful'),
      item('soon-early', 'due-soon', '2026-02-01'),
      item('overdue-early', 'overdue', '2026-02-01'),
    ]);
    expect(sorted.map((i) => i.id)).toEqual([
      'unlawful',
      'overdue-early',
      'overdue-late',
      'soon-early',
      'soon-late',
      'soon-undated',
      'good-practice-dated',
      'good-practice',
      'information',
    ]);
  });

  test('a legal duty with no date comes before good practice with an earlier one (insurance before references)', () => {
    const sorted = sortAttention([item('References are not a legal requirement', 'good-practice', '2025-01-01'), item('Record your insurance', 'due-soon')]);
    expect(sorted.map((i) => i.id)).toEqual(['Record your insurance', 'References are not a legal requirement']);
  });
});
