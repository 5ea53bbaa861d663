import type { Input, Settings } from '../../shared.js';
import { navigate } from '../../lib/router/index.js';
import { setFlash } from '../../lib/flash.js';
import { useApiMutation } from '../../lib/queries.js';

/**
 * What every settings page does on Save: store the change, say so, go back to Settings.
 * `onSaved` runs with the stored settings before leaving the page.
 */
export function useSaveSettings() {
  const save = useApiMutation('settings.update');
  return async (changes: Input<'settings.update'>, onSaved?: (settings: Settings) => void) => {
    const settings = await save.mutateAsync(changes);
    onSaved?.(settings);
    setFlash('Your settings have been saved');
    navigate('/settings');
  };
}
