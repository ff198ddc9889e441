-- An invitee's stable key: a corrected name or organisation keeps the invitee (their answer to
-- the notice and their Discord link) when the row names the key, and the key goes with the
-- invitee list to the group's next meeting. A new invitee's key is their first row's id.
ALTER TABLE invitees ADD COLUMN key INTEGER;
UPDATE invitees SET key = id;
CREATE UNIQUE INDEX invitees_by_key ON invitees (meeting_id, key);
