import { SourcesDisclosure } from '../../../components/ui/citation.tsx';
import type { ExcludedOption } from '../../../domain/index.ts';

/** The row of a ruled-out entry, for the candidates search to lead to. */
export const excludedRowId = (id: string) => `why-not-${id.replace(/[^\w-]/g, '-')}`;

/** Options a clinician might expect that are ruled out, and single drugs not offered again. */
export function ExcludedTable({ excluded }: { excluded: readonly ExcludedOption[] }) {
  if (excluded.length === 0) {
    return <p className="muted">Nothing a clinician would expect is ruled out at this point.</p>;
  }
  const agents = excluded.filter((e) => e.kind === 'agent');
  const options = excluded.filter((e) => e.kind === 'option');
  return (
    <table className="data-table excluded-table">
      <caption className="visually-hidden">Ruled out, with the reason</caption>
      <thead>
        <tr>
          <th scope="col">Ruled out</th>
          <th scope="col">Why not</th>
          <th scope="col">What the documents say</th>
        </tr>
      </thead>
      <tbody>
        {[...agents, ...options].map((entry) => (
          <tr key={entry.id} data-excluded={entry.id} id={excludedRowId(entry.id)} tabIndex={-1}>
            <th scope="row">
              {entry.kind === 'agent' ? <span className="agent-badge">drug</span> : null}{' '}
              {entry.label}
            </th>
            <td>
              {entry.reason}
              {entry.conflicts?.map((conflict) => (
                <details key={conflict.id} className="excluded-conflict">
                  <summary>Documents disagree: {conflict.about}</summary>
                  <ul>
                    {conflict.positions.map((position) => (
                      <li key={position.says}>
                        {position.says}
                        <SourcesDisclosure sources={position.sources} />
                      </li>
                    ))}
                  </ul>
                  <p>
                    <span className="muted">This tool:</span> {conflict.resolution}
                  </p>
                </details>
              ))}
            </td>
            <td>
              <SourcesDisclosure sources={entry.sources ?? []} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
