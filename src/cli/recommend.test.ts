import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textUnder } from '../../test/document-sections.ts';
import { normaliseForComparison } from '../domain/knowledge/documents/normalise-text.ts';
import type { DocumentId } from '../domain/knowledge/sources.ts';
import { runRecommend, type CliIo } from './recommend.ts';
import { loadKnowledgeBase } from './source-texts.ts';

const root = join(import.meta.dirname, '../..');
const example = join(root, '../shared/examples/hr-positive-bone-first-line.json');

/** Files are bytes; a string stands for its UTF-8 encoding. */
type FileContent = string | Uint8Array;
const asBytes = (content: FileContent) =>
  typeof content === 'string' ? new TextEncoder().encode(content) : content;

function run(args: string[], files: Record<string, FileContent> = {}, stdin: FileContent = '') {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readFile: (path) => {
      const content = files[path];
      if (content === undefined) throw new Error(`ENOENT: no such file '${path}'`);
      return asBytes(content);
    },
    readStdin: () => asBytes(stdin),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  };
  const code = runRecommend(args, io);
  return { code, stdout, stderr };
}

const caseText = readFileSync(example, 'utf8');
const events = [
  '{ "date": "2025-01-10", "type": "metastases", "sites": [ { "site": "bone" } ] }',
  '{ "date": "2025-01-20", "type": "start-line", "regimen": ["letrozole"] }',
  '{ "date": "2025-06-01", "type": "progression" }',
];
const withEvents = (list: string[]) =>
  `{"format":"mbc-case/1","patient":{"er":"positive","pr":"positive","her2":"negative","brca":"unknown","pdl1":"unknown","menopause":"post","presentation":"de-novo"},"events":[${list.join(',')}]}`;

describe('recommend command', () => {
  it('prints the recommendation as JSON and exits 0', () => {
    const { code, stdout, stderr } = run(['case.json'], { 'case.json': caseText });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const output = JSON.parse(stdout) as { format: string; state: string; line: number };
    expect(output).toMatchObject({
      format: 'mbc-recommendation/1',
      state: 'choosing-line',
      line: 1,
    });
  });

  it('reads the case from stdin with "-"', () => {
    const { code, stdout } = run(['-'], {}, caseText);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveProperty('knowledgeVersion');
  });

  it('replays only the first N events with --after', () => {
    const text = withEvents(events);
    const onLine = run(['c.json', '--after', '2'], { 'c.json': text });
    expect(JSON.parse(onLine.stdout)).toMatchObject({ state: 'on-line', line: 1 });
    const afterProgression = run(['c.json'], { 'c.json': text });
    expect(JSON.parse(afterProgression.stdout)).toMatchObject({ state: 'choosing-line', line: 2 });
    const none = run(['c.json', '--after', '0'], { 'c.json': text });
    expect(JSON.parse(none.stdout)).toMatchObject({ state: 'intake', line: 1 });
  });

  it('exits 2 with one line per problem and nothing on stdout for an invalid case', () => {
    const text = withEvents([
      '{ "date": "2025-01-10", "type": "metastases", "sites": [ { "site": "bones" } ] }',
      '{ "date": "2025-01-20", "type": "start-line", "regimen": ["letrozol"] }',
    ]);
    const { code, stdout, stderr } = run(['c.json'], { 'c.json': text });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      'events[0].sites[0].site: "bones" is not one of bone, liver, lung, brain, lymph-node, soft-tissue, pleura, skin, breast, other',
      'events[1].regimen: unknown drug "letrozol"',
    ]);
  });

  it('exits 2 for text that is not JSON', () => {
    const { code, stdout, stderr } = run(['c.json'], { 'c.json': '{"format":' });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^\(file\): is not valid JSON/);
  });

  it('exits 2 for an event the course does not allow, naming it', () => {
    const text = withEvents([
      events[0] ?? '',
      '{ "date": "2025-02-01", "type": "response", "assessment": "partial" }',
    ]);
    const { code, stdout, stderr } = run(['c.json'], { 'c.json': text });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'events[1]: response on 2025-02-01 is not possible: no line is running to assess; the last line has ended\n',
    );
  });

  it('exits 2 when --after is beyond the last event', () => {
    const { code, stderr } = run(['c.json', '--after', '9'], { 'c.json': withEvents(events) });
    expect(code).toBe(2);
    expect(stderr).toBe('--after: must be between 0 and 3, the number of events in the case\n');
  });

  it('reads a file saved with a UTF-8 byte-order mark', () => {
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(caseText)]);
    const { code, stdout, stderr } = run(['case.json'], { 'case.json': bom });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ state: 'choosing-line' });
  });

  it('exits 2 for a file that is not UTF-8, naming the first bad byte', () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode('{"title":"caf'), 0xe9, 0x22]);
    const { code, stdout, stderr } = run(['c.json'], { 'c.json': latin1 });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      '(file): is not UTF-8 text: byte 0xE9 at offset 13 (counting from 0) does not begin a valid character; save the file as UTF-8\n',
    );
  });

  it('warns on stderr about fields the format does not have, and still exits 0', () => {
    const text = withEvents([
      '{ "date": "2025-01-10", "type": "metastases", "sites": [ { "site": "bone", "symptomatc": true } ] }',
    ]).replace('"patient"', '"colour":"blue","patient"');
    const { code, stdout, stderr } = run(['c.json'], { 'c.json': text });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ format: 'mbc-recommendation/1' });
    expect(stderr).toBe(
      [
        'warning: colour: is not a field of mbc-case/1 and was ignored',
        'warning: events[0].sites[0].symptomatc: is not a field of mbc-case/1 and was ignored',
        '',
      ].join('\n'),
    );
  });

  it('prints one escaped, short line per problem whatever the values hold', () => {
    const forged = withEvents([
      events[0] ?? '',
      '{ "date": "2025-01-20", "type": "start-line", "regimen": ["letrozol\\nevents[9]: FORGED"] }',
    ]);
    const one = run(['c.json'], { 'c.json': forged });
    expect(one.code).toBe(2);
    expect(one.stderr).toBe('events[1].regimen: unknown drug "letrozol\\nevents[9]: FORGED"\n');

    const huge = withEvents([
      `{ "date": "${'9'.repeat(1_000_000)}", "type": "metastases", "sites": [ { "site": "bone" } ] }`,
    ]);
    const short = run(['c.json'], { 'c.json': huge });
    expect(short.code).toBe(2);
    expect(short.stderr).toBe(
      `events[0].date: "${'9'.repeat(60)}"… (1000000 characters) is not a date in the form YYYY-MM-DD\n`,
    );
  });

  it('exits 1 for a missing file or bad arguments', () => {
    expect(run(['missing.json']).code).toBe(1);
    expect(run([]).code).toBe(1);
    expect(run(['c.json', '--after']).code).toBe(1);
    expect(run(['c.json', '--after', 'x']).code).toBe(1);
    expect(run(['a.json', 'b.json']).code).toBe(1);
  });

  it('runs as the npm script with the documented exit codes', () => {
    const tsx = join(root, 'node_modules/.bin/tsx');
    const cli = join(root, 'src/cli/recommend.ts');
    const ok = execFileSync(tsx, [cli, example], { encoding: 'utf8' });
    expect(JSON.parse(ok)).toMatchObject({ state: 'choosing-line' });
    const bad = spawnSync(tsx, [cli, '-'], { input: '{"format":"x"}', encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('format: must be "mbc-case/1"');
    // Standard input is read as bytes too: a byte-order mark is dropped.
    const bom = spawnSync(tsx, [cli, '-'], {
      input: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(caseText)]),
      encoding: 'utf8',
    });
    expect(bom.stderr).toBe('');
    expect(bom.status).toBe(0);
  });
});

