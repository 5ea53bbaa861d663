import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { call, type ApiError } from '../../lib/api.js';
import { queryKey } from '../../lib/queries.js';
import type { HistoryPage } from '../../shared.js';

export interface HistoryFilter {
  /** Only this PA's lines; absent for the whole book. */
  workerId?: string;
  /** Only this core area's lines ('checks'); '' for all of them. */
  area: string;
}

/**
 * The history, newest first, a page at a time: each "Show older changes" asks for the lines
 * before the oldest one shown. Keyed like every other read, so a save refreshes it too. While a
 * new filter loads, the last answer stays as placeholder data (isPlaceholderData), so the filter
 * form, built from its list of areas, stays in the page and keeps the keyboard's focus.
 */
export function useHistory(filter: HistoryFilter) {
  const input = filter.workerId ? { workerId: filter.workerId, area: filter.area } : { area: filter.area };
  return useInfiniteQuery<HistoryPage, ApiError, { pages: HistoryPage[] }, readonly unknown[], number | undefined>({
    queryKey: queryKey('history.list', input),
    queryFn: ({ pageParam }) => call('history.list', pageParam === undefined ? input : { ...input, before: pageParam }),
    initialPageParam: undefined,
    placeholderData: keepPreviousData,
    getNextPageParam: (last) => (last.more ? last.lines[last.lines.length - 1]?.id : undefined),
  });
}
