export interface CatalogueRegion {
  code: string;
  name: string;
}

/** The options of a region select; every studio form names a region with its code the same way. */
export function RegionOptions({ regions }: { regions: CatalogueRegion[] }) {
  return regions.map((region) => (
    <option key={region.code} value={region.code}>
      {region.name} ({region.code})
    </option>
  ));
}
