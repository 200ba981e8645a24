'use client';

import { Component, type ReactNode } from 'react';
import { BlockNotice } from './block-notice';

interface BlockBoundaryProps {
  inline: boolean;
  children: ReactNode;
}

/** Catches an error in rendering one live block and shows a notice there, so the rest of the article stands. */
export class BlockBoundary extends Component<BlockBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return <BlockNotice message="this block could not be shown" inline={this.props.inline} />;
    }
    return this.props.children;
  }
}
