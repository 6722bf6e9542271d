import { useId } from 'react';
import { FieldError } from './field-error.tsx';

/** One choice of a select: the value the code sees and the words the user sees. */
export interface SelectOption<T extends string> {
  readonly value: T;
  readonly label: string;
}

interface SelectFieldCommon<T extends string> {
  /** The visible label, and the select's accessible name unless `ariaLabel` gives another. */
  readonly label: string;
  /** A shorter accessible name, for a visible label that carries a hint. */
  readonly ariaLabel?: string;
  readonly value: T;
  /** Called with the chosen option's value, never with anything else the element holds. */
  readonly onChange: (value: T) => void;
  /** Shown under the select, which is then marked invalid and described by it. */
  readonly error?: string | undefined;
  /** On the label, which holds the select (e.g. `wide` in a field grid). */
  readonly className?: string;
  readonly name?: string;
  readonly disabled?: boolean;
}

/** The choices as a list of value and label, or as values with a function naming each. */
type SelectFieldChoices<T extends string> =
  | { readonly options: readonly SelectOption<T>[]; readonly values?: never }
  | {
      readonly values: readonly T[];
      /** The words shown for a value; the value itself when not given. */
      readonly optionLabel?: (value: T) => string;
      readonly options?: never;
    };

export type SelectFieldProps<T extends string> = SelectFieldCommon<T> & SelectFieldChoices<T>;

/**
 * A labelled select. The accessible name is the label alone (not the label plus the chosen
 * option, as a select inside its label would otherwise be named), and an error is tied to the
 * select for screen readers (`aria-invalid`, `aria-describedby`). An empty choice ("choose…",
 * "All") is an option with the value `''`.
 */
export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const { label, ariaLabel, value, onChange, error, className, name, disabled } = props;
  const errorId = `${useId()}-error`;
  const options: readonly SelectOption<T>[] =
    props.options ??
    props.values.map((v) => ({ value: v, label: props.optionLabel ? props.optionLabel(v) : v }));
  return (
    <label className={className}>
      {label}
      <select
        aria-label={ariaLabel ?? label}
        name={name}
        disabled={disabled}
        value={value}
        onChange={(e) => {
          const chosen = options.find((o) => o.value === e.target.value);
          if (chosen) onChange(chosen.value);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={errorId} message={error} />
    </label>
  );
}
