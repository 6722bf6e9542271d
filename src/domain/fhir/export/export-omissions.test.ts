import { describe, expect, it } from 'vitest';
import { groupOmissions } from './export-omissions.ts';

describe('groupOmissions', () => {
  it('lists each element and reason once, with how many resources lack it, in first-seen order', () => {
    const why = 'the case does not name the prescriber';
    expect(
      groupOmissions([
        { resource: 'Patient/p', element: 'Patient.name', why: 'no name' },
        { resource: 'MedicationRequest/a', element: 'MedicationRequest.requester', why },
        { resource: 'MedicationRequest/b', element: 'MedicationRequest.requester', why },
        { resource: 'Observation/x', element: 'Observation.effective[x]', why: 'undated' },
      ]),
    ).toEqual([
      { element: 'Patient.name', why: 'no name', count: 1 },
      { element: 'MedicationRequest.requester', why, count: 2 },
      { element: 'Observation.effective[x]', why: 'undated', count: 1 },
    ]);
  });

  it('is empty when nothing was left out', () => {
    expect(groupOmissions([])).toEqual([]);
  });
});
