import type { CaseEvent, CaseFile } from '../case/case-schema.ts';
import { futureDateProblem } from '../case/event-order.ts';
import { isIsoDate, isoDateProblem } from '../case/iso-date.ts';
import type { Candidate } from '../engine/recommendation.ts';
import type { KnowledgeBase } from '../knowledge/index.ts';
import { scenarioSteps } from '../teaching/step-through.ts';

/**
 * The tumor board's agenda: which cases, in which order, for which meeting. A case comes from
 * the library (saved in this browser), from the examples bundled with the app, or from the
 * teaching scenarios; each is named by where it comes from and its id there.
 */

export const agendaSources = ['library', 'example', 'scenario'] as const;
export type AgendaSource = (typeof agendaSources)[number];

export interface AgendaItem {
  readonly source: AgendaSource;
  readonly id: string;
}

export interface Agenda {
  /** The meeting's date (YYYY-MM-DD). */
  readonly meetingDate: string;
  readonly items: readonly AgendaItem[];
}

/** One string per item, unique on an agenda (React keys, drag data, stored form). */
export const agendaItemKey = (item: AgendaItem): string => `${item.source}:${item.id}`;

export const sameItem = (a: AgendaItem, b: AgendaItem): boolean =>
  a.source === b.source && a.id === b.id;

/** Adds an item at the end, unless it is on the agenda already. */
export function addItem(agenda: Agenda, item: AgendaItem): Agenda {
  if (agenda.items.some((i) => sameItem(i, item))) return agenda;
  return { ...agenda, items: [...agenda.items, item] };
}

export function removeItem(agenda: Agenda, item: AgendaItem): Agenda {
  return { ...agenda, items: agenda.items.filter((i) => !sameItem(i, item)) };
}

/** Puts one item in another's place (a case decided from an example becomes a library case). */
export function replaceItem(agenda: Agenda, from: AgendaItem, to: AgendaItem): Agenda {
  return { ...agenda, items: agenda.items.map((i) => (sameItem(i, from) ? to : i)) };
}

/**
 * Moves the item at `from` to position `to` (both 0-based), the others closing up; an index
 * outside the list leaves the order as it is.
 */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from < 0 || from >= items.length || to < 0 || to >= items.length || from === to) return next;
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** What a screen reader hears after a move: the case and its new place. */
export function movedAnnouncement(name: string, to: number, total: number): string {
  return `${name} is now number ${to + 1} of ${total} on the agenda.`;
}

/**
 * The date a board decision is recorded under: a real date, not after today (an event is
 * something that happened) and not before the last event of the course (the course stays in
 * order). Undefined when it can be used.
 */
export function boardDecisionDateProblem(
  date: string,
  events: readonly CaseEvent[],
  today: string,
): string | undefined {
  if (date.trim() === '') return 'Give the date of the decision';
  const notADate = isoDateProblem(date);
  if (notADate) return `The decision date: ${notADate}`;
  const future = futureDateProblem(date, today);
  if (future) return `The decision date ${future}`;
  const last = events.at(-1)?.date;
  if (last !== undefined && date < last)
    return `The decision date ${date} is before the last event of the course (${last})`;
  return undefined;
}

/** A disagreement between the documents, once per case, with the candidates it touches. */
export interface CaseDisagreement {
  readonly id: string;
  readonly about: string;
  readonly docs: readonly string[];
  readonly candidates: readonly string[];
}

/**
 * The documents' disagreements over a list of candidates, each once (in the order first met),
 * naming every candidate it concerns: several candidates often share one.
 */
export function caseDisagreements(candidates: readonly Candidate[]): CaseDisagreement[] {
  const byId = new Map<string, { about: string; docs: readonly string[]; candidates: string[] }>();
  for (const candidate of candidates) {
    for (const conflict of candidate.conflicts) {
      const seen = byId.get(conflict.id);
      if (seen) {
        if (!seen.candidates.includes(candidate.label)) seen.candidates.push(candidate.label);
      } else {
        byId.set(conflict.id, {
          about: conflict.about,
          docs: conflict.docs,
          candidates: [candidate.label],
        });
      }
    }
  }
  return [...byId].map(([id, d]) => ({ id, ...d }));
}

/**
 * A file name for something exported from a case: the case's name and the date in letters,
 * digits and hyphens ("hr-her2-postmenopausal-timeline-2026-12-06"), never empty.
 */
export function caseFileName(caseName: string, what: string, date: string): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/\+/g, ' pos ')
      .replace(/[−-]\s*(?=[/,\s]|$)/g, ' neg ')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  // At most 60 characters, cut between words.
  const whole = slug(caseName);
  const cut = whole.length <= 60 ? whole : whole.slice(0, 61).replace(/-[^-]*$/, '');
  const name = cut || 'case';
  return [name, slug(what), isIsoDate(date) ? date : undefined].filter(Boolean).join('-');
}

/**
 * A teaching scenario as the board takes it: its course up to the last point where a line must
 * be chosen. A board meets to decide, so the chair presents the patient at the question, with
 * every line before it and its length; what the scenario reveals after that point is the
 * answer the trainee is shown, not something the board should see before deciding. A scenario
 * with no such point is taken whole.
 */
export function scenarioAtItsQuestion(caseFile: CaseFile, knowledge: KnowledgeBase): CaseFile {
  const question = scenarioSteps(caseFile, knowledge).findLast((s) => s.isDecisionPoint);
  if (!question) return caseFile;
  return { ...caseFile, events: caseFile.events.slice(0, question.revealed) };
}
