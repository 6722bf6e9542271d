import { describe, expect, it } from 'vitest';
import { emptyDraft, validateDraft } from './event-draft.ts';

describe('validateDraft: a biomarker update', () => {
  it('asks for at least one new result in the form’s words, not the file format’s field ids', () => {
    const result = validateDraft(
      emptyDraft('receptor-update', '2025-03-01'),
      undefined,
      '2025-06-01',
    );
    expect(result.ok).toBe(false);
    const general = result.ok ? '' : (result.errors['general'] ?? '');
    expect(general).toBe('Choose at least one new result: ER, PR, HER2, germline BRCA or PD-L1');
    expect(general).not.toMatch(/\bpdl1\b|\bher2\b/);
  });

  it('accepts one changed result', () => {
    const draft = emptyDraft('receptor-update', '2025-03-01');
    const result = validateDraft(
      { ...draft, biomarkers: { ...draft.biomarkers, her2: 'positive' } },
      undefined,
      '2025-06-01',
    );
    expect(result.ok && result.event).toEqual({
      date: '2025-03-01',
      type: 'receptor-update',
      her2: 'positive',
    });
  });
});
