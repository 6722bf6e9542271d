import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fhirImportFormat, runFhir, type FhirCliIo } from './fhir.ts';

const root = join(import.meta.dirname, '../..');
const examplePath = join(root, '../shared/examples/her2-positive-second-line-brain.json');
const exampleText = readFileSync(examplePath, 'utf8');
const example = JSON.parse(exampleText) as { title?: string; patient: unknown; events: unknown };

function run(args: string[], files: Record<string, string> = {}, stdin = '') {
  let stdout = '';
  let stderr = '';
  const io: FhirCliIo = {
    readFile: (path) => {
      const content = files[path];
      if (content === undefined) throw new Error(`ENOENT: no such file '${path}'`);
      return new TextEncoder().encode(content);
    },
    readStdin: () => new TextEncoder().encode(stdin),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  };
  return { code: runFhir(args, io), stdout, stderr };
}

interface Printed {
  format: string;
  case: { format: string; title?: string; patient: unknown; events: unknown };
  report: Array<{ resource: string; outcome: string; why: string }>;
}

describe('fhir export', () => {
  it('prints the case as a collection Bundle and lists what the case lacks on stderr', () => {
    const { code, stdout, stderr } = run(['export', 'case.json'], { 'case.json': exampleText });
    expect(code).toBe(0);
    const bundle = JSON.parse(stdout) as { resourceType: string; type: string; entry: unknown[] };
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(bundle.entry.length).toBeGreaterThan(5);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toContain('omitted: Patient/patient Patient.name: the case file holds no name');
    for (const line of lines) expect(line).toMatch(/^omitted: \w+\/[\w.-]+ \w+\.\S+: \S/);
  });

  it('reads the case from stdin with "-"', () => {
    const { code, stdout } = run(['export', '-'], {}, exampleText);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveProperty('resourceType', 'Bundle');
  });

  it('exits 2 with located problems and nothing on stdout for a bad case', () => {
    const bad = run(['export', '-'], {}, '{"format":"x"}');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('format: must be "mbc-case/1"');
    // A case whose course the machine refuses (a response with no line running).
    const refused = JSON.stringify({
      format: 'mbc-case/1',
      patient: example.patient,
      events: [
        { date: '2025-01-10', type: 'metastases', sites: [{ site: 'bone' }] },
        { date: '2025-02-01', type: 'response', assessment: 'partial' },
      ],
    });
    const course = run(['export', '-'], {}, refused);
    expect(course.code).toBe(2);
    expect(course.stdout).toBe('');
    expect(course.stderr).toMatch(/^events\[1\]/);
  });
});

describe('fhir import', () => {
  const bundleText = run(['export', '-'], {}, exampleText).stdout;

  it('prints the case the review screen would save and a report per resource', () => {
    const { code, stdout } = run(['import', 'bundle.json'], { 'bundle.json': bundleText });
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as Printed;
    expect(printed.format).toBe(fhirImportFormat);
    expect(printed.case).toEqual({ format: 'mbc-case/1', ...example });
    const bundle = JSON.parse(bundleText) as {
      entry: Array<{ resource: { resourceType: string; id: string } }>;
    };
    expect(printed.report.map((r) => r.resource).sort()).toEqual(
      bundle.entry.map((e) => `${e.resource.resourceType}/${e.resource.id}`).sort(),
    );
    for (const entry of printed.report) {
      expect(['mapped', 'not-used', 'not-mapped']).toContain(entry.outcome);
      expect(typeof entry.why).toBe('string');
    }
    expect(printed.report.some((r) => r.outcome === 'mapped')).toBe(true);
  });

  it('reports a resource it cannot use instead of dropping it', () => {
    const bundle = JSON.parse(bundleText) as { entry: unknown[] };
    bundle.entry.push({
      fullUrl: 'urn:x:Encounter/visit-1',
      resource: { resourceType: 'Encounter', id: 'visit-1', status: 'finished' },
    });
    const { code, stdout } = run(['import', '-'], {}, JSON.stringify(bundle));
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as Printed;
    const encounter = printed.report.find((r) => r.resource === 'Encounter/visit-1');
    // Whether "not used" or "not mapped" is the importer's call; the command passes it on.
    expect(['not-used', 'not-mapped']).toContain(encounter?.outcome);
    expect(encounter?.why).not.toBe('');
  });

  it('exits 2 with located problems and nothing on stdout for input that is not a Bundle', () => {
    const notJson = run(['import', '-'], {}, '{"resourceType": ');
    expect(notJson.code).toBe(2);
    expect(notJson.stdout).toBe('');
    expect(notJson.stderr).toMatch(/^\(file\): is not valid JSON/);
    const caseFile = run(['import', '-'], {}, exampleText);
    expect(caseFile.code).toBe(2);
    expect(caseFile.stderr).toMatch(/^\(file\): is a case file, not FHIR/);
    const patient = run(['import', '-'], {}, '{"resourceType":"Patient","id":"p"}');
    expect(patient.code).toBe(2);
    expect(patient.stderr).toMatch(/^resourceType: is "Patient"/);
  });
});

describe('fhir command arguments', () => {
  it('exits 1 for bad arguments or an unreadable file', () => {
    expect(run([]).code).toBe(1);
    expect(run(['export']).code).toBe(1);
    expect(run(['convert', 'a.json']).code).toBe(1);
    expect(run(['export', 'a.json', 'b.json']).code).toBe(1);
    const missing = run(['import', 'missing.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^cannot read missing\.json/);
  });

  it('runs as the npm script: export, then import of that Bundle, gives the case back', () => {
    const tsx = join(root, 'node_modules/.bin/tsx');
    const cli = join(root, 'src/cli/fhir.ts');
    const bundle = execFileSync(tsx, [cli, 'export', examplePath], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const imported = spawnSync(tsx, [cli, 'import', '-'], { input: bundle, encoding: 'utf8' });
    expect(imported.status).toBe(0);
    expect((JSON.parse(imported.stdout) as Printed).case).toEqual({
      format: 'mbc-case/1',
      ...example,
    });
    const bad = spawnSync(tsx, [cli, 'import', '-'], { input: 'nope', encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^\(file\): is not valid JSON/);
  });
});
