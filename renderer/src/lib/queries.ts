import { MutationCache, QueryClient, useMutation, useQuery, type Mutation } from '@tanstack/react-query';
import { isMethodName, isWrite, type Input, type MethodName, type Output } from '../shared.js';
import { send, type ApiError } from './api.js';

/**
 * Local calls: no retries, no refetch on focus. What a page shows is refreshed by one rule, here:
 * after any successful write (a method the contract marks 'write'), every query on screen is
 * fetched again and every other one is marked stale. Reads take well under a millisecond, so
 * nothing keeps a list of which write touches which read. TanStack awaits this before
 * mutateAsync resolves, so a page that navigates after saving lands on fresh data.
 */
export function makeQueryClient() {
  const client: QueryClient = new QueryClient({
    mutationCache: new MutationCache({
      onSuccess: (_data, _input, _context, mutation) => (wroteToTheBook(mutation) ? client.invalidateQueries() : undefined),
    }),
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false, staleTime: Infinity },
      mutations: { retry: false },
    },
  });
  return client;
}

/** useApiMutation keys each mutation [method]; a read used as a mutation (a preview) changes nothing. */
function wroteToTheBook(mutation: Mutation<unknown, unknown, unknown>): boolean {
  const method = mutation.options.mutationKey?.[0];
  return isMethodName(method) && isWrite(method);
}

/** Queries are keyed [method, input], so the same call anywhere shares one cache entry. */
export function queryKey<M extends MethodName>(method: M, input: Input<M>) {
  return [method, input] as const;
}

/** What useApiQuery asks TanStack for (apart, so a test can run it without React). */
export function apiQuery<M extends MethodName>(method: M, input: Input<M>) {
  return { queryKey: queryKey(method, input), queryFn: () => send(method, input) };
}

export function useApiQuery<M extends MethodName>(method: M, input: Input<M>) {
  return useQuery<Output<M>, ApiError>(apiQuery(method, input));
}

/**
 * A call made when the person asks for it: every write to the book (so the refresh rule above
 * applies), and a read whose answer only this page wants (a CSV preview).
 */
export function useApiMutation<M extends MethodName>(method: M) {
  return useMutation<Output<M>, ApiError, Input<M>>(apiMutation(method));
}

/** What useApiMutation asks TanStack for: keyed [method], which the refresh rule reads. */
export function apiMutation<M extends MethodName>(method: M) {
  return { mutationKey: [method], mutationFn: (input: Input<M>) => send(method, input) };
}

