import { mapHeight, mapWidth, worldShapes } from '@/lib/geo/world-shapes';

/**
 * Every country outline once, by alpha-3 id, for maps to reference with <use>: the outlines
 * are fetched and cached once instead of being repeated in every page that shows a map.
 */
export const dynamic = 'force-static';

export function GET() {
  const paths = [...worldShapes().values()].map(
    (shape) => `<path id="${shape.code}" d="${shape.path}"/>`,
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${mapWidth} ${mapHeight}"><defs>${paths.join('')}</defs></svg>`;
  return new Response(svg, {
    headers: {
      'content-type': 'image/svg+xml',
      'cache-control': 'public, max-age=86400, stale-while-revalidate=604800',
    },
  });
}
