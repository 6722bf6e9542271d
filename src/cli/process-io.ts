import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getErrorMessage } from '../domain/index.ts';

/** What a command reads and writes; tests pass their own, the process passes its files. */
export interface ProcessIo {
  /** The file's bytes: decoding is the domain's (readCaseFile), the same as the app's. */
  readonly readFile: (path: string) => Uint8Array;
  readonly readStdin: () => Uint8Array;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/**
 * Runs a command with the process's arguments, files and streams when its module is the one
 * node was started with (not when a test imports it). A crash is exit 1 with one line, never a
 * stack trace on stdout where a caller expects JSON.
 */
export function runIfMain(
  moduleUrl: string,
  run: (args: readonly string[], io: ProcessIo) => number,
): void {
  if (process.argv[1] === undefined || fileURLToPath(moduleUrl) !== process.argv[1]) return;
  try {
    process.exitCode = run(process.argv.slice(2), {
      readFile: (path) => readFileSync(path),
      readStdin: () => readFileSync(0),
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
    });
  } catch (error) {
    process.stderr.write(`internal error: ${getErrorMessage(error)}\n`);
    process.exitCode = 1;
  }
}

/**
 * The bytes of a command's input (`-` is standard input), or undefined after saying on stderr
 * why it could not be read (the caller exits 1: not the input's fault, so not exit 2).
 */
export function readInput(input: string, io: ProcessIo): Uint8Array | undefined {
  try {
    return input === '-' ? io.readStdin() : io.readFile(input);
  } catch (error) {
    io.stderr(`cannot read ${input}: ${getErrorMessage(error)}\n`);
    return undefined;
  }
}
