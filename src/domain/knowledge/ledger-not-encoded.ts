import { inSection, type SentenceRef } from './documents/sentence-ref.ts';
import type { DocumentId } from './sources.ts';

/**
 * The sentences of the five documents the knowledge base deliberately does not encode, each with
 * the reason. With the references of options, conflicts, notes and drugs (references.ts), every
 * sentence of the documents is accounted for: `npm run kb:ledger` prints the whole ledger and a
 * test fails when a sentence is neither used nor explained here.
 */

export type LedgerReason =
  | 'page'
  | 'background'
  | 'mechanism'
  | 'general'
  | 'general-advice'
  | 'goal'
  | 'factor-in-case'
  | 'not-modelled'
  | 'restated'
  | 'research'
  | 'administration';

export const ledgerReasons: Readonly<
  Record<LedgerReason, { readonly label: string; readonly aboutTreatment: boolean }>
> = {
  page: { label: 'page furniture (titles, dates, links, references)', aboutTreatment: false },
  background: { label: 'background on the disease', aboutTreatment: false },
  mechanism: { label: 'how a treatment works', aboutTreatment: false },
  general: { label: 'general statement that selects no option', aboutTreatment: true },
  'general-advice': { label: 'general advice to the patient', aboutTreatment: true },
  goal: { label: 'aims or outlook of treatment', aboutTreatment: true },
  'factor-in-case': {
    label: 'a factor of the choice, read through the case fields',
    aboutTreatment: true,
  },
  'not-modelled': { label: 'a factor the case has no field for', aboutTreatment: true },
  restated: { label: 'repeats a sentence that is used', aboutTreatment: true },
  research: { label: 'research, no treatment claim (outdated)', aboutTreatment: true },
  administration: {
    label: 'how treatment is given (dosing, schedules: not given by the tool)',
    aboutTreatment: true,
  },
};

export interface NotEncoded {
  readonly ref: SentenceRef;
  readonly reason: LedgerReason;
  readonly why: string;
}

function explain(
  doc: DocumentId,
  section: string,
  reason: LedgerReason,
  why: string,
  sentences: ReadonlyArray<readonly [number, string]>,
): NotEncoded[] {
  const at = inSection(doc, section);
  return sentences.map(([n, fingerprint]) => ({ ref: at(n, fingerprint), reason, why }));
}

