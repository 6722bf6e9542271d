import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { formatProblem, parseCaseText, type CaseFile } from '../../../domain/index.ts';

/** The teaching scenarios: static files under public/scenarios, fetched through TanStack Query. */

const scenarioEntrySchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  file: z.string().check(z.regex(/^[a-z0-9-]+\.json$/)),
  title: z.string().check(z.minLength(1)),
  goal: z.string().check(z.minLength(1)),
  difficulty: z.enum(['introductory', 'intermediate', 'advanced']),
});
const scenarioIndexSchema = z.object({
  format: z.literal('mbc-scenarios/1'),
  scenarios: z.array(scenarioEntrySchema).check(z.maxLength(500)),
});
export type ScenarioEntry = z.infer<typeof scenarioEntrySchema>;

export class ScenarioLoadError extends Error {
  override name = 'ScenarioLoadError';
}

/** Absolute, so the same code runs in the browser and under jsdom in tests. */
const scenarioUrl = (file: string) =>
  new URL(`${import.meta.env.BASE_URL}scenarios/${file}`, window.location.href).href;

async function fetchText(url: string, what: string, signal: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ScenarioLoadError(`${what} could not be loaded: the network request failed`);
  }
  if (response.status === 404) throw new ScenarioLoadError(`${what} was not found (404)`);
  if (!response.ok)
    throw new ScenarioLoadError(`${what} could not be loaded (HTTP ${response.status})`);
  return response.text();
}

export async function fetchScenarioIndex(signal: AbortSignal): Promise<ScenarioEntry[]> {
  const text = await fetchText(scenarioUrl('index.json'), 'The scenario list', signal);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ScenarioLoadError('The scenario list is damaged: it is not valid JSON');
  }
  const parsed = scenarioIndexSchema.safeParse(json);
  if (!parsed.success)
    throw new ScenarioLoadError(
      'The scenario list is damaged: it does not have the expected fields',
    );
  return parsed.data.scenarios;
}

export async function fetchScenario(entry: ScenarioEntry, signal: AbortSignal): Promise<CaseFile> {
  const text = await fetchText(scenarioUrl(entry.file), `The scenario "${entry.title}"`, signal);
  const parsed = parseCaseText(text);
  if (!parsed.ok) {
    throw new ScenarioLoadError(
      `The scenario "${entry.title}" is damaged: ${parsed.problems.slice(0, 3).map(formatProblem).join('; ')}`,
    );
  }
  return parsed.caseFile;
}

export const scenarioIndexQueryOptions = queryOptions({
  queryKey: ['scenarios', 'index'],
  queryFn: ({ signal }) => fetchScenarioIndex(signal),
  staleTime: Infinity,
});

export const scenarioQueryOptions = (entry: ScenarioEntry) =>
  queryOptions({
    queryKey: ['scenarios', entry.id],
    queryFn: ({ signal }) => fetchScenario(entry, signal),
    staleTime: Infinity,
  });

export const useScenarioIndex = () => useQuery(scenarioIndexQueryOptions);
export const useScenario = (entry: ScenarioEntry | undefined) =>
  useQuery({
    ...scenarioQueryOptions(
      entry ?? { id: 'none', file: 'none.json', title: '', goal: '', difficulty: 'introductory' },
    ),
    enabled: entry !== undefined,
  });
