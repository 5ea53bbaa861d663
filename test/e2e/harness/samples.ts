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
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
