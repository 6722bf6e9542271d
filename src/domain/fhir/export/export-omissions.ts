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
