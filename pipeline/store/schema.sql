-- readout dataset schema, version 1: the tables `readout batch -o X.sqlite`
-- writes. One row of `records` per input that became a record; its
-- participants, agenda points and warnings in their own tables, keyed by
-- the record's id. Every value is the record's own value (readout/v1);
-- dates are 'YYYY-MM-DD' text, times 'HH:MM', booleans 0 or 1, and a
-- value the readout does not state is NULL.

-- runs: one row per batch run that wrote into the database.
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY,
  tool TEXT NOT NULL,          -- 'readout'
  version TEXT NOT NULL,       -- the tool version; --resume reuses records of the same
  schema TEXT NOT NULL,        -- 'readout/v1'
  archive TEXT NOT NULL,       -- the folder walked, as given
  options TEXT NOT NULL,       -- the run's options as a JSON object
  status TEXT NOT NULL,        -- running, completed, interrupted or stopped
  started TEXT NOT NULL,       -- RFC 3339 UTC
  finished TEXT,               -- RFC 3339 UTC; NULL while running
  seconds REAL,
  found INTEGER, ok INTEGER, warned INTEGER, failed INTEGER, skipped INTEGER
);

-- records: one row per input that became a record.
CREATE TABLE IF NOT EXISTS records (
  id INTEGER PRIMARY KEY,
  run INTEGER NOT NULL REFERENCES runs(id),  -- the run that wrote it
  path TEXT NOT NULL UNIQUE,   -- the input's path under the archive, with slashes
  source TEXT NOT NULL,        -- source.path: the input as read
  format TEXT NOT NULL,        -- 'text' or 'html'
  sha256 TEXT NOT NULL,        -- of the input's bytes
  url TEXT,
  title TEXT,
  published TEXT,              -- the dateline date
  kind TEXT NOT NULL,          -- meeting, telephone-talk, video-conference, courtesy-call, working-meal, other
  cameo TEXT,                  -- CAMEO event code (041 ... 044, 040), NULL for kind other
  date TEXT,                   -- the encounter's date
  time_start TEXT, time_end TEXT, time_approximate INTEGER,
  time_zone TEXT,              -- the clock as written ('local', 'JST')
  time_tz TEXT,                -- IANA zone used
  time_utc TEXT,               -- RFC 3339 UTC instant of the start
  duration_minutes INTEGER, duration_approximate INTEGER, duration_text TEXT,
  place TEXT, country TEXT, occasion TEXT,  -- location, as written
  summary TEXT,
  record TEXT NOT NULL         -- the whole record as JSON (readout/v1)
);
CREATE INDEX IF NOT EXISTS records_date ON records(date);
CREATE INDEX IF NOT EXISTS records_kind ON records(kind);

-- participants: everyone who took part, in the order first stated.
CREATE TABLE IF NOT EXISTS participants (
  record INTEGER NOT NULL REFERENCES records(id),
  position INTEGER NOT NULL,   -- 1 for the first participant
  name TEXT NOT NULL,
  honorific TEXT, title TEXT, affiliation TEXT,
  country_code TEXT,           -- ISO 3166-1 alpha-3
  org_code TEXT,               -- CAMEO international-organization code
  person TEXT REFERENCES people(id),  -- one id per person within the database
  PRIMARY KEY (record, position)
);
CREATE INDEX IF NOT EXISTS participants_person ON participants(person);

-- people: one row per person id; name is the fullest form written.
CREATE TABLE IF NOT EXISTS people (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  mentions INTEGER NOT NULL,   -- participant rows
  records INTEGER NOT NULL     -- records they appear in
);

-- agenda: every numbered point, sub-points included; path is the chain of
-- numbers from the top ('2' then '2.1').
CREATE TABLE IF NOT EXISTS agenda (
  record INTEGER NOT NULL REFERENCES records(id),
  position INTEGER NOT NULL,   -- order within the record, 1 first
  path TEXT NOT NULL,
  depth INTEGER NOT NULL,      -- 1 for a top-level point
  heading TEXT, text TEXT,
  PRIMARY KEY (record, position)
);

-- warnings: the record's warnings, in order.
CREATE TABLE IF NOT EXISTS warnings (
  record INTEGER NOT NULL REFERENCES records(id),
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (record, position)
);

-- failures: every input whose last run produced no record.
CREATE TABLE IF NOT EXISTS failures (
  path TEXT PRIMARY KEY,
  run INTEGER NOT NULL REFERENCES runs(id),
  reason TEXT NOT NULL,
  error TEXT NOT NULL
);
