import {
  columnFilteringFeature,
  createExpandedRowModel,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_equalsString,
  filterFn_includesString,
  globalFilteringFeature,
  rowExpandingFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';
import {
  candidateModalities,
  modalities,
  tierOrder,
  type Candidate,
} from '../../../domain/index.ts';

/**
 * The candidate table's features and row shape, kept at module scope so TanStack Table sees
 * stable inputs. Tier and modality sort in clinical order, not alphabetically.
 */
export const candidateTableFeatures = tableFeatures({
  rowExpandingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowSortingFeature,
  expandedRowModel: createExpandedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  filterFns: { includesString: filterFn_includesString, equalsString: filterFn_equalsString },
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text },
});

export interface CandidateRow {
  readonly candidate: Candidate;
  readonly label: string;
  readonly agents: string;
  readonly modality: string;
  /** Its own modality first, then any other its agents belong to: the filter finds it by any. */
  readonly modalities: readonly string[];
  readonly tier: string;
  readonly rationale: string;
  readonly sources: string;
  /** Everything the search box matches against. */
  readonly searchText: string;
}

const rowsByCandidate = new WeakMap<Candidate, CandidateRow>();

/** The row of a candidate, made once per candidate object (unchanged ones keep theirs). */
export function candidateRowOf(candidate: Candidate): CandidateRow {
  let row = rowsByCandidate.get(candidate);
  if (!row) {
    row = toCandidateRow(candidate);
    rowsByCandidate.set(candidate, row);
  }
  return row;
}

export function toCandidateRow(candidate: Candidate): CandidateRow {
  const agents = candidate.components.map((c) => c.agents.join(' / ')).join(' + ');
  const sources = candidate.sources.map((s) => `${s.doc} ${s.section}`).join('; ');
  const modalities = candidateModalities(candidate);
  return {
    candidate,
    label: candidate.label,
    agents,
    modality: candidate.modality,
    modalities,
    tier: candidate.tier,
    rationale: candidate.rationale,
    sources,
    searchText: [
      candidate.label,
      agents,
      ...modalities,
      candidate.tier,
      candidate.rationale,
      sources,
      ...candidate.sources.map((s) => s.quote),
    ]
      .join(' ')
      .toLowerCase(),
  };
}

const tierNames: readonly string[] = tierOrder;
const modalityNames: readonly string[] = modalities;
export const tierRank = (tier: string) => tierNames.indexOf(tier);
export const modalityRank = (modality: string) => modalityNames.indexOf(modality);
