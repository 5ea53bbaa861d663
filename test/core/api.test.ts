import { describe, expect, test } from 'vitest';
import { coreWithBook, testCore } from './helpers.js';

describe('the API boundary', () => {
  test('an unknown method is an error, and so is a host method sent to the core', async () => {
    const core = testCore();
    expect((await core.fails('book.explode' as never, {})).code).toBe('unknown_method');
    expect((await core.fails('host.chooseFolder', { title: 'x' })).code).toBe('unknown_method');
    expect((await core.fails('__proto__' as never, {})).code).toBe('unknown_method');
  });

  test('invalid input names each field, in plain English, and writes nothing', async () => {
    const { core } = await coreWithBook();
    const error = await core.fails('employer.update', {
      kind: 'individual',
      name: '',
      postcode: 'XYZ 12',
      email: 'nope',
    });
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toEqual({
      name: 'Enter your name, or the name of your organisation',
      postcode: 'Enter a real postcode, for example SW1A 1AA',
      email: 'Enter an email address in the right format, like name@example.com',
    });
    expect(await core.ok('employer.get', {})).toBeNull();
  });

  test('length caps, wrong types and unexpected fields are refused', async () => {
    const { core } = await coreWithBook();
    const long = await core.fails('employer.update', { kind: 'agency', name: 'x'.repeat(201) });
    expect(long.fields?.name).toMatch(/200 characters or fewer/);
    const type = await core.fails('settings.update', { autoLockMinutes: '5' });
    expect(type.fields?.autoLockMinutes).toMatch(/must be a number/);
    const range = await core.fails('settings.update', { autoLockMinutes: 0 });
    expect(range.fields?.autoLockMinutes).toMatch(/1 or more/);
    const extra = await core.fails('settings.update', { autoLockMinutes: 5, sneaky: true });
    expect(extra.code).toBe('invalid_input');
    expect((await core.ok('settings.get', {})).autoLockMinutes).toBe(5);
  });

  test('a folder must be a full path', async () => {
    const core = testCore();
    const error = await core.fails('book.create', { folder: 'relative/path', passphrase: 'long enough passphrase' });
    expect(error.fields?.folder).toMatch(/full folder path/);
  });

  test('null, arrays and missing input are refused without a crash', async () => {
    const { core } = await coreWithBook();
    expect((await core.fails('employer.update', null)).code).toBe('invalid_input');
    expect((await core.fails('settings.update', [1, 2])).code).toBe('invalid_input');
    expect((await core.ok('settings.get', undefined as never)).autoLockMinutes).toBe(5);
  });
});
