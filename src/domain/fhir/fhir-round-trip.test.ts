import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

const root = join(import.meta.dirname, '../../..');
const caseFolders = [
  join(root, '../shared/examples'),
  join(root, 'test/fixtures/oncologist-cases'),
];

describe('FHIR export and import', () => {
  it('reads each bundled example and oncologist case back to the same case', () => {
    const files = caseFolders.flatMap((folder) =>
      readdirSync(folder)
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(folder, f)),
    );
    expect(files.length).toBeGreaterThanOrEqual(36);
    for (const file of files) {
      const parsed = parseCase(JSON.parse(readFileSync(file, 'utf8')));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      const { back } = roundTrip(parsed.caseFile);
      expect({ file, back: back?.ok ? normalise(back.caseFile) : back }).toEqual({
        file,
        back: normalise(parsed.caseFile),
      });
    }
  });

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

  it('writes valid FHIR R4: required elements present, no empty values, references resolve (property)', () => {
    const required: Record<string, readonly string[]> = {
      Patient: [],
      Observation: ['status', 'code'],
      Condition: ['subject'],
      MedicationRequest: ['status', 'intent', 'medicationCodeableConcept', 'subject'],
      Medication: [],
      Procedure: ['status', 'subject'],
      AdverseEvent: ['actuality', 'subject'],
      Basic: ['code'],
    };
    fc.assert(
      fc.property(richCase, (caseFile) => {
        const bundle = caseToFhirBundle(caseFile) as {
          resourceType: string;
          type: string;
          entry: Array<{ fullUrl: string; resource: Record<string, unknown> }>;
        };
        expect(bundle.resourceType).toBe('Bundle');
        expect(bundle.type).toBe('collection');
        const ids = new Set<string>();
        for (const { fullUrl, resource } of bundle.entry) {
          const type = String(resource['resourceType']);
          expect(Object.keys(required)).toContain(type);
          expect(String(resource['id'])).toMatch(/^[A-Za-z0-9\-.]{1,64}$/);
          for (const key of required[type] ?? []) expect(resource[key]).toBeDefined();
          const key = `${type}/${String(resource['id'])}`;
          expect(ids.has(key)).toBe(false);
          ids.add(key);
          expect(fullUrl.endsWith(key)).toBe(true);
        }
        const walk = (value: unknown): void => {
          // FHIR JSON has no empty strings, empty arrays, empty objects or nulls.
          expect(value).not.toBeNull();
          expect(value).not.toBe('');
          if (Array.isArray(value)) {
            expect(value.length).toBeGreaterThan(0);
            value.forEach(walk);
          } else if (value && typeof value === 'object') {
            const o = value as Record<string, unknown>;
            expect(Object.keys(o).length).toBeGreaterThan(0);
            if (typeof o['reference'] === 'string') expect(ids.has(o['reference'])).toBe(true);
            Object.values(o).forEach(walk);
          }
        };
        walk(bundle);
      }),
      { numRuns: 100 },
    );
  });
});
