// Shared test set-up. DOM matchers are registered only where a DOM exists, so the domain tests
// stay in plain node.
if (typeof window !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
}
export {};
