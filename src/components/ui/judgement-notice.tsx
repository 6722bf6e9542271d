import { knowledgeVersion } from '../../domain/index.ts';

/** Always visible: the tool informs a decision, the clinician makes it. */
export function JudgementNotice() {
  return (
    <p className="judgement-notice" role="note">
      <strong>Decision support only.</strong> This tool supports, and does not replace, clinical
      judgement. It lists what five patient-information documents say; it gives no doses. Knowledge
      base {knowledgeVersion}.
    </p>
  );
}