interface PrintedSource {
  doc: string;
  section: string;
  quote?: string;
  listItem?: string;
  sentence?: string;
}

/** Every object in the output that names a document and a section: a printed source. */
function printedSources(value: unknown, out: PrintedSource[] = []): PrintedSource[] {
  if (Array.isArray(value)) for (const v of value) printedSources(v, out);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['doc'] === 'string' && typeof record['section'] === 'string') {
      out.push(record as unknown as PrintedSource);
    }
    for (const v of Object.values(record)) printedSources(v, out);
  }
  return out;
}

describe('recommend command: quoted evidence', () => {
  const dirs = [
    join(root, '../shared/examples'),
    join(root, 'public/scenarios'),
    join(root, 'src/features/examples/data'),
    join(root, 'test/fixtures/oncologist-cases'),
  ];
  const files = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json') && f !== 'index.json')
      .map((f) => join(dir, f)),
  );

  it('prints with every source the document’s words, verbatim under the cited heading', () => {
    expect(files.length).toBeGreaterThan(60);
    let count = 0;
    for (const file of files) {
      const { code, stdout } = run(['case.json'], { 'case.json': readFileSync(file) });
      expect(code, file).toBe(0);
      for (const source of printedSources(JSON.parse(stdout))) {
        count += 1;
        const where = `${file}: ${source.doc} "${source.section}"`;
        expect(source.quote, where).toBeDefined();
        expect(source.quote!.length, `${where}: ${source.quote}`).toBeGreaterThanOrEqual(20);
        expect(source.sentence, where).toMatch(/^00[0-4]\//);
        const under = textUnder(source.doc as DocumentId, source.section);
        expect(under, `${where}: "${source.quote}"`).toContain(
          normaliseForComparison(source.quote!),
        );
        if (source.listItem) expect(under).toContain(normaliseForComparison(source.listItem));
      }
    }
    expect(count).toBeGreaterThan(5000);
  });

  it('keeps notes as strings and gives their sources in noteSources, in the same order', () => {
    for (const file of files.slice(0, 20)) {
      const { stdout } = run(['case.json'], { 'case.json': readFileSync(file) });
      const output = JSON.parse(stdout) as {
        notes: string[];
        noteSources: Array<{ text: string; sources: PrintedSource[] }>;
      };
      expect(output.notes.every((n) => typeof n === 'string')).toBe(true);
      expect(output.noteSources.map((n) => n.text)).toEqual(output.notes);
      // Citations are in noteSources, never written into the note text.
      for (const note of output.notes) expect(note).not.toMatch(/\(00[0-4],/);
    }
  });

  it('exits 1 with a message when the source documents cannot be read', () => {
    let stderr = '';
    const code = runRecommend(['case.json'], {
      readFile: () => new TextEncoder().encode(caseText),
      readStdin: () => new Uint8Array(),
      stdout: () => undefined,
      stderr: (text) => {
        stderr += text;
      },
      knowledge: () => loadKnowledgeBase('/nonexistent/shared/sources'),
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot read the source documents in \/nonexistent\/shared\/sources/);
  });
});
