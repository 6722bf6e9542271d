import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { CaseFile } from '../src/domain/index.ts';
import { CaseSessionProvider } from '../src/session/case-session.tsx';

/** Renders UI inside a case session, as the app does. */
export function renderWithCase(ui: ReactNode, caseFile: CaseFile) {
  return render(<CaseSessionProvider initialCase={caseFile}>{ui}</CaseSessionProvider>);
}
