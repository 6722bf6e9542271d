import {
  all,
  her2Negative,
  her2Positive,
  hormoneReceptorPositive,
  type Condition,
} from './condition.ts';
import type { SentenceRef } from './documents/sentence-ref.ts';
import type { DrugName } from './drugs.ts';
import { d001, d002, d003 } from './sentences.ts';

/**
 * Drugs the documents only name, in a list for a subtype, without a regimen, a condition beyond
 * the subtype, or a line. They are not offered as regimens: the engine lists them apart, unranked,
 * with the sentence that names them, when the patient's subtype makes their class relevant.
 */
export interface NamedOnlyDrug {
  readonly agent: DrugName;
  /** The subtype for which a document lists the drug. */
  readonly when: Condition;
  readonly sources: readonly SentenceRef[];
}

const hrPositiveHer2Negative = all(hormoneReceptorPositive, her2Negative);

export const namedOnlyDrugs: readonly NamedOnlyDrug[] = [
  {
    agent: 'alpelisib',
    when: hrPositiveHer2Negative,
    sources: [d003.her2NegativeHrPositiveList, d003.alpelisibItem],
  },
  {
    agent: 'capivasertib',
    when: hrPositiveHer2Negative,
    sources: [d003.her2NegativeHrPositiveList, d003.capivasertibItem],
  },
  {
    agent: 'trastuzumab deruxtecan',
    when: her2Positive,
    sources: [d003.her2PositiveHrPositiveList, d003.tdxdItem, d002.otherHer2TargetedDrugs],
  },
  {
    // Only 003's list for hormone-receptor-positive, HER2-positive disease names it.
    agent: 'tucatinib',
    when: all(hormoneReceptorPositive, her2Positive),
    sources: [d003.her2PositiveHrPositiveList, d003.tucatinibItem],
  },
  {
    agent: 'neratinib',
    when: her2Positive,
    sources: [d003.her2PositiveHrPositiveList, d003.neratinibItem, d002.otherHer2TargetedDrugs],
  },
  {
    agent: 'margetuximab',
    when: her2Positive,
    sources: [d002.otherHer2TargetedDrugs],
  },
  {
    agent: 'megestrol',
    when: hormoneReceptorPositive,
    sources: [d001.manyHormoneDrugs, d001.tableProgestin],
  },
  {
    agent: 'fluoxymesterone',
    when: hormoneReceptorPositive,
    sources: [d001.manyHormoneDrugs, d001.tableAndrogen],
  },
  {
    agent: 'ethinyl estradiol',
    when: hormoneReceptorPositive,
    sources: [d001.manyHormoneDrugs, d001.tableEstrogen],
  },
];
