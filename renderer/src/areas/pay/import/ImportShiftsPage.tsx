import { useState } from 'react';
import { count } from '../../../lib/format.js';
import { useApiMutation } from '../../../lib/queries.js';
import { useSaveAndGo } from '../../../lib/save.js';
import type { ShiftImportPreview } from '../../../shared.js';
import { usePa } from '../../pas/index.js';
import { showHoursMonth } from '../hours-month.js';
import { ChooseTimesheet, type ChosenTimesheet } from './ChooseTimesheet.js';
import { PreviewShifts } from './PreviewShifts.js';

/**
 * Import a PA's shifts from a timesheet CSV, in two steps on one route: choose the file, then
 * check what Carebook found in each row before anything is added. Each step has its own h1,
 * which takes focus. The import sends the preview's `checked` back: if the file or their hours
 * changed in between, the core adds nothing and says so.
 */
export function ImportShiftsPage() {
  const pa = usePa();
  const back = `/pas/${pa.id}/hours`;
  const [chosen, setChosen] = useState<{ file: ChosenTimesheet; preview: ShiftImportPreview } | null>(null);
  const preview = useApiMutation('pay.importShiftsPreview');
  const importAll = useSaveAndGo('pay.importShifts');

  if (!chosen) {
    return (
      <ChooseTimesheet
        name={pa.fullName}
        back={back}
        onChosen={async (file) => setChosen({ file, preview: await preview.mutateAsync({ workerId: pa.id, csv: file.csv }) })}
      />
    );
  }
  const first = chosen.preview.rows.find((r) => r.outcome === 'add')?.date;
  return (
    <PreviewShifts
      here={`${back}/import`}
      file={chosen.file}
      preview={chosen.preview}
      onBack={() => setChosen(null)}
      onImport={() =>
        importAll(
          { workerId: pa.id, csv: chosen.file.csv, checked: chosen.preview.checked },
          {
            flash: (done) => `${count(done.added, 'shift')} added from the spreadsheet`,
            to: back,
            // The Hours tab opens on the month of the first shift added, so they are there to see.
            onSaved: () => (first ? showHoursMonth(`${first.slice(0, 7)}-01`) : undefined),
          },
        )
      }
    />
  );
}
