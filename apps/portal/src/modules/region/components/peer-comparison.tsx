import Form from 'next/form';
import Link from 'next/link';
import { RegionCheckboxes } from '@/components/region-checkboxes';
import { formatNumber, formatPeriod } from '@/lib/format';
import { maxPeers, type RegionProfile } from '../lib/load-region-profile';

/** The region's latest values next to those of chosen peers, with a form to choose them. */
export function PeerComparison({ profile }: { profile: RegionProfile }) {
  const { region, peers, series, latest, countries } = profile;
  const compared = [region, ...peers];
  const valueOf = (indicator: string, regionCode: string) =>
    latest.find(
      (figure) => figure.indicator.code === indicator && figure.region.code === regionCode,
    );
  return (
    <div className="space-y-4">
      <details className="rounded-lg border border-line">
        <summary className="cursor-pointer px-3 py-2 text-sm">
          <span className="font-medium">Compared with: </span>
          {peers.map((peer) => peer.name).join(', ') || 'no one'}
          <span className="ml-2 text-accent underline">change</span>
        </summary>
        <Form
          action={`/regions/${region.code}`}
          scroll={false}
          className="border-t border-line p-3"
        >
          <fieldset>
            <legend className="mb-2 text-xs font-semibold text-muted uppercase">
              Up to {maxPeers} countries
            </legend>
            <RegionCheckboxes
              name="peers"
              regions={countries}
              checked={peers.map((peer) => peer.code)}
            />
          </fieldset>
          <button
            type="submit"
            className="mt-3 rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink"
          >
            Compare
          </button>
        </Form>
      </details>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm" data-comparison>
          <caption className="sr-only">
            Latest values of {compared.map((item) => item.name).join(', ')}
          </caption>
          <thead>
            <tr className="border-b border-line text-left text-muted">
              <th scope="col" className="py-1.5 pr-3 font-medium">
                Indicator
              </th>
              {compared.map((item) => (
                <th
                  key={item.code}
                  scope="col"
                  className="py-1.5 pr-3 text-right font-medium whitespace-nowrap"
                >
                  {item.code === region.code ? (
                    item.name
                  ) : (
                    <Link href={`/regions/${item.code}`} className="hover:underline">
                      {item.name}
                    </Link>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((item) => (
              <tr key={item.indicator.code} className="border-b border-line align-top">
                <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                  {item.indicator.name}
                  <span className="block text-xs text-muted">{item.indicator.unit}</span>
                </th>
                {compared.map((other) => {
                  const figure = valueOf(item.indicator.code, other.code);
                  return (
                    <td key={other.code} className="py-1.5 pr-3 text-right tabular-nums">
                      {figure ? (
                        <>
                          <data
                            value={figure.value}
                            title={figure.source ? `Source: ${figure.source.title}` : undefined}
                          >
                            {formatNumber(figure.value)}
                          </data>
                          <span className="block text-xs text-muted">
                            {formatPeriod(figure.period)}
                          </span>
                        </>
                      ) : (
                        <span className="text-muted">–</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
