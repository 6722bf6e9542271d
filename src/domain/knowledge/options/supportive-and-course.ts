import { always, any, currentRegimen, not } from '../condition.ts';
import type { RegimenOption } from '../option.ts';
import { d001, d002, d003, d004 } from '../sentences.ts';
import {
  atAnyPoint,
  detail,
  namesIt,
  offers,
  primary,
  qualified,
  situationalByFormat,
} from './cite.ts';

/**
 * Options about the course rather than a drug: palliative care, hospice, clinical trials, a
 * second opinion, and continuing, pausing or resuming the line that is running.
 */

/**
 * "Continue while it works": the hormone-therapy sentence for a line with hormone therapy, the
 * chemotherapy sentences for a line with chemotherapy (a line with neither cites both).
 */
const withHormone = currentRegimen({ modality: 'endocrine' });
const withChemotherapy = currentRegimen({ modality: 'chemotherapy' });
const whileItWorks = [
  primary(d001.continueHormoneWhileControlled, any(withHormone, not(withChemotherapy))),
  primary(d001.continueChemotherapyWhileControlled, any(withChemotherapy, not(withHormone))),
  offers(d003.chemotherapyWhileResponding, any(withChemotherapy, not(withHormone))),
];

export const supportiveAndCourseOptions: readonly RegimenOption[] = [
  {
    id: 'continue-current-line',
    label: 'Continue the current line',
    group: 'continue-current-line',
    components: [],
    condition: always,
    support: [...whileItWorks],
    offeredIn: ['on-line'],
    rationale:
      'Treatment continues for as long as the disease is not growing and the side effects are tolerable; a new line is chosen on progression or intolerance.',
    expectedWhenFailing: false,
  },
  {
    id: 'resume-current-line',
    label: 'Resume the current line after the break',
    group: 'resume-current-line',
    components: [],
    condition: always,
    // Resuming is continuing the line that was working; the break sentences are its context.
    support: [
      ...whileItWorks,
      detail(d001.prosAndConsOfInterrupting, 'situational'),
      detail(d004.breakCanBeScheduled, 'offered'),
    ],
    offeredIn: ['on-break'],
    rationale:
      'A planned break interrupts the treatment that is running; the documents describe breaks as interruptions to discuss, not as the end of the treatment.',
    expectedWhenFailing: false,
  },
  {
    id: 'treatment-break',
    label: 'Planned treatment break',
    group: 'treatment-break',
    modality: 'supportive',
    components: [],
    condition: always,
    support: [
      offers(d004.breakCanBeScheduled),
      offers(d004.breakToRest),
      qualified(d004.talkAboutBreak),
      qualified(d001.mayNeedABreak),
      qualified(d001.prosAndConsOfInterrupting),
    ],
    tierLimits: [situationalByFormat],
    offeredIn: ['on-line'],
    rationale:
      'A break can be scheduled around important events or to rest from side effects, after discussing the pros and cons with the team.',
    expectedWhenFailing: false,
  },
  {
    id: 'hospice',
    label: 'Hospice care',
    group: 'hospice',
    modality: 'supportive',
    components: [],
    condition: always,
    support: [
      primary(d001.hospiceStronglyEncouraged),
      namesIt(d001.hospiceAtHomeOrCentre),
      qualified(d003.careWithoutTreatingCancer),
      detail(d003.whyNoTreatment),
      offers(d003.teamHelpsChooseCare),
    ],
    // Not lowered like other supportive care: once treatment is stopped it is the one thing the
    // documents recommend (001 "strongly encouraged"), so it is preferred in that state.
    offeredIn: ['supportive-care'],
    rationale:
      'After choosing to stop anti-cancer treatment, hospice care (at home or in a centre) focuses on symptoms and on support for the patient and family.',
    expectedWhenFailing: false,
  },
  {
    id: 'palliative-care',
    label: 'Palliative care',
    group: 'palliative-care',
    modality: 'supportive',
    components: [],
    condition: always,
    support: [
      qualified(d001.palliativeCareEarly),
      namesIt(d001.palliativeAlongsideTreatment),
      namesIt(d001.palliativeCareIs),
      detail(d002.sideEffectsTreatable, 'offered'),
    ],
    tierLimits: [situationalByFormat],
    offeredIn: atAnyPoint,
    rationale:
      'Care for symptoms and side effects alongside any treatment, best started early; it improves quality of life and may lengthen it.',
    expectedWhenFailing: false,
  },
  {
    id: 'clinical-trial',
    label: 'Clinical trial',
    group: 'clinical-trial',
    modality: 'trial',
    components: [],
    condition: always,
    support: [
      offers(d001.clinicalTrialCandidate),
      namesIt(d003.trialsOpen),
      offers(d002.trialsGiveNewDrugs),
      detail(d002.manyEnrolInTrials),
      detail(d003.trialsLookAtNewWays),
      offers(d004.askAboutTrial),
      offers(d004.askAboutNearbyTrial),
    ],
    tierLimits: [situationalByFormat],
    offeredIn: ['intake', 'choosing-line', 'on-line', 'on-break'],
    rationale:
      'A clinical trial can give access to newer treatments; ask whether one is open nearby.',
    expectedWhenFailing: false,
  },
  {
    id: 'second-opinion',
    label: 'Second opinion',
    group: 'second-opinion',
    modality: 'supportive',
    components: [],
    condition: always,
    support: [qualified(d001.secondOpinion), namesIt(d001.expertsDiffer)],
    tierLimits: [situationalByFormat],
    offeredIn: ['intake', 'choosing-line'],
    rationale:
      'Experts can differ on the best plan; a second opinion from a doctor experienced in advanced breast cancer helps the decision.',
    expectedWhenFailing: false,
  },
];
