"""Substring search for two characters or more, Japanese included.

Index: one contentless FTS5 table per register, ``<table>_fts(text)``, with the ``trigram``
tokenizer and ``detail=none`` (only rowids per trigram: about 43 MB for 1,000,000 exchange
records). The indexed text is the register's search fields, normalised (NFKC, lower-case),
joined and ended with a newline, so *every* two-character substring of a field is the start of
some indexed trigram (the newline is the third character at a field's end).

Queries (``q`` normalised the same way):

* 3+ characters: every trigram of ``q`` ANDed (``detail=none`` cannot check positions);
* 2 characters: the trigram terms starting with ``q`` are read from the ``fts5vocab`` table
  ``<table>_fts_vocab`` (a range scan of the term dictionary) and ORed;
* 1 character: no index; rows are checked one by one (correct but slow on big registers —
  the GUI should wait for a second character, see :data:`MIN_INDEXED_CHARS`).

The FTS answer is a superset; every candidate is confirmed with the SQL function
``dk_contains(q, col, …)`` (installed per connection by :func:`install`), which repeats the
normalisation on the stored columns. The index is written by the service in the same
transaction as the record.

Folding (a search for やまだ finds ヤマダ, 髙橋 finds 高橋, ｶﾀｶﾅ finds カタカナ): the index keeps
the NFKC text; a query is expanded into its variants — all-hiragana and all-katakana, and
each 異体字 (:data:`VARIANT_GROUPS`) replaced by the others of its group, at most
:data:`MAX_VARIANTS` — whose trigram expressions are ORed; the confirmation compares
:func:`fold` of both sides. Existing indexes need no rebuild.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from desktop.registers.model import Register

MIN_INDEXED_CHARS = 2
MAX_VARIANTS = 16
#: characters written either way in names (the first is the one :func:`fold` uses)
VARIANT_GROUPS = ("高髙", "崎﨑嵜碕", "斎齋齊斉", "辺邊邉", "沢澤", "浜濱濵", "島嶋嶌", "桜櫻", "竜龍", "国國",
                  "広廣", "徳德", "富冨", "槙槇", "吉𠮷", "藤籐", "瀬瀨", "恵惠", "真眞", "実實", "条條", "関關")
_CANON = {c: g[0] for g in VARIANT_GROUPS for c in g}
_GROUP = {c: g for g in VARIANT_GROUPS for c in g}
_TO_HIRA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}
_TO_KATA = {code - 0x60: code for code in range(0x30A1, 0x30F7)}
_FOLD = {**_TO_HIRA, **{ord(c): ord(g) for c, g in _CANON.items() if len(c) == 1 and len(g) == 1}}


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def index_text(values) -> str:
    """The FTS text for a record's search-field values (strings or None)."""
    return normalize("\n".join(v for v in values if v)) + "\n"


def fold(text: str) -> str:
    """NFKC, lower case, katakana as hiragana, each 異体字 as its group's first character."""
    return normalize(text).translate(_FOLD)


def variants(term: str) -> list[str]:
    """Spellings of a normalised term that the index may hold (see the module docstring)."""
    out = list(dict.fromkeys((term, term.translate(_TO_HIRA), term.translate(_TO_KATA))))
    for i, ch in enumerate(term):
        group = _GROUP.get(ch)
        if not group:
            continue
        out = list(dict.fromkeys(v[:i] + alt + v[i + 1:] for v in out for alt in group))
        if len(out) >= MAX_VARIANTS:
            break
    return out[:MAX_VARIANTS]


def _contains(q, *values):
    if q is None:
        return 0
    for v in values:
        if v and q in fold(v):
            return 1
    return 0


def install(conn) -> None:
    """Register ``dk_contains`` on a connection (cheap; safe to repeat)."""
    conn.create_function("dk_contains", -1, _contains, deterministic=True)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


@dataclass(frozen=True)
class Match:
    """A prepared search: the normalised term and the FTS5 MATCH expression (None when the
    term is too short for the index, or when no indexed text can contain it)."""

    term: str
    expression: str | None
    impossible: bool = False   # a 2-char term with no trigram in the vocabulary


def prepare(conn, reg: Register, raw: str) -> Match | None:
    base = normalize(raw.strip())
    if not base:
        return None
    term = fold(base)  # what the confirmation compares
    if len(base) < MIN_INDEXED_CHARS:
        return Match(term, None)
    spellings = variants(base)
    if len(base) == 2:
        terms: list[str] = []
        for v in spellings:
            rows = conn.execute(
                f"SELECT term FROM {reg.fts_table()}_vocab WHERE term >= ? AND term < ?",
                (v, v + "\U0010ffff"),
            ).fetchall()
            terms += [r[0] for r in rows if r[0].startswith(v)]
        if not terms:
            return Match(term, None, impossible=True)
        return Match(term, " OR ".join(_quote(t) for t in dict.fromkeys(terms)))
    exprs = []
    for v in spellings:
        grams = sorted({v[i:i + 3] for i in range(len(v) - 2)})
        exprs.append(" AND ".join(_quote(g) for g in grams))
    if len(exprs) == 1:
        return Match(term, exprs[0])
    return Match(term, " OR ".join(f"({e})" for e in exprs))


def verify_sql(reg: Register, alias: str = "") -> str:
    cols = ", ".join(f"{alias}{c}" for c in reg.search_fields)
    return f"dk_contains(?, {cols})"


# -- index maintenance (inside the caller's transaction) --------------------------------------

def index_record(conn, reg: Register, record_id: int, db_values: dict, *, replace: bool) -> None:
    table = reg.fts_table()
    if replace:
        conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (record_id,))
    conn.execute(
        f"INSERT INTO {table} (rowid, text) VALUES (?, ?)",
        (record_id, index_text(db_values.get(c) for c in reg.search_fields)),
    )


def unindex_record(conn, reg: Register, record_id: int) -> None:
    conn.execute(f"DELETE FROM {reg.fts_table()} WHERE rowid = ?", (record_id,))


def rebuild(conn, reg: Register) -> int:
    """Re-create the whole index from the table (after a declaration change)."""
    table = reg.fts_table()
    conn.execute(f"DELETE FROM {table}")
    cols = ", ".join(reg.search_fields)
    cur = conn.execute(f"SELECT id, {cols} FROM {reg.table}")
    n = 0
    while True:
        rows = cur.fetchmany(5000)
        if not rows:
            break
        conn.executemany(f"INSERT INTO {table} (rowid, text) VALUES (?, ?)",
                         [(r[0], index_text(r[1:])) for r in rows])
        n += len(rows)
    return n
