/**
 * The knowledge base's version. It is printed in every recommendation (`knowledgeVersion`) and
 * stored with decisions, so a decision can be tied to the content it was taken against. Bump it
 * whenever an option, condition, tier, source or conflict changes, and add a line below.
 */
export const knowledgeVersion = '2026.5';

export const knowledgeChangeLog: ReadonlyArray<{
  readonly version: string;
  readonly changes: string;
}> = [
  {
    version: '2026.5',
    changes:
      'From a third review by an oncologist who posed 20 new cases from the documents alone (2 real errors in 20, both fixed): tucatinib is named only for hormone-receptor-positive, HER2-positive disease (003 is the only document that names it, in that list); chemotherapy with hormone therapy is listed as ruled out (with the 000/001 disagreement) for every hormone-receptor-positive, HER2-negative patient when it does not apply, instead of disappearing; a two-drug chemotherapy combination is listed as ruled out, with the tool’s threshold, whenever chemotherapy is indicated and the combination is not; keeping trastuzumab after progression is worded as the tool’s reading of 001’s later-line rows, in the rationale and the note alike.',
  },
  {
    version: '2026.4',
    changes:
      'Every source is a sentence reference (document, heading, sentence number, fingerprint) resolved to the document’s words; wrong headings corrected (000’s HER2 paragraphs stand under "ER-negative or PR-negative Cancers", 001’s chemotherapy paragraph under "Hormone Therapy", 004 no longer cited for atezolizumab, 003’s drug lists cited only for the drugs they list). Tiers are derived from each sentence’s wording: naming the line ("as first-line treatment") no longer ranks first, so aromatase inhibitor + CDK4/6 inhibitor, T-DM1 and tamoxifen after AI intolerance are alternatives and trastuzumab + chemotherapy before any anti-HER2 drug is preferred (000: primary approach); chemotherapy with hormone therapy is an alternative (003 and 004 are silent, not against it); ovarian removal is to consider (002: "may wish"). Unknown is not no: chemotherapy no longer waits for a pending HER2 result, and options that rest on unrecorded symptoms or lesion counts are offered with the assumption said. Ovarian suppression continues when the aromatase inhibitor is switched; the switch applies only right after progression on an AI. "A single metastasis" counts the whole body; brain surgery is for one metastasis. Radiation for symptoms of skin, soft-tissue, liver, pleural and other metastases; breast surgery (rarely). Spinal cord compression marks its bone options urgent. Drugs only named (alpelisib, capivasertib, T-DXd, tucatinib, neratinib, margetuximab, megestrol, fluoxymesterone, ethinyl estradiol) move to named-without-criteria. New conflicts: hormone therapy with symptomatic organs (001 vs 003/004), PARP inhibitor BRCA and sequence (000 vs 002/003); the tamoxifen-position conflict no longer says 002 ranks tamoxifen first. Caveats for another AI after AI intolerance, trastuzumab alone after progression on it, and PR-only positivity with 001’s palbociclib row. From a review of the printed quotes: 000’s "HER2-negative patients prefer chemotherapy" is read for HR-negative disease (000 itself puts hormone therapy first for HR-positive disease; the conflict that said otherwise is removed); 004’s "may be given first" and the frequency words "often recommended", "commonly used" are offers, so chemotherapy for symptomatic organs is an alternative; another AI after AI side effects is not ranked above tamoxifen; chemotherapy with hormone therapy waits while organs cause symptoms; bone radiation cites 004 and 001 only with bone symptoms; list entries are quoted with the sentence that introduces them.',
  },
  {
    version: '2026.3',
    changes:
      'Lapatinib + capecitabine and lapatinib + trastuzumab are no longer ruled out before T-DM1: after trastuzumab they are offered at the lowest tier (consider) with a note that 001 places them typically after T-DM1, and stay alternatives after T-DM1. New conflict abemaciclib-first-line (000 pairs abemaciclib with the first hormone therapy, 001 lists it only after progression), shown with aromatase inhibitor + CDK4/6 inhibitor. The conflict on HER2 drugs and hormone-receptor status now cites 000 and 001 for giving them whatever the hormone-receptor status and describes 002 as ambiguous. New conflict local-therapy-beyond-symptom-relief (001 and 000: local treatment is for symptoms; 003: surgery can remove a single lung or liver metastasis), shown with the two surgery options.',
  },
  {
    version: '2026.2',
    changes:
      'Atezolizumab + nab-paclitaxel no longer requires a PD-L1-positive result (no document sets that condition; 002 only says the drug acts on PD-L1). The PARP-inhibitor option says "BRCA mutation" as the documents do and no longer cites 000, which mentions PARP inhibitors without a BRCA condition. Radiation options carry the warning from 003 about areas already treated; four texts that followed the wording of the documents too closely are rephrased.',
  },
  {
    version: '2026.1',
    changes:
      'First release: the five source documents, every drug they name, regimen options for hormone therapy, targeted therapy, chemotherapy, anti-HER2, PARP and checkpoint inhibitors, local therapy by site, supportive care, and seven documented disagreements.',
  },
];
