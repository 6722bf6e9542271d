import {
  courseProblems,
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

async function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  transform: CompressionStream | DecompressionStream,
): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function encodeShareFragment(caseFile: CaseFile): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(caseFile));
  return prefix + toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
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
    const bytes = await pipe(
      fromBase64Url(hash.slice(prefix.length)),
      new DecompressionStream('deflate-raw'),
    );
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('is damaged: it could not be decoded (was it cut off when copied?)');
  }
  const parsed = parseCaseText(text);
  if (!parsed.ok) return parsed;
  const impossible = courseProblems(parsed.caseFile);
  return impossible.length > 0 ? { ok: false, problems: impossible } : parsed;
}
