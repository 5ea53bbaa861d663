import { paPath } from '../paths.js';

/** Where the parts of a PA's contract live: "/pas/<id>/contract", "/pas/<id>/contract/edit"… */
export function contractPath(workerId: string, sub = ''): string {
  return paPath(workerId, `/contract${sub ? `/${sub}` : ''}`);
}
