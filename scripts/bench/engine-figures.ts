import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCaseText, recommend, replayCase, type CaseFile } from '../../src/domain/index.ts';
import { loadKnowledgeBase } from '../../src/cli/source-texts.ts';
import { syntheticCourse, syntheticEventLog } from '../../test/fixtures/synthetic-histories.ts';
import { measure, type Figures } from './measure.ts';

/** Engine figures: recommend on every example and scenario and a 30-line history; 1,000-event replay. */

function loadCases(dir: string, skip: readonly string[] = []): Array<{ name: string; caseFile: CaseFile }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !skip.includes(f))
    .map((file) => {
      const parsed = parseCaseText(readFileSync(join(dir, file), 'utf8'));
      if (!parsed.ok) throw new Error(`${file} is not a valid case`);
      return { name: file.replace(/\.json$/, ''), caseFile: parsed.caseFile };
    });
}

export function engineFigures(root: string): { recommend: Figures[]; replay: Figures } {
  const knowledge = loadKnowledgeBase();
  const cases = [
    ...loadCases(join(root, 'src/features/examples/data')),
    ...loadCases(join(root, 'public/scenarios'), ['index.json']),
    { name: 'synthetic 30-line history', caseFile: syntheticCourse(30) },
  ];
  const recommendFigures = cases.map(({ name, caseFile }) => {
    const { snapshot, rejections } = replayCase(caseFile);
    if (rejections.length > 0) throw new Error(`${name}: events rejected`);
    return measure(`recommend: ${name}`, 1000, () => recommend(snapshot, knowledge));
  });
  const log = syntheticEventLog(1000);
  const replay = measure('replay 1,000-event log', 100, () => {
    if (replayCase(log).rejections.length > 0) throw new Error('synthetic log rejected');
  });
  return { recommend: recommendFigures, replay };
}
