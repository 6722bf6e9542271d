import type { CaseFile } from '../domain/index.ts';
import type { OmissionGroup } from '../domain/fhir/index.ts';

/** A file name's stem from a title: letters, digits and dashes only. */
function fileStem(title: string | undefined): string {
  const stem = (title ?? 'case')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return stem || 'case';
}

export function caseFileName(caseFile: CaseFile): string {
  return `${fileStem(caseFile.title)}.mbc-case.json`;
}

function downloadJson(value: unknown, fileName: string, type: string): void {
  downloadText(JSON.stringify(value, null, 2), fileName, type);
}

function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([`${text}\n`], { type }), fileName);
}

/** Hands a file to the browser's downloads; nothing leaves the machine. */
export function downloadBlob(blob: Blob, fileName: string): void {
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
 * Saves the case as a FHIR R4 Bundle in mCODE shapes (the FHIR import reads it back), and
 * returns what the profiles ask for that the case does not hold, once per element, for the user
 * to read. The exporter loads on first use: it is not needed for the first screen.
 */
export async function downloadFhirBundle(caseFile: CaseFile): Promise<OmissionGroup[]> {
  const { caseToFhirExport, groupOmissions } = await import('../domain/fhir/index.ts');
  const { bundle, omissions } = caseToFhirExport(caseFile);
  downloadJson(
    bundle,
    caseFileName(caseFile).replace(/\.mbc-case\.json$/, '.fhir.json'),
    'application/fhir+json',
  );
  return groupOmissions(omissions);
}

/** Saves a damaged library record exactly as stored, so nothing in it is lost before deletion. */
export function downloadRawRecord(raw: unknown, title: string): void {
  // Storage keeps what JSON cannot (cycles, big integers, dates): write those in words instead
  // of failing the export of the one copy the user has.
  const seen = new WeakSet<object>();
  const text = JSON.stringify(
    raw,
    (_key, value: unknown) => {
      if (typeof value === 'bigint') return value.toString();
      if (typeof value === 'object' && value !== null) {
        if (seen.has(value)) return '[repeated reference]';
        seen.add(value);
      }
      return value;
    },
    2,
  );
  downloadText(text ?? 'null', `${fileStem(title)}.damaged-record.json`, 'application/json');
}
