import { useCallback, useState } from 'react';
import { isIsoDate, recommendCase, type CaseEvent } from '../../../domain/index.ts';
import {
  addItem,
  markPresented,
  moveItem,
  movedAnnouncement,
  removeItem,
  replaceItem,
  type Agenda,
  type AgendaItem,
} from '../../../domain/board/index.ts';
import { knowledge } from '../../../lib/knowledge.ts';
import { appendEvent } from '../../../session/case-log.ts';
import { useCaseSession } from '../../../session/case-session.tsx';
import { newCaseId } from '../../../session/library/case-store.ts';
import { useCases, useSaveCase } from '../../../session/library/cases-queries.ts';
import {
  noBundledCases,
  useAgendaSlots,
  type BoardCase,
  type BundledCases,
} from '../board-cases.ts';
import { loadAgenda, loadPresented, saveAgenda, savePresented } from '../board-store.ts';
import '../board.css';
import { AddCases } from './add-cases.tsx';
import { AgendaList } from './agenda-list.tsx';
import { CasePresentation } from './case-presentation.tsx';
import { Presentation } from './presentation.tsx';
import { PrintHandout } from './print-handout.tsx';

/** Marks are kept by library id (as before bundled cases could be presented), else by item. */
const presentedKey = (boardCase: BoardCase) => boardCase.stored?.id ?? boardCase.key;

export interface BoardViewProps {
  /** The bundled examples and teaching scenarios the agenda can take (from the app). */
  readonly bundled?: BundledCases;
  /**
   * The case being presented (0-based), undefined when not presenting. Given with
   * `onSlideChange`, the caller keeps it (an address bar, say); otherwise the board does.
   */
  readonly slide?: number | undefined;
  readonly onSlideChange?: (slide: number | undefined) => void;
}

/**
 * Tumor-board mode: an agenda for a meeting date, built from the library, the bundled examples
 * and the teaching scenarios; presented case by case; printed as a handout.
 */
