/**
 * Who else changed the library. Every write of the case store is announced twice: to listeners
 * in this tab (the library list updates its cache) and, through a BroadcastChannel, to the other
 * tabs and windows of the app (they learn that a case they have open was changed or deleted).
 * A BroadcastChannel does not deliver a message to the object that sent it, so a tab hears its
 * own writes only through the in-tab listeners.
 */

export type LibraryChange =
  | { readonly kind: 'saved'; readonly id: string; readonly revision: number }
  | { readonly kind: 'deleted'; readonly id: string };

export type ChangeOrigin = 'this-tab' | 'other-tab';
/**
 * `written`: for this tab's own saves, the record as it was stored, so a listener can use it
 * without reading the library back. Other tabs' messages carry only the change.
 */
export type LibraryChangeListener = (
  change: LibraryChange,
  origin: ChangeOrigin,
  written?: StoredCase,
) => void;

import type { StoredCase } from './case-store.ts';

const channelName = 'mbc-decision-support-library';
const listeners = new Set<LibraryChangeListener>();
let channel: BroadcastChannel | undefined;

function isLibraryChange(value: unknown): value is LibraryChange {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, id, revision } = value as Record<string, unknown>;
  if (typeof id !== 'string') return false;
  return kind === 'deleted' || (kind === 'saved' && typeof revision === 'number');
}

function openChannel(): BroadcastChannel | undefined {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(channelName);
  channel.onmessage = (message: MessageEvent<unknown>) => {
    // Another tab's message crosses a boundary: only well-formed changes are passed on.
    if (!isLibraryChange(message.data)) return;
    for (const listener of listeners) listener(message.data, 'other-tab');
  };
  return channel;
}

/** Tells this tab's listeners and every other tab that a case was saved or deleted. */
export function announceLibraryChange(change: LibraryChange, written?: StoredCase): void {
  for (const listener of listeners) listener(change, 'this-tab', written);
  openChannel()?.postMessage(change);
}

/** Listens to changes from this tab and from the others; returns the unsubscribe function. */
export function onLibraryChange(listener: LibraryChangeListener): () => void {
  openChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: close the channel (a test runner waits for open channels). */
export function closeLibraryChannel(): void {
  channel?.close();
  channel = undefined;
  listeners.clear();
}
