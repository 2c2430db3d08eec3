//! `nlkit-ynl generate`: writes nlkit's typed families (`nlkit/src/ynl/`) from the specs
//! in `nlkit-ynl/specs/` (and the round-trip test's table of every set,
//! `nlkit-ynl/tests/roundtrip/table.rs`); `nlkit-ynl check` tells whether the committed
//! files are current.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

fn main() -> ExitCode {
    let command = std::env::args().nth(1).unwrap_or_default();
    let root = workspace();
    let specs = root.join("nlkit-ynl/specs");
    let out = root.join("nlkit/src/ynl");
    let files = match nlkit_ynl::generate::generate_all(&specs, "nlkit-ynl/specs") {
        Ok(f) => f,
        Err(e) => {
            eprintln!("nlkit-ynl: {e}");
            return ExitCode::FAILURE;
        }
    };
    let table = match nlkit_ynl::generate::read_dir(&specs) {
        Ok(families) => nlkit_ynl::generate::roundtrip_table(&families),
        Err(e) => {
            eprintln!("nlkit-ynl: {e}");
            return ExitCode::FAILURE;
        }
    };
    let table = nlkit_ynl::generate::GeneratedFile {
        name: nlkit_ynl::generate::ROUNDTRIP_TABLE.to_owned(),
        text: table,
    };
    match command.as_str() {
        "generate" => both(
            write(&root, std::slice::from_ref(&table)),
            write(&out, &files),
        ),
        "check" => both(
            check(&root, std::slice::from_ref(&table)),
            check(&out, &files),
        ),
        _ => {
            eprintln!("usage: nlkit-ynl generate | check");
            ExitCode::from(2)
        }
    }
}

fn write(out: &Path, files: &[nlkit_ynl::generate::GeneratedFile]) -> ExitCode {
    if let Err(e) = std::fs::create_dir_all(out) {
        eprintln!("nlkit-ynl: {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    for f in files {
        let path = out.join(&f.name);
        if std::fs::read_to_string(&path).is_ok_and(|t| t == f.text) {
            continue;
        }
        if let Err(e) = std::fs::write(&path, &f.text) {
            eprintln!("nlkit-ynl: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {}", path.display());
    }
    ExitCode::SUCCESS
}

fn check(out: &Path, files: &[nlkit_ynl::generate::GeneratedFile]) -> ExitCode {
    let stale: Vec<_> = files
        .iter()
        .filter(|f| std::fs::read_to_string(out.join(&f.name)).ok().as_deref() != Some(&f.text))
        .map(|f| f.name.clone())
        .collect();
    if stale.is_empty() {
        return ExitCode::SUCCESS;
    }
    eprintln!(
        "nlkit-ynl: out of date: {}; run `cargo run -p nlkit-ynl -- generate`",
        stale.join(", ")
    );
    ExitCode::FAILURE
}

/// Success when both succeeded.
fn both(a: ExitCode, b: ExitCode) -> ExitCode {
    if a == ExitCode::SUCCESS {
        b
    } else {
        a
    }
}
