import { useCallback, useEffect, useState } from 'react';
import {
  parseTeachingProgress,
  recordCompletion,
  serialiseTeachingProgress,
  teachingProgressKey,
  type ScenarioCompletion,
  type TeachingProgress,
} from '../../../domain/teaching/index.ts';

/**
 * The trainee's completed scenarios, kept in this browser's localStorage under a versioned key.
 * What is read back is checked by the domain (damaged data reads as no progress); storage that
 * refuses (private browsing, full, blocked) leaves the progress in memory for this visit.
 */

export function loadTeachingProgress(): TeachingProgress {
  try {
    return parseTeachingProgress(localStorage.getItem(teachingProgressKey));
  } catch {
    return {};
  }
}

function saveTeachingProgress(progress: TeachingProgress): boolean {
  try {
    localStorage.setItem(teachingProgressKey, serialiseTeachingProgress(progress));
    return true;
  } catch {
    return false;
  }
}

export function useTeachingProgress() {
  const [progress, setProgress] = useState<TeachingProgress>(loadTeachingProgress);
  // Another tab finishing a scenario marks it here too.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === teachingProgressKey || event.key === null)
        setProgress(loadTeachingProgress());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  const complete = useCallback((id: string, completion: ScenarioCompletion) => {
    // Read back first, so a completion saved by another tab meanwhile is kept.
    const next = recordCompletion(loadTeachingProgress(), id, completion);
    saveTeachingProgress(next);
    setProgress((current) => ({ ...current, ...next }));
  }, []);
  return { progress, complete };
}
