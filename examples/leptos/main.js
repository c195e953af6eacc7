// The example app's wasm (wasm-bindgen's glue, `cargo xtask example`); its start function
// mounts the app into <body>.
import init from './example.js';

await init();
