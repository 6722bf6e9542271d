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

/** Saves the case file (../shared/case-format.md JSON) to the user's downloads. */
export function downloadCase(caseFile: CaseFile): void {
  const blob = new Blob([`${JSON.stringify(caseFile, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = caseFileName(caseFile);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
