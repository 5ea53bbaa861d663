import { memo, useState } from 'react';
import { ApiError, call } from '../../lib/api.js';
import { downloadBytes, downloadText } from '../../lib/download.js';
import { count, dateInWords } from '../../lib/format.js';
import { useFirstThenAll } from '../../lib/first-then-all.js';
import { useApiQuery } from '../../lib/queries.js';
import { Link } from '../../lib/router/index.js';
import { STATUS_WORDS, TRAINING_STATUSES, type Input, type TrainingMatrix, type TrainingStatus } from '../../shared.js';
import { ErrorSummary, Flash, Loading, Select, StaticPage } from '../../ui/index.js';
import { planItPath, trainingTab } from './paths.js';
import { TrainingNav } from './TrainingNav.js';
import { StatusTag } from './StatusTag.js';
import './training.css';

/**
 * Who needs what, at a glance: a row per PA, a column per topic, each cell's status in words and
 * a symbol. The table scrolls in its own box so the topic and PA headers stay in view; each
 * cell's accessible name says the PA, the topic and the status, as a screen reader reads it.
 */
export function MatrixPage() {
  const [filter, setFilter] = useState<{ workerId: string; topicId: string; status: string; show: 'current' | 'all' }>({ workerId: '', topicId: '', status: '', show: 'current' });
  const input: Input<'training.matrix'> = {
    show: filter.show,
    ...(filter.workerId ? { workerId: filter.workerId } : {}),
    ...(filter.topicId ? { topicId: filter.topicId } : {}),
    ...(filter.status ? { status: filter.status as TrainingStatus } : {}),
  };
  const all = useApiQuery('training.matrix', { show: filter.show });
  const matrix = useApiQuery('training.matrix', input);
  const [problem, setProblem] = useState<string | null>(null);
  const download = async (kind: 'csv' | 'pdf') => {
    setProblem(null);
    try {
      if (kind === 'csv') {
        const { fileName, csv } = await call('training.matrixCsv', input);
        downloadText(fileName, csv);
      } else {
        const { fileName, pdfBase64 } = await call('training.matrixPdf', input);
        downloadBytes(fileName, pdfBase64, 'application/pdf');
      }
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : 'Carebook could not make the file. Try again.');
    }
  };
  const set = (key: keyof typeof filter) => (e: { target: { value: string } }) => setFilter((f) => ({ ...f, [key]: e.target.value }));
  return (
    <>
      <Flash />
      <StaticPage title="Training matrix" heading="Training">
        <TrainingNav current="/training" />
        <ErrorSummary items={problem ? [{ message: problem }] : []} />
        <h2 className="heading-m">Training matrix</h2>
        <p className="body">
          Each PA’s status in each topic they need. {matrix.data && `“Due soon” means it runs out within ${matrix.data.dueWithinDays} days.`}
        </p>
        <form className="training-filters" aria-label="Show only" onSubmit={(e) => e.preventDefault()}>
          <Select
            name="filter-pa"
            label="PA"
            value={filter.workerId}
            onChange={set('workerId')}
            options={[{ value: '', label: 'Every PA' }, ...(all.data?.pas ?? []).map((p) => ({ value: p.id, label: p.name }))]}
          />
          <Select
            name="filter-topic"
            label="Topic"
            value={filter.topicId}
            onChange={set('topicId')}
            options={[{ value: '', label: 'Every topic' }, ...(all.data?.topics ?? []).map((t) => ({ value: t.id, label: t.name }))]}
          />
          <Select
            name="filter-status"
            label="Status"
            value={filter.status}
            onChange={set('status')}
            options={[{ value: '', label: 'Any status' }, ...TRAINING_STATUSES.map((s) => ({ value: s, label: STATUS_WORDS[s].words }))]}
          />
          <Select
            name="filter-show"
            label="Which PAs"
            value={filter.show}
            onChange={set('show')}
            options={[
              { value: 'current', label: 'Working for you now' },
              { value: 'all', label: 'Everyone, including those who left' },
            ]}
          />
        </form>
        <ul className="list training-downloads">
          <li>
            <button type="button" className="link-button" onClick={() => void download('csv')}>
              Download the matrix as a spreadsheet (CSV)
            </button>
          </li>
          <li>
            <button type="button" className="link-button" onClick={() => void download('pdf')}>
              Download the matrix as a PDF to print
            </button>
          </li>
        </ul>
        {matrix.isPending && <Loading what="Loading the matrix" />}
        {matrix.isError && <p className="body">{matrix.error.message}</p>}
        {matrix.data && <Matrix m={matrix.data} />}
      </StaticPage>
    </>
  );
}

function cellName(pa: string, topic: string, status: TrainingStatus, expiresOn: string) {
  const when = expiresOn ? (status === 'expired' ? `, ran out ${dateInWords(expiresOn)}` : `, runs out ${dateInWords(expiresOn)}`) : '';
  return `${pa}, ${topic}: ${STATUS_WORDS[status].words}${when}`;
}

/** Rows drawn with the page (useFirstThenAll): the matrix box shows about five. The rest a moment later. */
const FIRST_ROWS = 5;

function Matrix({ m }: { m: TrainingMatrix }) {
  const pas = useFirstThenAll(m.pas, FIRST_ROWS);
  if (m.pas.length === 0 || m.topics.length === 0) return <p className="body">Nothing to show with these choices.</p>;
  const caption = `${count(m.pas.length, 'PA')} by ${count(m.topics.length, 'topic')}, on ${dateInWords(m.today)}`;
  return (
    // A table box of its own (see TableBox): it scrolls both ways, so its headers can stay in view.
    <div className="table-box training-matrix" role="region" aria-label={`Training matrix, ${caption}`} tabIndex={0}>
      <table>
        <caption id="matrix-caption" className="table__caption table__caption--s">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">PA</th>
            {m.topics.map((t) => (
              <th key={t.id} scope="col">
                {t.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {pas.map((pa, i) => (
            <MatrixRow key={pa.id} pa={pa} cells={m.cells[i]!} topics={m.topics} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One PA's row; memo, so the background render of every row reuses the first rows as drawn. */
const MatrixRow = memo(function MatrixRow({ pa, cells, topics }: { pa: TrainingMatrix['pas'][number]; cells: TrainingMatrix['cells'][number]; topics: TrainingMatrix['topics'] }) {
  return (
    <tr>
      <th scope="row">
        <Link to={trainingTab(pa.id)}>{pa.name}</Link>
      </th>
      {cells.map((c, j) => {
        const topic = topics[j]!;
        return (
          <td key={topic.id} aria-label={cellName(pa.name, topic.name, c.status, c.expiresOn)}>
            {/* Laid out only near the screen (content-visibility in training.css): most of a large matrix is scrolled out of view. */}
            <div className="training-matrix__cell">
              <StatusTag status={c.status} />
              {c.expiresOn && c.status !== 'not-required' && <span className="training-matrix__date">{dateInWords(c.expiresOn)}</span>}
              {(c.status === 'expired' || c.status === 'missing') && (
                <Link to={planItPath(pa.id, topic.id)}>
                  Plan it<span className="visually-hidden">: {pa.name}, {topic.name}</span>
                </Link>
              )}
            </div>
          </td>
        );
      })}
    </tr>
  );
});
