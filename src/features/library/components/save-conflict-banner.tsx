import { useState } from 'react';
import { getErrorMessage } from '../../../domain/index.ts';
import { useCaseSession, type ConflictChoice } from '../../../session/case-session.tsx';
import { downloadCase } from '../../../lib/download.ts';

/**
 * Shown when the open case was changed or deleted in another tab or window (or its saved copy
 * is damaged). Nothing has been overwritten; this tab's edits are still here, and the user
 * chooses what happens to the two copies.
 */
export function SaveConflictBanner() {
  const session = useCaseSession();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<string>();
  const status = session.saveStatus;

  const choose = (choice: ConflictChoice) => {
    setBusy(true);
    session
      .resolveConflict(choice)
      .then(setOutcome, (error: unknown) =>
        setOutcome(`That did not work: ${getErrorMessage(error)}`),
      )
      .finally(() => setBusy(false));
  };

  if (status.kind !== 'conflict') {
    return outcome ? (
      <p className="conflict-outcome" role="status">
        {outcome}{' '}
        <button type="button" className="link-button" onClick={() => setOutcome(undefined)}>
          Dismiss
        </button>
      </p>
    ) : null;
  }

  const { theirs, unsaved } = status;
  const deleted = theirs === undefined;
  const damaged = theirs?.status === 'damaged';
  const what = deleted
    ? 'This case was deleted in another tab or window.'
    : damaged
      ? 'The saved copy of this case is damaged.'
      : 'This case was changed in another tab or window.';
  // What the user may do with the two copies, the recommended choice first in weight.
  const offered: ReadonlyArray<{ choice: ConflictChoice; label: string; primary: boolean }> =
    deleted
      ? [{ choice: 'save-again', label: 'Save this tab’s copy again', primary: true }]
      : damaged
        ? [{ choice: 'save-as-new', label: 'Save this tab’s copy as a new case', primary: true }]
        : unsaved
          ? [
              {
                choice: 'reload',
                label: 'Reload the other copy (drops this tab’s changes)',
                primary: false,
              },
              { choice: 'keep-both', label: 'Keep both', primary: true },
            ]
          : [{ choice: 'reload', label: 'Reload', primary: true }];
  return (
    <div className="save-conflict" role="alert">
      <p>
        <strong>{what}</strong>{' '}
        {unsaved
          ? 'Your changes in this tab are not saved yet, and nothing has been overwritten.'
          : 'This tab has no changes of its own since then.'}
      </p>
      <div className="library-actions">
        {offered.map(({ choice, label, primary }) => (
          <button
            key={choice}
            type="button"
            className={primary ? 'primary' : 'secondary'}
            disabled={busy}
            onClick={() => choose(choice)}
          >
            {label}
          </button>
        ))}
        <button type="button" className="secondary" onClick={() => downloadCase(session.caseFile)}>
          Export this tab’s copy
        </button>
      </div>
      {unsaved && !deleted && !damaged ? (
        <p className="small muted">
          Keep both merges the two copies when their changes do not overlap; otherwise this tab’s
          copy is kept as a separate case.
        </p>
      ) : null}
    </div>
  );
}
