-- The group's meeting plan for a year and its standing agenda.

-- How the group numbers its agenda items: 1, 2, 3 at each meeting, or on through the year
-- ("Sak 12/25").
ALTER TABLE groups ADD COLUMN sak_numbering TEXT NOT NULL DEFAULT 'per_meeting'
    CHECK (sak_numbering IN ('per_meeting', 'per_year'));

-- The year of the group's meeting plan (møteplan) that made or last changed the meeting;
-- NULL: a meeting made on its own. A plan imported again cancels the meetings of its year
-- that it no longer has.
ALTER TABLE meetings ADD COLUMN plan_year INTEGER;
CREATE INDEX meetings_by_plan ON meetings (group_id, plan_year);

-- The group's standing agenda (its template), in order; no rows: the default template.
-- `after_own`: the item comes after the meeting's own items (else before them).
CREATE TABLE standing_agenda (
    group_id        INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    title           TEXT NOT NULL,
    description     TEXT,
    standing        TEXT
        CHECK (standing IN ('notice_approval', 'minutes_approval', 'follow_up', 'any_other_business')),
    collects_briefs INTEGER NOT NULL DEFAULT 0,
    after_own       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (group_id, position)
) STRICT;
