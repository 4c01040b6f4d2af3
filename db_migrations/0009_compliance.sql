-- 0009_compliance: the office's own marks on clauses of the catalog (desktop/compliance):
-- "does not apply to our contract" with a reason, and the officer's periodic confirmation of a
-- clause the records cannot decide. One row per (clause, kind): the latest mark; every change
-- is in the audit trail.
CREATE TABLE compliance_marks (
    clause   TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('na', 'confirm')),
    note     TEXT NOT NULL,
    on_date  TEXT NOT NULL,
    at       TEXT NOT NULL,
    by_user  TEXT NOT NULL,
    PRIMARY KEY (clause, kind)
) WITHOUT ROWID;
