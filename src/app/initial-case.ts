import {
  blankCase,
  formatMessage,
  formatProblem,
  getErrorMessage,
  type CaseFile,
  type CaseProblem,
} from '../domain/index.ts';
import { exampleCases } from '../features/examples/example-cases.ts';
import { listLibrary } from '../session/library/case-store.ts';
import { decodeShareFragment, isShareFragment } from '../features/library/share-link.ts';

export interface InitialCase {
  readonly caseFile: CaseFile;
  readonly id?: string;
  /** The library revision it was read at, when it comes from the library. */
  readonly revision?: number;
  readonly readOnly: boolean;
  /** Something the user must know about how the app opened (a malformed link, storage). */
  readonly notice?: string;
}

/** A problem with the link itself reads as a sentence about it ("the link is too large"). */
function describeLinkProblem(problem: CaseProblem): string {
  return problem.path === '(link)'
    ? `the link ${formatMessage(problem.message)}`
    : formatProblem(problem);
}

/**
 * Which case the app opens: a shared link (read-only), a bundled example (`?example=`), the
 * most recently changed case in the library (so a reload loses nothing), or a blank case.
 */
export async function chooseInitialCase(
  location: Pick<Location, 'hash' | 'search'>,
): Promise<InitialCase> {
  if (isShareFragment(location.hash)) {
    const decoded = await decodeShareFragment(location.hash);
    if (decoded.ok) return { caseFile: decoded.caseFile, readOnly: true };
    return {
      caseFile: blankCase(),
      readOnly: false,
      notice: `The shared link could not be opened: ${decoded.problems.map(describeLinkProblem).join('; ')}.`,
    };
  }
  const exampleId = new URLSearchParams(location.search).get('example');
  const example = exampleCases.find((x) => x.id === exampleId);
  if (example) return { caseFile: example.caseFile, readOnly: false };
  try {
    // The newest case that reads back whole: a damaged record is listed in the library (to
    // export or delete), never opened.
    const records = await listLibrary();
    const latest = records.find((r) => r.status === 'ok');
    const damaged = records.filter((r) => r.status === 'damaged').length;
    const notice =
      damaged === 0
        ? {}
        : {
            notice: `${damaged === 1 ? 'One saved case is' : `${damaged} saved cases are`} damaged and cannot be opened; ${damaged === 1 ? 'it is' : 'they are'} listed in the case library to export or delete.`,
          };
    if (latest) {
      const { caseFile, id, revision } = latest.stored;
      return { caseFile, id, revision, readOnly: false, ...notice };
    }
    return { caseFile: blankCase(), readOnly: false, ...notice };
  } catch (error) {
    return {
      caseFile: blankCase(),
      readOnly: false,
      notice: `${getErrorMessage(error)}. Cases will not be saved; export to keep a copy.`,
    };
  }
}
