import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import {
  blankCase,
  buildTimeline,
  mergeCaseEdits,
  recommend,
  todayIsoDate,
  type CaseEvent,
  type CaseFile,
  type Patient,
  type Recommendation,
  type Timeline,
  type TherapySnapshot,
} from '../domain/index.ts';
import {
  appendEvent,
  removeEvent,
  replaceEvent,
  replayOf,
  undoLastEvent,
  updatePatient,
  type EditResult,
} from './case-log.ts';
import { knowledge, optionLabel } from '../lib/knowledge.ts';
import { OpenCaseSaver, titleOf, type CaseStorePort, type SaveStatus } from './case-persistence.ts';
import { StorageError, type StoredCase } from './library/case-store.ts';
import { onLibraryChange } from './library/library-changes.ts';
import { recommendationKeeper } from './share-unchanged.ts';

/**
 * The open case. The event log is the only state; the course is its replay (one per case file,
 * shared with the check of the edit that made it), and the recommendation and timeline are
 * derived from the replay's snapshot, never stored. Every edit returns whether it was accepted,
 * and a refused edit changes nothing.
 *
 * The session is also the one writer of the open case to the library: every edit is handed to
 * its PersistedCase at once (not in an effect), which saves it with the revision it was based
 * on, so no other screen or tab can silently erase it and none of its edits is erased either.
 */
export interface CaseSession {
  readonly caseFile: CaseFile;
  readonly snapshot: TherapySnapshot;
  readonly recommendation: Recommendation;
  readonly timeline: Timeline;
  readonly append: (event: CaseEvent) => EditResult;
  readonly undo: () => void;
  /** Puts back the event undone last (checked like any new event); refused when it no longer fits. */
  readonly redo: () => EditResult;
  /** The event Redo would put back: the last one undone, until another edit of the course. */
  readonly redoable: CaseEvent | undefined;
  readonly remove: (index: number) => EditResult;
  readonly replace: (index: number, event: CaseEvent) => EditResult;
  readonly setPatient: (patient: Patient) => EditResult;
  readonly setTitle: (title: string) => void;
  /** Opens another case; `id` names it in the library (a new id when omitted). */
  readonly load: (caseFile: CaseFile, options?: LoadOptions) => void;
  /** Closes the open case and opens a blank one. */
  readonly close: () => void;
  /**
   * Adds an event to a case of the library: through this session when it is the open case (so
   * the open case's next save cannot erase it), otherwise straight to the library over the
   * revision the caller read. Resolves once stored; rejects with the storage problem.
   */
  readonly appendTo: (target: StoredCase, event: CaseEvent) => Promise<EditResult>;
  /** Resolves once every edit so far is stored; rejects when it cannot be (say why). */
  readonly whenSaved: () => Promise<void>;
  /** What the user chose about a case changed or deleted elsewhere; resolves to what was done. */
  readonly resolveConflict: (choice: ConflictChoice) => Promise<string>;
  readonly saveStatus: SaveStatus;
  /** Changes whenever another case is loaded, so forms holding typed text start afresh. */
  readonly loadCount: number;
  /** The library id of the open case. */
  readonly caseId: string;
  /** A shared link opens read-only until the user saves a copy. */
  readonly readOnly: boolean;
}

export interface LoadOptions {
  readonly id?: string | undefined;
  readonly readOnly?: boolean | undefined;
  /** The library revision the case was read at, when it comes from the library. */
  readonly revision?: number | undefined;
  /** Save it at once even unchanged (an imported file, a saved copy of a shared link). */
  readonly saveAtOnce?: boolean | undefined;
}

/**
 * reload: take the library's copy; keep-both: merge both copies, or when they cannot be merged
 * keep this tab's as a separate case; save-again: store this tab's copy of a case deleted
 * elsewhere; save-as-new: keep this tab's copy as a separate case.
 */
