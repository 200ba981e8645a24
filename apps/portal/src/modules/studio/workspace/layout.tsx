import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { signOut } from '@/modules/studio/auth/actions';
import { requireStudioSession } from '@/modules/studio/auth/lib/session';

export const metadata: Metadata = {
  title: { default: 'Studio', template: '%s · Studio' },
  robots: { index: false },
};

const editorLinks = [
  { href: '/studio', label: 'Articles' },
  { href: '/studio/import', label: 'Import' },
  { href: '/studio/data', label: 'Data' },
];
const adminLinks = [
  { href: '/studio/audit', label: 'Audit log' },
  { href: '/studio/admin', label: 'Users & keys' },
];

/** The frame of every signed-in studio page; signed-out visitors go to the sign-in page. */
export async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const session = await requireStudioSession();
  const links = session.user.role === 'ADMIN' ? [...editorLinks, ...adminLinks] : editorLinks;
  return (
    <>
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2.5">
          <Link href="/studio" className="font-bold tracking-tight">
            Compute Atlas <span className="font-normal text-muted">studio</span>
          </Link>
          <nav aria-label="Studio">
            <ul className="flex gap-4 text-sm">
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="hover:text-accent">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <Link href="/" className="text-muted hover:text-accent">
              Public site
            </Link>
            <span data-testid="signed-in-user">
              {session.user.name}{' '}
              <span className="text-muted">({session.user.role.toLowerCase()})</span>
            </span>
            <form action={signOut}>
              <input type="hidden" name="csrfToken" value={session.csrfToken} />
              <button
                type="submit"
                className="rounded-md border border-line px-2.5 py-1 hover:bg-canvas"
              >
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
