import { useState } from 'react';
import { FileDropZone } from '../../../components/forms/file-drop-zone.tsx';
import {
  courseProblems,
  formatProblem,
  maxCaseTextLength,
  parseCaseText,
  type CaseFile,
} from '../../../domain/index.ts';

/**
 * Import a case file by file picker or drag-and-drop. An invalid file lists every problem with
 * its place and changes nothing.
 */
export function ImportCase({
  onImport,
}: {
  onImport: (caseFile: CaseFile, fileName: string) => void;
}) {
  const [problems, setProblems] = useState<{ file: string; lines: string[] }>();

  const read = async (file: File) => {
    if (file.size > maxCaseTextLength) {
      setProblems({
        file: file.name,
        lines: [`(file): is too large (${Math.round(file.size / 1024)} KB)`],
      });
      return;
    }
    const parsed = parseCaseText(await file.text());
    if (!parsed.ok) {
      setProblems({ file: file.name, lines: parsed.problems.map(formatProblem) });
      return;
    }
    // The format can be right and the course impossible (a response with no line running).
    const impossible = courseProblems(parsed.caseFile);
    if (impossible.length > 0) {
      setProblems({ file: file.name, lines: impossible.map(formatProblem) });
      return;
    }
    setProblems(undefined);
    onImport(parsed.caseFile, file.name);
  };

  return (
    <FileDropZone
      label="Import a case file (.json), or drop it here"
      accept="application/json,.json"
      onFile={(file) => void read(file)}
    >
      {problems ? (
        <div className="import-problems" role="alert">
          <p>
            <strong>{problems.file} was not imported</strong> ({problems.lines.length}{' '}
            {problems.lines.length === 1 ? 'problem' : 'problems'}); the open case is unchanged:
          </p>
          <ul>
            {problems.lines.map((line) => (
              <li key={line}>
                <code>{line}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </FileDropZone>
  );
}
