'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { ObservationChangedSubscription } from '@/gql/graphql';
import { formatPeriod, formatValueWithUnit } from '@/lib/format';

interface LiveUpdatesProps {
  /** The API's WebSocket endpoint, e.g. ws://localhost:4000/graphql. */
  url: string;
  /** The subscription document, passed as text so that no query map ships to the browser. */
  subscription: string;
  indicator: string;
}

/** How long to wait after an announcement before re-rendering, so the portal's cache has been told. */
const refreshDelayMs = 1500;
/** Connecting waits until the page has settled, so that it never competes with the first render. */
const connectDelayMs = 2000;

/**
 * Keeps an open indicator page current: subscribes to changes of its indicator and, when one
 * arrives, says what changed and re-renders the page on the server. The WebSocket client is
 * loaded only once the page has settled.
 */
export function LiveUpdates({ url, subscription, indicator }: LiveUpdatesProps) {
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    let disposed = false;
    let stop: (() => void) | undefined;
    let refresh: ReturnType<typeof setTimeout> | undefined;
    const connect = setTimeout(async () => {
      const { createClient } = await import('graphql-ws');
      if (disposed) return;
      const client = createClient({
        url,
        retryAttempts: 5,
        on: { connected: () => setConnected(true), closed: () => setConnected(false) },
      });
      const unsubscribe = client.subscribe<ObservationChangedSubscription>(
        { query: subscription, variables: { indicators: [indicator] } },
        {
          next: ({ data }) => {
            if (!data) return;
            const { kind, observation } = data.observationChanged;
            setNotice(
              `${kind === 'ADDED' ? 'New' : 'Updated'}: ${observation.region.name}, ${formatPeriod(observation.period)}: ${formatValueWithUnit(observation.value, observation.indicator.unit)}`,
            );
            clearTimeout(refresh);
            refresh = setTimeout(() => router.refresh(), refreshDelayMs);
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
      stop = () => {
        unsubscribe();
        void client.dispose();
      };
    }, connectDelayMs);
    return () => {
      disposed = true;
      clearTimeout(connect);
      clearTimeout(refresh);
      stop?.();
    };
  }, [url, subscription, indicator, router]);

  return (
    <p
      role="status"
      data-live-updates={connected ? 'connected' : 'waiting'}
      className={notice ? 'rounded-md border border-accent px-3 py-2 text-sm' : 'sr-only'}
    >
      {notice ?? 'Live: this page updates when its figures change.'}
    </p>
  );
}
