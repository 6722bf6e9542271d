/**
 * The tumor board's domain logic. Not re-exported by the domain barrel: only the lazily loaded
 * board view uses it, and what the barrel exports lands in the first screen's chunk.
 */
export * from './agenda.ts';
export * from './changes-since.ts';
