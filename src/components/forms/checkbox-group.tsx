export interface CheckboxGroupProps<T extends string> {
  readonly legend: string;
  readonly values: readonly T[];
  readonly checked: readonly T[];
  /** Called with the new list of ticked values, in the order they were ticked. */
  readonly onChange: (checked: T[]) => void;
  readonly optionLabel?: (value: T) => string;
  readonly className?: string;
}

/** A fieldset of checkboxes choosing several values from a list. */
export function CheckboxGroup<T extends string>({
  legend,
  values,
  checked,
  onChange,
  optionLabel = (value) => value,
  className,
}: CheckboxGroupProps<T>) {
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value} className="checkbox">
          <input
            type="checkbox"
            checked={checked.includes(value)}
            onChange={(e) =>
              onChange(e.target.checked ? [...checked, value] : checked.filter((v) => v !== value))
            }
          />
          {optionLabel(value)}
        </label>
      ))}
    </fieldset>
  );
}
