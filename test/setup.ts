import { afterAll, afterEach, beforeAll } from 'vitest';

// Shared test set-up. What components need is set up only where a DOM exists, so the domain
// tests stay in plain node: the DOM matchers, unmounting after each test (no vitest globals, so
// Testing Library cannot register it itself), the msw server every request goes to (an
// unhandled request fails the test; a test adds its own handlers with `server.use`, dropped
// after it), a fresh query client per test (test/query-client.ts) and what jsdom lacks.
if (typeof window !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  const { server } = await import('../mocks/node.ts');
  const { resetTestQueryClient } = await import('./query-client.ts');
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    cleanup();
    server.resetHandlers();
    resetTestQueryClient();
  });
  afterAll(() => server.close());
  // jsdom has <dialog> but not its modal methods: open and close it as the browser would
  // (without the top layer, which only a real browser has; the browser tests cover that).
  if (!('showModal' in HTMLDialogElement.prototype)) {
    Object.assign(HTMLDialogElement.prototype, {
      showModal(this: HTMLDialogElement) {
        this.open = true;
      },
      close(this: HTMLDialogElement) {
        if (!this.open) return;
        this.open = false;
        this.dispatchEvent(new Event('close'));
      },
    });
  }
  // jsdom lays nothing out, so scrolling an element into view has nothing to do.
  if (!('scrollIntoView' in Element.prototype)) {
    Object.assign(Element.prototype, { scrollIntoView() {} });
  }
  // jsdom lays nothing out, so it has no ResizeObserver: an observer that never reports.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
