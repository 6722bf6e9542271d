import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { z } from 'zod/mini';
import {
  courseProblems,
  formatPath,
  formatProblem,
  getErrorMessage,
  parseCase,
  replayCase,
  subtypeLabel,
  type CaseFile,
  type CaseProblem,
  type CourseStateName,
} from '../../domain/index.ts';
import { announceLibraryChange } from './library-changes.ts';

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
  /**
   * Counts the saves of this case. A save names the revision it was based on and is refused
   * when the library holds a newer one (another tab saved meanwhile), instead of erasing it.
   * Records written before revisions existed read as revision 0.
   */
  readonly revision: number;
}

/** A record as read back: a case that opens, or a damaged record that is listed as such. */
export type LibraryRecord =
  | { readonly status: 'ok'; readonly stored: StoredCase }
  | {
      readonly status: 'damaged';
      readonly id: string;
      readonly title: string;
      readonly updatedAt: string | undefined;
      /** What is wrong, in words. */
      readonly problem: string;
      /** The record as stored, for "Export raw". */
      readonly raw: unknown;
    };

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
  // Typed as unknown: what comes back may have been written by an older version or damaged.
  cases: { key: string; value: unknown; indexes: { updatedAt: string } };
}

export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/**
 * A save refused because the library no longer holds the revision it was based on: another tab
 * saved a newer copy (`current`), or deleted the case (`current` undefined).
 */
export class SaveConflict extends Error {
  constructor(
    readonly id: string,
    readonly current: LibraryRecord | undefined,
  ) {
    super(
      current === undefined
        ? 'This case was deleted in another tab or window'
        : current.status === 'damaged'
          ? 'The saved copy of this case is damaged'
          : 'This case was changed in another tab or window',
    );
    this.name = 'SaveConflict';
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
  return `Saving failed (${getErrorMessage(error)})`;
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
    if (error instanceof StorageError || error instanceof SaveConflict) throw error;
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

const envelopeSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  caseFile: z.unknown(),
  createdAt: z.string(),
  updatedAt: z.string(),
  revision: z.optional(z.number().check(z.int(), z.gte(0))),
});

/**
 * Reads one stored value back. Data from storage crosses a boundary like an imported file: the
 * record and its case are validated, and the course must replay, or the record is damaged.
 */
export function readRecord(raw: unknown, key: string): LibraryRecord {
  const envelope = envelopeSchema.safeParse(raw);
  const fields = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const damaged = (problem: string): LibraryRecord => ({
    status: 'damaged',
    id: key,
    title: typeof fields['title'] === 'string' && fields['title'] !== '' ? fields['title'] : key,
    updatedAt: typeof fields['updatedAt'] === 'string' ? fields['updatedAt'] : undefined,
    problem,
    raw,
  });
  if (!envelope.success) {
    const fieldNames = [...new Set(envelope.error.issues.map((i) => formatPath(i.path)))];
    return damaged(`the record's own fields are missing or wrong (${fieldNames.join(', ')})`);
  }
  const parsed = parseCase(envelope.data.caseFile);
  if (!parsed.ok)
    return damaged(`its case does not follow the format: ${firstOf(parsed.problems)}`);
  const impossible = courseProblems(parsed.caseFile);
  if (impossible.length > 0)
    return damaged(`its course cannot be replayed: ${firstOf(impossible)}`);
  const { revision = 0, ...rest } = envelope.data;
  return { status: 'ok', stored: { ...rest, revision, caseFile: parsed.caseFile } };
}

function firstOf(problems: readonly CaseProblem[]): string {
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return first ? `${formatProblem(first)}${more}` : 'unknown problem';
}

/** Every record, newest change first; damaged records are listed, not dropped. */
export async function listLibrary(): Promise<LibraryRecord[]> {
  return guarded(async (db) => {
    const tx = db.transaction('cases', 'readonly');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    const records = values.map((raw, i) => readRecord(raw, keys[i] ?? ''));
    const changed = (r: LibraryRecord) => (r.status === 'ok' ? r.stored.updatedAt : r.updatedAt);
    return records.sort((a, b) => (changed(b) ?? '').localeCompare(changed(a) ?? ''));
  });
}

