import { createContext, useContext } from 'react';
import type { PaTab } from '../../lib/area.js';
import type { Worker } from '../../shared.js';

/** The PA whose page this is, loaded once by PaLayout for every page under "/pas/:id". */
export const PaContext = createContext<Worker | null>(null);

export function usePa(): Worker {
  const w = useContext(PaContext);
  if (!w) throw new Error('usePa() is only for pages under /pas/:id (inside PaLayout)');
  return w;
}

/** The tabs of a PA's page, in order, for a section that needs to know them (History's filter). */
export const PaTabsContext = createContext<readonly PaTab[]>([]);

export function usePaTabs(): readonly PaTab[] {
  return useContext(PaTabsContext);
}
