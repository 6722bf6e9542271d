import { describe, expect, it } from 'vitest';
import { knowledge } from '../../../test/knowledge.ts';
import { buildLedger, renderLedger } from './ledger.ts';
import { notEncoded } from './ledger-not-encoded.ts';

describe('coverage ledger', () => {
  const ledger = buildLedger(knowledge);

  it('accounts for every sentence of the five documents: used, or explained', () => {
    expect(ledger.unaccounted.map((s) => `${s.id}: ${s.text}`)).toEqual([]);
    expect(ledger.counts.sentences).toBe(
      knowledge.evidence.documents.reduce((n, d) => n + d.sentences.length, 0),
    );
    expect(ledger.counts.used + ledger.counts.explainedNotUsed).toBe(ledger.counts.aboutTreatment);
  });

  it('never lists a sentence as both used and deliberately not encoded', () => {
    expect(ledger.contradictory.map((s) => s.id)).toEqual([]);
  });

  it('explains only sentences that exist, with unchanged words, once each', () => {
    for (const entry of notEncoded) {
      expect(knowledge.evidence.check(entry.ref), entry.why).toBeUndefined();
      expect(entry.why.length).toBeGreaterThan(5);
    }
    const ids = notEncoded.map((e) => `${e.ref.doc}/${e.ref.section}/${e.ref.n}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses every treatment sentence the issue names: the switch, the GnRH agonist, cord compression, several locations', () => {
    const usesOf = (id: string) => ledger.lines.find((l) => l.sentence.id === id)?.uses ?? [];
    expect(usesOf('003/hormone-therapy/8').map((u) => u.id)).toContain(
      'aromatase-inhibitor-switch',
    );
    expect(usesOf('003/hormone-therapy/7').map((u) => u.id)).toContain(
      'ovarian-suppression-aromatase-inhibitor-switch',
    );
    expect(usesOf('003/surgery/5').map((u) => u.id)).toContain('surgery-bone');
    expect(usesOf('002/stage-4-breast-cancer-treatment-options/5').map((u) => u.id)).toContain(
      'local-therapy-with-several-sites',
    );
  });

  it('prints each sentence with its status and ends with the counts', () => {
    const text = renderLedger(ledger);
    expect(text).toMatch(/^== 000/);
    expect(text).toMatch(/003\/surgery\/5 {2}used by option surgery-bone/);
    expect(text).toMatch(/not encoded \(how treatment is given/);
    expect(text.trim().split('\n').at(-1)).toMatch(
      /^\d+ sentences: \d+ about treatment \(\d+ used, \d+ explained and not used\), \d+ not about treatment, 0 unaccounted\.$/,
    );
  });
});
