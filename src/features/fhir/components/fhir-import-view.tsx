import { isCancelledError, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatProblem, getErrorMessage, type CaseFile } from '../../../domain/index.ts';
import {
  formatHumanName,
  importFhirBundleText,
  importFhirResources,
  maxFhirTextLength,
  type FhirImportDraft,
  type FhirImportResult,
} from '../../../domain/fhir/index.ts';
import { useCaseSession } from '../../../session/case-session.tsx';
import { baseUrlProblem, defaultFhirBaseUrl, normaliseBaseUrl } from '../fhir-config.ts';
import type { FhirAccess } from '../fhir-fetch.ts';
import { usePatientSearch, useRecordReader } from '../fhir-queries.ts';
import {
  completeLaunch,
  isEhrLaunch,
  isLaunchReturn,
  startEhrLaunch,
  startStandaloneLaunch,
} from '../smart-launch.ts';
import { forgetSmart, keptSession } from '../smart-storage.ts';
import { FileDropZone } from '../../../components/forms/file-drop-zone.tsx';
import { FhirReview } from './fhir-review.tsx';

/**
 * Start a case from the EHR: a FHIR Bundle file, a FHIR server (search a patient, read the
 * record) or a SMART on FHIR launch. Whatever the route, the data goes to the review screen
 * first; only "Save" creates a case, so bad data never touches a saved case.
 */
