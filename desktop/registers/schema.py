"""What the SQL schema of the registers must look like, derived from the declarations.

The registers' tables were created by ``db_migrations/0002_registers.sql``; registers and
fields declared later arrive as new numbered migrations written by
:mod:`desktop.registers.migration` (``make migration NAME=…``) from :func:`plan` — the
statements that bring the schema the existing migrations produce to the declarations.
``tests/desktop/registers/test_schema.py`` checks that a vault built through every migration
agrees with the declarations: every column with its type, every index, the search table, the
link and child tables, the row-count triggers.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.errors import DaichoError
from desktop.i18n import tr
from desktop.registers.model import CTX, Field, Kind, Register, SubList


class SchemaConflict(DaichoError):
    """The existing schema differs from the declarations in a way no generated migration
    may fix (a column's type changed): that migration is written by hand."""

    code = "schema-conflict"


@dataclass(frozen=True)
class Stmt:
    """One DDL statement of a register: ``kind`` is ``table``, ``index``, ``trigger`` or
    ``stats`` (its row in ``register_stats``); ``name`` is the object's name (the table's for
    ``stats``); ``table`` the table it belongs to."""

    kind: str
    name: str
    table: str
    sql: str


def _target_table(slug: str, regs: dict[str, Register]) -> str:
    """The table of the register a reference points to: one being declared, or any declared
    in :mod:`desktop.registers.definitions` (a new register may refer to an existing one)."""
    reg = regs.get(slug)
    if reg is None:
        from desktop.registers import definitions

        reg = definitions.get(slug)
    return reg.table


def column_sql(f: Field, regs: dict[str, Register]) -> str:
    sql = f"{f.name} {f.sql_type()}"
    if f.kind == Kind.YESNO:
        sql += f" CHECK ({f.name} IN (0, 1))"
    if f.kind == Kind.REF:
        sql += f" REFERENCES {_target_table(f.ref, regs)} (id)"
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


def statements(reg: Register, regs: dict[str, Register] | None = None) -> list[Stmt]:
    """Every DDL statement of one register, in creation order (its table first). ``regs``:
    the registers declared with it (references to others resolve through the definitions)."""
    regs = regs or {reg.slug: reg}
    t = reg.table
    out: list[Stmt] = []

    def add(kind: str, name: str, sql: str, table: str = t) -> None:
        out.append(Stmt(kind, name, table, sql))

    cols = ["    id INTEGER PRIMARY KEY"]
    cols += [f"    {column_sql(f, regs)}" for f in reg.column_fields]
    cols += ["    created_at TEXT NOT NULL", "    created_by TEXT", "    updated_at TEXT NOT NULL",
             "    updated_by TEXT"]
    add("table", t, f"CREATE TABLE {t} (\n" + ",\n".join(cols) + "\n);")
    for name in reg.sortable_columns:
        ix = sort_index_name(reg, name)
        add("index", ix, f"CREATE INDEX {ix} ON {t} ({reg.field(name).sort_sql()});")
    if reg.status_field and reg.default_sort[0] != reg.status_field:
        add("index", f"{t}_status_sort", f"CREATE INDEX {t}_status_sort ON {t} "
            f"({reg.field(reg.status_field).sort_sql()}, {reg.field(reg.default_sort[0]).sort_sql()});")
    if reg.natural_key_unique:
        add("index", f"{t}_key", f"CREATE UNIQUE INDEX {t}_key ON {t} ({reg.natural_key});")
    for f in reg.column_fields:
        if f.kind == Kind.REF:
            add("index", f"{t}_ref_{f.name}", f"CREATE INDEX {t}_ref_{f.name} ON {t} ({f.name});")
    for ix in reg.indexes:
        add("index", f"{t}_{ix.name}", f"CREATE INDEX {t}_{ix.name} ON {t} ({ix.columns})"
            + (f" WHERE {ix.where};" if ix.where else ";"))
    for f in reg.fields:
        if f.kind == Kind.REFS:
            lt = reg.link_table(f)
            add("table", lt, f"CREATE TABLE {lt} (\n    owner_id INTEGER NOT NULL REFERENCES {t} (id) ON DELETE CASCADE,\n"
                f"    pos INTEGER NOT NULL,\n    ref_id INTEGER NOT NULL REFERENCES {_target_table(f.ref, regs)} (id),\n"
                f"    PRIMARY KEY (owner_id, pos)\n) WITHOUT ROWID;", lt)
            add("index", f"{lt}_ref", f"CREATE INDEX {lt}_ref ON {lt} (ref_id);", lt)
        elif f.kind == Kind.SUBLIST:
            st = f.sub.table
            sub_cols = ["    id INTEGER PRIMARY KEY",
                        f"    parent_id INTEGER NOT NULL REFERENCES {t} (id) ON DELETE CASCADE",
                        "    pos INTEGER NOT NULL"]
            sub_cols += [f"    {column_sql(sf, regs)}" for sf in f.sub.fields]
            add("table", st, f"CREATE TABLE {st} (\n" + ",\n".join(sub_cols) + "\n);", st)
            add("index", f"{st}_parent", f"CREATE INDEX {st}_parent ON {st} (parent_id, pos);", st)
            for sf in f.sub.fields:
                if sf.kind == Kind.REF:
                    add("index", f"{st}_ref_{sf.name}", f"CREATE INDEX {st}_ref_{sf.name} ON {st} ({sf.name});", st)
    fts = reg.fts_table()
    add("table", fts, f"CREATE VIRTUAL TABLE {fts} USING fts5 (text, content='', contentless_delete=1,"
        " detail=none, tokenize='trigram');", fts)
    add("table", f"{fts}_vocab", f"CREATE VIRTUAL TABLE {fts}_vocab USING fts5vocab ({fts}, row);", f"{fts}_vocab")
    add("stats", t, f"INSERT INTO register_stats (tbl, n) SELECT '{t}', count(*) FROM {t};")
    add("trigger", f"{t}_count_ins", f"CREATE TRIGGER {t}_count_ins AFTER INSERT ON {t}\nBEGIN\n"
        f"    UPDATE register_stats SET n = n + 1 WHERE tbl = '{t}';\nEND;")
    add("trigger", f"{t}_count_del", f"CREATE TRIGGER {t}_count_del AFTER DELETE ON {t}\nBEGIN\n"
        f"    UPDATE register_stats SET n = n - 1 WHERE tbl = '{t}';\nEND;")
    return out


def ddl(registers: list[Register]) -> str:
    """The SQL that creates ``registers`` from nothing (each may refer to the others or to
    any register already declared in :mod:`desktop.registers.definitions`)."""
    regs = {r.slug: r for r in registers}
    out: list[str] = []
    for reg in registers:
        out.append(f"-- {reg.label_ja} ({reg.slug})")
        out += [st.sql for st in statements(reg, regs)]
        out.append("")
    return "\n".join(out)


def _norm(sql: str | None) -> str:
    return " ".join((sql or "").replace("IF NOT EXISTS ", "").rstrip(";").split())


def plan(conn, registers: list[Register]) -> list[str]:
    """The statements that bring the schema on ``conn`` to ``registers``: new registers'
    tables and everything beside them, new columns (``ALTER TABLE … ADD COLUMN``), new or
    changed indexes and triggers, new link and child tables. Objects the declarations do not
    name (users, audit_log, settings, …) are left alone; nothing is ever dropped but an
    index or trigger being redefined. Raises :class:`SchemaConflict` when a column's type
    changed."""
    regs = {r.slug: r for r in registers}
    master = {r[0]: (r[1], r[2]) for r in conn.execute("SELECT name, type, sql FROM sqlite_master")}
    out: list[str] = []
    for reg in registers:
        stmts = statements(reg, regs)
        if reg.table not in master:
            out.append(f"-- {reg.label_ja} ({reg.slug})")
            out += [st.sql for st in stmts]
            continue
        _add_columns(conn, reg.table, expected_columns(reg), {f.name: f for f in reg.column_fields}, regs, out)
        for f in reg.fields:
            if f.kind == Kind.SUBLIST and f.sub.table in master:
                _add_columns(conn, f.sub.table, expected_sub_columns(f.sub),
                             {sf.name: sf for sf in f.sub.fields}, regs, out)
        for st in stmts:
            have = master.get(st.name)
            if st.kind == "stats":
                if conn.execute("SELECT 1 FROM register_stats WHERE tbl = ?", (st.name,)).fetchone() is None:
                    out.append(st.sql)
            elif have is None:
                out.append(st.sql)
            elif st.kind in ("index", "trigger") and _norm(have[1]) != _norm(st.sql):
                out += [f"DROP {st.kind.upper()} {st.name};", st.sql]
    return out


def _add_columns(conn, table: str, expected: dict[str, str], fields: dict[str, Field], regs, out: list[str]) -> None:
    have = {r[1]: r[2].upper() for r in conn.execute(f"PRAGMA table_info({table})")}
    for name, sql_type in expected.items():
        if name not in have:
            out.append(f"ALTER TABLE {table} ADD COLUMN {column_sql(fields[name], regs)};")
        elif have[name] != sql_type:
            raise SchemaConflict(tr(CTX, "{table}.{column} の型が {old} から {new} に変わっています。"
                                         "この変更のマイグレーションは手で書いてください。").format(
                table=table, column=name, old=have[name], new=sql_type))
