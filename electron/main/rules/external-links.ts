/**
 * Sites the app may open in the system browser. Everything else is refused: a link in a
 * note typed by someone else must not become a way to phish the employer.
 */
export const EXTERNAL_HOSTS: ReadonlySet<string> = new Set([
  'www.gov.uk',
  'www.skillsforcare.org.uk',
  'www.livingwage.org.uk',
  'www.ageuk.org.uk',
  'www.acas.org.uk',
  'www.hse.gov.uk',
  'www.cqc.org.uk',
]);

/** True only for https://<allowlisted host>/… with no credentials and the default port. */
export function isAllowedExternalUrl(raw: unknown, hosts: ReadonlySet<string> = EXTERNAL_HOSTS): boolean {
  if (typeof raw !== 'string' || raw.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    hosts.has(url.hostname)
  );
}
