import type { UseQueryResult } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import type { AgendaItem } from '../../../domain/board/index.ts';
import type { Library } from '../../../session/library/cases-queries.ts';
import { caseDetail, useScenarioListing, type BundledCases } from '../board-cases.ts';
import { caseDisplayName } from '../../../domain/index.ts';

interface Addable {
  readonly item: AgendaItem;
  readonly name: string;
  readonly detail: string | undefined;
}

/** Where the agenda's cases come from: the library, the bundled examples, the scenarios. */
export function AddCases({
  library,
  bundled,
  onAgenda,
  onAdd,
}: {
  library: UseQueryResult<Library>;
  bundled: BundledCases;
  onAgenda: (item: AgendaItem) => boolean;
  onAdd: (item: AgendaItem, name: string) => void;
}) {
  const scenarios = useScenarioListing(bundled);
  const id = useId();
  // The bundled cases are open from the start for a user with no case of their own (once the
  // library is known to be empty), folded otherwise; a click opens or folds them either way.
  const [toggled, setToggled] = useState<Partial<Record<'example' | 'scenario', boolean>>>({});
  const openByDefault = library.isSuccess && library.data.cases.length === 0;
  const fold = (kind: 'example' | 'scenario', summary: string, body: ReactNode) => {
    const open = toggled[kind] ?? openByDefault;
    return (
      <details
        className="board-bundled"
        open={open}
        onToggle={(e) => {
          const now = e.currentTarget.open;
          if (now !== open) setToggled((t) => ({ ...t, [kind]: now }));
        }}
      >
        <summary>
          <h3>{summary}</h3>
        </summary>
        {body}
      </details>
    );
  };
  const list = (entries: readonly Addable[], label: string) => (
    <ul className="board-library" aria-label={label}>
      {entries.map(({ item, name, detail }) => {
        const added = onAgenda(item);
        const nameId = `${id}-${item.source}-${item.id}`;
        return (
          <li key={`${item.source}:${item.id}`}>
            <span id={nameId}>
              {name} {detail ? <span className="muted small">{detail}</span> : null}
            </span>
            <button
              type="button"
              className="link-button"
              disabled={added}
              // Named by what it says; the case it adds is its description.
              aria-describedby={nameId}
              onClick={() => onAdd(item, name)}
            >
              {added ? 'On the agenda' : 'Add to agenda'}
            </button>
          </li>
        );
      })}
    </ul>
  );
  return (
    <section className="panel board-sources" aria-labelledby="board-sources-heading">
      <h2 id="board-sources-heading">Add cases</h2>
      <h3>Library</h3>
      {library.isPending ? <p role="status">Loading saved cases…</p> : null}
      {library.isError ? (
        <p className="form-error" role="alert">
          {library.error.message}
        </p>
      ) : null}
      {library.data?.cases.length === 0 ? (
        <p className="muted">No saved case yet: cases are saved as you enter them.</p>
      ) : null}
      {list(
        (library.data?.cases ?? []).map(({ stored, summary }) => ({
          item: { source: 'library', id: stored.id },
          name: caseDisplayName(stored.caseFile),
          detail: `${summary.subtype}, line ${summary.line}`,
        })),
        'Saved cases',
      )}
      {bundled.examples.length > 0
        ? fold(
            'example',
            `Bundled examples (${bundled.examples.length})`,
            list(
              bundled.examples.map((example) => ({
                item: { source: 'example', id: example.id },
                name: caseDisplayName(example.caseFile),
                detail: caseDetail(example.caseFile),
              })),
              'Bundled examples',
            ),
          )
        : null}
      {/* A scenario joins the agenda as it stands at its last question (the last point where
          a line must be chosen), with every line before it: a board meets to decide, and the
          events after that point are the answer the trainee is shown (scenarioAtItsQuestion). */}
      {fold(
        'scenario',
        scenarios.data ? `Teaching scenarios (${scenarios.data.length})` : 'Teaching scenarios',
        <>
          {scenarios.isPending ? <p role="status">Loading the teaching scenarios…</p> : null}
          {scenarios.isError ? (
            <p className="form-error" role="alert">
              {scenarios.error.message}
            </p>
          ) : null}
          {scenarios.data?.length === 0 ? (
            <p className="muted">No teaching scenario here.</p>
          ) : null}
          {list(
            (scenarios.data ?? []).map((entry) => ({
              item: { source: 'scenario', id: entry.id },
              name: entry.title,
              detail: undefined,
            })),
            'Teaching scenarios',
          )}
        </>,
      )}
    </section>
  );
}
