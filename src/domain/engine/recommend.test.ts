import { describe, expect, it } from 'vitest';
import { buildCase, dated, type UndatedEvent } from '../../../test/fixtures/case-builder.ts';
import type { CaseEventInput, Patient } from '../case/case-schema.ts';

import { replayCase } from '../machine/replay-case.ts';
import { recommendCase } from '../recommend-case.ts';
import { recommend } from './recommend.ts';
import type { Recommendation } from './recommendation.ts';
import { knowledge } from '../../../test/knowledge.ts';

function recommendFor(patient: Partial<Patient>, events: CaseEventInput[]): Recommendation {
  const result = recommendCase(buildCase(patient, events), knowledge);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.recommendation;
}

const ids = (r: Recommendation) => r.candidates.map((c) => c.id);
const boneOnly: UndatedEvent = { type: 'metastases', sites: [{ site: 'bone', count: 2 }] };

describe('recommend by state', () => {
  it('stays in intake with only local and supportive options while receptors are all unknown', () => {
    const r = recommendFor({ er: 'unknown', pr: 'unknown', her2: 'unknown' }, dated([boneOnly]));
    expect(r.state).toBe('intake');
    expect(r.line).toBe(1);
    expect(ids(r)).toEqual(
      expect.arrayContaining([
        'radiation-bone',
        'palliative-care',
        'clinical-trial',
        'second-opinion',
      ]),
    );
    expect(r.candidates.every((c) => c.components.length === 0)).toBe(true);
    expect(r.notes.join('\n')).toMatch(/ER, PR and HER2 are all unknown/);
    expect(r.notes.join('\n')).toMatch(/ER, PR, HER2 unknown: the results are essential/);
    // The note's source is quoted from 001, not written into the text.
    const receptorNote = r.noteSources.find((n) => n.text.startsWith('ER, PR, HER2 unknown'));
    expect(receptorNote?.sources.map((q) => q.sentence)).toEqual(['001/treatment-strategies/11']);
    expect(receptorNote?.text).not.toMatch(/\b00[0-4]\b/);
  });

  it('stays in intake with no site documented', () => {
    const r = recommendFor({}, []);
    expect(r.state).toBe('intake');
    expect(r.notes.join('\n')).toMatch(/no metastatic site is documented/);
    expect(ids(r)).not.toContain('radiation-bone');
  });

  it('offers only what the known part supports when the status is partly known', () => {
    const r = recommendFor({ er: 'positive', pr: 'unknown', her2: 'unknown' }, dated([boneOnly]));
    expect(r.state).toBe('choosing-line');
    expect(ids(r)).toContain('aromatase-inhibitor');
    expect(ids(r)).not.toContain('aromatase-inhibitor-cdk46');
    expect(ids(r).some((id) => id.includes('trastuzumab'))).toBe(false);
    const her2 = r.openQuestions.find((q) => q.field === 'her2');
    expect(her2?.couldOpen.map((o) => o.id)).toEqual(
      expect.arrayContaining(['pertuzumab-trastuzumab-docetaxel', 'aromatase-inhibitor-cdk46']),
    );
    expect(r.notes.join('\n')).toMatch(/PR, HER2 unknown: the results are essential/);
  });

  it('offers continuing the running line, a break and supportive options while a line runs', () => {
    const r = recommendFor(
      {},
      dated([boneOnly, { type: 'start-line', regimen: ['letrozole', 'palbociclib'] }]),
    );
    expect(r).toMatchObject({ state: 'on-line', line: 1 });
    const first = r.candidates[0];
    expect(first).toMatchObject({
      id: 'continue-current-line',
      label: 'Continue line 1: letrozole + palbociclib',
      tier: 'preferred',
      modality: 'targeted',
    });
    expect(first?.components.map((c) => c.agents)).toEqual([['letrozole'], ['palbociclib']]);
    expect(ids(r)).toContain('treatment-break');
    expect(ids(r)).not.toContain('aromatase-inhibitor');
    expect(r.excluded.filter((e) => e.kind === 'agent')).toEqual([]);
  });

  it('offers resuming the line on a break', () => {
    const r = recommendFor(
      {},
      dated([boneOnly, { type: 'start-line', regimen: ['letrozole'] }, { type: 'break' }]),
    );
    expect(r.state).toBe('on-break');
    expect(r.candidates[0]).toMatchObject({ id: 'resume-current-line', modality: 'endocrine' });
    expect(ids(r)).not.toContain('treatment-break');
  });

  it('offers hospice first after treatment is stopped, and no trials or drugs', () => {
    const r = recommendFor(
      {},
      dated([boneOnly, { type: 'start-line', regimen: ['letrozole'] }, { type: 'stop-treatment' }]),
    );
    expect(r).toMatchObject({ state: 'supportive-care', line: 2 });
    expect(r.candidates[0]?.id).toBe('hospice');
    expect(ids(r)).toEqual(expect.arrayContaining(['palliative-care', 'radiation-bone']));
    expect(ids(r)).not.toContain('clinical-trial');
    expect(r.candidates.every((c) => c.components.length === 0)).toBe(true);
  });
});

