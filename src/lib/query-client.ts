import { QueryClient } from '@tanstack/react-query';

/** One query client for the app: local data (IndexedDB, static scenarios) needs few retries. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: 1, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: 0 },
    },
  });
}
