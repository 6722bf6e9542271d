import { useEffect, useId, useRef } from 'react';
import { complications, siteNames, type Complication, type SiteName } from '../../domain/index.ts';
import { FieldError } from './field-error.tsx';
import { CheckboxGroup } from './checkbox-group.tsx';
import { SelectField, type SelectOption } from './select-field.tsx';

/** A site as typed: the lesion count stays text so a half-typed value is never lost. */
export interface SiteDraft {
  readonly site: SiteName;
  readonly count: string;
  readonly symptomatic: 'yes' | 'no' | 'unrecorded';
  readonly complications: readonly Complication[];
}

export const emptySiteDraft = (site: SiteName = 'bone'): SiteDraft => ({
  site,
  count: '',
  symptomatic: 'unrecorded',
  complications: [],
});

const siteLabels: Record<SiteName, string> = {
  bone: 'Bone',
  liver: 'Liver',
  lung: 'Lung',
  brain: 'Brain',
  'lymph-node': 'Lymph node',
  'soft-tissue': 'Soft tissue',
  pleura: 'Pleura',
  skin: 'Skin',
  breast: 'Breast',
  other: 'Other',
};

export const siteLabel = (site: SiteName) => siteLabels[site];

const symptomaticOptions: readonly SelectOption<SiteDraft['symptomatic']>[] = [
  { value: 'unrecorded', label: 'Not recorded' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** Why a typed lesion count is not usable, or undefined. */
export function countProblem(text: string): string | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  if (!Number.isInteger(n)) return 'Lesion count must be a whole number';
  if (n < 1) return 'Lesion count must be at least 1';
  if (n > 1000) return 'Lesion count must be at most 1000';
  return undefined;
}

export function SitesFields({
  sites,
  onChange,
  errors = {},
}: {
  sites: readonly SiteDraft[];
  onChange: (sites: SiteDraft[]) => void;
  errors?: Readonly<Record<number, string>>;
}) {
  const id = useId();
  const container = useRef<HTMLFieldSetElement>(null);
  // After "Add another site", the new site's first field takes focus once it is rendered.
  const focusSite = useRef<number | undefined>(undefined);
  useEffect(() => {
    const index = focusSite.current;
    if (index === undefined) return;
    const field = container.current?.querySelector<HTMLElement>(
      `[data-site-index="${index}"] select`,
    );
    if (field) {
      field.focus();
      focusSite.current = undefined;
    }
  });
  const update = (index: number, change: Partial<SiteDraft>) =>
    onChange(sites.map((s, i) => (i === index ? { ...s, ...change } : s)));
  return (
    <fieldset className="sites-fields" ref={container}>
      <legend>Metastatic sites</legend>
      {sites.map((draft, index) => {
        const rowId = `${id}-${index}`;
        const countError = countProblem(draft.count) ?? errors[index];
        return (
          <div
            className="site-row"
            key={rowId}
            role="group"
            aria-label={`Site ${index + 1}`}
            data-site-index={index}
          >
            <SelectField
              label="Site"
              values={siteNames}
              optionLabel={siteLabel}
              value={draft.site}
              onChange={(site) => update(index, { site })}
            />
            <label>
              Lesions
              <input
                inputMode="numeric"
                value={draft.count}
                aria-invalid={countError ? true : undefined}
                aria-describedby={countError ? `${rowId}-count-error` : undefined}
                onChange={(e) => update(index, { count: e.target.value })}
                size={4}
              />
            </label>
            <SelectField
              label="Symptomatic"
              options={symptomaticOptions}
              value={draft.symptomatic}
              onChange={(symptomatic) => update(index, { symptomatic })}
            />
            <CheckboxGroup
              className="complications"
              legend="Complications"
              values={complications}
              checked={draft.complications}
              onChange={(checked) => update(index, { complications: checked })}
              optionLabel={(c) => c.replaceAll('-', ' ')}
            />
            {sites.length > 1 ? (
              <button
                type="button"
                className="link-button"
                onClick={() => onChange(sites.filter((_, i) => i !== index))}
              >
                Remove site {index + 1}
              </button>
            ) : null}
            <FieldError id={`${rowId}-count-error`} message={countError} />
          </div>
        );
      })}
      <button
        type="button"
        className="secondary"
        onClick={() => {
          const used = new Set(sites.map((s) => s.site));
          focusSite.current = sites.length;
          onChange([...sites, emptySiteDraft(siteNames.find((s) => !used.has(s)) ?? 'other')]);
        }}
      >
        Add another site
      </button>
    </fieldset>
  );
}

/** Site drafts as case-format sites (count text already validated). */
export function sitesFromDrafts(drafts: readonly SiteDraft[]) {
  return drafts.map((d) => ({
    site: d.site,
    ...(d.count.trim() === '' ? {} : { count: Number(d.count) }),
    ...(d.symptomatic === 'unrecorded' ? {} : { symptomatic: d.symptomatic === 'yes' }),
    ...(d.complications.length > 0 ? { complications: [...d.complications] } : {}),
  }));
}
