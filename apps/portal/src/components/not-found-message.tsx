import Link from 'next/link';

export function NotFoundMessage() {
  return (
    <div className="max-w-2xl py-10">
      <h1 className="text-3xl font-bold tracking-tight">Not found</h1>
      <p className="mt-3 text-lg text-muted">There is nothing at this address.</p>
      <p className="mt-6 flex gap-4">
        <Link href="/" className="text-accent underline">
          Home
        </Link>
        <Link href="/indicators" className="text-accent underline">
          Indicators
        </Link>
        <Link href="/search" className="text-accent underline">
          Search
        </Link>
      </p>
    </div>
  );
}
