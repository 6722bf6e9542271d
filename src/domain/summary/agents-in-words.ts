import type { CandidateComponent } from '../engine/recommendation.ts';

/** Above this many agents, a slot is named by its class and count (chemotherapy lists 15). */
export const agentsNamedUpTo = 4;

/**
 * A candidate's drugs for a slide or a page: "trastuzumab + any of 11 chemotherapy agents",
 * "letrozole / anastrozole / exemestane + palbociclib / ribociclib / abemaciclib". Alternatives
 * are spaced so a narrow column breaks between drugs, never inside a name.
 */
export function agentsInWords(components: readonly CandidateComponent[]): string {
  return (
    components
      .map((slot) =>
        slot.agents.length > agentsNamedUpTo
          ? `any of ${slot.agents.length} ${slot.class} agents`
          : slot.agents.join(' / '),
      )
      .join(' + ') || '—'
  );
}
