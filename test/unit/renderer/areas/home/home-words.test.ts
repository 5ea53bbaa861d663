import { describe, expect, test } from 'vitest';
import type { AttentionItem, Urgency } from '../../../../../electron/shared/api/index.js';
import { BOOK_WIDE_HEADING, homeSections, linkSuffixes, summarySentence } from '../../../../../renderer/src/areas/home/home-words.js';

let n = 0;
function item(urgency: Urgency, extra: Partial<AttentionItem> = {}): AttentionItem {
  n += 1;
  return { id: `i${n}`, area: 'test', urgency, title: `Item ${n}`, detail: '', action: { label: `Link ${n}`, to: '/' }, ...extra };
}
const many = (urgency: Urgency, count: number) => Array.from({ length: count }, () => item(urgency));

describe('the summary sentence', () => {
  test.each<[string, AttentionItem[], string]>([
    ['nothing', [], 'Nothing needs your attention today.'],
    ['one against the law', many('unlawful', 1), '1 thing is against the law.'],
    ['two against the law, three overdue', [...many('unlawful', 2), ...many('overdue', 3)], '2 things are against the law and 3 are overdue.'],
    [
      'every kind, in the order of the law whatever the order given',
      [...many('information', 1), ...many('due-soon', 1), ...many('unlawful', 2), ...many('good-practice', 4), ...many('overdue', 3)],
      '2 things are against the law, 3 are overdue, 1 is due soon, 4 are good practice and 1 is for information.',
    ],
    ['only due soon: calm first', many('due-soon', 2), 'Nothing is against the law or overdue. 2 things are due soon.'],
    ['only good practice', many('good-practice', 1), 'Nothing is against the law or overdue. 1 thing is good practice.'],
    ['overdue but nothing unlawful: no calm words', [...many('overdue', 1), ...many('information', 2)], '1 thing is overdue and 2 are for information.'],
  ])('%s', (_, items, words) => {
    expect(summarySentence(items)).toBe(words);
  });
});

describe('sections in the order of the law', () => {
  test('one section per urgency that has items, law first, nearest date first, undated last', () => {
    const items = [
      item('good-practice', { title: 'References' }),
      item('due-soon', { title: 'Insurance' }),
      item('due-soon', { title: 'Later', due: '2026-05-01' }),
      item('due-soon', { title: 'Sooner', due: '2026-04-01' }),
      item('unlawful', { title: 'No check' }),
      item('information', { title: 'FYI' }),
    ];
    const sections = homeSections(items);
    expect(sections.map((s) => s.heading)).toEqual(['Against the law', 'Due soon', 'Good practice', 'For information']);
    expect(sections[1]!.groups).toHaveLength(1);
    expect(sections[1]!.groups[0]!.heading).toBeUndefined();
    expect(sections[1]!.groups[0]!.items.map((i) => i.title)).toEqual(['Sooner', 'Later', 'Insurance']);
  });

  const pa = (k: number) => ({ workerId: `w${k}`, workerName: `PA ${k}` });

  test.each<[string, number, boolean]>([
    ['3 PAs with items: not grouped', 3, false],
    ['4 PAs with items: grouped by PA', 4, true],
  ])('%s', (_, pas, grouped) => {
    const items = Array.from({ length: pas }, (_, k) => item('due-soon', { ...pa(k), due: `2026-04-0${k + 1}` }));
    const groups = homeSections(items)[0]!.groups;
    expect(groups.length > 1).toBe(grouped);
    expect(groups.every((g) => (g.heading !== undefined) === grouped)).toBe(true);
  });

  test('grouped: book-wide items first, then each PA with the nearest date first, their items together', () => {
    const items = [
      item('due-soon', { ...pa(1), title: 'PA 1 later', due: '2026-06-01' }),
      item('due-soon', { ...pa(2), title: 'PA 2 soonest', due: '2026-04-01' }),
      item('due-soon', { ...pa(1), title: 'PA 1 sooner', due: '2026-05-01' }),
      item('due-soon', { ...pa(3), title: 'PA 3 undated' }),
      item('due-soon', { title: 'Your insurance' }),
      item('good-practice', { ...pa(4), title: 'PA 4 reference' }),
    ];
    const [due, good] = homeSections(items);
    expect(due!.groups.map((g) => g.heading)).toEqual([BOOK_WIDE_HEADING, 'PA 2', 'PA 1', 'PA 3']);
    expect(due!.groups[2]!.items.map((i) => i.title)).toEqual(['PA 1 sooner', 'PA 1 later']);
    expect(good!.groups.map((g) => g.heading)).toEqual(['PA 4']);
  });

  test('the same PA counts once however many items they have', () => {
    const items = [...Array.from({ length: 5 }, () => item('due-soon', pa(1))), item('due-soon', pa(2))];
    expect(homeSections(items)[0]!.groups).toHaveLength(1);
  });
});

describe('link texts unique on the page', () => {
  test('a label two items share gets each item’s title; a unique one gets nothing', () => {
    const a = item('unlawful', { title: 'No right-to-work check for Ana', action: { label: 'Go to Ana’s checks', to: '/pas/a/checks' } });
    const b = item('good-practice', { title: 'No satisfactory reference for Ana', action: { label: 'Go to Ana’s checks', to: '/pas/a/checks' } });
    const c = item('due-soon', { action: { label: 'Add your insurance details', to: '/settings/insurance' } });
    const suffixes = linkSuffixes([a, b, c]);
    expect(suffixes.get(a.id)).toBe(': No right-to-work check for Ana');
    expect(suffixes.get(b.id)).toBe(': No satisfactory reference for Ana');
    expect(suffixes.has(c.id)).toBe(false);
  });
});
