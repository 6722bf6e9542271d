import { describe, expect, it } from 'vitest';
import { conflicts, getConflict } from './conflicts.ts';
import { knowledge } from '../../../test/knowledge.ts';

describe('conflicts between documents', () => {
  it('have unique ids, at least two positions each, and list exactly the documents they cite', () => {
    expect(new Set(conflicts.map((c) => c.id)).size).toBe(conflicts.length);
    for (const conflict of conflicts) {
      expect(conflict.positions.length, conflict.id).toBeGreaterThanOrEqual(2);
      const cited = new Set(conflict.positions.flatMap((p) => p.sources.map((s) => s.doc)));
      expect([...conflict.docs].sort(), conflict.id).toEqual([...cited].sort());
      expect(new Set(conflict.docs).size, conflict.id).toBe(conflict.docs.length);
    }
  });

  it('are attached only by existing ids, and each to at least one option', () => {
    const attached = knowledge.options.flatMap((o) => o.conflicts ?? []);
    for (const id of attached) expect(getConflict(id), id).toBeDefined();
    for (const conflict of conflicts) expect(attached, conflict.id).toContain(conflict.id);
  });

  it('attach the new disagreements to the options they concern', () => {
    const optionsWith = (id: string) =>
      knowledge.options
        .filter((o) => o.conflicts?.includes(id))
        .map((o) => o.id)
        .sort();
    expect(optionsWith('abemaciclib-first-line')).toEqual([
      'aromatase-inhibitor-cdk46',
      'ovarian-suppression-aromatase-inhibitor-cdk46',
    ]);
    expect(optionsWith('local-therapy-beyond-symptom-relief')).toEqual([
      'surgery-liver',
      'surgery-lung',
    ]);
  });

  it('count 002 on neither side of the HER2-drugs question', () => {
    const conflict = getConflict('her2-drugs-and-hormone-receptor-status');
    const sideOf = (doc: string) =>
      conflict?.positions.filter((p) => p.sources.some((s) => s.doc === doc)) ?? [];
    expect(sideOf('002')).toHaveLength(1);
    expect(sideOf('002')[0]?.sources.every((s) => s.doc === '002')).toBe(true);
    expect(sideOf('002')[0]?.says).toMatch(/^Ambiguous/);
    expect(sideOf('000')).toEqual(sideOf('001'));
  });
});
