import type { Root as HastRoot } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { ReactNode } from 'react';
import type { SourceFieldsFragment } from '@/gql/graphql';
import { LineChart } from '@/components/charts/line-chart';
import { InlineFigure } from '@/components/figures';
import { RankingTable } from '@/components/ranking-table';
import { SourceLine } from '@/components/source-citation';
import { formatPeriod } from '@/lib/format';
import type { BlockData } from '../lib/load-blocks';
import { blockTagName } from '../lib/parse-article';

function BlockNotice({ message, inline }: { message: string; inline: boolean }) {
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag role="note" className="rounded border border-warn px-1.5 text-sm text-warn">
      Live figure unavailable: {message}
    </Tag>
  );
}

function ChartBlock({ block }: { block: Extract<BlockData, { kind: 'chart' }> }) {
  const { spec, indicator } = block;
  const range =
    spec.from || spec.to
      ? `, ${spec.from ? formatPeriod(spec.from) : 'first'}–${spec.to ? formatPeriod(spec.to) : 'latest'}`
      : '';
  return (
    <figure className="my-8 rounded-lg border border-line p-4" data-chart={indicator.code}>
      <figcaption className="mb-3">
        <a
          href={`/indicators/${indicator.code}?regions=${spec.regions.join(',')}`}
          className="font-semibold hover:underline"
        >
          {indicator.name}
        </a>
        <span className="text-muted">{range}</span>
      </figcaption>
      <LineChart
        series={block.series}
        unit={indicator.unit}
        scale={spec.scale}
        description={`Line chart of ${indicator.name} (${indicator.unit}) for ${block.series.map((s) => s.label).join(', ')}${range}.`}
      />
      <SourceLine sources={block.sources} listId="how-we-know" />
    </figure>
  );
}

function renderBlock(
  block: BlockData | undefined,
  inline: boolean,
  sourceNumbers: Map<string, number>,
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
      return <ChartBlock block={block} />;
    case 'ranking':
      return (
        <div className="my-8">
          <RankingTable indicator={block.indicator} entries={block.entries} />
        </div>
      );
  }
}

/**
 * Renders a parsed article to React, putting each live block's data in its placeholder.
 * Inline figures cite their source by its number in the page's list (`sources`, in order).
 */
export function renderArticle(
  tree: HastRoot,
  blocks: BlockData[],
  sources: SourceFieldsFragment[],
): ReactNode {
  const sourceNumbers = new Map(sources.map((source, index) => [source.key, index + 1]));
  const components = {
    [blockTagName]: (props: { block?: string; inline?: string }) =>
      renderBlock(blocks[Number(props.block)], props.inline === 'true', sourceNumbers),
  } as unknown as Components;
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components });
}
