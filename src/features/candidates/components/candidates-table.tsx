import {
  createColumnHelper,
  FlexRender,
  useTable,
  type Row,
  type SortingState,
  type ColumnFiltersState,
  type ExpandedState,
} from '@tanstack/react-table';
import { memo, useMemo, useState } from 'react';
import {
  modalities,
  ruledOutMatches,
  tierDefinitions,
  tierOrder,
  type Candidate,
  type ExcludedOption,
  type RuledOutMatch,
} from '../../../domain/index.ts';
import { knowledge } from '../../../lib/knowledge.ts';
import { capitalise, tierLabels } from '../../../lib/format.ts';
import { SelectField } from '../../../components/forms/select-field.tsx';
import { SourceIds } from '../../../components/ui/citation.tsx';
import { AgentList } from './agent-list.tsx';
import { CandidateDetail } from './candidate-detail.tsx';
import { excludedRowId } from './excluded-table.tsx';
import {
  candidateTableFeatures,
  modalityRank,
  tierRank,
  candidateRowOf,
  type CandidateRow,
} from './candidate-table-model.ts';

const helper = createColumnHelper<typeof candidateTableFeatures, CandidateRow>();

const columns = helper.columns([
  helper.accessor('label', {
    id: 'label',
    header: 'Option and agents',
    sortFn: 'text',
    cell: (info) => {
      const { candidate } = info.row.original;
      return (
        <span>
          {candidate.urgent ? <span className="urgent-tag">Urgent</span> : null}
          <span className="candidate-label">{info.row.original.label}</span>
          <AgentList
            candidate={candidate}
            search={String(info.table.store.state.globalFilter ?? '')}
          />
          {candidate.assumptions ? (
            <span className="assumes-tag">If: {candidate.assumptions.join('; ')}</span>
          ) : null}
        </span>
      );
    },
  }),
  helper.accessor('modality', {
    id: 'modality',
    header: 'Modality',
    filterFn: (row, _columnId, value: string) => row.original.modalities.includes(value),
    sortFn: (a, b) => modalityRank(a.original.modality) - modalityRank(b.original.modality),
    cell: (info) => {
      const [own, ...others] = info.row.original.modalities;
      return (
        <>
          <span className={`modality-tag modality-tag--${own ?? ''}`}>{capitalise(own ?? '')}</span>
          {others.length > 0 ? (
            <span className="modality-also">also {others.join(', ')}</span>
          ) : null}
        </>
      );
    },
  }),
  helper.accessor('tier', {
    id: 'tier',
    header: 'Tier',
    filterFn: 'equalsString',
    sortFn: (a, b) => tierRank(a.original.tier) - tierRank(b.original.tier),
    cell: (info) => (
      <span
        className={`tier-tag tier-tag--${info.getValue()}`}
        title={tierDefinitions[info.row.original.candidate.tier]}
      >
        {capitalise(info.getValue())}
      </span>
    ),
  }),
  helper.accessor('rationale', {
    id: 'rationale',
    header: 'Rationale',
    sortFn: 'text',
    cell: (info) => <span className="candidate-rationale">{info.getValue()}</span>,
  }),
  helper.accessor('sources', {
    id: 'sources',
    header: 'Sources',
    sortFn: 'alphanumeric',
    cell: (info) => <SourceIds sources={info.row.original.candidate.sources} />,
  }),
]);

/** The filter choices: everything, or one modality or tier. */
const modalityFilterOptions = [
  { value: '', label: 'All' },
  ...modalities.map((m) => ({ value: m, label: capitalise(m) })),
];
const tierFilterOptions = [
  { value: '', label: 'All' },
  ...tierOrder.map((t) => ({ value: t, label: tierLabels[t] })),
];

const sortLabels: Record<string, string> = {
  label: 'option',
  modality: 'modality',
  tier: 'tier',
  rationale: 'rationale',
  sources: 'sources',
};

/**
 * The candidates for the current line: sortable on every column (tier and modality in clinical
 * order), filterable by modality and tier, searchable; a row expands to show why it applies,
 * its sources and any disagreement between documents.
 */
