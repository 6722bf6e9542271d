/** The domain's public surface: what the CLI, the app and the tests import. */
export { getErrorMessage } from './error-message.ts';
export * from './case/case-schema.ts';
export * from './case/parse-case.ts';
export * from './case/iso-date.ts';
export * from './case/event-order.ts';
export * from './case/merge-case-edits.ts';
export * from './case/blank-case.ts';
export * from './case/decision-draft.ts';
export * from './case/vocabulary.ts';
export {
  buildKnowledgeBase,
  knowledgeContent,
  type KnowledgeBase,
  type KnowledgeContent,
  type SourceTexts,
} from './knowledge/index.ts';
export type { SentenceRef, QuotedSource } from './knowledge/documents/sentence-ref.ts';
export { tierDefinitions, wordingDefinitions, type Wording } from './knowledge/tiers.ts';
export { knowledgeVersion, knowledgeChangeLog } from './knowledge/version.ts';
export {
  sourceDocuments,
  getSourceDocument,
  type SourceDocument,
  type SourceRef,
  type DocumentId,
} from './knowledge/sources.ts';
export {
  drugs,
  getDrug,
  normaliseDrugName,
  drugAliases,
  drugNames,
  isDrugName,
  modalityOfClass,
  type Drug,
  type DrugClass,
  type DrugName,
} from './knowledge/drugs.ts';
export { suggestDrugNames, type DrugSuggestion } from './knowledge/drug-suggestions.ts';
export type { RegimenOption, Conflict, Tier, Modality, Slot } from './knowledge/option.ts';
export { tierOrder, modalities } from './knowledge/option.ts';
export * from './machine/therapy-line-machine.ts';
export * from './machine/therapy-context.ts';
export * from './machine/replay-case.ts';
export {
  lineCountingRules,
  getLineCountingRule,
  type LineCountingRuleId,
} from './machine/line-counting-rules.ts';
export { runningLine } from './machine/context-updates.ts';
export { recommend, type CourseSnapshot } from './engine/recommend.ts';
export * from './engine/recommendation.ts';
export { describeCondition } from './engine/explain-condition.ts';
export { candidateModalities, regimenModalities } from './engine/modality.ts';
export { ruledOutMatches, type RuledOutMatch } from './engine/ruled-out-matches.ts';
export { courseProblems, recommendCase, type RecommendCaseResult } from './recommend-case.ts';
export * from './timeline/build-timeline.ts';
export { allowedEventTypes, describeCourseState } from './machine/selectors.ts';
export { subtypeLabel, subtypeInWords } from './case/subtype.ts';
export * from './summary/patient-summary.ts';
export * from './summary/agents-in-words.ts';
