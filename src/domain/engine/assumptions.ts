import type { SiteName } from '../case/vocabulary.ts';
import type { Condition } from '../knowledge/condition.ts';
import type { SiteRecord } from '../machine/therapy-context.ts';
import { deriveFacts, type CourseFacts } from './course-facts.ts';
import { matchCondition, symptomsRecorded } from './match-condition.ts';

/**
 * Findings a clinician records at the bedside (whether a site causes symptoms, how many lesions
 * it has) are often left blank. An option whose condition is unknown only because of such a
 * blank is not silently dropped, nor offered as if the blank were "no": it becomes a conditional
 * candidate, shown with the assumption it rests on ("if the liver metastases cause no symptoms
 * (not recorded)"). Biomarkers are not assumed: a test result is not a bedside finding.
 */

export interface UnrecordedFinding {
  readonly site: SiteName;
  readonly kind: 'symptoms' | 'count';
}

export const findingKey = (finding: UnrecordedFinding) => `${finding.site}:${finding.kind}`;

export interface Assumption extends UnrecordedFinding {
  /** Symptoms present (true) or absent (false); a count of 1 or of several (2). */
  readonly value: boolean | 1 | 2;
  readonly text: string;
}

const siteWords: Partial<Record<SiteName, string>> = {
  'lymph-node': 'lymph-node',
  'soft-tissue': 'soft-tissue',
  other: 'other-site',
};

export function describeAssumption(finding: UnrecordedFinding, value: boolean | 1 | 2): string {
  const name = siteWords[finding.site] ?? finding.site;
  if (finding.kind === 'symptoms') {
    return `the ${name} metastases ${value ? 'cause symptoms' : 'cause no symptoms'} (symptoms not recorded)`;
  }
  return value === 1
    ? `there is a single ${name} metastasis (number not recorded)`
    : `there are several ${name} metastases (number not recorded)`;
}

export function unrecordedFindings(facts: CourseFacts): UnrecordedFinding[] {
  return facts.context.sites.flatMap((s) => [
    ...(symptomsRecorded(s) ? [] : [{ site: s.site, kind: 'symptoms' as const }]),
    ...(s.count === undefined ? [{ site: s.site, kind: 'count' as const }] : []),
  ]);
}

type Assignment = ReadonlyMap<UnrecordedFinding, boolean | 1 | 2>;

function withAssignment(facts: CourseFacts, assignment: Assignment): CourseFacts {
  const sites = facts.context.sites.map((site): SiteRecord => {
    let next: SiteRecord = site;
    for (const [finding, value] of assignment) {
      if (finding.site !== site.site) continue;
      next =
        finding.kind === 'symptoms'
          ? { ...next, symptomatic: value === true }
          : { ...next, count: value === 2 ? 2 : 1 };
    }
    return next;
  });
  return deriveFacts(facts.state, { ...facts.context, sites });
}

/** Uniform scenarios, the least assuming first: symptoms absent before present, one lesion before several. */
const scenarios: ReadonlyArray<{ symptoms: boolean; count: 1 | 2 }> = [
  { symptoms: false, count: 1 },
  { symptoms: false, count: 2 },
  { symptoms: true, count: 1 },
  { symptoms: true, count: 2 },
];

export interface ConditionalMatch {
  readonly facts: CourseFacts;
  readonly assumptions: readonly Assumption[];
}

/**
 * When a condition is unknown, the first scenario of the unrecorded findings that makes it true,
 * with the findings it depends on (those whose other value would make it untrue); undefined when
 * no scenario does (the unknown is a biomarker, or a finding rules it out either way).
 */
export function matchAssuming(
  condition: Condition,
  facts: CourseFacts,
): ConditionalMatch | undefined {
  const findings = unrecordedFindings(facts);
  if (findings.length === 0) return undefined;
  for (const scenario of scenarios) {
    const assignment = new Map<UnrecordedFinding, boolean | 1 | 2>(
      findings.map((f) => [f, f.kind === 'symptoms' ? scenario.symptoms : scenario.count]),
    );
    const assumed = withAssignment(facts, assignment);
    if (matchCondition(condition, assumed) !== 'true') continue;
    const breaksWhenFlipped = (flip: readonly UnrecordedFinding[]) => {
      const flipped = new Map(assignment);
      for (const f of flip) {
        const value = assignment.get(f);
        flipped.set(f, f.kind === 'symptoms' ? !value : value === 1 ? 2 : 1);
      }
      return matchCondition(condition, withAssignment(facts, flipped)) !== 'true';
    };
    // The findings the match rests on: each one alone, or else every finding of a kind
    // together (two unrecorded visceral sites, either of which could be the symptomatic one).
    const critical = findings.filter((f) => breaksWhenFlipped([f]));
    const byKind = (['symptoms', 'count'] as const)
      .map((kind) => findings.filter((f) => f.kind === kind))
      .filter((group) => group.length > 0 && breaksWhenFlipped(group))
      .flat();
    const relevant = critical.length > 0 ? critical : byKind.length > 0 ? byKind : findings;
    return {
      facts: assumed,
      assumptions: relevant.map((f) => {
        const value = assignment.get(f) ?? false;
        return { ...f, value, text: describeAssumption(f, value) };
      }),
    };
  }
  return undefined;
}