export function FhirImportView({ onOpened }: { onOpened: () => void }) {
  const session = useCaseSession();
  const [review, setReview] = useState<{ draft: FhirImportDraft; origin: string }>();
  const [problems, setProblems] = useState<{ what: string; lines: string[] }>();

  const take = useCallback((result: FhirImportResult, origin: string) => {
    if (result.ok) {
      setProblems(undefined);
      setReview({ draft: result.draft, origin });
    } else {
      setProblems({ what: origin, lines: result.problems.map(formatProblem) });
    }
  }, []);
  const onRecord = useCallback(
    (items: Parameters<typeof importFhirResources>[0], origin: string) =>
      take(importFhirResources(items), origin),
    [take],
  );
  const onProblem = useCallback(
    (what: string, line: string) => setProblems({ what, lines: [line] }),
    [],
  );

  const open = (caseFile: CaseFile) => {
    // Saved through the session, the one writer of the open case, at once: an imported record
    // belongs in the library even before it changes.
    session.load(caseFile.title ? caseFile : { ...caseFile, title: 'Imported case' }, {
      saveAtOnce: true,
    });
    setReview(undefined);
    onOpened();
  };

  if (review) {
    return (
      <FhirReview
        draft={review.draft}
        origin={review.origin}
        onSave={open}
        onDiscard={() => setReview(undefined)}
      />
    );
  }

  return (
    <div className="fhir-import">
      <section className="panel" aria-labelledby="fhir-intro-heading">
        <h2 id="fhir-intro-heading">Start a case from the health record (FHIR R4 / mCODE)</h2>
        <p>
          Read a patient from a FHIR Bundle file or from a FHIR server. You see what was found and
          how it was mapped before anything is saved. The data is read in this browser only; the
          server is the only place it comes from.
        </p>
        {problems ? (
          <div className="import-problems" role="alert">
            <p>
              <strong>{problems.what} could not be imported</strong>; no saved case was changed:
            </p>
            <ul>
              {problems.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
      <FhirFileImport onRead={(text, name) => take(importFhirBundleText(text), `file ${name}`)} />
      <FhirServerImport onRecord={onRecord} onProblem={onProblem} />
    </div>
  );
}

function FhirFileImport({ onRead }: { onRead: (text: string, name: string) => void }) {
  const [tooLarge, setTooLarge] = useState<string>();
  const read = async (file: File) => {
    if (file.size > maxFhirTextLength) {
      setTooLarge(
        `${file.name} is ${Math.round(file.size / 1_000_000)} MB; at most ${maxFhirTextLength / 1_000_000} MB is read`,
      );
      return;
    }
    setTooLarge(undefined);
    onRead(await file.text(), file.name);
  };
  return (
    <section className="panel" aria-labelledby="fhir-file-heading">
      <h2 id="fhir-file-heading">From a file</h2>
      <FileDropZone
        label="Choose a FHIR Bundle (.json, type collection or searchset), or drop it here"
        accept="application/fhir+json,application/json,.json"
        onFile={(file) => void read(file)}
      />
      {tooLarge ? (
        <p className="form-error" role="alert">
          {tooLarge}
        </p>
      ) : null}
    </section>
  );
}

function FhirServerImport({
  onRecord,
  onProblem,
}: {
  onRecord: (items: Parameters<typeof importFhirResources>[0], origin: string) => void;
  onProblem: (what: string, line: string) => void;
}) {
  const queryClient = useQueryClient();
  // A launch answer or an EHR launch in the address starts a new sign-in; otherwise a session
  // the user chose to keep ("Stay connected") is taken up again, e.g. after a reload.
  const [resumed] = useState(() =>
    isEhrLaunch(window.location.search) || isLaunchReturn(window.location.search)
      ? undefined
      : keptSession(),
  );
  const [baseInput, setBaseInput] = useState(() => resumed?.base ?? defaultFhirBaseUrl());
  const [access, setAccess] = useState<FhirAccess | undefined>(resumed);
  /** The SMART sign-in held in this tab: what "Signed in to …" and "Sign out" are about. */
  const [signedIn, setSignedIn] = useState<FhirAccess | undefined>(resumed);
  const [stayConnected, setStayConnected] = useState(resumed !== undefined);
  const [signedOut, setSignedOut] = useState<string>();
  const [term, setTerm] = useState('');
  const [submitted, setSubmitted] = useState('');
  const [baseProblem, setBaseProblem] = useState<string>();
  const [readProblem, setReadProblem] = useState<string>();
  // A SMART launch: an EHR sends the user here with iss and launch; the authorization server
  // sends them back with code and state.
  const [launching, setLaunching] = useState<string | undefined>(() =>
    isEhrLaunch(window.location.search) && !ehrIssuerProblem(window.location.search)
      ? 'Connecting to the EHR…'
      : isLaunchReturn(window.location.search)
        ? 'Completing the sign-in…'
        : undefined,
  );
  const search = usePatientSearch(submitted ? access : undefined, submitted);
  const reader = useRecordReader();
  const { read } = reader;

  /** Drops a token from memory; storage is the business of smart-storage.ts. */
  const dropToken = useCallback((token: string | undefined) => {
    const without = (a: FhirAccess | undefined) =>
      a?.token !== undefined && a.token === token ? { base: a.base } : a;
    setAccess(without);
    setSignedIn((a) => (without(a)?.token ? a : undefined));
  }, []);

  /**
   * Reads a record. `forgetAfter`: a SMART sign-in the user did not ask to keep ends with the
   * read, whatever its outcome, so the token is in this tab no longer than needed.
   */
  const importPatient = useCallback(
    (from: FhirAccess, patientId: string, forgetAfter = false) => {
      setReadProblem(undefined);
      setSignedOut(undefined);
      const afterwards = forgetAfter
        ? ' You were signed out after the read; sign in again to try again.'
        : '';
      read(from, patientId)
        .then((items) => onRecord(items, `server ${from.base}, patient ${patientId}`))
        .catch((error: unknown) => {
          setReadProblem(
            isCancelledError(error)
              ? `Reading was cancelled; nothing was imported.${afterwards}`
              : `Reading patient ${patientId} failed: ${getErrorMessage(error)}${afterwards ? `.${afterwards}` : ''}`,
          );
        })
        .finally(() => {
          if (forgetAfter) dropToken(from.token);
        });
    },
    [read, onRecord, dropToken],
  );

  const arrived = useRef(false);
  useEffect(() => {
    if (arrived.current) return;
    arrived.current = true;
    const query = window.location.search;
    if (isEhrLaunch(query)) {
      const issuer = new URLSearchParams(query).get('iss') ?? '';
      const problem = ehrIssuerProblem(query);
      if (problem) {
        onProblem('The EHR launch', `the EHR's server ${issuer} cannot be used: ${problem}`);
        return;
      }
      startEhrLaunch(query).catch((error: unknown) => {
        setLaunching(undefined);
        onProblem('The EHR launch', getErrorMessage(error));
      });
    } else if (isLaunchReturn(query)) {
      completeLaunch()
        .then((smart) => {
          setLaunching(undefined);
          setBaseInput(smart.base);
          setStayConnected(smart.stayConnected);
          const session = { base: smart.base, token: smart.token };
          setAccess(session);
          setSignedIn(session);
          importPatient(session, smart.patientId, !smart.stayConnected);
        })
        .catch((error: unknown) => {
          setLaunching(undefined);
          onProblem('The SMART sign-in', getErrorMessage(error));
        });
    }
  }, [onProblem, importPatient]);

  const connect = (): FhirAccess | undefined => {
    const problem = baseUrlProblem(baseInput);
    setBaseProblem(problem);
    if (problem) return undefined;
    const base = normaliseBaseUrl(baseInput);
    // The token goes only to the server it was issued for.
    const next = signedIn?.base === base ? signedIn : access?.base === base ? access : { base };
    setAccess(next);
    return next;
  };

  /** Forgets the SMART sign-in, in storage and in memory. */
  const forgetSignIn = () => {
    forgetSmart();
    setSignedIn(undefined);
    setAccess((a) => (a ? { base: a.base } : a));
  };

  const signOut = () => {
    const from = signedIn?.base ?? '';
    reader.cancel();
    forgetSignIn();
    // Whatever was read with the token goes with it (the query keys hold the token, too).
    setSubmitted('');
    queryClient.removeQueries({ queryKey: ['fhir'] });
    setSignedOut(
      `Signed out of ${from}: this tab keeps no sign-in for it any more. Sign in again to read from it.`,
    );
  };

  const patients = search.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="panel" aria-labelledby="fhir-server-heading">
      <h2 id="fhir-server-heading">From a FHIR server</h2>
      {launching ? <p role="status">{launching}</p> : null}
      <label>
        Server address (FHIR base URL)
        <input
          value={baseInput}
          onChange={(e) => {
            setBaseInput(e.target.value);
            setBaseProblem(undefined);
          }}
          aria-describedby={baseProblem ? 'fhir-base-problem' : undefined}
          aria-invalid={baseProblem ? true : undefined}
        />
      </label>
      {baseProblem ? (
        <p id="fhir-base-problem" className="form-error" role="alert">
          {baseProblem}
        </p>
      ) : null}
      <div className="fhir-server__actions">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            const next = connect();
            if (!next) return;
            setLaunching('Going to the sign-in page…');
            // A new sign-in replaces whatever this tab kept from an earlier one.
            forgetSignIn();
            startStandaloneLaunch(next.base, stayConnected).catch((error: unknown) => {
              setLaunching(undefined);
              onProblem('The SMART sign-in', getErrorMessage(error));
            });
          }}
        >
          Sign in with SMART on FHIR
        </button>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={stayConnected}
            onChange={(e) => setStayConnected(e.target.checked)}
          />
          Stay connected after the record is read (in this tab only, until you sign out or close it)
        </label>
      </div>
      {signedIn ? (
        <p>
          <span role="status">Signed in to {signedIn.base}</span>{' '}
          <button type="button" className="secondary" onClick={signOut}>
            Sign out
          </button>
        </p>
      ) : null}
      {signedOut ? <p role="status">{signedOut}</p> : null}
      <form
        className="fhir-server__search"
        onSubmit={(e) => {
          e.preventDefault();
          if (connect()) setSubmitted(term);
        }}
      >
        <label>
          Find a patient (name or id)
          <input value={term} onChange={(e) => setTerm(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={term.trim() === ''}>
          Search
        </button>
      </form>
      {search.isFetching && !search.isFetchingNextPage ? <p role="status">Searching…</p> : null}
      {search.error ? (
        <p className="form-error" role="alert">
          Search failed: {getErrorMessage(search.error)}
        </p>
      ) : null}
      {search.isSuccess && patients.length === 0 ? (
        <p role="status">No patient matches “{submitted}”.</p>
      ) : null}
      {patients.length > 0 ? (
        <table className="data-table">
          <caption>
            Patients matching “{submitted}”
            {search.data?.pages[0]?.total !== undefined
              ? ` (${search.data.pages[0].total} in all)`
              : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Born</th>
              <th scope="col">Id</th>
              <th scope="col">
                <span className="visually-hidden">Import</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {patients.map((item) => {
              const p = patientSummary(item.resource);
              return (
                <tr key={p.id}>
                  <td>{p.name}</td>
                  <td>{p.birthDate}</td>
                  <td>{p.id}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      disabled={reader.reading}
                      onClick={() => {
                        const from = connect();
                        if (from) importPatient(from, p.id);
                      }}
                    >
                      Import {p.name || p.id}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {search.hasNextPage ? (
        <button
          type="button"
          className="link-button"
          disabled={search.isFetchingNextPage}
          onClick={() => void search.fetchNextPage()}
        >
          {search.isFetchingNextPage ? 'Loading more…' : 'More patients'}
        </button>
      ) : null}
      {reader.reading ? (
        <div role="status" className="fhir-server__progress">
          Reading the record
          {reader.progress
            ? `: ${reader.progress.step}, ${reader.progress.resources} resources, ${reader.progress.pages} pages so far`
            : '…'}{' '}
          <button type="button" className="link-button" onClick={reader.cancel}>
            Cancel
          </button>
        </div>
      ) : null}
      {readProblem ? (
        <p className="form-error" role="alert">
          {readProblem}
        </p>
      ) : null}
    </section>
  );
}

function patientSummary(resource: unknown): { id: string; name: string; birthDate: string } {
  const r = (resource ?? {}) as { id?: unknown; birthDate?: unknown; name?: unknown };
  return {
    id: typeof r.id === 'string' ? r.id : '',
    name: formatHumanName(Array.isArray(r.name) ? r.name[0] : undefined),
    birthDate: typeof r.birthDate === 'string' ? r.birthDate : '',
  };
}

/** An EHR launch names its FHIR server; this build may only talk to the servers it names. */
function ehrIssuerProblem(search: string): string | undefined {
  return baseUrlProblem(new URLSearchParams(search).get('iss') ?? '');
}
