import { freshLibraryForEachTest } from '../../../test/fresh-library.ts';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { buildCase } from '../../../test/fixtures/case-builder.ts';
import {
  deleteCase,
  describeStorageFailure,
  getCase,
  listLibrary,
  readCase,
  restoreCase,
  SaveConflict,
  saveCase,
  summarise,
} from './case-store.ts';
import { onLibraryChange } from './library-changes.ts';

freshLibraryForEachTest();

/** Writes a value as it might be found in storage: from an older version, or damaged. */
async function putRaw(value: Record<string, unknown>) {
  await listLibrary(); // the app's own connection creates the database and its store
  const db = await openDB('mbc-decision-support', 1);
  await db.put('cases', value);
  db.close();
}

const first = buildCase({}, [
  { date: '2025-01-10', type: 'metastases', sites: [{ site: 'bone' }] },
  { date: '2025-01-20', type: 'start-line', regimen: ['letrozole'] },
]);

/** Creates a case that must not exist yet. */
const create = (id: string, title: string, now?: string) =>
  saveCase({ id, title, caseFile: first, expectedRevision: 'new', ...(now ? { now } : {}) });

/** The ids of the records that open, newest change first. */
const openableIds = async () =>
  (await listLibrary()).flatMap((r) => (r.status === 'ok' ? [r.stored.id] : []));

describe('case store (IndexedDB)', () => {
  it('saves, lists newest first and reads back a case', async () => {
    await create('a', 'First', '2026-01-01T10:00:00Z');
    await create('b', 'Second', '2026-01-02T10:00:00Z');
    expect(await openableIds()).toEqual(['b', 'a']);
    expect((await getCase('a'))?.caseFile).toEqual(first);
  });

  it('keeps the creation time and updates the change time on every save', async () => {
    await create('a', 'First', '2026-01-01T10:00:00Z');
    const updated = await saveCase({
      id: 'a',
      title: 'Renamed',
      caseFile: first,
      expectedRevision: 1,
      now: '2026-02-01T10:00:00Z',
    });
    expect(updated).toMatchObject({
      title: 'Renamed',
      createdAt: '2026-01-01T10:00:00Z',
      updatedAt: '2026-02-01T10:00:00Z',
      revision: 2,
    });
  });

  it('deletes with a copy to restore', async () => {
    await create('a', 'First');
    const removed = await deleteCase('a');
    expect(await openableIds()).toEqual([]);
    if (!removed) throw new Error('nothing deleted');
    await restoreCase(removed);
    expect(await openableIds()).toEqual(['a']);
    expect((await getCase('a'))?.title).toBe('First');
  });

  it('summarises a case for the library list', async () => {
    const stored = await create('a', 'First');
    expect(summarise(stored)).toMatchObject({
      subtype: 'HR+/HER2-',
      line: 1,
      state: 'on-line',
      eventCount: 2,
    });
  });

  it('refuses a damaged stored case instead of opening it', async () => {
    const damaged = { ...first, events: [{ date: 'not a date', type: 'progression' }] };
    await saveCase({
      id: 'x',
      title: 'Damaged',
      caseFile: damaged as unknown as typeof first,
      expectedRevision: 'new',
    });
    await expect(getCase('x')).rejects.toThrow('The saved case "Damaged" is damaged');
  });

  it('refuses a save based on an older revision, and says what the library holds', async () => {
    await create('a', 'First');
    // Two tabs both read revision 1; the first to save wins, the second is refused.
    await saveCase({ id: 'a', title: 'Tab one', caseFile: first, expectedRevision: 1 });
    const refused = saveCase({ id: 'a', title: 'Tab two', caseFile: first, expectedRevision: 1 });
    await expect(refused).rejects.toBeInstanceOf(SaveConflict);
    await expect(refused).rejects.toMatchObject({
      current: { status: 'ok', stored: { title: 'Tab one', revision: 2 } },
    });
    expect((await getCase('a'))?.title).toBe('Tab one');
  });

  it('refuses to create a case whose id exists, and to save over a deleted case', async () => {
    await create('a', 'First');
    await expect(
      saveCase({ id: 'a', title: 'Again', caseFile: first, expectedRevision: 'new' }),
    ).rejects.toBeInstanceOf(SaveConflict);
    await deleteCase('a');
    const late = saveCase({ id: 'a', title: 'Late', caseFile: first, expectedRevision: 1 });
    await expect(late).rejects.toThrow(/deleted in another tab/);
    await expect(late).rejects.toMatchObject({ current: undefined });
  });

  it('undoes a delete only when nothing took the id meanwhile, as the next revision', async () => {
    await create('a', 'First');
    const removed = await deleteCase('a');
    if (!removed) throw new Error('nothing deleted');
    expect((await restoreCase(removed)).revision).toBe(2);
    await expect(restoreCase(removed)).rejects.toBeInstanceOf(SaveConflict);
  });

  it('reads records written before revisions existed as revision 0', async () => {
    await putRaw({ id: 'old', title: 'Old', caseFile: first, createdAt: 'x', updatedAt: 'y' });
    expect(await readCase('old')).toMatchObject({ status: 'ok', stored: { revision: 0 } });
    const saved = await saveCase({ id: 'old', title: 'Old', caseFile: first, expectedRevision: 0 });
    expect(saved.revision).toBe(1);
  });

  it('lists damaged records beside the good ones, with what is wrong, and deletes them', async () => {
    await create('good', 'Good');
    await putRaw({ id: 'bad-envelope', title: 'No case at all', updatedAt: '2026-01-01' });
    await putRaw({
      id: 'bad-case',
      title: 'Wrong drug',
      caseFile: { ...first, events: [{ date: '2025-01-20', type: 'start-line', regimen: ['x'] }] },
      createdAt: 'x',
      updatedAt: '2026-01-02',
    });
    await putRaw({
      id: 'impossible',
      title: 'Impossible course',
      caseFile: {
        ...first,
        events: [{ date: '2025-01-20', type: 'response', assessment: 'stable' }],
      },
      createdAt: 'x',
      updatedAt: '2026-01-03',
    });
    const records = await listLibrary();
    const byId = Object.fromEntries(
      records.map((r) => [r.status === 'ok' ? r.stored.id : r.id, r]),
    );
    expect(byId['good']?.status).toBe('ok');
    const problem = (id: string) => {
      const record = byId[id];
      return record?.status === 'damaged' ? `${record.title}: ${record.problem}` : 'not damaged';
    };
    expect(problem('bad-envelope')).toMatch(/^No case at all: .*caseFile/);
    expect(problem('bad-case')).toMatch(/unknown drug "x"/);
    expect(problem('impossible')).toMatch(/cannot be replayed/);
    expect(await openableIds()).toEqual(['good']);
    await deleteCase('bad-case');
    expect(await readCase('bad-case')).toBeUndefined();
  });

  it('announces every write to this tab, for the library list', async () => {
    const heard: string[] = [];
    const stop = onLibraryChange((change, origin) => heard.push(`${change.kind} ${origin}`));
    await create('a', 'First');
    await deleteCase('a');
    stop();
    expect(heard).toEqual(['saved this-tab', 'deleted this-tab']);
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
