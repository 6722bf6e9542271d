import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drugAliases, drugNames, drugs, isDrugName, normaliseDrugName } from './drugs.ts';

describe('drug names', () => {
  it('holds every canonical name of the case format, each once', () => {
    const names = drugs.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    // The canonical names of ../shared/case-format.md, "Drug names".
    const contract = [
      'letrozole anastrozole exemestane tamoxifen toremifene fulvestrant goserelin leuprolide',
      'megestrol fluoxymesterone palbociclib ribociclib abemaciclib everolimus alpelisib',
      'capivasertib olaparib talazoparib trastuzumab pertuzumab lapatinib neratinib tucatinib',
      'margetuximab atezolizumab capecitabine carboplatin cisplatin cyclophosphamide docetaxel',
      'doxorubicin epirubicin eribulin fluorouracil gemcitabine ixabepilone paclitaxel',
      'nab-paclitaxel vinorelbine',
    ]
      .join(' ')
      .split(' ');
    const multiWord = [
      'ethinyl estradiol',
      'trastuzumab emtansine',
      'trastuzumab deruxtecan',
      'pegylated liposomal doxorubicin',
    ];
    expect([...names].sort()).toEqual([...contract, ...multiWord].sort());
    for (const name of names) expect(name).toBe(name.toLowerCase());
  });

  it.each([
    ['Femara', ['letrozole']],
    ['anastrazole', ['anastrozole']],
    ['T-DM1', ['trastuzumab emtansine']],
    ['ado-trastuzumab emtansine', ['trastuzumab emtansine']],
    ['fam-trastuzumab deruxtecan-nxki', ['trastuzumab deruxtecan']],
    ['protein-bound paclitaxel', ['nab-paclitaxel']],
    ['Abraxane', ['nab-paclitaxel']],
    ['liposomal doxorubicin', ['pegylated liposomal doxorubicin']],
    ['5-FU', ['fluorouracil']],
    ['5-fluorouracil', ['fluorouracil']],
    ['megestrol acetate', ['megestrol']],
    ['Phesgo', ['trastuzumab', 'pertuzumab']],
    ['  HERCEPTIN ', ['trastuzumab']],
    ['Kadcyla', ['trastuzumab emtansine']],
  ])('normalises %s', (input, expected) => {
    expect(normaliseDrugName(input)).toEqual(expected);
  });

  it('lists the drugs in the order of drugNames, one entry each', () => {
    expect(drugs.map((d) => d.name)).toEqual([...drugNames]);
  });

  it('recognises a generic name only as written', () => {
    expect(isDrugName('trastuzumab')).toBe(true);
    expect(isDrugName('trastuzumab emtansine')).toBe(true);
    expect(isDrugName('Trastuzumab')).toBe(false);
    expect(isDrugName('Herceptin')).toBe(false);
    expect(isDrugName('trastuzimab')).toBe(false);
  });

  it('rejects words the documents do not use', () => {
    expect(normaliseDrugName('letrozol')).toBeUndefined();
    expect(normaliseDrugName('pembrolizumab')).toBeUndefined();
    expect(normaliseDrugName('')).toBeUndefined();
  });

  it('maps no spelling to two different drugs', () => {
    const seen = new Map<string, string>();
    for (const { alias, names } of drugAliases()) {
      const key = alias.toLowerCase();
      const previous = seen.get(key);
      if (previous !== undefined) expect(previous).toBe(names.join('+'));
      seen.set(key, names.join('+'));
    }
  });

  it('normalises any accepted spelling regardless of case and spacing', () => {
    const aliases = drugAliases();
    fc.assert(
      fc.property(fc.constantFrom(...aliases), fc.boolean(), ({ alias, names }, upper) => {
        const typed = ` ${upper ? alias.toUpperCase() : alias.toLowerCase()}  `;
        expect(normaliseDrugName(typed)).toEqual(names);
      }),
    );
  });
});
