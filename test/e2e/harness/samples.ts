import { onePagePdf } from '../../../electron/core/pdf/one-page-pdf.js';
/**
 * Made-up things the specs share: an employer's "About you", and the smallest valid PDF to
 * attach as a document.
 */

export const SAMPLE_EMPLOYER = {
  kind: 'individual',
  name: 'Sam Taylor',
  actingFor: '',
  addressLine1: '12 Elm Road',
  addressLine2: '',
  town: 'Leeds',
  postcode: 'LS6 2AB',
  phone: '',
  email: '',
} as const;

/** The smallest valid PDF: one empty page, with a correct cross-reference table. */
export function tinyPdf(): Buffer {
  return onePagePdf();
}
