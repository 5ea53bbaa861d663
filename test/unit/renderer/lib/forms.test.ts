import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { dbsSchema, interviewSchema, type DbsCheck } from '../../../../electron/shared/api/index.js';
import { savedValues } from '../../../../renderer/src/lib/forms.js';

const workerId = '00000000-0000-4000-8000-000000000001';

describe('a form starts from a saved record', () => {
  const saved: DbsCheck = {
    id: '00000000-0000-4000-8000-000000000002',
    workerId: '00000000-0000-4000-8000-0000000000ff',
    level: 'enhanced',
    adultsBarredList: true,
    childrenBarredList: false,
    certificateNumber: '001234567890',
    issuedOn: '2026-03-03',
    updateServiceJoinedOn: '',
    statusCheckConsent: true,
    disclosureNote: '',
    // Worked out by the core, not asked by the form:
    joinUpdateServiceBy: '2026-04-02',
    statusChecks: [],
  };

  test('it takes exactly the fields the schema asks for, then the fixed ones on top', () => {
    expect(savedValues(dbsSchema, saved, { workerId })).toEqual({
      id: saved.id,
      workerId,
      level: 'enhanced',
      adultsBarredList: true,
      childrenBarredList: false,
      certificateNumber: '001234567890',
      issuedOn: '2026-03-03',
      updateServiceJoinedOn: '',
      statusCheckConsent: true,
      disclosureNote: '',
    });
  });

  test('the values it gives pass the schema they came from', () => {
    expect(dbsSchema.safeParse(savedValues(dbsSchema, saved, { workerId })).success).toBe(true);
  });

  test('a new record starts from the blanks given, with no id', () => {
    const blank = savedValues(interviewSchema, { heldOn: '', interviewers: '', notes: '' }, { workerId, answers: [] });
    expect(blank).toEqual({ heldOn: '', interviewers: '', notes: '', workerId, answers: [] });
    expect('id' in blank).toBe(false);
  });

  test('no record at all: only the fixed values', () => {
    expect(savedValues(z.object({ a: z.string(), b: z.string() }), null, { a: 'x' })).toEqual({ a: 'x' });
  });
});
