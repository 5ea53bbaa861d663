import { useEffect, useRef } from 'react';
import { applyTextSize, rememberTextSize } from '../../lib/text-size.js';
import { useZodForm } from '../../lib/forms.js';
import { useApiQuery } from '../../lib/queries.js';
import { useSaveSettings } from './save-settings.js';
import { settingsSchema, type Settings, type TextSize } from '../../shared.js';
import { Button, FormPage, Loading, PageHeading, Radios } from '../../ui/index.js';

const schema = settingsSchema.pick({ textSize: true });
const LABELS: Record<TextSize, string> = { standard: 'Standard', large: 'Large', larger: 'Larger', largest: 'Largest' };

export function TextSizePage() {
  const settings = useApiQuery('settings.get', {});
  if (!settings.data) return <Loading />;
  return <TextSizeForm settings={settings.data} />;
}

function TextSizeForm({ settings }: { settings: Settings }) {
  const save = useSaveSettings();
  const form = useZodForm(schema, { textSize: settings.textSize });
  const chosen = form.watch('textSize');

  const saved = useRef(settings.textSize);

  // Show the size as soon as it is chosen; go back to the saved size if the person leaves without saving.
  useEffect(() => {
    if (chosen) applyTextSize(chosen);
  }, [chosen]);
  useEffect(() => () => applyTextSize(saved.current), []);

  return (
    <FormPage
      title="Text size"
      back="/settings"
      form={form}
      onSubmit={(v) =>
        save(v, (stored) => {
          saved.current = stored.textSize;
          rememberTextSize(stored.textSize);
        })
      }
    >
      <Radios
        legendIsHeading
        legend={<PageHeading>What size text do you want?</PageHeading>}
        hint="The text changes as soon as you choose, so you can try each size. Your computer's own text size still counts."
        field={form.register('textSize')}
        value={chosen}
        error={form.formState.errors.textSize?.message}
        options={(Object.keys(LABELS) as TextSize[]).map((s) => ({ value: s, label: LABELS[s] }))}
      />
      <Button>Save</Button>
    </FormPage>
  );
}

export const textSizeLabel = (s: TextSize) => LABELS[s];
