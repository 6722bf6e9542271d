import { describe, expect, it } from 'vitest';
import { buildCase, dated, type UndatedEvent } from '../../../test/fixtures/case-builder.ts';
import type { Patient } from '../case/case-schema.ts';

import { recommendCase } from '../recommend-case.ts';
import { knowledge } from '../../../test/knowledge.ts';

/**
 * Every option's condition, with one case where it applies and one where it does not. The
 * meta-test at the end fails when an option is added without a row here.
 */

type Setup = { patient: Partial<Patient>; events: UndatedEvent[] };

const hrPosPost: Partial<Patient> = {};
const hrPosPre: Partial<Patient> = { menopause: 'pre' };
const her2Pos: Partial<Patient> = { er: 'negative', pr: 'negative', her2: 'positive' };
const tripleNeg: Partial<Patient> = { er: 'negative', pr: 'negative', her2: 'negative' };

const sites = (
  ...list: Array<{
    site:
      | 'bone'
      | 'liver'
      | 'lung'
      | 'brain'
      | 'lymph-node'
      | 'breast'
      | 'skin'
      | 'soft-tissue'
      | 'pleura'
      | 'other';
    count?: number;
    symptomatic?: boolean;
    complications?: Array<'fracture' | 'spinal-cord-compression' | 'pain' | 'breathing'>;
  }>
): UndatedEvent => ({
  type: 'metastases',
  sites: list,
});
const bone = sites({ site: 'bone', count: 2 });
const line = (...regimen: string[]): UndatedEvent[] => [
  { type: 'start-line', regimen },
  { type: 'progression' },
];
const s = (patient: Partial<Patient>, ...events: Array<UndatedEvent | UndatedEvent[]>): Setup => ({
  patient,
  events: events.flat(),
});

