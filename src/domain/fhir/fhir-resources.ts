// Before zod builds the first schema (see the module).
import '../case/zod-config.ts';
import { z } from 'zod/mini';
import { systemNames } from './fhir-codes.ts';

/**
 * The parts of FHIR R4 resources the importer reads, as zod schemas. Objects are parsed in
 * zod's default strip mode: only the named keys are copied out of a file, so nothing else in it
 * (including keys such as `__proto__`) reaches the rest of the app. A resource whose named parts
 * have the wrong shape is reported with the place, not guessed at.
 */

export const codingSchema = z.object({
  system: z.optional(z.string().check(z.maxLength(500))),
  code: z.optional(z.string().check(z.maxLength(200))),
  display: z.optional(z.string().check(z.maxLength(1000))),
});
export const codeableConceptSchema = z.object({
  coding: z.optional(z.array(codingSchema).check(z.maxLength(50))),
  text: z.optional(z.string().check(z.maxLength(2000))),
});
export const referenceSchema = z.object({
  reference: z.optional(z.string().check(z.maxLength(1000))),
  display: z.optional(z.string().check(z.maxLength(1000))),
});
export const periodSchema = z.object({
  start: z.optional(z.string().check(z.maxLength(40))),
  end: z.optional(z.string().check(z.maxLength(40))),
});
export const extensionSchema = z.object({
  url: z.string().check(z.maxLength(500)),
  valueInteger: z.optional(z.number()),
  valueBoolean: z.optional(z.boolean()),
  valueCode: z.optional(z.string().check(z.maxLength(200))),
  valueString: z.optional(z.string().check(z.maxLength(4000))),
  valueDate: z.optional(z.string().check(z.maxLength(40))),
  valueCodeableConcept: z.optional(codeableConceptSchema),
});
const extensions = z.optional(z.array(extensionSchema).check(z.maxLength(100)));
const quantitySchema = z.object({
  value: z.optional(z.number()),
  unit: z.optional(z.string().check(z.maxLength(100))),
  code: z.optional(z.string().check(z.maxLength(100))),
});

const id = z.string().check(z.minLength(1), z.maxLength(200));
/** The profiles a resource claims: mCODE's surgery and radiotherapy profiles name what it is. */
const meta = z.optional(
  z.object({
    profile: z.optional(z.array(z.string().check(z.maxLength(500))).check(z.maxLength(20))),
  }),
);

export const patientResourceSchema = z.object({
  resourceType: z.literal('Patient'),
  id,
  birthDate: z.optional(z.string().check(z.maxLength(40))),
  name: z.optional(
    z
      .array(
        z.object({
          text: z.optional(z.string().check(z.maxLength(500))),
          family: z.optional(z.string().check(z.maxLength(200))),
          given: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(10))),
        }),
      )
      .check(z.maxLength(20)),
  ),
  extension: extensions,
});

const componentSchema = z.object({
  code: codeableConceptSchema,
  valueCodeableConcept: z.optional(codeableConceptSchema),
  valueQuantity: z.optional(quantitySchema),
  valueString: z.optional(z.string().check(z.maxLength(2000))),
});

export const observationSchema = z.object({
  resourceType: z.literal('Observation'),
  id,
  status: z.optional(z.string().check(z.maxLength(40))),
  code: codeableConceptSchema,
  subject: z.optional(referenceSchema),
  focus: z.optional(z.array(referenceSchema).check(z.maxLength(50))),
  effectiveDateTime: z.optional(z.string().check(z.maxLength(40))),
  effectivePeriod: z.optional(periodSchema),
  issued: z.optional(z.string().check(z.maxLength(40))),
  valueCodeableConcept: z.optional(codeableConceptSchema),
  valueQuantity: z.optional(quantitySchema),
  valueInteger: z.optional(z.number()),
  valueString: z.optional(z.string().check(z.maxLength(2000))),
  interpretation: z.optional(z.array(codeableConceptSchema).check(z.maxLength(10))),
  component: z.optional(z.array(componentSchema).check(z.maxLength(50))),
  extension: extensions,
});

export const conditionSchema = z.object({
  resourceType: z.literal('Condition'),
  id,
  code: z.optional(codeableConceptSchema),
  stage: z.optional(
    z
      .array(
        z.object({
          summary: z.optional(codeableConceptSchema),
          type: z.optional(codeableConceptSchema),
        }),
      )
      .check(z.maxLength(20)),
  ),
  subject: z.optional(referenceSchema),
  onsetDateTime: z.optional(z.string().check(z.maxLength(40))),
  onsetPeriod: z.optional(periodSchema),
  recordedDate: z.optional(z.string().check(z.maxLength(40))),
  extension: extensions,
});

const medication = {
  medicationCodeableConcept: z.optional(codeableConceptSchema),
  medicationReference: z.optional(referenceSchema),
};

