import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';

/** @typedef {bindings.SchemaEngine} SchemaEngine */

/** @type {string | undefined} */
let lastPanicMessage;
/** @type {Promise<typeof bindings> | undefined} */
let loading;

/**
 * Instantiates Prisma's schema engine compiled to WebAssembly, once per process. The
 * package is an ES-module-integration build that Node cannot import as it is, so the
 * module is instantiated here with its own JS glue as the import object.
 * @returns {Promise<typeof bindings>}
 */
export function loadSchemaEngine() {
  loading ??= instantiate();
  return loading;
}

/** The message of the last panic inside the engine, cleared once read. */
export function takePanicMessage() {
  const message = lastPanicMessage;
  lastPanicMessage = undefined;
  return message;
}

async function instantiate() {
  // The engine's panic hook reports the panic message through this global.
  /** @type {typeof globalThis & { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } }} */ (
    globalThis
  ).PRISMA_WASM_PANIC_REGISTRY = {
    set_message(message) {
      lastPanicMessage = message;
    },
  };
  const glue = createRequire(import.meta.url).resolve(
    '@prisma/schema-engine-wasm/schema_engine_bg',
  );
  const bytes = await readFile(path.join(path.dirname(glue), 'schema_engine_bg.wasm'));
  const { instance } = await globalThis.WebAssembly.instantiate(bytes, {
    './schema_engine_bg.js': /** @type {WebAssembly.ModuleImports} */ (
      /** @type {unknown} */ (bindings)
    ),
  });
  bindings.__wbg_set_wasm(instance.exports);
  /** @type {() => void} */ (instance.exports.__wbindgen_start)();
  return bindings;
}
