-- The role whose members a group's notice (and its change note) notifies.
ALTER TABLE groups ADD COLUMN member_role_id INTEGER;

-- What a posted notice showed (time, place, deadline), so its change note can say what changed;
-- on a change note, what the notice showed before the change.
ALTER TABLE scheduled_messages ADD COLUMN shown TEXT;
