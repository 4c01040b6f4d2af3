"""What the SQL schema of the registers must look like, derived from the declarations.

The tables themselves live in ``db_migrations/0002_registers.sql`` (written once from
:func:`ddl`, then never edited once released). ``tests/desktop/registers/test_schema.py``
checks that the migrated vault and the declarations agree: every column with its type, every
sort index, the search table, the link and child tables.
"""

from __future__ import annotations

from desktop.registers.model import Field, Kind, Register, SubList


def column_sql(f: Field, regs: dict[str, Register]) -> str:
    sql = f"{f.name} {f.sql_type()}"
    if f.kind == Kind.YESNO:
        sql += f" CHECK ({f.name} IN (0, 1))"
    if f.kind == Kind.REF:
        sql += f" REFERENCES {regs[f.ref].table} (id)"
    return sql


def expected_columns(reg: Register) -> dict[str, str]:
    cols = {"id": "INTEGER"}
    cols.update({f.name: f.sql_type() for f in reg.column_fields})
    cols.update({"created_at": "TEXT", "created_by": "TEXT", "updated_at": "TEXT", "updated_by": "TEXT"})
    return cols


def expected_sub_columns(sub: SubList) -> dict[str, str]:
    cols = {"id": "INTEGER", "parent_id": "INTEGER", "pos": "INTEGER"}
    cols.update({f.name: f.sql_type() for f in sub.fields})
    return cols


def sort_index_name(reg: Register, name: str) -> str:
    return f"{reg.table}_sort_{name}"


def ddl(registers: list[Register]) -> str:
    regs = {r.slug: r for r in registers}
    out: list[str] = []
    w = out.append
    for reg in registers:
        w(f"-- {reg.label_ja} ({reg.slug})")
        cols = ["    id INTEGER PRIMARY KEY"]
        cols += [f"    {column_sql(f, regs)}" for f in reg.column_fields]
        cols += ["    created_at TEXT NOT NULL", "    created_by TEXT", "    updated_at TEXT NOT NULL",
                 "    updated_by TEXT"]
        w(f"CREATE TABLE {reg.table} (\n" + ",\n".join(cols) + "\n);")
        for name in reg.sortable_columns:
            f = reg.field(name)
            w(f"CREATE INDEX {sort_index_name(reg, name)} ON {reg.table} ({f.sort_sql()});")
        if reg.status_field and reg.default_sort[0] != reg.status_field:
            w(f"CREATE INDEX {reg.table}_status_sort ON {reg.table} "
              f"({reg.field(reg.status_field).sort_sql()}, {reg.field(reg.default_sort[0]).sort_sql()});")
        if reg.natural_key_unique:
            w(f"CREATE UNIQUE INDEX {reg.table}_key ON {reg.table} ({reg.natural_key});")
        for f in reg.column_fields:
            if f.kind == Kind.REF:
                w(f"CREATE INDEX {reg.table}_ref_{f.name} ON {reg.table} ({f.name});")
        for ix in reg.indexes:
            w(f"CREATE INDEX {reg.table}_{ix.name} ON {reg.table} ({ix.columns})"
              + (f" WHERE {ix.where};" if ix.where else ";"))
        for f in reg.fields:
            if f.kind == Kind.REFS:
                t = reg.link_table(f)
                w(f"CREATE TABLE {t} (\n    owner_id INTEGER NOT NULL REFERENCES {reg.table} (id) ON DELETE CASCADE,\n"
                  f"    pos INTEGER NOT NULL,\n    ref_id INTEGER NOT NULL REFERENCES {regs[f.ref].table} (id),\n"
                  f"    PRIMARY KEY (owner_id, pos)\n) WITHOUT ROWID;")
                w(f"CREATE INDEX {t}_ref ON {t} (ref_id);")
            elif f.kind == Kind.SUBLIST:
                sub = f.sub
                cols = ["    id INTEGER PRIMARY KEY",
                        f"    parent_id INTEGER NOT NULL REFERENCES {reg.table} (id) ON DELETE CASCADE",
                        "    pos INTEGER NOT NULL"]
                cols += [f"    {column_sql(sf, regs)}" for sf in sub.fields]
                w(f"CREATE TABLE {sub.table} (\n" + ",\n".join(cols) + "\n);")
                w(f"CREATE INDEX {sub.table}_parent ON {sub.table} (parent_id, pos);")
                for sf in sub.fields:
                    if sf.kind == Kind.REF:
                        w(f"CREATE INDEX {sub.table}_ref_{sf.name} ON {sub.table} ({sf.name});")
        w(f"CREATE VIRTUAL TABLE {reg.fts_table()} USING fts5 (text, content='', contentless_delete=1,"
          " detail=none, tokenize='trigram');")
        w(f"CREATE VIRTUAL TABLE {reg.fts_table()}_vocab USING fts5vocab ({reg.fts_table()}, row);")
        w(f"INSERT INTO register_stats (tbl, n) VALUES ('{reg.table}', 0);")
        w(f"CREATE TRIGGER {reg.table}_count_ins AFTER INSERT ON {reg.table}\nBEGIN\n"
          f"    UPDATE register_stats SET n = n + 1 WHERE tbl = '{reg.table}';\nEND;")
        w(f"CREATE TRIGGER {reg.table}_count_del AFTER DELETE ON {reg.table}\nBEGIN\n"
          f"    UPDATE register_stats SET n = n - 1 WHERE tbl = '{reg.table}';\nEND;")
        w("")
    return "\n".join(out)


HEADER = """-- Registers (issue 3): one table per register, generated from the declarations in
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

"""


def migration_text(registers: list[Register]) -> str:
    return HEADER + ddl(registers)
