import type { FhirFacts, SiteFact } from '../fhir-import-types.ts';
import type { Candidate } from './candidates.ts';
import { mergeSiteList } from './sites.ts';

/**
 * Disease statuses to progression (with the sites found that day or named as its focus) and
 * response events. Returns the sites it claimed and the progressions by day, for the lines.
 */
export function statusCandidates(facts: FhirFacts): {
  candidates: Candidate[];
  claimed: Set<SiteFact>;
  progressionByDate: Map<string, Candidate>;
} {
  const candidates: Candidate[] = [];
  const claimed = new Set<SiteFact>();
  const progressionByDate = new Map<string, Candidate>();
  for (const status of facts.statuses) {
    if (status.status === 'progression') {
      const sites = facts.sites.filter(
        (s) =>
          status.focus.includes(s.source) ||
          (status.index === undefined && s.index === undefined && s.date === status.date),
      );
      for (const s of sites) claimed.add(s);
      const candidate: Candidate = {
        event: {
          date: status.date,
          type: 'progression',
          ...(sites.length > 0 ? { sites: mergeSiteList(sites.map((s) => s.site)) } : {}),
        },
        sources: [status.source, ...sites.map((s) => s.source)],
        notes:
          status.index === undefined && sites.some((s) => !status.focus.includes(s.source))
            ? ['sites found on the day progression was recorded are taken as its new sites']
            : [],
        ...(status.index !== undefined ? { index: status.index } : {}),
      };
      candidates.push(candidate);
      if (status.index === undefined) progressionByDate.set(status.date, candidate);
    } else if (status.status !== 'not-evaluable') {
      const assessment = status.status === 'improved' ? 'partial' : status.status;
      candidates.push({
        event: { date: status.date, type: 'response', assessment },
        sources: [status.source],
        notes:
          status.status === 'improved'
            ? [
                'recorded as "improved", which does not say complete or partial: taken as partial; change it if it was complete',
              ]
            : [],
        ...(status.index !== undefined ? { index: status.index } : {}),
      });
    }
  }
  return { candidates, claimed, progressionByDate };
}
