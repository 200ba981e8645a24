import type { ReactNode } from 'react';
import { splitTermText } from '@atlas/domain';
import { GlossaryTerm, type GlossaryDefinition } from './glossary-term';

/** The link a marked term is when its definition is not at hand (or without JavaScript). */
export function GlossaryLink({ slug, children }: { slug: string; children: ReactNode }) {
  return (
    <a href={`/glossary#${slug}`} className="glossary-term">
      {children}
    </a>
  );
}

/** A marked term with its definition in place when the glossary has it. */
export function MarkedTerm({
  slug,
  definitions,
  children,
}: {
  slug: string;
  definitions: ReadonlyMap<string, GlossaryDefinition>;
  children: ReactNode;
}) {
  const definition = definitions.get(slug);
  return definition ? (
    <GlossaryTerm definition={definition}>{children}</GlossaryTerm>
  ) : (
    <GlossaryLink slug={slug}>{children}</GlossaryLink>
  );
}

/** Plain text with marked terms (`:term[…]`), such as an indicator's description. */
export function TermText({ text, terms }: { text: string; terms: readonly GlossaryDefinition[] }) {
  const definitions = definitionsBySlug(terms);
  return splitTermText(text).map((part, index) => {
    if (part.kind === 'text') return part.text;
    if (part.kind === 'invalid') return part.label;
    return (
      <MarkedTerm key={index} slug={part.slug} definitions={definitions}>
        {part.label}
      </MarkedTerm>
    );
  });
}

/** Turns a list of terms into the lookup `MarkedTerm` reads. */
export function definitionsBySlug(
  terms: readonly GlossaryDefinition[],
): ReadonlyMap<string, GlossaryDefinition> {
  return new Map(terms.map((term) => [term.slug, term]));
}
