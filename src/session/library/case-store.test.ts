import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildCase } from '../../../test/fixtures/case-builder.ts';
import {
  deleteCase,
  describeStorageFailure,
  getCase,
  listCases,
  resetCaseStoreConnection,
  restoreCase,
  saveCase,
  summarise,
} from './case-store.ts';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetCaseStoreConnection();
});

const first = buildCase({}, [
  { date: '2025-01-10', type: 'metastases', sites: [{ site: 'bone' }] },
  { date: '2025-01-20', type: 'start-line', regimen: ['letrozole'] },
]);

describe('case store (IndexedDB)', () => {
  it('saves, lists newest first and reads back a case', async () => {
    await saveCase({ id: 'a', title: 'First', caseFile: first, now: '2026-01-01T10:00:00Z' });
    await saveCase({ id: 'b', title: 'Second', caseFile: first, now: '2026-01-02T10:00:00Z' });
    expect((await listCases()).map((c) => c.id)).toEqual(['b', 'a']);
    expect((await getCase('a'))?.caseFile).toEqual(first);
  });

  it('keeps the creation time and updates the change time on every save', async () => {
    await saveCase({ id: 'a', title: 'First', caseFile: first, now: '2026-01-01T10:00:00Z' });
    const updated = await saveCase({
      id: 'a',
      title: 'Renamed',
      caseFile: first,
      now: '2026-02-01T10:00:00Z',
    });
    expect(updated).toMatchObject({
      title: 'Renamed',
      createdAt: '2026-01-01T10:00:00Z',
      updatedAt: '2026-02-01T10:00:00Z',
    });
  });

  it('deletes with a copy to restore', async () => {
    await saveCase({ id: 'a', title: 'First', caseFile: first });
    const removed = await deleteCase('a');
    expect(await listCases()).toEqual([]);
    if (!removed) throw new Error('nothing deleted');
    await restoreCase(removed);
    expect((await listCases()).map((c) => c.title)).toEqual(['First']);
  });

  it('summarises a case for the library list', async () => {
    const stored = await saveCase({ id: 'a', title: 'First', caseFile: first });
    expect(summarise(stored)).toMatchObject({
      subtype: 'HR+/HER2-',
      line: 1,
      state: 'on-line',
      eventCount: 2,
    });
  });

  it('refuses a damaged stored case instead of opening it', async () => {
    const damaged = { ...first, events: [{ date: 'not a date', type: 'progression' }] };
    await saveCase({ id: 'x', title: 'Damaged', caseFile: damaged as unknown as typeof first });
    await expect(getCase('x')).rejects.toThrow('The saved case "Damaged" is damaged');
  });

  it('explains storage failures in words', () => {
    expect(describeStorageFailure(new DOMException('full', 'QuotaExceededError'))).toBe(
      "The browser's storage for this site is full",
    );
    expect(describeStorageFailure(new DOMException('no', 'SecurityError'))).toMatch(
      /private browsing/,
    );
  });
});
