//! The layers hold: only the app layer and the store itself name the store, and the domain
//! knows nothing of Discord or SQL (see ARCHITECTURE.md).

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn sources() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("readable");
            let name = path
                .strip_prefix(&src)
                .expect("under src")
                .to_string_lossy()
                .replace('\\', "/");
            (name, text)
        })
        .collect()
}

/// The lines of `text` outside comments that contain `needle`.
fn code_lines_with<'a>(text: &'a str, needle: &str) -> Vec<&'a str> {
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .filter(|l| l.contains(needle))
        .collect()
}

#[test]
fn only_the_app_layer_and_the_store_name_the_store() {
    let mut offenders = Vec::new();
    for (name, text) in sources() {
        if name.starts_with("app/") || name.starts_with("store/") || name == "lib.rs" {
            continue;
        }
        for needle in ["store::", "Store::", "StoreError", ".store."] {
            for line in code_lines_with(&text, needle) {
                offenders.push(format!("src/{name}: {}", line.trim()));
            }
        }
    }
    assert!(offenders.is_empty(), "{}", offenders.join("\n"));
}

#[test]
fn the_domain_knows_nothing_of_discord_or_sql() {
    let mut offenders = Vec::new();
    for (name, text) in sources() {
        if !name.starts_with("domain/") {
            continue;
        }
        for needle in [
            "serenity",
            "poise",
            "sqlx",
            "crate::store",
            "crate::app",
            "crate::bot",
        ] {
            for line in code_lines_with(&text, needle) {
                offenders.push(format!("src/{name}: {}", line.trim()));
            }
        }
    }
    assert!(offenders.is_empty(), "{}", offenders.join("\n"));
}
