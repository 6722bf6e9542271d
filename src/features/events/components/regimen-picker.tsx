import { memo, useId, useState } from 'react';
import { FieldError } from '../../../components/forms/field-error.tsx';
import {
  drugAliases,
  getDrug,
  normaliseDrugName,
  suggestDrugNames,
  type DrugSuggestion,
} from '../../../domain/index.ts';

const aliases = drugAliases();
const drugNameOptionsId = 'drug-name-options';

/**
 * The completion list of drug names (about a hundred options), rendered once beside the forms
 * rather than inside each: the event form is rebuilt after every event, and rebuilding the list
 * with it was a large part of an update.
 */
export const DrugNameOptions = memo(function DrugNameOptions() {
  return (
    <datalist id={drugNameOptionsId}>
      {aliases.map(({ alias, names }) => (
        <option key={alias} value={alias}>
          {alias === names[0] ? getDrug(alias)?.drugClass : `${names.join(' + ')}`}
        </option>
      ))}
    </datalist>
  );
});

/**
 * Builds a regimen from typed names: generic names, brand names and the documents' other
 * spellings complete from a list and are turned into canonical names, each shown with its class.
 * The list is <DrugNameOptions />, which the page renders once.
 */
export function RegimenPicker({
  regimen,
  onChange,
  error,
}: {
  regimen: readonly string[];
  onChange: (regimen: string[]) => void;
  error?: string | undefined;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();
  const [suggestions, setSuggestions] = useState<readonly DrugSuggestion[]>([]);

  const addNames = (names: readonly string[]) => {
    const fresh = names.filter((n) => !regimen.includes(n));
    if (fresh.length === 0) {
      setProblem(`${names.join(' + ')} is already in the regimen`);
      return;
    }
    onChange([...regimen, ...fresh]);
    setText('');
    setProblem(undefined);
    setSuggestions([]);
  };

  const add = () => {
    if (text.trim() === '') return;
    const names = normaliseDrugName(text);
    if (!names) {
      const near = suggestDrugNames(text);
      setSuggestions(near);
      setProblem(
        `Unknown drug "${text.trim()}"${near.length > 0 ? '' : ': use a name from the list'}`,
      );
      return;
    }
    addNames(names);
  };

  const shown = problem ?? error;
  return (
    <div className="regimen-picker">
      <label htmlFor={`${id}-input`}>Regimen: add a drug (generic or brand name)</label>
      <div className="inline">
        <input
          id={`${id}-input`}
          list={drugNameOptionsId}
          value={text}
          autoComplete="off"
          aria-invalid={shown ? true : undefined}
          aria-describedby={shown ? `${id}-error` : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setProblem(undefined);
            setSuggestions([]);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="secondary" onClick={add}>
          Add drug
        </button>
      </div>
      <FieldError id={`${id}-error`} message={shown} />
      {suggestions.length > 0 ? (
        <p className="drug-suggestions">
          {suggestions.map((s) => (
            <button
              key={s.spelling}
              type="button"
              className="link-button"
              onClick={() => addNames(s.names)}
            >
              Did you mean {s.spelling}
              {s.names.length > 1 || s.names[0] !== s.spelling ? ` (${s.names.join(' + ')})` : ''}?
            </button>
          ))}
        </p>
      ) : null}
      {regimen.length > 0 ? (
        <ul className="regimen-chips" aria-label="Drugs in the regimen">
          {regimen.map((name) => {
            const drug = getDrug(name);
            return (
              <li key={name} className="chip">
                <span>{name}</span>{' '}
                <span className="muted small">{drug?.subclass ?? drug?.drugClass}</span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove ${name}`}
                  onClick={() => onChange(regimen.filter((n) => n !== name))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted small">No drug added yet.</p>
      )}
    </div>
  );
}
