//! The committed generated modules (`nlkit/src/ynl/`) and the round-trip test's table are
//! what the generator makes from the vendored specs now.

use std::path::Path;

#[test]
fn committed_modules_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = root.join("../nlkit/src/ynl");
    let files = nlkit_ynl::generate::generate_all(&root.join("specs"), "nlkit-ynl/specs").unwrap();
    let mut stale = Vec::new();
    for f in &files {
        let committed = std::fs::read_to_string(out.join(&f.name)).unwrap_or_default();
        if committed != f.text {
            stale.push(f.name.clone());
        }
    }
    for e in std::fs::read_dir(&out).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        if !files.iter().any(|f| f.name == name) {
            stale.push(format!("{name} (not generated)"));
        }
    }
    assert!(
        stale.is_empty(),
        "out of date: {}; run `cargo run -p nlkit-ynl -- generate`",
        stale.join(", ")
    );
    assert_eq!(files.len(), 29, "27 families, mod.rs and the licence");
}

#[test]
fn the_round_trip_table_is_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let families = nlkit_ynl::generate::read_dir(&root.join("specs")).unwrap();
    let want = nlkit_ynl::generate::roundtrip_table(&families);
    let path = root.join("..").join(nlkit_ynl::generate::ROUNDTRIP_TABLE);
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == want,
        "{} is out of date; run `cargo run -p nlkit-ynl -- generate`",
        path.display()
    );
}

#[test]
fn every_family_has_its_feature() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest = std::fs::read_to_string(root.join("../nlkit/Cargo.toml")).unwrap();
    let all = manifest
        .lines()
        .find(|l| l.starts_with("ynl-all = "))
        .expect("nlkit/Cargo.toml has ynl-all");
    let families = nlkit_ynl::generate::read_dir(&root.join("specs")).unwrap();
    for f in &families {
        let feature = nlkit_ynl::generate::feature_name(&f.stem);
        let line = format!("{feature} = [\"ynl\"]");
        assert!(
            manifest.lines().any(|l| l == line),
            "nlkit/Cargo.toml lacks `{line}`"
        );
        assert!(
            all.contains(&format!("\"{feature}\"")),
            "ynl-all lacks {feature}"
        );
    }
}
