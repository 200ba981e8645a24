'use client';

import { useState } from 'react';
import { fieldClass, secondaryButtonClass } from '@/modules/studio/ui/styles';
import { buildLiveBlock, type LiveBlockChoice } from '../lib/live-block';
import { selectedValues } from '../lib/selected-values';
import { RegionOptions, type CatalogueRegion } from './region-options';

export interface CatalogueIndicator {
  code: string;
  name: string;
  unit: string;
  periods: string[];
}

/** Builds a live block from choices (indicator, regions, view) and hands its text to the editor. */
export function LiveBlockHelper({
  indicators,
  regions,
  onInsert,
}: {
  indicators: CatalogueIndicator[];
  regions: CatalogueRegion[];
  onInsert: (text: string) => void;
}) {
  const [kind, setKind] = useState<LiveBlockChoice['kind']>('chart');
  const [indicatorCode, setIndicatorCode] = useState(indicators[0]?.code ?? '');
  const [regionCodes, setRegionCodes] = useState<string[]>(['WLD']);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [period, setPeriod] = useState('');
  const [limit, setLimit] = useState(10);
  const periods = indicators.find((indicator) => indicator.code === indicatorCode)?.periods ?? [];

  const insert = () =>
    onInsert(
      buildLiveBlock({
        kind,
        indicator: indicatorCode,
        regions: regionCodes,
        from,
        to,
        period,
        limit,
      }),
    );

  const periodSelect = (label: string, value: string, set: (value: string) => void) => (
    <label className="text-xs font-medium">
      {label}
      <select
        aria-label={label}
        value={value}
        onChange={(event) => set(event.target.value)}
        className={fieldClass}
      >
        <option value="">{label === 'To' || label === 'Period' ? 'latest' : 'first'}</option>
        {periods.map((item) => (
          <option key={item}>{item}</option>
        ))}
      </select>
    </label>
  );

  return (
    <fieldset className="rounded-lg border border-line p-3" aria-label="Insert a live block">
      <legend className="px-1 text-sm font-semibold">Insert a live block</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="text-xs font-medium">
          View
          <select
            aria-label="View"
            value={kind}
            onChange={(event) => setKind(event.target.value as LiveBlockChoice['kind'])}
            className={fieldClass}
          >
            <option value="chart">Line chart over time</option>
            <option value="ranking">Ranking table</option>
            <option value="live">Single live figure (inline)</option>
          </select>
        </label>
        <label className="text-xs font-medium">
          Indicator
          <select
            aria-label="Indicator"
            value={indicatorCode}
            onChange={(event) => setIndicatorCode(event.target.value)}
            className={fieldClass}
          >
            {indicators.map((indicator) => (
              <option key={indicator.code} value={indicator.code}>
                {indicator.name} ({indicator.unit})
              </option>
            ))}
          </select>
        </label>
        {kind !== 'ranking' ? (
          <label className="text-xs font-medium sm:col-span-2">
            {kind === 'chart' ? 'Regions (up to 12)' : 'Region'}
            <select
              aria-label={kind === 'chart' ? 'Regions' : 'Region'}
              multiple={kind === 'chart'}
              size={kind === 'chart' ? 5 : undefined}
              value={kind === 'chart' ? regionCodes : regionCodes.slice(0, 1)}
              onChange={(event) => setRegionCodes(selectedValues(event.target).slice(0, 12))}
              className={fieldClass}
            >
              <RegionOptions regions={regions} />
            </select>
          </label>
        ) : null}
        {kind === 'chart' ? (
          <>
            {periodSelect('From', from, setFrom)}
            {periodSelect('To', to, setTo)}
          </>
        ) : (
          periodSelect('Period', period, setPeriod)
        )}
        {kind === 'ranking' ? (
          <label className="text-xs font-medium">
            Rows
            <input
              aria-label="Rows"
              type="number"
              min={1}
              max={50}
              value={limit}
              onChange={(event) => setLimit(Number(event.target.value))}
              className={fieldClass}
            />
          </label>
        ) : null}
      </div>
      <button
        type="button"
        onClick={insert}
        disabled={!indicatorCode || regionCodes.length === 0}
        className={`${secondaryButtonClass} mt-3`}
      >
        Insert at cursor
      </button>
    </fieldset>
  );
}
