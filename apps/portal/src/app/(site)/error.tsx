'use client';

export default function PageError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="max-w-2xl py-10" role="alert">
      <h1 className="text-3xl font-bold tracking-tight">This page could not be shown</h1>
      <p className="mt-3 text-lg text-muted">
        The data behind it could not be read just now. Trying again usually helps.
      </p>
      {error.digest ? <p className="mt-2 text-xs text-muted">Reference: {error.digest}</p> : null}
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink"
      >
        Try again
      </button>
    </div>
  );
}
