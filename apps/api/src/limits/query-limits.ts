/**
 * The limits that protect the API from expensive requests. The defaults are documented in the
 * schema (the Query type's description) and in the README of the API.
 */
export interface QueryLimits {
  /** Deepest field nesting an operation may have (fragments are flattened, introspection ignored). */
  maxDepth: number;
  /** Most aliases an operation may use. */
  maxAliases: number;
  /** Largest estimated cost of an operation; see cost-estimator.ts. */
  maxCost: number;
  /** Largest query text, in bytes (UTF-8). */
  maxQueryBytes: number;
  /** Time after which the fields still to resolve fail with TIMEOUT. */
  timeoutMs: number;
  /** Requests per client (API key, else address) per window. */
  rateLimit: { requests: number; windowSeconds: number };
}

export const defaultQueryLimits: QueryLimits = {
  maxDepth: 10,
  maxAliases: 30,
  maxCost: 100_000,
  maxQueryBytes: 20_000,
  timeoutMs: 10_000,
  rateLimit: { requests: 600, windowSeconds: 60 },
};
