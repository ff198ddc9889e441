-- Who speaks for a region on Discord, withdrawn briefs, and interactions already handled.

-- Discord users the secretariat linked to a region (besides the invitees' own links).
CREATE TABLE representatives (
    region_id       INTEGER NOT NULL REFERENCES regions (id),
    discord_user_id INTEGER NOT NULL,
    added_by        INTEGER,
    added_at        INTEGER NOT NULL,
    PRIMARY KEY (region_id, discord_user_id)
) STRICT;
CREATE INDEX representatives_by_user ON representatives (discord_user_id);

-- A withdrawn brief counts as missing; its history stays.
ALTER TABLE briefs ADD COLUMN withdrawn_at INTEGER;

-- 'saved' (a version of the text) or 'withdrawn' (the brief was withdrawn; body is empty).
ALTER TABLE brief_revisions ADD COLUMN kind TEXT NOT NULL DEFAULT 'saved'
    CHECK (kind IN ('saved', 'withdrawn'));
-- The Discord interaction that made this revision: a retried interaction is stored once.
ALTER TABLE brief_revisions ADD COLUMN interaction_id INTEGER;
CREATE UNIQUE INDEX brief_revisions_by_interaction ON brief_revisions (interaction_id)
    WHERE interaction_id IS NOT NULL;

CREATE INDEX invitees_by_discord_user ON invitees (discord_user_id)
    WHERE discord_user_id IS NOT NULL;
