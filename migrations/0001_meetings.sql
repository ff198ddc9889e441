-- The working groups, their meetings, agendas, member regions, invitees and briefs.
-- Times are UTC, stored as whole seconds since the Unix epoch; dates as ISO 8601 text.

CREATE TABLE groups (
    id                  INTEGER PRIMARY KEY,
    slug                TEXT NOT NULL UNIQUE,
    name                TEXT NOT NULL,
    organisation        TEXT NOT NULL,
    language            TEXT NOT NULL DEFAULT 'nb',
    discord_channel_id  INTEGER,
    secretariat_name    TEXT NOT NULL,
    secretariat_title   TEXT NOT NULL,
    secretariat_phone   TEXT,
    secretariat_email   TEXT
) STRICT;

CREATE TABLE meetings (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE,
    group_id        INTEGER NOT NULL REFERENCES groups (id),
    title           TEXT NOT NULL,
    starts_at       INTEGER NOT NULL,
    ends_at         INTEGER NOT NULL,
    place           TEXT NOT NULL,
    notice_text     TEXT NOT NULL,
    preparation     TEXT NOT NULL,
    documents_title TEXT,
    documents_url   TEXT,
    notice_date     TEXT NOT NULL,
    brief_deadline  INTEGER NOT NULL,
    CHECK (ends_at > starts_at)
) STRICT;
CREATE INDEX meetings_by_group_start ON meetings (group_id, starts_at);

CREATE TABLE agenda_items (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    number          INTEGER NOT NULL,
    title           TEXT NOT NULL,
    description     TEXT,
    collects_briefs INTEGER NOT NULL DEFAULT 0,
    UNIQUE (meeting_id, number)
) STRICT;

CREATE TABLE regions (
    id          INTEGER PRIMARY KEY,
    group_id    INTEGER NOT NULL REFERENCES groups (id),
    name        TEXT NOT NULL,
    UNIQUE (group_id, name)
) STRICT;

-- The regions asked for a brief at one meeting, in the order the agenda lists them.
CREATE TABLE meeting_regions (
    meeting_id  INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    region_id   INTEGER NOT NULL REFERENCES regions (id),
    position    INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, region_id)
) STRICT;

CREATE TABLE invitees (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    first_name      TEXT NOT NULL,
    last_name       TEXT NOT NULL,
    organisation    TEXT NOT NULL,
    region_id       INTEGER REFERENCES regions (id),
    discord_user_id INTEGER,
    UNIQUE (meeting_id, first_name, last_name, organisation)
) STRICT;

-- The current brief of a region for a meeting.
CREATE TABLE briefs (
    id                  INTEGER PRIMARY KEY,
    meeting_id          INTEGER NOT NULL REFERENCES meetings (id),
    region_id           INTEGER NOT NULL REFERENCES regions (id),
    author              TEXT NOT NULL,
    author_discord_id   INTEGER,
    body                TEXT NOT NULL,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    UNIQUE (meeting_id, region_id)
) STRICT;

-- Every version of every brief, the current one included, oldest first.
CREATE TABLE brief_revisions (
    id                  INTEGER PRIMARY KEY,
    brief_id            INTEGER NOT NULL REFERENCES briefs (id),
    revision            INTEGER NOT NULL,
    author              TEXT NOT NULL,
    author_discord_id   INTEGER,
    body                TEXT NOT NULL,
    saved_at            INTEGER NOT NULL,
    UNIQUE (brief_id, revision)
) STRICT;
