// Node.js has the WebAssembly global, but @types/node 20 does not declare it; this is
// the part the schema engine loader uses.
declare namespace WebAssembly {
  type ModuleImports = Record<string, unknown>;
  type Imports = Record<string, ModuleImports>;
  interface Instance {
    readonly exports: Record<string, unknown>;
  }
  interface WebAssemblyInstantiatedSource {
    instance: Instance;
  }
  function instantiate(bytes: Uint8Array, imports: Imports): Promise<WebAssemblyInstantiatedSource>;
}
