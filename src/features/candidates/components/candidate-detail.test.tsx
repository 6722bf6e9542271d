// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildCase } from '../../../../test/fixtures/case-builder.ts';
import { knowledge } from '../../../../test/knowledge.ts';
import { renderApp } from '../../../../test/render.tsx';
import {
  recommendCase,
  tierDefinitions,
  type CaseEventInput,
  type Patient,
  type Recommendation,
} from '../../../domain/index.ts';
import { CandidateDetail } from './candidate-detail.tsx';
import { CandidatesPanel } from './candidates-panel.tsx';

function recommendationFor(patient: Partial<Patient>, events: CaseEventInput[]): Recommendation {
  const result = recommendCase(buildCase(patient, events), knowledge);
  if (!result.ok) throw new Error('invalid case');
  return result.recommendation;
}
const candidateOf = (r: Recommendation, id: string) => {
  const found = r.candidates.find((c) => c.id === id);
  if (!found) throw new Error(`${id} missing`);
  return found;
};

describe('CandidateDetail', () => {
  it('quotes the documents’ own words for every source, with document, title and heading', () => {
    const r = recommendationFor({}, [
      { date: '2025-01-10', type: 'metastases', sites: [{ site: 'bone', count: 2 }] },
    ]);
    const ai = candidateOf(r, 'aromatase-inhibitor');
    render(<CandidateDetail candidate={ai} />);
    const sources = screen.getByRole('heading', { name: 'What the documents say' }).parentElement!;
    const quotes = within(sources).getAllByRole('blockquote');
    expect(quotes.map((q) => q.textContent)).toEqual(
      ai.sources.map((s) => (s.listItem ? `${s.quote} … ${s.listItem}` : s.quote)),
    );
    expect(within(sources).getAllByText(/Treatments for metastatic breast cancer/).length).toBe(
      ai.sources.filter((s) => s.doc === '003').length,
    );
  });

  it('says why the tier is what it is: the definition, the sentence and any limit', () => {
    const r = recommendationFor({}, [
      { date: '2025-01-10', type: 'metastases', sites: [{ site: 'bone', count: 2 }] },
    ]);
    const tamoxifen = candidateOf(r, 'tamoxifen');
    render(<CandidateDetail candidate={tamoxifen} />);
    expect(screen.getByRole('heading', { name: 'Why “Alternative”' })).toBeInTheDocument();
    expect(screen.getByText(tierDefinitions.alternative)).toBeInTheDocument();
    expect(
      screen.getByText(/^At most “Alternative”: 003, the newest document/),
    ).toBeInTheDocument();
  });

  it('shows the findings a candidate rests on when they are not recorded', () => {
    const r = recommendationFor({}, [
      { date: '2025-01-10', type: 'metastases', sites: [{ site: 'liver', count: 2 }] },
    ]);
    render(<CandidateDetail candidate={candidateOf(r, 'chemotherapy-single-agent')} />);
    expect(screen.getByText('Rests on findings not recorded.')).toBeInTheDocument();
    expect(
      screen.getByText('the liver metastases cause symptoms (symptoms not recorded)'),
    ).toBeInTheDocument();
  });

  it('marks spinal cord compression urgent, with the sentence naming surgery for it', () => {
    const r = recommendationFor({}, [
      {
        date: '2025-01-10',
        type: 'metastases',
        sites: [{ site: 'bone', count: 2, complications: ['spinal-cord-compression'] }],
      },
    ]);
    const surgery = candidateOf(r, 'surgery-bone');
    render(<CandidateDetail candidate={surgery} />);
    const urgent = screen.getByRole('region', { name: 'Urgent' });
    expect(within(urgent).getByText(surgery.urgent!.text)).toBeInTheDocument();
    expect(urgent.querySelector('[data-sentence="003/surgery/5"]')).not.toBeNull();
  });

  it('shows a recorded PD-L1 result beside atezolizumab and the tool’s own rules as its own', () => {
    const r = recommendationFor({ er: 'negative', pr: 'negative', pdl1: 'negative' }, [
      {
        date: '2025-01-10',
        type: 'metastases',
        sites: [
          { site: 'bone', count: 2, symptomatic: true },
          { site: 'liver', count: 3, symptomatic: true },
          { site: 'lung', count: 2, symptomatic: false },
        ],
      },
    ]);
    render(<CandidateDetail candidate={candidateOf(r, 'atezolizumab-nab-paclitaxel')} />);
    expect(screen.getByText(/^PD-L1 recorded as negative\./)).toBeInTheDocument();
    cleanup();
    render(<CandidateDetail candidate={candidateOf(r, 'chemotherapy-combination')} />);
    expect(screen.getAllByText('The tool’s own rule, not the documents’:').length).toBe(2);
    expect(screen.getByText(/Never two of one family together/)).toBeInTheDocument();
  });
});

describe('CandidatesPanel', () => {
  it('lists drugs named without criteria apart, unranked, and explains the tiers', () => {
    renderApp(<CandidatesPanel />, {
      caseFile: buildCase({ her2: 'positive' }, [
        { date: '2025-01-10', type: 'metastases', sites: [{ site: 'bone', count: 2 }] },
      ]),
    });
    const named = screen.getByRole('region', {
      name: 'Named for this subtype without a regimen or line (not ranked)',
    });
    for (const drug of ['trastuzumab deruxtecan', 'tucatinib', 'neratinib', 'margetuximab']) {
      expect(within(named).getByText(drug)).toBeInTheDocument();
      expect(
        document.querySelector(`tr[data-candidate] [data-column="label"]`)?.textContent,
      ).not.toMatch(drug);
    }
    expect(screen.getByText(tierDefinitions.preferred)).toBeVisible();
    expect(
      [...document.querySelectorAll('.tier-legend dfn')].map((dfn) => dfn.textContent),
    ).toEqual(['Preferred', 'Alternative', 'Consider']);
  });

  it('gives every note its sources, quoted on demand', async () => {
    const user = userEvent.setup();
    renderApp(<CandidatesPanel />, {
      caseFile: buildCase({ pr: 'unknown', her2: 'unknown' }, [
        { date: '2025-01-10', type: 'metastases', sites: [{ site: 'bone', count: 2 }] },
      ]),
    });
    const note = screen.getByText(/^PR, HER2 unknown: the results are essential/).closest('li')!;
    const summary = note.querySelector('summary')!;
    expect(summary).toHaveTextContent('001 Treatment Strategies');
    await user.click(summary);
    expect(note.querySelector('details[open] blockquote')?.textContent?.length).toBeGreaterThan(20);
  });
});
