import { useQueries, useQuery } from '@tanstack/react-query';
import {
  caseDisplayName,
  caseLineInWords,
  replayCase,
  subtypeLabel,
  type CaseFile,
} from '../../domain/index.ts';
import { agendaItemKey, scenarioAtItsQuestion, type AgendaItem } from '../../domain/board/index.ts';
import { knowledge } from '../../lib/knowledge.ts';
import type { LibraryEntry } from '../../session/library/cases-queries.ts';
import type { StoredCase } from '../../session/library/case-store.ts';

/**
 * Where the board's cases come from besides the library: the examples bundled with the app and
 * the teaching scenarios. The app passes them in (a feature does not import another feature).
 */
export interface BundledExample {
  readonly id: string;
  readonly title: string;
  readonly caseFile: CaseFile;
}
export interface ScenarioListing {
  readonly id: string;
  readonly title: string;
}
export interface BundledCases {
  readonly examples: readonly BundledExample[];
  /** The indexed teaching scenarios (rejects with a message in words when it cannot). */
  listScenarios(signal: AbortSignal): Promise<readonly ScenarioListing[]>;
  /**
   * One scenario's case file (rejects with a message in words when it cannot). Given an entry
   * `listScenarios` returned (a method, so the loader may take that richer entry type).
   */
  loadScenario(entry: ScenarioListing, signal: AbortSignal): Promise<CaseFile>;
}

export const noBundledCases: BundledCases = {
  examples: [],
  listScenarios: () => Promise.resolve([]),
  loadScenario: () => Promise.reject(new Error('no teaching scenarios in this build')),
};

/** A case on the agenda, ready to show. */
export interface BoardCase {
  readonly item: AgendaItem;
  readonly key: string;
  readonly name: string;
  /** Subtype and line, in the short form the lists use. */
  readonly detail: string;
  /** Where it comes from, in words. */
  readonly origin: string;
  readonly caseFile: CaseFile;
  /** The library record, for a library case: decisions are saved over it. */
  readonly stored?: StoredCase;
}

/** An agenda item that cannot be shown yet (loading) or at all (gone, damaged). */
export interface UnavailableCase {
  readonly item: AgendaItem;
  readonly key: string;
  readonly name: string;
  readonly problem: string | undefined;
}

export type AgendaSlot =
  | { readonly ready: true; readonly boardCase: BoardCase }
  | { readonly ready: false; readonly unavailable: UnavailableCase };

const origins = { library: 'Library', example: 'Example', scenario: 'Teaching scenario' } as const;

/** "HR+/HER2-, line 2": the line the case is at (the running one, or the next to choose). */
export function caseDetail(caseFile: CaseFile, snapshot = replayCase(caseFile).snapshot): string {
  return `${subtypeLabel(caseFile.patient)}, ${caseLineInWords(snapshot) ?? 'line 1'}`;
}

export function boardCase(item: AgendaItem, caseFile: CaseFile, stored?: StoredCase): BoardCase {
  const { snapshot } = replayCase(caseFile);
  return {
    item,
    key: agendaItemKey(item),
    name: caseDisplayName(caseFile, snapshot),
    detail: caseDetail(caseFile, snapshot),
    origin: origins[item.source],
    caseFile,
    ...(stored ? { stored } : {}),
  };
}

/** Module-level, so TanStack Query keeps the result until the file changes. */
const atItsQuestion = (caseFile: CaseFile) => scenarioAtItsQuestion(caseFile, knowledge);

export const scenarioIndexKey = ['board', 'scenarios'] as const;

export function useScenarioListing(bundled: BundledCases) {
  return useQuery({
    queryKey: scenarioIndexKey,
    queryFn: ({ signal }) => bundled.listScenarios(signal),
    staleTime: Infinity,
    retry: 0,
  });
}

/** Each agenda item as a case to show, or why it cannot be shown. */
export function useAgendaSlots(
  items: readonly AgendaItem[],
  library: readonly LibraryEntry[] | undefined,
  bundled: BundledCases,
): AgendaSlot[] {
  const listing = useScenarioListing(bundled);
  const wantedScenarios = items.filter((i) => i.source === 'scenario');
  const scenarioFiles = useQueries({
    queries: wantedScenarios.map((item) => {
      const entry = listing.data?.find((s) => s.id === item.id);
      return {
        queryKey: ['board', 'scenario', item.id],
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          entry
            ? bundled.loadScenario(entry, signal)
            : Promise.reject(new Error('not in the scenario list')),
        enabled: entry !== undefined,
        select: atItsQuestion,
        staleTime: Infinity,
        retry: 0,
      };
    }),
  });
  return items.map((item): AgendaSlot => {
    const key = agendaItemKey(item);
    const unavailable = (name: string, problem: string | undefined): AgendaSlot => ({
      ready: false,
      unavailable: { item, key, name, problem },
    });
    switch (item.source) {
      case 'library': {
        if (library === undefined) return unavailable('A saved case', undefined);
        const entry = library.find((e) => e.stored.id === item.id);
        return entry
          ? { ready: true, boardCase: boardCase(item, entry.stored.caseFile, entry.stored) }
          : unavailable('A saved case', 'It is no longer in the library of this browser.');
      }
      case 'example': {
        const example = bundled.examples.find((e) => e.id === item.id);
        return example
          ? { ready: true, boardCase: boardCase(item, example.caseFile) }
          : unavailable(item.id, 'This example is not bundled with this version of the app.');
      }
      case 'scenario': {
        const entry = listing.data?.find((s) => s.id === item.id);
        const name = entry?.title ?? item.id;
        if (listing.isError) return unavailable(name, listing.error.message);
        if (listing.isSuccess && !entry)
          return unavailable(name, 'This teaching scenario is no longer in the scenario list.');
        const file = scenarioFiles[wantedScenarios.indexOf(item)];
        if (file?.data) return { ready: true, boardCase: boardCase(item, file.data) };
        return unavailable(name, file?.isError ? file.error.message : undefined);
      }
    }
  });
}
