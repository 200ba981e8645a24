import Link from 'next/link';

// Every ranking of regions (by one indicator, or by the index) opens its rows the same way,
// so that rank and region read alike wherever a ranking appears.

/** The Rank and Region column headers that open a ranking table. */
export function RankedRegionHeads() {
  return (
    <>
      <th scope="col" className="w-12 py-1.5 pr-3 font-medium">
        Rank
      </th>
      <th scope="col" className="py-1.5 pr-3 font-medium">
        Region
      </th>
    </>
  );
}

/** A ranking row's rank, then the region as the row header, linked to its profile. */
export function RankedRegionCells({
  rank,
  region,
}: {
  rank: number;
  region: { code: string; name: string };
}) {
  return (
    <>
      <td className="py-1.5 pr-3 tabular-nums">{rank}</td>
      <th scope="row" className="py-1.5 pr-3 text-left font-normal">
        <Link href={`/regions/${region.code}`} className="hover:underline">
          {region.name}
        </Link>
      </th>
    </>
  );
}
