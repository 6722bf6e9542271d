import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer rules of eslint.config.js, run on import lines at virtual paths: every boundary
 * refuses a forbidden import with its message, and the imports the layering allows pass.
 */

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: join(import.meta.dirname, '../..'),
    // The repository's config, without type information (the paths are not on disk) and with
    // only the rule under test, so each snippet lints in milliseconds.
    overrideConfig: { ...tseslint.configs.disableTypeChecked, files: ['**/*.{ts,tsx}'] },
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  });
});

async function restrictions(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`nothing linted for ${filePath}`);
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal).toEqual([]);
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const refused: readonly [boundary: string, file: string, code: string, message: string][] = [
  [
    'a feature imports another feature',
    'src/features/board/components/x.tsx',
    "import { downloadCase } from '../../library/download.ts';",
    'A feature does not import another feature (src/features/board → src/features/library)',
  ],
  [
    'a feature imports another feature from its own top folder',
    'src/features/board/x.ts',
    "import { shareLink } from '../library/share-link.ts';",
    'A feature does not import another feature',
  ],
  [
    'a feature imports the app',
    'src/features/events/components/x.tsx',
    "import { App } from '../../../app/app.tsx';",
    'src/app composes the layers below it',
  ],
  [
    'the session imports a feature',
    'src/session/x.ts',
    "import { downloadCase } from '../features/library/download.ts';",
    'src/session is below the features',
  ],
  [
    'the session imports the app',
    'src/session/library/x.ts',
    "import { initialCase } from '../../app/initial-case.ts';",
    'src/app composes the layers below it',
  ],
  [
    'the session imports a component',
    'src/session/x.tsx',
    "import { Citation } from '../components/ui/citation.tsx';",
    'src/session may not import UI components',
  ],
  [
    'a component imports a feature',
    'src/components/forms/x.tsx',
    "import { EventsPanel } from '../../features/events/components/events-panel.tsx';",
    'src/components is below the features',
  ],
  [
    'a component imports the app',
    'src/components/x.tsx',
    "export { App } from '../app/app.tsx';",
    'src/app composes the layers below it',
  ],
  [
    'a component imports the session',
    'src/components/ui/x.tsx',
    "import { useCaseSession } from '../../session/case-session.tsx';",
    "src/components may not import the open case's state",
  ],
  [
    'lib imports a feature',
    'src/lib/x.ts',
    "import { fhirConfig } from '../features/fhir/fhir-config.ts';",
    'src/lib is below the features',
  ],
  [
    'lib imports the session',
    'src/lib/x.ts',
    "import type { CaseSession } from '../session/case-session.tsx';",
    "src/lib may not import the open case's state",
  ],
  [
    'lib imports a component',
    'src/lib/x.ts',
    "import { Citation } from '../components/ui/citation.tsx';",
    'src/lib may not import UI components',
  ],
  [
    'the domain imports lib',
    'src/domain/engine/x.ts',
    "import { knowledge } from '../../lib/knowledge.ts';",
    'src/domain is the bottom layer and may not import src/lib',
  ],
  [
    'the domain imports the session',
    'src/domain/x.ts',
    "import { replayOf } from '../session/case-log.ts';",
    "src/domain may not import the open case's state",
  ],
  [
    'the domain imports a component',
    'src/domain/timeline/x.ts',
    "import { eventLabel } from '../../components/events/event-labels.ts';",
    'src/domain may not import UI components',
  ],
  [
    'the domain imports a feature',
    'src/domain/x.ts',
    "import { fhirConfig } from '../features/fhir/fhir-config.ts';",
    'src/domain is below the features',
  ],
  [
    'the domain imports React',
    'src/domain/engine/x.ts',
    "import { useMemo } from 'react';",
    'src/domain is pure TypeScript',
  ],
  [
    'the domain imports browser storage',
    'src/domain/x.ts',
    "import { openDB } from 'idb';",
    'src/domain is pure TypeScript',
  ],
  [
    'the domain does I/O',
    'src/domain/knowledge/x.ts',
    "import { readFileSync } from 'node:fs';",
    'src/domain does no I/O',
  ],
  [
    'the knowledge base imports the engine',
    'src/domain/knowledge/x.ts',
    "import { recommend } from '../engine/recommend.ts';",
    'may not import src/domain/engine',
  ],
  [
    'the knowledge base imports the engine from a subfolder',
    'src/domain/knowledge/options/x.ts',
    "import { regimenModality } from '../../engine/modality.ts';",
    'may not import src/domain/engine',
  ],
];

const allowed: readonly [what: string, file: string, code: string][] = [
  ['the app imports a feature', 'src/app/x.tsx', "import { X } from '../features/board/x.ts';"],
  [
    'a feature imports its own files',
    'src/features/board/components/x.tsx',
    "import { boardStore } from '../board-store.ts';",
  ],
  [
    'a feature imports lib, the session, components and the domain',
    'src/features/board/components/x.tsx',
    [
      "import { downloadCase } from '../../../lib/download.ts';",
      "import { useCaseSession } from '../../../session/case-session.tsx';",
      "import { Citation } from '../../../components/ui/citation.tsx';",
      "import { recommend } from '../../../domain/index.ts';",
    ].join('\n'),
  ],
  [
    'the session imports lib and the domain',
    'src/session/library/x.ts',
    "import { knowledge } from '../../lib/knowledge.ts';\nimport { replayCase } from '../../domain/index.ts';",
  ],
  [
    'a component imports lib',
    'src/components/ui/x.tsx',
    "import { formatDate } from '../../lib/format.ts';",
  ],
  ['lib imports the domain', 'src/lib/x.ts', "import type { CaseFile } from '../domain/index.ts';"],
  [
    'the engine imports the knowledge base',
    'src/domain/engine/x.ts',
    "import type { KnowledgeBase } from '../knowledge/index.ts';",
  ],
  [
    'a domain test reads a fixture',
    'src/domain/knowledge/x.test.ts',
    "import { readFileSync } from 'node:fs';",
  ],
];

describe('layer boundaries (eslint no-restricted-imports)', () => {
  it.each(refused)('refuses: %s', async (_boundary, file, code, message) => {
    const messages = await restrictions(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
  });

  it.each(allowed)('allows: %s', async (_what, file, code) => {
    expect(await restrictions(file, code)).toEqual([]);
  });
});
