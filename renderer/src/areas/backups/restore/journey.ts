import { createJourney } from '../../../lib/journey.js';
import type { BookStatus } from '../../../shared.js';

/** What the restore pages have gathered so far. Secrets stay in memory only, and only until restored. */
export const restoreJourney = createJourney<{
  file: string;
  /** Where Back goes from the first restore question: the list of backups, or the file page. */
  startedFrom: '/backups' | '/restore';
  into: string;
  how: 'passphrase' | 'recoveryCode' | undefined;
  passphrase: string;
  recoveryCode: string;
  restored: BookStatus | null;
}>({ file: '', startedFrom: '/restore', into: '', how: undefined, passphrase: '', recoveryCode: '', restored: null });
