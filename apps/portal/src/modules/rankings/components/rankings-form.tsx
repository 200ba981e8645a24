import Form from 'next/form';
import { formatPeriod } from '@/lib/format';
import type { RankingsState } from '../lib/rankings-state';

interface RankingsFormProps {
  pillars: { code: string; name: string; indicators: { code: string; name: string }[] }[];
  /** The chosen indicator's periods, newest first. */
  periods: string[];
  state: RankingsState;
}

const fieldClass = 'w-full rounded-md border border-line bg-canvas px-2 py-1.5 text-sm';

/**
 * The indicator and period as a GET form, so the choice lives in the URL and works without
 * JavaScript. A period the new indicator lacks is dropped by the page, which then ranks its latest.
 */
export function RankingsForm({ pillars, periods, state }: RankingsFormProps) {
  return (
    <Form
      action="/rankings"
      scroll={false}
      className="grid gap-3 rounded-lg border border-line p-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end"
    >
      <label className="flex flex-col gap-1 text-sm font-medium">
        Indicator
        <select name="indicator" defaultValue={state.indicator} className={fieldClass}>
          {pillars.map((pillar) => (
            <optgroup key={pillar.code} label={pillar.name}>
              {pillar.indicators.map((indicator) => (
                <option key={indicator.code} value={indicator.code}>
                  {indicator.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Period
        <select name="period" defaultValue={state.period ?? ''} className={fieldClass}>
          <option value="">Latest</option>
          {periods.map((value) => (
            <option key={value} value={value}>
              {formatPeriod(value)}
            </option>
          ))}
        </select>
      </label>
      {state.sort !== 'rank' ? <input type="hidden" name="sort" value={state.sort} /> : null}
      <button
        type="submit"
        className="rounded-md bg-accent px-4 py-2 text-sm font-medium whitespace-nowrap text-accent-ink"
      >
        Show the ranking
      </button>
    </Form>
  );
}
