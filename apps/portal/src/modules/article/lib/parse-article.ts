import {
  isLiveBlockKind,
  parseBlockSpec,
  parseTermDirective,
  termDirectiveName,
  type BlockSpec,
} from '@atlas/domain';
import type { Element, Root as HastRoot } from 'hast';
import type { PhrasingContent, Root as MdastRoot, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import GithubSlugger from 'github-slugger';
import { toString as hastToString } from 'hast-util-to-string';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** The element that stands in for a live block until its data is rendered into it. */
export const blockTagName = 'atlas-block';
/** The element that stands in for a marked glossary term (`:term[…]`), its label inside. */
export const termTagName = 'atlas-term';

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

export interface ParsedArticle {
  tree: HastRoot;
  blocks: BlockSpec[];
  toc: TocEntry[];
  wordCount: number;
}

type Directive = TextDirective | LeafDirective | ContainerDirective;

function directiveSource(node: Directive): string {
  const marker = node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';
  return `${marker}${node.name}`;
}

function labelText(children: PhrasingContent[]): string {
  return children
    .map((child) =>
      'value' in child ? child.value : labelText('children' in child ? child.children : []),
    )
    .join('');
}

/**
 * Replaces each live directive by a placeholder element numbered in `blocks`, and each valid
 * term directive by a term element around its label (an invalid one leaves its label). Any
 * other directive is put back as the text it was written as, so a stray colon never eats words.
 */
function remarkLiveBlocks(blocks: BlockSpec[]) {
  return (tree: MdastRoot) => {
    visit(tree, (node, index, parent) => {
      if (
        node.type !== 'textDirective' &&
        node.type !== 'leafDirective' &&
        node.type !== 'containerDirective'
      ) {
        return;
      }
      if (node.type === 'textDirective' && node.name === termDirectiveName) {
        const mark = parseTermDirective({
          label: labelText(node.children),
          attributes: node.attributes ?? {},
        });
        if (mark.kind === 'invalid' && parent && index !== undefined) {
          parent.children.splice(index, 1, ...(node.children as Text[]));
          return index;
        }
        if (mark.kind === 'term') {
          node.data = { ...node.data, hName: termTagName, hProperties: { slug: mark.slug } };
        }
        return;
      }
      if (!isLiveBlockKind(node.name)) {
        if (parent && index !== undefined && node.type === 'textDirective') {
          const text: Text = { type: 'text', value: directiveSource(node) };
          parent.children.splice(index, 1, text, ...(node.children as Text[]));
          return index + 1;
        }
        node.data = { ...node.data, hName: 'div' };
        return;
      }
      const inline = node.type === 'textDirective';
      const spec = parseBlockSpec({ name: node.name, inline, attributes: node.attributes ?? {} });
      node.data = {
        ...node.data,
        hName: blockTagName,
        hProperties: { block: String(blocks.length), inline: inline ? 'true' : 'false' },
        hChildren: [],
      };
      blocks.push(spec);
      return SKIP;
    });
  };
}

/** GitHub's sanitising schema plus the placeholder elements of live blocks and terms. */
const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), blockTagName, termTagName],
  attributes: {
    ...defaultSchema.attributes,
    [blockTagName]: ['block', 'inline'],
    [termTagName]: ['slug'],
  },
};

/** Lets keyboard users scroll code blocks that are wider than the text column. */
function rehypeFocusableCode() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'pre') node.properties = { ...node.properties, tabIndex: 0 };
    });
  };
}

/** Gives h2 and h3 headings stable ids and lists them for the table of contents. */
function rehypeHeadings(toc: TocEntry[]) {
  return (tree: HastRoot) => {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
      const text = hastToString(node).trim();
      const id = slugger.slug(text);
      node.properties = { ...node.properties, id };
      toc.push({ id, text, depth: node.tagName === 'h2' ? 2 : 3 });
    });
  };
}

/** Moves every heading down by `levels` (h1 → h2), for a document shown inside a page that has its h1. */
function rehypeDemoteHeadings(levels: number) {
  return (tree: HastRoot) => {
    if (levels === 0) return;
    visit(tree, 'element', (node: Element) => {
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (level) node.tagName = `h${Math.min(6, Number(level) + levels)}`;
    });
  };
}

export interface ParseOptions {
  /** Heading levels to move every heading down by; 0 by default. */
  demoteHeadings?: number;
}

/**
 * Parses an article's Markdown into a sanitised HTML tree. Raw HTML in the source is
 * dropped, never rendered; live blocks become numbered placeholders with checked specs.
 */
export function parseArticle(markdown: string, options: ParseOptions = {}): ParsedArticle {
  const blocks: BlockSpec[] = [];
  const toc: TocEntry[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkLiveBlocks, blocks)
    .use(remarkRehype)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeDemoteHeadings, options.demoteHeadings ?? 0)
    .use(rehypeFocusableCode)
    .use(rehypeHeadings, toc);
  const tree = processor.runSync(processor.parse(markdown)) as HastRoot;
  const wordCount = hastToString(tree).split(/\s+/).filter(Boolean).length;
  return { tree, blocks, toc, wordCount };
}
