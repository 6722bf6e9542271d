// Before zod builds the first schema (see the module).
import './zod-config.ts';
import { z } from 'zod/mini';
import { normaliseDrugName, type DrugName } from '../knowledge/drugs.ts';
import { dateBeforePreviousProblem } from './event-order.ts';
import { isIsoDate, isoDateProblem, type IsoDate } from './iso-date.ts';
import { quoteValue } from './problem-text.ts';
import {
  assessments,
  biomarkerFields,
  brcaStatuses,
  complications,
  decisionChoices,
  localModalities,
  menopausalStatuses,
  presentations,
  receptorStatuses,
  siteNames,
} from './vocabulary.ts';

/**
 * The case file format `mbc-case/1` (../shared/case-format.md) as a zod schema. The schema is
 * the contract: forms, import, the URL codec and the CLI all validate through it, and the
 * TypeScript types below are inferred from it. Drug names are normalised here, so everything
 * downstream sees canonical generic names only.
 *
 * Written with `zod/mini` (functions instead of methods: `z.optional(s)`, `s.check(z.maxLength(n))`):
 * the same parser and messages as classic zod, without the JSON-schema code that classic schemas
 * carry, which kept the first screen over its size target (docs/performance.md).
 */

export const caseFormat = 'mbc-case/1';

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? 'is required'
        : `${quoteValue(issue.input)} is not one of ${values.join(', ')}`,
  });

export const isoDateSchema = z.pipe(
  z.string({ error: 'must be a date in the form YYYY-MM-DD' }),
  z.transform((value: string, ctx): IsoDate => {
    if (isIsoDate(value)) return value;
    ctx.issues.push({
      code: 'custom',
      message: isoDateProblem(value) ?? 'is not a date',
      input: value,
    });
    return z.NEVER;
  }),
);

/** A whole number from `min` to `max`, optional, each bound with its own message. */
function wholeNumber(
  notWhole: string,
  [min, belowMin]: readonly [number, string],
  [max, aboveMax]: readonly [number, string],
) {
  return z.optional(
    z
      .number({ error: notWhole })
      .check(
        z.int({ error: notWhole }),
        z.gte(min, { error: belowMin }),
        z.lte(max, { error: aboveMax }),
      ),
  );
}

export const patientSchema = z.object({
  er: oneOf(receptorStatuses),
  pr: oneOf(receptorStatuses),
  her2: oneOf(receptorStatuses),
  brca: oneOf(brcaStatuses),
  pdl1: oneOf(receptorStatuses),
  menopause: oneOf(menopausalStatuses),
  presentation: oneOf(presentations),
  age: wholeNumber(
    'must be a whole number of years',
    [18, 'must be at least 18'],
    [120, 'must be at most 120'],
  ),
  ecog: wholeNumber(
    'must be a whole number from 0 to 4',
    [0, 'must be a whole number from 0 to 4'],
    [4, 'must be a whole number from 0 to 4'],
  ),
});

export const siteSchema = z.object({
  site: oneOf(siteNames),
  count: wholeNumber(
    'must be a whole number of lesions',
    [1, 'must be at least 1'],
    [1000, 'must be at most 1000'],
  ),
  symptomatic: z.optional(z.boolean({ error: 'must be true or false' })),
  complications: z.optional(
    z.array(oneOf(complications), { error: 'must be a list' }).check(z.maxLength(4)),
  ),
});

function sitesList(required: boolean) {
  const list = z
    .array(siteSchema, { error: 'must be a list of sites' })
    .check(z.maxLength(siteNames.length * 4, { error: 'lists too many sites' }));
  return required ? list.check(z.minLength(1, { error: 'must list at least one site' })) : list;
}

/**
 * A list of drug names as typed (generic, brand or another spelling the documents use), turned
 * into canonical generic names. An unknown word is an error that names it.
 */
const agentList = z.pipe(
  z
    .array(
      z.string({ error: 'must be a drug name' }).check(z.maxLength(80, { error: 'is too long' })),
      {
        error: 'must be a list of drug names',
      },
    )
    .check(z.maxLength(10, { error: 'lists more than 10 drugs' })),
  z.transform((names: string[], ctx) => {
    const problem = (message: string) => ctx.issues.push({ code: 'custom', message, input: names });
    const canonical: DrugName[] = [];
    for (const raw of names) {
      const found = normaliseDrugName(raw);
      if (!found) {
        problem(`unknown drug ${quoteValue(raw)}`);
        continue;
      }
      for (const name of found) {
        if (canonical.includes(name)) {
          problem(`lists ${name} twice`);
        } else {
          canonical.push(name);
        }
      }
    }
    return canonical;
  }),
);

const note = z.optional(
  z.string({ error: 'must be text' }).check(z.maxLength(2000, { error: 'is too long' })),
);
const base = { date: isoDateSchema };

