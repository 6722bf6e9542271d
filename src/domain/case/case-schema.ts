// Before zod builds the first schema (see the module).
import './zod-config.ts';
import { z } from 'zod';
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
 */

export const caseFormat = 'mbc-case/1';

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? 'is required'
        : `${quoteValue(issue.input)} is not one of ${values.join(', ')}`,
  });

export const isoDateSchema = z
  .string({ error: 'must be a date in the form YYYY-MM-DD' })
  .transform((value, ctx): IsoDate => {
    if (isIsoDate(value)) return value;
    ctx.addIssue({ code: 'custom', message: isoDateProblem(value) ?? 'is not a date' });
    return z.NEVER;
  });

export const patientSchema = z.object({
  er: oneOf(receptorStatuses),
  pr: oneOf(receptorStatuses),
  her2: oneOf(receptorStatuses),
  brca: oneOf(brcaStatuses),
  pdl1: oneOf(receptorStatuses),
  menopause: oneOf(menopausalStatuses),
  presentation: oneOf(presentations),
  age: z
    .number({ error: 'must be a whole number of years' })
    .int({ error: 'must be a whole number of years' })
    .min(18, { error: 'must be at least 18' })
    .max(120, { error: 'must be at most 120' })
    .optional(),
  ecog: z
    .number({ error: 'must be a whole number from 0 to 4' })
    .int({ error: 'must be a whole number from 0 to 4' })
    .min(0, { error: 'must be a whole number from 0 to 4' })
    .max(4, { error: 'must be a whole number from 0 to 4' })
    .optional(),
});

export const siteSchema = z.object({
  site: oneOf(siteNames),
  count: z
    .number({ error: 'must be a whole number of lesions' })
    .int({ error: 'must be a whole number of lesions' })
    .min(1, { error: 'must be at least 1' })
    .max(1000, { error: 'must be at most 1000' })
    .optional(),
  symptomatic: z.boolean({ error: 'must be true or false' }).optional(),
  complications: z.array(oneOf(complications), { error: 'must be a list' }).max(4).optional(),
});

function sitesList(required: boolean) {
  const list = z
    .array(siteSchema, { error: 'must be a list of sites' })
    .max(siteNames.length * 4, { error: 'lists too many sites' });
  return required ? list.min(1, { error: 'must list at least one site' }) : list;
}

/**
 * A list of drug names as typed (generic, brand or another spelling the documents use), turned
 * into canonical generic names. An unknown word is an error that names it.
 */
const agentList = z
  .array(z.string({ error: 'must be a drug name' }).max(80, { error: 'is too long' }), {
    error: 'must be a list of drug names',
  })
  .max(10, { error: 'lists more than 10 drugs' })
  .transform((names, ctx) => {
    const canonical: DrugName[] = [];
    for (const raw of names) {
      const found = normaliseDrugName(raw);
      if (!found) {
        ctx.addIssue({ code: 'custom', message: `unknown drug ${quoteValue(raw)}` });
        continue;
      }
      for (const name of found) {
        if (canonical.includes(name)) {
          ctx.addIssue({ code: 'custom', message: `lists ${name} twice` });
        } else {
          canonical.push(name);
        }
      }
    }
    return canonical;
  });

const note = z.string({ error: 'must be text' }).max(2000, { error: 'is too long' }).optional();
const base = { date: isoDateSchema };

export const metastasesEventSchema = z.object({
  ...base,
  type: z.literal('metastases'),
  sites: sitesList(true),
});
export const startLineEventSchema = z.object({
  ...base,
  type: z.literal('start-line'),
  regimen: agentList.refine((list) => list.length > 0, { error: 'must name at least one drug' }),
});
export const responseEventSchema = z.object({
  ...base,
  type: z.literal('response'),
  assessment: oneOf(assessments),
});
export const progressionEventSchema = z.object({
  ...base,
  type: z.literal('progression'),
  sites: sitesList(false).optional(),
});
export const intoleranceEventSchema = z.object({
  ...base,
  type: z.literal('intolerance'),
  agents: agentList.optional(),
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
    er: oneOf(receptorStatuses).optional(),
    pr: oneOf(receptorStatuses).optional(),
    her2: oneOf(receptorStatuses).optional(),
    brca: oneOf(brcaStatuses).optional(),
    pdl1: oneOf(receptorStatuses).optional(),
  })
  .refine((event) => biomarkerFields.some((field) => event[field] !== undefined), {
    error: `must change at least one of ${biomarkerFields.join(', ')}`,
  });
export const localTherapyEventSchema = z.object({
  ...base,
  type: z.literal('local-therapy'),
  modality: oneOf(localModalities),
  site: oneOf(siteNames),
  technique: z.string({ error: 'must be text' }).min(1).max(120).optional(),
});
export const decisionEventSchema = z.object({
  ...base,
  type: z.literal('decision'),
  candidate: z
    .string({ error: 'must be a candidate id' })
    .min(1, { error: 'must be a candidate id' })
    .max(120),
  choice: oneOf(decisionChoices),
  rationale: z.string({ error: 'must be text' }).max(4000, { error: 'is too long' }),
  followUp: isoDateSchema.optional(),
  /** Extension: the knowledge-base version the decision was taken against. */
  knowledgeVersion: z.string().max(40).optional(),
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
    title: z.string({ error: 'must be text' }).max(300, { error: 'is too long' }).optional(),
    patient: patientSchema,
    events: z
      .array(caseEventSchema, { error: 'must be a list of events' })
      .max(maxEvents, { error: `holds more than ${maxEvents} events` }),
  })
  .superRefine((file, ctx) => {
    // Events must be in date order; several on one day keep their file order.
    for (let i = 1; i < file.events.length; i += 1) {
      const previous = file.events[i - 1];
      const current = file.events[i];
      // An invalid date is already reported on its own; comparing it would only add noise.
      if (!previous || !current || !isIsoDate(previous.date) || !isIsoDate(current.date)) continue;
      const problem = dateBeforePreviousProblem(current.date, previous.date);
      if (problem) ctx.addIssue({ code: 'custom', path: ['events', i, 'date'], message: problem });
    }
  });

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
export const eventTypes: readonly EventType[] = caseEventSchema.options.map(
  (schema) => schema.shape.type.value,
);
