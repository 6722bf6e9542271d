import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { FhirItem } from '../../domain/fhir/index.ts';
import {
  fetchPatientRecord,
  fetchSearchPage,
  FhirRequestError,
  type FhirAccess,
  type RecordProgress,
} from './fhir-fetch.ts';

/**
 * Server reads through TanStack Query: a bounded number of retries for failures that may pass
 * (timeouts, 5xx, network), none for 4xx or bad JSON; cancellable; the record is not kept after
 * the review screen is closed (patient data stays in memory only as long as it is needed).
 */

const retry = (failureCount: number, error: unknown) =>
  error instanceof FhirRequestError && error.retryable && failureCount < 2;
const retryDelay = (attempt: number) => Math.min(500 * 2 ** attempt, 4000);

export function patientSearchUrl(base: string, term: string): string {
  const trimmed = term.trim();
  // A term without spaces that looks like an id is searched as an id and as a name.
  const param = /^[A-Za-z0-9\-.]{1,64}$/.test(trimmed) && /\d|-/.test(trimmed) ? '_id' : 'name';
  return `${base}/Patient?${param}=${encodeURIComponent(trimmed)}&_count=10`;
}

export function usePatientSearch(access: FhirAccess | undefined, term: string) {
  return useInfiniteQuery({
    queryKey: ['fhir', 'patients', access?.base, access?.token, term],
    enabled: access !== undefined && term.trim() !== '',
    initialPageParam: access ? patientSearchUrl(access.base, term) : '',
    queryFn: ({ pageParam, signal }) => fetchSearchPage(pageParam, access ?? { base: '' }, signal),
    getNextPageParam: (last) => last.next,
    retry,
    retryDelay,
    staleTime: 0,
    gcTime: 60_000,
  });
}

/**
 * Reads a patient's record on request (a click, or the end of a SMART launch) through the query
 * client, so retries, cancellation and deduplication are TanStack Query's.
 */
export function useRecordReader() {
  const client = useQueryClient();
  const [progress, setProgress] = useState<RecordProgress>();
  const [reading, setReading] = useState<readonly unknown[]>();
  const read = useCallback(
    async (access: FhirAccess, patientId: string): Promise<FhirItem[]> => {
      const queryKey = ['fhir', 'record', access.base, access.token, patientId];
      setReading(queryKey);
      setProgress({ step: 'Patient', resources: 0, pages: 0 });
      try {
        return await client.fetchQuery({
          queryKey,
          queryFn: ({ signal }) => fetchPatientRecord(access, patientId, signal, setProgress),
          retry,
          retryDelay,
          staleTime: 0,
          gcTime: 0,
        });
      } finally {
        setReading(undefined);
      }
    },
    [client],
  );
  const cancel = useCallback(() => {
    if (reading) void client.cancelQueries({ queryKey: reading });
  }, [client, reading]);
  return { read, cancel, progress, reading: reading !== undefined };
}
