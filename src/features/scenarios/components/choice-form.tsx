import { useState } from 'react';
import { choiceGroupHeading, type ChoiceGroup } from '../../../domain/teaching/index.ts';

/**
 * The trainee's choice at a decision point: every regimen a new line could be, grouped by
 * modality (one optgroup each, named with what the group's regimens combine). The select is
 * named "Your choice" alone, as the visible label also counts the regimens.
 */
export function ChoiceForm({
  groups,
  onChoose,
}: {
  groups: readonly ChoiceGroup[];
  onChoose: (optionId: string) => void;
}) {
  const [draft, setDraft] = useState('');
  const count = groups.reduce((n, g) => n + g.options.length, 0);
  return (
    <form
      className="choice-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (draft === '') return;
        onChoose(draft);
        setDraft('');
      }}
    >
      <label>
        Your choice (all {count} regimens, grouped by modality)
        <select aria-label="Your choice" value={draft} onChange={(e) => setDraft(e.target.value)}>
          <option value="">choose…</option>
          {groups.map((group) => (
            <optgroup key={group.modality} label={choiceGroupHeading(group)}>
              {group.options.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <button type="submit" className="primary" disabled={draft === ''}>
        Show what the documents support
      </button>
    </form>
  );
}
