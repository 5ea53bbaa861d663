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
