import { useState } from 'react';
import { FileDropZone } from '../../../components/forms/file-drop-zone.tsx';
import {
  courseProblems,
  formatProblem,
  maxCaseFileBytes,
  readCaseFile,
  type CaseFile,
} from '../../../domain/index.ts';

/** What the last file gave: problems (not imported) or warnings (imported all the same). */
interface Report {
  readonly file: string;
  readonly imported: boolean;
  readonly lines: readonly string[];
}

/**
 * Import a case file by file picker or drag-and-drop. An invalid file lists every problem with
 * its place and changes nothing; fields the format does not have are listed after the import,
 * since they were left out of the case.
 */
export function ImportCase({
  onImport,
}: {
  onImport: (caseFile: CaseFile, fileName: string) => void;
}) {
  const [report, setReport] = useState<Report>();

  const read = async (file: File) => {
    const refuse = (lines: string[]) => setReport({ file: file.name, imported: false, lines });
    // Checked before reading, so a huge file is never loaded.
    if (file.size > maxCaseFileBytes) {
      refuse([`(file): is too large (${Math.round(file.size / 1024)} KB)`]);
      return;
    }
    // Bytes, not file.text(): decoding is the domain's, the same as the CLI's (UTF-8 only,
    // a byte-order mark dropped, the first bad byte named).
    const parsed = readCaseFile(new Uint8Array(await file.arrayBuffer()));
    if (!parsed.ok) {
      refuse(parsed.problems.map(formatProblem));
      return;
    }
    // The format can be right and the course impossible (a response with no line running).
    const impossible = courseProblems(parsed.caseFile);
    if (impossible.length > 0) {
      refuse(impossible.map(formatProblem));
      return;
    }
    setReport(
      parsed.warnings.length > 0
        ? { file: file.name, imported: true, lines: parsed.warnings.map(formatProblem) }
        : undefined,
    );
    onImport(parsed.caseFile, file.name);
  };

  return (
    <FileDropZone
      label="Import a case file (.json), or drop it here"
      accept="application/json,.json"
      onFile={(file) => void read(file)}
    >
      {report && !report.imported ? (
        <div className="import-problems" role="alert">
          <p>
            <strong>{report.file} was not imported</strong> ({report.lines.length}{' '}
            {report.lines.length === 1 ? 'problem' : 'problems'}); the open case is unchanged:
          </p>
          <ReportLines lines={report.lines} />
        </div>
      ) : null}
      {report?.imported ? (
        <div className="import-problems import-warnings" role="status">
          <p>
            <strong>{report.file} was imported</strong>; what the case format does not have was left
            out:
          </p>
          <ReportLines lines={report.lines} />
        </div>
      ) : null}
    </FileDropZone>
  );
}

function ReportLines({ lines }: { lines: readonly string[] }) {
  return (
    <ul>
      {lines.map((line) => (
        <li key={line}>
          <code>{line}</code>
        </li>
      ))}
    </ul>
  );
}
