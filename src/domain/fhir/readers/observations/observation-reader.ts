import type { IsoDate } from '../../../case/iso-date.ts';
import type { ObservationResource } from '../../fhir-resources.ts';
import type { Parsed, ReaderContext } from '../reader-context.ts';

/** What every observation reader is given: the resource, its codes and its day. */
export interface ObservationInput {
  readonly ctx: ReaderContext;
  readonly p: Parsed;
  readonly r: ObservationResource;
  /** What the resource says, for the report. */
  readonly found: string;
  readonly loinc: readonly string[];
  readonly snomed: readonly string[];
  /** The observation's day and, on exported data, its event's place. */
  readonly dated: { date?: IsoDate; index?: number };
}

/**
 * One kind of observation: `matches` decides by the observation's code only, `read` turns it
 * into facts and reports it. The first reader whose code matches reads the observation.
 */
export interface ObservationReader {
  readonly name: string;
  matches(input: ObservationInput): boolean;
  read(input: ObservationInput): void;
}
