/**
 * A FHIR HumanName as one line of text: its `text` when it has one, else the given names then
 * the family name. Missing, empty and non-text parts are left out, so a resource not read
 * through the schemas yet (a search result) can be passed as it is; no usable part gives ''.
 */
export function formatHumanName(name: unknown): string {
  if (name === null || typeof name !== 'object') return '';
  const { text, given, family } = name as Record<string, unknown>;
  if (typeof text === 'string' && text.trim() !== '') return text.trim();
  return [...(Array.isArray(given) ? (given as unknown[]) : []), family]
    .filter((part): part is string => typeof part === 'string')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
}
