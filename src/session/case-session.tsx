import { useSelector } from '@xstate/react';
import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { createActor } from 'xstate';
import {
  buildTimeline,
  recommend,
  therapyLineMachine,
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
import { knowledge } from '../lib/knowledge.ts';

/**
 * The open case. The event log is the only state; the course actor is rebuilt from it by
 * replay, and the recommendation and timeline are derived from the actor's snapshot, never
 * stored. Every edit returns whether it was accepted, and a refused edit changes nothing.
 */
export interface CaseSession {
  readonly caseFile: CaseFile;
  readonly snapshot: TherapySnapshot;
  readonly recommendation: Recommendation;
  readonly timeline: Timeline;
  readonly append: (event: CaseEvent) => EditResult;
  readonly undo: () => void;
  readonly remove: (index: number) => EditResult;
  readonly replace: (index: number, event: CaseEvent) => EditResult;
  readonly setPatient: (patient: Patient) => EditResult;
  readonly setTitle: (title: string) => void;
  /** Opens another case; `id` names it in the library (a new id when omitted). */
  readonly load: (caseFile: CaseFile, options?: { id?: string; readOnly?: boolean }) => void;
  /** Changes whenever another case is loaded, so forms holding typed text start afresh. */
  readonly loadCount: number;
  /** The library id of the open case. */
  readonly caseId: string;
  /** A shared link opens read-only until the user saves a copy. */
  readonly readOnly: boolean;
}

const CaseSessionContext = createContext<CaseSession | null>(null);

export function CaseSessionProvider({
  initialCase,
  initialId,
  initialReadOnly = false,
  children,
}: {
  initialCase: CaseFile;
  initialId?: string;
  initialReadOnly?: boolean;
  children: ReactNode;
}) {
  const [caseFile, setCaseFile] = useState(initialCase);
  // The latest case, for the edit actions: they stay the same functions across renders (so
  // memoised rows keep them) and still never edit an out-of-date copy of the log.
  const latest = useRef(initialCase);
  const [loadCount, setLoadCount] = useState(0);
  const [caseId, setCaseId] = useState(() => initialId ?? crypto.randomUUID());
  const [readOnly, setReadOnly] = useState(initialReadOnly);
  const replay = useMemo(() => replayOf(caseFile), [caseFile]);

  // The course actor, restored from the replayed snapshot; components read it through
  // @xstate/react's useSelector so they re-render only when the course changes.
  const actor = useMemo(() => {
    const course = createActor(therapyLineMachine, {
      input: { patient: caseFile.patient },
      snapshot: replay.snapshot,
    });
    course.start();
    return course;
  }, [replay, caseFile.patient]);
  useEffect(
    () => () => {
      actor.stop();
    },
    [actor],
  );
  const snapshot = useSelector(actor, (s) => s);

  const recommendation = useMemo(() => recommend(snapshot, knowledge), [snapshot]);
  const timeline = useMemo(
    () => buildTimeline(replay.applied, snapshot.context, todayIsoDate()),
    [replay.applied, snapshot.context],
  );

  const actions = useMemo(() => {
    const commit = (next: CaseFile) => {
      latest.current = next;
      setCaseFile(next);
    };
    const apply = (result: EditResult) => {
      if (result.ok) commit(result.caseFile);
      return result;
    };
    return {
      append: (event: CaseEvent) => apply(appendEvent(latest.current, event)),
      undo: () => commit(undoLastEvent(latest.current)),
      remove: (index: number) => apply(removeEvent(latest.current, index)),
      replace: (index: number, event: CaseEvent) =>
        apply(replaceEvent(latest.current, index, event)),
      setPatient: (patient: Patient) => apply(updatePatient(latest.current, patient)),
      setTitle: (title: string) => {
        const { title: _old, ...rest } = latest.current;
        commit(title.trim() === '' ? rest : { ...rest, title });
      },
      load: (next: CaseFile, options: { id?: string; readOnly?: boolean } = {}) => {
        commit(next);
        setCaseId(options.id ?? crypto.randomUUID());
        setReadOnly(options.readOnly ?? false);
        setLoadCount((n) => n + 1);
      },
    };
  }, []);

  const session = useMemo<CaseSession>(
    () => ({
      caseFile,
      snapshot,
      recommendation,
      timeline,
      ...actions,
      loadCount,
      caseId,
      readOnly,
    }),
    [caseFile, snapshot, recommendation, timeline, actions, loadCount, caseId, readOnly],
  );

  return <CaseSessionContext.Provider value={session}>{children}</CaseSessionContext.Provider>;
}

export function useCaseSession(): CaseSession {
  const session = useContext(CaseSessionContext);
  if (!session) throw new Error('useCaseSession must be used inside <CaseSessionProvider>');
  return session;
}
