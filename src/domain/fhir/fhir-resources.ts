import { z } from 'zod';
import { systemNames } from './fhir-codes.ts';

/**
 * The parts of FHIR R4 resources the importer reads, as zod schemas. Objects are parsed in
 * zod's default strip mode: only the named keys are copied out of a file, so nothing else in it
 * (including keys such as `__proto__`) reaches the rest of the app. A resource whose named parts
 * have the wrong shape is reported with the place, not guessed at.
 */

export const codingSchema = z.object({
  system: z.string().max(500).optional(),
  code: z.string().max(200).optional(),
  display: z.string().max(1000).optional(),
});
export const codeableConceptSchema = z.object({
  coding: z.array(codingSchema).max(50).optional(),
  text: z.string().max(2000).optional(),
});
export const referenceSchema = z.object({
  reference: z.string().max(1000).optional(),
  display: z.string().max(1000).optional(),
});
export const periodSchema = z.object({
  start: z.string().max(40).optional(),
  end: z.string().max(40).optional(),
});
export const extensionSchema = z.object({
  url: z.string().max(500),
  valueInteger: z.number().optional(),
  valueBoolean: z.boolean().optional(),
  valueCode: z.string().max(200).optional(),
  valueString: z.string().max(4000).optional(),
  valueDate: z.string().max(40).optional(),
  valueCodeableConcept: codeableConceptSchema.optional(),
});
const extensions = z.array(extensionSchema).max(100).optional();
const quantitySchema = z.object({
  value: z.number().optional(),
  unit: z.string().max(100).optional(),
  code: z.string().max(100).optional(),
});

const id = z.string().min(1).max(200);
/** The profiles a resource claims: mCODE's surgery and radiotherapy profiles name what it is. */
const meta = z.object({ profile: z.array(z.string().max(500)).max(20).optional() }).optional();

export const patientResourceSchema = z.object({
  resourceType: z.literal('Patient'),
  id,
  birthDate: z.string().max(40).optional(),
  name: z
    .array(
      z.object({
        text: z.string().max(500).optional(),
        family: z.string().max(200).optional(),
        given: z.array(z.string().max(200)).max(10).optional(),
      }),
    )
    .max(20)
    .optional(),
  extension: extensions,
});

const componentSchema = z.object({
  code: codeableConceptSchema,
  valueCodeableConcept: codeableConceptSchema.optional(),
  valueQuantity: quantitySchema.optional(),
  valueString: z.string().max(2000).optional(),
});

export const observationSchema = z.object({
  resourceType: z.literal('Observation'),
  id,
  status: z.string().max(40).optional(),
  code: codeableConceptSchema,
  subject: referenceSchema.optional(),
  focus: z.array(referenceSchema).max(50).optional(),
  effectiveDateTime: z.string().max(40).optional(),
  effectivePeriod: periodSchema.optional(),
  issued: z.string().max(40).optional(),
  valueCodeableConcept: codeableConceptSchema.optional(),
  valueQuantity: quantitySchema.optional(),
  valueInteger: z.number().optional(),
  valueString: z.string().max(2000).optional(),
  interpretation: z.array(codeableConceptSchema).max(10).optional(),
  component: z.array(componentSchema).max(50).optional(),
  extension: extensions,
});

export const conditionSchema = z.object({
  resourceType: z.literal('Condition'),
  id,
  code: codeableConceptSchema.optional(),
  stage: z
    .array(
      z.object({
        summary: codeableConceptSchema.optional(),
        type: codeableConceptSchema.optional(),
      }),
    )
    .max(20)
    .optional(),
  subject: referenceSchema.optional(),
  onsetDateTime: z.string().max(40).optional(),
  onsetPeriod: periodSchema.optional(),
  recordedDate: z.string().max(40).optional(),
  extension: extensions,
});

const medication = {
  medicationCodeableConcept: codeableConceptSchema.optional(),
  medicationReference: referenceSchema.optional(),
};

export const medicationRequestSchema = z.object({
  resourceType: z.literal('MedicationRequest'),
  id,
  status: z.string().max(40).optional(),
  ...medication,
  subject: referenceSchema.optional(),
  authoredOn: z.string().max(40).optional(),
  statusReason: codeableConceptSchema.optional(),
  dosageInstruction: z
    .array(
      z.object({
        timing: z
          .object({ repeat: z.object({ boundsPeriod: periodSchema.optional() }).optional() })
          .optional(),
      }),
    )
    .max(20)
    .optional(),
  extension: extensions,
});

/** MedicationAdministration and MedicationStatement share the parts read here. */
export const medicationUseSchema = z.object({
  resourceType: z.enum(['MedicationAdministration', 'MedicationStatement']),
  id,
  status: z.string().max(40).optional(),
  ...medication,
  subject: referenceSchema.optional(),
  effectiveDateTime: z.string().max(40).optional(),
  effectivePeriod: periodSchema.optional(),
  statusReason: z.array(codeableConceptSchema).max(10).optional(),
  extension: extensions,
});

export const medicationSchema = z.object({
  resourceType: z.literal('Medication'),
  id,
  code: codeableConceptSchema.optional(),
});

export const procedureSchema = z.object({
  resourceType: z.literal('Procedure'),
  id,
  meta,
  status: z.string().max(40).optional(),
  code: codeableConceptSchema.optional(),
  subject: referenceSchema.optional(),
  performedDateTime: z.string().max(40).optional(),
  performedPeriod: periodSchema.optional(),
  bodySite: z.array(codeableConceptSchema).max(10).optional(),
  extension: extensions,
});

export const adverseEventSchema = z.object({
  resourceType: z.literal('AdverseEvent'),
  id,
  actuality: z.string().max(40).optional(),
  subject: referenceSchema.optional(),
  date: z.string().max(40).optional(),
  event: codeableConceptSchema.optional(),
  suspectEntity: z
    .array(z.object({ instance: referenceSchema }))
    .max(20)
    .optional(),
  extension: extensions,
});

export const basicSchema = z.object({
  resourceType: z.literal('Basic'),
  id,
  code: codeableConceptSchema,
  subject: referenceSchema.optional(),
  created: z.string().max(40).optional(),
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
