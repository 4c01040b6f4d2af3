-- Vault hardening: signed audit entries, signed role grants, key-change generations,
-- slow password-history fingerprints, unverified pre-unlock events kept apart.

-- Each user's Ed25519 public key for audit signatures (NULL until known: users of vaults made
-- before signatures register theirs at their next login, recorded as trust on first use).
ALTER TABLE users ADD COLUMN sign_public_key BLOB;

-- Who signed an entry and the Ed25519 signature over its chain MAC. Entries written before
-- this migration have neither.
ALTER TABLE audit_log ADD COLUMN signer TEXT;
ALTER TABLE audit_log ADD COLUMN signature BLOB;
CREATE INDEX audit_log_signer ON audit_log (signer, seq);

-- Password history: fingerprint = Argon2id(HMAC(history_key, user ‖ password), salt) with the
-- KDF parameters of the user's slot, so a backup reader cannot test guesses faster than
-- through the key slots. scheme 1 = the old HMAC-only rows (converted at the next unlock).
ALTER TABLE password_history ADD COLUMN salt BLOB;
ALTER TABLE password_history ADD COLUMN kdf TEXT;
ALTER TABLE password_history ADD COLUMN scheme INTEGER NOT NULL DEFAULT 1;

-- Events found in the key file without authentication (anyone able to edit the file could
-- have written them): shown to administrators, never entered in the audit chain.
CREATE TABLE unverified_events (
    id          INTEGER PRIMARY KEY,
    recorded_at TEXT NOT NULL,
    event       TEXT NOT NULL,
    user_id     TEXT,
    details     TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
