import { useEffect, useRef } from 'react';
import { subtypeLabel } from '../../domain/index.ts';
import { useCaseSession } from '../../session/case-session.tsx';
import { useSaveCase } from '../../session/library/cases-queries.ts';

/** The title a case gets until the user names it. */
export function defaultTitle(subtype: string, id: string): string {
  return `${subtype} case ${id.slice(0, 4)}`;
}

/**
 * Saves the open case on every change, so a reload, a crash or a closed tab loses nothing.
 * A blank case is not saved until something is entered; a shared (read-only) case never is.
 */
export function useAutosave() {
  const { caseId, caseFile, readOnly, loadCount } = useCaseSession();
  const save = useSaveCase();
  const { mutate } = save;
  const worthSaving = caseFile.events.length > 0 || caseFile.title !== undefined;
  // A case just opened (from the library, an example or a file) is saved only once it
  // changes: opening alone must not add copies to the library.
  const opened = useRef({ loadCount, caseFile });
  if (opened.current.loadCount !== loadCount) opened.current = { loadCount, caseFile };
  useEffect(() => {
    if (readOnly || !worthSaving || opened.current.caseFile === caseFile) return;
    mutate({
      id: caseId,
      title: caseFile.title ?? defaultTitle(subtypeLabel(caseFile.patient), caseId),
      caseFile,
    });
  }, [caseId, caseFile, readOnly, worthSaving, mutate]);
  return { status: save.status, error: save.error, readOnly, worthSaving };
}
