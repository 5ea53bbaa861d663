import { describe, expect, test } from 'vitest';
import { workerDetailsSchema } from '../../../../electron/shared/api/index.js';
import { ageOn } from '../../../../electron/shared/people/age.js';
import { callName, sameName, searchableName } from '../../../../electron/shared/people/names.js';
import { isNiNumber, normaliseNiNumber } from '../../../../electron/shared/people/ni-number.js';

describe('National Insurance number', () => {
  test.each([
    ['QQ123456C', true, 'QQ123456C'],
    ['QQ 12 34 56 C', true, 'QQ123456C'],
    ['qq123456c', true, 'QQ123456C'],
    ['  qq 123 456 c ', true, 'QQ123456C'],
    ['QQ123456', true, 'QQ123456'], // the final letter is optional
    ['AB 12 34 56', true, 'AB123456'],
    ['Q1234567C', false, 'Q1234567C'], // one letter
    ['QQ12345C', false, 'QQ12345C'], // five digits
    ['QQ1234567C', false, 'QQ1234567C'], // seven digits
    ['QQ123456CD', false, 'QQ123456CD'], // two final letters
    ['12QQ3456C', false, '12QQ3456C'],
    ['QQ-12-34-56-C', false, 'QQ-12-34-56-C'], // dashes are not forgiven
    ['', false, ''],
  ])('%j: valid %s, stored as %j', (typed, valid, stored) => {
    expect(isNiNumber(typed)).toBe(valid);
    expect(normaliseNiNumber(typed)).toBe(stored);
  });

  test.each([
    ['qq 12 34 56 c', 'QQ123456C', null],
    ['', '', null],
    ['QQ12', null, 'National Insurance number must be 2 letters, 6 numbers and sometimes a final letter, like QQ 12 34 56 C'],
  ])('the form reads %j as %j (error %j)', (typed, stored, message) => {
    const parsed = workerDetailsSchema.safeParse({ fullName: 'Sam Carter', niNumber: typed });
    expect(parsed.success ? parsed.data.niNumber : null).toBe(stored);
    expect(parsed.error?.issues[0]?.message ?? null).toBe(message);
  });
});

describe('age on a date', () => {
  test.each([
    ['1990-06-15', '2026-06-15', 36, 'on their birthday'],
    ['1990-06-15', '2026-06-14', 35, 'the day before their birthday'],
    ['1990-06-15', '2026-12-31', 36, 'later that year'],
    ['2008-02-29', '2026-02-28', 17, 'born 29 February, 28 February in a common year'],
    ['2008-02-29', '2026-03-01', 18, 'born 29 February, 1 March in a common year'],
    ['2008-02-29', '2028-02-28', 19, 'born 29 February, the day before in a leap year'],
    ['2008-02-29', '2028-02-29', 20, 'born 29 February, on 29 February'],
    ['2000-01-01', '2000-01-01', 0, 'the day they were born'],
    ['2004-04-06', '2025-04-05', 20, 'the day before turning 21'],
    ['2004-04-06', '2025-04-06', 21, 'turning 21'],
  ])('born %s, on %s: %i (%s)', (born, on, age) => expect(ageOn(born, on)).toBe(age));

  test.each([
    ['', '2026-01-01'],
    ['2030-01-01', '2026-01-01'],
  ])('born %j on %s: not known', (born, on) => expect(ageOn(born, on)).toBeNull());
});

describe('names', () => {
  test.each([
    ['Sam Carter', 'Sam Carter', true],
    ['sam carter', 'Sam Carter', true],
    ['  Sam   Carter ', 'Sam Carter', true],
    ['SAM CARTER', 'sam carter', true],
    ['Sam Carte', 'Sam Carter', false],
    ['Samuel Carter', 'Sam Carter', false],
    ['', 'Sam Carter', false],
  ])('%j is the same name as %j: %s', (a, b, same) => expect(sameName(a, b)).toBe(same));

  test.each([
    [{ fullName: 'Samantha Carter', preferredName: 'Sam' }, 'Sam'],
    [{ fullName: 'Samantha Carter', preferredName: '' }, 'Samantha Carter'],
    [{ fullName: 'Samantha Carter', preferredName: '  ' }, 'Samantha Carter'],
  ])('%j is called %j', (w, name) => expect(callName(w)).toBe(name));

  test.each([
    ['Zoë Ångström', 'zoe angstrom'],
    ['  O’BRIEN  ', 'o’brien'],
  ])('%j is searched as %j', (name, key) => expect(searchableName(name)).toBe(key));
});
