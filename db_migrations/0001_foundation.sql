-- Foundation: vault metadata, settings, user accounts, terminals, the audit trail.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL              -- JSON
) WITHOUT ROWID;

CREATE TABLE users (
    user_id              TEXT PRIMARY KEY,
    display_name         TEXT NOT NULL,
    role                 TEXT NOT NULL CHECK (role IN ('admin', 'officer', 'viewer')),
    enabled              INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    public_key           BLOB NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    password_changed_at  TEXT NOT NULL,
    created_at           TEXT NOT NULL,
    created_by           TEXT,
    deleted_at           TEXT,
    deleted_by           TEXT
);

CREATE TABLE password_history (
    id          INTEGER PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (user_id),
    fingerprint BLOB NOT NULL,       -- HMAC under a key kept inside the vault
    changed_at  TEXT NOT NULL
);
CREATE INDEX password_history_user ON password_history (user_id, id);

CREATE TABLE terminals (
    terminal_id   TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    registered_by TEXT,
    removed_at    TEXT,
    removed_by    TEXT
);

CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT,
    action    TEXT NOT NULL,
    entity    TEXT,
    entity_id TEXT,
    details   TEXT NOT NULL,         -- canonical JSON
    mac       BLOB NOT NULL          -- HMAC-SHA256(key, prev_mac || canonical entry)
);
CREATE INDEX audit_log_actor ON audit_log (actor, seq);
CREATE INDEX audit_log_action ON audit_log (action, seq);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, seq);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
