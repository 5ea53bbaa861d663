import { useState, type ReactNode } from 'react';
import { count } from '../../lib/format.js';
import { Button, ErrorSummary, Select } from '../../ui/index.js';
import { HistoryLines } from './HistoryLines.js';
import { rememberArea, rememberedArea } from './remembered-filter.js';
import { useHistory } from './use-history.js';

export interface AreaChoice {
  area: string;
  label: string;
}

/**
 * The history of the whole book or of one PA: a filter by area (applied with its button, never
 * as the choice changes, so moving through the list with the keyboard does not reload it), the
 * lines, and "Show older changes". `choices` come from the core's list of areas; `empty` says,
 * in words, that there is nothing (for the chosen area, or at all).
 */
export function HistoryView({
  page,
  workerId,
  choices,
  everything,
  empty,
  showPa,
  headingLevel,
}: {
  /** Which page this is, for remembering its filter: "book", or the PA's id. */
  page: string;
  workerId?: string;
  choices: (areas: AreaChoice[]) => AreaChoice[];
  /** The first option: "All changes". */
  everything: string;
  empty: (areaLabel: string | null) => ReactNode;
  showPa: boolean;
  headingLevel: 'h2' | 'h3';
}) {
  const [area, setArea] = useState(() => rememberedArea(page));
  const [typed, setTyped] = useState(area);
  const history = useHistory(workerId ? { workerId, area } : { area });
  // The last filter's lines, kept while the new one loads, are not shown: they would be counted as the new filter's.
  const loading = history.isPending || history.isPlaceholderData;
  const first = history.data?.pages[0];
  const lines = loading ? [] : (history.data?.pages.flatMap((p) => p.lines) ?? []);
  const options = first ? choices(first.areas) : [];
  const chosen = options.find((o) => o.area === area);
  const more = history.hasNextPage;

  const apply = (next: string) => {
    rememberArea(page, next);
    setArea(next);
  };

  return (
    <>
      <ErrorSummary items={history.error ? [{ message: history.error.message }] : []} />
      {options.length > 0 && (
        <form
          className="history-filter"
          aria-label="Filter the changes"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            apply(typed);
          }}
        >
          <Select
            name="history-area"
            label="Show changes to"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            options={[{ value: '', label: everything }, ...options.map((o) => ({ value: o.area, label: o.label }))]}
          />
          <Button variant="secondary">Show these changes</Button>
        </form>
      )}
      {/* One status, always in the page, so screen readers hear "Loading", then what the list now holds, after each change of filter. */}
      <div role="status">
        {loading && <p className="body">Loading the history…</p>}
        {history.data && !loading && lines.length > 0 && (
          <p className="body history-count">
            {`${more ? `The newest ${count(lines.length, 'change')}` : count(lines.length, 'change')}${chosen ? ` to ${chosen.label}` : ''}, newest first`}
          </p>
        )}
        {history.data && !loading && lines.length === 0 && <div className="panel-quiet">{empty(chosen?.label ?? null)}</div>}
      </div>
      {lines.length > 0 && <HistoryLines lines={lines} showPa={showPa} headingLevel={headingLevel} />}
      {more && !loading && (
        <Button type="button" variant="secondary" busy={history.isFetchingNextPage} busyText="Loading older changes…" onClick={() => void history.fetchNextPage()}>
          Show older changes
        </Button>
      )}
    </>
  );
}
