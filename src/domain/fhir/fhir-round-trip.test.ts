import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { richCase } from '../../../test/arbitraries/rich-case.ts';
import type { CaseFile } from '../case/case-schema.ts';
import { parseCase } from '../case/parse-case.ts';
import { courseProblems } from '../recommend-case.ts';
import { caseToFhirBundle } from './export-fhir.ts';
import { draftToCase, importFhirBundleText } from './import-fhir.ts';

/** Empty optional lists and texts carry nothing, and FHIR has no empty strings. */
function normalise(caseFile: CaseFile): unknown {
  return JSON.parse(
    JSON.stringify(caseFile, (_key, value: unknown) =>
      (Array.isArray(value) && value.length === 0) || value === '' ? undefined : value,
    ),
  );
}

function roundTrip(caseFile: CaseFile) {
  const text = JSON.stringify(caseToFhirBundle(caseFile));
  const imported = importFhirBundleText(text);
  if (!imported.ok) return { imported };
  return { imported, back: draftToCase(imported.draft) };
}

describe('FHIR export and import', () => {
  it('reads an exported case back to the same case (property)', () => {
    fc.assert(
      fc.property(richCase, (caseFile) => {
        const parsed = parseCase(caseFile);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(courseProblems(parsed.caseFile)).toEqual([]);
        const { imported, back } = roundTrip(parsed.caseFile);
        expect(imported.ok).toBe(true);
        if (!imported.ok) return;
        expect(imported.draft.events.filter((e) => !e.include)).toEqual([]);
        expect(back?.ok).toBe(true);
        if (!back?.ok) return;
        expect(normalise(back.caseFile)).toEqual(normalise(parsed.caseFile));
      }),
      { numRuns: 150 },
    );
  });
});
