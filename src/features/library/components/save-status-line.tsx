import type { SaveStatus } from '../../../session/case-persistence.ts';

/** One line saying where the open case stands with the library. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  return (
    <p className="save-status" role="status">
      {describeSaveStatus(status)}
    </p>
  );
}

export function describeSaveStatus(status: SaveStatus): string {
  switch (status.kind) {
    case 'off':
      return 'This case is kept in memory only.';
    case 'read-only':
      return 'Shared case, read-only: not saved in your library.';
    case 'nothing-entered':
      return 'The case is saved once something is entered.';
    case 'unchanged':
      return 'Changes are saved in this browser as you make them.';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved in this browser.';
    // The failure and the conflict have their own alerts with what to do; no second message.
    case 'failed':
      return '';
    case 'conflict':
      return 'Not saved: this case was changed elsewhere (see above).';
  }
}
