-- Registers (issue 3): one table per register, generated from the declarations in
-- desktop/registers/definitions/ by desktop.registers.schema.ddl() and checked against them
-- by tests/desktop/registers/test_schema.py.
--
-- Conventions: `id INTEGER PRIMARY KEY`; created_/updated_ at (ISO 8601) and by (user id);
-- dates TEXT 'YYYY-MM-DD'; date-times TEXT ISO 8601 with offset; yes/no INTEGER 0/1;
-- references INTEGER REFERENCES <target> (id); lists of references in <table>_<field>
-- (owner_id, pos, ref_id); sub-lists in child tables (id, parent_id, pos, fields…).
-- Every sortable list column has an index on its sort expression ifnull(col, '') /
-- ifnull(col, -9e18) (rowid = tie-breaker) for keyset paging. <table>_fts is a contentless
-- FTS5 trigram index (detail=none) of the search fields; <table>_fts_vocab reads its terms
-- (two-character searches). register_stats keeps row counts (triggers) for the list's
-- scrollbar without count(*) over a million rows.

CREATE TABLE register_stats (
    tbl TEXT PRIMARY KEY,
    n   INTEGER NOT NULL
) WITHOUT ROWID;

-- Attachments: metadata + 1 MiB chunks, encrypted with the rest of the vault.
CREATE TABLE attachments (
    id         INTEGER PRIMARY KEY,
    register   TEXT NOT NULL,
    record_id  INTEGER NOT NULL,
    field      TEXT NOT NULL,
    name       TEXT NOT NULL,
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    media_type TEXT NOT NULL,
    added_at   TEXT NOT NULL,
    added_by   TEXT
);
CREATE INDEX attachments_owner ON attachments (register, record_id, field);

CREATE TABLE attachment_chunks (
    attachment_id INTEGER NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    data          BLOB NOT NULL,
    PRIMARY KEY (attachment_id, seq)
);

-- 従事者 (staff)
CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    name TEXT,
    name_kana TEXT,
    affiliation TEXT,
    job_role TEXT,
    contract_from TEXT,
    contract_to TEXT,
    badge_no TEXT,
    badge_issued_on TEXT,
    started_on TEXT,
    ended_on TEXT,
    status TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT
);
CREATE INDEX staff_sort_name ON staff (ifnull(name, ''));
CREATE INDEX staff_sort_affiliation ON staff (ifnull(affiliation, ''));
CREATE INDEX staff_sort_job_role ON staff (ifnull(job_role, ''));
CREATE INDEX staff_sort_badge_no ON staff (ifnull(badge_no, ''));
CREATE INDEX staff_sort_started_on ON staff (ifnull(started_on, ''));
CREATE INDEX staff_sort_ended_on ON staff (ifnull(ended_on, ''));
CREATE INDEX staff_sort_status ON staff (ifnull(status, ''));
CREATE INDEX staff_status_sort ON staff (ifnull(status, ''), ifnull(name, ''));
CREATE INDEX staff_due_ended ON staff (ended_on) WHERE ended_on IS NOT NULL;
CREATE TABLE staff_handovers (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    handed_on TEXT,
    successor INTEGER REFERENCES staff (id),
    materials TEXT,
    content TEXT
);
CREATE INDEX staff_handovers_parent ON staff_handovers (parent_id, pos);
CREATE INDEX staff_handovers_ref_successor ON staff_handovers (successor);
CREATE VIRTUAL TABLE staff_fts USING fts5 (text, content='', contentless_delete=1, detail=none, tokenize='trigram');
CREATE VIRTUAL TABLE staff_fts_vocab USING fts5vocab (staff_fts, row);
INSERT INTO register_stats (tbl, n) VALUES ('staff', 0);
CREATE TRIGGER staff_count_ins AFTER INSERT ON staff
BEGIN
    UPDATE register_stats SET n = n + 1 WHERE tbl = 'staff';
END;
CREATE TRIGGER staff_count_del AFTER DELETE ON staff
BEGIN
    UPDATE register_stats SET n = n - 1 WHERE tbl = 'staff';
