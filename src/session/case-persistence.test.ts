import { parseIsoDate } from '../domain/index.ts';
import { describe, expect, it } from 'vitest';
import { buildCase } from '../../test/fixtures/case-builder.ts';
import type { CaseEvent, CaseFile } from '../domain/index.ts';
import { PersistedCase, titleOf, type CaseStorePort } from './case-persistence.ts';
import { SaveConflict, StorageError, type StoredCase } from './library/case-store.ts';

/** The library's rules (revisions, 'new') over a Map, with a count of saves running at once. */
class MemoryStore implements CaseStorePort {
  readonly records = new Map<string, StoredCase>();
  saves = 0;
  running = 0;
  mostAtOnce = 0;
  failNext: Error | undefined;

  async save(input: {
    id: string;
    title: string;
    caseFile: CaseFile;
    expectedRevision: number | 'new';
  }): Promise<StoredCase> {
    this.running += 1;
    this.mostAtOnce = Math.max(this.mostAtOnce, this.running);
    await new Promise((resolve) => setTimeout(resolve, 1));
    this.running -= 1;
    if (this.failNext) {
      const error = this.failNext;
      this.failNext = undefined;
      throw error;
    }
    const current = this.records.get(input.id);
    const expected =
      input.expectedRevision === 'new'
        ? current === undefined
        : current?.revision === input.expectedRevision;
    if (!expected)
      throw new SaveConflict(input.id, current ? { status: 'ok', stored: current } : undefined);
    this.saves += 1;
    const stored: StoredCase = {
      id: input.id,
      title: input.title,
      caseFile: input.caseFile,
      createdAt: 'then',
      updatedAt: 'now',
      revision: (current?.revision ?? 0) + 1,
    };
    this.records.set(input.id, stored);
    return stored;
  }

  read(id: string) {
    const stored = this.records.get(id);
    return Promise.resolve(stored ? ({ status: 'ok', stored } as const) : undefined);
  }

  /** Another tab's save. */
  saveElsewhere(id: string, caseFile: CaseFile): StoredCase {
    const current = this.records.get(id);
    const stored: StoredCase = {
      id,
      title: 'elsewhere',
      caseFile,
      createdAt: 'then',
      updatedAt: 'later',
      revision: (current?.revision ?? 0) + 1,
    };
    this.records.set(id, stored);
    return stored;
  }
}

const blank = buildCase({}, []);
const opened = buildCase({}, [
  { date: parseIsoDate('2025-01-10'), type: 'metastases', sites: [{ site: 'bone' }] },
]);
const add = (caseFile: CaseFile, event: CaseEvent): CaseFile => ({
  ...caseFile,
  events: [...caseFile.events, event],
});
const line = (caseFile: CaseFile) =>
  add(caseFile, { date: parseIsoDate('2025-01-20'), type: 'start-line', regimen: ['letrozole'] });
const response = (caseFile: CaseFile) =>
  add(caseFile, { date: parseIsoDate('2025-04-20'), type: 'response', assessment: 'partial' });
