/**
 * An element a claimed profile requires (or must support) that the export left out because the
 * case does not hold the data. Reported beside the Bundle rather than filled with an invented
 * value, so whoever sends the Bundle on knows what a receiving system will find missing.
 */
export interface FhirExportOmission {
  /** `Type/id` of the resource, as in the Bundle. */
  readonly resource: string;
  /** The element's FHIR path, e.g. `Patient.name`. */
  readonly element: string;
  readonly why: string;
}

export interface FhirExport {
  readonly bundle: Record<string, unknown>;
  readonly omissions: readonly FhirExportOmission[];
}

/** Collects omissions while the resources are built. */
export class OmissionLog {
  readonly #items: FhirExportOmission[] = [];

  add(resource: string, element: string, why: string): void {
    this.#items.push({ resource, element, why });
  }

  get items(): readonly FhirExportOmission[] {
    return this.#items;
  }
}

export interface OmissionGroup {
  readonly element: string;
  readonly why: string;
  /** How many resources lack it. */
  readonly count: number;
}

/**
 * The omissions once per element and reason, for people to read after an export: the same
 * missing prescriber on every medicine is one line with a count, not one line per medicine.
 */
export function groupOmissions(omissions: readonly FhirExportOmission[]): OmissionGroup[] {
  const groups = new Map<string, { element: string; why: string; count: number }>();
  for (const { element, why } of omissions) {
    const key = `${element}\n${why}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { element, why, count: 1 });
  }
  return [...groups.values()];
}
