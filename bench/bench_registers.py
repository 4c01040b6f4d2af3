"""Register benchmarks: paging, search and CSV import with many exchange records.

    .venv/bin/python bench/bench_registers.py            # 1,000,000 exchanges (~3-4 min)
    .venv/bin/python bench/bench_registers.py --quick    # 50,000
    .venv/bin/python bench/bench_registers.py --rows 200000 --import-rows 50000 --keep DIR

Everything runs on real encrypted vaults (SQLCipher) in a temp folder. Figures printed:

* time to the first page of the list (count + first 100 rows), jump to the last page,
  next page; searches for 2-, 3- and 6-character Japanese substrings (first page + count,
  as on a keystroke); size of the search index;
* CSV import of ``--import-rows`` rows (default 100,000) through the real path (parse,
  validate, resolve references, insert, search index, one audit entry) against raw
  sqlcipher3 ``executemany`` of the same rows into the same table, same run.

* the key of the row at 10 % / 50 % / 90 % (``key_at``: OFFSET over the sort index, from
  the nearer end) and the page after it — what a far scrollbar jump costs;
* due items (要対応) of every register, and of the exchanges alone.

Targets (issue 3): first rows ≤ 100 ms; last page ≤ 150 ms; each search ≤ 150 ms; import
≥ 50 % of the raw rows/s; far jump ≤ 300 ms; due items ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.registers import search  # noqa: E402
from desktop.registers.definitions import exchanges  # noqa: E402
from desktop.registers.listing import ListQuery  # noqa: E402
from desktop.registers.service import RegisterService  # noqa: E402
from desktop.registers.values import to_text  # noqa: E402
from desktop.vault import crypto  # noqa: E402
from desktop.vault.vault import create_vault, unlock  # noqa: E402

PASSWORD = "Kanazawa-Castle-2026!"
SURNAMES = ["山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤", "吉田", "山本",
            "松本", "井上", "木村", "林", "清水", "山崎", "森", "池田"]
ORGS = ["情報サービス", "システム", "データセンター", "ネットワーク", "ソリューションズ", "保守センター",
        "電算", "テクノ", "ITサポート", "通信"]
WORDS = ["住民記録", "税務", "保守", "月次", "バックアップ", "ログ", "設定ファイル", "パッチ", "統計データ",
         "台帳", "申請書", "名簿", "帳票", "差分", "全件", "更新", "画像", "議事録", "障害報告", "設計書",
         "試験結果", "マスタ", "住所変更", "給与", "福祉", "介護", "選挙", "固定資産", "国保", "年金"]
AREAS = ["共有フォルダA", "SFTP受信領域", "LGWAN-ASP領域", "DMZ転送領域", "庁内ファイルサーバ"]
STAFF = [f"{s} {g}" for s, g in zip(SURNAMES, ["太郎", "花子", "一郎", "次郎", "美咲", "健", "直子", "翔",
                                                "優子", "誠", "恵", "大輔", "彩", "拓也", "陽子", "悟",
                                                "真由美", "剛", "綾", "修"], strict=True)]
SEARCHES = [("2文字", "山田"), ("2文字", "保守"), ("3文字", "田中情"), ("3文字", "バック"),
            ("6文字", "住民記録の税"), ("6文字", "バックアップ"), ("6文字(まれ)", "議事録の年金")]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def timed(fn, repeat: int = 1):
    best, result = None, None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        elapsed = time.perf_counter() - t
        best = elapsed if best is None else min(best, elapsed)
    return best, result


def new_vault(path: Path):
    vault, _ = create_vault(path, office={"name": "ベンチ株式会社"}, admin_id="admin", admin_name="管理",
                            admin_password=PASSWORD, binding=False, kdf=crypto.TEST_KDF)
    return vault


def add_staff(svc) -> dict[str, int]:
    preview = svc.preview_import("staff", ("氏名\n" + "\n".join(STAFF) + "\n").encode())
    ids = svc.commit_import(preview)
    return dict(zip(STAFF, ids, strict=True))


def generate(n: int, staff_ids: list[int], seed: int = 1) -> list[dict]:
    """n exchange records as Python values (fast: column-wise random choices)."""
    rnd = random.Random(seed)
    tz = dt.datetime.now().astimezone().tzinfo
    base = dt.datetime(2016, 4, 1, tzinfo=tz)
    minutes = [rnd.randrange(0, 10 * 365 * 24 * 60) for _ in range(n)]
    cps = [a + b for a, b in zip(rnd.choices(SURNAMES, k=n), rnd.choices(ORGS, k=n), strict=True)]
    w1, w2, w3 = rnd.choices(WORDS, k=n), rnd.choices(WORDS, k=n), rnd.choices(WORDS, k=n)
    counts = [rnd.randrange(1, 1000) for _ in range(n)]
    dirs = rnd.choices(["send", "receive"], k=n)
    meths = rnd.choices(["lgwan", "sftp", "vpn", "dedicated", "email", "media"], k=n)
    areas = rnd.choices(AREAS, k=n)
    staff = rnd.choices(staff_ids, k=n)
    state = [rnd.random() for _ in range(n)]
    rows = []
    for i in range(n):
        when = base + dt.timedelta(minutes=minutes[i])
        planned = when.date() - dt.timedelta(days=3)
        s = state[i]
        done = s > 0.1
        deleted = s > 0.3
        rows.append({
            "planned_on": planned, "scheduled_at": when - dt.timedelta(days=10),
            "counterpart": cps[i], "direction": dirs[i], "method": meths[i], "line": None,
            "storage_area": areas[i], "content": f"{w1[i]}の{w2[i]} {w3[i]} {counts[i]}件",
            "exchanged_at": when if done else None, "handled_by": staff[i] if done else None,
            "file_name": None, "file_size": None, "file_sha256": None, "reported_size": None,
            "reported_sha256": None, "verification": "unverified",
            "deleted_on": when.date() + dt.timedelta(days=2) if deleted else None,
            "deletion_confirmed_by": staff[i] if deleted else None, "third_party": False,
            "permission": None, "coverage": "not_needed", "cancelled": False,
            "status": "deleted" if deleted else "exchanged" if done else "scheduled", "note": None,
        })
    return rows


def db_rows(rows: list[dict], first_id: int, stamp: str) -> tuple[list[str], list[tuple]]:
    reg = exchanges.REGISTER
    from desktop.registers.values import to_db

    cols = reg.column_fields
    names = ["id", *(f.name for f in cols), "created_at", "created_by", "updated_at", "updated_by"]
    out = [(first_id + i, *(to_db(f, r[f.name]) for f in cols), stamp, "admin", stamp, "admin")
           for i, r in enumerate(rows)]
    return names, out


def bulk_fill(vault, rows: list[dict]) -> dict[str, float]:
    """Load rows fast: indexes dropped during the insert and rebuilt after (bench set-up only)."""
    reg = exchanges.REGISTER
    conn = vault.conn
    conn.execute("PRAGMA cache_size = -262144")
    idx = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                       (reg.table,)).fetchall()
    names, values = db_rows(rows, 1, dt.datetime.now().astimezone().isoformat(timespec="seconds"))
    sql = f"INSERT INTO {reg.table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    fts_sql = f"INSERT INTO {reg.fts_table()} (rowid, text) VALUES (?, ?)"
    pos = {n: i for i, n in enumerate(names)}
    sidx = [pos[n] for n in reg.search_fields]
    figures = {}
    t = time.perf_counter()
    with vault.transaction() as c:
        for name, _ in idx:
            c.execute(f"DROP INDEX {name}")
        for k in range(0, len(values), 50_000):
            c.executemany(sql, values[k:k + 50_000])
        figures["insert rows"] = time.perf_counter() - t
        t = time.perf_counter()
        for k in range(0, len(values), 50_000):
            c.executemany(fts_sql, [(v[0], search.index_text([v[i] for i in sidx])) for v in values[k:k + 50_000]])
        figures["search index"] = time.perf_counter() - t
        t = time.perf_counter()
        for _, create in idx:
            c.execute(create)
        figures["sort indexes"] = time.perf_counter() - t
    t = time.perf_counter()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    figures["checkpoint"] = time.perf_counter() - t
    return figures


def fts_size(conn, table: str) -> int:
    data = conn.execute(f"SELECT sum(length(block)) FROM {table}_data").fetchone()[0] or 0
    idx = conn.execute(f"SELECT count(*) FROM {table}_idx").fetchone()[0]
    return data + idx * 16


def to_csv(rows: list[dict], staff_names: dict[int, str]) -> bytes:
    reg = exchanges.REGISTER
    fields = [f for f in reg.fields if f.kind.value != "attachments"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f.label_ja for f in fields])
    title = lambda f, rid: staff_names[rid]  # noqa: E731
    for r in rows:
        w.writerow([to_text(f, r[f.name], title) for f in fields])
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


def bench_paging(svc, n: int) -> None:
    print(f"\n-- list of {n:,} exchanges (sorted by 交換日時, newest first; 100 rows a page)")
    q = ListQuery()
    t, (count, first) = timed(lambda: (svc.count("exchanges", q), svc.page("exchanges", q, limit=100)))
    print(f"first rows shown (count + first page) {ms(t)}   count={count.value:,} exact={count.exact}")
    t, nxt = timed(lambda: svc.page("exchanges", q, after=first.last_key, limit=100), 3)
    print(f"next page                             {ms(t)}")
    t, last = timed(lambda: svc.page("exchanges", q, from_end=True, limit=100), 3)
    print(f"jump to the last page                 {ms(t)}   last id={last.rows[-1].id}")
    for col in ("counterpart", "planned_on", "status"):
        q2 = ListQuery(sort=col)
        t, _ = timed(lambda q2=q2: svc.page("exchanges", q2, from_end=True, limit=100), 3)
        t0, _ = timed(lambda q2=q2: svc.page("exchanges", q2, limit=100), 3)
        print(f"sort by {col:<14} first / last       {ms(t0)} / {ms(t).strip()}")
    for frac in (0.1, 0.5, 0.9):
        pos = int(n * frac)
        kw = {"from_end": True} if pos > n // 2 else {}
        off = n - 1 - pos if kw else pos

        def jump(off=off, kw=kw):
            key = svc.key_at("exchanges", q, off, **kw)
            return svc.page("exchanges", q, after=key, limit=100)
        t, _ = timed(jump, 3)
        print(f"far jump to row {pos:>9,} (key_at + page)   {ms(t)}")
    for q4, label in ((ListQuery(search="山田"), "検索 山田"), (ListQuery(sort="counterpart"), "sort 相手方")):
        c4 = svc.count("exchanges", q4).value
        t, _ = timed(lambda q4=q4, c4=c4: svc.key_at("exchanges", q4, c4 // 2), 3)
        print(f"far jump, {label:<10} middle of {c4:,}  {ms(t)}")
    filters = [
        ("status 削除確認済 + 2020年", ListQuery(status=("deleted",), date_from=dt.date(2020, 1, 1),
                                               date_to=dt.date(2020, 12, 31))),
        ("status 予定 + 2020年 (0件)", ListQuery(status=("scheduled",), date_from=dt.date(2020, 1, 1),
                                              date_to=dt.date(2020, 12, 31))),
        ("status 予定", ListQuery(status=("scheduled",))),
        ("2021年4月 + 検索 山田", ListQuery(search="山田", date_from=dt.date(2021, 4, 1), date_to=dt.date(2021, 4, 30))),
    ]
    for label, q3 in filters:
        t, (c3, p3) = timed(lambda q3=q3: (svc.count("exchanges", q3), svc.page("exchanges", q3, limit=100)))
        t2, _ = timed(lambda q3=q3: svc.page("exchanges", q3, from_end=True, limit=100))
        print(f"filter {label:<24} page+count {ms(t)}  last page {ms(t2).strip()}  plan={p3.plan}"
              f" count={'' if c3.exact else '≤'}{c3.value:,}")


def bench_due(svc) -> None:
    print("\n-- due items (要対応), as the list's banner and the home page ask for them (best of 3)")
    t, items = timed(svc.due_items, 3)
    mine = [i for i in items if i.register == "exchanges"]
    print(f"every register                        {ms(t)}   {len(items):,} items ({len(mine):,} exchanges)")
    from desktop.registers.definitions import exchanges as ex

    ctx = svc._ctx()
    t, _ = timed(lambda: ex.REGISTER.due(ctx), 3)
    print(f"exchanges alone                       {ms(t)}   (target ≤ 100 ms)")


def bench_search(svc) -> None:
    print("\n-- search (first page of 100 + count, as on a keystroke; best of 3)")
    for kind, term in SEARCHES:
        q = ListQuery(search=term)
        times = []
        for _ in range(3):
            t = time.perf_counter()
            page = svc.page("exchanges", q, limit=100)
            count = svc.count("exchanges", q)
            times.append(time.perf_counter() - t)
        t_page, _ = timed(lambda q=q: svc.page("exchanges", q, limit=100), 3)
        print(f"{kind:<10} {term:<8} page+count {ms(min(times))}  (page {ms(t_page).strip()}, median {ms(statistics.median(times)).strip()})"
              f"  plan={page.plan:<5} hits={'' if count.exact else '≤'}{count.value:,}")
        q_last = ListQuery(search=term)
        t_last, _ = timed(lambda q_last=q_last: svc.page("exchanges", q_last, from_end=True, limit=100), 3)
        print(f"{'':<10} {'':<8} last page  {ms(t_last)}")


def _raw_insert(workdir: Path, tag: str, rows, cache_kib: int | None) -> float:
    vault = new_vault(workdir / tag / "v.vault")
    svc = RegisterService(vault)
    add_staff(svc)
    cols, values = db_rows(rows, 1, dt.datetime.now().astimezone().isoformat(timespec="seconds"))
    sql = f"INSERT INTO exchanges ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    conn = vault.conn
    if cache_kib:
        conn.execute(f"PRAGMA cache_size = -{cache_kib}")
    t, c = time.perf_counter(), time.process_time()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(sql, values)
    conn.execute("COMMIT")
    elapsed, cpu = time.perf_counter() - t, time.process_time() - c
    vault.close()
    return elapsed, cpu


def _import(workdir: Path, tag: str, data: bytes, n: int) -> tuple[float, float, int, float]:
    vault = new_vault(workdir / tag / "v.vault")
    svc = RegisterService(vault)
    add_staff(svc)
    c = time.process_time()
    t = time.perf_counter()
    preview = svc.preview_import("exchanges", data, name="bench.csv")
    t_preview = time.perf_counter() - t
    assert preview.ok, preview.issue_lines()[:5]
    t = time.perf_counter()
    ids = svc.commit_import(preview)
    t_commit = time.perf_counter() - t
    cpu = time.process_time() - c
    assert len(ids) == n
    hits = svc.count("exchanges", ListQuery(search="山田")).value
    vault.close()
    return t_preview, t_commit, hits, cpu


def bench_import(workdir: Path, n: int, staff_ids: list[int], trials: int = 3) -> None:
    from desktop.registers.import_commit import IMPORT_CACHE_KIB

    print(f"\n-- CSV import of {n:,} rows (fresh vaults, same schema; best of {trials}, interleaved)")
    rows = generate(n, staff_ids, seed=99)
    names = dict(zip(staff_ids, STAFF, strict=True))
    data = to_csv(rows, names)
    print(f"CSV file: {len(data) / 1e6:.1f} MB, UTF-8 with BOM, {len(exchanges.REGISTER.fields)} columns")
    raw_default, raw_cache, imports = [], [], []
    for k in range(trials):
        raw_default.append(_raw_insert(workdir, f"raw{k}", rows, None))
        raw_cache.append(_raw_insert(workdir, f"rawc{k}", rows, IMPORT_CACHE_KIB))
        imports.append(_import(workdir, f"imp{k}", data, n))
    raw_d, raw_c = min(r[0] for r in raw_default), min(r[0] for r in raw_cache)
    t_preview = min(i[0] for i in imports)
    t_commit = min(i[1] for i in imports)
    total = min(i[0] + i[1] for i in imports)
    cpu_raw_d, cpu_raw_c = min(r[1] for r in raw_default), min(r[1] for r in raw_cache)
    cpu_imp = min(i[3] for i in imports)
    print(f"raw executemany, vault's default page cache (2 MB)       {raw_d:6.2f} s  {n / raw_d:9,.0f} rows/s")
    print(f"raw executemany, same page cache as the import ({IMPORT_CACHE_KIB // 1024} MB)   {raw_c:6.2f} s  {n / raw_c:9,.0f} rows/s")
    print(f"import: preview (decode, parse, validate, resolve refs)   {t_preview:6.2f} s")
    print(f"import: commit (insert, search index, audit; 1 transaction) {t_commit:6.2f} s")
    print(f"import total                                              {total:6.2f} s  {n / total:9,.0f} rows/s")
    print(f"  wall clock: {raw_d / total * 100:.0f}% of raw (default cache), {raw_c / total * 100:.0f}% of raw (same cache)"
          "  (target ≥ 50%)")
    print(f"  CPU time:   {cpu_raw_d / cpu_imp * 100:.0f}% of raw (default cache), {cpu_raw_c / cpu_imp * 100:.0f}% of raw (same cache)"
          f"  [cpu s: raw {cpu_raw_d:.2f} / {cpu_raw_c:.2f}, import {cpu_imp:.2f}]")
    print(f"(all trials, wall s: raw {[round(r[0], 2) for r in raw_default]}, raw+cache {[round(r[0], 2) for r in raw_cache]}, "
          f"import {[round(i[0] + i[1], 2) for i in imports]}; searchable right after: 山田 → {imports[0][2]:,})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--quick", action="store_true", help="50,000 rows")
    ap.add_argument("--import-rows", type=int, default=None, help="default 100,000 (quick: 20,000)")
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = ap.parse_args()
    n = 50_000 if args.quick else args.rows
    n_import = args.import_rows or (20_000 if args.quick else 100_000)
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="daicho-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        path = workdir / "big" / "v.vault"
        vault = new_vault(path)
        svc = RegisterService(vault)
        staff = add_staff(svc)
        t = time.perf_counter()
        rows = generate(n, list(staff.values()))
        gen = time.perf_counter() - t
        figures = bulk_fill(vault, rows)
        del rows
        print(f"== {n:,} exchange records in an encrypted vault")
        print(f"set-up: generate {gen:.1f} s, " + ", ".join(f"{k} {v:.1f} s" for k, v in figures.items()))
        conn = vault.conn
        size = fts_size(conn, "exchanges_fts")
        file_size = os.path.getsize(path)
        vault.close()
        print(f"vault file {file_size / 1e6:,.0f} MB; search index ≈ {size / 1e6:,.1f} MB "
              f"({size / n:.0f} bytes/record)")

        vault = unlock(path, "admin", PASSWORD)  # a fresh connection, cold cache
        svc = RegisterService(vault)
        bench_paging(svc, n)
        bench_due(svc)
        bench_search(svc)
        vault.close()
        bench_import(workdir, n_import, list(staff.values()))
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(f"\n(total bench time {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