export type ConflictChoice = 'reload' | 'keep-both' | 'save-again' | 'save-as-new';

const CaseSessionContext = createContext<CaseSession | null>(null);

export function CaseSessionProvider({
  initialCase,
  initialId,
  initialRevision,
  initialReadOnly = false,
  store,
  children,
}: {
  initialCase: CaseFile;
  initialId?: string;
  initialRevision?: number;
  initialReadOnly?: boolean;
  /** Where cases are saved; without one (component tests) the case lives in memory only. */
  store?: CaseStorePort;
  children: ReactNode;
}) {
  const [caseFile, setCaseFile] = useState(initialCase);
  // The latest case, for the edit actions: they stay the same functions across renders (so
  // memoised rows keep them) and still never edit an out-of-date copy of the log.
  const latest = useRef(initialCase);
  // Events undone, newest last, for redo. Any other edit of the course (or another case)
  // empties it: redo then would re-apply an event to a course it was not recorded against.
  const undone = useRef<CaseEvent[]>([]);
  const [redoable, setRedoable] = useState<CaseEvent | undefined>(undefined);
  const [loadCount, setLoadCount] = useState(0);
  // The open case's saving (made once; `store` is read on the first render only).
  const [saver] = useState(
    () =>
      new OpenCaseSaver(store, {
        id: initialId ?? crypto.randomUUID(),
        opened: initialCase,
        revision: initialRevision,
        readOnly: initialReadOnly,
      }),
  );
  const {
    id: caseId,
    readOnly,
    status: saveStatus,
  } = useSyncExternalStore(saver.subscribe, saver.getSnapshot);
  // The course as the replay of the log left it: no actor, since nothing but an edit of the
  // log (a new case file, hence a new replay) ever moves it.
  const replay = useMemo(() => replayOf(caseFile), [caseFile]);
  const snapshot = replay.snapshot;

  // Parts equal to the last recommendation keep its objects, so unchanged rows skip rendering.
  const [keepUnchanged] = useState(recommendationKeeper);
  const recommendation = useMemo(
    () => keepUnchanged(recommend(snapshot, knowledge)),
    [keepUnchanged, snapshot],
  );
  const timeline = useMemo(
    () => buildTimeline(replay.applied, snapshot.context, todayIsoDate(), optionLabel),
    [replay.applied, snapshot.context],
  );

  const actions = useMemo(() => {
    const open = (next: CaseFile, options: LoadOptions) =>
      saver.open({
        id: options.id ?? crypto.randomUUID(),
        opened: next,
        revision: options.revision,
        readOnly: options.readOnly ?? false,
        saveAtOnce: options.saveAtOnce ?? false,
      });
    const current = () => saver.active();
    const setUndone = (events: CaseEvent[]) => {
      undone.current = events;
      setRedoable(events.at(-1));
    };
    const commit = (next: CaseFile, keepRedo = false) => {
      if (!keepRedo && next.events !== latest.current.events) setUndone([]);
      if (!keepRedo && next.patient !== latest.current.patient) setUndone([]);
      latest.current = next;
      current().update(next);
      setCaseFile(next);
    };
    const apply = (result: EditResult) => {
      if (result.ok) commit(result.caseFile);
      return result;
    };
    const load = (next: CaseFile, options: LoadOptions = {}) => {
      setUndone([]);
      latest.current = next;
      open(next, options);
      setCaseFile(next);
      setLoadCount((n) => n + 1);
    };
    const keepAsNewCase = (note: string) => {
      const mine = latest.current;
      const title = `${titleOf(mine)} (kept from this tab)`;
      load({ ...mine, title }, { saveAtOnce: true });
      return `${note}This tab's copy is now a separate case, “${title}”; the other copy is unchanged in the library.`;
    };
    return {
      append: (event: CaseEvent) => apply(appendEvent(latest.current, event)),
      undo: () => {
        const last = latest.current.events.at(-1);
        if (!last) return;
        commit(undoLastEvent(latest.current), true);
        setUndone([...undone.current, last]);
      },
      redo: (): EditResult => {
        const event = undone.current.at(-1);
        if (!event) return { ok: false, reason: 'Nothing to redo' };
        const result = appendEvent(latest.current, event);
        if (!result.ok) {
          setUndone([]);
          return result;
        }
        commit(result.caseFile, true);
        setUndone(undone.current.slice(0, -1));
        return result;
      },
      remove: (index: number) => apply(removeEvent(latest.current, index)),
      replace: (index: number, event: CaseEvent) =>
        apply(replaceEvent(latest.current, index, event)),
      setPatient: (patient: Patient) => apply(updatePatient(latest.current, patient)),
      setTitle: (title: string) => {
        const { title: _old, ...rest } = latest.current;
        commit(title.trim() === '' ? rest : { ...rest, title });
      },
      load,
      close: () => load(blankCase()),
      appendTo: async (target: StoredCase, event: CaseEvent): Promise<EditResult> => {
        if (target.id === current().id) {
          const result = apply(appendEvent(latest.current, event));
          if (result.ok) await current().whenSaved();
          return result;
        }
        const result = appendEvent(target.caseFile, event);
        if (!result.ok) return result;
        if (!store) throw new StorageError('Cases are not saved in this browser');
        await store.save({
          id: target.id,
          title: target.title,
          caseFile: result.caseFile,
          expectedRevision: target.revision,
        });
        return result;
      },
      whenSaved: () => current().whenSaved(),
      resolveConflict: async (choice: ConflictChoice): Promise<string> => {
        const slot = current();
        const status = slot.status();
        if (status.kind !== 'conflict') return 'Nothing to resolve: the case is saved.';
        const theirs = status.theirs?.status === 'ok' ? status.theirs.stored : undefined;
        if (choice === 'save-as-new') return keepAsNewCase('');
        if (choice === 'save-again') {
          slot.saveAgain();
          await slot.whenSaved();
          return 'This tab’s copy is saved in the library again.';
        }
        if (!theirs) return keepAsNewCase('The library’s copy cannot be opened. ');
        if (choice === 'reload') {
          load(theirs.caseFile, { id: theirs.id, revision: theirs.revision });
          return 'Opened the copy saved elsewhere.';
        }
        const startedFrom = slot.stored?.caseFile ?? latest.current;
        const merged = mergeCaseEdits(startedFrom, latest.current, theirs.caseFile);
        if (!merged.ok) return keepAsNewCase(`The two copies were not merged: ${merged.reason}. `);
        setUndone([]);
        latest.current = merged.caseFile;
        slot.continueFrom(theirs, merged.caseFile);
        setCaseFile(merged.caseFile);
        setLoadCount((n) => n + 1);
        await slot.whenSaved();
        return 'Both copies’ changes are now in this case, and it is saved.';
      },
    };
  }, [saver, store]);

  // Other tabs' saves and deletions of the open case.
  useEffect(
    () =>
      onLibraryChange((change, origin) => {
        if (origin === 'other-tab') saver.noticeChange(change);
      }),
    [saver],
  );

  const session = useMemo<CaseSession>(
    () => ({
      caseFile,
      snapshot,
      recommendation,
      timeline,
      ...actions,
      redoable,
      saveStatus,
      loadCount,
      caseId,
      readOnly,
    }),
    [
      caseFile,
      snapshot,
      recommendation,
      timeline,
      actions,
      redoable,
      saveStatus,
      loadCount,
      caseId,
      readOnly,
    ],
  );

  return <CaseSessionContext.Provider value={session}>{children}</CaseSessionContext.Provider>;
}

export function useCaseSession(): CaseSession {
  const session = useContext(CaseSessionContext);
  if (!session) throw new Error('useCaseSession must be used inside <CaseSessionProvider>');
  return session;
}
