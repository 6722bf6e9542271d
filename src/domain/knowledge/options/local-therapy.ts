import { all, hasSite, type Condition } from '../condition.ts';
import type { RegimenOption } from '../option.ts';
import type { SiteName } from '../../case/vocabulary.ts';
import { atAnyPoint, cite } from './cite.ts';

/**
 * Radiation and surgery to one metastatic site. They relieve or prevent symptoms and do not start
 * or end a line, so they are offered at any point of the course once their site is documented.
 */

const radiation001 = cite('001', 'Radiation Therapy');
const radiation003 = cite('003', 'Radiation therapy');
const radiation004 = cite('004', 'Radiation therapy');
const surgery003 = cite('003', 'Surgery');

interface LocalSpec {
  readonly id: string;
  readonly label: string;
  readonly modality: 'radiation' | 'surgery';
  readonly site: SiteName;
  readonly technique?: string;
  readonly condition: Condition;
  readonly rationale: string;
  readonly sources: RegimenOption['sources'];
  readonly conflicts?: readonly string[];
  readonly caveat?: string;
}

/** 003 (Radiation therapy) warns that an area already treated with radiation may not take more. */
const earlierRadiationCaveat =
  'An area that has already had radiation may not be able to have more (003, Radiation therapy).';

function local(spec: LocalSpec): RegimenOption {
  return {
    ...(spec.modality === 'radiation' ? { caveat: earlierRadiationCaveat } : {}),
    ...spec,
    group: spec.id,
    components: [],
    tier: 'consider',
    offeredIn: atAnyPoint,
    expectedWhenFailing: { whenSite: spec.site },
  };
}

export const localTherapyOptions: readonly RegimenOption[] = [
  local({
    id: 'radiation-brain-stereotactic',
    label: 'Stereotactic radiation to the brain metastasis',
    modality: 'radiation',
    site: 'brain',
    technique: 'stereotactic',
    condition: hasSite('brain', { count: { atMost: 1 } }),
    rationale:
      'A single small brain metastasis is treated with radiation focused on the tumour (stereotactic radiation, also called Gamma Knife).',
    sources: [radiation001, radiation003, radiation004],
  }),
  local({
    id: 'radiation-whole-brain',
    label: 'Whole-brain radiation',
    modality: 'radiation',
    site: 'brain',
    technique: 'whole-brain',
    condition: hasSite('brain', { count: { atLeast: 2 } }),
    rationale: 'Several brain metastases are treated with radiation to the whole brain.',
    sources: [radiation001, radiation003, radiation004],
  }),
  local({
    id: 'surgery-brain',
    label: 'Surgery to remove the brain metastasis (rarely)',
    modality: 'surgery',
    site: 'brain',
    condition: hasSite('brain', { count: { atMost: 1 } }),
    rationale: 'In rare cases a brain metastasis is removed surgically.',
    sources: [surgery003],
  }),
  local({
    id: 'radiation-bone',
    label: 'Radiation to bone metastases',
    modality: 'radiation',
    site: 'bone',
    condition: hasSite('bone'),
    rationale:
      'External radiation to bone metastases relieves pain and can control or prevent symptoms.',
    sources: [radiation003, radiation004, radiation001],
    conflicts: ['bone-radiation-timing'],
  }),
  local({
    id: 'surgery-bone',
    label: 'Surgery for a fracture or spinal cord compression',
    modality: 'surgery',
    site: 'bone',
    condition: hasSite('bone', { complication: ['fracture', 'spinal-cord-compression'] }),
    rationale:
      'Surgery can repair a fracture, or relieve pressure on the spinal cord, caused by bone metastases.',
    sources: [surgery003],
  }),
  local({
    id: 'radiation-lung',
    label: 'Radiation to lung metastases',
    modality: 'radiation',
    site: 'lung',
    condition: hasSite('lung', { symptomaticOr: ['breathing'] }),
    rationale: 'Radiation to lung metastases treats coughing or breathing problems.',
    sources: [radiation003, radiation004],
  }),
  local({
    id: 'surgery-lung',
    label: 'Surgery to remove a single lung metastasis',
    modality: 'surgery',
    site: 'lung',
    condition: hasSite('lung', { count: { atMost: 1 } }),
    rationale: 'A single metastasis in a lung may be removed surgically.',
    sources: [surgery003],
    conflicts: ['local-therapy-beyond-symptom-relief'],
  }),
  local({
    id: 'surgery-liver',
    label: 'Surgery to remove a single liver metastasis',
    modality: 'surgery',
    site: 'liver',
    condition: hasSite('liver', { count: { atMost: 1 } }),
    rationale: 'A single metastasis in the liver may be removed surgically.',
    sources: [surgery003],
    conflicts: ['local-therapy-beyond-symptom-relief'],
  }),
  local({
    id: 'radiation-lymph-node',
    label: 'Radiation to lymph-node metastases',
    modality: 'radiation',
    site: 'lymph-node',
    condition: hasSite('lymph-node'),
    rationale:
      'Radiation can treat metastases in nearby lymph node regions (armpit, collarbone, around the breast).',
    sources: [radiation003],
  }),
  local({
    id: 'radiation-breast',
    label: 'Radiation to a recurrence in the breast',
    modality: 'radiation',
    site: 'breast',
    condition: all(hasSite('breast'), { fact: 'presentation', is: 'recurrent' }),
    rationale: 'Radiation can treat a recurrence in the breast.',
    sources: [radiation003],
  }),
];
