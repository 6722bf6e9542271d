import type { CaseFile } from '../../domain/index.ts';

/** A file name from the case title: letters, digits and dashes only. */
export function caseFileName(caseFile: CaseFile): string {
  const base = (caseFile.title ?? 'case')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${base || 'case'}.mbc-case.json`;
}

function downloadJson(value: unknown, fileName: string, type: string): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves the case file (../shared/case-format.md JSON) to the user's downloads. */
export function downloadCase(caseFile: CaseFile): void {
  downloadJson(caseFile, caseFileName(caseFile), 'application/json');
}

/**
 * Saves the case as a FHIR R4 Bundle in mCODE shapes (the FHIR import reads it back). The
 * exporter loads on first use: it is not needed for the first screen.
 */
export async function downloadFhirBundle(caseFile: CaseFile): Promise<void> {
  const { caseToFhirBundle } = await import('../../domain/fhir/index.ts');
  downloadJson(
    caseToFhirBundle(caseFile),
    caseFileName(caseFile).replace(/\.mbc-case\.json$/, '.fhir.json'),
    'application/fhir+json',
  );
}
