import { caseDisplayName, sameCaseData, type CaseFile } from '../domain/index.ts';
import {
  describeStorageFailure,
  SaveConflict,
  StorageError,
  type LibraryRecord,
  type StoredCase,
} from './library/case-store.ts';
import type { LibraryChange } from './library/library-changes.ts';
import { afterNextPaint } from '../lib/after-next-paint.ts';

/**
 * Saving one open case. Every change of the open case goes through here (the case view's edits
 * and the tumor board's decisions alike), so there is one writer per case in a tab. Each save
 * names the revision it was based on; when the library holds a newer one (another tab saved, or
 * deleted the case), nothing is overwritten: the case is marked in conflict, the edits stay in
 * memory, and the user chooses (reload, keep both). Saves run one at a time and always write the
 * newest copy, so a quick series of edits costs at most one save behind the current one.
 */

export interface CaseStorePort {
  save(input: {
    id: string;
    title: string;
    caseFile: CaseFile;
    expectedRevision: number | 'new';
  }): Promise<StoredCase>;
  read(id: string): Promise<LibraryRecord | undefined>;
}

export type SaveStatus =
  /** No store (tests, or a session rendered outside the app). */
  | { readonly kind: 'off' }
  | { readonly kind: 'read-only' }
  /** Blank case: saved once something is entered. */
  | { readonly kind: 'nothing-entered' }
  /** Opened (an example, a file) and not changed: saved once it changes. */
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'failed'; readonly message: string }
  | {
      readonly kind: 'conflict';
      /** What the library holds now; undefined when the case was deleted there. */
      readonly theirs: LibraryRecord | undefined;
      /** Whether this tab holds edits the library does not have. */
      readonly unsaved: boolean;
    };

/**
 * The name a case is listed under: its title, or until the user names it the same name built
 * from the patient that every screen shows (caseDisplayName).
 */
export function titleOf(caseFile: CaseFile): string {
  return caseDisplayName(caseFile);
}

/** A blank case holds nothing worth a library entry until an event or a title is entered. */
function worthSaving(caseFile: CaseFile): boolean {
  return caseFile.events.length > 0 || caseFile.title !== undefined;
}

interface Base {
  readonly revision: number;
  readonly caseFile: CaseFile;
}

interface Waiter {
  readonly seq: number;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

export interface PersistedCaseOptions {
  readonly id: string;
  readonly opened: CaseFile;
  /** The stored revision the case was opened from, when it came from the library. */
  readonly revision?: number | undefined;
  readonly readOnly?: boolean;
  /** Save at once, even unchanged (an imported file belongs in the library). */
  readonly saveAtOnce?: boolean;
}

export class PersistedCase {
  readonly id: string;
  private readonly opened: CaseFile;
  /** A shared link opens read-only until the user saves a copy; such a case is never saved. */
  readonly readOnly: boolean;
  private saveAtOnce: boolean;
  private latest: CaseFile;
  private base: Base | undefined;
  private seq = 0;
  private running = false;
  private failure: string | undefined;
  private conflict: { readonly theirs: LibraryRecord | undefined } | undefined;
  private waiters: Waiter[] = [];

  constructor(
    private readonly store: CaseStorePort | undefined,
    options: PersistedCaseOptions,
    /** Called whenever the status may have changed. */
    private readonly onChange: () => void = () => undefined,
  ) {
    this.id = options.id;
    this.opened = options.opened;
    this.latest = options.opened;
    this.readOnly = options.readOnly ?? false;
    this.saveAtOnce = options.saveAtOnce ?? false;
    this.base =
      options.revision === undefined
        ? undefined
        : { revision: options.revision, caseFile: options.opened };
    // Not during construction: the owner may be rendering, and the status callback sets state.
    queueMicrotask(() => void this.flush());
  }

  /** The copy the library held when this tab last read or wrote it. */
  get stored(): Base | undefined {
    return this.base;
  }

  get current(): CaseFile {
    return this.latest;
  }

