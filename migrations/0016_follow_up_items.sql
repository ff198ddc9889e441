-- Follow-up items (oppfølgingspunkter): what a meeting decided someone should do by a date,
-- owned by a region of the group or by a named person, taken up under the standing item
-- "Oppfølging fra forrige møte" of the next meetings until it is done; and the log of every
-- change made to them (who, when, what).

CREATE TABLE follow_up_items (
    id                  INTEGER PRIMARY KEY,
    group_id            INTEGER NOT NULL REFERENCES groups (id),
    what                TEXT NOT NULL,
    -- The owner: a region of the group, or a named person (with their Discord user, if known).
    owner_region_id     INTEGER REFERENCES regions (id),
    owner_name          TEXT,
    owner_discord_id    INTEGER,
    -- The due date (ISO 8601, the group's calendar day).
    due_on              TEXT NOT NULL,
    -- The meeting that decided it and its agenda item (sak) number; NULL: not known.
    meeting_id          INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
    agenda_number       INTEGER,
    -- The owner's line of status (what members wrote; empty until someone writes one).
    status              TEXT NOT NULL DEFAULT '',
    -- When it was marked done; NULL: open.
    done_at             INTEGER,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    CHECK ((owner_region_id IS NULL) != (owner_name IS NULL)),
    CHECK (agenda_number IS NULL OR meeting_id IS NOT NULL)
) STRICT;
CREATE INDEX follow_up_items_by_group ON follow_up_items (group_id, done_at);
CREATE INDEX follow_up_items_by_meeting ON follow_up_items (meeting_id)
    WHERE meeting_id IS NOT NULL;

-- Every change made to a follow-up item, oldest first.
CREATE TABLE follow_up_changes (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES follow_up_items (id) ON DELETE CASCADE,
    at          INTEGER NOT NULL,
    -- The Discord user who made it; NULL: the command line.
    actor_id    INTEGER,
    actor_name  TEXT NOT NULL,
    -- 'create', 'status' (a new line of status), 'done' (marked done with a line of status)
    kind        TEXT NOT NULL CHECK (kind IN ('create', 'status', 'done')),
    -- The status line written (for 'status' and 'done'); empty for 'create'.
    status      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX follow_up_changes_by_item ON follow_up_changes (item_id, at);
