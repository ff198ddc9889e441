//! Any bytes as an invitee CSV: `parse_invitees_csv` never panics, every invitee has a name,
//! and an error names the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use roundtable::meeting_file::parse_invitees_csv;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("inviterte.csv");
    match parse_invitees_csv(path, data) {
        Ok(invitees) => {
            for i in invitees {
                assert!(!(i.first_name.is_empty() && i.last_name.is_empty()));
            }
        }
        Err(e) => assert!(e.to_string().contains("inviterte.csv"), "{e}"),
    }
});
