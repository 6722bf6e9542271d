import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaseText } from '../case/parse-case.ts';
import { replayCase } from '../machine/replay-case.ts';
import { teachingStepHeadline } from './step-headline.ts';

const scenariosDir = join(import.meta.dirname, '../../../public/scenarios');

describe('what a teaching step says about the course', () => {
  const parsed = parseCaseText(
    readFileSync(join(scenariosDir, 'aromatase-inhibitor-intolerance.json'), 'utf8'),
  );
  if (!parsed.ok) throw new Error('invalid scenario');
  const headline = (revealed: number) =>
    teachingStepHeadline(replayCase(parsed.caseFile, revealed).snapshot, revealed, (d) => d);

  it('never asks the trainee to enter the case, as the Case view asks a clinician', () => {
    expect(headline(0)).toBe('Before the first event: the patient as first seen');
    expect(headline(0)).not.toMatch(/Intake|document a metastatic site/);
  });

  it('says where the course stands once it runs', () => {
    expect(headline(1)).toBe('Line 1: choosing next treatment');
    expect(headline(2)).toBe('Line 1 running since 2024-03-11');
  });
});
