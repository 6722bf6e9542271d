import type { FhirFacts, RecordFinding } from '../fhir-import-types.ts';

/** Shown-only facts, the same fact from several resources once, in a stable order. */
export function recordFindings(facts: FhirFacts): RecordFinding[] {
  const order: readonly RecordFinding['topic'][] = [
    'stage',
    'histology',
    'receptor-detail',
    'pd-l1',
    'variant',
    'tumour-profile',
    'performance',
    'local-therapy',
  ];
  const byKey = new Map<string, RecordFinding>();
  for (const r of facts.records) {
    const key = `${r.topic}|${r.label}|${r.value}|${r.date ?? ''}`;
    const existing = byKey.get(key);
    if (existing) {
      byKey.set(key, { ...existing, sources: [...existing.sources, r.source] });
      continue;
    }
    byKey.set(key, {
      topic: r.topic,
      label: r.label,
      value: r.value,
      ...(r.date ? { date: r.date } : {}),
      sources: [r.source],
      ...(r.note ? { note: r.note } : {}),
    });
  }
  return [...byKey.values()].sort(
    (a, b) =>
      order.indexOf(a.topic) - order.indexOf(b.topic) || (a.date ?? '').localeCompare(b.date ?? ''),
  );
}
