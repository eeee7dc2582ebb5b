-- The campaign's time zone (IANA name): exports show times and dates as the department reads them
-- (a Tomsk department sees Tomsk time). Existing campaigns get Moscow time.
ALTER TABLE campaigns ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'Europe/Moscow';
