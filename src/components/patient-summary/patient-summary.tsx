import type { PatientSummary as Summary } from '../../domain/index.ts';

export interface PatientSummaryProps {
  readonly summary: Summary;
  readonly formatDate: (iso: string) => string;
  /** Extra class for where it sits (sticky in the Case view, plain in print). */
  readonly className?: string;
}

/**
 * The patient at a glance, in three short lines: who (subtype and the facts that steer the
 * options), where (metastatic sites), and the course so far (each line, how long it ran and how
 * it ended), with the unknown results that would change the options. Plain props, so the Case
 * view, the tumor board and the teaching steps show the same summary.
 */
export function PatientSummary({ summary, formatDate, className }: PatientSummaryProps) {
  return (
    <section aria-label="Patient summary" className={`patient-summary ${className ?? ''}`}>
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
          <>
            {' '}
            <span className="patient-summary__label">Still unknown:</span>{' '}
            {summary.unknowns.join('; ')}
          </>
        ) : null}
      </p>
      <p className="patient-summary__line">
        <span className="patient-summary__label">Lines:</span>{' '}
        {summary.lines.length === 0
          ? 'none yet'
          : summary.lines.map((line, index) => (
              <span key={line.number} className="patient-summary__course-line">
                {index > 0 ? '; ' : ''}
                {line.number}. {line.regimen}, {formatDate(line.start)}
                {line.end ? `–${formatDate(line.end)}` : ' onwards'} ({line.months} mo,{' '}
                {line.ending})
              </span>
            ))}
      </p>
    </section>
  );
}
