import Papa from 'papaparse';
import { ASC_WDS_CODES as C, JOB_ROLE_CODES, TRAINING_CATEGORIES, TRAINING_HEADERS, WORKER_HEADERS } from '../../shared/reference/training-asc-wds.js';
import { addDaysIso, addMonthsIso } from '../../shared/dates.js';
import { isRealIsoDate } from '../../shared/api/index.js';

/**
 * ASC-WDS's bulk-upload checks on the columns Carebook writes (REFERENCE §6.4, §6.5: the
 * header row compared whole, code lists, DD/MM/YYYY dates, lengths, VALIDITY against
 * EXPIRYDATE), run on a file as written, so a file Carebook makes can be checked the way
 * ASC-WDS will check it. Returns what is wrong, by line and column; empty when the file passes.
 */

const toIso = (d: string) => {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(d);
  return m && isRealIsoDate(`${m[3]}-${m[2]}-${m[1]}`) ? `${m[3]}-${m[2]}-${m[1]}` : null;
};

function parse(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

export function trainingFileErrors(csv: string): string[] {
  const [header, ...rows] = parse(csv);
  const errors: string[] = [];
  if ((header ?? []).join(',') !== TRAINING_HEADERS.join(',')) return ['The header row is not the one ASC-WDS expects'];
  rows.forEach((row, i) => {
    const line = i + 2;
    const at = (column: (typeof TRAINING_HEADERS)[number]) => row[TRAINING_HEADERS.indexOf(column)] ?? '';
    const bad = (column: string, what: string) => errors.push(`Line ${line}, ${column}: ${what}`);
    if (row.length !== TRAINING_HEADERS.length) bad('row', 'wrong number of columns');
    if (!at('LOCALESTID') || at('LOCALESTID').length > C.maxLength.id) bad('LOCALESTID', 'missing or too long');
    if (!at('UNIQUEWORKERID') || at('UNIQUEWORKERID').length > C.maxLength.id) bad('UNIQUEWORKERID', 'missing or too long');
    if (TRAINING_CATEGORIES[Number(at('CATEGORY'))] === undefined) bad('CATEGORY', 'not a training category');
    if (at('TRAININGNAME').length > C.maxLength.trainingName) bad('TRAININGNAME', 'too long');
    if (!['0', '1', '999'].includes(at('ACCREDITED'))) bad('ACCREDITED', 'not 1, 0 or 999');
    if (!['1', '2'].includes(at('WHODELIVERED'))) bad('WHODELIVERED', 'not 1 or 2');
    if (!['1', '2'].includes(at('HOWDELIVERED'))) bad('HOWDELIVERED', 'not 1 or 2');
    const done = toIso(at('DATECOMPLETED'));
    if (!done) bad('DATECOMPLETED', 'not a DD/MM/YYYY date');
    const expiry = at('EXPIRYDATE') === '' ? '' : toIso(at('EXPIRYDATE'));
    if (expiry === null) bad('EXPIRYDATE', 'not a DD/MM/YYYY date');
    const validity = at('VALIDITY');
    if (validity !== '' && validity !== C.validity.none) {
      const months = Number(validity);
      if (!Number.isInteger(months) || months < 1 || months > C.validity.maxMonths) bad('VALIDITY', 'not "none" or 1 to 999 months');
      else if (done && expiry !== addDaysIso(addMonthsIso(done, months), -1)) bad('EXPIRYDATE', 'does not match VALIDITY');
    }
    if (at('NOTES').length > C.maxLength.notes) bad('NOTES', 'too long');
  });
  return errors;
}

export function workerFileErrors(csv: string): string[] {
  const [header, ...rows] = parse(csv);
  const errors: string[] = [];
  if (!header || header.slice(0, WORKER_HEADERS.length).join(',') !== WORKER_HEADERS.join(',')) return ['The header row is not the one ASC-WDS expects'];
  rows.forEach((row, i) => {
    const line = i + 2;
    const at = (column: string) => row[header.indexOf(column)] ?? '';
    const bad = (column: string, what: string) => errors.push(`Line ${line}, ${column}: ${what}`);
    if (row.length !== header.length) bad('row', 'wrong number of columns');
    for (const id of ['LOCALESTID', 'UNIQUEWORKERID', 'DISPLAYID']) if (!at(id) || at(id).length > C.maxLength.id) bad(id, 'missing or too long');
    if (!['NEW', 'UPDATE'].includes(at('STATUS'))) bad('STATUS', 'not NEW or UPDATE');
    if (at('NINUMBER') && !/^[A-Z]{2}\d{6}[A-Z]?$/.test(at('NINUMBER'))) bad('NINUMBER', 'not 2 letters and 6 numbers');
    if (at('POSTCODE') && !/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/.test(at('POSTCODE'))) bad('POSTCODE', 'not a UK postcode');
    if (!toIso(at('DOB'))) bad('DOB', 'not a DD/MM/YYYY date');
    if (!toIso(at('STARTDATE'))) bad('STARTDATE', 'not a DD/MM/YYYY date');
    if (!['1', '2', '3'].includes(at('CARECERT'))) bad('CARECERT', 'not 1, 2 or 3');
    if (!/^(1;20(2[4-9]|[3-9]\d)|2|3)$/.test(at('L2CARECERT'))) bad('L2CARECERT', 'not 1;year, 2 or 3');
    if (!JOB_ROLE_CODES.includes(Number(at('MAINJOBROLE')))) bad('MAINJOBROLE', 'not a job role code');
    for (const q of ['SCQUAL', 'NONSCQUAL']) if (at(q) && !/^(1;\d|2|999)$/.test(at(q))) bad(q, 'not 1;level, 2 or 999');
    header.forEach((h, j) => {
      if (/^QUALACH\d{2}$/.test(h) && row[j] && !/^\d{1,3};\d{4}$/.test(row[j]!)) bad(h, 'not code;year');
      if (/^QUALACH\d{2}NOTES$/.test(h) && (row[j] ?? '').length > C.maxLength.qualificationNotes) bad(h, 'too long');
    });
  });
  return errors;
}
