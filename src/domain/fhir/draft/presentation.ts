import { daysBetween } from '../../case/iso-date.ts';
import type { FhirFacts, PatientFinding, PriorTreatment } from '../fhir-import-types.ts';
import { byDate, latestOf, unique } from './candidates.ts';

/** Metastases found within this many days of the primary diagnosis count as de novo. */
export const deNovoWindowDays = 90;

/**
 * De novo or recurrent, from what the record gives, in this order: the dashboard's own
 * extension; the primary diagnosis and first metastasis dates; the first stage recorded
 * (stage IV or M1 suggests de novo, M0 or an earlier stage with later metastases recurrent);
 * early-stage treatment before the metastases (recurrent). Always flagged for checking.
 */
export function presentationFinding(
  facts: FhirFacts,
  prior: readonly PriorTreatment[],
): PatientFinding {
  if (facts.patient.presentation) {
    return {
      field: 'presentation',
      value: facts.patient.presentation,
      sources: [facts.patient.source],
      earlier: [],
      needsCheck: false,
    };
  }
  const flagged = (value: 'de-novo' | 'recurrent', sources: string[], note: string) => ({
    field: 'presentation' as const,
    value,
    sources,
    earlier: [],
    note,
    needsCheck: true,
  });
  const primary = latestOf(facts.primaries);
  const firstSite = facts.sites.filter((s) => s.date !== undefined).sort(byDate)[0];
  if (primary && firstSite?.date) {
    const gap = daysBetween(primary.date, firstSite.date);
    const recurrent = gap > deNovoWindowDays;
    return flagged(
      recurrent ? 'recurrent' : 'de-novo',
      [primary.source, firstSite.source],
      `primary diagnosed ${primary.date}, first metastasis ${firstSite.date} (${gap} days): taken as ${recurrent ? 'recurrent' : 'de novo'}`,
    );
  }
  const staged = facts.stages.filter((s) => s.reading !== undefined);
  // Undated stages (a diagnosis's stage summary) count as the earliest.
  const first = [...staged].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))[0];
  if (first?.reading === 'stage-iv' || first?.reading === 'm1') {
    return flagged(
      'de-novo',
      [first.source],
      `the first stage recorded (${first.text}${first.date ? `, ${first.date}` : ''}) is metastatic: taken as de novo`,
    );
  }
  const metastatic =
    facts.sites.length > 0 || staged.some((s) => s.reading === 'stage-iv' || s.reading === 'm1');
  if (first && metastatic) {
    return flagged(
      'recurrent',
      [first.source],
      `the first stage recorded (${first.text}${first.date ? `, ${first.date}` : ''}) is not metastatic and metastases came later: taken as recurrent`,
    );
  }
  const [early] = prior;
  if (early) {
    return flagged(
      'recurrent',
      [...early.sources],
      metastatic
        ? `early-stage treatment (${early.what}, ${early.why}) came before the metastatic disease: taken as recurrent`
        : `early-stage treatment (${early.what}, ${early.why}) is recorded and no metastasis is: taken as recurrent, since metastatic disease would have come after it${unreadStages(facts)}`,
    );
  }
  return {
    field: 'presentation',
    value: 'de-novo',
    sources: [],
    earlier: [],
    note: `no primary-cancer diagnosis date${facts.sites.length > 0 ? '' : ' or metastasis'} in the record: set to de novo; correct it if the cancer recurred`,
    needsCheck: true,
  };
}

/** Stages the record gives that the tool shows but does not read as IV, M1 or M0 (IA, IVA). */
function unreadStages(facts: FhirFacts): string {
  const unread = facts.stages.filter((s) => s.reading === undefined);
  if (unread.length === 0) return '';
  const list = unread.map((s) => `${s.text}${s.date ? ` on ${s.date}` : ''}`);
  return `; stage recorded: ${unique(list).join(', ')} (shown, not read by the tool)`;
}
