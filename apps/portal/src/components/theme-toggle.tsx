'use client';

import { useEffect, useState } from 'react';

type Theme = 'system' | 'light' | 'dark';

const nextTheme: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };
const labels: Record<Theme, string> = {
  system: 'System theme',
  light: 'Light theme',
  dark: 'Dark theme',
};

function readStoredTheme(): Theme {
  const stored = document.documentElement.dataset.theme;
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

/** Cycles system → light → dark; the choice is kept in localStorage for the next visit. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>('system');
  useEffect(() => setTheme(readStoredTheme()), []);

  function cycle() {
    const chosen = nextTheme[theme];
    setTheme(chosen);
    if (chosen === 'system') {
      delete document.documentElement.dataset.theme;
      localStorage.removeItem('theme');
    } else {
      document.documentElement.dataset.theme = chosen;
      localStorage.setItem('theme', chosen);
    }
  }

  return (
    <button
      type="button"
      onClick={cycle}
      className="inline-flex h-9 items-center gap-1.5 rounded-md border border-line px-2.5 text-sm hover:bg-surface"
      aria-label={`${labels[theme]}; switch to ${labels[nextTheme[theme]].toLowerCase()}`}
    >
      <svg aria-hidden width="16" height="16" viewBox="0 0 16 16">
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        {theme === 'system' ? <path d="M8 1.5a6.5 6.5 0 0 1 0 13z" fill="currentColor" /> : null}
        {theme === 'dark' ? <circle cx="8" cy="8" r="6.5" fill="currentColor" /> : null}
      </svg>
      <span className="hidden sm:inline">
        {theme === 'system' ? 'Auto' : theme === 'light' ? 'Light' : 'Dark'}
      </span>
    </button>
  );
}
