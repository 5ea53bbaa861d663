import { useSaveAndGo } from '../../lib/save.js';
import type { Input, Settings } from '../../shared.js';

/**
 * What every settings page does on Save: store the change, say so, go back to Settings.
 * `onSaved` runs with the stored settings before leaving the page.
 */
export function useSaveSettings() {
  const save = useSaveAndGo('settings.update');
  return (changes: Input<'settings.update'>, onSaved?: (settings: Settings) => void) =>
    save(changes, { flash: 'Your settings have been saved', to: '/settings', onSaved });
}
