import pg from 'pg';

/** Postgres' internal single-byte `"char"` type, used by catalog columns such as `pg_class.relkind`. */
const CATALOG_CHAR_OID = 18;
const TEXT_OID = 25;

/** @typedef {(error: Error | null, result: pg.QueryResult | undefined) => void} QueryCallback */

/**
 * A `pg` client that reports `"char"` result columns as `text`.
 *
 * The schema engine introspects the catalog, whose `"char"` columns `@prisma/adapter-pg`
 * has no column type for ("Column type 'char' could not be deserialized"). `pg` already
 * returns their values as strings, so only the column's type id needs to change.
 */
export class CatalogCharAsTextClient extends pg.Client {
  /**
   * Every form of `pg.Client#query` is forwarded as it came; only results are touched on
   * their way back.
   * @override
   * @param {...unknown} args
   * @returns {never}
   */
  query(...args) {
    const [config, values, callback] = args;
    const forward = /** @type {(...forwarded: unknown[]) => unknown} */ (super.query);
    if (typeof callback === 'function') {
      return /** @type {never} */ (
        forward.call(this, config, values, withCharAsText(/** @type {QueryCallback} */ (callback)))
      );
    }
    if (typeof values === 'function') {
      return /** @type {never} */ (
        forward.call(this, config, withCharAsText(/** @type {QueryCallback} */ (values)))
      );
    }
    const outcome = forward.call(this, ...args);
    return /** @type {never} */ (
      outcome instanceof Promise ? outcome.then(reportCharAsText) : outcome
    );
  }
}

/**
 * @param {QueryCallback} callback
 * @returns {QueryCallback}
 */
function withCharAsText(callback) {
  return (error, result) => callback(error, result && reportCharAsText(result));
}

/**
 * @template Result
 * @param {Result} result
 * @returns {Result}
 */
function reportCharAsText(result) {
  for (const field of /** @type {Partial<pg.QueryResult>} */ (result).fields ?? []) {
    if (field.dataTypeID === CATALOG_CHAR_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}
