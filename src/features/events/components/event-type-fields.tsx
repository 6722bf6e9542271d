import type { ReactNode } from 'react';
import { DecisionFields } from '../../../components/forms/decision-fields.tsx';
import { FieldError } from '../../../components/forms/field-error.tsx';
import { SitesFields, emptySiteDraft } from '../../../components/forms/sites-fields.tsx';
import {
  assessments,
  brcaStatuses,
  localModalities,
  receptorStatuses,
  siteNames,
  type Assessment,
  type BiomarkerField,
  type EventType,
} from '../../../domain/index.ts';
import type { EventDraft } from './event-draft.ts';
import { RegimenPicker } from './regimen-picker.tsx';

/** What every event type's fields receive from the form. */
export interface EventFieldsProps {
  readonly draft: EventDraft;
  readonly change: (patch: Partial<EventDraft>) => void;
  readonly errors: Readonly<Record<string, string>>;
  readonly errorFor: (field: string) => string | undefined;
  /** The id of a field's error message, for `aria-describedby`. */
  readonly errorId: (field: string) => string;
  readonly runningRegimen: readonly string[];
  readonly candidates: ReadonlyArray<{ id: string; label: string }>;
}

/**
 * The fields each event type asks for, one entry per type. The table is a `Record` over the
 * case schema's event types, so a new event type does not compile until it has its fields here.
 */
export const eventTypeFields: Record<EventType, (props: EventFieldsProps) => ReactNode> = {
  metastases: (props) => <SitesEntry {...props} />,
  'start-line': ({ draft, change, errorFor }) => (
    <RegimenPicker
      regimen={draft.regimen}
      onChange={(regimen) => change({ regimen })}
      error={errorFor('regimen')}
    />
  ),
  response: (props) => <ResponseEntry {...props} />,
  progression: (props) => <SitesEntry {...props} />,
  intolerance: (props) => (
    <>
      <IntoleranceEntry {...props} />
      <NoteEntry {...props} />
    </>
  ),
  break: (props) => <NoteEntry {...props} />,
  resume: () => null,
  'stop-treatment': (props) => <NoteEntry {...props} />,
  'receptor-update': (props) => <BiomarkerEntry {...props} />,
  'local-therapy': (props) => <LocalTherapyEntry {...props} />,
  decision: (props) => <DecisionEntry {...props} />,
};

/** How a type's draft starts when the user switches the form to it. */
export function draftOnTypeChange(draft: EventDraft, type: EventType): Partial<EventDraft> {
  // A progression names only new or growing sites: start it with none.
  if (type === 'progression') return { type, sites: [] };
  if (type === 'metastases' && draft.sites.length === 0) return { type, sites: [emptySiteDraft()] };
  return { type };
}

const assessmentWords: Record<Assessment, string> = {
  complete: 'complete response',
  partial: 'partial response',
  stable: 'stable disease',
};

function ResponseEntry({ draft, change }: EventFieldsProps) {
  return (
    <label>
      Assessment
      <select
        aria-label="Assessment"
        value={draft.assessment}
        onChange={(e) => change({ assessment: e.target.value })}
      >
        {assessments.map((a) => (
          <option key={a} value={a}>
            {assessmentWords[a]}
          </option>
        ))}
      </select>
    </label>
  );
}

function SitesEntry({ draft, change, errorFor, errorId }: EventFieldsProps) {
  const isProgression = draft.type === 'progression';
  return (
    <>
      {isProgression && draft.sites.length === 0 ? (
        <button
          type="button"
          className="secondary"
          onClick={() => change({ sites: [emptySiteDraft()] })}
        >
          Add new or growing sites
        </button>
      ) : (
        <SitesFields
          sites={draft.sites}
          onChange={(sites) => change({ sites })}
          errors={Object.fromEntries(
            draft.sites.flatMap((_, i) => {
              const message = errorFor(`sites.${i}`);
              return message ? [[i, message]] : [];
            }),
          )}
        />
      )}
      {isProgression ? (
        <p className="muted small">
          Sites are optional for a progression: give the new or growing ones.
        </p>
      ) : null}
      <FieldError id={errorId('sites')} message={errorFor('sites')} />
    </>
  );
}

function IntoleranceEntry({ draft, change, runningRegimen }: EventFieldsProps) {
  return (
    <fieldset>
      <legend>Which drugs could not be tolerated? (none ticked: the whole regimen)</legend>
      {runningRegimen.map((agent) => (
        <label key={agent} className="checkbox">
          <input
            type="checkbox"
            checked={draft.agents.includes(agent)}
            onChange={(e) =>
              change({
                agents: e.target.checked
                  ? [...draft.agents, agent]
                  : draft.agents.filter((a) => a !== agent),
              })
            }
          />
          {agent}
        </label>
      ))}
    </fieldset>
  );
}

function NoteEntry({ draft, change }: EventFieldsProps) {
  return (
    <label className="wide">
      Note (optional)
      <input value={draft.note} onChange={(e) => change({ note: e.target.value })} />
    </label>
  );
}

const biomarkerLabels: Record<BiomarkerField, string> = {
  er: 'ER',
  pr: 'PR',
  her2: 'HER2',
  brca: 'Germline BRCA',
  pdl1: 'PD-L1',
};

function BiomarkerEntry({ draft, change }: EventFieldsProps) {
  return (
    <div className="field-grid">
      {Object.entries(biomarkerLabels).map(([field, label]) => (
        <label key={field}>
          {label}
          <select
            aria-label={label}
            value={draft.biomarkers[field as BiomarkerField]}
            onChange={(e) =>
              change({ biomarkers: { ...draft.biomarkers, [field]: e.target.value } })
            }
          >
            <option value="">no change</option>
            {(field === 'brca' ? brcaStatuses : receptorStatuses).map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}

function LocalTherapyEntry({ draft, change }: EventFieldsProps) {
  return (
    <div className="field-grid">
      <label>
        Modality
        <select
          aria-label="Modality"
          value={draft.modality}
          onChange={(e) => change({ modality: e.target.value })}
        >
          {localModalities.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
      <label>
        Site
        <select
          aria-label="Site"
          value={draft.site}
          onChange={(e) => change({ site: e.target.value })}
        >
          {siteNames.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        Technique (optional)
        <input value={draft.technique} onChange={(e) => change({ technique: e.target.value })} />
      </label>
    </div>
  );
}

function DecisionEntry({ draft, change, errors, candidates }: EventFieldsProps) {
  return (
    <DecisionFields
      draft={draft}
      onChange={change}
      candidates={candidates}
      errors={errors}
      decisionDate={draft.date}
    />
  );
}
