import { decisionChoices } from '../../case/vocabulary.ts';
import { fhirDay } from '../fhir-dates.ts';
import { extensionUrls, localSystems } from '../fhir-codes.ts';
import { describeConcept, findExtension, type BasicResource } from '../fhir-resources.ts';
import { codeIn, oneOf } from './read-codes.ts';
import type { Parsed, ReaderContext } from './reader-context.ts';

/** The dashboard's own records (break, resume, stop, decision) written as Basic resources. */
export function readBasic(ctx: ReaderContext, p: Parsed, r: BasicResource): void {
  const found = `record ${describeConcept(r.code)}`;
  const kind = codeIn(r.code, localSystems.caseEvent)[0];
  const day = fhirDay(r.created, 'date');
  if (!kind || !['break', 'resume', 'stop-treatment', 'decision'].includes(kind)) {
    ctx.report(p, found, 'not-used', 'a record the dashboard does not use');
    return;
  }
  if (!day.ok) {
    ctx.report(p, found, 'not-mapped', `${kind}, but it ${day.why}`);
    return;
  }
  const ext = r.extension;
  const note = findExtension(ext, extensionUrls.note)?.valueString;
  const withNote = note !== undefined ? { note } : {};
  if (kind === 'break') ctx.addEvent(p, found, ext, { date: day.date, type: 'break', ...withNote });
  else if (kind === 'resume') ctx.addEvent(p, found, ext, { date: day.date, type: 'resume' });
  else if (kind === 'stop-treatment') {
    ctx.addEvent(p, found, ext, { date: day.date, type: 'stop-treatment', ...withNote });
  } else {
    const candidate = findExtension(ext, extensionUrls.decisionCandidate)?.valueString;
    const choice = oneOf(
      decisionChoices,
      findExtension(ext, extensionUrls.decisionChoice)?.valueCode,
    );
    const rationale = findExtension(ext, extensionUrls.decisionRationale)?.valueString ?? '';
    const followUp = fhirDay(findExtension(ext, extensionUrls.followUp)?.valueDate, 'follow-up');
    const version = findExtension(ext, extensionUrls.knowledgeVersion)?.valueString;
    if (!candidate || !choice) {
      ctx.report(p, found, 'not-mapped', 'a decision without its candidate or choice');
      return;
    }
    ctx.addEvent(p, found, ext, {
      date: day.date,
      type: 'decision',
      candidate,
      choice,
      rationale,
      ...(followUp.ok ? { followUp: followUp.date } : {}),
      ...(version !== undefined ? { knowledgeVersion: version } : {}),
    });
  }
}