/** A case that opens, by id; undefined when there is none; a damaged one is an error. */
export async function getCase(id: string): Promise<StoredCase | undefined> {
  const record = await readCase(id);
  if (record?.status === 'damaged')
    throw new StorageError(`The saved case "${record.title}" is damaged: ${record.problem}`);
  return record?.stored;
}

/**
 * Saves a case if the library still holds the revision the caller started from
 * (`expectedRevision`, or 'new' for a case that must not exist yet); otherwise throws a
 * SaveConflict carrying what the library holds. Read and write happen in one IndexedDB
 * transaction, so two tabs cannot both pass the check.
 */
export async function saveCase(input: {
  id: string;
  title: string;
  caseFile: CaseFile;
  expectedRevision: number | 'new';
  now?: string;
}): Promise<StoredCase> {
  const stored = await guarded(async (db) => {
    const now = input.now ?? new Date().toISOString();
    const tx = db.transaction('cases', 'readwrite');
    const raw = await tx.store.get(input.id);
    const current = raw === undefined ? undefined : readRecord(raw, input.id);
    const expected =
      input.expectedRevision === 'new'
        ? current === undefined
        : current?.status === 'ok' && current.stored.revision === input.expectedRevision;
    if (!expected) throw new SaveConflict(input.id, current);
    const previous = current?.status === 'ok' ? current.stored : undefined;
    const next: StoredCase = {
      id: input.id,
      title: input.title,
      caseFile: input.caseFile,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
      revision: (previous?.revision ?? 0) + 1,
    };
    await tx.store.put(next);
    await tx.done;
    return next;
  });
  announceLibraryChange({ kind: 'saved', id: stored.id, revision: stored.revision }, stored);
  return stored;
}

/**
 * Deletes a record (a damaged one too) and returns the case it held, so the caller can offer
 * undo; undefined when there was none or it was damaged.
 */
export async function deleteCase(id: string): Promise<StoredCase | undefined> {
  const removed = await guarded(async (db) => {
    const tx = db.transaction('cases', 'readwrite');
    const raw = await tx.store.get(id);
    await tx.store.delete(id);
    await tx.done;
    if (raw === undefined) return undefined;
    const record = readRecord(raw, id);
    return record.status === 'ok' ? record.stored : undefined;
  });
  announceLibraryChange({ kind: 'deleted', id });
  return removed;
}

/**
 * Puts a deleted case back (undo), as the next revision. Refused with a SaveConflict when a case
 * with that id exists again, so an undo never writes over something newer.
 */
export async function restoreCase(deleted: StoredCase): Promise<StoredCase> {
  const restored = await guarded(async (db) => {
    const tx = db.transaction('cases', 'readwrite');
    const raw = await tx.store.get(deleted.id);
    if (raw !== undefined) throw new SaveConflict(deleted.id, readRecord(raw, deleted.id));
    const next = { ...deleted, revision: deleted.revision + 1 };
    await tx.store.put(next);
    await tx.done;
    return next;
  });
  announceLibraryChange({ kind: 'saved', id: restored.id, revision: restored.revision }, restored);
  return restored;
}

/** For tests: forget the open connection (fake-indexeddb is reset between tests). */
export function resetCaseStoreConnection(): void {
  connection = undefined;
}

/** A record by id, as read back (ok or damaged); undefined when there is none. */
export async function readCase(id: string): Promise<LibraryRecord | undefined> {
  return guarded(async (db) => {
    const raw = await db.get('cases', id);
    return raw === undefined ? undefined : readRecord(raw, id);
  });
}

/** The library as the open case's session sees it (case-persistence.ts). */
export const indexedDbCaseStore = { save: saveCase, read: readCase };
