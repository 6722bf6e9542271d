import { delay, http, HttpResponse } from 'msw';

/**
 * Serves the teaching scenarios the way the static server does, plus the failures the UI must
 * handle: not found, malformed JSON, a damaged case file and a slow response.
 */

const files = import.meta.glob<string>('../../public/scenarios/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const byName = new Map(
  Object.entries(files).map(([path, text]) => [path.split('/').at(-1) ?? path, text]),
);

const json = (text: string) =>
  new HttpResponse(text, { headers: { 'Content-Type': 'application/json' } });

export const scenarioHandlers = [
  http.get('*/scenarios/:file', ({ params }) => {
    const text = byName.get(String(params['file']));
    return text === undefined ? new HttpResponse(null, { status: 404 }) : json(text);
  }),
];

export const scenarioFailures = {
  indexNotFound: http.get('*/scenarios/index.json', () => new HttpResponse(null, { status: 404 })),
  indexMalformed: http.get('*/scenarios/index.json', () =>
    json('{"format": "mbc-scenarios/1", "scen'),
  ),
  caseDamaged: http.get('*/scenarios/brain-single.json', () =>
    json('{"format":"mbc-case/1","patient":{"er":"positive"},"events":[]}'),
  ),
  indexSlow: http.get('*/scenarios/index.json', async () => {
    await delay(400);
    return json(byName.get('index.json') ?? '{}');
  }),
};
