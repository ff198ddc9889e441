-- The secretariat runs its meetings from Discord: cancelled meetings, changes waiting for the
-- secretariat to confirm their preview, and the log of every change made (who, when, what).

-- When the meeting was cancelled; NULL: it is on. Briefs and the schedule rows stay.
ALTER TABLE meetings ADD COLUMN cancelled_at INTEGER;

-- A change previewed on Discord and not yet confirmed: what it would write (JSON), for whom.
-- Only `user_id` may confirm it, within 15 minutes of `created_at`.
CREATE TABLE pending_changes (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    meeting_key TEXT NOT NULL,
    payload     TEXT NOT NULL
) STRICT;

-- Every change made to a meeting, from Discord or the command line, oldest first.
CREATE TABLE meeting_changes (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    at          INTEGER NOT NULL,
    -- The Discord user who confirmed it; NULL: the command line.
    actor_id    INTEGER,
    actor_name  TEXT NOT NULL,
    -- 'import', 'create', 'agenda', 'invitees', 'move', 'cancel'
    kind        TEXT NOT NULL,
    -- What changed (the meeting diff, JSON).
    diff        TEXT NOT NULL
) STRICT;
CREATE INDEX meeting_changes_by_meeting ON meeting_changes (meeting_id, at);
