import { callName } from '../../shared.js';
import { usePa, usePaTabs } from '../pas/index.js';
import { HistoryView } from './HistoryView.js';

/** A PA's History tab: every change to their records, newest first; filtered by the other tabs. */
export function HistorySection() {
  const w = usePa();
  const tabs = usePaTabs();
  const name = callName(w);
  return (
    <>
      <h2 className="heading-m">History</h2>
      <p className="body">Every change saved to {name}&rsquo;s records, newest first.</p>
      <HistoryView
        page={w.id}
        workerId={w.id}
        // The PA's own tabs, named as they are above, where the core keeps lines for them.
        choices={(areas) =>
          tabs.flatMap((t) => (t.historyArea && areas.some((a) => a.area === t.historyArea) ? [{ area: t.historyArea, label: t.label }] : []))
        }
        everything="All their records"
        showPa={false}
        headingLevel="h3"
        empty={(label) =>
          label ? (
            <p className="body">There are no changes to {name}&rsquo;s {label.toLowerCase()} yet.</p>
          ) : (
            <p className="body">
              There are no changes to {name}&rsquo;s records yet. Carebook keeps a line here each time one is saved.
            </p>
          )
        }
      />
    </>
  );
}
