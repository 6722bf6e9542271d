import type { DrugName } from '../../knowledge/drugs.ts';
import { fhirDay } from '../fhir-dates.ts';
import { extensionUrls, stopReasonValues, systems } from '../fhir-codes.ts';
import { describeConcept, findExtension, type AdverseEventResource } from '../fhir-resources.ts';
import { drugsOf } from './medication.ts';
import { codeIn } from './read-codes.ts';
import type { Parsed, ReaderContext } from './reader-context.ts';

/** An adverse event coded "treatment not tolerated" is an intolerance of its suspects. */
export function readAdverseEvent(ctx: ReaderContext, p: Parsed, r: AdverseEventResource): void {
  const found = `adverse event ${describeConcept(r.event)}`;
  const intolerance = codeIn(r.event, systems.snomed).some(
    (c) => stopReasonValues[c] === 'not-tolerated',
  );
  if (!intolerance) {
    ctx.report(p, found, 'not-used', 'an adverse event that does not record stopping treatment');
    return;
  }
  const day = fhirDay(r.date, 'date');
  if (!day.ok) {
    ctx.report(p, found, 'not-mapped', `intolerance, but it ${day.why}`);
    return;
  }
  const agents: DrugName[] = [];
  for (const suspect of r.suspectEntity ?? []) {
    const target = ctx.resolve(suspect.instance);
    const drugs =
      target?.resource.resourceType === 'Medication'
        ? drugsOf(ctx, target.resource.code, undefined)
        : { why: `suspect ${suspect.instance.reference ?? ''} is not a Medication in the data` };
    if ('why' in drugs) {
      ctx.report(p, found, 'not-mapped', drugs.why);
      return;
    }
    agents.push(...drugs.drugs.filter((d) => !agents.includes(d)));
  }
  const note = findExtension(r.extension, extensionUrls.note)?.valueString;
  ctx.addEvent(p, found, r.extension, {
    date: day.date,
    type: 'intolerance',
    ...(agents.length > 0 ? { agents } : {}),
    ...(note !== undefined ? { note } : {}),
  });
}
