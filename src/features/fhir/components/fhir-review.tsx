import { useMemo, useState } from 'react';
import { describeEvent } from '../../../components/events/event-labels.ts';
import { SelectField } from '../../../components/forms/select-field.tsx';
import {
  brcaStatuses,
  formatProblem,
  menopausalStatuses,
  presentations,
  receptorStatuses,
  type CaseFile,
  type Patient,
} from '../../../domain/index.ts';
import {
  checkDraft,
  draftToCase,
  type FhirEntryReport,
  type FhirImportDraft,
  type PatientFinding,
} from '../../../domain/fhir/index.ts';

/**
 * The review screen between reading FHIR data and saving a case: what was found, what it was
 * mapped to and from which resource, what could not be used and why. The user corrects the
 * baseline and chooses the events; nothing is saved until they confirm, and a correction the
 * course cannot take is refused with its reason.
 */

const fieldLabels: Record<PatientFinding['field'], string> = {
  er: 'ER',
  pr: 'PR',
  her2: 'HER2',
  brca: 'Germline BRCA',
  pdl1: 'PD-L1',
  menopause: 'Menopausal status',
  ecog: 'ECOG',
  age: 'Age',
  presentation: 'Presentation',
};

const choices: Partial<Record<PatientFinding['field'], readonly string[]>> = {
  er: receptorStatuses,
  pr: receptorStatuses,
  her2: receptorStatuses,
  pdl1: receptorStatuses,
  brca: brcaStatuses,
  menopause: menopausalStatuses,
  presentation: presentations,
};

const outcomeLabels: Record<FhirEntryReport['outcome'], string> = {
  mapped: 'Mapped',
  'not-used': 'Not used',
  'not-mapped': 'Not mapped',
};

