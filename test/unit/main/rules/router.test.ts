import { describe, expect, it, vi } from 'vitest';
import { routeCall, type CallTarget } from '../../../../electron/main/rules/router.js';

const core = (): CallTarget & { call: ReturnType<typeof vi.fn> } => ({
  call: vi.fn(async (method: string) => ({ ok: true as const, value: `core:${method}` })),
});

describe('routeCall', () => {
  it('sends everything that is not host.* to the core, untouched', async () => {
    const c = core();
    const input = { passphrase: 'x' };
    expect(await routeCall('book.unlock', input, {}, c)).toEqual({ ok: true, value: 'core:book.unlock' });
    expect(c.call).toHaveBeenCalledWith('book.unlock', input);
  });

  it('answers host.* itself with input checked by the contract', async () => {
    const c = core();
    const chooseFolder = vi.fn(async () => ({ folder: '/home/pat/Backups' }));
    const r = await routeCall('host.chooseFolder', { title: 'Choose a folder' }, { 'host.chooseFolder': chooseFolder }, c);
    expect(r).toEqual({ ok: true, value: { folder: '/home/pat/Backups' } });
    expect(chooseFolder).toHaveBeenCalledWith({ title: 'Choose a folder' });
    expect(c.call).not.toHaveBeenCalled();
  });

  it('refuses bad host input with field errors and never opens the dialog', async () => {
    const chooseFile = vi.fn();
    const r = await routeCall('host.chooseFile', { title: 42, extra: true }, { 'host.chooseFile': chooseFile }, core());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('invalid_input');
    expect(chooseFile).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown host method', 'host.runShell'],
    ['a prototype key', 'host.__proto__'],
    ['a non-string method', 42],
    ['no method', undefined],
  ])('refuses %s', async (_why, method) => {
    const c = core();
    const r = await routeCall(method, {}, { 'host.chooseFile': vi.fn() }, c);
    expect(r).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(c.call).not.toHaveBeenCalled();
  });

  it('turns a throw anywhere into an internal error Result', async () => {
    const broken: CallTarget = { call: async () => Promise.reject(new Error('disk on fire')) };
    const r = await routeCall('book.status', {}, {}, broken);
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!r.ok) expect(r.error.message).not.toContain('disk on fire');
    const r2 = await routeCall('host.chooseFile', { title: 't' }, { 'host.chooseFile': () => Promise.reject(new Error('x')) }, core());
    expect(r2).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('documents.add reads only a file the person chose in the dialog (issue 9)', () => {
  it('refuses a path the page made up, and passes one the dialog returned', async () => {
    const { ChosenFiles } = await import('../../../../electron/shared/chosen-files.js');
    const chosen = new ChosenFiles();
    const c = core();
    const add = (path: string) => routeCall('documents.add', { path, workerId: 'x', kind: 'other', label: 'A' }, hostWith('/home/pat/passport.pdf'), c, chosen);
    const made_up = await add('/home/pat/.ssh/id_rsa');
    expect(made_up.ok).toBe(false);
    if (!made_up.ok) expect(made_up.error).toMatchObject({ code: 'invalid_input', fields: { path: 'Choose the file again' } });
    expect(c.call).not.toHaveBeenCalled();
    await routeCall('host.chooseFile', { title: 'Choose' }, hostWith('/home/pat/passport.pdf'), c, chosen);
    expect((await add('/home/pat/passport.pdf')).ok).toBe(true);
    expect(c.call).toHaveBeenCalledTimes(1);
    expect((await add('/home/pat/.ssh/id_rsa')).ok).toBe(false);
  });
});

function hostWith(file: string) {
  return { 'host.chooseFile': async () => ({ file }) };
}
