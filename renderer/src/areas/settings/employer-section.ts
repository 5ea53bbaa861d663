import { useState } from 'react';
import { isApiError } from '../../lib/api.js';
import type { ErrorItem } from '../../lib/forms.js';
import { useSaveAndGo } from '../../lib/save.js';
import type { Input } from '../../shared.js';

// Shared by the three employer sections (insurance, payroll and pension, direct payments).

/**
 * What a section's FormPage does: save the section, say so, and go back to Settings; when the
 * core refuses because "About you" has not been saved yet, say so with a link to it.
 */
export function useEmployerSection<M extends 'employer.updateInsurance' | 'employer.updatePayroll' | 'employer.updateFunding'>(method: M) {
  const save = useSaveAndGo(method);
  const [extraErrors, setExtraErrors] = useState<ErrorItem[]>([]);
  return {
    onSubmit: (values: Input<M>) => save(values, { flash: 'Your employer details have been saved', to: '/settings' }),
    onError: (e: unknown) => {
      if (!isApiError(e, 'not_found')) return false;
      setExtraErrors([{ message: e.message, to: '/settings/employer' }]);
      return true;
    },
    extraErrors,
  };
}