export function BoardView({ bundled = noBundledCases, slide, onSlideChange }: BoardViewProps) {
  const cases = useCases();
  const session = useCaseSession();
  const saveCopy = useSaveCase();
  const [agenda, setAgenda] = useState<Agenda>(loadAgenda);
  // What the date field holds, as typed (a half-typed date is kept, not stored).
  const [dateText, setDateText] = useState(agenda.meetingDate);
  const [ownSlide, setOwnSlide] = useState<number>();
  const controlled = onSlideChange !== undefined;
  const presenting = controlled ? slide : ownSlide;
  const setPresenting = useCallback(
    (next: number | undefined) => (controlled ? onSlideChange(next) : setOwnSlide(next)),
    [controlled, onSlideChange],
  );
  const [presented, setPresented] = useState(loadPresented);
  const [problem, setProblem] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const slots = useAgendaSlots(agenda.items, cases.data?.cases, bundled);
  const ready = slots.flatMap((s) => (s.ready ? [s.boardCase] : []));

  const update = (next: Agenda) => {
    setAgenda(next);
    setProblem(
      saveAgenda(next)
        ? undefined
        : 'The agenda could not be stored in this browser; it lasts until the page closes.',
    );
  };

  const add = (item: AgendaItem, name: string) => {
    const next = addItem(agenda, item);
    update(next);
    setAnnouncement(`${name} added as number ${next.items.length} of ${next.items.length}.`);
  };

  const finish = useCallback(() => {
    // Remember what the board saw, for "what changed" next time.
    for (const boardCase of ready) {
      const result = recommendCase(boardCase.caseFile, knowledge);
      if (result.ok)
        savePresented(
          presentedKey(boardCase),
          markPresented(boardCase.caseFile.events, result.recommendation, agenda.meetingDate),
        );
    }
    setPresented(loadPresented());
    setPresenting(undefined);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, [ready, agenda.meetingDate, setPresenting]);

  /**
   * A decision on a library case is saved over the revision shown (through the session, so the
   * open case takes it as its own edit). An example or a scenario is not the board's to change:
   * the case with its decision is saved in the library as a new case, which takes its place on
   * the agenda.
   */
  const decide = async (boardCase: BoardCase, event: CaseEvent): Promise<string | undefined> => {
    if (boardCase.stored) {
      const result = await session.appendTo(boardCase.stored, event);
      return result.ok ? undefined : result.reason;
    }
    const result = appendEvent(boardCase.caseFile, event);
    if (!result.ok) return result.reason;
    const stored = await saveCopy.mutateAsync({
      id: newCaseId(),
      title: boardCase.name,
      caseFile: result.caseFile,
    });
    update(replaceItem(agenda, boardCase.item, { source: 'library', id: stored.id }));
    return undefined;
  };

  const current = presenting === undefined ? undefined : ready[presenting];

  return (
    <div className="board">
      <div className="board-setup no-print">
        <section className="panel" aria-labelledby="board-agenda-heading">
          <h2 id="board-agenda-heading">Agenda ({slots.length})</h2>
          <label className="meeting-date">
            Meeting date
            <input
              type="date"
              value={dateText}
              max="2100-12-31"
              aria-invalid={isIsoDate(dateText) ? undefined : true}
              aria-describedby={isIsoDate(dateText) ? undefined : 'meeting-date-error'}
              onChange={(e) => {
                setDateText(e.target.value);
                if (isIsoDate(e.target.value)) update({ ...agenda, meetingDate: e.target.value });
              }}
            />
          </label>
          {isIsoDate(dateText) ? null : (
            <p className="form-error" id="meeting-date-error">
              Give the meeting date as a full date; the agenda keeps {agenda.meetingDate} until
              then.
            </p>
          )}
          {slots.length === 0 ? (
            <p className="muted">
              Add cases from the library, the bundled examples or the teaching scenarios.
            </p>
          ) : (
            <p className="muted small">
              Reorder with the Up and Down buttons, or drag a case to its place.
            </p>
          )}
          <AgendaList
            slots={slots}
            onMove={(from, to) => {
              const moved = slots[from];
              const next = { ...agenda, items: moveItem(agenda.items, from, to) };
              update(next);
              if (moved)
                setAnnouncement(
                  movedAnnouncement(
                    moved.ready ? moved.boardCase.name : moved.unavailable.name,
                    Math.max(0, Math.min(to, next.items.length - 1)),
                    next.items.length,
                  ),
                );
            }}
            onRemove={(index) => {
              const slot = slots[index];
              const item = agenda.items[index];
              if (!item) return;
              update(removeItem(agenda, item));
              setAnnouncement(
                `${slot?.ready ? slot.boardCase.name : (slot?.unavailable.name ?? 'The case')} removed from the agenda.`,
              );
            }}
          />
          <p role="status" className="visually-hidden" data-testid="agenda-announcement">
            {announcement}
          </p>
          <div className="library-actions">
            <button
              type="button"
              className="primary"
              disabled={ready.length === 0}
              onClick={() => {
                setPresenting(0);
                void document.documentElement.requestFullscreen?.().catch(() => undefined);
              }}
            >
              Start presentation
            </button>
            <button
              type="button"
              className="secondary"
              disabled={ready.length === 0}
              onClick={() => window.print()}
            >
              Print handout
            </button>
          </div>
          {problem ? (
            <p className="form-error" role="alert">
              {problem}
            </p>
          ) : null}
        </section>
        <AddCases
          library={cases}
          bundled={bundled}
          onAgenda={(item) =>
            agenda.items.some((i) => i.source === item.source && i.id === item.id)
          }
          onAdd={add}
        />
      </div>
      {presenting !== undefined && current ? (
        <Presentation
          index={presenting}
          total={ready.length}
          caseName={current.name}
          meetingDate={agenda.meetingDate}
          onGo={(next) => setPresenting(Math.min(ready.length - 1, Math.max(0, next)))}
          onExit={finish}
        >
          <CasePresentation
            // By position: a decided example becomes a library case in the same place, and its
            // form keeps saying "Decision recorded".
            key={presenting}
            caseFile={current.caseFile}
            previous={presented[presentedKey(current)]}
            meetingDate={agenda.meetingDate}
            onDecision={(event) => decide(current, event)}
          />
        </Presentation>
      ) : null}
      <PrintHandout entries={ready} meetingDate={agenda.meetingDate} />
    </div>
  );
}
