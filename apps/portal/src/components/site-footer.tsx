import Link from 'next/link';
import { config } from '@/lib/config';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line print:hidden">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-sm text-muted sm:flex-row sm:justify-between">
        <p>Compute Atlas: every figure with its period and source.</p>
        <p className="flex gap-4">
          <Link href="/sources" className="hover:underline">
            Sources
          </Link>
          <Link href="/glossary" className="hover:underline">
            Glossary
          </Link>
          <Link href="/about" className="hover:underline">
            Methodology
          </Link>
          <a href={`${config.publicApiUrl}/graphql`} className="hover:underline">
            API
          </a>
          <Link href="/studio" className="hover:underline">
            Studio
          </Link>
        </p>
      </div>
    </footer>
  );
}