export function CandidatesTable({
  candidates,
  excluded = [],
}: {
  candidates: readonly Candidate[];
  /** The "Why not" list: the search says when what was typed is there instead. */
  excluded?: readonly ExcludedOption[];
}) {
  const data = useMemo(() => candidates.map(candidateRowOf), [candidates]);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [globalFilter, setGlobalFilter] = useState('');
  const [expanded, setExpanded] = useState<ExpandedState>({});

  const table = useTable({
    features: candidateTableFeatures,
    columns,
    data,
    getRowId: (row) => row.candidate.id,
    getRowCanExpand: () => true,
    globalFilterFn: (row, _columnId, value: string) =>
      row.original.searchText.includes(value.trim().toLowerCase()),
    state: { sorting, columnFilters, globalFilter, expanded },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    onGlobalFilterChange: setGlobalFilter,
    onExpandedChange: setExpanded,
  });

  const filterValue = (id: string) => {
    const value = columnFilters.find((f) => f.id === id)?.value;
    return typeof value === 'string' ? value : '';
  };
  const setFilter = (id: string, value: string) =>
    setColumnFilters((current) => [
      ...current.filter((f) => f.id !== id),
      ...(value === '' ? [] : [{ id, value }]),
    ]);

  const rows = table.getRowModel().rows;
  const ruledOut = useMemo(
    () => ruledOutMatches(excluded, globalFilter, knowledge.options),
    [excluded, globalFilter],
  );
  const activeSort = sorting[0];
  const sortAnnouncement = activeSort
    ? `Sorted by ${sortLabels[activeSort.id] ?? activeSort.id}, ${activeSort.desc ? 'descending' : 'ascending'}`
    : 'In ranked order: tier, then the knowledge base order';

  return (
    <div className="candidates">
      <div className="table-controls" role="group" aria-label="Filter candidates">
        <label>
          Search
          <input
            type="search"
            value={globalFilter}
            onChange={(e) => setGlobalFilter(e.target.value)}
            placeholder="drug, option, source…"
          />
        </label>
        <SelectField
          label="Modality"
          options={modalityFilterOptions}
          value={filterValue('modality')}
          onChange={(value) => setFilter('modality', value)}
        />
        <SelectField
          label="Tier"
          options={tierFilterOptions}
          value={filterValue('tier')}
          onChange={(value) => setFilter('tier', value)}
        />
        <span className="table-count">
          {rows.length} of {data.length} shown
        </span>
      </div>
      <RuledOutNotice matches={ruledOut} />
      <p className="visually-hidden" aria-live="polite">
        {sortAnnouncement}
      </p>
      <table className="data-table candidates-table">
        <caption className="visually-hidden">Candidates. {sortAnnouncement}.</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              <th scope="col" className="expander-col">
                <span className="visually-hidden">Details</span>
              </th>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={
                      sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                    }
                  >
                    <button
                      type="button"
                      className="sort-button"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      <table.FlexRender header={header} />
                      <span aria-hidden="true" className="sort-indicator">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length + 1} className="empty-row">
                No candidate matches the filters.
              </td>
            </tr>
          ) : null}
          {rows.map((row) => (
            <CandidateRowView
              key={row.id}
              row={row}
              expanded={row.getIsExpanded()}
              search={globalFilter}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

type CandidateTableRow = Row<typeof candidateTableFeatures, CandidateRow>;
interface CandidateRowProps {
  readonly row: CandidateTableRow;
  readonly expanded: boolean;
  /** What the search box holds: the agent list marks the drugs it matches. */
  readonly search: string;
}

/**
 * One candidate and, when expanded, its details. The table builds new row objects whenever its
 * data changes, but a candidate an event left as it was keeps its object (shareUnchanged), so
 * such a row is compared by what it shows and skips rendering.
 */
const CandidateRowView = memo(
  function CandidateRowView({ row, expanded }: CandidateRowProps) {
    return (
      <>
        <tr className={expanded ? 'is-expanded' : undefined} data-candidate={row.id}>
          <td className="expander-col">
            <button
              type="button"
              className="expand-button"
              aria-expanded={expanded}
              aria-controls={`detail-${row.id}`}
              onClick={row.getToggleExpandedHandler()}
            >
              <span aria-hidden="true">{expanded ? '−' : '+'}</span>
              <span className="visually-hidden">
                {expanded ? 'Hide' : 'Show'} details of {row.original.label}
              </span>
            </button>
          </td>
          {row.getAllCells().map((cell) => (
            <td key={cell.id} data-column={cell.column.id}>
              <FlexRender cell={cell} />
            </td>
          ))}
        </tr>
        {expanded ? (
          <tr className="detail-row" id={`detail-${row.id}`}>
            <td colSpan={columns.length + 1}>
              <CandidateDetail candidate={row.original.candidate} />
            </td>
          </tr>
        ) : null}
      </>
    );
  },
  (before, after) =>
    before.row.original === after.row.original &&
    before.expanded === after.expanded &&
    before.search === after.search,
);

/** Where the search also found something in the "Why not" list, each with a way to it. */
function RuledOutNotice({ matches }: { matches: readonly RuledOutMatch[] }) {
  return (
    // role=status: announced politely, apart from the sort announcement's live region.
    <div role="status">
      {matches.length > 0 ? (
        <ul className="ruled-out-matches">
          {matches.map((match) => (
            <li key={match.id}>
              {match.agent
                ? `${match.agent}: ruled out in “${match.label}”, `
                : `${match.label}: ruled out, `}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  const row = document.getElementById(excludedRowId(match.id));
                  row?.scrollIntoView({ block: 'center' });
                  row?.focus({ preventScroll: true });
                }}
              >
                see Why not
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
