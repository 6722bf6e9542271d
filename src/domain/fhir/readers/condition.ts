import type { IsoDate } from '../../case/iso-date.ts';
import type { Site } from '../../case/case-schema.ts';
import {
  complications as complicationNames,
  siteNames,
  type Complication,
  type SiteName,
} from '../../case/vocabulary.ts';
import { fhirDay } from '../fhir-dates.ts';
import {
  brcaHer2NegativeDisorderCode,
  extensionUrls,
  histologyExtensionUrl,
  primaryCancerCodes,
  siteByIcd10,
  siteBySnomed,
  siteUnspecifiedCodes,
  stageValues,
  systems,
} from '../fhir-codes.ts';
import {
  codingsOf,
  describeConcept,
  findExtension,
  type ConditionResource,
  type Extension,
} from '../fhir-resources.ts';
import { cancerStagingSystem } from '../project-codes.ts';
import { codeIn, intExtension, oneOf, wrongSystem } from './read-codes.ts';
import type { Parsed, ReaderContext } from './reader-context.ts';

/** Conditions: the primary breast cancer (date, histology, stage) and metastatic sites. */
export function readCondition(ctx: ReaderContext, p: Parsed, r: ConditionResource): void {
  const found = `${describeConcept(r.code)}${r.onsetDateTime ? ` from ${r.onsetDateTime}` : ''}`;
  const snomed = codeIn(r.code, systems.snomed);
  const icd = codeIn(r.code, systems.icd10cm);
  const day = fhirDay(r.onsetDateTime ?? r.onsetPeriod?.start ?? r.recordedDate, 'onset date');
  if (snomed.some((c) => primaryCancerCodes.includes(c))) {
    readPrimary(ctx, p, r, found, day.ok ? day.date : undefined, day.ok ? '' : day.why);
    return;
  }
  if (snomed.includes(brcaHer2NegativeDisorderCode)) {
    const date = day.ok ? { date: day.date } : {};
    ctx.facts.biomarkers.push(
      { field: 'brca', value: 'mutated', ...date, source: p.source },
      { field: 'her2', value: 'negative', ...date, source: p.source },
    );
    ctx.report(
      p,
      found,
      'mapped',
      'germline BRCA mutated and HER2 negative (from the diagnosis code); no site named',
    );
    return;
  }
  const siteExt = oneOf(siteNames, findExtension(r.extension, extensionUrls.site)?.valueCode);
  const site =
    snomed.map((c) => siteBySnomed[c]).find((s) => s !== undefined) ??
    icd.map((c) => siteByIcd10[c]).find((s) => s !== undefined) ??
    siteExt;
  if (!site) {
    if ([...snomed, ...icd].some((c) => siteUnspecifiedCodes.includes(c))) {
      ctx.report(p, found, 'not-mapped', 'a metastasis with no site named; add the site by hand');
      return;
    }
    const wrong = wrongSystem(r.code);
    if (wrong) ctx.report(p, found, 'not-mapped', wrong);
    else if (codingsOf(r.code).length === 0 && r.code?.text) {
      ctx.report(
        p,
        found,
        'not-mapped',
        'text only, no code; conditions are read by code, so add it by hand if it is a metastasis',
      );
    } else ctx.report(p, found, 'not-used', 'a condition the dashboard does not use');
    return;
  }
  const index = intExtension(r.extension, extensionUrls.eventIndex);
  const undated =
    r.onsetDateTime === undefined && r.onsetPeriod === undefined && r.recordedDate === undefined;
  if (!day.ok && !undated) {
    ctx.report(p, found, 'not-mapped', `metastasis (${site}), but it ${day.why}`);
    return;
  }
  ctx.facts.sites.push({
    site: siteFromExtensions(site, r.extension),
    date: day.ok ? day.date : undefined,
    source: p.source,
    ...(index === undefined ? {} : { index }),
  });
  ctx.report(
    p,
    found,
    'mapped',
    day.ok
      ? `metastatic site: ${site}, found ${day.date}`
      : `metastatic site: ${site}, with no date: placed at the start of the course (check the date)`,
  );
}

function readPrimary(
  ctx: ReaderContext,
  p: Parsed,
  r: ConditionResource,
  found: string,
  date: IsoDate | undefined,
  why: string,
): void {
  const histology = codingsOf(
    findExtension(r.extension, histologyExtensionUrl)?.valueCodeableConcept,
  )[0];
  if (histology) {
    ctx.facts.records.push({
      topic: 'histology',
      label: 'Histology',
      value: histology.display ?? `SNOMED ${histology.code}`,
      ...(date ? { date } : {}),
      source: p.source,
    });
  }
  for (const stage of r.stage ?? []) {
    const coding = codingsOf(stage.summary).find(
      (c) => c.system === systems.snomed || c.system === cancerStagingSystem,
    );
    const text = coding ? (coding.display ?? coding.code) : stage.summary?.text;
    if (!text) continue;
    const reading = coding ? stageValues[coding.code] : undefined;
    ctx.facts.stages.push({
      text,
      ...(reading ? { reading } : {}),
      ...(date ? { date } : {}),
      source: p.source,
    });
    ctx.facts.records.push({
      topic: 'stage',
      label: 'Stage at diagnosis',
      value: text,
      ...(date ? { date } : {}),
      source: p.source,
    });
  }
  const shown = [histology ? 'histology' : '', (r.stage ?? []).length > 0 ? 'stage' : '']
    .filter((s) => s !== '')
    .join(' and ');
  if (date) {
    ctx.facts.primaries.push({ date, source: p.source });
    ctx.report(
      p,
      found,
      'mapped',
      `primary breast cancer, diagnosed ${date}${shown ? `; ${shown} shown` : ''}`,
    );
  } else {
    ctx.report(
      p,
      found,
      shown ? 'mapped' : 'not-used',
      `primary breast cancer; it ${why}${shown ? `; ${shown} shown` : ''}`,
    );
  }
}

function siteFromExtensions(site: SiteName, extension: readonly Extension[] | undefined): Site {
  const count = intExtension(extension, extensionUrls.lesionCount);
  const symptomatic = findExtension(extension, extensionUrls.symptomatic)?.valueBoolean;
  const complications = (extension ?? [])
    .filter((e) => e.url === extensionUrls.complication)
    .map((e) => oneOf(complicationNames, e.valueCode))
    .filter((c): c is Complication => c !== undefined);
  return {
    site,
    ...(count !== undefined && count >= 1 ? { count } : {}),
    ...(symptomatic !== undefined ? { symptomatic } : {}),
    ...(complications.length > 0 ? { complications } : {}),
  };
}
