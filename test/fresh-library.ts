import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeEach } from 'vitest';
import { resetCaseStoreConnection } from '../src/session/library/case-store.ts';
import { closeLibraryChannel } from '../src/session/library/library-changes.ts';

/**
 * Every test of the file starts with an empty case library (a new fake IndexedDB, the store's
 * connection forgotten) and, with `localStorage`, an empty localStorage (the board's agenda);
 * the library's change channel is closed after the file, since the runner waits for open ones.
 */
export function freshLibraryForEachTest(options: { localStorage?: boolean } = {}): void {
  afterAll(closeLibraryChannel);
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    resetCaseStoreConnection();
    if (options.localStorage) localStorage.clear();
  });
}
