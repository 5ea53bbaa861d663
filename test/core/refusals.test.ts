import { describe, expect, test } from 'vitest';
import { api, fieldErrors, parsePlain } from '../../electron/shared/api/index.js';
import { LIBRARY_WORDING, MESSAGE_MAX } from './library-wording.js';
import { coreWithBook, testCore } from './helpers.js';

/**
 * Issue 9, "zod's own words reach people": every schema failure is said in Carebook's words,
 * naming the field by its label, quoting at most a few characters of what was sent.
 */
function refusalOf(method: string, input: unknown) {
  const parsed = parsePlain((api as Record<string, { input: import('zod').ZodType }>)[method]!.input, input);
  expect(parsed.success).toBe(false);
  return fieldErrors(parsed.error!);
}

const PA = '00000000-0000-4000-8000-000000000000';

describe('schema failures in plain English', () => {
  test.each([
    ['an unknown key', 'book.status', { x: 1 }],
    ['a 10,000-character unknown key', 'book.status', { ['k'.repeat(10_000)]: 1 }],
    ['a number instead of an object', 'settings.update', 5],
    ['a number to unlock', 'book.unlock', 5],
    ['linkedId null', 'documents.add', { workerId: PA, path: '/tmp/a.pdf', kind: 'other', label: 'A', linkedId: null }],
    ['an array too long', 'checks.saveInterview', { workerId: PA, heldOn: '2026-01-01', outcome: 'offered', answers: Array.from({ length: 30 }, () => ({ value: 'x', note: '' })) }],
    ['a string where a list belongs', 'checks.saveInterview', { workerId: PA, heldOn: '2026-01-01', outcome: 'offered', answers: 'x' }],
    ['null for everything', 'workers.create', null],
    ['a wrong enum', 'settings.update', { textSize: 'gigantic' }],
  ])('%s is refused without zod’s words or an echo', (_what, method, input) => {
    const fields = refusalOf(method, input);
    for (const [key, message] of Object.entries(fields)) {
      expect(message, `${key}: ${message}`).not.toMatch(LIBRARY_WORDING);
      expect(message.length).toBeLessThan(MESSAGE_MAX);
      expect(key.length).toBeLessThan(200);
      expect(message).not.toContain('kkkkkkkkkkkkkkkkkkkkkkkk');
    }
  });

  test('an empty date says "Enter the date of …", naming the field GOV.UK’s way', () => {
    expect(refusalOf('checks.saveRightToWork', { workerId: PA, checkedOn: '', method: 'manual', permission: 'unlimited' }).checkedOn).toBe(
      'Enter the date of the check',
    );
    expect(refusalOf('workers.setStatus', { id: PA, status: 'active', startDate: '  ' }).startDate).toBe('Enter the start date');
    expect(refusalOf('checks.saveRightToWork', { workerId: PA, checkedOn: '2026-02-30', method: 'manual', permission: 'unlimited' }).checkedOn).toMatch(
      /must be a real date/,
    );
  });

  test('a bare wrong value to unlock asks for the passphrase or recovery code', () => {
    expect(refusalOf('book.unlock', 5)._).toBe('Enter your passphrase or recovery code');
  });

  test('the core answers every such refusal as { ok: false } with a message saying what to do', async () => {
    const core = testCore();
    for (const [method, input] of [
      ['book.status', { ['k'.repeat(10_000)]: 1 }],
      ['book.unlock', 5],
      ['book.create', { passphrase: 5 }],
    ] as const) {
      const result = await core.call(method, input);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).not.toMatch(LIBRARY_WORDING);
      expect(result.error.message.length).toBeLessThan(MESSAGE_MAX);
    }
  });

  test('documents.add with linkedId null names the linked record, not "Invalid input"', async () => {
    const { core } = await coreWithBook();
    const error = await core.fails('documents.add', { workerId: PA, path: '/tmp/a.pdf', kind: 'other', label: 'A', linkedId: null });
    expect(error.message).not.toMatch(LIBRARY_WORDING);
    expect(error.fields?.linkedId).toBeTruthy();
  });
});
