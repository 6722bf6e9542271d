import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import {
  courseProblems,
  parseCase,
  replayCase,
  subtypeLabel,
  type CaseFile,
  type CourseStateName,
} from '../../domain/index.ts';

/**
 * The case library in the browser's IndexedDB. Nothing leaves the machine. Every failure is
 * turned into a StorageError whose message says what happened and what still works.
 */

export interface StoredCase {
  readonly id: string;
  readonly title: string;
  readonly caseFile: CaseFile;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface CaseSummary {
  readonly id: string;
  readonly title: string;
  readonly subtype: string;
  readonly line: number;
  readonly state: CourseStateName;
  readonly updatedAt: string;
  readonly eventCount: number;
}

interface LibrarySchema extends DBSchema {
  cases: { key: string; value: StoredCase; indexes: { updatedAt: string } };
}

export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** A sentence for the user from whatever the browser threw. */
export function describeStorageFailure(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return "The browser's storage for this site is full";
  if (name === 'SecurityError' || name === 'InvalidStateError') {
    return 'The browser does not allow saving here (private browsing or blocked storage)';
  }
  if (typeof indexedDB === 'undefined') return 'This browser has no IndexedDB storage';
  return `Saving failed (${error instanceof Error ? error.message : String(error)})`;
}

const databaseName = 'mbc-decision-support';
let connection: Promise<IDBPDatabase<LibrarySchema>> | undefined;

function database(): Promise<IDBPDatabase<LibrarySchema>> {
  connection ??= openDB<LibrarySchema>(databaseName, 1, {
    upgrade(db) {
      const store = db.createObjectStore('cases', { keyPath: 'id' });
      store.createIndex('updatedAt', 'updatedAt');
    },
    blocked() {
      connection = undefined;
    },
  }).catch((error: unknown) => {
    connection = undefined;
    throw new StorageError(describeStorageFailure(error), { cause: error });
  });
  return connection;
}

async function guarded<T>(work: (db: IDBPDatabase<LibrarySchema>) => Promise<T>): Promise<T> {
  try {
    return await work(await database());
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw new StorageError(describeStorageFailure(error), { cause: error });
  }
}

export function newCaseId(): string {
  return crypto.randomUUID();
}

export function summarise(stored: StoredCase): CaseSummary {
  const { snapshot } = replayCase(stored.caseFile);
  const running = snapshot.context.lines.at(-1);
  const line =
    running && running.end === undefined ? running.number : snapshot.context.lines.length + 1;
  return {
    id: stored.id,
    title: stored.title,
    subtype: subtypeLabel(stored.caseFile.patient),
    line,
    state: snapshot.value,
    updatedAt: stored.updatedAt,
    eventCount: stored.caseFile.events.length,
  };
}

export async function listCases(): Promise<StoredCase[]> {
  return guarded(async (db) => {
    const all = await db.getAll('cases');
    return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  });
}

export async function getCase(id: string): Promise<StoredCase | undefined> {
  return guarded(async (db) => {
    const stored = await db.get('cases', id);
    if (!stored) return undefined;
    // Data read back from storage crosses a boundary: validate it like an imported file.
    const parsed = parseCase(stored.caseFile);
    if (!parsed.ok || courseProblems(parsed.caseFile).length > 0)
      throw new StorageError(`The saved case "${stored.title}" is damaged`);
    return { ...stored, caseFile: parsed.caseFile };
  });
}

export async function saveCase(input: {
  id: string;
  title: string;
  caseFile: CaseFile;
  now?: string;
}): Promise<StoredCase> {
  return guarded(async (db) => {
    const now = input.now ?? new Date().toISOString();
    const existing = await db.get('cases', input.id);
    const stored: StoredCase = {
      id: input.id,
      title: input.title,
      caseFile: input.caseFile,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await db.put('cases', stored);
    return stored;
  });
}

/** Deletes a case and returns it, so the caller can offer undo. */
export async function deleteCase(id: string): Promise<StoredCase | undefined> {
  return guarded(async (db) => {
    const stored = await db.get('cases', id);
    await db.delete('cases', id);
    return stored;
  });
}

export async function restoreCase(stored: StoredCase): Promise<void> {
  await guarded((db) => db.put('cases', stored));
}

/** For tests: forget the open connection (fake-indexeddb is reset between tests). */
export function resetCaseStoreConnection(): void {
  connection = undefined;
}
