import { config } from '@/lib/config';
import { CopyButton } from '@/components/copy-button';

/** The link that reproduces this view, and the code that embeds its chart in another page. */
export function SharePanel({
  path,
  embedPath,
  title,
}: {
  path: string;
  embedPath: string;
  title: string;
}) {
  const link = `${config.siteUrl}${path}`;
  const embed = `<iframe src="${config.siteUrl}${embedPath}" title="${title.replaceAll('"', '&quot;')}" width="100%" height="520" style="border:0" loading="lazy"></iframe>`;
  return (
    <details className="rounded-lg border border-line">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium">Share and embed</summary>
      <div className="space-y-4 border-t border-line p-3 text-sm">
        <div>
          <div className="mb-1 flex items-center justify-between">
            <h3 className="font-semibold">Link to this view</h3>
            <CopyButton text={link} label="link" />
          </div>
          <pre className="overflow-auto rounded bg-surface p-3 text-xs">
            <code>{link}</code>
          </pre>
        </div>
        <div>
          <div className="mb-1 flex items-center justify-between">
            <h3 className="font-semibold">Embed the chart</h3>
            <CopyButton text={embed} label="embed code" />
          </div>
          <pre className="overflow-auto rounded bg-surface p-3 text-xs whitespace-pre-wrap break-all">
            <code>{embed}</code>
          </pre>
        </div>
      </div>
    </details>
  );
}
