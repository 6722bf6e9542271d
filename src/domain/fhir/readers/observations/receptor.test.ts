import { describe, expect, it } from 'vitest';
import { draftOfResources } from '../../../../../test/fixtures/fhir-draft.ts';

const loinc = 'http://loinc.org';
const sct = 'http://snomed.info/sct';

function observation(id: string, code: string, value: Record<string, unknown>) {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    code: { coding: [{ system: loinc, code }] },
    subject: { reference: 'Patient/p' },
    effectiveDateTime: '2013-02-10',
    ...value,
  };
}

describe('a receptor result in words that is not a call', () => {
  // As Synthea writes HER2 FISH (85318-4): a ratio as text beside the IHC call.
  const ihc = observation('her2-ihc', '85319-2', {
    valueCodeableConcept: { coding: [{ system: sct, code: '10828004' }] },
  });
  const fish = observation('her2-fish', '85318-4', { valueString: 'greater than 2.2' });

  it('is shown as recorded and leaves the status to the other results', () => {
    const draft = draftOfResources([ihc, fish]);
    expect(draft.patient.her2).toBe('positive');
    expect(draft.record.map((r) => `${r.label}: ${r.value} ${r.date}`)).toContain(
      'HER2 FISH result (as recorded): greater than 2.2 2013-02-10',
    );
    const entry = draft.entries.find((e) => e.source === 'Observation/her2-fish');
    expect(entry?.outcome).toBe('mapped');
    expect(entry?.result).toMatch(/shown on the review screen/);
    expect(entry?.result).not.toMatch(/set it by hand/);
  });

  it('never becomes a status on its own', () => {
    const draft = draftOfResources([fish, observation('er', '85337-4', { valueString: 'weak' })]);
    expect(draft.patient).toMatchObject({ her2: 'unknown', er: 'unknown' });
    expect(draft.record.map((r) => `${r.label}: ${r.value}`)).toEqual(
      expect.arrayContaining([
        'HER2 FISH result (as recorded): greater than 2.2',
        'ER result (as recorded): weak',
      ]),
    );
  });

  it('an unreadable coded value is still for the user to set by hand', () => {
    const draft = draftOfResources([
      observation('her2-odd', '85318-4', {
        valueCodeableConcept: { coding: [{ system: sct, code: '0000000' }] },
      }),
    ]);
    const entry = draft.entries.find((e) => e.source === 'Observation/her2-odd');
    expect(entry?.outcome).toBe('not-mapped');
  });
});
