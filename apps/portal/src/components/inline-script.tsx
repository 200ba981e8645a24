'use client';

/**
 * A script that runs while the HTML is parsed, before first paint. On the client React
 * renders it inert (text/plain) so that it neither runs twice nor warns.
 */
export function InlineScript({ code }: { code: string }) {
  return (
    <script
      type={typeof window === 'undefined' ? 'text/javascript' : 'text/plain'}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: code }}
    />
  );
}