export const notEncoded: readonly NotEncoded[] = [
  ...explain(
    '000',
    'Advanced Breast Cancer Treatment',
    'page',
    'the page title repeated in lower case',
    [[1, 'd66822']],
  ),
  ...explain(
    '000',
    'Advanced Breast Cancer Treatment',
    'general',
    'systemic treatment, alone or combined, is the basis of treatment: true of every systemic option, so it selects none',
    [
      [2, '1b1518'],
      [3, 'dd0fc5'],
      [8, 'c482a8'],
      [9, '5d3416'],
    ],
  ),
  ...explain(
    '000',
    'Advanced Breast Cancer Treatment',
    'background',
    'describes where the disease spreads, not a treatment',
    [
      [5, '1be956'],
      [6, '9886ef'],
      [7, '6cb47c'],
    ],
  ),
  ...explain('000', 'Advanced Breast Cancer Treatment', 'mechanism', 'how the therapies work', [
    [10, '53e40e'],
  ]),
  ...explain(
    '000',
    'Advanced Breast Cancer Treatment',
    'goal',
    'the aims of treatment (relieve symptoms, prolong life; incurable): no choice between options follows',
    [
      [11, '01bd80'],
      [12, '7554c2'],
    ],
  ),
  ...explain(
    '000',
    'Systemic Therapies as Advanced Breast Cancer Treatment',
    'factor-in-case',
    'drugs are chosen by HER2 and hormone-receptor status: every option condition reads both',
    [[1, 'f282e6']],
  ),
  ...explain('000', 'ER-negative or PR-negative Cancers', 'page', 'image credit and posting date', [
    [8, 'eb3b2b'],
    [9, 'fa26f3'],
  ]),
  ...explain('001', 'Treatment Strategies', 'general', 'several options exist: no choice follows', [
    [1, '746c8a'],
  ]),
  ...explain(
    '001',
    'Treatment Strategies',
    'factor-in-case',
    'a factor of the choice the case records (sites and their number, earlier treatment and response) and option conditions read',
    [
      [4, '8c9a21'],
      [7, '453cde'],
    ],
  ),
  ...explain(
    '001',
    'Treatment Strategies',
    'not-modelled',
    'the pace of the disease: the case has no field for it; the combination-chemotherapy option says that rapid growth is a judgement the tool does not see',
    [[6, 'f7a7a5']],
  ),
  ...explain(
    '001',
    'Treatment Strategies',
    'factor-in-case',
    'receptor results decide the treatment: every option condition reads them, and unknown results are noted',
    [[8, 'f4b03f']],
  ),
  ...explain(
    '001',
    'Treatment Strategies',
    'background',
    'what a positive receptor test means biologically',
    [
      [9, '206dfc'],
      [10, 'c5a9e9'],
    ],
  ),
  ...explain(
    '001',
    'Treatment Strategies',
    'general',
    'a plan may combine systemic therapies: true of every combination option, selects none',
    [[12, 'ac91c8']],
  ),
  ...explain('001', 'Hormone Therapy', 'mechanism', 'how hormone therapy works', [[2, 'a77187']]),
  ...explain(
    '001',
    'Hormone Therapy',
    'general-advice',
    'the doctor and patient choose together / discuss side effects',
    [
      [4, 'd4a15d'],
      [11, '78577c'],
    ],
  ),
  ...explain('001', 'Table 1. Common Hormone Therapy Options', 'page', 'the table header row', [
    [1, 'c6cb94'],
  ]),
  ...explain(
    '001',
    'Table 1. Common Hormone Therapy Options',
    'restated',
    'a row the table repeats word for word (rows 2 and 4 are used)',
    [
      [8, '3a0aa2'],
      [10, '2d8eab'],
    ],
  ),
  ...explain('001', 'Targeted Therapy', 'mechanism', 'the goal and mechanism of targeted therapy', [
    [1, 'b09d6f'],
  ]),
  ...explain('001', 'Targeted Therapy', 'mechanism', 'how PARP inhibitors work', [
    [6, 'eba499'],
    [7, '03b3fd'],
    [8, '090784'],
  ]),
  ...explain('001', 'Table 2. Targeted Therapy Options', 'page', 'the table header row', [
    [1, '951f19'],
  ]),
  ...explain(
    '001',
    'Resistance to Treatment',
    'background',
    'what resistance is and why it happens',
    [
      [1, 'b6aa5e'],
      [2, '89f18c'],
      [3, '366179'],
    ],
  ),
  ...explain(
    '001',
    'Resistance to Treatment',
    'research',
    'research on resistance and drug order: no treatment claim',
    [
      [5, 'f91844'],
      [6, '4f714c'],
    ],
  ),
  ...explain('001', 'Palliative Treatment', 'page', 'a link', [[3, '30cb60']]),
  ...explain(
    '001',
    'Palliative Treatment',
    'general',
    'palliative care is not hospice / who the team is: the palliative-care and hospice options are distinct already',
    [
      [4, '01385c'],
      [6, 'f54c51'],
    ],
  ),
  ...explain(
    '001',
    'Palliative Treatment',
    'mechanism',
    'how immunotherapy and checkpoint inhibitors work',
    [
      [8, '8535df'],
      [11, '04e42c'],
      [12, '7dcf19'],
      [13, 'd6693b'],
    ],
  ),
  ...explain(
    '001',
    'Palliative Treatment',
    'research',
    'immunotherapy under investigation in breast cancer (001 predates the approvals; the trials-only position is cited through sentence 7 in a conflict)',
    [
      [9, '1fce34'],
      [10, 'a8088f'],
      [14, 'ebdf08'],
    ],
  ),
  ...explain(
    '001',
    'Choosing the Right Path for Yourself',
    'general-advice',
    "the burden of treatment and that the decision is the patient's: shown by the tool's notice, not an option",
    [
      [1, 'fdc33d'],
      [4, '561bfa'],
      [5, '204eab'],
      [6, '9d057c'],
    ],
  ),
  ...explain('001', 'Additional Resources', 'page', 'navigation and newsletter links', [
    [1, 'cf348d'],
    [2, '2d6fa4'],
    [3, 'cee2f3'],
    [4, '23e183'],
    [5, '7bae0b'],
  ]),
  ...explain(
    '002',
    'Stage 4 Breast Cancer Treatment Options',
    'page',
    'review date (recorded in the source list)',
    [[1, 'c3f734']],
  ),
  ...explain(
    '002',
    'Stage 4 Breast Cancer Treatment Options',
    'background',
    'what stage 4 means and where it spreads',
    [
      [2, '2e4318'],
      [3, 'f8c834'],
      [4, '92f0d2'],
    ],
  ),
  ...explain(
    '002',
    'Stage 4 Breast Cancer Treatment Options',
    'goal',
    'outlook and aims of treatment: no choice follows',
    [
      [6, '03b709'],
      [7, '75c24c'],
      [8, '1b3f23'],
    ],
  ),
  ...explain('002', 'Chemotherapy', 'goal', 'chemotherapy delays progression: no choice follows', [
    [2, '8c9b52'],
  ]),
  ...explain(
    '002',
    'Chemotherapy',
    'administration',
    'forms and schedules of giving chemotherapy: the tool gives no doses or schedules',
    [
      [4, 'c652ef'],
      [5, '14c33b'],
      [6, 'e1e732'],
    ],
  ),
  ...explain('002', 'Hormone therapy', 'mechanism', 'how hormones and hormone therapy act', [
    [2, '995210'],
    [3, '7448c0'],
  ]),
  ...explain(
    '002',
    'Targeted therapy',
    'general',
    'targeted therapy is a more recent option: selects none',
    [[1, '5362da']],
  ),
  ...explain('002', 'Targeted therapy', 'background', 'how common HER2-positive disease is', [
    [2, '6c0788'],
  ]),
  ...explain('002', 'Targeted therapy', 'mechanism', 'how trastuzumab works', [[4, '261807']]),
  ...explain('002', 'Immunotherapy', 'mechanism', 'how immunotherapy works', [[1, 'd2f24a']]),
  ...explain(
    '002',
    'Stage 4 Breast Cancer Treatment Options',
    'general-advice',
    'talk with your doctor about trials',
    [[14, '2cda2b']],
  ),
  ...explain('002', 'Referenced on 25.3.2021', 'page', 'reference list and links to other posts', [
    [1, '04953e'],
    [2, '96d550'],
    [3, '6cc2ab'],
    [4, '5fb242'],
    [5, 'a4942a'],
    [6, '65824d'],
    [7, '41e598'],
    [8, '7fa371'],
    [9, '68730f'],
    [10, 'eb4e4b'],
    [11, 'c7170e'],
    [12, '4aac23'],
    [13, '608a26'],
    [14, '2251e0'],
    [15, '3e254d'],
    [16, '74b279'],
  ]),
  ...explain(
    '003',
    'Treatments for metastatic breast cancer',
    'page',
    'a review-date label without a date',
    [[1, '92bd44']],
  ),
  ...explain(
    '003',
    'Treatments for metastatic breast cancer',
    'background',
    'what metastatic and recurrent disease mean (presentation is a case field)',
    [
      [2, '16aa58'],
      [3, 'b927ba'],
      [4, '5aefd8'],
    ],
  ),
  ...explain(
    '003',
    'Treatments for metastatic breast cancer',
    'general-advice',
    'the team suggests a plan with the patient',
    [[5, 'da022b']],
  ),
  ...explain(
    '003',
    'Treatments for metastatic breast cancer',
    'factor-in-case',
    'a factor of the choice the case records (receptor status, HER2 status, sites) and option conditions read',
    [
      [7, '3229f5'],
      [8, 'f1d482'],
      [11, '1b82b1'],
    ],
  ),
  ...explain(
    '003',
    'Treatments for metastatic breast cancer',
    'not-modelled',
    'genetic changes other than BRCA: the case records only BRCA, which the PARP option reads',
    [[9, '92a6fd']],
  ),
  ...explain(
    '003',
    'Treatments for metastatic breast cancer',
    'not-modelled',
    "medical problems and the patient's preference: the case has no fields for them; decisions record the choice made",
    [
      [14, '5d9aaf'],
      [15, '6e1a35'],
    ],
  ),
  ...explain('003', 'Hormone therapy', 'page', 'a "find out more" link', [[10, '14b255']]),
  ...explain(
    '003',
    'Chemotherapy',
    'restated',
    'repeats sentence 4 of the section (used by the continue-current-line option)',
    [[8, 'e76bcf']],
  ),
  ...explain('003', 'Chemotherapy', 'page', 'a "find out more" link', [[19, '354858']]),
  ...explain(
    '003',
    'Targeted therapy',
    'factor-in-case',
    'the targeted drug depends on the drugs already had and the receptor status: the anti-HER2 and targeted option conditions read earlier treatment, progression and receptors',
    [[2, 'df5ef5']],
  ),
  ...explain('003', 'Targeted therapy', 'page', 'a "find out more" link', [[22, 'f1d5ac']]),
  ...explain('003', 'Radiation therapy', 'page', 'a "find out more" link', [[9, '0bae42']]),
  ...explain('003', 'Surgery', 'page', 'a "find out more" link', [[6, '3d1d7f']]),
  ...explain('003', 'Clinical trials', 'page', 'a "find out more" link', [[3, '97824f']]),
  ...explain(
    '003',
    "If you can’t have or don't want cancer treatment",
    'general-advice',
    'other reasons, talk to the team',
    [
      [3, 'fc41a2'],
      [4, '157a86'],
    ],
  ),
  ...explain('003', 'Expert review and references', 'page', 'reviewers and references', [
    [1, '57f6fb'],
    [2, '957fe7'],
    [3, '341a97'],
    [4, '675627'],
    [5, '40e37b'],
    [6, '476afb'],
    [7, '034bf5'],
    [8, '20f752'],
    [9, '6525e8'],
    [10, '49749e'],
    [11, '58426f'],
    [12, '47d9e4'],
    [13, '1124bf'],
  ]),
  ...explain('003', 'Medical disclaimer', 'page', 'disclaimer and contact line', [
    [1, '6567b6'],
    [2, 'a78a97'],
    [3, 'cd4aa6'],
    [4, '2aa05c'],
    [5, 'd788cb'],
  ]),
  ...explain('004', 'Metastatic breast cancer treatment', 'goal', 'aims and outlook of treatment', [
    [1, 'a8227b'],
    [3, 'fdb00f'],
    [5, '6e112d'],
  ]),
  ...explain(
    '004',
    'Metastatic breast cancer treatment',
    'general-advice',
    'the plan is decided with the patient',
    [[2, '8ef9ab']],
  ),
  ...explain(
    '004',
    'Metastatic breast cancer treatment',
    'general',
    'choices change as resistance develops: the course log and progression events carry this',
    [[4, '6d4d6c']],
  ),
  ...explain('004', 'Types of metastatic breast cancer treatment', 'page', 'introduces the page', [
    [1, 'acccc5'],
    [2, '725170'],
  ]),
  ...explain(
    '004',
    'Types of metastatic breast cancer treatment',
    'general',
    'plans differ from person to person: selects none',
    [[3, 'f98104']],
  ),
  ...explain(
    '004',
    'Types of metastatic breast cancer treatment',
    'factor-in-case',
    'a factor of the choice the case records (biology, sites, symptoms, history, earlier treatment) and option conditions read',
    [
      [4, '6701e5'],
      [5, '573df9'],
      [6, 'bd2682'],
      [7, '364fc6'],
      [8, 'f93408'],
    ],
  ),
  ...explain('004', 'Hormonal therapy', 'mechanism', 'how hormonal therapy works', [[1, 'ff0f66']]),
  ...explain('004', 'Hormonal therapy', 'page', 'a "read more" link', [[3, '6d513b']]),
  ...explain('004', 'Chemotherapy', 'mechanism', 'what chemotherapy does', [[1, 'f7c1b0']]),
  ...explain('004', 'Chemotherapy', 'page', 'a "read more" link', [[4, '0c9d4c']]),
  ...explain('004', 'Radiation therapy', 'mechanism', 'how radiation works', [
    [1, '57aaa6'],
    [2, 'f0d699'],
  ]),
  ...explain('004', 'Radiation therapy', 'page', 'a "read more" link', [[5, 'ba85cb']]),
  ...explain('004', 'Targeted therapy', 'mechanism', 'what targeted therapy is', [[1, 'a0bdd7']]),
  ...explain(
    '004',
    'Targeted therapy',
    'general',
    'targeted therapy may have fewer side effects: no document uses it to rank an option',
    [[2, '1f8e49']],
  ),
  ...explain(
    '004',
    'Targeted therapy',
    'general',
    'targeted therapy can help other treatments: true of every combination, selects none',
    [[3, 'de27cd']],
  ),
  ...explain('004', 'Targeted therapy', 'page', 'a "read more" link', [[4, '272c4f']]),
  ...explain('004', 'Immunotherapy', 'mechanism', 'how immunotherapy works', [
    [1, '844978'],
    [2, 'a8a502'],
  ]),
  ...explain('004', 'Immunotherapy', 'page', 'a "read more" link', [[4, '12da80']]),
  ...explain(
    '004',
    'Taking breaks from treatment',
    'general-advice',
    'why a break might be wanted (the break option cites sentences 2 to 4)',
    [[1, '07cf7b']],
  ),
  ...explain(
    '004',
    'Questions to ask before starting treatment',
    'general-advice',
    'introduces questions for the doctor',
    [[1, '454b91']],
  ),
  ...explain(
    '004',
    'Questions to ask before starting treatment',
    'general-advice',
    'a question to ask the doctor (the two on trials are cited by the clinical-trial option)',
    [
      [5, '2190ba'],
      [6, '3f5111'],
      [7, '20ed0a'],
      [8, 'a9c9b0'],
      [9, 'c29d29'],
      [10, 'c33d03'],
      [11, 'ac2ca8'],
      [12, '428c6d'],
      [13, '39baff'],
      [14, '9adc13'],
      [15, 'b99733'],
      [16, '63bcfb'],
    ],
  ),
  ...explain('004', 'Questions to ask before starting treatment', 'page', 'a link', [
    [17, 'b8bdd3'],
  ]),
];
