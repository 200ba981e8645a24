import { formatTime } from '@/modules/studio/ui/format-time';
import { StudioTable } from '@/modules/studio/ui/studio-table';
import { requireStudioSession } from '@/modules/studio/auth/lib/session';
import { studioRequest } from '@/modules/studio/auth/lib/studio-request';
import { ImportPanel } from './components/import-panel';
import { ImportBatchesQuery } from './lib/documents';

export async function ImportPage() {
  const session = await requireStudioSession();
  const { importBatches } = await studioRequest(ImportBatchesQuery, { first: 20 });
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Import observations</h1>
      <p className="mt-2 max-w-3xl text-sm text-muted">
        Check a CSV file first: the dry run lists what would be added and changed and every invalid
        row. The import then writes every row in one transaction, or none; replaced values stay in
        each observation’s history.
      </p>
      <div className="mt-6">
        <ImportPanel csrfToken={session.csrfToken} />
      </div>
      <section aria-labelledby="recent-imports" className="mt-10">
        <h2 id="recent-imports" className="text-lg font-semibold">
          Recent imports
        </h2>
        {importBatches.length === 0 ? (
          <p className="mt-2 text-sm text-muted">None yet.</p>
        ) : (
          <StudioTable
            columns={['Batch', 'File', 'Rows', 'Added', 'Changed', 'By', 'When']}
            compact
            className="mt-3"
          >
            {importBatches.map((batch) => (
              <tr key={batch.id} className="border-b border-line">
                <td className="py-1 tabular-nums">{batch.id}</td>
                <td className="py-1">{batch.fileName}</td>
                <td className="py-1 tabular-nums">{batch.rowCount.toLocaleString('en')}</td>
                <td className="py-1 tabular-nums">{batch.added.toLocaleString('en')}</td>
                <td className="py-1 tabular-nums">{batch.changed.toLocaleString('en')}</td>
                <td className="py-1">
                  {batch.createdBy?.name ?? (batch.apiKeyName ? `key “${batch.apiKeyName}”` : '—')}
                </td>
                <td className="py-1">{formatTime(batch.createdAt)}</td>
              </tr>
            ))}
          </StudioTable>
        )}
      </section>
    </>
  );
}
