import { NotFoundMessage } from '@/components/not-found-message';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';

/** For addresses that match no route at all, outside the site layout. */
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-6xl px-4 pt-6 sm:pt-10">
        <NotFoundMessage />
      </main>
      <SiteFooter />
    </>
  );
}