export const medicationRequestSchema = z.object({
  resourceType: z.literal('MedicationRequest'),
  id,
  status: z.optional(z.string().check(z.maxLength(40))),
  ...medication,
  subject: z.optional(referenceSchema),
  authoredOn: z.optional(z.string().check(z.maxLength(40))),
  statusReason: z.optional(codeableConceptSchema),
  dosageInstruction: z.optional(
    z
      .array(
        z.object({
          timing: z.optional(
            z.object({ repeat: z.optional(z.object({ boundsPeriod: z.optional(periodSchema) })) }),
          ),
        }),
      )
      .check(z.maxLength(20)),
  ),
  extension: extensions,
});

/** MedicationAdministration and MedicationStatement share the parts read here. */
export const medicationUseSchema = z.object({
  resourceType: z.enum(['MedicationAdministration', 'MedicationStatement']),
  id,
  status: z.optional(z.string().check(z.maxLength(40))),
  ...medication,
  subject: z.optional(referenceSchema),
  effectiveDateTime: z.optional(z.string().check(z.maxLength(40))),
  effectivePeriod: z.optional(periodSchema),
  statusReason: z.optional(z.array(codeableConceptSchema).check(z.maxLength(10))),
  extension: extensions,
});

export const medicationSchema = z.object({
  resourceType: z.literal('Medication'),
  id,
  code: z.optional(codeableConceptSchema),
});

export const procedureSchema = z.object({
  resourceType: z.literal('Procedure'),
  id,
  meta,
  status: z.optional(z.string().check(z.maxLength(40))),
  code: z.optional(codeableConceptSchema),
  subject: z.optional(referenceSchema),
  performedDateTime: z.optional(z.string().check(z.maxLength(40))),
  performedPeriod: z.optional(periodSchema),
  bodySite: z.optional(z.array(codeableConceptSchema).check(z.maxLength(10))),
  extension: extensions,
});

export const adverseEventSchema = z.object({
  resourceType: z.literal('AdverseEvent'),
  id,
  actuality: z.optional(z.string().check(z.maxLength(40))),
  subject: z.optional(referenceSchema),
  date: z.optional(z.string().check(z.maxLength(40))),
  event: z.optional(codeableConceptSchema),
  suspectEntity: z.optional(
    z.array(z.object({ instance: referenceSchema })).check(z.maxLength(20)),
  ),
  extension: extensions,
});

export const basicSchema = z.object({
  resourceType: z.literal('Basic'),
  id,
  code: codeableConceptSchema,
  subject: z.optional(referenceSchema),
  created: z.optional(z.string().check(z.maxLength(40))),
  extension: extensions,
});

export type Coding = z.infer<typeof codingSchema>;
export type CodeableConcept = z.infer<typeof codeableConceptSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type Extension = z.infer<typeof extensionSchema>;
export type PatientResource = z.infer<typeof patientResourceSchema>;
export type ObservationResource = z.infer<typeof observationSchema>;
export type ConditionResource = z.infer<typeof conditionSchema>;
export type MedicationRequestResource = z.infer<typeof medicationRequestSchema>;
export type MedicationUseResource = z.infer<typeof medicationUseSchema>;
export type MedicationResource = z.infer<typeof medicationSchema>;
export type ProcedureResource = z.infer<typeof procedureSchema>;
export type AdverseEventResource = z.infer<typeof adverseEventSchema>;
export type BasicResource = z.infer<typeof basicSchema>;

/** Resource types the importer reads; anything else is listed as not used. */
export const readSchemas = {
  Patient: patientResourceSchema,
  Observation: observationSchema,
  Condition: conditionSchema,
  MedicationRequest: medicationRequestSchema,
  MedicationAdministration: medicationUseSchema,
  MedicationStatement: medicationUseSchema,
  Medication: medicationSchema,
  Procedure: procedureSchema,
  AdverseEvent: adverseEventSchema,
  Basic: basicSchema,
} as const;

export type ReadResource =
  | PatientResource
  | ObservationResource
  | ConditionResource
  | MedicationRequestResource
  | MedicationUseResource
  | MedicationResource
  | ProcedureResource
  | AdverseEventResource
  | BasicResource;

/** Helpers over the shapes above. */
export function codingsOf(
  concept: CodeableConcept | undefined,
): ReadonlyArray<{ system: string; code: string; display?: string }> {
  const out: Array<{ system: string; code: string; display?: string }> = [];
  for (const c of concept?.coding ?? []) {
    if (c.system !== undefined && c.code !== undefined) {
      out.push({ system: c.system, code: c.code, ...(c.display ? { display: c.display } : {}) });
    }
  }
  return out;
}

export function hasCode(concept: CodeableConcept | undefined, system: string, code: string) {
  return codingsOf(concept).some((c) => c.system === system && c.code === code);
}

export function findExtension(
  list: readonly Extension[] | undefined,
  url: string,
): Extension | undefined {
  return list?.find((e) => e.url === url);
}

export function describeConcept(concept: CodeableConcept | undefined): string {
  if (!concept) return '(no code)';
  const coded = codingsOf(concept).map(
    (c) => `${c.code}${c.display ? ` "${c.display}"` : ''} (${shortSystem(c.system)})`,
  );
  if (coded.length > 0) return coded.join(', ');
  return concept.text ? `"${concept.text}" (text only, no code)` : '(no code)';
}

function shortSystem(system: string): string {
  return systemNames[system] ?? system;
}
