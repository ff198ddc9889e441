-- A scheduled message posted in several parts (a reminder pinging more representatives than
-- one Discord message may): each part recorded once it is posted, with its nonce and whom it
-- pinged, so a retry or a restart posts only the parts still missing, whatever the time since.
CREATE TABLE scheduled_message_parts (
    message_id          INTEGER NOT NULL REFERENCES scheduled_messages (id) ON DELETE CASCADE,
    -- 1 for the first part.
    part                INTEGER NOT NULL,
    nonce               TEXT NOT NULL,
    channel_id          INTEGER NOT NULL,
    discord_message_id  INTEGER NOT NULL,
    -- The Discord users this part pinged, comma-separated.
    pinged              TEXT NOT NULL,
    sent_at             INTEGER NOT NULL,
    PRIMARY KEY (message_id, part)
) STRICT;
