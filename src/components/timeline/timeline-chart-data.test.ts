import { describe, expect, it } from 'vitest';
import { buildCase } from '../../../test/fixtures/case-builder.ts';
import { syntheticCourse } from '../../../test/fixtures/synthetic-histories.ts';
import { buildTimeline, replayCase } from '../../domain/index.ts';
import {
  chartMarkKinds,
  classColours,
  eventsRow,
  markerPath,
  markerStyles,
  toChartData,
} from './timeline-chart-data.ts';

function chartFor(caseFile: ReturnType<typeof buildCase>) {
  const { snapshot, applied } = replayCase(caseFile);
  return toChartData(buildTimeline(applied, snapshot.context, '2026-01-01'));
}

describe('toChartData', () => {
  const data = chartFor(
    buildCase({}, [
      { date: '2025-01-10', type: 'metastases', sites: [{ site: 'bone' }] },
      { date: '2025-01-20', type: 'start-line', regimen: ['letrozole', 'palbociclib'] },
      { date: '2025-04-20', type: 'response', assessment: 'partial' },
      { date: '2025-05-01', type: 'local-therapy', modality: 'radiation', site: 'bone' },
      { date: '2025-06-01', type: 'receptor-update', brca: 'mutated' },
      { date: '2025-09-01', type: 'progression' },
    ]),
  );

  it('makes one row per line, an events row and a row per site with local therapy', () => {
    expect(data.rows).toEqual([eventsRow, 'Line 1', 'Site: Bone']);
  });

  it('gives a line one parallel bar per drug class, coloured by class', () => {
    expect(data.bands[0]?.spans).toEqual([
      { drugClass: 'aromatase inhibitor', range: [10, 234] },
      { drugClass: 'CDK4/6 inhibitor', range: [10, 234] },
    ]);
    expect(data.classesShown).toEqual(['aromatase inhibitor', 'CDK4/6 inhibitor']);
    expect(classColours['aromatase inhibitor']).not.toBe(classColours['CDK4/6 inhibitor']);
    expect(data.bands[0]?.detail).toContain('ended by progression');
  });

  it('puts line events on their line, other events on the events row, local therapy on its site', () => {
    const where = Object.fromEntries(data.markers.map((m) => [m.kind, m.row]));
    expect(where).toEqual({
      metastases: eventsRow,
      response: 'Line 1',
      'receptor-update': eventsRow,
      progression: 'Line 1',
      radiation: 'Site: Bone',
    });
  });

  it('stays readable with 30 lines: one row each, in order', () => {
    const long = chartFor(syntheticCourse(30));
    expect(long.bands).toHaveLength(30);
    expect(long.rows.slice(1, 4)).toEqual(['Line 1', 'Line 2', 'Line 3']);
    expect(long.maxClassesPerLine).toBe(2);
  });

  it('gives each kind of mark its own symbol: shape and colour pairs, and shapes, all differ', () => {
    const styles = chartMarkKinds.map((kind) => markerStyles[kind]);
    expect(chartMarkKinds).toHaveLength(11);
    expect(new Set(styles.map((s) => `${s.shape} ${s.colour}`)).size).toBe(styles.length);
    // Stricter: a reader without colour vision tells them apart too.
    expect(new Set(styles.map((s) => s.shape)).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.label)).size).toBe(styles.length);
    // Each shape draws a different outline.
    const paths = styles.map((s) => markerPath(s.shape, 0, 0, 8));
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(path).toMatch(/^M[^N]*Z$/);
  });

  it('lists the kinds of mark the course has, and whether a line is running', () => {
    expect(data.kindsShown).toEqual([
      'metastases',
      'response',
      'progression',
      'receptor-update',
      'radiation',
    ]);
    // The line ended with progression: nothing runs.
    expect(data.anyRunning).toBe(false);
    expect(data.bands[0]?.detail).not.toContain('running');
  });
});
