import { localModalities, siteNames, type SiteName } from '../../case/vocabulary.ts';
import { fhirDay } from '../fhir-dates.ts';
import {
  bodySiteCodes,
  extensionUrls,
  extraBodySites,
  localSystems,
  radiotherapyCodes,
  radiotherapyProfile,
  surgeryCodes,
  surgeryProfile,
  systems,
} from '../fhir-codes.ts';
import { describeConcept, findExtension, type ProcedureResource } from '../fhir-resources.ts';
import { codeIn, intentOf, oneOf } from './read-codes.ts';
import type { Parsed, ReaderContext } from './reader-context.ts';

function siteOfBody(r: ProcedureResource): SiteName | undefined {
  return (r.bodySite ?? [])
    .flatMap((b) => codeIn(b, systems.snomed))
    .map((c) => siteNames.find((s) => bodySiteCodes[s] === c) ?? extraBodySites[c])
    .find((s) => s !== undefined);
}

function kindOf(r: ProcedureResource): 'radiotherapy' | 'surgery' | undefined {
  const codes = codeIn(r.code, systems.snomed);
  const profiles = r.meta?.profile ?? [];
  if (codes.some((c) => radiotherapyCodes.includes(c)) || profiles.includes(radiotherapyProfile)) {
    return 'radiotherapy';
  }
  if (codes.some((c) => surgeryCodes.includes(c)) || profiles.includes(surgeryProfile))
    return 'surgery';
  return undefined;
}

/**
 * Procedures: the dashboard's own local-therapy records become events; radiotherapy courses
 * and cancer surgery from other records are kept for the draft to offer (for the user to
 * confirm) or to list as early-stage treatment.
 */
export function readProcedure(ctx: ReaderContext, p: Parsed, r: ProcedureResource): void {
  const found = `procedure ${describeConcept(r.code)}`;
  if (r.status === 'entered-in-error' || r.status === 'not-done') {
    ctx.report(p, found, 'not-used', `status ${r.status}`);
    return;
  }
  const site =
    oneOf(siteNames, findExtension(r.extension, extensionUrls.site)?.valueCode) ?? siteOfBody(r);
  const day = fhirDay(r.performedDateTime ?? r.performedPeriod?.start, 'date');
  const modality = oneOf(localModalities, codeIn(r.code, localSystems.caseEvent)[0]);
  if (modality) {
    if (!site || !day.ok) {
      ctx.report(p, found, 'not-mapped', site ? `it ${day.ok ? '' : day.why}` : 'names no site');
      return;
    }
    const technique = findExtension(r.extension, extensionUrls.technique)?.valueString;
    ctx.addEvent(p, found, r.extension, {
      date: day.date,
      type: 'local-therapy',
      modality,
      site,
      ...(technique ? { technique } : {}),
    });
    return;
  }
  const kind = kindOf(r);
  if (!kind) {
    ctx.report(
      p,
      found,
      'not-mapped',
      'no verified code says whether this is radiation or surgery to a metastasis; add it as local therapy by hand if it is',
    );
    return;
  }
  if (!day.ok) {
    ctx.report(p, found, 'not-mapped', `${kind}, but it ${day.why}`);
    return;
  }
  const end = fhirDay(r.performedPeriod?.end, 'end');
  const intent = intentOf(r.extension);
  ctx.facts.procedures.push({
    kind,
    what: describeConcept(r.code).replace(/ \(SNOMED CT\)$/, ''),
    date: day.date,
    ...(end.ok ? { end: end.date } : {}),
    ...(site ? { site } : {}),
    ...(intent ? { intent } : {}),
    source: p.source,
  });
  ctx.report(
    p,
    found,
    'mapped',
    `${kind} on ${day.date}${site ? ` to ${site}` : ', site not read'}${intent ? ` (${intent} intent)` : ''}`,
  );
}
