import 'server-only';
import { geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { iso31661 } from 'iso-3166';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import countries50m from 'world-atlas/countries-50m.json';

export const mapWidth = 960;
export const mapHeight = 470;

export interface CountryShape {
  /** ISO 3166-1 alpha-3 code. */
  code: string;
  /** SVG path of the outline, or of a dot for a country too small for the map's scale. */
  path: string;
  dot: boolean;
}

const antarctica = '010';
const alpha3ByNumeric = new Map(iso31661.map((entry) => [entry.numeric, entry.alpha3]));

function countriesOf(topology: unknown): FeatureCollection<Geometry, { name: string }> {
  const world = topology as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return feature(world, world.objects.countries);
}

/**
 * Country outlines projected once per server process (Equal Earth, Antarctica left out).
 * Countries too small for the 1:110m outlines, such as Singapore, are drawn as a dot at
 * the centre of their 1:50m outline so that they still show on the map.
 */
function projectWorld(): Map<string, CountryShape> {
  const coarse = countriesOf(countries110m);
  const land = coarse.features.filter((item) => item.id !== antarctica);
  const projection = geoEqualEarth().fitSize([mapWidth, mapHeight], {
    type: 'FeatureCollection',
    features: land,
  });
  const path = geoPath(projection).digits(1);
  const shapes = new Map<string, CountryShape>();
  const add = (
    item: Feature<Geometry, { name: string }>,
    dot: boolean,
    draw: (item: Feature) => string | null,
  ) => {
    const code = alpha3ByNumeric.get(String(item.id));
    if (!code || shapes.has(code)) return;
    const drawn = draw(item);
    if (drawn) shapes.set(code, { code, path: drawn, dot });
  };
  for (const item of land) add(item, false, (shape) => path(shape));
  const dot = geoPath(projection).digits(1).pointRadius(3.5);
  for (const item of countriesOf(countries50m).features) {
    add(item, true, (shape) => dot({ type: 'Point', coordinates: geoCentroid(shape) }));
  }
  return shapes;
}

let world: Map<string, CountryShape> | undefined;

/** Every country shape by alpha-3 code. */
export function worldShapes(): Map<string, CountryShape> {
  world ??= projectWorld();
  return world;
}