export function FhirReview({
  draft,
  origin,
  onSave,
  onDiscard,
}: {
  draft: FhirImportDraft;
  /** Where the data came from, in words ("file x.json", "server https://…"). */
  origin: string;
  onSave: (caseFile: CaseFile) => void;
  onDiscard: () => void;
}) {
  const [patient, setPatient] = useState<Patient>(draft.patient);
  const [include, setInclude] = useState<ReadonlySet<number>>(
    () => new Set(draft.events.flatMap((e, i) => (e.include ? [i] : []))),
  );
  const [title, setTitle] = useState(draft.title ?? draft.patientName ?? 'Imported case');
  const [filter, setFilter] = useState<'all' | FhirEntryReport['outcome']>('all');
  const [problems, setProblems] = useState<string[]>();

  const counts = useMemo(() => {
    const c = { mapped: 0, 'not-used': 0, 'not-mapped': 0 };
    for (const e of draft.entries) c[e.outcome] += 1;
    return c;
  }, [draft.entries]);
  const entries = draft.entries.filter((e) => filter === 'all' || e.outcome === filter);
  // Re-checked on every correction, so the screen says before saving what the course would
  // refuse and which left-out events a correction has made possible.
  // The title does not change what the course allows, so typing it re-checks nothing.
  const check = useMemo(() => checkDraft(draft, { patient, include }), [draft, patient, include]);

  const setField = (field: PatientFinding['field'], raw: string) => {
    setProblems(undefined);
    setPatient((current) => {
      if (field === 'ecog' || field === 'age') {
        const { [field]: _old, ...rest } = current;
        return raw === '' ? rest : { ...rest, [field]: Number(raw) };
      }
      return { ...current, [field]: raw };
    });
  };

  const save = () => {
    const result = draftToCase(draft, { patient, include, title });
    if (!result.ok) {
      setProblems(result.problems.map(formatProblem));
      return;
    }
    onSave(result.caseFile);
  };

  return (
    <section className="panel fhir-review" aria-labelledby="fhir-review-heading">
      <h2 id="fhir-review-heading">
        Review the import: {draft.patientName ?? `patient ${draft.patientId}`}
      </h2>
      <p>
        From {origin}. Nothing is saved until you choose “Save as a new case”.{' '}
        <strong>{counts.mapped}</strong> resources mapped, <strong>{counts['not-mapped']}</strong>{' '}
        not mapped, <strong>{counts['not-used']}</strong> not used by the dashboard.
      </p>

      <label className="fhir-review__title">
        Case title
        <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} />
      </label>

      <h3>Patient</h3>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Fact</th>
              <th scope="col">Value</th>
              <th scope="col">From</th>
              <th scope="col">Earlier results</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {draft.findings.map((finding) => (
              <FindingRow
                key={finding.field}
                finding={finding}
                value={patient[finding.field]}
                onChange={(raw) => setField(finding.field, raw)}
              />
            ))}
          </tbody>
        </table>
      </div>

      <RecordFacts draft={draft} />

      <h3>
        Course ({include.size} of {draft.events.length} events included)
      </h3>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Include</th>
              <th scope="col">Date</th>
              <th scope="col">Event</th>
              <th scope="col">From</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {draft.events.map((e, i) => (
              <tr
                key={`${e.event.date}-${i}`}
                className={
                  check.refused.has(i) || (e.problem && !include.has(i)) ? 'is-refused' : undefined
                }
              >
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Include ${describeEvent(e.event)} on ${e.event.date}`}
                    checked={include.has(i)}
                    onChange={(change) => {
                      setProblems(undefined);
                      setInclude((current) => {
                        const next = new Set(current);
                        if (change.target.checked) next.add(i);
                        else next.delete(i);
                        return next;
                      });
                    }}
                  />
                </td>
                <td>{e.event.date}</td>
                <td>{describeEvent(e.event)}</td>
                <td className="fhir-review__sources">{e.sources.join(', ')}</td>
                <td>
                  {check.refused.has(i) ? (
                    <p className="form-error">Would be refused: {check.refused.get(i)}.</p>
                  ) : null}
                  {e.toConfirm && !include.has(i) ? (
                    <p>
                      <strong>To confirm:</strong> left out until you tick it.
                    </p>
                  ) : null}
                  {e.problem && !include.has(i) ? (
                    <p>
                      Left out when read: {e.problem}.
                      {check.nowPossible.has(i) ? (
                        <strong> With the corrections above it now fits: tick to include.</strong>
                      ) : null}
                    </p>
                  ) : null}
                  {e.notes.map((n) => (
                    <p key={n}>{n}</p>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>Every resource read</h3>
      <SelectField
        className="fhir-review__filter"
        label="Show"
        options={[
          { value: 'all', label: `all (${draft.entries.length})` },
          { value: 'not-mapped', label: `not mapped (${counts['not-mapped']})` },
          { value: 'not-used', label: `not used (${counts['not-used']})` },
          { value: 'mapped', label: `mapped (${counts.mapped})` },
        ]}
        value={filter}
        onChange={setFilter}
      />
      <div className="table-scroll">
        <table className="data-table fhir-review__entries">
          <thead>
            <tr>
              <th scope="col">Resource</th>
              <th scope="col">What it says</th>
              <th scope="col">Outcome</th>
              <th scope="col">Became, or why not</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={`${e.source}-${i}`} className={`outcome--${e.outcome}`}>
                <td>{e.source}</td>
                <td>{e.found}</td>
                <td>{outcomeLabels[e.outcome]}</td>
                <td>{e.result}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <details>
        <summary>How the import decides</summary>
        <ul>
          {draft.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
          <li>
            Codes are read only when ../shared/fhir marks them verified, or the project verified
            them in a public source it names (HL7 interpretation calls, RxNorm products, a few
            procedure and gene codes); anything else is listed above as not mapped, with the reason.
          </li>
        </ul>
      </details>

      <p className="fhir-review__check" role="status">
        {check.result.ok
          ? `Ready to save: ${include.size} events, and the course they describe is possible.`
          : `Not ready to save: ${check.result.problems.length === 1 ? 'one problem' : `${check.result.problems.length} problems`}. ${check.refused.size > 0 ? 'Untick or correct the events marked “Would be refused”.' : check.result.problems.map(formatProblem).join('; ')}`}
      </p>
      {problems ? (
        <div className="import-problems" role="alert">
          <p>
            <strong>Not saved:</strong> the case as corrected is not possible. Change the selection
            and try again:
          </p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="fhir-review__actions">
        <button type="button" className="primary" onClick={save}>
          Save as a new case and open it
        </button>
        <button type="button" className="secondary" onClick={onDiscard}>
          Discard this import
        </button>
      </div>
    </section>
  );
}

/**
 * What the record holds that the case format has no place for: early-stage treatment,
 * medicines without a date, and facts such as stage, histology, scores and variants. Shown so
 * the user sees the whole record; none of it changes the recommendation.
 */
function RecordFacts({ draft }: { draft: FhirImportDraft }) {
  const { record, priorTreatments, undatedMedicines } = draft;
  if (record.length === 0 && priorTreatments.length === 0 && undatedMedicines.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="fhir-review-record">
      <h3 id="fhir-review-record">Also in the record (shown, not used)</h3>
      <p>
        The case format has no place for these; they do not change the candidates. Add to the course
        by hand what should be in it.
      </p>
      {priorTreatments.length > 0 ? (
        <>
          <h4>Early-stage treatment (not counted as lines)</h4>
          <ul className="fhir-review__prior">
            {priorTreatments.map((t, i) => (
              <li key={`${t.what}-${i}`}>
                {t.what}
                {t.start ? `, from ${t.start}` : ''}
                {t.end ? ` to ${t.end}` : ''}: {t.why}{' '}
                <span className="fhir-review__sources">({t.sources.join(', ')})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {undatedMedicines.length > 0 ? (
        <>
          <h4>Medicines with no date (add them to the course with their dates)</h4>
          <ul className="fhir-review__undated">
            {undatedMedicines.map((m, i) => (
              <li key={`${m.what}-${i}`}>
                {m.what || m.drugs.join(' + ')}{' '}
                <span className="fhir-review__sources">({m.sources.join(', ')})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {record.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table fhir-review__record">
            <thead>
              <tr>
                <th scope="col">Fact</th>
                <th scope="col">Value</th>
                <th scope="col">Date</th>
                <th scope="col">From</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {record.map((r, i) => (
                <tr key={`${r.label}-${r.value}-${i}`}>
                  <th scope="row">{r.label}</th>
                  <td>{r.value}</td>
                  <td>{r.date ?? '—'}</td>
                  <td className="fhir-review__sources">{r.sources.join(', ')}</td>
                  <td>{r.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

function FindingRow({
  finding,
  value,
  onChange,
}: {
  finding: PatientFinding;
  value: string | number | undefined;
  onChange: (raw: string) => void;
}) {
  const label = fieldLabels[finding.field];
  const options = choices[finding.field];
  return (
    <tr className={finding.needsCheck ? 'needs-check' : undefined}>
      <th scope="row">
        {label}
        {finding.needsCheck ? <span className="badge badge--check">Check</span> : null}
      </th>
      <td>
        {options ? (
          <select
            aria-label={label}
            value={String(value)}
            onChange={(e) => onChange(e.target.value)}
          >
            {options.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        ) : finding.field === 'ecog' ? (
          <select
            aria-label={label}
            value={value === undefined ? '' : String(value)}
            onChange={(e) => onChange(e.target.value)}
          >
            <option value="">not recorded</option>
            {[0, 1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        ) : (
          <input
            aria-label={label}
            type="number"
            min={18}
            max={120}
            value={value === undefined ? '' : String(value)}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
      </td>
      <td className="fhir-review__sources">{finding.sources.join(', ') || '—'}</td>
      <td>
        {finding.earlier.length > 0
          ? finding.earlier
              .map((e) => `${e.value}${e.date ? ` (${e.date})` : ''} from ${e.source}`)
              .join('; ')
          : '—'}
      </td>
      <td>{finding.note ?? ''}</td>
    </tr>
  );
}