export const metastasesEventSchema = z.object({
  ...base,
  type: z.literal('metastases'),
  sites: sitesList(true),
});
export const startLineEventSchema = z.object({
  ...base,
  type: z.literal('start-line'),
  regimen: agentList.check(
    z.refine((list) => list.length > 0, { error: 'must name at least one drug' }),
  ),
});
export const responseEventSchema = z.object({
  ...base,
  type: z.literal('response'),
  assessment: oneOf(assessments),
});
export const progressionEventSchema = z.object({
  ...base,
  type: z.literal('progression'),
  sites: z.optional(sitesList(false)),
});
export const intoleranceEventSchema = z.object({
  ...base,
  type: z.literal('intolerance'),
  agents: z.optional(agentList),
  note,
});
export const breakEventSchema = z.object({ ...base, type: z.literal('break'), note });
export const resumeEventSchema = z.object({ ...base, type: z.literal('resume') });
export const stopTreatmentEventSchema = z.object({
  ...base,
  type: z.literal('stop-treatment'),
  note,
});
export const receptorUpdateEventSchema = z
  .object({
    ...base,
    type: z.literal('receptor-update'),
    er: z.optional(oneOf(receptorStatuses)),
    pr: z.optional(oneOf(receptorStatuses)),
    her2: z.optional(oneOf(receptorStatuses)),
    brca: z.optional(oneOf(brcaStatuses)),
    pdl1: z.optional(oneOf(receptorStatuses)),
  })
  .check(
    z.refine((event) => biomarkerFields.some((field) => event[field] !== undefined), {
      error: `must change at least one of ${biomarkerFields.join(', ')}`,
    }),
  );
export const localTherapyEventSchema = z.object({
  ...base,
  type: z.literal('local-therapy'),
  modality: oneOf(localModalities),
  site: oneOf(siteNames),
  technique: z.optional(
    z.string({ error: 'must be text' }).check(z.minLength(1), z.maxLength(120)),
  ),
});
export const decisionEventSchema = z.object({
  ...base,
  type: z.literal('decision'),
  candidate: z
    .string({ error: 'must be a candidate id' })
    .check(z.minLength(1, { error: 'must be a candidate id' }), z.maxLength(120)),
  choice: oneOf(decisionChoices),
  rationale: z.string({ error: 'must be text' }).check(z.maxLength(4000, { error: 'is too long' })),
  followUp: z.optional(isoDateSchema),
  /** Extension: the knowledge-base version the decision was taken against. */
  knowledgeVersion: z.optional(z.string().check(z.maxLength(40))),
});

export const caseEventSchema = z.discriminatedUnion(
  'type',
  [
    metastasesEventSchema,
    startLineEventSchema,
    responseEventSchema,
    progressionEventSchema,
    intoleranceEventSchema,
    breakEventSchema,
    resumeEventSchema,
    stopTreatmentEventSchema,
    receptorUpdateEventSchema,
    localTherapyEventSchema,
    decisionEventSchema,
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union' && 'note' in issue
        ? 'is missing or is not a known event type'
        : undefined,
  },
);

/** The most events a case may hold; far beyond any real course, it keeps a bad file bounded. */
export const maxEvents = 5000;

export const caseFileSchema = z
  .object({
    format: z.literal(caseFormat, { error: `must be "${caseFormat}"` }),
    title: z.optional(
      z.string({ error: 'must be text' }).check(z.maxLength(300, { error: 'is too long' })),
    ),
    patient: patientSchema,
    events: z
      .array(caseEventSchema, { error: 'must be a list of events' })
      .check(z.maxLength(maxEvents, { error: `holds more than ${maxEvents} events` })),
  })
  .check(
    z.superRefine((file, ctx) => {
      // Events must be in date order; several on one day keep their file order.
      for (let i = 1; i < file.events.length; i += 1) {
        const previous = file.events[i - 1];
        const current = file.events[i];
        // An invalid date is already reported on its own; comparing it would only add noise.
        if (!previous || !current || !isIsoDate(previous.date) || !isIsoDate(current.date))
          continue;
        const problem = dateBeforePreviousProblem(current.date, previous.date);
        if (problem)
          ctx.addIssue({ code: 'custom', path: ['events', i, 'date'], message: problem });
      }
    }),
  );

export type Patient = z.infer<typeof patientSchema>;
export type Site = z.infer<typeof siteSchema>;
export type CaseEvent = z.infer<typeof caseEventSchema>;
export type CaseEventInput = z.input<typeof caseEventSchema>;
export type CaseFile = z.infer<typeof caseFileSchema>;
export type CaseFileInput = z.input<typeof caseFileSchema>;
/**
 * The event types, derived from the schema above: adding an event schema to the union is the
 * one step that makes a new type; every `Record<EventType, …>` and exhaustive switch then fails
 * to compile until it handles it.
 */
export type EventType = CaseEvent['type'];
export type EventOfType<T extends EventType> = Extract<CaseEvent, { type: T }>;
/** Every event type, in the order the union lists them (also the order forms offer them). */
export const eventTypes: readonly EventType[] = caseEventSchema._zod.def.options.flatMap(
  (schema) => schema.shape.type._zod.def.values,
);
