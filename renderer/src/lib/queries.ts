import { QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input, MethodName, Output } from '../shared.js';
import { call, type ApiError } from './api.js';

/** Local calls: no retries, no refetch on focus; a page refetches what a change touched. */
export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false, staleTime: Infinity },
      mutations: { retry: false },
    },
  });
}

/** Queries are keyed [method, input], so the same call anywhere shares one cache entry. */
export function queryKey<M extends MethodName>(method: M, input: Input<M>) {
  return [method, input] as const;
}

export function useApiQuery<M extends MethodName>(method: M, input: Input<M>) {
  return useQuery<Output<M>, ApiError>({ queryKey: queryKey(method, input), queryFn: () => call(method, input) });
}

/**
 * A call that changes something. `invalidates` lists the methods whose cached answers it makes
 * stale (e.g. settings.update → settings.get), so pages show the new state.
 */
export function useApiMutation<M extends MethodName>(method: M, invalidates: MethodName[] = []) {
  const client = useQueryClient();
  return useMutation<Output<M>, ApiError, Input<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: async () => {
      await Promise.all(invalidates.map((m) => client.invalidateQueries({ queryKey: [m] })));
    },
  });
}
