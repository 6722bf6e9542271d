import { useState } from 'react';
import { FieldError } from '../../../components/forms/field-error.tsx';
import { SelectField } from '../../../components/forms/select-field.tsx';
import {
  brcaStatuses,
  menopausalStatuses,
  patientSchema,
  presentations,
  receptorStatuses,
  type Patient,
} from '../../../domain/index.ts';
import { useCaseSession } from '../../../session/case-session.tsx';

const selects = [
  { field: 'er', label: 'ER', values: receptorStatuses },
  { field: 'pr', label: 'PR', values: receptorStatuses },
  { field: 'her2', label: 'HER2', values: receptorStatuses },
  { field: 'brca', label: 'Germline BRCA', values: brcaStatuses },
  { field: 'pdl1', label: 'PD-L1', values: receptorStatuses },
  { field: 'menopause', label: 'Menopausal status', values: menopausalStatuses },
  { field: 'presentation', label: 'Presentation', values: presentations },
] as const;

const valueLabels: Record<string, string> = {
  pre: 'premenopausal',
  post: 'postmenopausal',
  'de-novo': 'de novo (metastatic at diagnosis)',
  recurrent: 'recurrent',
  'not-mutated': 'not mutated',
};

type NumberField = 'age' | 'ecog';

/** Why typed text is not a valid value for age or ECOG (same schema as the case file). */
function numberProblem(field: NumberField, text: string): string | undefined {
  if (text.trim() === '') return undefined;
  const parsed = patientSchema.shape[field].safeParse(Number(text));
  return parsed.success
    ? undefined
    : `${field === 'age' ? 'Age' : 'ECOG'} ${parsed.error.issues[0]?.message ?? 'is invalid'}`;
}

/** Every patient field of the case format; validates as you type and keeps what was typed. */
export function PatientForm() {
  const { caseFile, setPatient, readOnly } = useCaseSession();
  const patient = caseFile.patient;
  const [typed, setTyped] = useState<Record<NumberField, string>>({
    age: patient.age === undefined ? '' : String(patient.age),
    ecog: patient.ecog === undefined ? '' : String(patient.ecog),
  });
  const [refusal, setRefusal] = useState<string>();

  const commit = (next: Patient) => {
    const result = setPatient(next);
    setRefusal(result.ok ? undefined : result.reason);
  };

  const onNumber = (field: NumberField, text: string) => {
    setTyped((t) => ({ ...t, [field]: text }));
    if (numberProblem(field, text)) return;
    const { [field]: _old, ...rest } = patient;
    commit(text.trim() === '' ? rest : { ...rest, [field]: Number(text) });
  };

  return (
    <form
      className="patient-form"
      aria-labelledby="patient-heading"
      onSubmit={(e) => e.preventDefault()}
    >
      <h2 id="patient-heading">Patient</h2>
      <fieldset className="field-grid plain" disabled={readOnly}>
        {selects.map(({ field, label, values }) => (
          <SelectField<string>
            key={field}
            label={label}
            name={field}
            values={values}
            optionLabel={(v) => valueLabels[v] ?? v}
            value={patient[field]}
            onChange={(value) => commit({ ...patient, [field]: value })}
          />
        ))}
        {(['age', 'ecog'] as const).map((field) => {
          const problem = numberProblem(field, typed[field]);
          return (
            <label key={field}>
              {field === 'age' ? 'Age' : 'ECOG'}
              <input
                name={field}
                inputMode="numeric"
                value={typed[field]}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? `${field}-error` : undefined}
                onChange={(e) => onNumber(field, e.target.value)}
                size={4}
              />
              <FieldError id={`${field}-error`} message={problem} />
            </label>
          );
        })}
      </fieldset>
      {refusal ? (
        <p className="form-error" role="alert">
          Not changed: {refusal}
        </p>
      ) : null}
    </form>
  );
}
