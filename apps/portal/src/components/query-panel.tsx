import { config } from '@/lib/config';
import { CopyButton } from './copy-button';

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** A snippet's heading with the button that copies it; the query and the curl command share it. */
function SnippetHeading({
  title,
  text,
  copyLabel,
}: {
  title: string;
  text: string;
  copyLabel: string;
}) {
  return (
    <div className="mb-1 flex items-center justify-between">
      <h3 className="font-semibold">{title}</h3>
      <CopyButton text={text} label={copyLabel} />
    </div>
  );
}

interface QueryPanelProps {
  /** A GraphQL document, e.g. `ChartQuery.toString()`. */
  query: string;
  variables: Record<string, unknown>;
}

/** The GraphQL request that fetches exactly the shown data, as a query and as a curl command. */
export function QueryPanel({ query: document, variables }: QueryPanelProps) {
  const query = document.trim();
  const endpoint = `${config.publicApiUrl}/graphql`;
  const curl = `curl ${endpoint} \\\n  -H 'content-type: application/json' \\\n  --data ${shellQuote(JSON.stringify({ query: query.replace(/\s+/g, ' '), variables }))}`;
  return (
    <details className="rounded-lg border border-line">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium">Query this data</summary>
      <div className="space-y-4 border-t border-line p-3 text-sm">
        <p className="text-muted">
          The same data from the GraphQL API at <code>{endpoint}</code>.
        </p>
        <div>
          <SnippetHeading title="GraphQL" text={query} copyLabel="GraphQL query" />
          <pre className="max-h-72 overflow-auto rounded bg-surface p-3 text-xs">
            <code>{query}</code>
          </pre>
          <pre className="mt-2 overflow-auto rounded bg-surface p-3 text-xs">
            <code>{JSON.stringify(variables, null, 2)}</code>
          </pre>
        </div>
        <div>
          <SnippetHeading title="curl" text={curl} copyLabel="curl command" />
          <pre className="max-h-48 overflow-auto rounded bg-surface p-3 text-xs">
            <code>{curl}</code>
          </pre>
        </div>
      </div>
    </details>
  );
}
