import { describe, expect, it } from 'vitest';
import { getErrorMessage } from './error-message.ts';

describe('getErrorMessage', () => {
  it("gives an Error's message, without its name", () => {
    expect(getErrorMessage(new TypeError('bad input'))).toBe('bad input');
  });

  it('gives anything else thrown as text', () => {
    expect(getErrorMessage('no space')).toBe('no space');
    expect(getErrorMessage(42)).toBe('42');
    expect(getErrorMessage(undefined)).toBe('undefined');
    expect(getErrorMessage({ toString: () => 'an object' })).toBe('an object');
  });
});
