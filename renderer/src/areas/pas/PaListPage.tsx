import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { call, type ApiError } from '../../lib/api.js';
import { count, dateInWords } from '../../lib/format.js';
import { queryKey } from '../../lib/queries.js';
import { Link } from '../../lib/router/index.js';
import type { WorkerSummary } from '../../shared.js';
import { ButtonGroup, ButtonLink, Flash, Loading, StaticPage, TableBox } from '../../ui/index.js';
import { paPath } from './paths.js';
import { statusWord } from './worker-status.js';

type Show = 'current' | 'left' | 'all';
const SHOW: { value: Show; label: string; caption: string }[] = [
  { value: 'current', label: 'Working for you or applying', caption: 'PAs who work for you or are applying' },
  { value: 'left', label: 'Left', caption: 'PAs who have left' },
  { value: 'all', label: 'Everyone', caption: 'All your PAs' },
];

/** Wait this long after the last key press before searching, so each letter is not a new list. */
const DEBOUNCE_MS = 300;

function useDebounced<T>(value: T, ms: number): [T, (v: T) => void] {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return [settled, setSettled];
}

/** Every PA in one call (the core filters), so the list stays quick with many PAs. */
export function PaListPage() {
  const [typed, setTyped] = useState('');
  const [show, setShow] = useState<Show>('current');
  const [search, setSearch] = useDebounced(typed.trim(), DEBOUNCE_MS);
  const input = { search, show };
  const list = useQuery<WorkerSummary[], ApiError>({
    queryKey: queryKey('workers.list', input),
    queryFn: () => call('workers.list', input),
    placeholderData: keepPreviousData,
  });
  const shown = SHOW.find((s) => s.value === show)!;
  const rows = list.data ?? [];
  const counted = list.data
    ? search
      ? `${count(rows.length, 'PA')} found for “${search}”`
      : `${count(rows.length, 'PA')}`
    : '';

  return (
    <>
      <Flash />
      <StaticPage title="Your PAs">
        <p className="body">Your personal assistants: people who work for you, people applying, and people who have left.</p>
        <ButtonGroup>
          <ButtonLink to="/pas/new">Add a PA</ButtonLink>
          <ButtonLink to="/pas/import" variant="secondary">
            Import from a spreadsheet
          </ButtonLink>
        </ButtonGroup>

        <form
          role="search"
          aria-label="Find a PA"
          className="pa-filters"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setSearch(typed.trim());
          }}
        >
          <div className="form-group pa-filters__search">
            <label className="label" htmlFor="pa-search">
              Search by name
            </label>
            <div className="search-box">
              <input
                id="pa-search"
                className="input input--width-30"
                type="search"
                autoComplete="off"
                spellCheck={false}
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
              />
              <button type="submit" className="button button--secondary search-box__button">
                Search
              </button>
            </div>
          </div>
          <div className="form-group">
            <fieldset className="fieldset">
              <legend className="fieldset__legend">Show</legend>
              <div className="radios radios--inline">
                {SHOW.map((s) => (
                  <div className="radios__item" key={s.value}>
                    <input
                      className="radios__input"
                      id={`pa-show-${s.value}`}
                      type="radio"
                      name="show"
                      value={s.value}
                      checked={show === s.value}
                      onChange={() => setShow(s.value)}
                    />
                    <label className="label radios__label" htmlFor={`pa-show-${s.value}`}>
                      {s.label}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        </form>

        {/* Always in the page, so screen readers hear the new count after each search. */}
        <p className="body pa-count" role="status">
          {counted}
        </p>

        {list.isPending && <Loading what="Finding your PAs" />}
        {list.isError && <p className="body">{list.error.message}</p>}
        {list.data && rows.length === 0 && <Empty search={search} show={show} />}
        {rows.length > 0 && (
          <TableBox label="Your PAs, as a table">
            <table className="table pa-table">
              <caption className="table__caption">
                {shown.caption}
                {search && <> matching “{search}”</>}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Job title</th>
                  <th scope="col">Status</th>
                  <th scope="col">Started</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((w) => (
                  <tr key={w.id}>
                    <td>
                      <Link to={paPath(w.id)}>{w.fullName}</Link>
                      {w.preferredName && w.preferredName !== w.fullName && (
                        <span className="secondary-text"> (known as {w.preferredName})</span>
                      )}
                    </td>
                    <td>{w.jobTitle || <span className="secondary-text">Not given</span>}</td>
                    <td>{w.status === 'left' && w.leftOn ? `Left on ${dateInWords(w.leftOn)}` : statusWord(w)}</td>
                    <td>{w.startDate ? dateInWords(w.startDate) : <span className="secondary-text">Not started</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        )}
      </StaticPage>
    </>
  );
}

function Empty({ search, show }: { search: string; show: Show }) {
  if (search) {
    return (
      <div className="panel-quiet">
        <p className="body">No PAs match “{search}”.</p>
        <p className="body">Check the spelling, search for part of their name, or choose “Everyone” to include PAs who have left.</p>
      </div>
    );
  }
  if (show === 'left') {
    return (
      <div className="panel-quiet">
        <p className="body">Nobody has left. When a PA leaves, mark it on their page and they will be listed here.</p>
      </div>
    );
  }
  return (
    <div className="panel-quiet">
      <p className="body-l">{show === 'all' ? 'You have not added any PAs yet.' : 'Nobody works for you or is applying at the moment.'}</p>
      <p className="body">
        Start with <Link to="/pas/new">Add a PA</Link> for each person who works for you or is applying. If you keep a
        list in a spreadsheet, you can <Link to="/pas/import">import it</Link> instead.
      </p>
    </div>
  );
}
