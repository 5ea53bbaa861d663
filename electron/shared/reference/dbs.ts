import type { Dated } from './dated.js';

/**
 * A DBS certificate's number: 12 digits, printed at the top right of the certificate (the
 * employer records it for Update Service status checks). From DBS's own help pages, looked up
 * with the search tool on 2026-12-01 (not in REFERENCE.md): "the certificate's 12-digit
 * reference number". DBS took over from the CRB on 1 December 2012; older certificates are
 * not checked for this shape.
 */
export const DBS_CERTIFICATE_NUMBER_DIGITS: readonly Dated<number>[] = [
  {
    from: '2012-12-01',
    value: 12,
    source: 'DBS online help, "How do I let an organisation carry out a status check on my DBS certificate?" (onlinehelp.dbs.gov.uk, article qed00186)',
  },
];
