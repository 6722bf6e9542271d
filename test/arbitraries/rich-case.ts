import fc from 'fast-check';
import type { CaseEvent, CaseFile, IsoDate, Patient, Site } from '../../src/domain/index.ts';
import {
  brcaStatuses,
  complications,
  menopausalStatuses,
  parseIsoDate,
  presentations,
  receptorStatuses,
  siteNames,
} from '../../src/domain/index.ts';
import { buildValidLog } from './case-events.ts';

/**
 * Random valid cases with everything the format can hold: any baseline, sites with counts,
 * symptoms and complications, notes, several events on one day. The course itself comes from
 * `buildValidLog`, so every case replays without a rejection; the decorations added here do not
 * change what the machine accepts.
 */

const patientArb: fc.Arbitrary<Patient> = fc.record(
  {
    er: fc.constantFrom(...receptorStatuses),
    pr: fc.constantFrom(...receptorStatuses),
    her2: fc.constantFrom(...receptorStatuses),
    brca: fc.constantFrom(...brcaStatuses),
    pdl1: fc.constantFrom(...receptorStatuses),
    menopause: fc.constantFrom(...menopausalStatuses),
    presentation: fc.constantFrom(...presentations),
    age: fc.integer({ min: 18, max: 120 }),
    ecog: fc.integer({ min: 0, max: 4 }),
  },
  { requiredKeys: ['er', 'pr', 'her2', 'brca', 'pdl1', 'menopause', 'presentation'] },
);

const siteArb: fc.Arbitrary<Site> = fc.record(
  {
    site: fc.constantFrom(...siteNames),
    count: fc.integer({ min: 1, max: 30 }),
    symptomatic: fc.boolean(),
    complications: fc.uniqueArray(fc.constantFrom(...complications), {
      minLength: 1,
      maxLength: 4,
    }),
  },
  { requiredKeys: ['site'] },
);
const sitesArb = (min: number) =>
  fc.uniqueArray(siteArb, { minLength: min, maxLength: 4, selector: (s) => s.site });

const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');

interface Decoration {
  sites: Site[];
  note?: string;
  technique?: string;
  followUp?: number;
  sameDayAsPrevious: boolean;
}

const decorationArb: fc.Arbitrary<Decoration> = fc.record(
  {
    sites: sitesArb(1),
    note: text,
    technique: text,
    followUp: fc.integer({ min: 1, max: 400 }),
    sameDayAsPrevious: fc.boolean(),
  },
  { requiredKeys: ['sites', 'sameDayAsPrevious'] },
);

function addDays(date: IsoDate, days: number): IsoDate {
  return parseIsoDate(
    new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10),
  );
}

function decorate(event: CaseEvent, d: Decoration, date: IsoDate): CaseEvent {
  const base = { ...event, date };
  switch (base.type) {
    case 'metastases':
      return { ...base, sites: d.sites };
    case 'progression':
      return { ...base, sites: d.sites };
    case 'intolerance':
    case 'break':
    case 'stop-treatment':
      return d.note !== undefined ? { ...base, note: d.note } : base;
    case 'local-therapy':
      return {
        ...base,
        site: d.sites[0]?.site ?? base.site,
        ...(d.technique !== undefined ? { technique: d.technique } : {}),
      };
    case 'decision':
      return {
        ...base,
        rationale: d.note ?? base.rationale,
        ...(d.followUp !== undefined ? { followUp: addDays(date, d.followUp) } : {}),
      };
    // Nothing optional to vary on these.
    case 'start-line':
    case 'response':
    case 'resume':
    case 'receptor-update':
      return base;
  }
}

export const richCase: fc.Arbitrary<CaseFile> = fc
  .record({
    patient: patientArb,
    title: fc.option(text, { nil: undefined }),
    choices: fc.array(fc.nat({ max: 1000 }), { maxLength: 30 }),
    decorations: fc.array(decorationArb, { minLength: 30, maxLength: 30 }),
  })
  .map(({ patient, title, choices, decorations }) => {
    const log = buildValidLog(choices, patient);
    let date = parseIsoDate('2021-03-01');
    const events = log.map((event, i) => {
      const d = decorations[i] ?? { sites: [], sameDayAsPrevious: false };
      if (i > 0 && !d.sameDayAsPrevious) date = addDays(date, 1 + (i % 9) * 3);
      return decorate(event, d, date);
    });
    return {
      format: 'mbc-case/1' as const,
      ...(title !== undefined ? { title } : {}),
      patient,
      events,
    };
  });
