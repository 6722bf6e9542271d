import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseFile } from '../../domain/index.ts';
import {
  deleteCase,
  listCases,
  restoreCase,
  saveCase,
  summarise,
  type CaseSummary,
  type StoredCase,
} from './case-store.ts';

/** The library through TanStack Query: one list query, mutations that update its cache. */

export const casesQueryKey = ['library', 'cases'] as const;

export interface LibraryEntry {
  readonly stored: StoredCase;
  readonly summary: CaseSummary;
}
type Entry = LibraryEntry;

export const casesQueryOptions = queryOptions({
  queryKey: casesQueryKey,
  queryFn: async (): Promise<LibraryEntry[]> =>
    (await listCases()).map((stored) => ({ stored, summary: summarise(stored) })),
  retry: 0,
});

export function useCases() {
  return useQuery(casesQueryOptions);
}

function upsert(entries: readonly Entry[] | undefined, stored: StoredCase): Entry[] {
  const entry = { stored, summary: summarise(stored) };
  return [entry, ...(entries ?? []).filter((e) => e.stored.id !== stored.id)];
}

export function useSaveCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; title: string; caseFile: CaseFile }) => saveCase(input),
    onSuccess: (stored) => {
      client.setQueryData<Entry[]>(casesQueryKey, (entries) => upsert(entries, stored));
    },
  });
}

export function useDeleteCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteCase(id),
    onSuccess: (removed) => {
      if (!removed) return;
      client.setQueryData<Entry[]>(casesQueryKey, (entries) =>
        (entries ?? []).filter((e) => e.stored.id !== removed.id),
      );
    },
  });
}

export function useRestoreCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (stored: StoredCase) => {
      await restoreCase(stored);
      return stored;
    },
    onSuccess: (stored) => {
      client.setQueryData<Entry[]>(casesQueryKey, (entries) => upsert(entries, stored));
    },
  });
}
