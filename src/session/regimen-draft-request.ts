import { useSyncExternalStore } from 'react';
import type { DrugName } from '../domain/index.ts';

/**
 * A request, from anywhere in the dashboard, to start drafting a line of therapy
 * with the given agents (e.g. "Start this regimen" on a candidate row). The events
 * panel consumes it: it switches its form to "Start a line of therapy" prefilled
 * with the agents. Each request gets a fresh id so the same agents can be
 * requested twice in a row.
 */
export type RegimenDraftRequest = { readonly agents: readonly DrugName[]; readonly id: number };

let current: RegimenDraftRequest | undefined;
let nextId = 1;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function getSnapshot(): RegimenDraftRequest | undefined {
  return current;
}

export function requestRegimenDraft(agents: readonly DrugName[]): void {
  current = { agents: [...agents], id: nextId++ };
  for (const listener of [...listeners]) listener();
}

/** The request was used (a line recorded) or dismissed: no later form picks it up again. */
export function settleRegimenDraftRequest(): void {
  current = undefined;
  for (const listener of [...listeners]) listener();
}

export function useRegimenDraftRequest(): { agents: readonly DrugName[]; id: number } | undefined {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
