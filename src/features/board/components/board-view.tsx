import { useCallback, useEffect, useRef, useState } from 'react';
import {
  caseDisplayName,
  markPresented,
  recommendCase,
  todayIsoDate,
  type CaseEvent,
} from '../../../domain/index.ts';
import { useCaseSession } from '../../../session/case-session.tsx';
import { useCases } from '../../../session/library/cases-queries.ts';
import { loadAgenda, loadPresented, move, saveAgenda, savePresented } from '../board-store.ts';
import { exportPng, exportSvg } from '../timeline-export.ts';
import { CasePresentation } from './case-presentation.tsx';
import { PrintHandout } from './print-handout.tsx';
import { knowledge } from '../../../lib/knowledge.ts';

/** Tumor-board mode: build an agenda from the library, present it case by case, print it. */
export function BoardView() {
  const cases = useCases();
  const session = useCaseSession();
  const [agenda, setAgenda] = useState<string[]>(loadAgenda);
  const [presenting, setPresenting] = useState<number>();
  const [presented, setPresented] = useState(loadPresented);
  const [problem, setProblem] = useState<string>();
  const entries = cases.data?.cases ?? [];
  const byId = new Map(entries.map((e) => [e.stored.id, e]));
  const agendaEntries = agenda.flatMap((id) => byId.get(id) ?? []);
  // The name every screen shows (the title, or one built from the patient), not the stored
  // title, which older records hold as "HR+/HER2- case 0f21".
  const names = new Map(entries.map((e) => [e.stored.id, caseDisplayName(e.stored.caseFile)]));
  const nameOf = (id: string) => names.get(id) ?? '';

  const update = (next: string[]) => {
    setAgenda(next);
    if (!saveAgenda(next))
      setProblem('The agenda could not be stored in this browser; it lasts until the page closes.');
  };

  const finish = useCallback(() => {
    // Remember what the board saw, for "what changed" next time.
    for (const { stored } of agendaEntries) {
      const result = recommendCase(stored.caseFile, knowledge);
      if (result.ok)
        savePresented(
          stored.id,
          markPresented(stored.caseFile.events, result.recommendation, todayIsoDate()),
        );
    }
    setPresented(loadPresented());
    setPresenting(undefined);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, [agendaEntries]);

  return (
    <div className="board">
      <div className="board-setup no-print">
        <section className="panel">
          <h2>Agenda ({agendaEntries.length})</h2>
          {agendaEntries.length === 0 ? (
            <p className="muted">Add cases from the library below.</p>
          ) : null}
          <ol className="agenda">
            {agendaEntries.map(({ stored, summary }, index) => (
              <li key={stored.id}>
                <span>
                  {nameOf(stored.id)}{' '}
                  <span className="muted small">
                    {summary.subtype}, line {summary.line}
                  </span>
                </span>
                <span className="row-actions">
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Move ${nameOf(stored.id)} up`}
                    onClick={() => update(move(agenda, agenda.indexOf(stored.id), -1))}
                    disabled={index === 0}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Move ${nameOf(stored.id)} down`}
                    onClick={() => update(move(agenda, agenda.indexOf(stored.id), 1))}
                    disabled={index === agendaEntries.length - 1}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => update(agenda.filter((id) => id !== stored.id))}
                  >
                    Remove
                  </button>
                </span>
              </li>
            ))}
          </ol>
          <div className="library-actions">
            <button
              type="button"
              className="primary"
              disabled={agendaEntries.length === 0}
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
              disabled={agendaEntries.length === 0}
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
        <section className="panel">
          <h2>Library</h2>
          {cases.isPending ? <p role="status">Loading saved cases…</p> : null}
          {cases.isError ? (
            <p className="form-error" role="alert">
              {cases.error.message}
            </p>
          ) : null}
          {cases.data?.cases.length === 0 ? (
            <p className="muted">No saved case yet: cases are saved as you enter them.</p>
          ) : null}
          <ul className="board-library">
            {entries.map(({ stored, summary }) => (
              <li key={stored.id}>
                {nameOf(stored.id)}{' '}
                <span className="muted small">
                  {summary.subtype}, line {summary.line}
                </span>{' '}
                <button
                  type="button"
                  className="link-button"
                  disabled={agenda.includes(stored.id)}
                  onClick={() => update([...agenda, stored.id])}
                >
                  {agenda.includes(stored.id) ? 'On the agenda' : 'Add to agenda'}
                </button>
              </li>
            ))}
          </ul>
        </section>
      </div>
      {presenting !== undefined && agendaEntries[presenting] ? (
        <Presentation
          index={presenting}
          total={agendaEntries.length}
          onMove={(by) =>
            setPresenting((p) => Math.min(agendaEntries.length - 1, Math.max(0, (p ?? 0) + by)))
          }
          onExit={finish}
        >
          {(() => {
            const entry = agendaEntries[presenting];
            if (!entry) return null;
            return (
              <CasePresentation
                key={entry.stored.id}
                caseFile={entry.stored.caseFile}
                previous={presented[entry.stored.id]}
                // Through the session: the open case takes the decision as one of its own edits
                // (so its next save keeps it); any other case is saved over the revision shown.
                onDecision={async (event: CaseEvent) => {
                  const result = await session.appendTo(entry.stored, event);
                  return result.ok ? undefined : result.reason;
                }}
              />
            );
          })()}
        </Presentation>
      ) : null}
      <PrintHandout entries={agendaEntries.map((e) => e.stored)} />
    </div>
  );
}

function Presentation({
  index,
  total,
  onMove,
  onExit,
  children,
}: {
  index: number;
  total: number;
  onMove: (by: -1 | 1) => void;
  onExit: () => void;
  children: React.ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      const target = e.target;
      if (target instanceof HTMLElement && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
        return;
      if (e.key === 'ArrowRight') onMove(1);
      if (e.key === 'ArrowLeft') onMove(-1);
      if (e.key === 'Escape') onExit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onMove, onExit]);
  const exportChart = (kind: 'svg' | 'png') => {
    const svg = ref.current?.querySelector<SVGSVGElement>('.timeline-chart svg.recharts-surface');
    if (!svg) return;
    if (kind === 'svg') exportSvg(svg, `timeline-case-${index + 1}`);
    else void exportPng(svg, `timeline-case-${index + 1}`);
  };
  return (
    <div
      className="presentation no-print"
      role="dialog"
      aria-modal="true"
      aria-label={`Case ${index + 1} of ${total}`}
      tabIndex={-1}
      ref={ref}
    >
      <div className="presentation-bar">
        <span>
          Case {index + 1} of {total}
        </span>
        <span className="muted">← → to move, Esc to leave</span>
        <button type="button" onClick={() => exportChart('svg')}>
          Timeline as SVG
        </button>
        <button type="button" onClick={() => exportChart('png')}>
          Timeline as PNG
        </button>
        <button type="button" onClick={() => onMove(-1)} disabled={index === 0}>
          ← Previous
        </button>
        <button type="button" onClick={() => onMove(1)} disabled={index === total - 1}>
          Next →
        </button>
        <button type="button" className="primary" onClick={onExit}>
          Leave (Esc)
        </button>
      </div>
      {children}
    </div>
  );
}