const table: Record<string, { applies: Setup; not: Setup }> = {
  'aromatase-inhibitor': { applies: s(hrPosPost, bone), not: s(hrPosPre, bone) },
  'aromatase-inhibitor-switch': {
    applies: s(hrPosPost, bone, line('letrozole')),
    not: s(hrPosPost, bone),
  },
  'ovarian-suppression-aromatase-inhibitor': {
    applies: s(hrPosPre, bone),
    not: s(hrPosPost, bone),
  },
  'ovarian-suppression-aromatase-inhibitor-switch': {
    applies: s(hrPosPre, bone, line('goserelin', 'anastrozole')),
    not: s(hrPosPre, bone),
  },
  tamoxifen: { applies: s(hrPosPre, bone), not: s(tripleNeg, bone) },
  toremifene: {
    applies: s(hrPosPost, bone),
    not: s(hrPosPost, sites({ site: 'liver', symptomatic: true })),
  },
  fulvestrant: { applies: s(hrPosPost, bone), not: s(tripleNeg, bone) },
  'ovarian-removal': { applies: s(hrPosPre, bone), not: s(hrPosPost, bone) },
  'aromatase-inhibitor-cdk46': {
    applies: s(hrPosPost, bone),
    not: s(hrPosPost, bone, line('tamoxifen')),
  },
  'ovarian-suppression-aromatase-inhibitor-cdk46': {
    applies: s(hrPosPre, bone),
    not: s(hrPosPost, bone),
  },
  'fulvestrant-abemaciclib': {
    applies: s(hrPosPost, bone, line('letrozole')),
    not: s(hrPosPost, bone),
  },
  abemaciclib: {
    applies: s(hrPosPost, bone, line('letrozole'), line('capecitabine')),
    not: s(hrPosPost, bone, line('letrozole')),
  },
  'exemestane-everolimus': {
    applies: s(hrPosPost, bone, line('anastrozole')),
    not: s(hrPosPost, bone, line('tamoxifen')),
  },
  'chemotherapy-single-agent': {
    applies: s(hrPosPost, sites({ site: 'liver', count: 3, symptomatic: true })),
    not: s(hrPosPost, bone),
  },
  'chemotherapy-combination': {
    applies: s(
      tripleNeg,
      sites(
        { site: 'bone' },
        { site: 'liver', symptomatic: false },
        { site: 'lung', symptomatic: false },
      ),
    ),
    not: s(tripleNeg, bone),
  },
  'chemotherapy-with-endocrine': { applies: s(hrPosPost, bone), not: s(tripleNeg, bone) },
  'pertuzumab-trastuzumab-docetaxel': {
    applies: s(her2Pos, bone),
    not: s(her2Pos, bone, line('capecitabine')),
  },
  'trastuzumab-paclitaxel': {
    applies: s(her2Pos, bone),
    not: s(her2Pos, bone, line('trastuzumab', 'docetaxel')),
  },
  'trastuzumab-chemotherapy': { applies: s(her2Pos, bone), not: s(tripleNeg, bone) },
  'trastuzumab-endocrine': { applies: s({ her2: 'positive' }, bone), not: s(her2Pos, bone) },
  'trastuzumab-single-agent': {
    applies: s(her2Pos, bone, line('capecitabine')),
    not: s(her2Pos, bone),
  },
  'trastuzumab-emtansine': {
    applies: s(her2Pos, bone, line('pertuzumab', 'trastuzumab', 'docetaxel')),
    not: s(her2Pos, bone, line('trastuzumab', 'capecitabine')),
  },
  'lapatinib-capecitabine': {
    applies: s(her2Pos, bone, line('trastuzumab', 'paclitaxel'), line('trastuzumab emtansine')),
    not: s(her2Pos, bone, line('trastuzumab', 'paclitaxel')),
  },
  'lapatinib-trastuzumab': {
    applies: s(her2Pos, bone, line('trastuzumab', 'paclitaxel'), line('trastuzumab emtansine')),
    not: s(her2Pos, bone, line('trastuzumab', 'paclitaxel')),
  },
  'lapatinib-capecitabine-before-tdm1': {
    applies: s(her2Pos, bone, line('pertuzumab', 'trastuzumab', 'docetaxel')),
    not: s(her2Pos, bone, line('trastuzumab', 'paclitaxel'), line('trastuzumab emtansine')),
  },
  'lapatinib-trastuzumab-before-tdm1': {
    applies: s(her2Pos, bone, line('pertuzumab', 'trastuzumab', 'docetaxel')),
    not: s(her2Pos, bone),
  },
  'parp-inhibitor': {
    applies: s({ ...tripleNeg, brca: 'mutated' }, bone),
    not: s({ ...her2Pos, brca: 'mutated' }, bone),
  },
  'atezolizumab-nab-paclitaxel': {
    // No PD-L1 result is needed: the documents set no such condition.
    applies: s({ ...tripleNeg, pdl1: 'unknown' }, bone),
    not: s(hrPosPost, bone),
  },
  'radiation-brain-stereotactic': {
    applies: s(hrPosPost, sites({ site: 'brain', count: 1 })),
    not: s(hrPosPost, sites({ site: 'brain', count: 3 })),
  },
  'radiation-whole-brain': {
    applies: s(hrPosPost, sites({ site: 'brain', count: 3 })),
    not: s(hrPosPost, sites({ site: 'brain', count: 1 })),
  },
  'surgery-brain': {
    applies: s(hrPosPost, sites({ site: 'brain', count: 1 })),
    not: s(hrPosPost, bone),
  },
  'radiation-bone': {
    applies: s(hrPosPost, bone),
    not: s(hrPosPost, sites({ site: 'liver', count: 1 })),
  },
  'surgery-bone': {
    applies: s(hrPosPost, sites({ site: 'bone', complications: ['spinal-cord-compression'] })),
    not: s(hrPosPost, sites({ site: 'bone', complications: ['pain'] })),
  },
  'radiation-lung': {
    applies: s(hrPosPost, sites({ site: 'lung', complications: ['breathing'] })),
    not: s(hrPosPost, sites({ site: 'lung', symptomatic: false })),
  },
  'surgery-lung': {
    applies: s(hrPosPost, sites({ site: 'lung', count: 1 })),
    not: s(hrPosPost, sites({ site: 'lung', count: 2 })),
  },
  'surgery-liver': {
    applies: s(hrPosPost, sites({ site: 'liver', count: 1 })),
    // "A single metastasis" is the whole patient: one liver lesion plus bone metastases is not.
    not: s(hrPosPost, sites({ site: 'liver', count: 1 }, { site: 'bone', count: 2 })),
  },
  'radiation-lymph-node': {
    applies: s(hrPosPost, sites({ site: 'lymph-node' })),
    not: s(hrPosPost, bone),
  },
  'surgery-breast': {
    applies: s(hrPosPost, sites({ site: 'breast' })),
    not: s(hrPosPost, bone),
  },
  'radiation-symptoms-skin': {
    applies: s(hrPosPost, sites({ site: 'skin', symptomatic: true })),
    not: s(hrPosPost, sites({ site: 'skin', symptomatic: false })),
  },
  'radiation-symptoms-soft-tissue': {
    applies: s(hrPosPost, sites({ site: 'soft-tissue', complications: ['pain'] })),
    not: s(hrPosPost, sites({ site: 'soft-tissue', symptomatic: false })),
  },
  'radiation-symptoms-liver': {
    applies: s(hrPosPost, sites({ site: 'liver', count: 3, symptomatic: true })),
    not: s(hrPosPost, sites({ site: 'liver', count: 3, symptomatic: false })),
  },
  'radiation-symptoms-pleura': {
    applies: s(hrPosPost, sites({ site: 'pleura', complications: ['breathing'] })),
    not: s(hrPosPost, sites({ site: 'pleura', symptomatic: false })),
  },
  'radiation-symptoms-other': {
    applies: s(hrPosPost, sites({ site: 'other', symptomatic: true })),
    not: s(hrPosPost, bone),
  },
  'radiation-breast': {
    applies: s({ presentation: 'recurrent' }, sites({ site: 'breast' })),
    not: s({ presentation: 'de-novo' }, sites({ site: 'breast' })),
  },
  'continue-current-line': {
    applies: s(hrPosPost, bone, { type: 'start-line', regimen: ['letrozole'] }),
    not: s(hrPosPost, bone),
  },
  'resume-current-line': {
    applies: s(hrPosPost, bone, { type: 'start-line', regimen: ['letrozole'] }, { type: 'break' }),
    not: s(hrPosPost, bone, { type: 'start-line', regimen: ['letrozole'] }),
  },
  'treatment-break': {
    applies: s(hrPosPost, bone, { type: 'start-line', regimen: ['letrozole'] }),
    not: s(hrPosPost, bone),
  },
  hospice: { applies: s(hrPosPost, bone, { type: 'stop-treatment' }), not: s(hrPosPost, bone) },
  'palliative-care': {
    applies: s(hrPosPost, bone),
    not: s(
      hrPosPost,
      bone,
      { type: 'start-line', regimen: ['letrozole'] },
      { type: 'stop-treatment' },
    ),
  },
  'clinical-trial': {
    applies: s(hrPosPost, bone),
    not: s(hrPosPost, bone, { type: 'stop-treatment' }),
  },
  'second-opinion': {
    applies: s(hrPosPost, bone),
    not: s(hrPosPost, bone, { type: 'start-line', regimen: ['letrozole'] }),
  },
};

