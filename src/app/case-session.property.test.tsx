// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { modelPatient, validEventLog } from '../../test/arbitraries/case-events.ts';
import { CourseStateBanner } from './course-state-banner.tsx';
import { CandidatesPanel } from '../features/candidates/components/candidates-panel.tsx';
import {
  caseFormat,
  describeCourseState,
  recommendCase,
  replayCase,
  type CaseFile,
} from '../domain/index.ts';
import { formatDate } from '../lib/format.ts';
import { CaseSessionProvider, useCaseSession, type CaseSession } from '../session/case-session.tsx';
import { knowledge } from '../../test/knowledge.ts';

afterEach(cleanup);

/** Hands the live session to the test, so events go in through the app's own append. */
function Probe({ onSession }: { onSession: (session: CaseSession) => void }) {
  onSession(useCaseSession());
  return null;
}

describe('the screen agrees with the recommend command', () => {
  it('shows the same state, line and candidates for random courses entered event by event', () => {
    fc.assert(
      fc.property(validEventLog(25), (log) => {
        const empty: CaseFile = { format: caseFormat, patient: modelPatient, events: [] };
        let session: CaseSession | undefined;
        render(
          <CaseSessionProvider initialCase={empty}>
            <Probe onSession={(s) => (session = s)} />
            <CourseStateBanner />
            <CandidatesPanel />
          </CaseSessionProvider>,
        );
        for (const event of log) {
          act(() => {
            const result = session?.append(event);
            expect(result?.ok).toBe(true);
          });
        }
        const caseFile = { ...empty, events: log };
        const expected = recommendCase(caseFile, knowledge);
        if (!expected.ok) throw new Error('generated log refused by the command');
        const state = describeCourseState(replayCase(caseFile).snapshot, formatDate);
        expect(screen.getByTestId('course-state')).toHaveTextContent(state);
        expect(screen.getByRole('heading', { name: /^Candidates for line/ })).toHaveTextContent(
          `Candidates for line ${expected.recommendation.line}`,
        );
        const shown = Array.from(document.querySelectorAll('tr[data-candidate]')).map((row) =>
          row.getAttribute('data-candidate'),
        );
        expect(shown).toEqual(expected.recommendation.candidates.map((c) => c.id));
        cleanup();
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
