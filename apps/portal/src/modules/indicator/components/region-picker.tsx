import Form from 'next/form';
import { RegionCheckboxes } from '@/components/region-checkboxes';
import type { RegionChoice } from '../lib/load-indicator-page';
import type { ViewState } from '../lib/view-state';

const groupLabels: Record<RegionChoice['kind'], string> = {
  COUNTRY: 'Countries and territories',
  WORLD: 'World',
  AGGREGATE: 'Groups',
  SUBNATIONAL: 'Sub-national regions',
};

/**
 * Choosing regions is a plain GET form: it works without JavaScript, and with it Next.js
 * submits it as a client-side navigation. The rest of the view state rides along hidden.
 */
export function RegionPicker({
  code,
  state,
  choices,
}: {
  code: string;
  state: ViewState;
  choices: RegionChoice[];
}) {
  const names = new Map(choices.map((choice) => [choice.code, choice.name]));
  const kinds = [...new Set(choices.map((choice) => choice.kind))];
  return (
    <details className="rounded-lg border border-line">
      <summary className="cursor-pointer px-3 py-2 text-sm">
        <span className="font-medium">Regions: </span>
        {state.regions.map((region) => names.get(region) ?? region).join(', ') || 'none'}
        <span className="ml-2 text-accent underline">change</span>
      </summary>
      <Form action={`/indicators/${code}`} scroll={false} className="border-t border-line p-3">
        {state.view !== 'chart' ? <input type="hidden" name="view" value={state.view} /> : null}
        {state.scale !== 'linear' ? <input type="hidden" name="scale" value={state.scale} /> : null}
        {state.measure !== 'absolute' ? (
          <input type="hidden" name="measure" value={state.measure} />
        ) : null}
        {kinds.map((kind) => (
          <fieldset key={kind} className="mb-3">
            <legend className="mb-1.5 text-xs font-semibold text-muted uppercase">
              {groupLabels[kind]}
            </legend>
            <RegionCheckboxes
              name="regions"
              regions={choices.filter((choice) => choice.kind === kind)}
              checked={state.regions}
            />
          </fieldset>
        ))}
        <button
          type="submit"
          className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink"
        >
          Show these regions
        </button>
        <span className="ml-3 text-xs text-muted">Up to 12 regions.</span>
      </Form>
    </details>
  );
}
