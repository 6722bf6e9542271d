import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { CaseFile } from '../../domain/index.ts';
import {
  deleteCase,
  indexedDbCaseStore,
  listLibrary,
  restoreCase,
  saveCase,
  summarise,
  type CaseSummary,
  type LibraryRecord,
  type StoredCase,
} from './case-store.ts';
import { onLibraryChange } from './library-changes.ts';

/**
 * The library through TanStack Query: one list query, kept fresh by the store's change
 * announcements (this tab's writes and the other tabs'), and mutations for the library's own
 * buttons. The open case is not written here: its session saves it (case-session.tsx).
 */

export const casesQueryKey = ['library', 'cases'] as const;

export interface LibraryEntry {
  readonly stored: StoredCase;
  readonly summary: CaseSummary;
}
export type DamagedRecord = Extract<LibraryRecord, { status: 'damaged' }>;

export interface Library {
  /** The cases that open, newest change first. */
  readonly cases: readonly LibraryEntry[];
  /** Records that could not be read back, listed so they can be exported raw or deleted. */
  readonly damaged: readonly DamagedRecord[];
}

export const casesQueryOptions = queryOptions({
  queryKey: casesQueryKey,
  queryFn: async (): Promise<Library> => {
    const records = await listLibrary();
    return {
      cases: records.flatMap((r) =>
        r.status === 'ok' ? [{ stored: r.stored, summary: summarise(r.stored) }] : [],
      ),
      damaged: records.filter((r): r is DamagedRecord => r.status === 'damaged'),
    };
  },
  retry: 0,
});

export function useCases() {
  const client = useQueryClient();
  useEffect(
    () =>
      onLibraryChange((change, origin, written) => {
        // This tab's own write changes one entry, and the record is at hand: reading the whole
        // library back would validate and replay every saved case after each recorded event.
        const library = client.getQueryData<Library>(casesQueryKey);
        if (origin === 'this-tab' && library) {
          if (change.kind === 'saved' && written) {
            client.setQueryData<Library>(casesQueryKey, upsert(library, written));
            return;
          }
          if (change.kind === 'deleted') {
            client.setQueryData<Library>(casesQueryKey, withoutCase(library, change.id));
            return;
          }
        }
        void client.invalidateQueries({ queryKey: casesQueryKey });
      }),
    [client],
  );
  return useQuery(casesQueryOptions);
}

function upsert(library: Library | undefined, stored: StoredCase): Library {
  const entry = { stored, summary: summarise(stored) };
  return {
    cases: [entry, ...(library?.cases ?? []).filter((e) => e.stored.id !== stored.id)],
    damaged: library?.damaged ?? [],
  };
}

function withoutCase(library: Library | undefined, id: string): Library {
  return {
    cases: (library?.cases ?? []).filter((e) => e.stored.id !== id),
    damaged: (library?.damaged ?? []).filter((d) => d.id !== id),
  };
}

/**
 * Saves a case that is not the open one (a duplicate, a rename from the list): new cases with
 * 'new', existing ones over the revision that was read, so nothing newer is overwritten.
 */
export function useSaveCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      id: string;
      title: string;
      caseFile: CaseFile;
      expectedRevision?: number | 'new';
    }) => saveCase({ ...input, expectedRevision: input.expectedRevision ?? 'new' }),
    onSuccess: (stored) => {
      client.setQueryData<Library>(casesQueryKey, (library) => upsert(library, stored));
    },
  });
}

export function useDeleteCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteCase(id),
    onSuccess: (_removed, id) => {
      client.setQueryData<Library>(casesQueryKey, (library) => withoutCase(library, id));
    },
  });
}

export function useRestoreCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (deleted: StoredCase) => restoreCase(deleted),
    onSuccess: (stored) => {
      client.setQueryData<Library>(casesQueryKey, (library) => upsert(library, stored));
    },
  });
}

export { indexedDbCaseStore };
