import {
  courseProblems,
  maxCaseFileBytes,
  parseCaseText,
  type CaseFile,
  type CaseProblem,
} from '../../domain/index.ts';

/**
 * A read-only share link: the case, deflate-compressed and base64url-encoded, in the URL
 * fragment. Browsers never send the fragment to a server, so the case stays with whoever holds
 * the link.
 */

const prefix = '#case=v1.';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replaceAll('-', '+').replaceAll('_', '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function compress(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * How much packed input is handed to the decompressor at a time. Deflate packs at most about
 * 1,000 bytes into one, and a decompressor turns all of one input chunk into output before the
 * reader can say stop, so small input chunks are what keep a crafted link's output in hand:
 * 4 KB in is at most about 4 MB out.
 */
const inflateChunkBytes = 4096;

/**
 * Inflates `packed` (raw deflate) as a stream, counting the output as it comes; stops and gives
 * null as soon as it passes `limit` bytes, so a link that would unpack to gigabytes costs no
 * more than the limit. Throws when the data is damaged.
 */
async function inflateAtMost(packed: Uint8Array, limit: number): Promise<Uint8Array | null> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Fed one chunk at a time: a write resolves once the decompressor has taken it, which it does
  // only when the reader has emptied what came out of the one before.
  const feeding = (async () => {
    for (let at = 0; at < packed.length; at += inflateChunkBytes) {
      await writer.write(packed.slice(at, at + inflateChunkBytes));
    }
    await writer.close();
  })();
  // Its failures (damaged data, or the cancel below) reach the reader too; they are reported
  // from there.
  feeding.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  await feeding;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export async function encodeShareFragment(caseFile: CaseFile): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(caseFile));
  return prefix + toBase64Url(await compress(json));
}

export function isShareFragment(hash: string): boolean {
  return hash.startsWith('#case=');
}

export type DecodedShare =
  | { readonly ok: true; readonly caseFile: CaseFile }
  | { readonly ok: false; readonly problems: readonly CaseProblem[] };

/** The largest fragment accepted: far beyond a real course, small enough to never hang. */
const maxFragmentLength = 200_000;

export async function decodeShareFragment(hash: string): Promise<DecodedShare> {
  const fail = (message: string): DecodedShare => ({
    ok: false,
    problems: [{ path: '(link)', message }],
  });
  if (!hash.startsWith(prefix))
    return fail('is not a share link made by this app (unknown version)');
  if (hash.length > maxFragmentLength) return fail('is too long');
  let text: string;
  try {
    // The same limit as for a case file: a link holds nothing an imported file could not.
    const bytes = await inflateAtMost(fromBase64Url(hash.slice(prefix.length)), maxCaseFileBytes);
    if (bytes === null) {
      return fail(
        `is too large: the case in it would be more than ${maxCaseFileBytes} bytes, the limit for a case`,
      );
    }
    // This app writes UTF-8; anything else means the link was changed or cut.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('is damaged: it could not be decoded (was it cut off when copied?)');
  }
  const parsed = parseCaseText(text);
  // The domain says "(file)" for the whole input; here the input is the link.
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map(inLink) };
  const impossible = courseProblems(parsed.caseFile);
  return impossible.length > 0 ? { ok: false, problems: impossible } : parsed;
}

function inLink(problem: CaseProblem): CaseProblem {
  return problem.path === '(file)' ? { ...problem, path: '(link)' } : problem;
}
