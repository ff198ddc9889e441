//! Any bytes as a meeting file: `read_meeting_file` never panics, a plan it returns is valid,
//! and an error names the file it is about.
#![no_main]

use libfuzzer_sys::fuzz_target;
use roundtable::domain::local_time::OSLO;
use roundtable::meeting_file::read_meeting_file;
use std::path::PathBuf;
use std::sync::OnceLock;

/// A folder of this process's own, with the example's invitee CSV beside the meeting file.
fn folder() -> &'static PathBuf {
    static FOLDER: OnceLock<PathBuf> = OnceLock::new();
    FOLDER.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("roundtable-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a scratch folder");
        let csv = "naeringssamarbeid-2024-11-07-inviterte.csv";
        let example = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../examples")
            .join(csv);
        std::fs::copy(example, dir.join(csv)).expect("the example invitees");
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let dir = folder();
    let path = dir.join("møte.toml");
    std::fs::write(&path, data).expect("write the input");
    match read_meeting_file(&path, OSLO) {
        Ok(plan) => assert!(plan.validate().is_ok(), "an imported plan is valid"),
        Err(e) => {
            let message = e.to_string();
            assert!(
                message.contains(&dir.display().to_string()),
                "the error names the file: {message}"
            );
        }
    }
});
