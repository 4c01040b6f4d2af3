-- Backups (issue 5): every backup written from this vault and every restore into it.
-- The backup file itself is a SQLCipher 4 database keyed with a passphrase; see
-- desktop/backup/. Rows here are what the main window's reminder and the
-- "wrong passphrase or damaged file?" check (by SHA-256) rely on.

CREATE TABLE backup_history (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL CHECK (kind IN ('export', 'restore')),
    at                TEXT NOT NULL,         -- when (local ISO 8601 with offset)
    user_id           TEXT,                  -- who (NULL: restored with the recovery key)
    path              TEXT NOT NULL,         -- where the backup file was written / read from
    size              INTEGER NOT NULL,      -- bytes
    sha256            TEXT NOT NULL,         -- of the backup file as written (hex)
    schema_version    INTEGER NOT NULL,      -- schema of the data inside the backup
    audit_seq         INTEGER NOT NULL,      -- audit-trail head contained in the backup
    backup_created_at TEXT NOT NULL          -- the backup's own timestamp (manifest)
);
CREATE INDEX backup_history_kind_at ON backup_history (kind, at);
CREATE INDEX backup_history_sha256 ON backup_history (sha256);
