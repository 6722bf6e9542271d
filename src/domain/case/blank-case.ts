import { caseFormat, type CaseFile } from './case-schema.ts';

/** A new case: nothing known yet, so the course starts in intake. */
export function blankCase(): CaseFile {
  return {
    format: caseFormat,
    patient: {
      er: 'unknown',
      pr: 'unknown',
      her2: 'unknown',
      brca: 'unknown',
      pdl1: 'unknown',
      menopause: 'unknown',
      presentation: 'de-novo',
    },
    events: [],
  };
}
