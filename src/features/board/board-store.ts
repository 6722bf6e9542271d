import { z } from 'zod';
import type { PresentedMark } from '../../domain/index.ts';

/**
 * The meeting agenda and what was last presented, kept in this browser's localStorage.
 * Values read back are validated; anything damaged is treated as empty.
 */

const agendaKey = 'mbc-board-agenda';
const presentedKey = 'mbc-board-presented';

const agendaSchema = z.array(z.string().max(100)).max(200);
const markSchema = z.object({
  date: z.string(),
  eventCount: z.number().int().min(0),
  candidateIds: z.array(z.string()),
  knowledgeVersion: z.string(),
});
const presentedSchema = z.record(z.string(), markSchema);

function read<T>(key: string, schema: z.ZodType<T>, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return fallback;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
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

export const loadAgenda = (): string[] => read(agendaKey, agendaSchema, []);
export const saveAgenda = (ids: readonly string[]): boolean => write(agendaKey, ids);

export const loadPresented = (): Record<string, PresentedMark> =>
  read(presentedKey, presentedSchema, {});
export function savePresented(id: string, mark: PresentedMark): boolean {
  return write(presentedKey, { ...loadPresented(), [id]: mark });
}

/** Moves the item at `index` up (-1) or down (+1). */
export function move<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(target, 0, item);
  return next;
}
