import { z } from 'zod/mini';
import { isIsoDate, todayIsoDate } from '../../domain/index.ts';
import { agendaSources, type Agenda, type PresentedMark } from '../../domain/board/index.ts';

/**
 * The meeting agenda (its date and its cases in order) and what was last presented, kept in
 * this browser's localStorage. Values read back are validated; anything damaged is treated as
 * empty. An agenda stored before it had a date (a list of library ids) reads as those library
 * cases for a meeting today.
 */

const agendaKey = 'mbc-board-agenda';
const presentedKey = 'mbc-board-presented';

const itemSchema = z.object({
  source: z.enum(agendaSources),
  id: z.string().check(z.minLength(1), z.maxLength(100)),
});
const agendaSchema = z.object({
  meetingDate: z.string().check(z.refine(isIsoDate)),
  items: z.array(itemSchema).check(z.maxLength(200)),
});
const olderAgendaSchema = z.array(z.string().check(z.maxLength(100))).check(z.maxLength(200));
const markSchema = z.object({
  date: z.string(),
  eventCount: z.number().check(z.int(), z.gte(0)),
  candidateIds: z.array(z.string()),
  knowledgeVersion: z.string(),
});
const presentedSchema = z.record(z.string(), markSchema);

function readJson(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export const emptyAgenda = (): Agenda => ({ meetingDate: todayIsoDate(), items: [] });

export function loadAgenda(): Agenda {
  const json = readJson(agendaKey);
  const current = agendaSchema.safeParse(json);
  if (current.success) return current.data;
  const older = olderAgendaSchema.safeParse(json);
  if (older.success)
    return {
      meetingDate: todayIsoDate(),
      items: older.data.map((id) => ({ source: 'library', id })),
    };
  return emptyAgenda();
}

export const saveAgenda = (agenda: Agenda): boolean => write(agendaKey, agenda);

export function loadPresented(): Record<string, PresentedMark> {
  const parsed = presentedSchema.safeParse(readJson(presentedKey));
  return parsed.success ? parsed.data : {};
}
export function savePresented(id: string, mark: PresentedMark): boolean {
  return write(presentedKey, { ...loadPresented(), [id]: mark });
}
