"""Excel workbook benchmark (issue 16): import and export of many equipment-check rows.

    .venv/bin/python bench/bench_xlsx.py [--rows 100000]

Prints, in one process on the same data (checks spread over 500 equipment items; each
imported check also refreshes its item's next check date, as in the GUI):

* export through ``RegisterService.export_xlsx`` against openpyxl's own write-only mode
  writing the same cells (target: ≤ 1.3×);
* import (preview + commit, every check) against reading the workbook with openpyxl alone
  plus a raw ``executemany`` of the same rows (target: ≥ 0.5× that rate);
* peak RSS of the import (streaming: bounded, not proportional to the rows).
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.registers import examples
from desktop.registers.service import RegisterService
from desktop.vault import crypto
from desktop.vault.vault import create_vault

PASSWORD = "Kanazawa-Castle-2026!"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-xlsx-"))
    v, _ = create_vault(work / "a" / "daicho.vault", office={"name": "bench"}, admin_id="admin", admin_name="admin",
                        admin_password=PASSWORD, binding=False, kdf=crypto.TEST_KDF)
    svc = RegisterService(v)
    staff = svc.create("staff", examples.values("staff", {}))
    base = examples.values("equipment", {"staff": staff})
    items = [svc.create("equipment", {**base, "asset_no": f"PC-{k:04d}"}) for k in range(500)]
    reg = svc.register("equipment-checks")
    table = reg.table
    start = dt.date(2000, 1, 1)
    stamp = "2026-12-01T00:00:00+09:00"
    with v.transaction() as conn:
        conn.executemany(
            f"INSERT INTO {table} (equipment, checked_on, checked_by, result, location_seen, note,"
            " created_at, created_by, updated_at, updated_by)"
            " VALUES (?, ?, ?, 'found', ?, NULL, ?, 'admin', ?, 'admin')",
            [(items[i % len(items)], (start + dt.timedelta(days=i)).isoformat(), staff,
              f"サーバ室 ラック{i % 40}", stamp, stamp) for i in range(args.rows)])
    print(f"(a) {args.rows:,} equipment checks")

    out = work / "checks.xlsx"
    t = time.perf_counter()
    svc.export_xlsx("equipment-checks", out)
    ours = time.perf_counter() - t

    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    t = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("checks")
    rows = v.conn.execute(f"SELECT checked_on, location_seen FROM {table} ORDER BY id").fetchall()
    ws.append(["対象機器", "確認日", "確認者", "結果", "確認した場所", "備考"])
    for checked_on, where in rows:
        d = WriteOnlyCell(ws, value=dt.date.fromisoformat(checked_on))
        d.number_format = "yyyy-mm-dd"
        ws.append(["PC-0001", d, "山田 太郎", "所在を確認", where, None])
    wb.save(work / "plain.xlsx")
    plain = time.perf_counter() - t
    print(f"    export (ours)               : {ours:7.2f} s")
    print(f"    openpyxl write-only alone   : {plain:7.2f} s")
    print(f"    ratio                       : {ours / plain:7.2f}x  (target <= 1.3x)")

    v2, _ = create_vault(work / "b" / "daicho.vault", office={"name": "bench"}, admin_id="admin", admin_name="admin",
                         admin_password=PASSWORD, binding=False, kdf=crypto.TEST_KDF)
    svc2 = RegisterService(v2)
    svc2.create("staff", examples.values("staff", {}))
    for k in range(500):
        svc2.create("equipment", {**base, "asset_no": f"PC-{k:04d}"})
    rss0 = _rss_mb()
    t = time.perf_counter()
    preview = svc2.preview_import("equipment-checks", out)
    ids = svc2.commit_import(preview, include_duplicates=True)
    ours = time.perf_counter() - t
    assert len(ids) == args.rows, (len(ids), preview.issue_lines()[:3])

    from openpyxl import load_workbook

    t = time.perf_counter()
    wb = load_workbook(out, read_only=True, data_only=True)
    data = [(r[1], r[4]) for r in wb.worksheets[0].iter_rows(min_row=2, values_only=True)]
    with v2.transaction() as conn:
        conn.execute("CREATE TEMP TABLE raw (d TEXT, w TEXT)")
        conn.executemany("INSERT INTO raw VALUES (?, ?)", [(d.isoformat() if d else None, w) for d, w in data])
    plain = time.perf_counter() - t
    print(f"(b) import of {args.rows:,} rows")
    print(f"    preview + commit (ours)     : {ours:7.2f} s  ({args.rows / ours:,.0f} rows/s)")
    print(f"    openpyxl read + executemany : {plain:7.2f} s  ({args.rows / plain:,.0f} rows/s)")
    print(f"    rate ratio                  : {plain / ours:7.2f}x  (target >= 0.5x)")
    print(f"    peak RSS                    : {_rss_mb():7.0f} MB (was {rss0:.0f} MB before the import)")
    v.close()
    v2.close()


if __name__ == "__main__":
    main()