function candidates(setup: Setup) {
  const result = recommendCase(buildCase(setup.patient, dated(setup.events)), knowledge);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return result.recommendation.candidates;
}

describe('every option condition', () => {
  it('has a row for each option in the knowledge base', () => {
    expect(Object.keys(table).sort()).toEqual(knowledge.options.map((o) => o.id).sort());
  });

  for (const [id, { applies, not }] of Object.entries(table)) {
    if (id === 'palliative-care') continue;
    it(`${id}: applies in the first case, not in the second`, () => {
      expect(candidates(applies).map((c) => c.id)).toContain(id);
      expect(candidates(not).map((c) => c.id)).not.toContain(id);
    });
  }

  it('palliative-care: offered at every point of the course', () => {
    const { applies, not } = table['palliative-care'] ?? { applies: s({}), not: s({}) };
    expect(candidates(applies).map((c) => c.id)).toContain('palliative-care');
    expect(candidates(not).map((c) => c.id)).toContain('palliative-care');
    expect(
      candidates(s({ er: 'unknown', pr: 'unknown', her2: 'unknown' })).map((c) => c.id),
    ).toContain('palliative-care');
  });
});

describe('tiers raised where a document names the first choice', () => {
  const tierOf = (setup: Setup, id: string) => candidates(setup).find((c) => c.id === id)?.tier;

  it('tamoxifen stays an alternative, with 003 as its basis once an aromatase inhibitor was not tolerated', () => {
    const first = candidates(s(hrPosPost, bone)).find((c) => c.id === 'tamoxifen');
    expect(first?.tier).toBe('alternative');
    // 000 calls an AI or tamoxifen the usual first step; 003 (newest) keeps tamoxifen for when
    // an AI cannot be taken: the limit and its conflict are shown.
    expect(first?.tierBasis.wording).toBe('first-choice');
    expect(first?.tierBasis.limits.map((l) => l.conflict)).toContain('tamoxifen-position');
    const after = candidates(
      s(hrPosPost, bone, { type: 'start-line', regimen: ['letrozole'] }, { type: 'intolerance' }),
    ).find((c) => c.id === 'tamoxifen');
    expect(after?.tier).toBe('alternative');
    expect(after?.tierBasis.source?.sentence).toBe('003/hormone-therapy/9');
  });

  it('chemotherapy is preferred for triple-negative disease, an alternative for symptomatic visceral or hormone-pretreated disease', () => {
    expect(tierOf(s(tripleNeg, bone), 'chemotherapy-single-agent')).toBe('preferred');
    // 003 offers it; 004 says it "may be given first": neither names it the first choice.
    expect(
      tierOf(s(hrPosPost, sites({ site: 'lung', symptomatic: true })), 'chemotherapy-single-agent'),
    ).toBe('alternative');
    expect(tierOf(s(hrPosPost, bone, line('letrozole')), 'chemotherapy-single-agent')).toBe(
      'alternative',
    );
    expect(
      candidates(s(hrPosPost, bone, line('letrozole'))).find(
        (c) => c.id === 'chemotherapy-single-agent',
      )?.tierBasis.source?.sentence,
    ).toBe('001/hormone-therapy/8');
  });

  it('lapatinib regimens are alternatives after T-DM1, and only to consider, with a note, before it', () => {
    const afterTdm1 = s(
      her2Pos,
      bone,
      line('trastuzumab', 'paclitaxel'),
      line('trastuzumab emtansine'),
    );
    const beforeTdm1 = s(her2Pos, bone, line('pertuzumab', 'trastuzumab', 'docetaxel'));
    for (const id of ['lapatinib-capecitabine', 'lapatinib-trastuzumab']) {
      expect(tierOf(afterTdm1, id)).toBe('alternative');
      expect(tierOf(beforeTdm1, id)).toBeUndefined();
      expect(tierOf(beforeTdm1, `${id}-before-tdm1`)).toBe('consider');
      expect(tierOf(afterTdm1, `${id}-before-tdm1`)).toBeUndefined();
      const variant = candidates(beforeTdm1).find((c) => c.id === `${id}-before-tdm1`);
      expect(variant?.caveat).toMatch(
        /typically following both trastuzumab-based treatment and T-DM1/,
      );
      expect(variant?.caveats[0]?.sources.map((q) => q.sentence)).toEqual([
        '001/table-2-targeted-therapy-options/5',
      ]);
    }
  });

  it('lapatinib regimens still need earlier trastuzumab, and a variant offered is not listed as ruled out', () => {
    const firstLine = candidates(s(her2Pos, bone)).map((c) => c.id);
    expect(firstLine.some((id) => id.startsWith('lapatinib'))).toBe(false);
    const setup = s(her2Pos, bone, line('pertuzumab', 'trastuzumab', 'docetaxel'));
    const result = recommendCase(buildCase(setup.patient, dated(setup.events)), knowledge);
    if (!result.ok) throw new Error('invalid');
    expect(result.recommendation.excluded.map((e) => e.id)).not.toContain('lapatinib-capecitabine');
  });

  it('an aromatase inhibitor alone is preferred for HER2-negative disease only', () => {
    expect(tierOf(s(hrPosPost, bone), 'aromatase-inhibitor')).toBe('preferred');
    expect(tierOf(s({ her2: 'positive' }, bone), 'aromatase-inhibitor')).toBe('alternative');
  });
});

