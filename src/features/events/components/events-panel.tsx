import { memo, useCallback, useEffect, useRef, useState } from 'react';
import {
  allowedEventTypes,
  describeCourseState,
  newEventDate,
  runningLine,
  stateOf,
  todayIsoDate,
  type CourseStateName,
  type EventType,
} from '../../../domain/index.ts';
import { formatDate } from '../../../lib/format.ts';
import { useCaseSession } from '../../../session/case-session.tsx';
import {
  settleRegimenDraftRequest,
  useRegimenDraftRequest,
} from '../../../session/regimen-draft-request.ts';
import { draftFromEvent, emptyDraft } from './event-draft.ts';
import { EventForm } from './event-form.tsx';
import { DrugNameOptions } from './regimen-picker.tsx';
import { describeEvent } from '../../../components/events/event-labels.ts';

/** The event most often entered next in each state, preselected in the form. */
const likelyNext: Record<CourseStateName, EventType> = {
  intake: 'metastases',
  'choosing-line': 'start-line',
  'on-line': 'response',
  'on-break': 'resume',
  'supportive-care': 'local-therapy',
};

export function EventsPanel() {
  const session = useCaseSession();
  const { caseFile, snapshot, recommendation } = session;
  const [editing, setEditing] = useState<number>();
  const [message, setMessage] = useState<string>();
  const [redoRefusal, setRedoRefusal] = useState<string>();
  // A "Start this regimen" from a candidate row, until a line is recorded or the user goes on.
  const pending = useRegimenDraftRequest();
  const pendingId = pending?.id;
  const formArea = useRef<HTMLDivElement>(null);
  // After "Record event" the new log entry takes focus (the live region announces it), so the
  // user sees where it went; the form below is re-created empty for the next event.
  const log = useRef<HTMLOListElement>(null);
  const focusEntry = useRef<number | undefined>(undefined);
  useEffect(() => {
    const index = focusEntry.current;
    if (index === undefined) return;
    const entry = log.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (entry) {
      entry.focus();
      focusEntry.current = undefined;
    }
  });
  useEffect(() => {
    if (pendingId === undefined) return;
    formArea.current?.scrollIntoView({ block: 'center' });
    formArea.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, [pendingId]);

  const allowed = allowedEventTypes(snapshot);
  const state = stateOf(snapshot);
  const notBefore = caseFile.events.at(-1)?.date;
  const defaultDate = newEventDate(caseFile.events, todayIsoDate());
  const preferred = allowed.includes(likelyNext[state])
    ? likelyNext[state]
    : (allowed[0] ?? 'metastases');
  const regimen = runningLine(snapshot.context)?.regimen ?? [];
  const candidates = recommendation.candidates.map((c) => ({ id: c.id, label: c.label }));
  // Stable handlers (the session's actions are stable), so unchanged log rows skip rendering.
  const { remove } = session;
  const removeAt = useCallback(
    (index: number, text: string) => {
      const result = remove(index);
      setMessage(result.ok ? `Removed: ${text}` : `Not removed: ${result.reason}`);
    },
    [remove],
  );

  return (
    <section className="panel events-panel" aria-labelledby="events-heading">
      <h2 id="events-heading">Course of treatment</h2>
      <DrugNameOptions />
      {session.readOnly ? (
        <p className="muted">Read-only shared case: save a copy to record events.</p>
      ) : (
        <>
          <h3>Record an event</h3>
          {pending && !allowed.includes('start-line') ? (
            <p className="form-error" role="alert">
              A line cannot start now: {describeCourseState(snapshot, formatDate)}.{' '}
              <button type="button" className="link" onClick={settleRegimenDraftRequest}>
                Dismiss
              </button>
            </p>
          ) : null}
          <div ref={formArea}>
            <EventForm
              key={`${state}-${caseFile.events.length}-${pending?.id ?? 0}`}
              allowedTypes={allowed}
              initial={
                pending && allowed.includes('start-line')
                  ? { ...emptyDraft('start-line', defaultDate), regimen: [...pending.agents] }
                  : emptyDraft(preferred, defaultDate)
              }
              notBefore={notBefore}
              runningRegimen={regimen}
              candidates={candidates}
              submitLabel="Record event"
              onSubmit={(event) => {
                const result = session.append(event);
                if (result.ok) {
                  setRedoRefusal(undefined);
                  focusEntry.current = caseFile.events.length;
                  setMessage(`Recorded: ${describeEvent(event)}`);
                  if (pending) settleRegimenDraftRequest();
                }
                return result;
              }}
            />
          </div>
        </>
      )}
      <p className="visually-hidden" aria-live="polite">
        {message}
      </p>

      <div className="log-header">
        <h3>Event log ({caseFile.events.length})</h3>
        <button
          type="button"
          className="secondary"
          disabled={caseFile.events.length === 0 || session.readOnly}
          onClick={() => {
            const last = caseFile.events.at(-1);
            session.undo();
            setEditing(undefined);
            setRedoRefusal(undefined);
            if (last) setMessage(`Undone: ${describeEvent(last)}`);
          }}
        >
          Undo last event
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!session.redoable || session.readOnly}
          title={session.redoable ? `Put back: ${describeEvent(session.redoable)}` : undefined}
          onClick={() => {
            const event = session.redoable;
            const result = session.redo();
            setEditing(undefined);
            if (result.ok && event) {
              setRedoRefusal(undefined);
              setMessage(`Redone: ${describeEvent(event)}`);
            } else if (!result.ok) {
              setRedoRefusal(`Not redone: ${result.reason}`);
            }
          }}
        >
          Redo
        </button>
      </div>
      {redoRefusal ? (
        <p className="form-error" role="alert">
          {redoRefusal}
        </p>
      ) : null}
      {caseFile.events.length === 0 ? (
        <p className="muted">No events yet. Start by documenting the metastatic sites.</p>
      ) : (
        <ol className="event-log" ref={log}>
          {caseFile.events.map((event, index) => (
            <li
              key={`${index}-${event.date}-${event.type}`}
              className="event-log__item"
              data-index={index}
              tabIndex={-1}
            >
              {editing === index ? (
                <EventForm
                  allowedTypes={[event.type]}
                  initial={draftFromEvent(event)}
                  notBefore={caseFile.events[index - 1]?.date}
                  runningRegimen={
                    event.type === 'intolerance' ? regimenBefore(session, index) : regimen
                  }
                  candidates={candidates}
                  submitLabel="Save change"
                  onSubmit={(changed) => {
                    const result = session.replace(index, changed);
                    if (result.ok) {
                      setEditing(undefined);
                      setMessage(`Changed: ${describeEvent(changed)}`);
                    }
                    return result;
                  }}
                  onCancel={() => setEditing(undefined)}
                />
              ) : (
                <EventRow
                  readOnly={session.readOnly}
                  index={index}
                  date={event.date}
                  text={describeEvent(event)}
                  onEdit={setEditing}
                  onRemove={removeAt}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      {message?.startsWith('Not removed') ? (
        <p className="form-error" role="alert">
          {message}
        </p>
      ) : null}
    </section>
  );
}

/** The regimen running just before event `index`, for editing an intolerance entry. */
function regimenBefore(
  session: ReturnType<typeof useCaseSession>,
  index: number,
): readonly string[] {
  const starts = session.caseFile.events.slice(0, index).filter((e) => e.type === 'start-line');
  const last = starts.at(-1);
  return last?.type === 'start-line' ? last.regimen : [];
}

const EventRow = memo(function EventRow(props: {
  readOnly: boolean;
  index: number;
  date: string;
  text: string;
  onEdit: (index: number) => void;
  onRemove: (index: number, text: string) => void;
}) {
  const { index, text } = props;
  return (
    <div className="event-row">
      <span className="event-date">{formatDate(props.date)}</span>
      <span className="event-text">{text}</span>
      {props.readOnly ? null : (
        <span className="event-actions">
          <button
            type="button"
            className="link-button"
            onClick={() => props.onEdit(index)}
            aria-label={`Edit event ${index + 1}: ${text}`}
          >
            Edit
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() => props.onRemove(index, text)}
            aria-label={`Remove event ${index + 1}: ${text}`}
          >
            Remove
          </button>
        </span>
      )}
    </div>
  );
});
