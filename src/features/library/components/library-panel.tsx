import { useState } from 'react';
import { formatDate } from '../../../lib/format.ts';
import { useCaseSession } from '../../../session/case-session.tsx';
import {
  useCases,
  useDeleteCase,
  useRestoreCase,
  useSaveCase,
} from '../../../session/library/cases-queries.ts';
import { getCase, newCaseId, type StoredCase } from '../../../session/library/case-store.ts';
import { downloadCase, downloadFhirBundle } from '../download.ts';
import { encodeShareFragment } from '../share-link.ts';
import { useAutosave } from '../use-autosave.ts';
import { ImportCase } from './import-case.tsx';

/**
 * The case library: saved cases with search; open, rename, duplicate, delete with undo; import,
 * export and a read-only share link. Storage failures leave the case working in memory.
 */
export function LibraryPanel() {
  const session = useCaseSession();
  const autosave = useAutosave();
  const cases = useCases();
  const save = useSaveCase();
  const remove = useDeleteCase();
  const restore = useRestoreCase();
  const [search, setSearch] = useState('');
  const [deleted, setDeleted] = useState<StoredCase>();
  const [renaming, setRenaming] = useState<{ id: string; title: string }>();
  const [shareUrl, setShareUrl] = useState<string>();
  const [problem, setProblem] = useState<string>();

  const storageFailure = autosave.error ?? cases.error;
  const entries = (cases.data ?? []).filter(({ summary }) =>
    `${summary.title} ${summary.subtype}`.toLowerCase().includes(search.trim().toLowerCase()),
  );

  const open = async (id: string) => {
    try {
      const stored = await getCase(id);
      if (stored) session.load(stored.caseFile, { id: stored.id });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className="panel library-panel" aria-labelledby="library-heading">
      <h2 id="library-heading">Case library</h2>
      <p className="save-status" role="status">
        {session.readOnly
          ? 'Shared case, read-only: not saved in your library.'
          : autosave.status === 'error'
            ? ''
            : autosave.worthSaving
              ? autosave.status === 'pending'
                ? 'Saving…'
                : autosave.status === 'success'
                  ? 'Saved in this browser.'
                  : 'Changes are saved in this browser as you make them.'
              : 'The case is saved once something is entered.'}
      </p>
      {storageFailure ? (
        <p className="form-error" role="alert">
          {storageFailure.message}. The case keeps working in memory; export it to keep a copy.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => downloadCase(session.caseFile)}
          >
            Export now
          </button>
        </p>
      ) : null}
      {session.readOnly ? (
        <button
          type="button"
          className="primary"
          onClick={() => {
            const id = newCaseId();
            const title = session.caseFile.title ?? 'Shared case';
            save.mutate({ id, title, caseFile: session.caseFile });
            session.load(session.caseFile, { id });
            window.history.replaceState(
              null,
              '',
              window.location.pathname + window.location.search,
            );
          }}
        >
          Save a copy to my library
        </button>
      ) : null}
      <div className="library-actions">
        <button type="button" className="secondary" onClick={() => downloadCase(session.caseFile)}>
          Export case file
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => void downloadFhirBundle(session.caseFile)}
        >
          Export FHIR (mCODE)
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            void encodeShareFragment(session.caseFile).then(async (fragment) => {
              const url = `${window.location.origin}${window.location.pathname}${fragment}`;
              setShareUrl(url);
              await navigator.clipboard?.writeText(url).catch(() => undefined);
            });
          }}
        >
          Share read-only link
        </button>
      </div>
      {shareUrl ? (
        <label>
          Link (copied if the browser allowed it; the case travels in the part after #, which is
          never sent to a server)
          <input readOnly value={shareUrl} onFocus={(e) => e.target.select()} />
        </label>
      ) : null}
      <ImportCase
        onImport={(caseFile, fileName) => {
          const id = newCaseId();
          const titled = caseFile.title
            ? caseFile
            : { ...caseFile, title: fileName.replace(/\.json$/, '') };
          // Saved at once: an imported case belongs in the library even before it changes.
          save.mutate({ id, title: titled.title ?? fileName, caseFile: titled });
          session.load(titled, { id });
        }}
      />
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      {deleted ? (
        <p role="status" className="undo-delete">
          Deleted “{deleted.title}”.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              restore.mutate(deleted);
              setDeleted(undefined);
            }}
          >
            Undo
          </button>
        </p>
      ) : null}
      <label>
        Search saved cases
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </label>
      {cases.isPending ? <p className="muted">Loading saved cases…</p> : null}
      {cases.data && cases.data.length === 0 ? <p className="muted">No saved case yet.</p> : null}
      {entries.length > 0 ? (
        <table className="data-table library-table">
          <caption className="visually-hidden">Saved cases</caption>
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">Subtype</th>
              <th scope="col">Line</th>
              <th scope="col">Last change</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map(({ stored, summary }) => (
              <tr
                key={summary.id}
                aria-current={summary.id === session.caseId ? 'true' : undefined}
              >
                <th scope="row">
                  {renaming?.id === summary.id ? (
                    <form
                      onSubmit={(e) => {
                        e.preventDefault();
                        const title = renaming.title.trim();
                        if (title === '') return;
                        if (summary.id === session.caseId) session.setTitle(title);
                        else
                          save.mutate({
                            id: stored.id,
                            title,
                            caseFile: { ...stored.caseFile, title },
                          });
                        setRenaming(undefined);
                      }}
                    >
                      <input
                        aria-label="New title"
                        value={renaming.title}
                        onChange={(e) => setRenaming({ id: summary.id, title: e.target.value })}
                      />
                      <button type="submit" className="link-button">
                        Save
                      </button>
                    </form>
                  ) : (
                    summary.title
                  )}
                </th>
                <td>{summary.subtype}</td>
                <td>{summary.line}</td>
                <td>{formatDate(summary.updatedAt.slice(0, 10))}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void open(summary.id)}
                  >
                    Open
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setRenaming({ id: summary.id, title: summary.title })}
                  >
                    Rename
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      const title = `${summary.title} (copy)`;
                      save.mutate({
                        id: newCaseId(),
                        title,
                        caseFile: { ...stored.caseFile, title },
                      });
                    }}
                  >
                    Duplicate
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      remove.mutate(summary.id, { onSuccess: (removed) => setDeleted(removed) })
                    }
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
