import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BlockBoundary } from './block-boundary';

describe('BlockBoundary', () => {
  it('renders its block unchanged while the block renders', () => {
    const markup = renderToStaticMarkup(
      <BlockBoundary inline={false}>
        <p>3.7 EFLOP/s</p>
      </BlockBoundary>,
    );
    expect(markup).toBe('<p>3.7 EFLOP/s</p>');
  });

  it('puts a notice in place of a block that failed, inline or as a paragraph', () => {
    for (const [inline, tag] of [
      [true, 'span'],
      [false, 'p'],
    ] as const) {
      const boundary = new BlockBoundary({ inline, children: <p>never shown</p> });
      boundary.state = BlockBoundary.getDerivedStateFromError();
      const markup = renderToStaticMarkup(<>{boundary.render()}</>);
      expect(markup).toMatch(new RegExp(`^<${tag} role="note"`));
      expect(markup).toContain('Live figure unavailable: this block could not be shown');
      expect(markup).not.toContain('never shown');
    }
  });
});
