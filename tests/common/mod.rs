//! Shared by the property tests.

use proptest::prelude::ProptestConfig;

/// `default` cases per property on every test run, or `ACUMAP_FUZZ_CASES` for a longer run;
/// failures are not persisted to files.
pub fn fuzz_config(default: u32) -> ProptestConfig {
    let cases = std::env::var("ACUMAP_FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(default);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}
