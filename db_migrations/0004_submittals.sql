-- Submittals (issue 4): every document issued to the prefecture, and the document numbers.
--
-- A row is written when a submittal is issued (printed or saved), in the same transaction
-- as its audit entry `submittal.issue`. Re-opening an old one regenerates the PDF from
-- `params` and `letterhead` with the same number, date and creation time, and compares it
-- with `sha256`: a different hash means the records changed after issue. See
-- desktop/submittals/history.py and service.py.

CREATE TABLE submittal_history (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL,            -- form slug, e.g. 'exchange-record'
    title         TEXT NOT NULL,            -- the document's title as printed
    params        TEXT NOT NULL,            -- canonical JSON: record / from / to / as_of / fiscal_year
    letterhead    TEXT NOT NULL,            -- canonical JSON: addressee, applicant, contact, seals, calendar
    doc_number    TEXT NOT NULL DEFAULT '', -- as printed, e.g. '北情第12号' ('' when unnumbered)
    number_scope  TEXT,                     -- sequence the number came from (NULL when unnumbered)
    number_seq    INTEGER,                  -- its value in that sequence
    doc_date      TEXT NOT NULL,            -- the date printed on the document (YYYY-MM-DD)
    issued_at     TEXT NOT NULL,            -- when (local ISO 8601 with offset); the PDF creation date
    issued_by     TEXT NOT NULL,            -- user ID
    issued_by_name TEXT NOT NULL DEFAULT '',
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
    size          INTEGER NOT NULL CHECK (size > 0),
    pages         INTEGER NOT NULL,
    fonts         TEXT NOT NULL DEFAULT '', -- font files used (a different font changes the bytes)
    app_version   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX submittal_history_issued ON submittal_history (issued_at);
CREATE INDEX submittal_history_kind ON submittal_history (kind, issued_at);
CREATE UNIQUE INDEX submittal_history_number ON submittal_history (number_scope, number_seq)
    WHERE number_scope IS NOT NULL;

-- Document-number sequences: one row per scope ('all', or the fiscal year such as 'FY2025'
-- when numbers restart every April). `last` is the last number handed out.
CREATE TABLE submittal_numbers (
    scope TEXT PRIMARY KEY,
    last  INTEGER NOT NULL CHECK (last >= 0)
);

-- The history is an evidence record: rows are never changed or removed.
CREATE TRIGGER submittal_history_no_update BEFORE UPDATE ON submittal_history
BEGIN
    SELECT RAISE(ABORT, 'submittal history is append-only');
END;
CREATE TRIGGER submittal_history_no_delete BEFORE DELETE ON submittal_history
BEGIN
    SELECT RAISE(ABORT, 'submittal history is append-only');
END;
