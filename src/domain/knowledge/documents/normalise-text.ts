/**
 * Quotes are compared "verbatim apart from whitespace and typographic quotes and dashes": the
 * documents mix curly and straight apostrophes and several dash characters, and a quote must not
 * fail to match because of them. Everything else (letters, case, punctuation) must be identical.
 */
export function normaliseForComparison(text: string): string {
  return collapseWhitespace(
    text
      .normalize('NFC')
      .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-'),
  );
}

/** Runs of spaces, tabs and line breaks become one space; the ends are trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A short fingerprint of a sentence (FNV-1a, 32 bits, six hex digits kept). Stored with every
 * sentence reference so a changed document text is detected, not silently quoted. It is not a
 * security measure, only a change detector.
 */
export function fingerprint(text: string): string {
  const normalised = normaliseForComparison(text);
  let hash = 0x811c9dc5;
  for (let i = 0; i < normalised.length; i += 1) {
    hash ^= normalised.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0').slice(0, 6);
}
