import { fhirDay } from '../../fhir-dates.ts';
import {
  diseaseStatusCode,
  diseaseStatusValues,
  distantMetastasisStatusCode,
  evidenceTypeExtensionUrl,
  evidenceTypes,
  systems,
} from '../../fhir-codes.ts';
import { findExtension } from '../../fhir-resources.ts';
import { codeIn, describeMissingResult } from '../read-codes.ts';
import type { ObservationReader } from './observation-reader.ts';

/** CancerDiseaseStatus: progression and response, with the conditions they are about. */
export const diseaseStatusReader: ObservationReader = {
  name: 'disease status',
  matches: ({ loinc }) => loinc.includes(diseaseStatusCode),
  read({ ctx, p, r, found, dated }) {
    const codes = codeIn(r.valueCodeableConcept, systems.snomed);
    if (codes.includes(distantMetastasisStatusCode)) {
      ctx.report(
        p,
        found,
        'not-used',
        'distant metastasis present: no response or progression to record',
      );
      return;
    }
    const status = codes.map((c) => diseaseStatusValues[c]).find((v) => v !== undefined);
    if (!status) {
      ctx.report(p, found, 'not-mapped', describeMissingResult(r, 'disease status'));
      return;
    }
    const day = fhirDay(r.effectiveDateTime ?? r.effectivePeriod?.start ?? r.issued, 'date');
    if (!day.ok) {
      ctx.report(p, found, 'not-mapped', `the disease status ${day.why}`);
      return;
    }
    if (status === 'not-evaluable') {
      ctx.report(
        p,
        found,
        'not-used',
        'disease not evaluable: no response or progression to record',
      );
      return;
    }
    const evidence = codeIn(
      findExtension(r.extension, evidenceTypeExtensionUrl)?.valueCodeableConcept,
      systems.snomed,
    )
      .map((c) => evidenceTypes[c])
      .find((e) => e !== undefined);
    const focus = (r.focus ?? [])
      .map((ref) => ctx.resolve(ref)?.source)
      .filter((s): s is string => s !== undefined);
    ctx.facts.statuses.push({
      status,
      date: day.date,
      focus,
      ...(dated.index !== undefined ? { index: dated.index } : {}),
      source: p.source,
    });
    ctx.report(
      p,
      found,
      'mapped',
      `${status === 'progression' ? 'progression' : `response (${status})`}${evidence ? `, by ${evidence}` : ''}`,
    );
  },
};
