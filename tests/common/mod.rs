//! Shared by the property tests.

use proptest::prelude::ProptestConfig;
use proptest::test_runner::RngSeed;

/// `default` cases per property on every test run, or `ACUMAP_FUZZ_CASES` for a longer run;
/// failures are not persisted to files. The cases are the same on every run (a fixed seed), so
/// that CI's verdict on a commit is the commit's and not the draw's: a random draw once failed a
/// CI run on a test's own mistake that six earlier runs had not drawn. To look further, set
/// `PROPTEST_RNG_SEED` to another number, with many cases:
/// `ACUMAP_FUZZ_CASES=100000 PROPTEST_RNG_SEED=$RANDOM cargo test --release --test robustness`.
pub fn fuzz_config(default: u32) -> ProptestConfig {
    let cases = std::env::var("ACUMAP_FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(default);
    let base = ProptestConfig::default();
    let rng_seed = match base.rng_seed {
        RngSeed::Random => RngSeed::Fixed(20081),
        chosen => chosen,
    };
    ProptestConfig { cases, rng_seed, failure_persistence: None, ..base }
}
