//! The generator on a small spec gives the expected module, line for line
//! (`tests/golden/demo.rs`; to accept a change on purpose, run with `BLESS=1`).

use std::path::Path;

#[test]
fn demo_spec_generates_the_expected_module() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let spec = nlkit_ynl::load(&dir.join("demo.yaml")).unwrap();
    let text = nlkit_ynl::generate::generate_family(&spec, "tests/golden/demo.yaml");
    let expected_path = dir.join("demo.rs");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&expected_path, &text).unwrap();
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap();
    for (i, (got, want)) in text.lines().zip(expected.lines()).enumerate() {
        assert_eq!(got, want, "line {}", i + 1);
    }
    assert_eq!(text.lines().count(), expected.lines().count());
}
