-- The minutes (referat) of a meeting: what the secretariat recorded per agenda item, matters
-- raised under "Eventuelt", the people the minutes list beyond the invitees, the draft sent
-- out for comments with each region's paragraph, the representatives' confirmations and
-- corrections, and the approved versions, stored whole and never changed.

-- The outcome of an agenda item (by its number on the meeting's agenda).
CREATE TABLE minutes_outcomes (
    meeting_id      INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    item_number     INTEGER NOT NULL,
    account         TEXT,
    -- 'decision' (Vedtak), 'conclusion' (Konklusjon), 'noted' (Orientering tatt til etterretning)
    conclusion_kind TEXT CHECK (conclusion_kind IN ('decision', 'conclusion', 'noted')),
    conclusion_text TEXT,
    recorded_at     INTEGER NOT NULL,
    recorded_by     TEXT NOT NULL,
    PRIMARY KEY (meeting_id, item_number)
) STRICT;

-- A matter raised under "Eventuelt", in the order recorded.
CREATE TABLE minutes_raised (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    title           TEXT NOT NULL,
    account         TEXT,
    conclusion_kind TEXT CHECK (conclusion_kind IN ('decision', 'conclusion', 'noted')),
    conclusion_text TEXT,
    recorded_at     INTEGER NOT NULL,
    recorded_by     TEXT NOT NULL
) STRICT;

-- "Fra sekretariatet", observers and the minute taker ("Referent"), in order.
CREATE TABLE minutes_people (
    meeting_id  INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('secretariat', 'observer', 'minute_taker')),
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY (meeting_id, role, position)
) STRICT;

-- The draft sent out for comments (one per meeting), until approved.
CREATE TABLE minutes_drafts (
    meeting_id      INTEGER PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
    created_at      INTEGER NOT NULL,
    created_by      TEXT NOT NULL,
    -- The comment deadline (UTC).
    comments_by     INTEGER NOT NULL,
    -- The channel message the draft was posted as, once posted.
    message_id      INTEGER,
    -- The meeting whose agenda got "Godkjenning av referat …" for this draft (done once:
    -- a removed item is not put back).
    approval_item_meeting_id INTEGER
) STRICT;

-- Each region's paragraph under "round the table" as the draft has it: the brief as it was
-- when the draft was made, then each accepted correction.
CREATE TABLE minutes_paragraphs (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES minutes_drafts (meeting_id) ON DELETE CASCADE,
    region_id       INTEGER NOT NULL REFERENCES regions (id),
    position        INTEGER NOT NULL,
    author          TEXT NOT NULL,
    body            TEXT NOT NULL,
    -- The representative confirmed the paragraph (who, when).
    confirmed_by    INTEGER,
    confirmed_at    INTEGER,
    UNIQUE (meeting_id, region_id)
) STRICT;

-- A correction to a paragraph proposed in the comment round: the text it was made against
-- (its fingerprint), the new text, who and when, and the secretariat's decision.
CREATE TABLE minutes_corrections (
    id              INTEGER PRIMARY KEY,
    paragraph_id    INTEGER NOT NULL REFERENCES minutes_paragraphs (id) ON DELETE CASCADE,
    base            TEXT NOT NULL,
    body            TEXT NOT NULL,
    proposed_by     INTEGER NOT NULL,
    proposed_name   TEXT NOT NULL,
    proposed_at     INTEGER NOT NULL,
    status          TEXT NOT NULL DEFAULT 'proposed'
        CHECK (status IN ('proposed', 'accepted', 'rejected')),
    decided_by      TEXT,
    decided_at      INTEGER
) STRICT;
CREATE INDEX minutes_corrections_by_paragraph ON minutes_corrections (paragraph_id);

-- Each approved version of a meeting's minutes: the first approval (version 1), then one per
-- approved correction (rettelse). Stored whole: the view (JSON) and the rendered files.
CREATE TABLE minutes_versions (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    version         INTEGER NOT NULL,
    sha256          TEXT NOT NULL,
    view_json       TEXT NOT NULL,
    approved_at     INTEGER NOT NULL,
    approved_by     TEXT NOT NULL,
    -- The meeting that approved it (NULL: approved outside a meeting) and its sak label.
    approving_meeting_id INTEGER REFERENCES meetings (id),
    approving_sak   TEXT,
    UNIQUE (meeting_id, version)
) STRICT;

CREATE TABLE minutes_version_files (
    version_id  INTEGER NOT NULL REFERENCES minutes_versions (id) ON DELETE CASCADE,
    format      TEXT NOT NULL,
    bytes       BLOB NOT NULL,
    PRIMARY KEY (version_id, format)
) STRICT;

-- A dated correction (rettelse) to approved minutes: appended, never an edit; approved on
-- its own (then a new version is stored).
CREATE TABLE minutes_rettelser (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    dated           TEXT NOT NULL,
    body            TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    created_by      TEXT NOT NULL,
    -- The version its approval stored; NULL: not yet approved.
    version_id      INTEGER REFERENCES minutes_versions (id)
) STRICT;
