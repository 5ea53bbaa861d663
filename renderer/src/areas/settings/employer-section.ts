import { useState } from 'react';
import { navigate } from '../../lib/router/index.js';
import { isApiError } from '../../lib/api.js';
import { setFlash } from '../../lib/flash.js';
import type { ErrorItem } from '../../lib/forms.js';
import { useApiMutation } from '../../lib/queries.js';

// Shared by the three employer sections (insurance, payroll and pension, direct payments).

/** Shown when the core refuses because "About you" has not been saved yet. */
export function useNeedsAboutYou(): [ErrorItem[], (e: unknown) => boolean] {
  const [extra, setExtra] = useState<ErrorItem[]>([]);
  const onError = (e: unknown) => {
    if (!isApiError(e, 'not_found')) return false;
    setExtra([{ message: e.message, to: '/settings/employer' }]);
    return true;
  };
  return [extra, onError];
}

/** Save one section of the employer profile, say so, and go back to Settings. */
export function useSaveEmployerSection(method: 'employer.updateInsurance' | 'employer.updatePayroll' | 'employer.updateFunding') {
  const save = useApiMutation(method);
  return async (values: Parameters<typeof save.mutateAsync>[0]) => {
    await save.mutateAsync(values as never);
    setFlash('Your employer details have been saved');
    navigate('/settings');
  };
}
