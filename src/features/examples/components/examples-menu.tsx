import { useId } from 'react';
import { useCaseSession } from '../../../session/case-session.tsx';
import { exampleCases } from '../example-cases.ts';
import { blankCase } from '../../../domain/index.ts';

/** Opens a bundled example or a blank case. */
export function ExamplesMenu() {
  const { load } = useCaseSession();
  const id = useId();
  return (
    <div className="examples-menu">
      <label htmlFor={id}>Open</label>
      <select
        id={id}
        value=""
        onChange={(e) => {
          if (e.target.value === 'blank') load(blankCase());
          const example = exampleCases.find((x) => x.id === e.target.value);
          if (example) load(example.caseFile);
        }}
      >
        <option value="">an example or a new case…</option>
        <option value="blank">New blank case</option>
        {exampleCases.map((x) => (
          <option key={x.id} value={x.id}>
            Example: {x.title}
          </option>
        ))}
      </select>
    </div>
  );
}
