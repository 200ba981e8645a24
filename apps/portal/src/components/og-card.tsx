import { ImageResponse } from 'next/og';

export const ogSize = { width: 1200, height: 630 };

/** The Open Graph picture of a page: its kind, its title and the site's mark, in the site's colours. */
export function ogCard({
  kicker,
  title,
  detail,
}: {
  kicker: string;
  title: string;
  detail?: string;
}) {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#ffffff',
        color: '#14171f',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 16, fontSize: 34 }}>
        <div style={{ display: 'flex', alignItems: 'flex-end', gap: 6, height: 40 }}>
          <div style={{ width: 10, height: 18, background: '#1d4ed8' }} />
          <div style={{ width: 10, height: 28, background: '#047857' }} />
          <div style={{ width: 10, height: 40, background: '#c2410c' }} />
        </div>
        Compute Atlas
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 20 }}>
        <div style={{ fontSize: 30, color: '#1d4ed8' }}>{kicker}</div>
        <div style={{ fontSize: title.length > 60 ? 56 : 68, lineHeight: 1.1 }}>{title}</div>
        {detail ? <div style={{ fontSize: 30, color: '#4a5163' }}>{detail}</div> : null}
      </div>
    </div>,
    ogSize,
  );
}
