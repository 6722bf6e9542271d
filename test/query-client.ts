import type { QueryClient } from '@tanstack/react-query';
import { createQueryClient } from '../src/lib/query-client.ts';

let queryClient: QueryClient | undefined;

/** The running test's query client: the app's, without retries; made fresh for every test. */
export function testQueryClient(): QueryClient {
  queryClient ??= createQueryClient({ retries: 0 });
  return queryClient;
}

/** Drops the test's query client and its cache (test/setup.ts, after every test). */
export function resetTestQueryClient(): void {
  queryClient?.clear();
  queryClient = undefined;
}
