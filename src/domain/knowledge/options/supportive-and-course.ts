import { always } from '../condition.ts';
import type { RegimenOption } from '../option.ts';
import { atAnyPoint, cite } from './cite.ts';

/**
 * Options about the course rather than a drug: palliative care, hospice, clinical trials, a
 * second opinion, and continuing, pausing or resuming the line that is running.
 */

export const supportiveAndCourseOptions: readonly RegimenOption[] = [
  {
    id: 'continue-current-line',
    label: 'Continue the current line',
    group: 'continue-current-line',
    components: [],
    condition: always,
    tier: 'preferred',
    offeredIn: ['on-line'],
    rationale:
      'Treatment continues for as long as the disease is not growing and the side effects are tolerable; a new line is chosen on progression or intolerance.',
    sources: [
      cite('001', 'Hormone Therapy'),
      cite('001', 'Common chemotherapy options'),
      cite('003', 'Chemotherapy'),
    ],
    expectedWhenFailing: false,
  },
  {
    id: 'resume-current-line',
    label: 'Resume the current line after the break',
    group: 'resume-current-line',
    components: [],
    condition: always,
    tier: 'preferred',
    offeredIn: ['on-break'],
    rationale:
      'A planned break ends with the same treatment resuming; talk through the pros and cons of the interruption.',
    sources: [
      cite('004', 'Taking breaks from treatment'),
      cite('001', 'Choosing the Right Path for Yourself'),
    ],
    expectedWhenFailing: false,
  },
  {
    id: 'treatment-break',
    label: 'Planned treatment break',
    group: 'treatment-break',
    modality: 'supportive',
    components: [],
    condition: always,
    tier: 'consider',
    offeredIn: ['on-line'],
    rationale:
      'A break can be scheduled around important events or to rest from side effects, after discussing the pros and cons with the team.',
    sources: [
      cite('004', 'Taking breaks from treatment'),
      cite('001', 'Choosing the Right Path for Yourself'),
    ],
    expectedWhenFailing: false,
  },
  {
    id: 'hospice',
    label: 'Hospice care',
    group: 'hospice',
    modality: 'supportive',
    components: [],
    condition: always,
    tier: 'preferred',
    offeredIn: ['supportive-care'],
    rationale:
      'After choosing to stop anti-cancer treatment, hospice care (at home or in a centre) focuses on symptoms and on support for the patient and family.',
    sources: [
      cite('001', 'Choosing the Right Path for Yourself'),
      cite('003', "If you can’t have or don't want cancer treatment"),
    ],
    expectedWhenFailing: false,
  },
  {
    id: 'palliative-care',
    label: 'Palliative care',
    group: 'palliative-care',
    modality: 'supportive',
    components: [],
    condition: always,
    tier: 'consider',
    offeredIn: atAnyPoint,
    rationale:
      'Care for symptoms and side effects alongside any treatment, best started early; it improves quality of life and may lengthen it.',
    sources: [
      cite('001', 'Palliative Treatment'),
      cite('003', "If you can’t have or don't want cancer treatment"),
    ],
    expectedWhenFailing: false,
  },
  {
    id: 'clinical-trial',
    label: 'Clinical trial',
    group: 'clinical-trial',
    modality: 'trial',
    components: [],
    condition: always,
    tier: 'consider',
    offeredIn: ['intake', 'choosing-line', 'on-line', 'on-break'],
    rationale:
      'A clinical trial can give access to newer treatments; ask whether one is open nearby.',
    sources: [
      cite('003', 'Clinical trials'),
      cite('001', 'Treatment Strategies'),
      cite('002', 'Stage 4 Breast Cancer Treatment Options'),
      cite('004', 'Questions to ask before starting treatment'),
    ],
    expectedWhenFailing: false,
  },
  {
    id: 'second-opinion',
    label: 'Second opinion',
    group: 'second-opinion',
    modality: 'supportive',
    components: [],
    condition: always,
    tier: 'consider',
    offeredIn: ['intake', 'choosing-line'],
    rationale:
      'Experts can differ on the best plan; a second opinion from a doctor experienced in advanced breast cancer helps the decision.',
    sources: [cite('001', 'Treatment Strategies')],
    expectedWhenFailing: false,
  },
];
