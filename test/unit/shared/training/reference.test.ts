import { expect, test } from 'vitest';
import { valueOn } from '../../../../electron/shared/reference/dated.js';
import { TRAINING_CATEGORIES, TRAINING_HEADERS, WORKER_HEADERS } from '../../../../electron/shared/reference/training-asc-wds.js';
import { CARE_CERTIFICATE, careCertificateStandards } from '../../../../electron/shared/reference/training-care-certificate.js';
import { QUALIFICATIONS } from '../../../../electron/shared/reference/training-qualifications.js';
import { TRAINING_TOPICS } from '../../../../electron/shared/reference/training-topics.js';

const topics = valueOn(TRAINING_TOPICS, '2026-12-02')!;

test('ASC-WDS has 48 training categories; 3, 4 and 24 are unused (REFERENCE §6.2)', () => {
  expect(Object.keys(TRAINING_CATEGORIES)).toHaveLength(48);
  for (const unused of [3, 4, 24]) expect(TRAINING_CATEGORIES[unused]).toBeUndefined();
});

test('every topic maps to a real ASC-WDS category, has a source, and a unique id', () => {
  for (const t of topics) {
    expect(TRAINING_CATEGORIES[t.category], t.id).toBeDefined();
    expect(t.source.length, t.id).toBeGreaterThan(10);
  }
  expect(new Set(topics.map((t) => t.id)).size).toBe(topics.length);
});

test.each([
  ['fire-safety', 6, 12],
  ['moving-people', 15, 12],
  ['safeguarding-adults', 20, 12],
  ['infection-control', 10, 36],
  ['food-hygiene', 8, 36],
  ['emergency-first-aid', 7, 36],
  ['oliver-mcgowan-elearning', 41, null],
  ['oliver-mcgowan-tier-1', 42, null],
  ['oliver-mcgowan-tier-2', 43, null],
  ['challenging-behaviour', 19, null],
  ['cultural-language-awareness', 23, null],
  ['raising-safeguarding-concern', 20, null],
])('%s: category %s, every %s months', (id, category, months) =>
  expect(topics.find((t) => t.id === id)).toMatchObject({ category, intervalMonths: months }),
);

test('the Care Certificate: 15 standards in 2015, 16 from March 2025 with learning disability and autism last', () => {
  expect(careCertificateStandards('2015')).toHaveLength(15);
  const current = careCertificateStandards('2025');
  expect(current).toHaveLength(16);
  expect(current[15]!.title).toBe('Awareness of learning disability and autism');
  expect(current[8]!.title).toBe('Awareness of mental health and dementia');
  expect(valueOn(CARE_CERTIFICATE, '2026-12-02')!.version).toBe('2025');
});

test('the Level 2 Adult Social Care Certificate is ASC-WDS qualification 158', () =>
  expect(QUALIFICATIONS.find((q) => q.id === 'l2-asc-certificate')).toMatchObject({ code: 158, level: 2 }));

test('the header rows are the specification, character for character (REFERENCE §6.4, §6.5)', () => {
  expect(TRAINING_HEADERS.join(',')).toBe(
    'LOCALESTID,UNIQUEWORKERID,CATEGORY,TRAININGNAME,ACCREDITED,WHODELIVERED,PROVIDERNAME,HOWDELIVERED,VALIDITY,DATECOMPLETED,EXPIRYDATE,NOTES',
  );
  expect(WORKER_HEADERS.join(', ')).toBe(
    'LOCALESTID, UNIQUEWORKERID, STATUS, DISPLAYID, NINUMBER, POSTCODE, DOB, GENDER, ETHNICITY, NATIONALITY, BRITISHCITIZENSHIP, COUNTRYOFBIRTH, YEAROFENTRY, DISABLED, CARECERT, L2CARECERT, RECSOURCE, HANDCVISA, INOUTUK, STARTDATE, STARTINSECT, DHA, APPRENTICE, EMPLSTATUS, ZEROHRCONT, DAYSSICK, SALARYINT, SALARY, HOURLYRATE, MAINJOBROLE, MAINJRDESC, CONTHOURS, AVGHOURS, NMCREG, AMHP, SCQUAL, NONSCQUAL, CWPCATEGORY, QUALACH01, QUALACH01NOTES, QUALACH02, QUALACH02NOTES, QUALACH03, QUALACH03NOTES',
  );
});
