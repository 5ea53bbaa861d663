import { StaticPage } from '../../ui/index.js';
import { HistoryView } from './HistoryView.js';

/** Every change made to the book, newest first, each naming the PA it is about. */
export function HistoryPage() {
  return (
    <StaticPage title="History">
      <p className="body">
        Every change saved in your book, newest first: what changed, when, and who it is about. A PA&rsquo;s own page
        has a History tab with only their changes.
      </p>
      <p className="body">
        When you delete a PA, or records you no longer need to keep, their lines are deleted too. The history then
        keeps only that the deletion happened.
      </p>
      <HistoryView
        page="book"
        choices={(areas) => areas}
        everything="Every part of your book"
        showPa
        headingLevel="h2"
        empty={(label) =>
          label ? (
            <p className="body">There are no changes to {label} in your book yet.</p>
          ) : (
            <p className="body">
              There are no changes yet. From now on, Carebook keeps a line here each time a change is saved.
            </p>
          )
        }
      />
    </StaticPage>
  );
}
