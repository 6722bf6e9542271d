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

const sign = (status: string) => (status === 'positive' ? '+' : status === 'negative' ? '−' : '?');

/**
 * The subtype in words with the receptors it rests on: "HR-positive (ER+ PR−), HER2-negative",
 * "Triple-negative (ER− PR− HER2−)". Same grouping as subtypeLabel.
 */
export function subtypeInWords(patient: Patient): string {
  const { er, pr, her2 } = patient;
  const short = subtypeLabel(patient);
  if (short === 'Triple-negative') return 'Triple-negative (ER− PR− HER2−)';
  const hr = short.startsWith('HR+')
    ? 'HR-positive'
    : short.startsWith('HR-')
      ? 'HR-negative'
      : 'hormone receptors unknown';
  const her2Words = her2 === 'unknown' ? 'HER2 unknown' : `HER2-${her2}`;
  return `${hr} (ER${sign(er)} PR${sign(pr)}), ${her2Words}`;
}
