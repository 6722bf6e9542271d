import { useEffect, useRef, useState } from 'react';
import type { AgendaSlot } from '../board-cases.ts';

/**
 * The agenda, numbered. Reordered with the move buttons (keyboard) or by dragging an item
 * (mouse); the parent announces each move. After a move by button, the focus stays on the
 * moved case's button (or its other move button at either end of the list).
 */
export function AgendaList({
  slots,
  onMove,
  onRemove,
}: {
  slots: readonly AgendaSlot[];
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}) {
  const listRef = useRef<HTMLOListElement>(null);
  // Which button to focus once the moved case is drawn in its new place.
  const refocus = useRef<{ key: string; direction: 'up' | 'down' }>(undefined);
  const [dragged, setDragged] = useState<number>();
  const [dropTarget, setDropTarget] = useState<number>();

  useEffect(() => {
    const target = refocus.current;
    if (!target) return;
    refocus.current = undefined;
    const item = listRef.current?.querySelector<HTMLElement>(
      `[data-key="${CSS.escape(target.key)}"]`,
    );
    const wanted = item?.querySelector<HTMLButtonElement>(`[data-move="${target.direction}"]`);
    const other = item?.querySelector<HTMLButtonElement>(
      `[data-move="${target.direction === 'up' ? 'down' : 'up'}"]`,
    );
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [slots]);

  const nameOf = (slot: AgendaSlot) => (slot.ready ? slot.boardCase.name : slot.unavailable.name);
  const keyOf = (slot: AgendaSlot) => (slot.ready ? slot.boardCase.key : slot.unavailable.key);

  const moveBy = (index: number, by: -1 | 1) => {
    const slot = slots[index];
    if (!slot) return;
    onMove(index, index + by);
    refocus.current = { key: keyOf(slot), direction: by < 0 ? 'up' : 'down' };
  };

  return (
    <ol className="agenda" ref={listRef}>
      {slots.map((slot, index) => {
        const name = nameOf(slot);
        return (
          <li
            key={keyOf(slot)}
            data-key={keyOf(slot)}
            draggable
            className={[
              'agenda-item',
              dragged === index ? 'agenda-item--dragged' : '',
              dropTarget === index && dragged !== index ? 'agenda-item--drop' : '',
            ].join(' ')}
            onDragStart={(e) => {
              e.dataTransfer.effectAllowed = 'move';
              e.dataTransfer.setData('text/plain', String(index));
              setDragged(index);
            }}
            onDragOver={(e) => {
              if (dragged === undefined) return;
              e.preventDefault();
              e.dataTransfer.dropEffect = 'move';
              if (dropTarget !== index) setDropTarget(index);
            }}
            onDragLeave={() => setDropTarget((t) => (t === index ? undefined : t))}
            onDrop={(e) => {
              e.preventDefault();
              const from = dragged ?? Number(e.dataTransfer.getData('text/plain'));
              if (Number.isInteger(from) && from !== index) onMove(from, index);
              setDragged(undefined);
              setDropTarget(undefined);
            }}
            onDragEnd={() => {
              setDragged(undefined);
              setDropTarget(undefined);
            }}
          >
            <span className="agenda-item__handle" aria-hidden="true" title="Drag to reorder">
              ⋮⋮
            </span>
            <span className="agenda-item__number" aria-hidden="true">
              {index + 1}.
            </span>
            <span className="agenda-item__text">
              <span className="agenda-item__name">{name}</span>{' '}
              {slot.ready ? (
                <span className="muted small">
                  {slot.boardCase.detail} · {slot.boardCase.origin}
                </span>
              ) : (
                <span className={slot.unavailable.problem ? 'form-error small' : 'muted small'}>
                  {slot.unavailable.problem ?? 'Loading…'}
                </span>
              )}
            </span>
            <span className="row-actions">
              <button
                type="button"
                className="link-button"
                data-move="up"
                aria-label={`Move ${name} up`}
                onClick={() => moveBy(index, -1)}
                disabled={index === 0}
              >
                ↑ Up
              </button>
              <button
                type="button"
                className="link-button"
                data-move="down"
                aria-label={`Move ${name} down`}
                onClick={() => moveBy(index, 1)}
                disabled={index === slots.length - 1}
              >
                ↓ Down
              </button>
              <button
                type="button"
                className="link-button"
                aria-label={`Remove ${name} from the agenda`}
                onClick={() => onRemove(index)}
              >
                Remove
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
