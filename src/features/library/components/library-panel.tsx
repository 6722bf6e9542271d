import { useState } from 'react';
import { caseDisplayName, getErrorMessage, type CaseFile } from '../../../domain/index.ts';
import { formatDate } from '../../../lib/format.ts';
import { useCaseSession } from '../../../session/case-session.tsx';
import {
  useCases,
  useDeleteCase,
  useRestoreCase,
  useSaveCase,
  type DamagedRecord,
} from '../../../session/library/cases-queries.ts';
import { getCase, newCaseId, type StoredCase } from '../../../session/library/case-store.ts';
import { downloadCase, downloadFhirBundle, downloadRawRecord } from '../../../lib/download.ts';
import { encodeShareFragment } from '../share-link.ts';
import { ImportCase } from './import-case.tsx';
import { SaveStatusLine } from './save-status-line.tsx';
import { FhirExportReport } from './fhir-export-report.tsx';
import type { OmissionGroup } from '../../../domain/fhir/index.ts';

/**
 * The case library: saved cases with search; open, rename, duplicate, delete with undo; import,
 * export and a read-only share link. Storage failures leave the case working in memory.
 */
export function LibraryPanel() {
  const session = useCaseSession();
  const cases = useCases();
  const save = useSaveCase();
  const remove = useDeleteCase();
  const restore = useRestoreCase();
  const [search, setSearch] = useState('');
  // The last deletion, for undo; `wasOpen` reopens it on undo (deleting the open case closes it).
  const [deleted, setDeleted] = useState<{ stored: StoredCase; wasOpen: boolean }>();
  const [renaming, setRenaming] = useState<{ id: string; title: string }>();
  const [shareUrl, setShareUrl] = useState<string>();
  // Kept with the case it was made from: after an edit or another case, the note no longer applies.
  const [fhirExport, setFhirExport] = useState<{
    caseFile: CaseFile;
    omissions: readonly OmissionGroup[];
  }>();
  const [problem, setProblem] = useState<string>();

  const storageFailure =
    session.saveStatus.kind === 'failed' ? session.saveStatus.message : cases.error?.message;
  const allCases = cases.data?.cases ?? [];
  const damaged = cases.data?.damaged ?? [];
  // The name every screen shows (the title, or one built from the patient), not the stored
  // title, which records saved before it existed hold as "HR+/HER2- case 0f21".
  const named = allCases.map((entry) => ({
    ...entry,
    name: caseDisplayName(entry.stored.caseFile),
  }));
  const entries = named.filter(({ name, summary }) =>
    `${name} ${summary.subtype}`.toLowerCase().includes(search.trim().toLowerCase()),
  );
  const failed = (error: unknown) => setProblem(getErrorMessage(error));

  const open = async (id: string) => {
    try {
      const stored = await getCase(id);
      if (stored) session.load(stored.caseFile, { id: stored.id, revision: stored.revision });
    } catch (error) {
      failed(error);
    }
  };

  const removeCase = (id: string) => {
    const wasOpen = id === session.caseId;
    // Closed first, so no edit can be made to (and no save sent for) a case being deleted.
    if (wasOpen) session.close();
    remove.mutate(id, {
      onSuccess: (removed) => setDeleted(removed ? { stored: removed, wasOpen } : undefined),
      onError: failed,
    });
  };

  return (
    <section className="panel library-panel" aria-labelledby="library-heading">
      <h2 id="library-heading">Case library</h2>
      <SaveStatusLine status={session.saveStatus} />
      {storageFailure ? (
        <p className="form-error" role="alert">
          {storageFailure}. The case keeps working in memory; export it to keep a copy.{' '}
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
            const { caseFile } = session;
            session.load(caseFile.title ? caseFile : { ...caseFile, title: 'Shared case' }, {
              saveAtOnce: true,
            });
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
          onClick={() => {
            const { caseFile } = session;
            void downloadFhirBundle(caseFile).then((omissions) =>
              setFhirExport({ caseFile, omissions }),
            );
          }}
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
      {fhirExport?.caseFile === session.caseFile ? (
        <FhirExportReport
          omissions={fhirExport.omissions}
          onDismiss={() => setFhirExport(undefined)}
        />
      ) : null}
      {shareUrl ? (
        <label>
          Link (copied if the browser allowed it; the case travels in the part after #, which is
          never sent to a server)
          <input readOnly value={shareUrl} onFocus={(e) => e.target.select()} />
        </label>
      ) : null}
      <ImportCase
        onImport={(caseFile, fileName) => {
          const titled = caseFile.title
            ? caseFile
            : { ...caseFile, title: fileName.replace(/\.json$/, '') };
          // Saved at once: an imported case belongs in the library even before it changes.
          session.load(titled, { saveAtOnce: true });
        }}
      />
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      {deleted ? (
        <p role="status" className="undo-delete">
          Deleted “{caseDisplayName(deleted.stored.caseFile)}”
          {deleted.wasOpen ? ' and closed it' : ''}.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              const { wasOpen } = deleted;
              setDeleted(undefined);
              restore.mutate(deleted.stored, {
                onSuccess: (restored) => {
                  if (wasOpen)
                    session.load(restored.caseFile, {
                      id: restored.id,
                      revision: restored.revision,
                    });
                },
                onError: failed,
              });
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
      {cases.data && allCases.length === 0 && damaged.length === 0 ? (
        <p className="muted">No saved case yet.</p>
      ) : null}
      {damaged.length > 0 ? <DamagedRecords records={damaged} onDelete={removeCase} /> : null}
      {entries.length > 0 ? (
        <table className="data-table library-table">
          <caption className="visually-hidden">Saved cases</caption>
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">Subtype, line, last change</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map(({ stored, summary, name }) => (
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
                        // Unchanged: an untitled case keeps following its patient.
                        if (title === '' || title === name) {
                          setRenaming(undefined);
                          return;
                        }
                        if (summary.id === session.caseId) session.setTitle(title);
                        else
                          save.mutate(
                            {
                              id: stored.id,
                              title,
                              caseFile: { ...stored.caseFile, title },
                              expectedRevision: stored.revision,
                            },
                            { onError: failed },
                          );
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
                    name
                  )}
                </th>
                {/* One cell for three short facts: five columns did not fit the input column. */}
                <td className="library-table__about">
                  {summary.subtype}
                  <span className="library-table__when">
                    Line {summary.line} · {formatDate(summary.updatedAt.slice(0, 10))}
                  </span>
                </td>
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
                    onClick={() => setRenaming({ id: summary.id, title: name })}
                  >
                    Rename
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      const title = `${name} (copy)`;
                      save.mutate(
                        { id: newCaseId(), title, caseFile: { ...stored.caseFile, title } },
                        { onError: failed },
                      );
                    }}
                  >
                    Duplicate
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => removeCase(summary.id)}
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

/** Records that cannot be read back: what is wrong, their raw data to export, and delete. */
function DamagedRecords({
  records,
  onDelete,
}: {
  records: readonly DamagedRecord[];
  onDelete: (id: string) => void;
}) {
  return (
    <div className="damaged-records" role="group" aria-label="Damaged saved cases">
      <h3>Damaged saved cases ({records.length})</h3>
      <p className="small muted">
        These records could not be read back, so they do not open. Export the raw data to keep it,
        then delete the record.
      </p>
      <ul>
        {records.map((record) => (
          <li key={record.id}>
            <strong>{record.title}</strong>: {record.problem}.{' '}
            <span className="row-actions">
              <button
                type="button"
                className="link-button"
                onClick={() => downloadRawRecord(record.raw, record.title)}
              >
                Export raw
              </button>
              <button type="button" className="link-button" onClick={() => onDelete(record.id)}>
                Delete
              </button>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
