import { ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import pg from 'pg';

/** @import { SqlResultSet } from '@prisma/driver-adapter-utils' */

/** Postgres' internal single-byte `"char"` type, used by catalog columns such as `pg_constraint.contype`. */
const CATALOG_CHAR_OID = 18;
const TEXT_OID = 25;
/** Marks, on a result's rows, which columns were `"char"`. */
const CHAR_COLUMNS = Symbol('catalog "char" columns');

/** @typedef {unknown[][] & { [CHAR_COLUMNS]?: number[] }} MarkedRows */
/** @typedef {(error: Error | null, result: pg.QueryResult | undefined) => void} QueryCallback */

/**
 * The schema engine reads catalog `"char"` columns as characters, as the native engine's
 * driver returns them, but `@prisma/adapter-pg` has no column type for that oid and fails
 * the whole query. This client hands such columns to the adapter as `text` (`pg` already
 * returns their values as strings) and marks them on the rows, which the adapter passes
 * through untouched, so that `restoreCatalogCharColumns` can type them as characters again.
 */
export class CatalogCharClient extends pg.Client {
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
        forward.call(
          this,
          config,
          values,
          markingCharColumns(/** @type {QueryCallback} */ (callback)),
        )
      );
    }
    if (typeof values === 'function') {
      return /** @type {never} */ (
        forward.call(this, config, markingCharColumns(/** @type {QueryCallback} */ (values)))
      );
    }
    const outcome = forward.call(this, ...args);
    return /** @type {never} */ (
      outcome instanceof Promise ? outcome.then(markCharColumns) : outcome
    );
  }
}

/**
 * Types the columns `CatalogCharClient` marked as characters.
 * @param {SqlResultSet} resultSet
 * @returns {SqlResultSet}
 */
export function restoreCatalogCharColumns(resultSet) {
  const charColumns = /** @type {MarkedRows} */ (resultSet.rows)[CHAR_COLUMNS];
  if (!charColumns) return resultSet;
  const columnTypes = [...resultSet.columnTypes];
  for (const index of charColumns) columnTypes[index] = ColumnTypeEnum.Character;
  return { ...resultSet, columnTypes };
}

/**
 * @param {QueryCallback} callback
 * @returns {QueryCallback}
 */
function markingCharColumns(callback) {
  return (error, result) => callback(error, result && markCharColumns(result));
}

/**
 * @template Result
 * @param {Result} result
 * @returns {Result}
 */
function markCharColumns(result) {
  const { fields, rows } = /** @type {Partial<pg.QueryResult>} */ (result);
  if (!fields || !rows) return result;
  /** @type {number[]} */
  const charColumns = [];
  fields.forEach((field, index) => {
    if (field.dataTypeID !== CATALOG_CHAR_OID) return;
    field.dataTypeID = TEXT_OID;
    charColumns.push(index);
  });
  if (charColumns.length > 0) {
    Object.defineProperty(rows, CHAR_COLUMNS, { value: charColumns });
  }
  return result;
}
