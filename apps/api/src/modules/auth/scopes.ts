import type { ApiKeyScope as SchemaScope } from '../../generated/graphql.js';
import type { ApiKeyScope } from './api-key-service.js';

const toSchema: Record<ApiKeyScope, SchemaScope> = {
  'observations:write': 'OBSERVATIONS_WRITE',
};
const fromSchema: Record<SchemaScope, ApiKeyScope> = {
  OBSERVATIONS_WRITE: 'observations:write',
};

/** Stored scope names (`observations:write`) and the schema's enum values, both ways. */
export function scopeToSchema(scope: string): SchemaScope {
  const value = toSchema[scope as ApiKeyScope];
  if (!value) throw new Error(`API key scope "${scope}" has no schema value`);
  return value;
}

export function scopeFromSchema(scope: SchemaScope): ApiKeyScope {
  return fromSchema[scope];
}
