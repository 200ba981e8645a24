'use client';

import type { ImportReport } from '@atlas/domain';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { StudioTable } from '@/modules/studio/ui/studio-table';
import { primaryButtonClass, secondaryButtonClass } from '@/modules/studio/ui/styles';
import { FormError } from '@/modules/studio/ui/form-error';

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });

/** Upload, dry run, then commit of a CSV file of observations. */
export function ImportPanel({ csrfToken }: { csrfToken: string }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [checked, setChecked] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const query = new URLSearchParams({
        fileName: file.name,
        ...(dryRun ? { dryRun: 'true' } : {}),
      });
      const response = await fetch(`/studio/import/upload?${query}`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', 'x-csrf-token': csrfToken },
        body: file,
      });
      const body = (await response.json()) as ImportReport | { error: { message: string } };
      if ('error' in body) {
        setError(body.error.message);
        setReport(null);
        return;
      }
      setReport(body);
      setChecked(dryRun && body.errorCount === 0 ? file : null);
      if (body.committed) router.refresh();
    } catch (failure) {
      setError(`The upload failed: ${(failure as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="space-y-5">
      <div className="rounded-lg border border-line p-4">
        <label className="block text-sm font-medium">
          CSV file
          <input
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setReport(null);
              setChecked(null);
            }}
            className="mt-1 block text-sm"
          />
        </label>
        <p className="mt-2 text-xs text-muted">
          Columns: <code>region_code,indicator_code,period,value</code> and optionally{' '}
          <code>status,source_key,note</code>. Periods are YYYY or YYYY-MM; status is provisional,
          final or projection. An empty optional field keeps the stored value.
        </p>
        <div className="mt-3 flex gap-2">
          <button
            type="button"
            disabled={!file || busy}
            onClick={() => send(true)}
            className={secondaryButtonClass}
          >
            Check file (dry run)
          </button>
          <button
            type="button"
            disabled={!file || busy || checked !== file}
            onClick={() => send(false)}
            className={primaryButtonClass}
          >
            Import
          </button>
          {busy ? <span className="self-center text-sm text-muted">Working…</span> : null}
        </div>
      </div>

      <FormError error={error} />

      {report ? (
        <section aria-label="Import report" className="space-y-4">
          <p
            role="status"
            className={`rounded border px-3 py-2 text-sm ${report.errorCount ? 'border-warn text-warn' : 'border-line'}`}
          >
            {report.committed
              ? `Imported ${report.fileName} as batch ${report.batchId}.`
              : report.errorCount
                ? `${report.invalid} invalid ${report.invalid === 1 ? 'row' : 'rows'}: nothing was written. Fix the file and check it again.`
                : 'Dry run: nothing was written yet. Import to write every row.'}
          </p>
          <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-5">
            {(
              [
                ['Rows', report.rowCount],
                ['Added', report.added],
                ['Changed', report.changed],
                ['Unchanged', report.unchanged],
                ['Invalid', report.invalid],
              ] as const
            ).map(([label, value]) => (
              <div key={label} className="rounded border border-line p-2">
                <dt className="text-muted">{label}</dt>
                <dd data-count={label.toLowerCase()} className="text-lg font-semibold tabular-nums">
                  {value.toLocaleString('en')}
                </dd>
              </div>
            ))}
          </dl>
          {report.errors.length > 0 ? (
            <StudioTable columns={['Line', 'Problem', 'Reason']} compact aria-label="Invalid rows">
              {report.errors.map((rowError, index) => (
                <tr key={index} className="border-b border-line">
                  <td className="py-1 tabular-nums">{rowError.line}</td>
                  <td className="py-1 font-mono text-xs">{rowError.code}</td>
                  <td className="py-1">{rowError.message}</td>
                </tr>
              ))}
            </StudioTable>
          ) : null}
          {report.errorCount > report.errors.length ? (
            <p className="text-sm text-muted">
              …and {report.errorCount - report.errors.length} more problems.
            </p>
          ) : null}
          {report.changes.length > 0 ? (
            <details open={!report.committed}>
              <summary className="cursor-pointer text-sm font-semibold">
                Values {report.committed ? 'written' : 'to be written'} (first{' '}
                {report.changes.length})
              </summary>
              <StudioTable
                columns={['Line', 'Region', 'Indicator', 'Period', 'Before', 'After']}
                compact
                className="mt-2"
                aria-label="Changes"
              >
                {report.changes.map((change) => (
                  <tr key={change.line} className="border-b border-line">
                    <td className="py-1 tabular-nums">{change.line}</td>
                    <td className="py-1">{change.regionCode}</td>
                    <td className="py-1 font-mono text-xs">{change.indicatorCode}</td>
                    <td className="py-1">{change.period}</td>
                    <td className="py-1 tabular-nums">
                      {change.previousValue === null
                        ? 'new'
                        : numberFormat.format(change.previousValue)}
                    </td>
                    <td className="py-1 tabular-nums">{numberFormat.format(change.newValue)}</td>
                  </tr>
                ))}
              </StudioTable>
            </details>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
