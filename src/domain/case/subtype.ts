import type { Patient } from './case-schema.ts';

/** "HR+/HER2-", "HR-/HER2+", "HR?/HER2?": the subtype as clinicians abbreviate it. */
export function subtypeLabel(patient: Patient): string {
  const { er, pr, her2 } = patient;
  const hr =
    er === 'positive' || pr === 'positive'
      ? 'HR+'
      : er === 'negative' && pr === 'negative'
        ? 'HR-'
        : 'HR?';
  const h = her2 === 'positive' ? 'HER2+' : her2 === 'negative' ? 'HER2-' : 'HER2?';
  return hr === 'HR-' && h === 'HER2-' ? 'Triple-negative' : `${hr}/${h}`;
}
