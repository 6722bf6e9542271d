import { describe, expect, it } from 'vitest';
import type { DrugName } from '../knowledge/drugs.ts';
import { agentsInWords } from './agents-in-words.ts';

describe('agentsInWords', () => {
  it('names up to four alternatives, spaced, and counts a longer slot by its class', () => {
    const chemo: DrugName[] = [
      'capecitabine',
      'docetaxel',
      'eribulin',
      'gemcitabine',
      'paclitaxel',
    ];
    expect(
      agentsInWords([
        { class: 'anti-HER2', agents: ['trastuzumab'] },
        { class: 'chemotherapy', agents: chemo },
      ]),
    ).toBe('trastuzumab + any of 5 chemotherapy agents');
    expect(
      agentsInWords([
        { class: 'aromatase inhibitor', agents: ['letrozole', 'anastrozole', 'exemestane'] },
      ]),
    ).toBe('letrozole / anastrozole / exemestane');
  });

  it('says a dash for a candidate without drugs (supportive care, a trial)', () => {
    expect(agentsInWords([])).toBe('—');
  });
});
