//! Every vendored spec reads and passes its checks.

use std::path::Path;

#[test]
fn every_vendored_spec_reads() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("specs");
    let mut n = 0;
    let mut failures = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "yaml") {
            n += 1;
            if let Err(e) = nlkit_ynl::load(&p) {
                failures.push(e.to_string());
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(n, 27);
}
