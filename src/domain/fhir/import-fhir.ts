import type { CaseFile, Patient } from '../case/case-schema.ts';
import { caseFormat } from '../case/case-schema.ts';
import { parseCase, type CaseProblem } from '../case/parse-case.ts';
import { getErrorMessage } from '../error-message.ts';
import { courseProblems } from '../recommend-case.ts';
import { buildImportDraft } from './build-import-draft.ts';
import type { FhirImportDraft, FhirImportResult } from './fhir-import-types.ts';
import { readFhirFacts, type FhirItem } from './read-fhir-facts.ts';

/** Large enough for years of a real record; a bigger file is refused before it is parsed. */
export const maxFhirTextLength = 30_000_000;
export const maxFhirResources = 20_000;

/**
 * The Bundle types read. A transaction or batch is read for its resources; `request` (how a
 * server would store them) says nothing about the patient and is ignored.
 */
export const readBundleTypes: readonly string[] = [
  'collection',
  'searchset',
  'transaction',
  'batch',
];

/** A FHIR Bundle's text (collection, searchset, transaction or batch) to a draft case for review. */
export function importFhirBundleText(text: string): FhirImportResult {
  if (text.length > maxFhirTextLength) {
    return problem('(file)', `is larger than ${Math.round(maxFhirTextLength / 1_000_000)} MB`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = getErrorMessage(error);
    return problem('(file)', `is not valid JSON (${detail})`);
  }
  return importFhirBundle(value);
}

export function importFhirBundle(value: unknown): FhirImportResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return problem('(file)', 'is not a FHIR resource (expected a JSON object)');
  }
  const bundle = value as { resourceType?: unknown; type?: unknown; entry?: unknown };
  if (bundle.resourceType !== 'Bundle') {
    if ('format' in bundle && 'events' in bundle) {
      return problem('(file)', 'is a case file, not FHIR: open it with "Import case file" instead');
    }
    return problem(
      'resourceType',
      typeof bundle.resourceType === 'string'
        ? `is "${bundle.resourceType}"; expected a Bundle holding one patient's resources`
        : 'is missing: this is not FHIR JSON',
    );
  }
  if (typeof bundle.type !== 'string' || !readBundleTypes.includes(bundle.type)) {
    return problem(
      'type',
      `is ${JSON.stringify(bundle.type ?? null)}; expected one of ${readBundleTypes.map((t) => `"${t}"`).join(', ')}`,
    );
  }
  if (bundle.entry !== undefined && !Array.isArray(bundle.entry)) {
    return problem('entry', 'must be a list of entries');
  }
  const entries: unknown[] = Array.isArray(bundle.entry) ? bundle.entry : [];
  if (entries.length > maxFhirResources) {
    return problem(
      'entry',
      `holds ${entries.length} entries; at most ${maxFhirResources} are read`,
    );
  }
  const items: FhirItem[] = entries.map((entry, i) => {
    const e = entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>) : {};
    const fullUrl = typeof e['fullUrl'] === 'string' ? e['fullUrl'] : undefined;
    return { resource: e['resource'], place: `entry[${i}]`, ...(fullUrl ? { fullUrl } : {}) };
  });
  return importFhirResources(items);
}

/** Resources gathered from a server (or a bundle) to a draft case. */
export function importFhirResources(items: readonly FhirItem[]): FhirImportResult {
  if (items.length > maxFhirResources) {
    return problem(
      '(data)',
      `holds ${items.length} resources; at most ${maxFhirResources} are read`,
    );
  }
  const read = readFhirFacts(items);
  if (!read.ok) return { ok: false, problems: read.problems };
  return { ok: true, draft: buildImportDraft(read.facts) };
}

/** What the user changed on the review screen. */
export interface DraftCorrections {
  readonly patient?: Partial<Patient>;
  /** Event positions in `draft.events` to include; defaults to those the course could take. */
  readonly include?: ReadonlySet<number>;
  readonly title?: string;
}

/**
 * The reviewed draft as a case file, checked by the same schema and replay as any import: a
 * correction that makes the course impossible is reported, not saved.
 */
export function draftToCase(
  draft: FhirImportDraft,
  corrections: DraftCorrections = {},
): { ok: true; caseFile: CaseFile } | { ok: false; problems: readonly CaseProblem[] } {
  const include = includedEvents(draft, corrections);
  const title = corrections.title ?? draft.title ?? draft.patientName;
  const candidate = {
    format: caseFormat,
    ...(title ? { title } : {}),
    patient: { ...draft.patient, ...corrections.patient },
    events: draft.events.filter((_, i) => include.has(i)).map((e) => e.event),
  };
  const parsed = parseCase(candidate);
  if (!parsed.ok) return parsed;
  const course = courseProblems(parsed.caseFile);
  return course.length > 0 ? { ok: false, problems: course } : parsed;
}

function includedEvents(
  draft: FhirImportDraft,
  corrections: DraftCorrections,
): ReadonlySet<number> {
  return corrections.include ?? new Set(draft.events.flatMap((e, i) => (e.include ? [i] : [])));
}

const maxLeftOutRechecks = 50;

/** The review screen's live view of a draft as corrected so far. */
export interface DraftCheck {
  readonly result: ReturnType<typeof draftToCase>;
  /** Included events the course would refuse, by position in `draft.events`, with the reason. */
  readonly refused: ReadonlyMap<number, string>;
  /**
   * Events left out when the data was read that the corrected course would now take on their
   * own (each checked alone with the current selection), by position in `draft.events`.
   */
  readonly nowPossible: ReadonlySet<number>;
}

/**
 * Checks the draft as the user corrects it, so the review can say before saving which chosen
 * events the course would refuse and which left-out ones a correction has made possible.
 */
export function checkDraft(draft: FhirImportDraft, corrections: DraftCorrections = {}): DraftCheck {
  const include = includedEvents(draft, corrections);
  const result = draftToCase(draft, corrections);
  const refused = new Map<number, string>();
  if (!result.ok) {
    const positions = draft.events.flatMap((_, i) => (include.has(i) ? [i] : []));
    for (const p of result.problems) {
      const at = /^events\[(\d+)\]/.exec(p.path);
      const position = at ? positions[Number(at[1])] : undefined;
      if (position !== undefined && !refused.has(position)) refused.set(position, p.message);
    }
  }
  const nowPossible = new Set<number>();
  if (result.ok) {
    // One replay per left-out event; a record with hundreds of them is checked in part.
    const leftOut = draft.events
      .flatMap((e, i) => (!include.has(i) && e.problem !== undefined ? [i] : []))
      .slice(0, maxLeftOutRechecks);
    for (const i of leftOut) {
      const tried = draftToCase(draft, { ...corrections, include: new Set([...include, i]) });
      if (tried.ok) nowPossible.add(i);
    }
  }
  return { result, refused, nowPossible };
}

function problem(path: string, message: string): FhirImportResult {
  return { ok: false, problems: [{ path, message }] };
}
