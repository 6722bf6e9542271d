import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { StrictMode, type ComponentProps, type ReactNode } from 'react';
import { blankCase, type CaseFile } from '../src/domain/index.ts';
import { CaseSessionProvider } from '../src/session/case-session.tsx';
import { testQueryClient } from './query-client.ts';

export interface RenderAppOptions extends Omit<
  ComponentProps<typeof CaseSessionProvider>,
  'initialCase' | 'children'
> {
  /** The open case; a blank one when not given. */
  readonly caseFile?: CaseFile;
}

/**
 * Renders UI inside the app's providers as src/main.tsx and src/app/app.tsx set them up:
 * strict mode, the query client (this test's) and a case session (in memory unless a `store`
 * is given). The providers stay around the UI on `rerender`.
 */
export function renderApp(ui: ReactNode, { caseFile, ...session }: RenderAppOptions = {}) {
  const client = testQueryClient();
  const initialCase = caseFile ?? blankCase();
  function Providers({ children }: { children: ReactNode }) {
    return (
      <StrictMode>
        <QueryClientProvider client={client}>
          <CaseSessionProvider initialCase={initialCase} {...session}>
            {children}
          </CaseSessionProvider>
        </QueryClientProvider>
      </StrictMode>
    );
  }
  return { queryClient: client, ...render(ui, { wrapper: Providers }) };
}
