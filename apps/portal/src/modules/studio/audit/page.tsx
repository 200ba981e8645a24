import Link from 'next/link';
import { formatTime } from '@/modules/studio/ui/format-time';
import { StudioTable } from '@/modules/studio/ui/studio-table';
import { fieldClass, secondaryButtonClass } from '@/modules/studio/ui/styles';
import { requireAdminSession } from '@/modules/studio/auth/lib/session';
import { studioRequest } from '@/modules/studio/auth/lib/studio-request';
import { AuditEventsQuery } from './lib/documents';

const pageSize = 50;

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

function prettyJson(text: string | null): string {
  return text === null ? '—' : JSON.stringify(JSON.parse(text), null, 2);
}

export async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdminSession();
  const query = await searchParams;
  const filter = {
    entityType: single(query.entityType) || null,
    entityId: single(query.entityId) || null,
    action: single(query.action) || null,
    actorEmail: single(query.actorEmail) || null,
  };
  const before = Number(single(query.before)) || null;
  const { auditEvents } = await studioRequest(AuditEventsQuery, {
    filter,
    first: pageSize,
    before,
  });
  const last = auditEvents.at(-1);
  const nextPage = new URLSearchParams(
    Object.entries({ ...filter, before: last ? String(last.id) : null }).flatMap(([key, value]) =>
      value ? [[key, value]] : [],
    ),
  );

  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Audit log</h1>
      <form method="get" className="mt-4 grid gap-3 sm:grid-cols-5">
        {(
          [
            ['action', 'Action starts with', 'article.'],
            ['entityType', 'Kind of record', 'Article'],
            ['entityId', 'Record id or code', ''],
            ['actorEmail', 'By (email)', ''],
          ] as const
        ).map(([name, label, placeholder]) => (
          <label key={name} className="text-xs font-medium">
            {label}
            <input
              name={name}
              defaultValue={filter[name] ?? ''}
              placeholder={placeholder}
              className={fieldClass}
            />
          </label>
        ))}
        <button type="submit" className={`${secondaryButtonClass} self-end justify-center`}>
          Filter
        </button>
      </form>
      <StudioTable columns={['When', 'Who', 'Action', 'Record', 'Before → after']} className="mt-6">
        {auditEvents.map((event) => (
          <tr key={event.id} className="border-b border-line align-top">
            <td className="py-2 pr-3 whitespace-nowrap">{formatTime(event.createdAt)}</td>
            <td className="py-2 pr-3">
              {event.actor
                ? event.actor.name
                : event.apiKeyName
                  ? `key “${event.apiKeyName}”`
                  : 'system'}
            </td>
            <td className="py-2 pr-3 font-mono text-xs">{event.action}</td>
            <td className="py-2 pr-3">
              {event.entityType} <span className="font-mono text-xs">{event.entityId}</span>
            </td>
            <td className="py-2">
              <details>
                <summary className="cursor-pointer text-accent">Show</summary>
                <div className="mt-2 grid gap-2 md:grid-cols-2">
                  <pre className="overflow-auto rounded bg-surface p-2 text-xs">
                    {prettyJson(event.before)}
                  </pre>
                  <pre className="overflow-auto rounded bg-surface p-2 text-xs">
                    {prettyJson(event.after)}
                  </pre>
                </div>
              </details>
            </td>
          </tr>
        ))}
      </StudioTable>
      {auditEvents.length === 0 ? <p className="mt-4 text-muted">No events match.</p> : null}
      {auditEvents.length === pageSize ? (
        <Link href={`/studio/audit?${nextPage}`} className={`${secondaryButtonClass} mt-4`}>
          Older events
        </Link>
      ) : null}
    </>
  );
}
