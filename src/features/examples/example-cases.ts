import { parseCase, type CaseFile } from '../../domain/index.ts';
import her2Brain from './data/her2-positive-second-line-brain.json';
import hrBone from './data/hr-positive-bone-first-line.json';
import tripleNegative from './data/triple-negative-brca.json';

/**
 * The example cases bundled with the app (copies of ../shared/examples, so the app does not
 * depend on that folder). Each goes through the same parser as an imported file.
 */
const raw: ReadonlyArray<{ id: string; data: unknown }> = [
  { id: 'hr-positive-bone-first-line', data: hrBone },
  { id: 'her2-positive-second-line-brain', data: her2Brain },
  { id: 'triple-negative-brca', data: tripleNegative },
];

export interface ExampleCase {
  readonly id: string;
  readonly title: string;
  readonly caseFile: CaseFile;
}

export const exampleCases: readonly ExampleCase[] = raw.map(({ id, data }) => {
  const parsed = parseCase(data);
  if (!parsed.ok) throw new Error(`bundled example ${id} is invalid`);
  return { id, title: parsed.caseFile.title ?? id, caseFile: parsed.caseFile };
});
