-- Which standing item of the group's agenda an item is, if any: the items every meeting has
-- (approving the notice, approving the last minutes, following up, any other business), so
-- that the minutes cycle and the follow-up items find them whatever their title or number.
-- The "round the table" item stays `collects_briefs`.
ALTER TABLE agenda_items ADD COLUMN standing TEXT
    CHECK (standing IN ('notice_approval', 'minutes_approval', 'follow_up', 'any_other_business'));
