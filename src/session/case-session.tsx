import { useSelector } from '@xstate/react';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { createActor } from 'xstate';
import {
  buildTimeline,
  knowledge,
  recommend,
  replayCase,
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
  undoLastEvent,
  updatePatient,
  type EditResult,
} from './case-log.ts';

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
  const [loadCount, setLoadCount] = useState(0);
  const [caseId, setCaseId] = useState(() => initialId ?? crypto.randomUUID());
  const [readOnly, setReadOnly] = useState(initialReadOnly);
  const replay = useMemo(() => replayCase(caseFile), [caseFile]);

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

  const apply = useCallback((result: EditResult) => {
    if (result.ok) setCaseFile(result.caseFile);
    return result;
  }, []);

  const session = useMemo<CaseSession>(
    () => ({
      caseFile,
      snapshot,
      recommendation,
      timeline,
      append: (event) => apply(appendEvent(caseFile, event)),
      undo: () => setCaseFile(undoLastEvent(caseFile)),
      remove: (index) => apply(removeEvent(caseFile, index)),
      replace: (index, event) => apply(replaceEvent(caseFile, index, event)),
      setPatient: (patient) => apply(updatePatient(caseFile, patient)),
      setTitle: (title) =>
        setCaseFile((current) => {
          const { title: _old, ...rest } = current;
          return title.trim() === '' ? rest : { ...rest, title };
        }),
      load: (next, options = {}) => {
        setCaseFile(next);
        setCaseId(options.id ?? crypto.randomUUID());
        setReadOnly(options.readOnly ?? false);
        setLoadCount((n) => n + 1);
      },
      loadCount,
      caseId,
      readOnly,
    }),
    [caseFile, snapshot, recommendation, timeline, apply, loadCount, caseId, readOnly],
  );

  return <CaseSessionContext.Provider value={session}>{children}</CaseSessionContext.Provider>;
}

export function useCaseSession(): CaseSession {
  const session = useContext(CaseSessionContext);
  if (!session) throw new Error('useCaseSession must be used inside <CaseSessionProvider>');
  return session;
}
