/** Where the parts of a PA's contract live: "/pas/<id>/contract", "/pas/<id>/contract/edit"… */
export function contractPath(workerId: string, sub = ''): string {
  return `/pas/${workerId}/contract${sub ? `/${sub}` : ''}`;
}
