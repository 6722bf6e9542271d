import { describe, expect, it } from 'vitest';
import { emptyDecisionDraft, validateDecisionDraft, type DecisionDraft } from './decision-draft.ts';

const draft = (patch: Partial<DecisionDraft> = {}): DecisionDraft => ({
  ...emptyDecisionDraft,
  candidate: 'ai-cdk46',
  rationale: 'Agreed by the board',
  ...patch,
});

const decisionDate = '2025-03-01';

describe('validateDecisionDraft', () => {
  it('gives the decision event, rationale trimmed and an empty follow-up left out', () => {
    expect(
      validateDecisionDraft(draft({ rationale: '  Agreed  ', choice: 'deferred' }), {
        decisionDate,
      }),
    ).toEqual({
      ok: true,
      event: {
        date: decisionDate,
        type: 'decision',
        candidate: 'ai-cdk46',
        choice: 'deferred',
        rationale: 'Agreed',
      },
    });
  });

  it('keeps a follow-up and the knowledge-base version', () => {
    const result = validateDecisionDraft(draft({ followUp: '2025-06-01' }), {
      decisionDate,
      knowledgeVersion: '2026.5',
    });
    expect(result).toMatchObject({
      ok: true,
      event: { followUp: '2025-06-01', knowledgeVersion: '2026.5' },
    });
  });

  it('accepts a follow-up on the decision date itself', () => {
    expect(validateDecisionDraft(draft({ followUp: decisionDate }), { decisionDate }).ok).toBe(
      true,
    );
  });

  it('refuses a follow-up before the decision date, naming both dates', () => {
    expect(validateDecisionDraft(draft({ followUp: '2025-02-28' }), { decisionDate })).toEqual({
      ok: false,
      errors: { followUp: 'The follow-up 2025-02-28 is before the decision date 2025-03-01' },
    });
  });

  it('refuses a follow-up that is not a date with the case format’s words', () => {
    const result = validateDecisionDraft(draft({ followUp: '2025-13-01' }), { decisionDate });
    expect(result).toEqual({ ok: false, errors: { followUp: '"2025-13-01" has no month 13' } });
  });

  it('asks for a candidate when none is chosen', () => {
    expect(validateDecisionDraft(draft({ candidate: '' }), { decisionDate })).toEqual({
      ok: false,
      errors: { candidate: 'Choose a candidate' },
    });
  });

  it('allows an empty rationale unless one is required', () => {
    const empty = draft({ rationale: '   ' });
    expect(validateDecisionDraft(empty, { decisionDate }).ok).toBe(true);
    expect(validateDecisionDraft(empty, { decisionDate, rationaleRequired: true })).toEqual({
      ok: false,
      errors: { rationale: 'Give a rationale' },
    });
  });

  it('reports every field with a problem at once, through the case schema', () => {
    const result = validateDecisionDraft(
      { candidate: '', choice: 'maybe', followUp: 'soon', rationale: 'x'.repeat(4001) },
      { decisionDate },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual([
      'candidate',
      'choice',
      'followUp',
      'rationale',
    ]);
    expect(result.errors.choice).toMatch(/is not one of accepted, declined, deferred/);
    expect(result.errors.rationale).toBe('is too long');
  });

  it('reports a decision date that is not a date, without comparing the follow-up to it', () => {
    const result = validateDecisionDraft(draft({ followUp: '2025-06-01' }), { decisionDate: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual(['date']);
  });
});
