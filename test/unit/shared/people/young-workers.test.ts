import { describe, expect, test } from 'vitest';
import { schoolLeavingDate, youngWorkerOn } from '../../../../electron/shared/people/young-workers.js';

describe('the last day of compulsory school age: the last Friday of June of the school year they turn 16', () => {
  test.each([
    ['2010-01-15', '2026-06-26'], // turns 16 in January 2026: leaves in June 2026
    ['2010-08-31', '2026-06-26'], // the youngest in the year: leaves at 15, before the birthday
    ['2010-09-01', '2027-06-25'], // the oldest in the next year: leaves at 16 and three-quarters
    ['2010-12-31', '2027-06-25'],
    ['2012-02-29', '2028-06-30'], // the last Friday falls on 30 June
  ])('born %s: %s', (born, leaves) => expect(schoolLeavingDate(born, 16)).toBe(leaves));
});

describe('child, young worker or adult, on a date', () => {
  test.each([
    // Both sides of leaving school: still a child on the last Friday of June, a young worker the day after.
    ['2010-01-15', '2026-06-26', { kind: 'child', age: 16, schoolLeavingDate: '2026-06-26' }],
    ['2010-01-15', '2026-06-27', { kind: 'young', age: 16, turns18On: '2028-01-15' }],
    // 16 on the start date is not enough on its own: born in September, they are still at school.
    ['2010-09-01', '2026-09-01', { kind: 'child', age: 16, schoolLeavingDate: '2027-06-25' }],
    ['2011-05-10', '2026-05-09', { kind: 'child', age: 14, schoolLeavingDate: '2027-06-25' }],
    // Both sides of 18.
    ['2008-05-10', '2026-05-09', { kind: 'young', age: 17, turns18On: '2026-05-10' }],
    ['2008-05-10', '2026-05-10', null],
    // Born on 29 February: 18 on 1 March in a year without one.
    ['2008-02-29', '2026-02-28', { kind: 'young', age: 17, turns18On: '2026-03-01' }],
    ['2008-02-29', '2026-03-01', null],
    ['', '2026-05-10', null], // no date of birth: nothing to say
    ['1990-01-01', '2026-05-10', null],
  ])('born %s, on %s', (born, on, expected) => expect(youngWorkerOn(born, on)).toEqual(expected));
});
