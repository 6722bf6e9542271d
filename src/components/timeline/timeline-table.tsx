import { getLineCountingRule, type Timeline } from '../../domain/index.ts';
import { formatDate } from '../../lib/format.ts';

/** The timeline's data as tables: the accessible alternative to the chart. */
export function TimelineTable({ timeline }: { timeline: Timeline }) {
  return (
    <div className="timeline-table">
      <table className="data-table">
        <caption>Lines of therapy</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Regimen</th>
            <th scope="col">Classes</th>
            <th scope="col">Start</th>
            <th scope="col">End</th>
            <th scope="col">Ended by</th>
            <th scope="col">Why the line number advanced</th>
          </tr>
        </thead>
        <tbody>
          {timeline.lines.length === 0 ? (
            <tr>
              <td colSpan={7} className="empty-row">
                No line of therapy yet.
              </td>
            </tr>
          ) : null}
          {timeline.lines.map((line) => (
            <tr key={line.number}>
              <th scope="row">{line.number}</th>
              <td>{line.label}</td>
              <td>{line.classes.join(', ')}</td>
              <td>{formatDate(line.start)}</td>
              <td>
                {line.end ? formatDate(line.end) : line.onBreak ? 'on a break' : 'still running'}
              </td>
              <td>{line.endReason ?? '—'}</td>
              <td>{getLineCountingRule(line.counterRule).description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table">
        <caption>Events and local therapy</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Month</th>
            <th scope="col">Event</th>
          </tr>
        </thead>
        <tbody>
          {[
            ...timeline.markers.map((m) => ({
              date: m.date,
              day: m.day,
              text: m.label,
              key: `m${m.eventIndex}`,
            })),
            ...timeline.localTherapies.map((t) => ({
              date: t.date,
              day: t.day,
              text: `${t.modality === 'radiation' ? 'Radiation' : 'Surgery'} to ${t.site}${t.technique ? ` (${t.technique})` : ''}`,
              key: `l${t.eventIndex}`,
            })),
          ]
            .sort((a, b) => a.day - b.day)
            .map((row) => (
              <tr key={row.key}>
                <td>{formatDate(row.date)}</td>
                <td>{(row.day / 30.4375).toFixed(1)}</td>
                <td>{row.text}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
