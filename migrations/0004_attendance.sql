-- Who comes: each invitee's answer to the notice (and a deputy, if one attends for them), and
-- who was actually there, as the secretariat records it during the meeting.
CREATE TABLE attendance (
    invitee_id          INTEGER PRIMARY KEY REFERENCES invitees (id) ON DELETE CASCADE,
    -- 'attending', 'absent' or 'deputy'; NULL: no answer yet.
    answer              TEXT CHECK (answer IN ('attending', 'absent', 'deputy')),
    deputy_name         TEXT,
    deputy_organisation TEXT,
    answered_at         INTEGER,
    answered_by         INTEGER,
    -- As recorded at the meeting; NULL: not recorded (the answer stands).
    present             INTEGER,
    marked_at           INTEGER,
    marked_by           INTEGER
) STRICT;