END;

-- 管理体制 (structure)
CREATE TABLE structure (
    id INTEGER PRIMARY KEY,
    effective_from TEXT,
    organization TEXT,
    contract TEXT,
    change_reason TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT
);
CREATE INDEX structure_sort_effective_from ON structure (ifnull(effective_from, ''));
CREATE INDEX structure_sort_organization ON structure (ifnull(organization, ''));
CREATE INDEX structure_sort_contract ON structure (ifnull(contract, ''));
CREATE UNIQUE INDEX structure_key ON structure (effective_from);
CREATE TABLE structure_members (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER NOT NULL REFERENCES structure (id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    role TEXT,
    staff INTEGER REFERENCES staff (id),
    person_name TEXT,
    affiliation TEXT,
    scope TEXT,
    phone TEXT,
    email TEXT,
    hours TEXT,
    contact_order INTEGER
);
CREATE INDEX structure_members_parent ON structure_members (parent_id, pos);
CREATE INDEX structure_members_ref_staff ON structure_members (staff);
CREATE VIRTUAL TABLE structure_fts USING fts5 (text, content='', contentless_delete=1, detail=none, tokenize='trigram');
CREATE VIRTUAL TABLE structure_fts_vocab USING fts5vocab (structure_fts, row);
INSERT INTO register_stats (tbl, n) VALUES ('structure', 0);
CREATE TRIGGER structure_count_ins AFTER INSERT ON structure
BEGIN
    UPDATE register_stats SET n = n + 1 WHERE tbl = 'structure';
END;
CREATE TRIGGER structure_count_del AFTER DELETE ON structure
BEGIN
    UPDATE register_stats SET n = n - 1 WHERE tbl = 'structure';
END;

-- 情報機器 (equipment)
CREATE TABLE equipment (
    id INTEGER PRIMARY KEY,
    asset_no TEXT,
    kind TEXT,
    maker TEXT,
    model TEXT,
    serial_no TEXT,
    location TEXT,
    protection TEXT,
    holds_pref_data INTEGER CHECK (holds_pref_data IN (0, 1)),
    owner TEXT,
    custodian INTEGER REFERENCES staff (id),
    status TEXT,
    registered_on TEXT,
    check_interval_months INTEGER,
    last_checked_on TEXT,
    next_check_due TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT
);
CREATE INDEX equipment_sort_asset_no ON equipment (ifnull(asset_no, ''));
CREATE INDEX equipment_sort_kind ON equipment (ifnull(kind, ''));
CREATE INDEX equipment_sort_maker ON equipment (ifnull(maker, ''));
CREATE INDEX equipment_sort_model ON equipment (ifnull(model, ''));
CREATE INDEX equipment_sort_location ON equipment (ifnull(location, ''));
CREATE INDEX equipment_sort_status ON equipment (ifnull(status, ''));
CREATE INDEX equipment_sort_next_check_due ON equipment (ifnull(next_check_due, ''));
CREATE INDEX equipment_status_sort ON equipment (ifnull(status, ''), ifnull(asset_no, ''));
CREATE UNIQUE INDEX equipment_key ON equipment (asset_no);
CREATE INDEX equipment_ref_custodian ON equipment (custodian);
CREATE INDEX equipment_due_check ON equipment (next_check_due) WHERE status IN ('in_use','stored','repair');
CREATE VIRTUAL TABLE equipment_fts USING fts5 (text, content='', contentless_delete=1, detail=none, tokenize='trigram');
CREATE VIRTUAL TABLE equipment_fts_vocab USING fts5vocab (equipment_fts, row);
INSERT INTO register_stats (tbl, n) VALUES ('equipment', 0);
CREATE TRIGGER equipment_count_ins AFTER INSERT ON equipment
BEGIN
    UPDATE register_stats SET n = n + 1 WHERE tbl = 'equipment';
END;
CREATE TRIGGER equipment_count_del AFTER DELETE ON equipment
BEGIN
    UPDATE register_stats SET n = n - 1 WHERE tbl = 'equipment';
END;

-- 存在確認 (equipment-checks)
CREATE TABLE equipment_checks (
    id INTEGER PRIMARY KEY,
    equipment INTEGER REFERENCES equipment (id),
    checked_on TEXT,
    checked_by INTEGER REFERENCES staff (id),
    result TEXT,
    location_seen TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT
);
CREATE INDEX equipment_checks_sort_checked_on ON equipment_checks (ifnull(checked_on, ''));
CREATE INDEX equipment_checks_sort_result ON equipment_checks (ifnull(result, ''));
CREATE INDEX equipment_checks_sort_location_seen ON equipment_checks (ifnull(location_seen, ''));
CREATE INDEX equipment_checks_status_sort ON equipment_checks (ifnull(result, ''), ifnull(checked_on, ''));
CREATE INDEX equipment_checks_ref_equipment ON equipment_checks (equipment);
CREATE INDEX equipment_checks_ref_checked_by ON equipment_checks (checked_by);
CREATE VIRTUAL TABLE equipment_checks_fts USING fts5 (text, content='', contentless_delete=1, detail=none, tokenize='trigram');
CREATE VIRTUAL TABLE equipment_checks_fts_vocab USING fts5vocab (equipment_checks_fts, row);
INSERT INTO register_stats (tbl, n) VALUES ('equipment_checks', 0);
CREATE TRIGGER equipment_checks_count_ins AFTER INSERT ON equipment_checks
BEGIN
    UPDATE register_stats SET n = n + 1 WHERE tbl = 'equipment_checks';
END;
CREATE TRIGGER equipment_checks_count_del AFTER DELETE ON equipment_checks
BEGIN
    UPDATE register_stats SET n = n - 1 WHERE tbl = 'equipment_checks';
END;

-- 保守作業記録 (maintenance)
CREATE TABLE maintenance (
    id INTEGER PRIMARY KEY,
    equipment INTEGER REFERENCES equipment (id),
    started_at TEXT,
    ended_at TEXT,
    worker INTEGER REFERENCES staff (id),
    outside_worker TEXT,
    kind TEXT,
    work TEXT,
    result TEXT,
    result_note TEXT,
    next_planned_on TEXT,
    permission_no TEXT,
    permission_date TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT
);
CREATE INDEX maintenance_sort_started_at ON maintenance (ifnull(started_at, ''));
CREATE INDEX maintenance_sort_kind ON maintenance (ifnull(kind, ''));
CREATE INDEX maintenance_sort_result ON maintenance (ifnull(result, ''));
CREATE INDEX maintenance_sort_permission_no ON maintenance (ifnull(permission_no, ''));
CREATE INDEX maintenance_sort_next_planned_on ON maintenance (ifnull(next_planned_on, ''));
CREATE INDEX maintenance_status_sort ON maintenance (ifnull(kind, ''), ifnull(started_at, ''));
CREATE INDEX maintenance_ref_equipment ON maintenance (equipment);
CREATE INDEX maintenance_ref_worker ON maintenance (worker);
CREATE INDEX maintenance_due_next ON maintenance (next_planned_on) WHERE next_planned_on IS NOT NULL;
CREATE INDEX maintenance_equipment_started ON maintenance (equipment, started_at);
CREATE INDEX maintenance_due_no_permission ON maintenance (started_at) WHERE kind = 'config' AND (permission_no IS NULL OR permission_date IS NULL);
CREATE VIRTUAL TABLE maintenance_fts USING fts5 (text, content='', contentless_delete=1, detail=none, tokenize='trigram');
CREATE VIRTUAL TABLE maintenance_fts_vocab USING fts5vocab (maintenance_fts, row);
INSERT INTO register_stats (tbl, n) VALUES ('maintenance', 0);
CREATE TRIGGER maintenance_count_ins AFTER INSERT ON maintenance
BEGIN
    UPDATE register_stats SET n = n + 1 WHERE tbl = 'maintenance';
END;
CREATE TRIGGER maintenance_count_del AFTER DELETE ON maintenance
BEGIN
    UPDATE register_stats SET n = n - 1 WHERE tbl = 'maintenance';
END;

-- データ交換 (exchanges)
CREATE TABLE exchanges (
    id INTEGER PRIMARY KEY,
    planned_on TEXT,
    scheduled_at TEXT,
    counterpart TEXT,
    direction TEXT,
    method TEXT,
    line TEXT,
    storage_area TEXT,
    content TEXT,
    exchanged_at TEXT,
    handled_by INTEGER REFERENCES staff (id),
    file_name TEXT,
    file_size INTEGER,
    file_sha256 TEXT,
    reported_size INTEGER,
    reported_sha256 TEXT,
    verification TEXT,
    deleted_on TEXT,
    deletion_confirmed_by INTEGER REFERENCES staff (id),
    third_party INTEGER CHECK (third_party IN (0, 1)),
    consent_no TEXT,
    consent_on TEXT,
    cancelled INTEGER CHECK (cancelled IN (0, 1)),
    status TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT
);
CREATE INDEX exchanges_sort_exchanged_at ON exchanges (ifnull(exchanged_at, ''));
CREATE INDEX exchanges_sort_planned_on ON exchanges (ifnull(planned_on, ''));
CREATE INDEX exchanges_sort_counterpart ON exchanges (ifnull(counterpart, ''));
CREATE INDEX exchanges_sort_direction ON exchanges (ifnull(direction, ''));
CREATE INDEX exchanges_sort_method ON exchanges (ifnull(method, ''));
CREATE INDEX exchanges_sort_content ON exchanges (ifnull(content, ''));
CREATE INDEX exchanges_sort_status ON exchanges (ifnull(status, ''));
CREATE INDEX exchanges_status_sort ON exchanges (ifnull(status, ''), ifnull(exchanged_at, ''));
CREATE INDEX exchanges_ref_handled_by ON exchanges (handled_by);
CREATE INDEX exchanges_ref_deletion_confirmed_by ON exchanges (deletion_confirmed_by);
CREATE INDEX exchanges_due_not_deleted ON exchanges (exchanged_at) WHERE status = 'exchanged';
CREATE INDEX exchanges_due_scheduled ON exchanges (planned_on) WHERE status = 'scheduled';
CREATE INDEX exchanges_due_third_party ON exchanges (third_party) WHERE third_party = 1;
CREATE VIRTUAL TABLE exchanges_fts USING fts5 (text, content='', contentless_delete=1, detail=none, tokenize='trigram');
CREATE VIRTUAL TABLE exchanges_fts_vocab USING fts5vocab (exchanges_fts, row);
INSERT INTO register_stats (tbl, n) VALUES ('exchanges', 0);
CREATE TRIGGER exchanges_count_ins AFTER INSERT ON exchanges
BEGIN
    UPDATE register_stats SET n = n + 1 WHERE tbl = 'exchanges';
END;
CREATE TRIGGER exchanges_count_del AFTER DELETE ON exchanges
BEGIN
    UPDATE register_stats SET n = n - 1 WHERE tbl = 'exchanges';
END;

-- 教育計画 (training-plans)
CREATE TABLE training_plans (
    id INTEGER PRIMARY KEY,
    fiscal_year INTEGER,
    theme TEXT,
    trigger TEXT,
    target TEXT,
    planned_month INTEGER,
    content TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT
);
CREATE INDEX training_plans_sort_fiscal_year ON training_plans (ifnull(fiscal_year, -9e18));
CREATE INDEX training_plans_sort_theme ON training_plans (ifnull(theme, ''));
CREATE INDEX training_plans_sort_trigger ON training_plans (ifnull(trigger, ''));
CREATE INDEX training_plans_sort_target ON training_plans (ifnull(target, ''));
CREATE INDEX training_plans_sort_planned_month ON training_plans (ifnull(planned_month, -9e18));
CREATE INDEX training_plans_status_sort ON training_plans (ifnull(trigger, ''), ifnull(fiscal_year, -9e18));
CREATE INDEX training_plans_due_planned ON training_plans (fiscal_year) WHERE planned_month IS NOT NULL;
CREATE VIRTUAL TABLE training_plans_fts USING fts5 (text, content='', contentless_delete=1, detail=none, tokenize='trigram');
CREATE VIRTUAL TABLE training_plans_fts_vocab USING fts5vocab (training_plans_fts, row);
INSERT INTO register_stats (tbl, n) VALUES ('training_plans', 0);
CREATE TRIGGER training_plans_count_ins AFTER INSERT ON training_plans
BEGIN
    UPDATE register_stats SET n = n + 1 WHERE tbl = 'training_plans';
END;
CREATE TRIGGER training_plans_count_del AFTER DELETE ON training_plans
BEGIN
    UPDATE register_stats SET n = n - 1 WHERE tbl = 'training_plans';
END;

-- 教育実施記録 (training-sessions)
CREATE TABLE training_sessions (
    id INTEGER PRIMARY KEY,
    held_on TEXT,
    plan INTEGER REFERENCES training_plans (id),
    title TEXT,
    trainer TEXT,
    content TEXT,
    check_method TEXT,
    check_result TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT
);
CREATE INDEX training_sessions_sort_held_on ON training_sessions (ifnull(held_on, ''));
CREATE INDEX training_sessions_sort_title ON training_sessions (ifnull(title, ''));
CREATE INDEX training_sessions_sort_trainer ON training_sessions (ifnull(trainer, ''));
CREATE INDEX training_sessions_sort_check_method ON training_sessions (ifnull(check_method, ''));
CREATE INDEX training_sessions_status_sort ON training_sessions (ifnull(check_method, ''), ifnull(held_on, ''));
CREATE INDEX training_sessions_ref_plan ON training_sessions (plan);
CREATE TABLE training_sessions_attendees (
    owner_id INTEGER NOT NULL REFERENCES training_sessions (id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    ref_id INTEGER NOT NULL REFERENCES staff (id),
    PRIMARY KEY (owner_id, pos)
) WITHOUT ROWID;
CREATE INDEX training_sessions_attendees_ref ON training_sessions_attendees (ref_id);
CREATE VIRTUAL TABLE training_sessions_fts USING fts5 (text, content='', contentless_delete=1, detail=none, tokenize='trigram');
CREATE VIRTUAL TABLE training_sessions_fts_vocab USING fts5vocab (training_sessions_fts, row);
INSERT INTO register_stats (tbl, n) VALUES ('training_sessions', 0);
CREATE TRIGGER training_sessions_count_ins AFTER INSERT ON training_sessions
BEGIN
    UPDATE register_stats SET n = n + 1 WHERE tbl = 'training_sessions';
END;
CREATE TRIGGER training_sessions_count_del AFTER DELETE ON training_sessions
BEGIN
    UPDATE register_stats SET n = n - 1 WHERE tbl = 'training_sessions';
END;

-- 事故対応手順書 (runbooks)
CREATE TABLE runbooks (
    id INTEGER PRIMARY KEY,
    title TEXT,
    incident_type TEXT,
    version INTEGER,
    last_reviewed_on TEXT,
    review_interval_months INTEGER,
    next_review_due TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT
);
CREATE INDEX runbooks_sort_title ON runbooks (ifnull(title, ''));
CREATE INDEX runbooks_sort_incident_type ON runbooks (ifnull(incident_type, ''));
CREATE INDEX runbooks_sort_version ON runbooks (ifnull(version, -9e18));
CREATE INDEX runbooks_sort_last_reviewed_on ON runbooks (ifnull(last_reviewed_on, ''));
CREATE INDEX runbooks_sort_next_review_due ON runbooks (ifnull(next_review_due, ''));
CREATE INDEX runbooks_review_due ON runbooks (next_review_due);
CREATE INDEX runbooks_incident_type ON runbooks (incident_type);
CREATE TABLE runbook_steps (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER NOT NULL REFERENCES runbooks (id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    part TEXT,
    action TEXT,
    role TEXT,
    note TEXT
);
CREATE INDEX runbook_steps_parent ON runbook_steps (parent_id, pos);
CREATE VIRTUAL TABLE runbooks_fts USING fts5 (text, content='', contentless_delete=1, detail=none, tokenize='trigram');
CREATE VIRTUAL TABLE runbooks_fts_vocab USING fts5vocab (runbooks_fts, row);
INSERT INTO register_stats (tbl, n) VALUES ('runbooks', 0);
CREATE TRIGGER runbooks_count_ins AFTER INSERT ON runbooks
BEGIN
    UPDATE register_stats SET n = n + 1 WHERE tbl = 'runbooks';
END;
CREATE TRIGGER runbooks_count_del AFTER DELETE ON runbooks
BEGIN
    UPDATE register_stats SET n = n - 1 WHERE tbl = 'runbooks';
END;

-- 事故記録 (incidents)
CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    title TEXT,
    incident_type TEXT,
    detected_at TEXT,
    reported_at TEXT,
    reported_to TEXT,
    affected_systems TEXT,
    affected_data TEXT,
    runbook INTEGER REFERENCES runbooks (id),
    status TEXT,
    recovery_confirmed_by INTEGER REFERENCES staff (id),
    recovery_confirmed_at TEXT,
    cause TEXT,
    recovery_method TEXT,
    prevention TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT
);
CREATE INDEX incidents_sort_detected_at ON incidents (ifnull(detected_at, ''));
CREATE INDEX incidents_sort_title ON incidents (ifnull(title, ''));
CREATE INDEX incidents_sort_incident_type ON incidents (ifnull(incident_type, ''));
CREATE INDEX incidents_sort_status ON incidents (ifnull(status, ''));
CREATE INDEX incidents_sort_reported_at ON incidents (ifnull(reported_at, ''));
CREATE INDEX incidents_status_sort ON incidents (ifnull(status, ''), ifnull(detected_at, ''));
CREATE INDEX incidents_ref_runbook ON incidents (runbook);
CREATE INDEX incidents_ref_recovery_confirmed_by ON incidents (recovery_confirmed_by);
CREATE INDEX incidents_due_not_reported ON incidents (detected_at) WHERE reported_at IS NULL;
CREATE INDEX incidents_due_recovered ON incidents (recovery_confirmed_at) WHERE status = 'recovered';
CREATE TABLE incident_timeline (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    at TEXT,
    entry TEXT,
    recorded_by INTEGER REFERENCES staff (id)
);
CREATE INDEX incident_timeline_parent ON incident_timeline (parent_id, pos);
CREATE INDEX incident_timeline_ref_recorded_by ON incident_timeline (recorded_by);
CREATE TABLE incident_evidence (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    item TEXT,
    collected_at TEXT,
    collected_by INTEGER REFERENCES staff (id),
    storage TEXT,
    sha256 TEXT,
    custody TEXT
);
CREATE INDEX incident_evidence_parent ON incident_evidence (parent_id, pos);
CREATE INDEX incident_evidence_ref_collected_by ON incident_evidence (collected_by);
CREATE VIRTUAL TABLE incidents_fts USING fts5 (text, content='', contentless_delete=1, detail=none, tokenize='trigram');
CREATE VIRTUAL TABLE incidents_fts_vocab USING fts5vocab (incidents_fts, row);
INSERT INTO register_stats (tbl, n) VALUES ('incidents', 0);
CREATE TRIGGER incidents_count_ins AFTER INSERT ON incidents
BEGIN
    UPDATE register_stats SET n = n + 1 WHERE tbl = 'incidents';
END;
CREATE TRIGGER incidents_count_del AFTER DELETE ON incidents
BEGIN
    UPDATE register_stats SET n = n - 1 WHERE tbl = 'incidents';
END;
