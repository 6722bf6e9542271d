import { isDrugName, type DrugName } from '../../knowledge/drugs.ts';
import { fhirDay } from '../fhir-dates.ts';
import {
  extensionUrls,
  localSystems,
  otherStopReasons,
  stopReasonValues,
  systems,
  type StopReason,
} from '../fhir-codes.ts';
import {
  codingsOf,
  describeConcept,
  type CodeableConcept,
  type Extension,
  type MedicationRequestResource,
  type MedicationUseResource,
  type Reference,
} from '../fhir-resources.ts';
import { outsideDocumentsByRxNorm, productByRxNorm } from '../rxnorm-ingredients.ts';
import { codeIn, intExtension, intentOf, wrongSystem } from './read-codes.ts';
import type { Parsed, ReaderContext } from './reader-context.ts';

type DrugsResult = { drugs: DrugName[] } | { why: string };

/** The documents' drugs a medication contains, by RxNorm (or the dashboard's own) code. */
export function drugsOf(
  ctx: ReaderContext,
  concept: CodeableConcept | undefined,
  reference: Reference | undefined,
): DrugsResult {
  let code = concept;
  if (!code && reference) {
    const target = ctx.resolve(reference);
    if (!target) {
      return {
        why: `refers to ${reference.reference ?? 'a medication'}, which is not in the data`,
      };
    }
    if (target.resource.resourceType !== 'Medication') {
      return { why: `refers to ${target.source}, which is not a Medication` };
    }
    code = target.resource.code;
  }
  if (!code) return { why: 'names no medication' };
  const drugs = new Set<DrugName>();
  const rxnorm = codeIn(code, systems.rxnorm);
  for (const c of rxnorm) {
    const product = productByRxNorm.get(c);
    if (product?.notALine) {
      return {
        why: `RxNorm ${c} (${product.display ?? product.drugs.join(' + ')}) contains ${product.drugs.join(' + ')} but is ${product.notALine}; not placed in a line: add it by hand if it was given as cancer treatment`,
      };
    }
    for (const d of product?.drugs ?? []) drugs.add(d);
  }
  for (const c of codeIn(code, localSystems.drug)) if (isDrugName(c)) drugs.add(c);
  if (drugs.size > 0) return { drugs: [...drugs] };
  const outside = rxnorm
    .map((c) => [c, outsideDocumentsByRxNorm.get(c)] as const)
    .find(([, n]) => n);
  if (outside) {
    return {
      why: `${outside[1]} (RxNorm ${outside[0]}) is not in the five source documents; the tool cannot place it in a line`,
    };
  }
  const wrong = wrongSystem(code);
  if (wrong) return { why: wrong };
  if (codingsOf(code).length === 0) {
    return {
      why: `text only${code.text ? ` ("${code.text}")` : ''}; medicines are mapped by code, never by their name, so add it by hand`,
    };
  }
  if (rxnorm.length > 0) {
    // Not "the documents do not name it": the code may be a product of a drug they name.
    return {
      why: `RxNorm ${rxnorm.join(', ')} is not in the tool's RxNorm table; if it is a medicine the documents name, add it by hand`,
    };
  }
  return { why: 'a medication code the tool does not read (medicines are read by RxNorm code)' };
}

interface MedicationInput {
  readonly found: string;
  readonly drugs: DrugsResult;
  readonly startRaw: string | undefined;
  readonly endRaw: string | undefined;
  readonly status: string | undefined;
  readonly reasons: readonly CodeableConcept[];
  readonly extension: readonly Extension[] | undefined;
  /** A MedicationStatement with no date at all: listed for the user to date. */
  readonly undatedStatement: boolean;
  readonly what: string;
}

function stopReasonOf(reasons: readonly CodeableConcept[]) {
  let stopReason: StopReason | undefined;
  let stopNote: string | undefined;
  for (const reason of reasons) {
    const codes = codeIn(reason, systems.snomed);
    const code = codes.map((c) => stopReasonValues[c]).find((v) => v !== undefined);
    stopReason = code ?? stopReason ?? 'other';
    const other = codes.map((c) => otherStopReasons[c]).find((v) => v !== undefined);
    // A text that only repeats the code's display adds nothing as a note.
    const displays = codingsOf(reason).map((c) => c.display);
    if (reason.text && !displays.includes(reason.text)) stopNote = reason.text;
    else if (other && !code) stopNote = other;
  }
  return { stopReason, stopNote };
}

