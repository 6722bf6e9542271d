/**
 * How problems with a case are written: one line each, `path: message`, for the CLI's stderr
 * and the app's lists alike. Values from the file are quoted, escaped and cut short, so a value
 * can neither start a line of its own (a forged `events[0]: ...` problem) nor flood the output.
 */

/** One thing wrong with a case, with where it is (`events[3].regimen`). */
export interface CaseProblem {
  readonly path: string;
  readonly message: string;
}

/** How many characters of a value a message shows. */
export const excerptLength = 60;

/** The longest message printed whole; only a message that echoes unquoted text gets near it. */
const maxMessageLength = 400;

/**
 * Characters that break a line, that terminals act on (C0 and C1 controls, so also escape
 * sequences), or that reorder or hide the text around them (bidirectional controls, a
 * byte-order mark). JSON.stringify escapes only the C0 controls among them.
 */
function needsEscape(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

const shortEscapes: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** `text` with every character of needsEscape, and any half of a surrogate pair, escaped. */
function escapeForLine(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const char = text.charAt(i);
    if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) {
      out += text.slice(i, i + 2);
      i += 1;
    } else if (needsEscape(code) || isHighSurrogate(code) || isLowSurrogate(code)) {
      out += shortEscapes[char] ?? `\\u${code.toString(16).padStart(4, '0')}`;
    } else {
      out += char;
    }
  }
  return out;
}

/** The first `length` characters of `text`, never ending in half a surrogate pair. */
function cut(text: string, length: number): string {
  const end = isHighSurrogate(text.charCodeAt(length - 1)) ? length - 1 : length;
  return text.slice(0, end);
}

/**
 * A value from the file as a message shows it: JSON-quoted and escaped (`"a\nb"`), and when
 * long, its first characters and its full length: `"xxxx"… (1000000 characters)`.
 */
export function quoteValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    const shown = escapeForLine(JSON.stringify(cut(value, excerptLength)));
    return value.length > excerptLength ? `${shown}… (${value.length} characters)` : shown;
  }
  // Values come from JSON, so they have a JSON form. What JSON cannot hold (a function or
  // symbol, for which JSON.stringify gives undefined whatever its type says; a bigint or a
  // cycle, for which it throws) is named by its type instead.
  const byType = `(a value of type ${typeof value})`;
  let json: string;
  try {
    const stringified: string | undefined = JSON.stringify(value);
    json = stringified ?? byType;
  } catch {
    json = byType;
  }
  const shown = escapeForLine(cut(json, excerptLength));
  return json.length > excerptLength ? `${shown}… (${json.length} characters)` : shown;
}

/** A key a reader would write after a dot; any other key is written in brackets, quoted. */
const plainKey = /^[A-Za-z_$][\w$]*$/;

/**
 * Renders a path the way a reader of the JSON would write it: `events[3].sites[0].site`, and
 * `patient["odd key"]` for a key (from the file) that is not a plain name.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && plainKey.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${quoteValue(String(key))}]`;
  }
  return out === '' ? '(case)' : out;
}

/**
 * A message as one line: values are quoted where messages are made; this is the last guard,
 * for text that was not (a JSON parser's message quotes the file's text raw). Whatever a
 * message holds, it stays one line of bounded length.
 */
export function formatMessage(message: string): string {
  return escapeForLine(
    message.length > maxMessageLength
      ? `${cut(message, maxMessageLength)}… (${message.length} characters)`
      : message,
  );
}

/** `path: message`, the one-line form the CLI prints and the app lists. */
export function formatProblem(problem: CaseProblem): string {
  return `${escapeForLine(problem.path)}: ${formatMessage(problem.message)}`;
}
