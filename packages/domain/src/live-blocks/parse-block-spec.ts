import { isPeriod, periodSyntax } from '../periods.ts';
import {
  defaultRankingLimit,
  liveBlockAttributes,
  maxChartRegions,
  maxRankingLimit,
  type BlockSpec,
  type ChartSpec,
  type LiveBlock,
  type LiveDirective,
  type LiveSpec,
  type RankingSpec,
} from './live-block-spec.ts';

/** The first thing wrong with a directive's attributes, as the author should read it. */
class AttributeProblem extends Error {}

type Attributes = LiveDirective['attributes'];

const codePattern = /^[A-Za-z0-9_]+$/;
const wholeNumberPattern = /^\d+$/;

function optional(attributes: Attributes, field: string): string | undefined {
  return attributes[field] ?? undefined;
}

function required(attributes: Attributes, field: string): string {
  const value = optional(attributes, field);
  if (value === undefined) throw new AttributeProblem(`${field} is required`);
  return value;
}

function code(value: string, field: string): string {
  if (!codePattern.test(value))
    throw new AttributeProblem(`${field} must be a code of letters, digits and underscores`);
  return value;
}

function period(value: string, field: string): string {
  if (!isPeriod(value)) throw new AttributeProblem(`${field} must be a period, ${periodSyntax}`);
  return value;
}

/** Only the attributes that were given, so a spec has no keys set to undefined. */
function given<T>(field: string, value: T | undefined): Record<string, T> {
  return value === undefined ? {} : { [field]: value };
}

function optionalPeriod(attributes: Attributes, field: string): Record<string, string> {
  const value = optional(attributes, field);
  return given(field, value === undefined ? undefined : period(value, field));
}

/** A comma-separated list of region codes; blanks around and between commas are ignored. */
function regionList(value: string, field: string): string[] {
  const codes = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  codes.forEach((item, index) => code(item, `${field}.${index}`));
  if (codes.length === 0) throw new AttributeProblem(`${field} must name at least one region`);
  if (codes.length > maxChartRegions)
    throw new AttributeProblem(`${field} can name at most ${maxChartRegions} regions`);
  return codes;
}

function scale(value: string, field: string): ChartSpec['scale'] {
  if (value !== 'linear' && value !== 'log')
    throw new AttributeProblem(`${field} must be linear or log`);
  return value;
}

function limit(value: string | undefined, field: string): number {
  if (value === undefined) return defaultRankingLimit;
  if (!wholeNumberPattern.test(value))
    throw new AttributeProblem(`${field} must be a whole number`);
  const number = Number(value);
  if (number < 1) throw new AttributeProblem(`${field} must be at least 1`);
  if (number > maxRankingLimit)
    throw new AttributeProblem(`${field} can be at most ${maxRankingLimit}`);
  return number;
}

const readers: { [Kind in LiveBlock['kind']]: (attributes: Attributes) => LiveBlock } = {
  live: (attributes) => {
    const spec: LiveSpec = {
      indicator: code(required(attributes, 'indicator'), 'indicator'),
      region: code(required(attributes, 'region'), 'region'),
      ...optionalPeriod(attributes, 'period'),
    };
    return { kind: 'live', spec };
  },
  chart: (attributes) => {
    const scaleText = optional(attributes, 'scale');
    const spec: ChartSpec = {
      indicator: code(required(attributes, 'indicator'), 'indicator'),
      regions: regionList(required(attributes, 'regions'), 'regions'),
      ...optionalPeriod(attributes, 'from'),
      ...optionalPeriod(attributes, 'to'),
      ...given('scale', scaleText === undefined ? undefined : scale(scaleText, 'scale')),
    };
    return { kind: 'chart', spec };
  },
  ranking: (attributes) => {
    const spec: RankingSpec = {
      indicator: code(required(attributes, 'indicator'), 'indicator'),
      ...optionalPeriod(attributes, 'period'),
      limit: limit(optional(attributes, 'limit'), 'limit'),
    };
    return { kind: 'ranking', spec };
  },
};

/**
 * Checks a live directive: the kind may stand where it was written and its attributes are
 * valid. Attributes a kind does not read are ignored here (see `unknownAttributes`).
 */
export function parseBlockSpec(directive: LiveDirective): BlockSpec {
  const { name, inline, attributes } = directive;
  if (inline && name !== 'live') {
    return {
      kind: 'invalid',
      directive: name,
      problem: `must stand on a line of its own, written ::${name}{…}`,
    };
  }
  try {
    return readers[name](attributes);
  } catch (error) {
    if (!(error instanceof AttributeProblem)) throw error;
    return { kind: 'invalid', directive: name, problem: error.message };
  }
}

/** The attributes of a directive that its kind does not read, e.g. a misspelt `regoin`. */
export function unknownAttributes(directive: LiveDirective): string[] {
  const known: readonly string[] = liveBlockAttributes[directive.name];
  return Object.keys(directive.attributes).filter((name) => !known.includes(name));
}
