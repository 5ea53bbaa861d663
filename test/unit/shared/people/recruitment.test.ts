import { describe, expect, test } from 'vitest';
import { dbsJoinUpdateServiceBy, rightToWorkFollowUp, RTW_FOLLOW_UP_REMINDER_DAYS } from '../../../../electron/shared/people/recruitment.js';

describe('right-to-work follow-up', () => {
  test('the reminder starts a set number of days before', () => expect(RTW_FOLLOW_UP_REMINDER_DAYS).toBe(60));
  test.each([
    ['unlimited permission', { permission: 'unlimited', permissionEndsOn: '' }, null],
    ['unlimited, with a stray end date', { permission: 'unlimited', permissionEndsOn: '2027-01-01' }, null],
    ['time-limited', { permission: 'time-limited', permissionEndsOn: '2027-01-31' }, { dueOn: '2027-01-31', remindFrom: '2026-12-02' }],
    ['ending on 1 March in a leap year', { permission: 'time-limited', permissionEndsOn: '2028-03-01' }, { dueOn: '2028-03-01', remindFrom: '2028-01-01' }],
    ['time-limited without a date (not saved by the form)', { permission: 'time-limited', permissionEndsOn: '' }, null],
  ])('%s', (_label, check, expected) => expect(rightToWorkFollowUp(check)).toEqual(expected));
});

describe('DBS Update Service: last day to join', () => {
  test.each([
    ['2026-03-01', '2026-03-31'],
    ['2026-02-01', '2026-03-03'],
    ['2024-02-10', '2024-03-11'], // through 29 February
    ['2025-12-15', '2026-01-14'],
    ['2013-06-17', '2013-07-17'], // the first day the Update Service existed
    ['2013-06-16', ''], // before it existed
    ['', ''],
  ])('issued %j: join by %j', (issuedOn, by) => expect(dbsJoinUpdateServiceBy(issuedOn)).toBe(by));
});
