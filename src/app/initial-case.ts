import { formatProblem, type CaseFile } from '../domain/index.ts';
import { blankCase } from '../features/examples/blank-case.ts';
import { exampleCases } from '../features/examples/example-cases.ts';
import { listCases } from '../session/library/case-store.ts';
import { decodeShareFragment, isShareFragment } from '../features/library/share-link.ts';

export interface InitialCase {
  readonly caseFile: CaseFile;
  readonly id?: string;
  readonly readOnly: boolean;
  /** Something the user must know about how the app opened (a malformed link, storage). */
  readonly notice?: string;
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
      notice: `The shared link could not be opened: ${decoded.problems.map(formatProblem).join('; ')}.`,
    };
  }
  const exampleId = new URLSearchParams(location.search).get('example');
  const example = exampleCases.find((x) => x.id === exampleId);
  if (example) return { caseFile: example.caseFile, readOnly: false };
  try {
    const [latest] = await listCases();
    if (latest) return { caseFile: latest.caseFile, id: latest.id, readOnly: false };
  } catch (error) {
    return {
      caseFile: blankCase(),
      readOnly: false,
      notice: `${error instanceof Error ? error.message : String(error)}. Cases will not be saved; export to keep a copy.`,
    };
  }
  return { caseFile: blankCase(), readOnly: false };
}
