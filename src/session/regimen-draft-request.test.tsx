// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  requestRegimenDraft,
  settleRegimenDraftRequest,
  useRegimenDraftRequest,
} from './regimen-draft-request.ts';

describe('the "Start this regimen" request', () => {
  it('reaches a listening form with a fresh id each time, and is gone once settled', () => {
    const { result } = renderHook(() => useRegimenDraftRequest());
    expect(result.current).toBeUndefined();
    act(() => requestRegimenDraft(['letrozole', 'palbociclib']));
    const first = result.current;
    expect(first?.agents).toEqual(['letrozole', 'palbociclib']);
    act(() => requestRegimenDraft(['letrozole', 'palbociclib']));
    expect(result.current?.id).not.toBe(first?.id);
    act(() => settleRegimenDraftRequest());
    expect(result.current).toBeUndefined();
  });
});
