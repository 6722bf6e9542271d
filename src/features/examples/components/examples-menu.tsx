import { useId, useState } from 'react';
import { blankCase } from '../../../domain/index.ts';
import { useCaseSession } from '../../../session/case-session.tsx';
import { exampleCases } from '../example-cases.ts';

/**
 * Opens a bundled example or a blank case. Choosing in the list only selects: the case opens on
 * the "Open" button, because arrow keys in a closed select change its value, and loading on every
 * change would replace the open case while the user is still looking through the list.
 */
export function ExamplesMenu() {
  const { load } = useCaseSession();
  const id = useId();
  const [choice, setChoice] = useState('');
  const open = () => {
    if (choice === 'blank') load(blankCase());
    const example = exampleCases.find((x) => x.id === choice);
    if (example) load(example.caseFile);
    setChoice('');
  };
  return (
    <form
      className="examples-menu"
      onSubmit={(e) => {
        e.preventDefault();
        open();
      }}
    >
      <label htmlFor={id}>Case to open</label>
      <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">an example or a new case…</option>
        <option value="blank">New blank case</option>
        {exampleCases.map((x) => (
          <option key={x.id} value={x.id}>
            Example: {x.title}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary" disabled={choice === ''}>
        Open
      </button>
    </form>
  );
}
