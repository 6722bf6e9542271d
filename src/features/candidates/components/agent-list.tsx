import { useState } from 'react';
import type { Candidate } from '../../../domain/index.ts';

/** More agents than this in one slot (chemotherapy names 15) collapse to the class and a count. */
export const collapseAbove = 4;

/**
 * The agents of a candidate row, slot by slot ("A / B + C"). A long slot shows as its class with
 * a count and opens on demand, so one chemotherapy row does not fill the screen; it opens by
 * itself when the search names one of its agents, so a match is never hidden.
 */
export function AgentList({ candidate, search }: { candidate: Candidate; search: string }) {
  const [opened, setOpened] = useState(false);
  const query = search.trim().toLowerCase();
  const long = candidate.components.filter((c) => c.agents.length > collapseAbove);
  const matched =
    query !== '' && long.some((c) => c.agents.some((a) => a.toLowerCase().includes(query)));
  const open = opened || matched;
  if (candidate.components.length === 0) return null;
  return (
    <span className="candidate-agents">
      {candidate.components.map((component, i) => (
        <span key={`${component.class}-${i}`}>
          {i > 0 ? ' + ' : null}
          {open || component.agents.length <= collapseAbove
            ? component.agents.join(' / ')
            : `${component.class} (${component.agents.length} agents)`}
        </span>
      ))}
      {long.length > 0 && !matched ? (
        <button
          type="button"
          className="link-button agents-toggle"
          aria-expanded={open}
          onClick={() => setOpened(!open)}
        >
          {open ? 'fewer' : 'show all'}
          <span className="visually-hidden"> agents of {candidate.label}</span>
        </button>
      ) : null}
    </span>
  );
}
