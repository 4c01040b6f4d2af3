"""Excel workbook benchmark (issue 16): import and export of many equipment-check rows.

    .venv/bin/python bench/bench_xlsx.py [--rows 100000] [--memory-rows 1000000]

Prints, in one process on the same data (checks spread over 500 equipment items; each
imported check also refreshes its item's next check date, as in the GUI):

* export through ``RegisterService.export_xlsx`` against openpyxl's own write-only mode
  writing the same cells (target: ≤ 1.3×);
* import (preview + commit, every check) against reading the workbook with openpyxl alone
  plus a raw ``executemany`` of the same rows (target: ≥ 0.5× that rate);
* peak RSS of export and import of ``--memory-rows`` (default 1,000,000) rows, each phase in
  a subprocess of its own measured with ``resource.getrusage`` (target: ≤ 400 MB).
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


def _fill(work: Path, rows: int):
    """Vault ``a`` with ``rows`` equipment checks over 500 items, vault ``b`` with the same items
    and no checks (the import's target)."""
    v, _ = create_vault(work / "a" / "daicho.vault", office={"name": "bench"}, admin_id="admin", admin_name="admin",
                        admin_password=PASSWORD, binding=False, kdf=crypto.TEST_KDF)
    svc = RegisterService(v)
    staff = svc.create("staff", examples.values("staff", {}))
    base = examples.values("equipment", {"staff": staff})
    items = [svc.create("equipment", {**base, "asset_no": f"PC-{k:04d}"}) for k in range(500)]
    table = svc.register("equipment-checks").table
    start = dt.date(2000, 1, 1)
    stamp = "2026-12-01T00:00:00+09:00"
    batch = 100_000
    with v.transaction() as conn:
        for lo in range(0, rows, batch):
            conn.executemany(
                f"INSERT INTO {table} (equipment, checked_on, checked_by, result, location_seen, note,"
                " created_at, created_by, updated_at, updated_by)"
                " VALUES (?, ?, ?, 'found', ?, NULL, ?, 'admin', ?, 'admin')",
                [(items[i % len(items)], (start + dt.timedelta(days=i)).isoformat(), staff,
                  f"サーバ室 ラック{i % 40}", stamp, stamp) for i in range(lo, min(rows, lo + batch))])
    v2, _ = create_vault(work / "b" / "daicho.vault", office={"name": "bench"}, admin_id="admin", admin_name="admin",
                         admin_password=PASSWORD, binding=False, kdf=crypto.TEST_KDF)
    svc2 = RegisterService(v2)
    svc2.create("staff", examples.values("staff", {}))
    for k in range(500):
        svc2.create("equipment", {**base, "asset_no": f"PC-{k:04d}"})
    v.close()
    v2.close()


def _phase(args) -> None:
    """One phase of the memory case in a process of its own, so that ``ru_maxrss`` is that
    phase's peak: prints ``phase seconds peak_mb``."""
    import json

    from desktop.vault.opening import unlock

    work = Path(args.dir)
    t = time.perf_counter()
    if args.phase == "fill":
        _fill(work, args.rows)
    elif args.phase == "export":
        v = unlock(work / "a" / "daicho.vault", "admin", PASSWORD)
        RegisterService(v).export_xlsx("equipment-checks", work / "checks.xlsx")
        v.close()
    elif args.phase == "import":
        v = unlock(work / "b" / "daicho.vault", "admin", PASSWORD)
        svc = RegisterService(v)
        preview = svc.preview_import("equipment-checks", work / "checks.xlsx")
        ids = svc.commit_import(preview, include_duplicates=True)
        assert len(ids) == args.rows, (len(ids), preview.issue_lines()[:3])
        v.close()
    elif args.phase == "openpyxl-read":
        from openpyxl import load_workbook

        wb = load_workbook(work / "checks.xlsx", read_only=True, data_only=True)
        n = sum(1 for _ in wb.worksheets[0].iter_rows(min_row=2, values_only=True))
        assert n == args.rows
    print(json.dumps({"phase": args.phase, "seconds": time.perf_counter() - t, "peak_mb": _rss_mb(),
                      "hwm_mb": _hwm_mb()}))


def _hwm_mb() -> float:
    """This process image's own peak (VmHWM): Linux carries ``ru_maxrss`` over ``execve``, so
    a phase started from a larger parent would report at least the parent's peak."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def memory_case(rows: int) -> None:
    """Peak RSS per phase for ``rows`` rows, each phase in a subprocess (target: ≤ 400 MB)."""
    import json
    import subprocess

    work = Path(tempfile.mkdtemp(prefix="bench-xlsx-mem-"))
    print(f"(c) memory: {rows:,} equipment checks, one process per phase (peak RSS, target <= 400 MB)")
    for phase in ("fill", "export", "openpyxl-read", "import"):
        out = subprocess.run([sys.executable, __file__, "--phase", phase, "--rows", str(rows), "--dir", str(work)],
                             check=True, capture_output=True, text=True).stdout
        got = json.loads(out.strip().splitlines()[-1])
        print(f"    {phase:<14}: {got['seconds']:8.1f} s   peak RSS {got['peak_mb']:6.0f} MB (getrusage),"
              f" {got['hwm_mb']:6.0f} MB (VmHWM)")
    import shutil

    shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000, help="rows of the rate case (0: skip it)")
    parser.add_argument("--memory-rows", type=int, default=1_000_000, help="rows of the memory case (0: skip it)")
    parser.add_argument("--phase", choices=("fill", "export", "openpyxl-read", "import"), help=argparse.SUPPRESS)
    parser.add_argument("--dir", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        _phase(args)
        return
    if args.memory_rows:  # first: the phases' processes start from a small parent
        memory_case(args.memory_rows)
    if args.rows:
        rates(args.rows)


def _warm_up(work: Path) -> None:
    """Import openpyxl and write and read a small workbook once, outside the timings: the
    first of the two measured sides would otherwise pay for it alone."""
    from openpyxl import Workbook, load_workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("warm")
    for i in range(100):
        d = WriteOnlyCell(ws, value=dt.date(2026, 1, 1) + dt.timedelta(days=i))
        d.number_format = "yyyy-mm-dd"
        ws.append(["PC-0001", d, "山田 太郎", "所在を確認", f"ラック{i}", None])
    wb.save(work / "warm.xlsx")
    rb = load_workbook(work / "warm.xlsx", read_only=True, data_only=True)
    sum(1 for _ in rb.worksheets[0].iter_rows(values_only=True))
    rb.close()


def rates(rows: int) -> None:
    """Export and import rates against openpyxl alone (one process, ``rows`` rows)."""
    import argparse as _argparse

    args = _argparse.Namespace(rows=rows)
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
    _warm_up(work)  # both sides then start with openpyxl imported and its caches filled

    def export_ours() -> float:
        t = time.perf_counter()
        svc.export_xlsx("equipment-checks", out)
        return time.perf_counter() - t

    def export_plain() -> float:
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
        return time.perf_counter() - t

    # alternated, best of two each: the machine's noise (±20 % here) hits both sides alike
    ours = plain = float("inf")
    for _ in range(2):
        ours = min(ours, export_ours())
        plain = min(plain, export_plain())
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
