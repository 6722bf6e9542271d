// @vitest-environment jsdom
import { freshLibraryForEachTest } from '../../../test/fresh-library.ts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCase } from '../../../test/fixtures/case-builder.ts';
import * as store from './case-store.ts';
import { casesQueryKey, useCases } from './cases-queries.ts';

freshLibraryForEachTest();
afterEach(() => vi.restoreAllMocks());

const bone = buildCase({ age: 62 }, [
  { date: '2024-01-10', type: 'metastases', sites: [{ site: 'bone' }] },
]);
const lung = buildCase({ age: 71 }, [
  { date: '2024-01-10', type: 'metastases', sites: [{ site: 'lung' }] },
]);

function renderLibrary() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return { client, ...renderHook(() => useCases(), { wrapper }) };
}

describe('the library list after a write', () => {
  it("takes this tab's save from the record written, without reading every case back", async () => {
    await store.saveCase({ id: 'a', title: 'A', caseFile: bone, expectedRevision: 'new' });
    await store.saveCase({ id: 'b', title: 'B', caseFile: lung, expectedRevision: 'new' });
    const { result, client } = renderLibrary();
    await waitFor(() => expect(result.current.data?.cases).toHaveLength(2));
    const rereads = vi.spyOn(client, 'invalidateQueries');

    const withLine = buildCase({ age: 62 }, [
      { date: '2024-01-10', type: 'metastases', sites: [{ site: 'bone' }] },
      { date: '2024-02-01', type: 'start-line', regimen: ['letrozole'] },
    ]);
    await store.saveCase({ id: 'a', title: 'A', caseFile: withLine, expectedRevision: 1 });

    await waitFor(() => expect(result.current.data?.cases[0]?.stored.revision).toBe(2));
    const [first, second] = result.current.data?.cases ?? [];
    expect(first?.stored.caseFile).toEqual(withLine);
    expect(first?.summary.state).toBe('on-line');
    expect(second?.stored.id).toBe('b');
    expect(rereads).not.toHaveBeenCalled();
    // What the list shows is what the library holds.
    expect((await store.listLibrary()).map((r) => r.status === 'ok' && r.stored.revision)).toEqual([
      2, 1,
    ]);
  });

  it("drops a case this tab deleted, and reads the library again for another tab's change", async () => {
    await store.saveCase({ id: 'a', title: 'A', caseFile: bone, expectedRevision: 'new' });
    await store.saveCase({ id: 'b', title: 'B', caseFile: lung, expectedRevision: 'new' });
    const { result, client } = renderLibrary();
    await waitFor(() => expect(result.current.data?.cases).toHaveLength(2));

    await store.deleteCase('b');
    await waitFor(() => expect(result.current.data?.cases.map((e) => e.stored.id)).toEqual(['a']));

    const rereads = vi.spyOn(client, 'invalidateQueries');
    // Another tab's message carries no record: the list is read again.
    const otherTab = new BroadcastChannel('mbc-decision-support-library');
    otherTab.postMessage({ kind: 'saved', id: 'a', revision: 7 });
    await waitFor(() => expect(rereads).toHaveBeenCalledWith({ queryKey: casesQueryKey }));
    otherTab.close();
  });
});
