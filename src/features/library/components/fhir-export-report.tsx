import type { OmissionGroup } from '../../../domain/fhir/index.ts';

/**
 * What the last FHIR export left out. A receiving system checks the mCODE and US Core profiles;
 * the user should know before sending the file on which required elements it will find missing,
 * and that the tool did not make them up.
 */
export function FhirExportReport({
  omissions,
  onDismiss,
}: {
  omissions: readonly OmissionGroup[];
  onDismiss: () => void;
}) {
  return (
    <div className="fhir-export-report" role="status">
      {omissions.length === 0 ? (
        <p>FHIR file saved, with every element its profiles require.</p>
      ) : (
        <>
          <p>
            FHIR file saved. The case does not hold these elements the mCODE and US Core profiles
            ask for, so the file leaves them out (nothing was invented):
          </p>
          <ul>
            {omissions.map((o) => (
              <li key={`${o.element}\n${o.why}`}>
                <code>{o.element}</code>
                {o.count > 1 ? ` (${o.count} resources)` : ''}: {o.why}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="link-button" onClick={onDismiss}>
        Hide this note
      </button>
    </div>
  );
}
