import { QueryClient } from '@tanstack/react-query';

/**
 * One query client for the app: local data (IndexedDB, static scenarios) needs few retries.
 * Tests take it with `retries: 0`, so a failure shows at once (a query with its own retry rule,
 * as the FHIR reads have, keeps it).
 */
export function createQueryClient({ retries = 1 }: { retries?: number } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: retries, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: 0 },
    },
  });
}
