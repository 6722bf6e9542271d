import type { CaseProblem } from './problem-text.ts';

/**
 * A case file's bytes to its text: the one decoding the CLI (a file or stdin) and the app (a
 * picked or dropped file) share, so both accept and refuse the same files.
 */

/**
 * The largest case file accepted, in bytes (also the most a share link may unpack to). The same
 * number as the text limit in characters: a file within it always decodes to text within that.
 */
export const maxCaseFileBytes = 2_000_000;

export type DecodedCaseText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problems: readonly CaseProblem[] };

const fileProblem = (message: string): DecodedCaseText => ({
  ok: false,
  problems: [{ path: '(file)', message }],
});

/**
 * Decodes UTF-8, the only encoding the format allows. A byte-order mark (which some editors
 * write at the start of UTF-8 files) is dropped: TextDecoder does so unless told ignoreBOM.
 * Bytes that are not UTF-8 are refused, never replaced: a damaged drug name or date must not
 * turn silently into another one.
 */
export function decodeCaseBytes(bytes: Uint8Array): DecodedCaseText {
  if (bytes.length > maxCaseFileBytes) {
    return fileProblem(`is larger than ${maxCaseFileBytes} bytes (${bytes.length} bytes)`);
  }
  const [first, second] = bytes;
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) {
    return fileProblem('is UTF-16 text, not UTF-8; save the file as UTF-8');
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // TextDecoder says only that the bytes are not UTF-8; find where, for the message.
    const offset = firstInvalidUtf8(bytes) ?? 0;
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return fileProblem(
      `is not UTF-8 text: byte 0x${byte} at offset ${offset} (counting from 0) does not begin a valid character; save the file as UTF-8`,
    );
  }
}

/**
 * Where the first byte sequence that is not UTF-8 starts, or undefined when all of it is. The
 * ranges are Unicode's well-formed sequences (The Unicode Standard, table 3-7), which also rule
 * out overlong forms, encoded surrogates and code points beyond U+10FFFF.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    // The allowed range of the second byte, and how many bytes the sequence has.
    let second: readonly [number, number];
    let length: number;
    if (lead >= 0xc2 && lead <= 0xdf) [second, length] = [[0x80, 0xbf], 2];
    else if (lead === 0xe0) [second, length] = [[0xa0, 0xbf], 3];
    else if (lead === 0xed) [second, length] = [[0x80, 0x9f], 3];
    else if (lead >= 0xe1 && lead <= 0xef) [second, length] = [[0x80, 0xbf], 3];
    else if (lead === 0xf0) [second, length] = [[0x90, 0xbf], 4];
    else if (lead === 0xf4) [second, length] = [[0x80, 0x8f], 4];
    else if (lead >= 0xf1 && lead <= 0xf3) [second, length] = [[0x80, 0xbf], 4];
    else return i;
    for (let k = 1; k < length; k += 1) {
      const byte = bytes[i + k];
      const [low, high] = k === 1 ? second : [0x80, 0xbf];
      if (byte === undefined || byte < low || byte > high) return i;
    }
    i += length;
  }
  return undefined;
}