const decision = (caseFile: CaseFile) =>
  add(caseFile, {
    date: parseIsoDate('2025-05-01'),
    type: 'decision',
    candidate: 'palliative-care',
    choice: 'deferred',
    rationale: 'board',
  });

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('saving the open case', () => {
  it('saves the newest copy after quick edits, one save at a time', async () => {
    const store = new MemoryStore();
    const persisted = new PersistedCase(store, { id: 'a', opened: blank });
    let file = opened;
    persisted.update(file);
    for (let i = 0; i < 5; i += 1) {
      file = { ...file, title: `edit ${i}` };
      persisted.update(file);
    }
    await persisted.whenSaved();
    expect(store.records.get('a')?.caseFile).toBe(file);
    expect(store.mostAtOnce).toBe(1);
    expect(store.saves).toBeLessThanOrEqual(3);
    expect(persisted.status()).toEqual({ kind: 'saved' });
  });

  it('does not save a case opened from the library until it changes', async () => {
    const store = new MemoryStore();
    store.saveElsewhere('a', opened);
    const persisted = new PersistedCase(store, { id: 'a', opened, revision: 1 });
    await settle();
    expect(store.saves).toBe(0);
    expect(persisted.status()).toEqual({ kind: 'saved' });
  });

  it('does not save a blank case until something is entered, nor an unchanged example', async () => {
    const store = new MemoryStore();
    const empty = new PersistedCase(store, { id: 'a', opened: blank });
    const example = new PersistedCase(store, { id: 'b', opened });
    await settle();
    expect(store.saves).toBe(0);
    expect(empty.status()).toEqual({ kind: 'nothing-entered' });
    expect(example.status()).toEqual({ kind: 'unchanged' });
  });

  it('saves an imported case at once', async () => {
    const store = new MemoryStore();
    new PersistedCase(store, { id: 'a', opened, saveAtOnce: true });
    await settle();
    expect(store.records.get('a')?.caseFile).toBe(opened);
  });

  it('never writes over a newer copy saved elsewhere: the case is in conflict instead', async () => {
    const store = new MemoryStore();
    store.saveElsewhere('a', opened);
    const persisted = new PersistedCase(store, { id: 'a', opened, revision: 1 });
    const theirs = store.saveElsewhere('a', decision(opened));
    persisted.update(line(opened));
    await expect(persisted.whenSaved()).rejects.toBeInstanceOf(SaveConflict);
    expect(store.records.get('a')).toBe(theirs);
    expect(persisted.status()).toEqual({
      kind: 'conflict',
      theirs: { status: 'ok', stored: theirs },
      unsaved: true,
    });
    // Edits made while in conflict stay in memory and are not written either.
    persisted.update(response(line(opened)));
    await settle();
    expect(store.records.get('a')).toBe(theirs);
    expect(persisted.current.events).toHaveLength(3);
  });

  it('learns of another tab’s save of the open case, even with no edit of its own', async () => {
    const store = new MemoryStore();
    store.saveElsewhere('a', opened);
    const persisted = new PersistedCase(store, { id: 'a', opened, revision: 1 });
    const theirs = store.saveElsewhere('a', line(opened));
    await persisted.noticeChange({ kind: 'saved', id: 'a', revision: theirs.revision });
    expect(persisted.status()).toMatchObject({ kind: 'conflict', unsaved: false });
    // Changes of other cases, and revisions it already has, are not its business.
    const other = new PersistedCase(store, { id: 'b', opened });
    await other.noticeChange({ kind: 'saved', id: 'a', revision: 9 });
    expect(other.status()).toEqual({ kind: 'unchanged' });
  });

  it('learns that the open case was deleted elsewhere, and can store it again', async () => {
    const store = new MemoryStore();
    store.saveElsewhere('a', opened);
    const persisted = new PersistedCase(store, { id: 'a', opened, revision: 1 });
    store.records.delete('a');
    await persisted.noticeChange({ kind: 'deleted', id: 'a' });
    expect(persisted.status()).toMatchObject({ kind: 'conflict', theirs: undefined });
    persisted.saveAgain();
    await persisted.whenSaved();
    expect(store.records.get('a')?.caseFile).toBe(opened);
  });

  it('takes over a record holding exactly what it opened (saved by the screen that opened it)', async () => {
    const store = new MemoryStore();
    // The import screen saved the case, then opened it without saying which revision.
    store.saveElsewhere('a', structuredClone(opened));
    const persisted = new PersistedCase(store, { id: 'a', opened });
    persisted.update(line(opened));
    await persisted.whenSaved();
    expect(store.records.get('a')?.revision).toBe(2);
    expect(store.records.get('a')?.caseFile.events).toHaveLength(2);
  });

  it('continues from the other copy with both copies’ edits merged', async () => {
    const store = new MemoryStore();
    store.saveElsewhere('a', opened);
    const persisted = new PersistedCase(store, { id: 'a', opened, revision: 1 });
    const theirs = store.saveElsewhere('a', decision(line(opened)));
    persisted.update(line(opened));
    await expect(persisted.whenSaved()).rejects.toBeInstanceOf(SaveConflict);
    const merged = response(decision(line(opened)));
    persisted.continueFrom(theirs, merged);
    await persisted.whenSaved();
    expect(store.records.get('a')).toMatchObject({ revision: 3, caseFile: merged });
  });

  it('says a save failed, keeps the edit, and tries again with the next edit', async () => {
    const store = new MemoryStore();
    const persisted = new PersistedCase(store, { id: 'a', opened: blank });
    store.failNext = new StorageError("The browser's storage for this site is full");
    persisted.update(opened);
    await expect(persisted.whenSaved()).rejects.toThrow('full');
    expect(persisted.status()).toEqual({
      kind: 'failed',
      message: "The browser's storage for this site is full",
    });
    persisted.update(line(opened));
    await persisted.whenSaved();
    expect(store.records.get('a')?.caseFile.events).toHaveLength(2);
  });

  it('waits for a save that covers the edit before saying it is stored', async () => {
    const store = new MemoryStore();
    store.saveElsewhere('a', opened);
    const persisted = new PersistedCase(store, { id: 'a', opened, revision: 1 });
    persisted.update(decision(opened));
    let stored = false;
    const saved = persisted.whenSaved().then(() => {
      stored = true;
    });
    expect(stored).toBe(false);
    await saved;
    expect(store.records.get('a')?.caseFile.events.at(-1)?.type).toBe('decision');
  });

  it('refuses to save a read-only case, and says so', async () => {
    const store = new MemoryStore();
    const persisted = new PersistedCase(store, { id: 'a', opened, readOnly: true });
    persisted.update(line(opened));
    await expect(persisted.whenSaved()).rejects.toThrow('read-only');
    expect(store.saves).toBe(0);
  });
});

describe('the title a case is stored under', () => {
  it('is the title, or the name built from the patient that every screen shows', async () => {
    const untitled = buildCase({ age: 62 }, [
      { date: '2025-01-10', type: 'metastases', sites: [{ site: 'bone' }, { site: 'liver' }] },
    ]);
    expect(titleOf(untitled)).toBe('62 y, HR+/HER2-, bone + liver, line 1');
    expect(titleOf({ ...untitled, title: 'Mrs A' })).toBe('Mrs A');
    const store = new MemoryStore();
    new PersistedCase(store, { id: 'n', opened: untitled, saveAtOnce: true });
    await settle();
    expect(store.records.get('n')?.title).toBe('62 y, HR+/HER2-, bone + liver, line 1');
    // The derived name is not written into the case: it keeps following the patient.
    expect(store.records.get('n')?.caseFile.title).toBeUndefined();
  });
});
