import { describe, expect, it } from 'vitest';
import { formatHumanName } from './human-name.ts';

describe('formatHumanName', () => {
  it('takes the text when the name has one', () => {
    expect(formatHumanName({ text: 'Dr Ada Lovelace', given: ['Ada'], family: 'King' })).toBe(
      'Dr Ada Lovelace',
    );
  });

  it('puts the given names before the family name', () => {
    expect(formatHumanName({ given: ['Fay', 'Marie'], family: 'Test' })).toBe('Fay Marie Test');
  });

  it('leaves out missing, empty and non-text parts', () => {
    expect(formatHumanName({ family: 'Test' })).toBe('Test');
    expect(formatHumanName({ given: ['Fay'] })).toBe('Fay');
    expect(formatHumanName({ text: '  ', given: [' Fay ', ''], family: 'Test' })).toBe('Fay Test');
    expect(formatHumanName({ given: 'Fay', family: 7 })).toBe('');
    expect(formatHumanName({ given: [3, 'Fay'] })).toBe('Fay');
  });

  it('gives nothing for no name', () => {
    expect(formatHumanName(undefined)).toBe('');
    expect(formatHumanName(null)).toBe('');
    expect(formatHumanName({})).toBe('');
    expect(formatHumanName('Fay Test')).toBe('');
  });
});
