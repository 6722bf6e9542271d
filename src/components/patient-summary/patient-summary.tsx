import type { LineSummary, PatientSummary as Summary } from '../../domain/index.ts';

export interface PatientSummaryProps {
  readonly summary: Summary;
  readonly formatDate: (iso: string) => string;
  /**
   * Whether the third line starts with the course state ("Line 2: choosing next treatment").
   * The Case view leaves it out: its state banner, just above, says it.
   */
  readonly showState?: boolean;
  /** Extra class for where it sits (sticky in the Case view, plain in print). */
  readonly className?: string;
  /**
   * 'print' for the handout: the same three lines as plain paragraphs, not a landmark (a
   * handout holds one summary per case, and print has nothing to navigate).
   */
  readonly variant?: 'screen' | 'print';
}

/** Lines shown with their dates; earlier ones give regimen, months and ending only. */
const datedLines = 2;

function courseLine(
  line: LineSummary,
  formatDate: (iso: string) => string,
  withDates: boolean,
): string {
  const dates = line.end
    ? `${formatDate(line.start)} – ${formatDate(line.end)}`
    : `since ${formatDate(line.start)}`;
  const months = `${line.months} ${line.months === 1 ? 'month' : 'months'}`;
  return `${line.number}. ${line.regimen}${withDates ? `, ${dates}` : ''} (${months}, ${line.ending})`;
}

/**
 * The patient at a glance, in three short lines: who (subtype and the facts that steer the
 * options), where (metastatic sites) with the unknown results that would change the options,
 * and the course (state, each line, how long it ran and how it ended; the last two with their
 * dates, so a long course stays short). Plain props, so the Case
 * view, the tumor board, the handout and the teaching steps show the same summary.
 */
export function PatientSummary({
  summary,
  formatDate,
  showState = true,
  className,
  variant = 'screen',
}: PatientSummaryProps) {
  const classes = [
    'patient-summary',
    variant === 'print' ? 'patient-summary--print' : '',
    className,
  ]
    .filter(Boolean)
    .join(' ');
  const lines = (
    <>
      <p className="patient-summary__line">
        <strong>{summary.subtype}</strong>
        {summary.facts.map((fact) => (
          <span key={fact}> · {fact}</span>
        ))}
      </p>
      <p className="patient-summary__line">
        <span className="patient-summary__label">Sites:</span>{' '}
        {summary.sites.length > 0 ? summary.sites.join(', ') : 'none documented yet'}
        {summary.unknowns.length > 0 ? (
          <span className="patient-summary__unknowns">
            {' · '}
            <span className="patient-summary__label">Still unknown:</span>{' '}
            {summary.unknowns.join('; ')}
          </span>
        ) : null}
      </p>
      <p className="patient-summary__line">
        {showState ? <strong>{summary.state} · </strong> : null}
        <span className="patient-summary__label">Treatment lines:</span>{' '}
        {summary.lines.length === 0
          ? 'none yet'
          : summary.lines
              .map((line, i) =>
                courseLine(line, formatDate, i >= summary.lines.length - datedLines),
              )
              .join('; ')}
      </p>
    </>
  );
  return variant === 'print' ? (
    <div className={classes}>{lines}</div>
  ) : (
    <section aria-label="Patient summary" className={classes}>
      {lines}
    </section>
  );
}
