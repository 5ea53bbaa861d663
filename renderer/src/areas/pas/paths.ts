/** A PA's page, or a part of it: paPath(id) is their Details, paPath(id, '/records') their Records tab. */
export function paPath(workerId: string, sub = ''): string {
  return `/pas/${workerId}${sub}`;
}
