import { z } from 'zod';

const code = z
  .string()
  .regex(/^[A-Za-z0-9_]+$/, 'must be a code of letters, digits and underscores');
const period = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'must be a period, YYYY or YYYY-MM');
const codeList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(code).min(1, 'must name at least one region').max(12, 'can name at most 12 regions'),
  );

const liveSchema = z.object({ indicator: code, region: code, period: period.optional() });

const chartSchema = z.object({
  indicator: code,
  regions: codeList,
  from: period.optional(),
  to: period.optional(),
  scale: z.enum(['linear', 'log']).optional(),
});

const rankingSchema = z.object({
  indicator: code,
  period: period.optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1, 'must be at least 1')
    .max(50, 'can be at most 50')
    .default(10),
});

export type LiveSpec = z.infer<typeof liveSchema>;
export type ChartSpec = z.infer<typeof chartSchema>;
export type RankingSpec = z.infer<typeof rankingSchema>;

/** A live block as the author wrote it, checked: either a spec to load, or why it is invalid. */
export type BlockSpec =
  | { kind: 'live'; spec: LiveSpec }
  | { kind: 'chart'; spec: ChartSpec }
  | { kind: 'ranking'; spec: RankingSpec }
  | { kind: 'invalid'; directive: string; problem: string };

const schemas = { live: liveSchema, chart: chartSchema, ranking: rankingSchema } as const;

export type LiveDirectiveName = keyof typeof schemas;

export function isLiveDirectiveName(name: string): name is LiveDirectiveName {
  return Object.hasOwn(schemas, name);
}

/** Checks the attributes of a `:live`, `::chart` or `::ranking` directive. */
export function parseBlockSpec(
  name: LiveDirectiveName,
  attributes: Record<string, string | null | undefined>,
): BlockSpec {
  const parsed = schemas[name].safeParse(attributes);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'attributes';
    const problem =
      issue?.code === 'invalid_type' ? `${field} is required` : `${field} ${issue?.message}`;
    return { kind: 'invalid', directive: name, problem };
  }
  return { kind: name, spec: parsed.data } as BlockSpec;
}
