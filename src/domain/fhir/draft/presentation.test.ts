import { describe, expect, it } from 'vitest';
import { draftOfResources } from '../../../../test/fixtures/fhir-draft.ts';

const sct = 'http://snomed.info/sct';

// As the Synthea patients of mcode/mcode-omop give it: a breast primary with a stage summary
// (cancerstaging.org "4A" / "IVA", which the tool does not read), and curative chemotherapy.
const primary = (stage: { code: string; display: string }) => ({
  resourceType: 'Condition',
  id: 'primary',
  code: { coding: [{ system: sct, code: '254837009' }] },
  subject: { reference: 'Patient/p' },
  onsetDateTime: '2014-11-25',
  stage: [{ summary: { coding: [{ system: 'http://cancerstaging.org', ...stage }] } }],
});
const paclitaxel = {
  resourceType: 'MedicationAdministration',
  id: 'paclitaxel',
  status: 'completed',
  extension: [
    {
      url: 'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-procedure-intent',
      valueCodeableConcept: { coding: [{ system: sct, code: '373808002' }] },
    },
  ],
  subject: { reference: 'Patient/p' },
  effectiveDateTime: '2014-11-30',
  medicationCodeableConcept: {
    coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '583214' }],
  },
};
const presentation = (resources: unknown[]) =>
  draftOfResources(resources).findings.find((f) => f.field === 'presentation');

describe('presentation from early-stage treatment when the record has no metastasis', () => {
  it('says no metastasis is recorded and names the stage it does not read', () => {
    const finding = presentation([primary({ code: '4A', display: 'IVA' }), paclitaxel]);
    expect(finding).toMatchObject({ value: 'recurrent', needsCheck: true });
    expect(finding?.note).toMatch(/no metastasis is/);
    expect(finding?.note).not.toMatch(/came before the metastatic disease/);
    expect(finding?.note).toMatch(/stage recorded: IVA on 2014-11-25 \(shown, not read/);
  });

  it('with a metastasis recorded, says the treatment came before it', () => {
    const bone = {
      resourceType: 'Condition',
      id: 'bone',
      code: { coding: [{ system: sct, code: '94222008' }] },
      subject: { reference: 'Patient/p' },
    };
    const finding = presentation([paclitaxel, bone]);
    expect(finding?.note).toMatch(/came before the metastatic disease/);
    expect(finding?.note).not.toMatch(/stage recorded/);
  });
});
