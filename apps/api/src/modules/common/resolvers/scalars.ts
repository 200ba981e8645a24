import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !datePattern.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError(`Date must be written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError(`DateTime must be an ISO 8601 instant, got ${JSON.stringify(value)}`);
  }
  return value;
}

function asDate(value: unknown, scalar: string): Date {
  if (!(value instanceof Date)) throw new TypeError(`${scalar} expects a Date to serialise`);
  return value;
}

export const Date_ = new GraphQLScalarType<string, string>({
  name: 'Date',
  serialize: (value) => asDate(value, 'Date').toISOString().slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTime = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  serialize: (value) => asDate(value, 'DateTime').toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
