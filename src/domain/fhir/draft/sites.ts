import type { Site } from '../../case/case-schema.ts';
import type { IsoDate } from '../../case/iso-date.ts';
import type { FhirFacts, SiteFact } from '../fhir-import-types.ts';
import type { Annotate, Candidate } from './candidates.ts';

/**
 * Metastatic sites not claimed by a progression: one event per day (and per exported event).
 * A site the record gives no date for is placed at the start of the course, with a note.
 */
export function siteCandidates(
  facts: FhirFacts,
  claimed: ReadonlySet<SiteFact>,
  courseStart: IsoDate | undefined,
  annotate: Annotate,
): Candidate[] {
  const groups = new Map<string, { date: IsoDate; sites: SiteFact[]; undated: boolean }>();
  for (const s of facts.sites) {
    if (claimed.has(s)) continue;
    const date = s.date ?? courseStart;
    if (date === undefined) {
      annotate(s.source, 'no date, and the record has no other dated fact to place it at');
      continue;
    }
    const key = `${date}|${s.index ?? ''}|${s.date === undefined ? 'undated' : ''}`;
    const group = groups.get(key) ?? { date, sites: [], undated: s.date === undefined };
    group.sites.push(s);
    groups.set(key, group);
  }
  const out: Candidate[] = [];
  for (const group of groups.values()) {
    const [first] = group.sites;
    if (!first) continue;
    const sites = mergeSiteList(group.sites.map((s) => s.site));
    out.push({
      event: { date: group.date, type: 'metastases', sites },
      sources: group.sites.map((s) => s.source),
      notes: [
        ...(sites.length < group.sites.length
          ? ['several conditions name the same site; they are recorded as one site']
          : []),
        ...(group.undated
          ? [
              'the record gives no date for these sites: placed at the start of the course; check the date',
            ]
          : []),
      ],
      ...(first.index !== undefined ? { index: first.index } : {}),
    });
  }
  return out;
}

/** Sites named more than once (axillary and supraclavicular nodes) become one site. */
export function mergeSiteList(sites: readonly Site[]): Site[] {
  const out: Site[] = [];
  for (const site of sites) {
    const i = out.findIndex((s) => s.site === site.site);
    const existing = out[i];
    if (!existing) {
      out.push(site);
      continue;
    }
    const complications = [
      ...new Set([...(existing.complications ?? []), ...(site.complications ?? [])]),
    ];
    const symptomatic =
      existing.symptomatic === undefined && site.symptomatic === undefined
        ? undefined
        : existing.symptomatic === true || site.symptomatic === true;
    const count =
      existing.count !== undefined && site.count !== undefined
        ? Math.min(1000, existing.count + site.count)
        : undefined;
    out[i] = {
      site: site.site,
      ...(count !== undefined ? { count } : {}),
      ...(symptomatic !== undefined ? { symptomatic } : {}),
      ...(complications.length > 0 ? { complications } : {}),
    };
  }
  return out;
}
