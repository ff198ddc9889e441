-- The messages the bot posts on its own (notice, reminders, the "collected" report, edits of
-- the notice after a change), each recorded before it is sent, so a restart neither repeats
-- nor forgets one.

-- When the notice is posted; NULL: the configured number of days before the meeting.
ALTER TABLE meetings ADD COLUMN notice_at INTEGER;

CREATE TABLE scheduled_messages (
    id                  INTEGER PRIMARY KEY,
    meeting_id          INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    -- 'notice', 'reminder', 'collected', 'notice_edit', 'changed'
    kind                TEXT NOT NULL,
    -- Tells apart the messages of one kind: the reminder's number, the notice version's hash.
    slot                TEXT NOT NULL,
    due_at              INTEGER NOT NULL,
    state               TEXT NOT NULL DEFAULT 'due'
        CHECK (state IN ('due', 'sending', 'sent', 'failed', 'skipped')),
    -- Sent with the message (enforce_nonce), so a send retried after a crash posts once.
    nonce               TEXT NOT NULL,
    channel_id          INTEGER,
    discord_message_id  INTEGER,
    -- For the notice: a hash of what was posted, to see when the meeting changed.
    content_hash        TEXT,
    attempts            INTEGER NOT NULL DEFAULT 0,
    last_error          TEXT,
    updated_at          INTEGER NOT NULL,
    UNIQUE (meeting_id, kind, slot)
) STRICT;
CREATE INDEX scheduled_messages_due ON scheduled_messages (state, due_at);