  /** Takes the newest copy of the case and saves it (unless in conflict or read-only). */
  update(caseFile: CaseFile): void {
    if (caseFile === this.latest) return;
    this.latest = caseFile;
    this.seq += 1;
    // A new edit is a new attempt: a failed save (full storage, say) is tried again.
    this.failure = undefined;
    this.onChange();
    // The edit is on screen first; the save (a read, a check and a write in IndexedDB) follows
    // the frame that shows it. whenSaved() still saves at once.
    afterNextPaint(() => void this.flush());
  }

  status(): SaveStatus {
    if (!this.store) return { kind: 'off' };
    if (this.readOnly) return { kind: 'read-only' };
    if (this.conflict)
      return { kind: 'conflict', theirs: this.conflict.theirs, unsaved: this.hasUnsavedEdits() };
    if (this.failure !== undefined) return { kind: 'failed', message: this.failure };
    if (this.running || this.needsSave()) return { kind: 'saving' };
    if (this.base) return { kind: 'saved' };
    return worthSaving(this.latest) ? { kind: 'unchanged' } : { kind: 'nothing-entered' };
  }

  /** Resolves once everything edited so far is stored; rejects when it cannot be. */
  whenSaved(): Promise<void> {
    const blocked = this.blockedReason();
    if (blocked) return Promise.reject(blocked);
    if (!this.running && !this.needsSave() && this.base?.caseFile === this.latest)
      return Promise.resolve();
    const promise = new Promise<void>((resolve, reject) => {
      this.waiters.push({ seq: this.seq, resolve, reject });
    });
    // An unchanged example that gets a decision is worth saving; make sure it is tried.
    this.saveAtOnce = true;
    void this.flush();
    return promise;
  }

  /**
   * Another tab (or another writer in this one) changed the library. A newer revision of this
   * case, or its deletion, puts it in conflict unless the library now holds exactly this tab's
   * copy.
   */
  async noticeChange(change: LibraryChange): Promise<void> {
    if (!this.store || this.readOnly || change.id !== this.id) return;
    if (change.kind === 'saved' && this.base && change.revision <= this.base.revision) return;
    const current = await this.store.read(this.id);
    if (current === undefined && this.base === undefined) return;
    if (current?.status === 'ok') {
      if (this.base && current.stored.revision === this.base.revision) return;
      if (sameCaseData(current.stored.caseFile, this.latest)) {
        this.base = { revision: current.stored.revision, caseFile: this.latest };
        this.onChange();
        return;
      }
    }
    this.enterConflict(current);
  }

  /**
   * Continues from the library's copy: `caseFile` (this tab's edits merged into theirs, or
   * theirs) is saved over revision `revision`.
   */
  continueFrom(theirs: StoredCase, caseFile: CaseFile): void {
    this.conflict = undefined;
    this.base = { revision: theirs.revision, caseFile: theirs.caseFile };
    this.latest = theirs.caseFile;
    this.update(caseFile);
    this.onChange();
  }

  /** The case was deleted elsewhere: store this tab's copy again, as a new record. */
  saveAgain(): void {
    this.conflict = undefined;
    this.base = undefined;
    this.saveAtOnce = true;
    this.onChange();
    void this.flush();
  }

  private hasUnsavedEdits(): boolean {
    return this.base ? this.base.caseFile !== this.latest : worthSaving(this.latest);
  }

  private blockedReason(): Error | undefined {
    if (!this.store) return new StorageError('Cases are not saved in this browser');
    if (this.readOnly) return new StorageError('A shared case is read-only');
    if (this.conflict) return new SaveConflict(this.id, this.conflict.theirs);
    if (this.failure !== undefined) return new StorageError(this.failure);
    return undefined;
  }

  private needsSave(): boolean {
    if (!this.store || this.readOnly || this.conflict || this.failure !== undefined) return false;
    if (this.base) return this.base.caseFile !== this.latest;
    return worthSaving(this.latest) && (this.latest !== this.opened || this.saveAtOnce);
  }

