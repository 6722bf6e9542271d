import { useEffect } from 'react';

/**
 * While `unsaved` is true, leaving or reloading the page asks the browser's "leave site?"
 * question, so half-typed text is not lost to a stray click or key. The browser shows its own
 * wording; the page cannot choose it.
 */
export function useWarnBeforeLeaving(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium versions ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}
