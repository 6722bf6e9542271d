import type { IsoDate } from '../../case/iso-date.ts';
import type { FhirFacts, PriorTreatment, RecordFinding } from '../fhir-import-types.ts';
import type { Annotate, Candidate } from './candidates.ts';

const earlyIntents = new Set(['curative', 'adjuvant', 'neoadjuvant', 'preventive']);

/**
 * Radiotherapy courses and cancer surgery from the record. Before the first metastasis or
 * with a curative intent they are early-stage treatment (shown); otherwise, with a site the
 * case format names, they are offered as local therapy for the user to confirm; without one
 * they are shown for the user to add by hand.
 */
export function localTherapyCandidates(
  facts: FhirFacts,
  metastaticDate: IsoDate | undefined,
  annotate: Annotate,
): { candidates: Candidate[]; prior: PriorTreatment[]; shown: RecordFinding[] } {
  const candidates: Candidate[] = [];
  const prior: PriorTreatment[] = [];
  const shown: RecordFinding[] = [];
  for (const proc of facts.procedures) {
    const why =
      proc.intent && earlyIntents.has(proc.intent)
        ? `${proc.intent} intent`
        : metastaticDate !== undefined && proc.date < metastaticDate
          ? `before the first metastasis (${metastaticDate})`
          : undefined;
    if (why) {
      prior.push({
        kind: proc.kind,
        what: proc.what,
        start: proc.date,
        ...(proc.end ? { end: proc.end } : {}),
        why,
        sources: [proc.source],
      });
      annotate(proc.source, `early-stage treatment (${why}): shown, not placed in the course`);
      continue;
    }
    if (!proc.site) {
      shown.push({
        topic: 'local-therapy',
        label: proc.kind === 'radiotherapy' ? 'Radiotherapy' : 'Surgery',
        value: proc.what,
        date: proc.date,
        sources: [proc.source],
        note: 'the site is not one the tool reads: add it as local therapy by hand if it treated a metastasis',
      });
      continue;
    }
    candidates.push({
      event: {
        date: proc.date,
        type: 'local-therapy',
        modality: proc.kind === 'radiotherapy' ? 'radiation' : 'surgery',
        site: proc.site,
      },
      sources: [proc.source],
      notes: [
        `read from ${proc.what}: left out until you confirm it was local therapy to a metastasis (tick to include)`,
      ],
      toConfirm: true,
    });
  }
  return { candidates, prior, shown };
}