describe('agents not offered again', () => {
  it('removes agents progressed on from every slot and lists them as excluded drugs', () => {
    const setup = s(hrPosPost, bone, line('letrozole', 'palbociclib'));
    const result = recommendCase(buildCase(setup.patient, dated(setup.events)), knowledge);
    if (!result.ok) throw new Error('invalid');
    const offered = result.recommendation.candidates.flatMap((c) =>
      c.components.flatMap((x) => x.agents),
    );
    expect(offered).not.toContain('letrozole');
    expect(offered).not.toContain('palbociclib');
    expect(result.recommendation.excluded).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'agent:letrozole',
          kind: 'agent',
          reason: 'disease progressed on it in line 1',
        }),
        expect.objectContaining({ id: 'agent:palbociclib', kind: 'agent' }),
      ]),
    );
  });

  it('keeps trastuzumab where a document supports continuing it, and nowhere else', () => {
    const setup = s(
      her2Pos,
      bone,
      line('trastuzumab', 'paclitaxel'),
      line('trastuzumab emtansine'),
    );
    const withTrastuzumab = candidates(setup)
      .filter((c) => c.components.some((x) => x.agents.includes('trastuzumab')))
      .map((c) => c.id);
    expect(withTrastuzumab.sort()).toEqual([
      'lapatinib-trastuzumab',
      'trastuzumab-chemotherapy',
      'trastuzumab-single-agent',
    ]);
  });

  it('keeps trastuzumab with lapatinib before T-DM1 too, at the lowest tier', () => {
    const setup = s(her2Pos, bone, line('pertuzumab', 'trastuzumab', 'docetaxel'));
    const withTrastuzumab = candidates(setup)
      .filter((c) => c.components.some((x) => x.agents.includes('trastuzumab')))
      .map((c) => c.id);
    expect(withTrastuzumab.sort()).toEqual([
      'lapatinib-trastuzumab-before-tdm1',
      'trastuzumab-chemotherapy',
      'trastuzumab-single-agent',
    ]);
  });

  it('excludes an option whose only agent was not tolerated, with the reason', () => {
    const setup = s(
      hrPosPost,
      bone,
      { type: 'start-line', regimen: ['fulvestrant'] },
      { type: 'intolerance' },
    );
    const result = recommendCase(buildCase(setup.patient, dated(setup.events)), knowledge);
    if (!result.ok) throw new Error('invalid');
    expect(result.recommendation.excluded).toContainEqual(
      expect.objectContaining({
        id: 'fulvestrant',
        reason: expect.stringContaining('fulvestrant: not tolerated (line 1)') as string,
      }),
    );
  });

  it('gives atezolizumab nab-paclitaxel, never paclitaxel, and HER2 drugs only for HER2-positive disease', () => {
    const atezo = candidates(s({ ...tripleNeg, pdl1: 'positive' }, bone)).find(
      (c) => c.id === 'atezolizumab-nab-paclitaxel',
    );
    expect(atezo?.components.map((x) => x.agents)).toEqual([['atezolizumab'], ['nab-paclitaxel']]);
    expect(atezo?.modality).toBe('immunotherapy');
    for (const patient of [hrPosPost, tripleNeg, { her2: 'unknown' } as Partial<Patient>]) {
      const agents = candidates(s(patient, bone)).flatMap((c) =>
        c.components.flatMap((x) => x.agents),
      );
      for (const her2Drug of [
        'trastuzumab',
        'pertuzumab',
        'lapatinib',
        'neratinib',
        'tucatinib',
        'margetuximab',
      ]) {
        expect(agents).not.toContain(her2Drug);
      }
    }
  });

  it('takes the modality of a mixed regimen in the order immunotherapy, targeted, endocrine, chemotherapy', () => {
    const byId = new Map(candidates(s({ her2: 'positive' }, bone)).map((c) => [c.id, c.modality]));
    expect(byId.get('trastuzumab-endocrine')).toBe('targeted');
    expect(byId.get('pertuzumab-trastuzumab-docetaxel')).toBe('targeted');
    expect(
      candidates(s(hrPosPost, bone)).find((c) => c.id === 'chemotherapy-with-endocrine')?.modality,
    ).toBe('endocrine');
  });

  it('cites at least one source for every candidate', () => {
    for (const setup of [
      s(hrPosPost, bone),
      s(her2Pos, bone),
      s({ ...tripleNeg, brca: 'mutated', pdl1: 'positive' }, bone),
    ]) {
      for (const candidate of candidates(setup))
        expect(candidate.sources.length, candidate.id).toBeGreaterThan(0);
    }
  });
});
