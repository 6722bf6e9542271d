import { decisionEventSchema, type EventOfType } from './case-schema.ts';
import { isIsoDate } from './iso-date.ts';

/**
 * A decision as a form holds it, every field as typed: the event form and the tumor board's
 * decision form both fill one and check it here, so they accept and refuse the same decisions
 * with the same words.
 */
export interface DecisionDraft {
  /** A candidate id; '' while none is chosen. */
  readonly candidate: string;
  readonly choice: string;
  /** A date, or '' for none. */
  readonly followUp: string;
  readonly rationale: string;
}

export const emptyDecisionDraft: DecisionDraft = {
  candidate: '',
  choice: 'accepted',
  followUp: '',
  rationale: '',
};

/** A problem per field of the draft; `date` and `general` for what no field of it holds. */
export type DecisionDraftErrors = Readonly<
  Partial<Record<keyof DecisionDraft | 'date' | 'general', string>>
>;

export type DecisionDraftValidation =
  | { readonly ok: true; readonly event: EventOfType<'decision'> }
  | { readonly ok: false; readonly errors: DecisionDraftErrors };

export interface DecisionDraftOptions {
  /** The date the decision is recorded under. */
  readonly decisionDate: string;
  /** The knowledge-base version the decision was taken against, stored with it. */
  readonly knowledgeVersion?: string;
  /** Refuse an empty rationale (the case format allows one). */
  readonly rationaleRequired?: boolean;
}

/**
 * Checks a decision draft with the case format's decision schema, and refuses a follow-up
 * before the decision itself. The rationale is stored trimmed and an empty follow-up left out.
 */
export function validateDecisionDraft(
  draft: DecisionDraft,
  { decisionDate, knowledgeVersion, rationaleRequired = false }: DecisionDraftOptions,
): DecisionDraftValidation {
  const errors: Partial<Record<keyof DecisionDraftErrors, string>> = {};
  const rationale = draft.rationale.trim();
  const followUp = draft.followUp.trim();
  const parsed = decisionEventSchema.safeParse({
    date: decisionDate,
    type: 'decision',
    candidate: draft.candidate,
    choice: draft.choice,
    rationale,
    ...(followUp === '' ? {} : { followUp }),
    ...(knowledgeVersion === undefined ? {} : { knowledgeVersion }),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [field] = issue.path;
      const key =
        field === 'candidate' ||
        field === 'choice' ||
        field === 'followUp' ||
        field === 'rationale' ||
        field === 'date'
          ? field
          : 'general';
      errors[key] ??= issue.message;
    }
  }
  // Nothing chosen is a step not yet taken, not a malformed id: say what to do.
  if (draft.candidate === '') errors.candidate = 'Choose a candidate';
  if (rationaleRequired && rationale === '') errors.rationale = 'Give a rationale';
  if (
    errors.followUp === undefined &&
    followUp !== '' &&
    isIsoDate(decisionDate) &&
    followUp < decisionDate
  ) {
    errors.followUp = `The follow-up ${followUp} is before the decision date ${decisionDate}`;
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, event: parsed.data };
}
