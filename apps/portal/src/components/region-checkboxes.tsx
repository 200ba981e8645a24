/** A grid of checkboxes, one per region, submitted as repeated `name` fields of a plain form. */
export function RegionCheckboxes({
  name,
  regions,
  checked,
}: {
  name: string;
  regions: readonly { code: string; name: string }[];
  checked: readonly string[];
}) {
  return (
    <div className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-3 lg:grid-cols-4">
      {regions.map((region) => (
        <label key={region.code} className="flex items-center gap-2 py-0.5">
          <input
            type="checkbox"
            name={name}
            value={region.code}
            defaultChecked={checked.includes(region.code)}
            className="size-4 accent-(--accent)"
          />
          {region.name}
        </label>
      ))}
    </div>
  );
}
