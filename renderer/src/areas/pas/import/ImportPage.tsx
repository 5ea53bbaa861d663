import { useState } from 'react';
import { ApiError } from '../../../lib/api.js';
import { count } from '../../../lib/format.js';
import { useApiMutation } from '../../../lib/queries.js';
import { useSaveAndGo } from '../../../lib/save.js';
import { MAX_IMPORT_CHARS, type ImportPreview } from '../../../shared.js';
import type { ChosenFile } from './chosen-file.js';
import { ChooseFile } from './ChooseFile.js';
import { PreviewImport } from './PreviewImport.js';

/**
 * Import PAs from a CSV file, in two steps on one route: choose the file, then check what
 * Carebook found before anything is written. Each step has its own h1, which takes focus.
 */
export function ImportPage() {
  const [chosen, setChosen] = useState<{ file: ChosenFile; preview: ImportPreview } | null>(null);
  const preview = useApiMutation('workers.importPreview');
  const importAll = useSaveAndGo('workers.import');

  if (!chosen) {
    return (
      <ChooseFile
        onChosen={async (file) => {
          if (file.csv.length > MAX_IMPORT_CHARS) {
            throw new ApiError('invalid_input', 'The file is too big. Split it into files of fewer than 5,000 rows', {
              csv: 'The file is too big. Split it into files of fewer than 5,000 rows',
            });
          }
          const p = await preview.mutateAsync({ csv: file.csv });
          setChosen({ file, preview: p });
        }}
      />
    );
  }
  return (
    <PreviewImport
      file={chosen.file}
      preview={chosen.preview}
      onBack={() => setChosen(null)}
      onImport={() =>
        importAll({ csv: chosen.file.csv }, { flash: (done) => `${count(done.imported, 'PA')} imported`, to: '/pas' })
      }
    />
  );
}
