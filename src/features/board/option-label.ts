import { knowledge } from '../../lib/knowledge.ts';

const labels = new Map(knowledge.options.map((o) => [o.id, o.label]));

/**
 * A decision's candidate by its label ("Tamoxifen"), as the board reads it; the case stores the
 * option's id. An id the knowledge base no longer holds is shown as stored, since nothing else
 * names it.
 */
export function optionLabel(id: string): string {
  return labels.get(id) ?? id;
}
