'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface GlossaryDefinition {
  slug: string;
  term: string;
  definition: string;
}

/**
 * A marked term: a link to its glossary entry that, with JavaScript, shows the definition in
 * place. The definition opens on hover, on focus and on a first tap (a second tap follows the
 * link), closes with Escape, on blur or when the pointer leaves; it stays open while the pointer
 * is over it. Screen readers hear it as the link's description; without JavaScript the link
 * alone remains.
 */
export function GlossaryTerm({
  definition,
  children,
}: {
  definition: GlossaryDefinition;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const tooltipId = useId();
  const wrapper = useRef<HTMLSpanElement>(null);
  const tap = useRef<{ touch: boolean; wasOpen: boolean }>({ touch: false, wasOpen: false });

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  return (
    <span
      ref={wrapper}
      className="relative"
      onPointerEnter={(event) => {
        if (event.pointerType === 'mouse') setOpen(true);
      }}
      onPointerLeave={(event) => {
        if (event.pointerType === 'mouse') setOpen(false);
      }}
    >
      <a
        href={`/glossary#${definition.slug}`}
        className="glossary-term"
        aria-describedby={tooltipId}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onPointerDown={(event) => {
          tap.current = { touch: event.pointerType !== 'mouse', wasOpen: open };
        }}
        onClick={(event) => {
          // A first tap shows the definition (focus may have opened it already); a second follows the link.
          if (tap.current.touch && !tap.current.wasOpen) {
            event.preventDefault();
            setOpen(true);
          }
          tap.current = { touch: false, wasOpen: false };
        }}
      >
        {children}
      </a>
      <span
        role="tooltip"
        id={tooltipId}
        hidden={!open}
        className="glossary-tooltip absolute top-full left-0 z-20 mt-1 w-72 max-w-[80vw] rounded-md border border-line bg-canvas p-3 text-left text-sm font-normal text-ink shadow-lg"
      >
        <strong className="font-semibold">{definition.term}</strong>: {definition.definition}
      </span>
    </span>
  );
}
