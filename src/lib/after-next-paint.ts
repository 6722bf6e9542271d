/**
 * Runs `work` once the frame being prepared has been painted: work the user does not need to
 * see in that frame (saving the case to IndexedDB) then never delays it. A page that is hidden,
 * or has no animation frames (tests in Node), paints nothing, so a timer starts it instead; and
 * a timer also stands behind the frame callback, since a page hidden just after the edit stops
 * running animation frames. Whichever fires first runs `work`, once.
 */
export function afterNextPaint(work: () => void, latestMs = 500): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    work();
  };
  const canPaint =
    typeof requestAnimationFrame === 'function' &&
    typeof document !== 'undefined' &&
    document.visibilityState === 'visible';
  if (!canPaint) {
    setTimeout(once, 0);
    return;
  }
  // The frame callback runs before that frame's paint; the task it queues runs after it.
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, latestMs);
}
