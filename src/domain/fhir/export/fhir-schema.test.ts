import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { richCase } from '../../../../test/arbitraries/rich-case.ts';
import { fhirSchemaErrors } from '../../../../test/fixtures/fhir-schema/validate-fhir.ts';
import {
  syntheticCourse,
  syntheticEventLog,
} from '../../../../test/fixtures/synthetic-histories.ts';
import type { CaseFile } from '../../case/case-schema.ts';
import { parseCase } from '../../case/parse-case.ts';
import { caseToFhirBundle } from '../export-fhir.ts';

/** Every exported Bundle, and each resource in it, against HL7's FHIR R4 JSON schema. */

const root = join(import.meta.dirname, '../../../..');
const folders = [join(root, '../shared/examples'), join(root, 'test/fixtures/oncologist-cases')];

function caseFiles(): Array<[string, CaseFile]> {
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .map((f): [string, CaseFile] => {
        const parsed = parseCase(JSON.parse(readFileSync(join(folder, f), 'utf8')));
        if (!parsed.ok) throw new Error(`${f} is not a valid case`);
        return [f, parsed.caseFile];
      }),
  );
}

interface Bundle {
  entry: Array<{ resource: { resourceType: string; id: string } }>;
}

/** Errors of the Bundle and of each resource on its own (whose messages name the element). */
function schemaErrors(caseFile: CaseFile): string[] {
  const bundle = caseToFhirBundle(caseFile) as unknown as Bundle;
  return [
    ...fhirSchemaErrors(bundle).map((e) => `Bundle ${e}`),
    ...bundle.entry.flatMap(({ resource }) =>
      fhirSchemaErrors(resource).map((e) => `${resource.resourceType}/${resource.id} ${e}`),
    ),
  ];
}

describe('exported FHIR against the R4 JSON schema', () => {
  beforeAll(() => {
    // Compiling the schema takes a few seconds; done once, outside the tests' own timing.
    fhirSchemaErrors({ resourceType: 'Basic', code: { text: 'warm-up' } });
  }, 60_000);

  it('the validator rejects what R4 does not allow', () => {
    expect(fhirSchemaErrors({ resourceType: 'Patient', gender: 'woman' })).toEqual([
      '/gender: must be equal to one of the allowed values',
    ]);
    expect(
      fhirSchemaErrors({ resourceType: 'Observation', status: 'final', code: {}, colour: 'red' }),
    ).toEqual(['(root): must NOT have additional properties']);
    expect(
      fhirSchemaErrors({ resourceType: 'Condition', subject: {}, onsetDateTime: '2025-13-01' }),
    ).not.toEqual([]);
    expect(fhirSchemaErrors({ resourceType: 'Patient', meta: { profile: 'x' } })).not.toEqual([]);
    const inBundle = (resource: unknown) => ({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ fullUrl: 'urn:x:Patient/p', resource }],
    });
    expect(fhirSchemaErrors(inBundle({ resourceType: 'Patient', gender: 'female' }))).toEqual([]);
    expect(fhirSchemaErrors(inBundle({ resourceType: 'Patient', gender: 'woman' }))).not.toEqual(
      [],
    );
  });

  it("the bundled examples and the oncologists' cases export with no schema error", () => {
    const files = caseFiles();
    expect(files.length).toBeGreaterThanOrEqual(36);
    for (const [name, caseFile] of files) {
      expect({ name, errors: schemaErrors(caseFile) }).toEqual({ name, errors: [] });
    }
  });

  it('long synthetic courses export with no schema error', () => {
    for (const caseFile of [syntheticCourse(8), syntheticEventLog(120)]) {
      expect(schemaErrors(caseFile)).toEqual([]);
    }
  });

  it('generated cases with every event type export with no schema error (property)', () => {
    fc.assert(
      fc.property(richCase, (caseFile) => {
        expect(schemaErrors(caseFile)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
