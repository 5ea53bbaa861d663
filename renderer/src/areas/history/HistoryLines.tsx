import { useEffect, useRef } from 'react';
import { dateTimeInWords } from '../../lib/format.js';
import { Link } from '../../lib/router/index.js';
import type { HistoryLine } from '../../shared.js';
import { paPath } from '../pas/index.js';
import { ChangeList } from './ChangeList.js';

const lineId = (l: HistoryLine) => `history-line-${l.id}`;

/**
 * The lines, newest first, each with what happened as its heading, then when and in which
 * part of the book, then the fields it changed. `showPa` names the PA each line is about (the
 * whole book's page), linking to their page. When older lines arrive, focus moves to the
 * first of them, so the next Tab carries on from where the list grew.
 */
export function HistoryLines({ lines, showPa, headingLevel }: { lines: HistoryLine[]; showPa: boolean; headingLevel: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  const shown = useRef(lines.length);
  useEffect(() => {
    const first = lines[shown.current];
    if (first && lines.length > shown.current) document.getElementById(lineId(first))?.focus();
    shown.current = lines.length;
  }, [lines]);
  return (
    <ol className="history-lines">
      {lines.map((l) => (
        <li key={l.id} id={lineId(l)} className="history-line" tabIndex={-1}>
          <Heading className="heading-s history-line__summary">{l.summary}</Heading>
          <p className="body history-line__meta">
            <time dateTime={l.at}>{dateTimeInWords(l.at)}</time>
            <span aria-hidden="true"> · </span>
            <span className="visually-hidden">, </span>
            {l.areaLabel}
          </p>
          {showPa && l.workerId && (
            <p className="body history-line__meta">
              About <Link to={paPath(l.workerId)}>{l.workerName}</Link>
            </p>
          )}
          <ChangeList changes={l.changes} />
        </li>
      ))}
    </ol>
  );
}
