import type { Root as HastRoot } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { ReactNode } from 'react';
import type { SourceFieldsFragment } from '@/gql/graphql';
import { InlineFigure } from '@/components/figures';
import type { GlossaryDefinition } from '@/components/glossary-term';
import { MarkedTerm } from '@/components/term-text';
import { RankingTable } from '@/components/ranking-table';
import type { BlockData } from '../lib/load-blocks';
import { blockTagName, termTagName } from '../lib/parse-article';
import { BlockBoundary } from './block-boundary';
import { BlockNotice } from './block-notice';
import { ChartBlock } from './chart-block';

/** How an article is rendered beyond its text and blocks. */
export interface RenderArticleOptions {
  /** Definitions of the terms it marks; a term without one is a link to the glossary. */
  definitions?: ReadonlyMap<string, GlossaryDefinition>;
  /**
   * Whether charts offer a citation (by default they do). The studio's preview leaves it out: a
   * draft has no permalink to cite, and the server action that renders the preview can answer
   * only with client components its page already loads.
   */
  citations?: boolean;
}

function renderBlock(
  block: BlockData | undefined,
  inline: boolean,
  sourceNumbers: Map<string, number>,
  citations: boolean,
): ReactNode {
  if (!block) return <BlockNotice message="this block could not be read" inline={inline} />;
  switch (block.kind) {
    case 'notice':
      return <BlockNotice message={block.message} inline={inline} />;
    case 'live': {
      const figure = (
        <InlineFigure
          figure={block.figure}
          sourceNumber={
            block.figure.source ? sourceNumbers.get(block.figure.source.key) : undefined
          }
        />
      );
      return inline ? figure : <p>{figure}</p>;
    }
    case 'chart':
      return <ChartBlock block={block} citable={citations} />;
    case 'ranking':
      return (
        <div className="my-8">
          <RankingTable indicator={block.indicator} entries={block.entries} />
        </div>
      );
    default:
      return unrenderedBlock(block);
  }
}

/** A block kind without a case above is a compile error here; at run time its boundary shows a notice. */
function unrenderedBlock(block: never): never {
  throw new Error(`No renderer for live blocks of kind "${(block as BlockData).kind}"`);
}

/**
 * Renders a parsed article to React, putting each live block's data in its placeholder. Each
 * block renders inside its own error boundary, so one that fails shows a notice in its place.
 * Inline figures cite their source by its number in the page's list (`sources`, in order).
 */
export function renderArticle(
  tree: HastRoot,
  blocks: BlockData[],
  sources: SourceFieldsFragment[],
  { definitions = new Map(), citations = true }: RenderArticleOptions = {},
): ReactNode {
  const sourceNumbers = new Map(sources.map((source, index) => [source.key, index + 1]));
  const components = {
    [blockTagName]: (props: { block?: string; inline?: string }) => {
      const inline = props.inline === 'true';
      return (
        <BlockBoundary inline={inline}>
          {renderBlock(blocks[Number(props.block)], inline, sourceNumbers, citations)}
        </BlockBoundary>
      );
    },
    [termTagName]: (props: { slug: string; children?: ReactNode }) => (
      <MarkedTerm slug={props.slug} definitions={definitions}>
        {props.children}
      </MarkedTerm>
    ),
  } as unknown as Components;
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components });
}
