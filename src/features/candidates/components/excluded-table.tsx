import { Citation } from '../../../components/ui/citation.tsx';
import type { ExcludedOption } from '../../../domain/index.ts';

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
          <th scope="col">Source of the option</th>
        </tr>
      </thead>
      <tbody>
        {[...agents, ...options].map((entry) => (
          <tr key={entry.id} data-excluded={entry.id}>
            <th scope="row">
              {entry.kind === 'agent' ? <span className="agent-badge">drug</span> : null}{' '}
              {entry.label}
            </th>
            <td>{entry.reason}</td>
            <td>
              {entry.sources?.[0] ? (
                <Citation source={entry.sources[0]} />
              ) : (
                <span className="muted">—</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
