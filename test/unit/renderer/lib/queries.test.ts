import { QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { MethodName, Result } from '../../../../electron/shared/api/index.js';
import { apiMutation, apiQuery, makeQueryClient, queryKey } from '../../../../renderer/src/lib/queries.js';

/**
 * The one refresh rule, against a fake bridge: after a successful write every query on screen
 * is read again before mutateAsync resolves; a read used as a mutation, or a refused write,
 * reads nothing again.
 */
let calls: string[];
let answer: (method: string) => Result<unknown>;

beforeEach(() => {
  calls = [];
  answer = () => ({ ok: true, value: {} });
  (globalThis as { window?: unknown }).window = {
    carebook: { call: async (method: string) => (calls.push(method), answer(method)) },
  };
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

async function clientShowing(...methods: ('workers.list' | 'attention.list' | 'settings.get')[]) {
  const client = makeQueryClient();
  const observers = methods.map((m) => new QueryObserver(client, apiQuery(m, {})));
  const stop = observers.map((o) => o.subscribe(() => undefined));
  await Promise.all(observers.map((o) => o.refetch()));
  calls = [];
  return { client, stop: () => stop.forEach((s) => s()) };
}

/** What useApiMutation(method).mutateAsync(input) does, without React. */
function mutate(client: ReturnType<typeof makeQueryClient>, method: MethodName, input: unknown) {
  return client.getMutationCache().build(client, apiMutation(method) as never).execute(input);
}

describe('after a change, what is on screen is read again', () => {
  test('a write refreshes every active query before it resolves', async () => {
    const { client, stop } = await clientShowing('workers.list', 'attention.list');
    await mutate(client, 'workers.update', {});
    expect(calls).toEqual(['workers.update', 'workers.list', 'attention.list']);
    stop();
  });

  test('queries not on screen are marked stale, to be read when they are shown', async () => {
    const { client, stop } = await clientShowing('settings.get');
    stop();
    await mutate(client, 'employer.update', {});
    expect(calls).toEqual(['employer.update']);
    expect(client.getQueryState(queryKey('settings.get', {}))?.isInvalidated).toBe(true);
  });

  test('a read used as a mutation (the CSV preview) refreshes nothing', async () => {
    const { client, stop } = await clientShowing('workers.list');
    await mutate(client, 'workers.importPreview', { csv: 'Full name\nSam' });
    expect(calls).toEqual(['workers.importPreview']);
    stop();
  });

  test('a refused write refreshes nothing', async () => {
    const { client, stop } = await clientShowing('workers.list');
    answer = () => ({ ok: false, error: { code: 'invalid_input', message: 'No' } });
    await expect(mutate(client, 'workers.update', {})).rejects.toMatchObject({ code: 'invalid_input' });
    expect(calls).toEqual(['workers.update']);
    stop();
  });
});
