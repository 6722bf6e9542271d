/** Teaching scenarios: steps and grading, choices by modality, the end review, progress. */
export * from './step-through.ts';
export * from './choice-groups.ts';
export * from './scenario-review.ts';
export * from './progress.ts';
export * from './step-headline.ts';