  private enterConflict(theirs: LibraryRecord | undefined): void {
    this.conflict = { theirs };
    this.settle(this.seq, new SaveConflict(this.id, theirs));
    this.onChange();
  }

  /**
   * A refused save whose refusal loses nothing: the library holds exactly what this tab
   * started from (the same case saved by the screen that opened it) or what it now has.
   */
  private adopt(current: LibraryRecord | undefined): boolean {
    if (current?.status !== 'ok') return false;
    const startedFrom = this.base?.caseFile ?? this.opened;
    if (sameCaseData(current.stored.caseFile, this.latest)) {
      this.base = { revision: current.stored.revision, caseFile: this.latest };
      return true;
    }
    if (sameCaseData(current.stored.caseFile, startedFrom)) {
      this.base = { revision: current.stored.revision, caseFile: startedFrom };
      return true;
    }
    return false;
  }

  private async flush(): Promise<void> {
    if (this.running || !this.store) return;
    this.running = true;
    this.onChange();
    let adopted = 0;
    try {
      while (this.needsSave()) {
        const caseFile = this.latest;
        const seq = this.seq;
        try {
          const stored = await this.store.save({
            id: this.id,
            title: titleOf(caseFile),
            caseFile,
            expectedRevision: this.base?.revision ?? 'new',
          });
          this.base = { revision: stored.revision, caseFile };
          this.settle(seq);
        } catch (error) {
          if (error instanceof SaveConflict && adopted < 3 && this.adopt(error.current)) {
            adopted += 1;
            if (this.base?.caseFile === this.latest) this.settle(this.seq);
            continue;
          }
          if (error instanceof SaveConflict) this.enterConflict(error.current);
          else {
            this.failure =
              error instanceof StorageError ? error.message : describeStorageFailure(error);
            this.settle(this.seq, new StorageError(this.failure, { cause: error }));
          }
          break;
        }
      }
    } finally {
      this.running = false;
      this.onChange();
    }
  }

  /** Resolves the waiters for edits up to `seq`, or rejects every waiter with `error`. */
  private settle(seq: number, error?: Error): void {
    const done = error ? this.waiters : this.waiters.filter((w) => w.seq <= seq);
    this.waiters = this.waiters.filter((w) => !done.includes(w));
    for (const waiter of done) {
      if (error) waiter.reject(error);
      else waiter.resolve();
    }
  }
}

/** Which case is open, whether it is read-only, and where its saving stands. */
export interface OpenCaseSnapshot {
  readonly id: string;
  readonly readOnly: boolean;
  readonly status: SaveStatus;
}

/**
 * The open case's saving, as an external store for React (useSyncExternalStore): which case is
 * open and its save status. Opening another case starts a new PersistedCase; the previous one
 * finishes its last save in the background but no longer speaks for the screen.
 */
export class OpenCaseSaver {
  private slot: PersistedCase;
  private snapshot: OpenCaseSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly store: CaseStorePort | undefined,
    first: PersistedCaseOptions,
  ) {
    this.slot = this.make(first);
    this.snapshot = { id: this.slot.id, readOnly: this.slot.readOnly, status: this.slot.status() };
  }

  /** The open case's saving. */
  active(): PersistedCase {
    return this.slot;
  }

  open(options: PersistedCaseOptions): PersistedCase {
    this.slot = this.make(options);
    this.publish();
    return this.slot;
  }

  /** A change announced by another tab: only the open case cares. */
  noticeChange(change: LibraryChange): void {
    void this.slot.noticeChange(change);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): OpenCaseSnapshot => this.snapshot;

  private make(options: PersistedCaseOptions): PersistedCase {
    const slot: PersistedCase = new PersistedCase(this.store, options, () => {
      if (this.slot === slot) this.publish();
    });
    return slot;
  }

  private publish(): void {
    const { id, readOnly } = this.slot;
    const next = { id, readOnly, status: this.slot.status() };
    if (sameCaseData(this.snapshot, next)) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
