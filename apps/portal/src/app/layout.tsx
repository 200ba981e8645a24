import type { Metadata, Viewport } from 'next';
import localFont from 'next/font/local';
import { InlineScript } from '@/components/inline-script';
import { config } from '@/lib/config';
import './globals.css';

const inter = localFont({
  src: '../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  weight: '100 900',
  display: 'optional',
});

export const metadata: Metadata = {
  metadataBase: new URL(config.siteUrl),
  title: { default: 'Compute Atlas', template: '%s · Compute Atlas' },
  description:
    'How much computing power each region has, how fast it grows, what it costs in energy and what it produces, with every figure sourced.',
  openGraph: { siteName: 'Compute Atlas', type: 'website' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1218' },
  ],
};

// Applies a theme the reader chose earlier before the first paint, so the page never flashes.
const themeScript = `try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

export default function RootLayout({ children }: LayoutProps<'/'>) {
  return (
    <html lang="en" className={inter.variable} suppressHydrationWarning>
      <head>
        <InlineScript code={themeScript} />
      </head>
      <body className="min-h-dvh bg-canvas font-sans text-ink antialiased">{children}</body>
    </html>
  );
}