function addMedication(ctx: ReaderContext, p: Parsed, m: MedicationInput): void {
  const { found, status } = m;
  if (
    status === 'entered-in-error' ||
    status === 'cancelled' ||
    status === 'draft' ||
    status === 'not-taken'
  ) {
    ctx.report(p, found, 'not-used', `status ${status}: never given`);
    return;
  }
  if ('why' in m.drugs) {
    ctx.report(p, found, 'not-mapped', m.drugs.why);
    return;
  }
  const names = m.drugs.drugs.join(' + ');
  if (m.undatedStatement) {
    ctx.facts.undated.push({
      drugs: m.drugs.drugs,
      what: m.what,
      sources: [p.source],
      source: p.source,
    });
    ctx.report(
      p,
      found,
      'mapped',
      `${names} with no date: listed on the review screen for you to date`,
    );
    return;
  }
  const start = fhirDay(m.startRaw, 'start date');
  if (!start.ok) {
    ctx.report(p, found, 'not-mapped', `${names}: it ${start.why}`);
    return;
  }
  let end = m.endRaw === undefined ? undefined : fhirDay(m.endRaw, 'end date');
  let endNote: string | undefined;
  if (end?.ok && end.date < start.date) {
    endNote = `its end (${end.date}) is before its start (${start.date}); the end is ignored`;
    end = undefined;
  } else if (end && !end.ok) {
    endNote = `its ${end.why}; the end is ignored`;
    end = undefined;
  }
  const { stopReason, stopNote } = stopReasonOf(m.reasons);
  const index = intExtension(m.extension, extensionUrls.eventIndex);
  const intent = intentOf(m.extension);
  ctx.facts.medications.push({
    drugs: m.drugs.drugs,
    start: start.date,
    what: m.what,
    ...(end?.ok ? { end: end.date } : {}),
    ...(stopReason ? { stopReason } : {}),
    ...(stopNote ? { stopNote } : {}),
    ...(intent ? { intent } : {}),
    ...(index === undefined ? {} : { index }),
    source: p.source,
  });
  ctx.report(
    p,
    found,
    'mapped',
    `${names} from ${start.date}${end?.ok ? ` to ${end.date}` : ''}${stopReason ? ` (stopped: ${stopReason})` : ''}${intent ? ` (${intent} intent)` : ''}${endNote ? `; ${endNote}` : ''}`,
  );
}

function medicationText(concept: CodeableConcept | undefined, reference: Reference | undefined) {
  return describeConcept(concept) !== '(no code)'
    ? describeConcept(concept)
    : (reference?.reference ?? '(no medication)');
}

function whatOf(drugs: DrugsResult, concept: CodeableConcept | undefined): string {
  const display = codingsOf(concept).find((c) => c.display)?.display;
  return 'drugs' in drugs
    ? `${drugs.drugs.join(' + ')}${display ? ` (${display})` : ''}`
    : (display ?? '');
}

export function readMedicationRequest(
  ctx: ReaderContext,
  p: Parsed,
  r: MedicationRequestResource,
): void {
  const bounds = r.dosageInstruction?.[0]?.timing?.repeat?.boundsPeriod;
  const drugs = drugsOf(ctx, r.medicationCodeableConcept, r.medicationReference);
  addMedication(ctx, p, {
    found: `${r.status ?? ''} request: ${medicationText(r.medicationCodeableConcept, r.medicationReference)}${r.authoredOn ? ` authored ${r.authoredOn}` : ''}`,
    drugs,
    startRaw: bounds?.start ?? r.authoredOn,
    endRaw: bounds?.end,
    status: r.status,
    reasons: r.statusReason ? [r.statusReason] : [],
    extension: r.extension,
    undatedStatement: false,
    what: whatOf(drugs, r.medicationCodeableConcept),
  });
}

export function readMedicationUse(ctx: ReaderContext, p: Parsed, r: MedicationUseResource): void {
  const drugs = drugsOf(ctx, r.medicationCodeableConcept, r.medicationReference);
  const startRaw = r.effectivePeriod?.start ?? r.effectiveDateTime;
  addMedication(ctx, p, {
    found: `${r.resourceType === 'MedicationStatement' ? 'statement' : 'administration'}: ${medicationText(r.medicationCodeableConcept, r.medicationReference)}`,
    drugs,
    startRaw,
    endRaw: r.effectivePeriod?.end,
    status: r.status,
    reasons: r.statusReason ?? [],
    extension: r.extension,
    undatedStatement:
      r.resourceType === 'MedicationStatement' &&
      startRaw === undefined &&
      r.effectivePeriod?.end === undefined,
    what: whatOf(drugs, r.medicationCodeableConcept),
  });
}
