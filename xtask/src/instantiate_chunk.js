// Put inside the chunk loader by `cargo xtask build` (inline_loader), where the loader that
// wasm_split_cli_support writes calls `WebAssembly.instantiateStreaming` itself.
/** Compiles a chunk's wasm from `response` (a promise of it) with `imports`: streaming where the
 * host serves the file as `application/wasm`, from its bytes where it does not (many hosts and
 * CDNs send `application/octet-stream`, which `instantiateStreaming` refuses), as wasm-bindgen's
 * glue does for the main wasm. */
async function instantiateChunk(response, imports) {
  const file = await response;
  if (!file.ok) throw new Error(`${file.url}: HTTP ${file.status}`);
  const type = (file.headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase();
  return type === 'application/wasm'
    ? WebAssembly.instantiateStreaming(file, imports)
    : WebAssembly.instantiate(await file.arrayBuffer(), imports);
}
