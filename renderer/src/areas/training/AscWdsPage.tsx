import { useState } from 'react';
import { ApiError, call } from '../../lib/api.js';
import { downloadText } from '../../lib/download.js';
import { useApiQuery } from '../../lib/queries.js';
import { Link } from '../../lib/router/index.js';
import { ErrorSummary, Loading, StaticPage } from '../../ui/index.js';
import { TrainingNav } from './TrainingNav.js';

/**
 * The ASC-WDS bulk-upload files, for agencies: checked first with ASC-WDS's own rules on the
 * fields Carebook holds; each problem names the PA and the field and links to where it is fixed.
 */
export function AscWdsPage() {
  const check = useApiQuery('training.ascWdsCheck', {});
  const [firstUpload, setFirstUpload] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const download = async (file: 'worker' | 'training') => {
    setProblem(null);
    try {
      const { fileName, csv } = await call('training.ascWdsExport', { file, firstUpload });
      downloadText(fileName, csv);
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : 'Carebook could not make the file. Try again.');
    }
  };
  const problems = check.data?.problems ?? [];
  return (
    <StaticPage title="ASC-WDS files" heading="Training">
      <TrainingNav current="/training/asc-wds" />
      <ErrorSummary items={problem ? [{ message: problem }] : []} />
      <h2 className="heading-m">ASC-WDS files</h2>
      <p className="body">
        For care agencies: if you employ your own PAs, you do not need these files. The Adult Social Care Workforce Data Set takes a worker file and a training file. Carebook writes both in the exact
        layout ASC-WDS checks, with the fields it holds. Upload them in ASC-WDS under bulk upload. Your workplace ID and
        how soon training counts as due are in <Link to="/training/settings">training settings</Link>.
      </p>
      {check.isPending && <Loading what="Checking your PAs’ records" />}
      {check.data && problems.length > 0 && (
        <div className="error-summary" role="alert" aria-labelledby="asc-wds-problems">
          <h3 className="error-summary__title" id="asc-wds-problems">
            Fix {problems.length === 1 ? 'this' : `these ${problems.length} things`} before ASC-WDS will take the files
          </h3>
          <ul className="list error-summary__list">
            {problems.map((p) => (
              <li key={`${p.workerId} ${p.column} ${p.field}`}>
                <Link to={p.to}>
                  {p.workerName ? `${p.workerName}: ` : ''}
                  {p.field}. {p.message}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {check.data && problems.length === 0 && (
        <p className="body">
          Ready: {check.data.workers} PAs and {check.data.trainingRows} training records.
        </p>
      )}
      <div className="checkboxes__item">
        <input className="checkboxes__input" id="first-upload" type="checkbox" checked={firstUpload} onChange={(e) => setFirstUpload(e.target.checked)} />
        <label className="label checkboxes__label" htmlFor="first-upload">
          ASC-WDS does not have these PAs yet (mark them as new)
        </label>
      </div>
      <ul className="list">
        <li>
          <button type="button" className="link-button" onClick={() => void download('worker')}>
            Download the worker file (CSV)
          </button>
        </li>
        <li>
          <button type="button" className="link-button" onClick={() => void download('training')}>
            Download the training file (CSV)
          </button>
        </li>
      </ul>
    </StaticPage>
  );
}
