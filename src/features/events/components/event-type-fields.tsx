import type { ReactNode } from 'react';
import { CheckboxGroup } from '../../../components/forms/checkbox-group.tsx';
import { DecisionFields } from '../../../components/forms/decision-fields.tsx';
import { FieldError } from '../../../components/forms/field-error.tsx';
import { SelectField } from '../../../components/forms/select-field.tsx';
import { SitesFields, emptySiteDraft } from '../../../components/forms/sites-fields.tsx';
import {
  assessments,
  biomarkerFields,
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

/** How the form offers one event type: its name in the type list and the fields it asks for. */
export interface EventTypeForm {
  readonly label: string;
  readonly fields: (props: EventFieldsProps) => ReactNode;
}

/**
 * Every event type's label and fields, one entry per type. The table is a `Record` over the
 * case schema's event types, so a new event type does not compile until it has both here.
 */
export const eventTypeForms: Record<EventType, EventTypeForm> = {
  metastases: {
    label: 'Metastatic sites documented',
    fields: (props) => <SitesEntry {...props} />,
  },
  'start-line': {
    label: 'Start a line of therapy',
    fields: ({ draft, change, errorFor }) => (
      <RegimenPicker
        regimen={draft.regimen}
        onChange={(regimen) => change({ regimen })}
        error={errorFor('regimen')}
      />
    ),
  },
  response: { label: 'Response assessment', fields: (props) => <ResponseEntry {...props} /> },
  progression: { label: 'Progression', fields: (props) => <SitesEntry {...props} /> },
  intolerance: {
    label: 'Intolerance',
    fields: (props) => (
      <>
        <IntoleranceEntry {...props} />
        <NoteEntry {...props} />
      </>
    ),
  },
  break: { label: 'Treatment break', fields: (props) => <NoteEntry {...props} /> },
  resume: { label: 'Resume after break', fields: () => null },
  'stop-treatment': {
    label: 'Stop anti-cancer treatment',
    fields: (props) => <NoteEntry {...props} />,
  },
  'receptor-update': {
    label: 'Biomarker update',
    fields: (props) => <BiomarkerEntry {...props} />,
  },
  'local-therapy': {
    label: 'Local therapy (radiation or surgery)',
    fields: (props) => <LocalTherapyEntry {...props} />,
  },
  decision: { label: 'Decision on a candidate', fields: (props) => <DecisionEntry {...props} /> },
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

function ResponseEntry({ draft, change, errorFor }: EventFieldsProps) {
  return (
    <SelectField<string>
      label="Assessment"
      options={[
        { value: '', label: 'choose…' },
        ...assessments.map((a) => ({ value: a, label: assessmentWords[a] })),
      ]}
      value={draft.assessment}
      onChange={(assessment) => change({ assessment })}
      error={errorFor('assessment')}
    />
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
    <CheckboxGroup
      legend="Which drugs could not be tolerated? (none ticked: the whole regimen)"
      values={runningRegimen}
      checked={draft.agents}
      onChange={(agents) => change({ agents })}
    />
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
      {biomarkerFields.map((field) => (
        <SelectField<string>
          key={field}
          label={biomarkerLabels[field]}
          options={[
            { value: '', label: 'no change' },
            ...(field === 'brca' ? brcaStatuses : receptorStatuses).map((v) => ({
              value: v,
              label: v,
            })),
          ]}
          value={draft.biomarkers[field]}
          onChange={(value) => change({ biomarkers: { ...draft.biomarkers, [field]: value } })}
        />
      ))}
    </div>
  );
}

function LocalTherapyEntry({ draft, change }: EventFieldsProps) {
  return (
    <div className="field-grid">
      <SelectField<string>
        label="Modality"
        values={localModalities}
        value={draft.modality}
        onChange={(modality) => change({ modality })}
      />
      <SelectField<string>
        label="Site"
        values={siteNames}
        value={draft.site}
        onChange={(site) => change({ site })}
      />
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
