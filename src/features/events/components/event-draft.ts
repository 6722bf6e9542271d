import {
  caseEventSchema,
  dateBeforePreviousProblem,
  futureDateProblem,
  todayIsoDate,
  validateDecisionDraft,
  type CaseEvent,
  type EventType,
  type Site,
} from '../../../domain/index.ts';
import {
  countProblem,
  emptySiteDraft,
  sitesFromDrafts,
  type SiteDraft,
} from '../../../components/forms/sites-fields.tsx';

/** Everything the event form holds, as typed. One draft serves every event type. */
export interface EventDraft {
  type: EventType;
  date: string;
  regimen: string[];
  assessment: string;
  sites: SiteDraft[];
  agents: string[];
  note: string;
  biomarkers: Record<'er' | 'pr' | 'her2' | 'brca' | 'pdl1', string>;
  modality: string;
  site: string;
  technique: string;
  candidate: string;
  choice: string;
  rationale: string;
  followUp: string;
}

export function emptyDraft(type: EventType, date: string): EventDraft {
  return {
    type,
    date,
    regimen: [],
    // No result is chosen for the user: a response is recorded only as assessed.
    assessment: '',
    sites: type === 'progression' ? [] : [emptySiteDraft()],
    agents: [],
    note: '',
    biomarkers: { er: '', pr: '', her2: '', brca: '', pdl1: '' },
    modality: 'radiation',
    site: 'bone',
    technique: '',
    candidate: '',
    choice: 'accepted',
    rationale: '',
    followUp: '',
  };
}

function draftSites(sites: readonly Site[]): SiteDraft[] {
  return sites.map((s) => ({
    site: s.site,
    count: s.count === undefined ? '' : String(s.count),
    symptomatic: s.symptomatic === undefined ? 'unrecorded' : s.symptomatic ? 'yes' : 'no',
    complications: s.complications ?? [],
  }));
}

/** A draft filled from an existing event, for editing it. */
export function draftFromEvent(event: CaseEvent): EventDraft {
  const draft = emptyDraft(event.type, event.date);
  switch (event.type) {
    case 'metastases':
      return { ...draft, sites: draftSites(event.sites) };
    case 'start-line':
      return { ...draft, regimen: [...event.regimen] };
    case 'response':
      return { ...draft, assessment: event.assessment };
    case 'progression':
      return { ...draft, sites: draftSites(event.sites ?? []) };
    case 'intolerance':
      return { ...draft, agents: [...(event.agents ?? [])], note: event.note ?? '' };
    case 'break':
    case 'stop-treatment':
      return { ...draft, note: event.note ?? '' };
    case 'resume':
      return draft;
    case 'receptor-update':
      return {
        ...draft,
        biomarkers: {
          er: event.er ?? '',
          pr: event.pr ?? '',
          her2: event.her2 ?? '',
          brca: event.brca ?? '',
          pdl1: event.pdl1 ?? '',
        },
      };
    case 'local-therapy':
      return {
        ...draft,
        modality: event.modality,
        site: event.site,
        technique: event.technique ?? '',
      };
    case 'decision':
      return {
        ...draft,
        candidate: event.candidate,
        choice: event.choice,
        rationale: event.rationale,
        followUp: event.followUp ?? '',
      };
  }
}

const optional = (key: string, value: string) =>
  value.trim() === '' ? {} : { [key]: value.trim() };

/** The draft as a case-event object, before validation. */
export function draftToInput(draft: EventDraft): Record<string, unknown> {
  const base = { date: draft.date, type: draft.type };
  switch (draft.type) {
    case 'metastases':
      return { ...base, sites: sitesFromDrafts(draft.sites) };
    case 'start-line':
      return { ...base, regimen: draft.regimen };
    case 'response':
      return { ...base, assessment: draft.assessment };
    case 'progression':
      return draft.sites.length > 0 ? { ...base, sites: sitesFromDrafts(draft.sites) } : base;
    case 'intolerance':
      return {
        ...base,
        ...(draft.agents.length > 0 ? { agents: draft.agents } : {}),
        ...optional('note', draft.note),
      };
    case 'break':
    case 'stop-treatment':
      return { ...base, ...optional('note', draft.note) };
    case 'resume':
      return base;
    case 'receptor-update': {
      const changes = Object.fromEntries(
        Object.entries(draft.biomarkers).filter(([, v]) => v !== ''),
      );
      return { ...base, ...changes };
    }
    case 'local-therapy':
      return {
        ...base,
        modality: draft.modality,
        site: draft.site,
        ...optional('technique', draft.technique),
      };
    case 'decision':
      return {
        ...base,
        candidate: draft.candidate,
        choice: draft.choice,
        rationale: draft.rationale,
        ...optional('followUp', draft.followUp),
      };
  }
}

export type DraftValidation =
  | { readonly ok: true; readonly event: CaseEvent }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

/** Validates a draft with the case format's own schema; errors are keyed by field. */
export function validateDraft(
  draft: EventDraft,
  notBefore: string | undefined,
  today: string = todayIsoDate(),
): DraftValidation {
  const errors: Record<string, string> = {};
  const outOfOrder =
    draft.date === ''
      ? undefined
      : (futureDateProblem(draft.date, today) ?? dateBeforePreviousProblem(draft.date, notBefore));
  if (outOfOrder) errors['date'] = outOfOrder;
  if (draft.type === 'response' && draft.assessment === '') {
    errors['assessment'] =
      'Choose the assessment: complete response, partial response or stable disease';
  }
  if (draft.type === 'receptor-update' && Object.values(draft.biomarkers).every((v) => v === '')) {
    // Said in the form's words; the case format's own message names its field ids.
    errors['general'] = 'Choose at least one new result: ER, PR, HER2, germline BRCA or PD-L1';
  }
  if (draft.type === 'decision') {
    // The tumor board records decisions too: one validation for both forms.
    const decision = validateDecisionDraft(draft, { decisionDate: draft.date });
    if (!decision.ok) Object.assign(errors, decision.errors, errors);
    return decision.ok && !outOfOrder ? decision : { ok: false, errors };
  }
  draft.sites.forEach((s, i) => {
    const problem = countProblem(s.count);
    if (problem && (draft.type === 'metastases' || draft.type === 'progression'))
      errors[`sites.${i}`] = problem;
  });
  const parsed = caseEventSchema.safeParse(draftToInput(draft));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.length === 0 ? 'general' : String(issue.path[0]);
      errors[key] ??= issue.message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, event: parsed.data };
}
