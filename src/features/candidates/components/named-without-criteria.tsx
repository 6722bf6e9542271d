import { Citation } from '../../../components/ui/citation.tsx';
import type { NamedWithoutCriteria } from '../../../domain/index.ts';

/**
 * Drugs a document only lists for the patient's subtype, with no regimen, condition or line:
 * shown apart and unranked, so they are never mistaken for candidates.
 */
export function NamedWithoutCriteriaList({ named }: { named: readonly NamedWithoutCriteria[] }) {
  if (named.length === 0) return null;
  return (
    <section className="named-only" aria-labelledby="named-only-heading">
      <h3 id="named-only-heading">Named for this subtype without a regimen or line (not ranked)</h3>
      <p className="small muted">
        A document lists these for this subtype but says nothing of the drugs they are given with,
        of the line or of any other condition, so the tool does not offer them as candidates.
      </p>
      <ul>
        {named.map((drug) => (
          <li key={drug.drug}>
            <span className="named-only__drug">{drug.drug}</span>{' '}
            <span className="muted">({drug.class})</span>
            <ul className="citation-list citation-list--inline">
              {drug.sources.map((source) => (
                <li key={source.sentence}>
                  <Citation source={source} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
