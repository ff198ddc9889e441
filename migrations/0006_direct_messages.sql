-- Reminders by direct message (`remind_by_dm`): one row per person and reminder, recorded
-- before it is sent, with its own nonce, and marked sent after, so a restart repeats none to
-- those it reached and still sends it to those it did not.
CREATE TABLE direct_messages (
    id                  INTEGER PRIMARY KEY,
    -- The reminder (in the channel) this message goes with.
    scheduled_id        INTEGER NOT NULL REFERENCES scheduled_messages (id) ON DELETE CASCADE,
    user_id             INTEGER NOT NULL,
    state               TEXT NOT NULL DEFAULT 'due'
        CHECK (state IN ('due', 'sending', 'sent', 'failed', 'skipped')),
    -- Sent with the message (enforce_nonce), so a send retried after a crash posts once.
    nonce               TEXT NOT NULL,
    channel_id          INTEGER,
    discord_message_id  INTEGER,
    attempts            INTEGER NOT NULL DEFAULT 0,
    last_error          TEXT,
    updated_at          INTEGER NOT NULL,
    UNIQUE (scheduled_id, user_id)
) STRICT;
CREATE INDEX direct_messages_pending ON direct_messages (state)
    WHERE state IN ('due', 'sending');