describe('recommend notes', () => {
  it('says when symptoms of a visceral site are not recorded, and never takes the blank as "no"', () => {
    const r = recommendFor(
      {},
      dated([{ type: 'metastases', sites: [{ site: 'liver', count: 2 }] }]),
    );
    expect(r.notes.join('\n')).toMatch(
      /Whether the liver metastases cause symptoms is not recorded/,
    );
    // 003: hormone therapy when organs cause no symptoms, chemotherapy when they do: both are
    // shown, each with the assumption it rests on.
    const ai = r.candidates.find((c) => c.id === 'aromatase-inhibitor-cdk46');
    const chemo = r.candidates.find((c) => c.id === 'chemotherapy-single-agent');
    expect(ai?.assumptions).toEqual([
      'the liver metastases cause no symptoms (symptoms not recorded)',
    ]);
    expect(chemo?.assumptions).toEqual([
      'the liver metastases cause symptoms (symptoms not recorded)',
    ]);
    expect(ai?.rationale).not.toMatch(/no symptomatic visceral disease(?! \(assumed)/);
  });

  it('offers brain radiation when the number of brain metastases is not recorded, each technique with its assumption', () => {
    const r = recommendFor(
      {},
      dated([{ type: 'metastases', sites: [{ site: 'brain', symptomatic: true }] }]),
    );
    expect(r.notes.join('\n')).toMatch(/number of brain metastases is not recorded/);
    const stereotactic = r.candidates.find((c) => c.id === 'radiation-brain-stereotactic');
    const wholeBrain = r.candidates.find((c) => c.id === 'radiation-whole-brain');
    expect(stereotactic?.assumptions).toEqual([
      'there is a single brain metastasis (number not recorded)',
    ]);
    expect(wholeBrain?.assumptions).toEqual([
      'there are several brain metastases (number not recorded)',
    ]);
  });

  it('warns about re-irradiating a site already treated', () => {
    const r = recommendFor(
      {},
      dated([boneOnly, { type: 'local-therapy', modality: 'radiation', site: 'bone' }]),
    );
    expect(r.notes.join('\n')).toMatch(/bone site was irradiated on 2024-02-01/);
  });

  it('explains that intolerance is not progression', () => {
    const r = recommendFor(
      {},
      dated([boneOnly, { type: 'start-line', regimen: ['anastrozole'] }, { type: 'intolerance' }]),
    );
    expect(r.notes.join('\n')).toMatch(
      /anastrozole could not be tolerated, not because of progression/,
    );
    // 003 offers tamoxifen when aromatase inhibitors cannot be taken ("may be offered"): an
    // alternative by the tier definitions, and that sentence is the basis shown.
    const tamoxifen = r.candidates.find((c) => c.id === 'tamoxifen');
    expect(tamoxifen?.tier).toBe('alternative');
    expect(tamoxifen?.tierBasis.source?.sentence).toBe('003/hormone-therapy/9');
    expect(ids(r)).not.toContain('chemotherapy-single-agent');
    expect(r.excluded).toContainEqual(
      expect.objectContaining({
        id: 'agent:anastrozole',
        kind: 'agent',
        reason: 'not tolerated in line 1',
      }),
    );
  });

  it('flags that earlier treatment of recurrent disease is not in the log', () => {
    const r = recommendFor({ presentation: 'recurrent' }, dated([boneOnly]));
    expect(r.notes.join('\n')).toMatch(/Recurrent disease/);
  });
});

describe('recommend output', () => {
  it('sorts candidates by clinical tier order', () => {
    const r = recommendFor({}, dated([boneOnly]));
    const order = ['preferred', 'alternative', 'consider'];
    const tiers = r.candidates.map((c) => order.indexOf(c.tier));
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
  });

  it('shows a conflict only for the patients it concerns', () => {
    const hrNegative = recommendFor(
      { er: 'negative', pr: 'negative', her2: 'positive' },
      dated([boneOnly]),
    );
    const hrPositive = recommendFor({ her2: 'positive' }, dated([boneOnly]));
    const conflictIds = (r: Recommendation, id: string) =>
      r.candidates.find((c) => c.id === id)?.conflicts.map((c) => c.id) ?? [];
    expect(conflictIds(hrNegative, 'pertuzumab-trastuzumab-docetaxel')).toEqual([
      'her2-drugs-and-hormone-receptor-status',
    ]);
    expect(conflictIds(hrPositive, 'pertuzumab-trastuzumab-docetaxel')).toEqual([]);
    const conflict = hrNegative.candidates[0]?.conflicts[0];
    expect(conflict?.docs).toEqual(['003', '000', '001', '002']);
    expect(conflict?.positions.map((p) => p.sources.map((ref) => ref.doc))).toEqual([
      ['003', '003'],
      ['000', '001', '001'],
      ['002', '002'],
    ]);
    for (const position of conflict?.positions ?? []) {
      for (const source of position.sources) expect(source.quote.length).toBeGreaterThanOrEqual(20);
    }
    expect(conflict?.positions[2]?.says).toMatch(/^Ambiguous/);
  });

  it('shows the abemaciclib conflict with the first-line CDK4/6 regimen for HR-positive, HER2-negative disease', () => {
    const r = recommendFor({}, dated([boneOnly]));
    const cdk = r.candidates.find((c) => c.id === 'aromatase-inhibitor-cdk46');
    expect(cdk?.components.flatMap((c) => c.agents)).toContain('abemaciclib');
    const conflict = cdk?.conflicts.find((c) => c.id === 'abemaciclib-first-line');
    expect(conflict?.docs).toEqual(['000', '001', '003']);
    expect(conflict?.positions.map((p) => p.sources[0]?.doc)).toEqual(['000', '001', '003']);
  });

  it('shows the local-therapy conflict with surgery for a single lung or liver metastasis, not with radiation', () => {
    for (const site of ['liver', 'lung'] as const) {
      const r = recommendFor(
        {},
        dated([{ type: 'metastases', sites: [{ site, count: 1, symptomatic: false }] }]),
      );
      const surgery = r.candidates.find((c) => c.id === `surgery-${site}`);
      expect(surgery?.conflicts.map((c) => c.id)).toEqual(['local-therapy-beyond-symptom-relief']);
      expect(surgery?.tier).toBe('consider');
    }
    const r = recommendFor(
      {},
      dated([{ type: 'metastases', sites: [{ site: 'liver', count: 1, symptomatic: false }] }]),
    );
    const withBone = recommendFor(
      {},
      dated([{ type: 'metastases', sites: [{ site: 'bone', count: 2 }] }]),
    );
    expect(
      withBone.candidates.find((c) => c.id === 'radiation-bone')?.conflicts.map((c) => c.id),
    ).toEqual(['bone-radiation-timing']);
    const conflict = r.candidates.find((c) => c.id === 'surgery-liver')?.conflicts[0];
    expect(conflict?.positions.map((p) => p.sources.map((ref) => ref.doc))).toEqual([
      ['001', '000'],
      ['003'],
    ]);
  });

  it('is pure: the same snapshot gives the same answer and is not changed', () => {
    const { snapshot } = replayCase(
      buildCase(
        {},
        dated([boneOnly, { type: 'start-line', regimen: ['letrozole'] }, { type: 'progression' }]),
      ),
    );
    const before = JSON.stringify(snapshot.context);
    const first = recommend(snapshot, knowledge);
    const second = recommend(snapshot, knowledge);
    expect(second).toEqual(first);
    expect(JSON.stringify(snapshot.context)).toBe(before);
  });

  it('carries the knowledge-base version and the contract format', () => {
    const r = recommendFor({}, dated([boneOnly]));
    expect(r.format).toBe('mbc-recommendation/1');
    expect(r.knowledgeVersion).toBe(knowledge.version);
  });
});
