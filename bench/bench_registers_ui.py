"""Register list figures in the real GUI (issue 3). Prints numbers; asserts nothing.

With N exchange records (1,000,000; ``--quick``: 50,000) in an encrypted vault:

(a) time to first rows shown: ``RegisterView`` built, shown (offscreen) and its first rows
    fetched and painted in the QTableView — target ≤ 100 ms;
(b) jump to the last row (Ctrl+End) until that row is loaded and painted — target ≤ 150 ms;
    then the scrollbar set to far positions (10 % … 90 %, and the end of a drag) until the
    rows there are painted — target ≤ 300 ms each (one ``key_at`` over the sort index + one
    page); and the due items (要対応) of every register — target ≤ 100 ms;
(c) searches for 2-, 3- and 6-character Japanese substrings typed into the search box
    (debounce skipped) until the first rows are painted — target ≤ 150 ms each;
(d) the process's peak RSS (``resource.getrusage``) — target ≤ 250 MB.

The data is generated in a child process (plain ``executemany`` into the register's table and
its search index, in the core's storage format), so the parent's peak memory is the GUI's.
``--keep DIR`` reuses a vault generated there before.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_registers_ui.py [--quick] [--rows N]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


ADMIN_ID = "admin"
ADMIN_PASSWORD = "Kanazawa-Castle-2026!"
OFFICE = {"name": "株式会社ベンチ情報システム", "address": "石川県金沢市広坂1-1-1",
          "representative": "代表取締役 山田 太郎", "contract": "システム保守業務委託"}

COUNTERPARTS = ["石川県 情報政策課", "石川県 税務課", "金沢市 情報システム課", "七尾市 総務課", "輪島市 市民課",
                "珠洲市 企画課", "加賀市 税務課", "小松市 情報政策課", "白山市 市民課", "能美市 総務課",
                "野々市市 企画課", "かほく市 情報課", "羽咋市 総務課", "津幡町 住民課", "能登町 企画課",
                "穴水町 総務課", "志賀町 住民課", "宝達志水町 総務課", "中能登町 企画課", "川北町 住民課"]
CONTENTS = ["住民基本台帳データ", "固定資産税課税データ", "国民健康保険資格データ", "介護保険給付実績",
            "選挙人名簿抄本", "児童手当受給者一覧", "軽自動車税台帳", "法人住民税申告データ",
            "保守作業ログ", "システム稼働統計", "障害対応報告", "月次バックアップ目録"]
STORAGE = ["交換用共有フォルダ", "LGWAN-ASP 交換領域", "SFTP 受渡ディレクトリ", "暗号化USB（県貸与）"]
METHODS = ["lgwan", "sftp", "vpn", "email", "web", "media"]
SEARCHES = [("2文字", "能登"), ("2文字(多い)", "税務"), ("3文字", "金沢市"), ("6文字", "固定資産税課")]


def generate(path: Path, rows: int) -> None:
    """Child process: create the vault and fill the exchanges register quickly."""
    import datetime as dt
    import random

    from desktop.registers import search
    from desktop.registers.definitions import exchanges
    from desktop.vault import crypto
    from desktop.vault.vault import create_vault

    vault, _ = create_vault(path, office=OFFICE, admin_id=ADMIN_ID, admin_name="管理 太郎",
                            admin_password=ADMIN_PASSWORD, binding=False, kdf=crypto.TEST_KDF)
    from desktop.registers import examples
    from desktop.registers.service import RegisterService

    svc = RegisterService(vault)
    staff = svc.create("staff", examples.values("staff", {}))  # the declared example person
    reg = exchanges.REGISTER
    cols = [f.name for f in reg.column_fields]
    names = ["id", *cols, "created_at", "created_by", "updated_at", "updated_by"]
    sql = f"INSERT INTO {reg.table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    fts = f"INSERT INTO {reg.fts_table()} (rowid, text) VALUES (?, ?)"
    rnd = random.Random(3)
    start = dt.datetime(2019, 5, 1, 9, 0).astimezone()
    stamp = dt.datetime.now().astimezone().replace(microsecond=0).isoformat()
    chunk = 50_000
    t0 = time.perf_counter()
    for base in range(0, rows, chunk):
        batch, index = [], []
        for rid in range(base + 1, min(rows, base + chunk) + 1):
            at = start + dt.timedelta(minutes=rid * 3 + rnd.randrange(3))
            planned = (at - dt.timedelta(days=rnd.randrange(1, 10))).date()
            deleted = (at + dt.timedelta(days=rnd.randrange(1, 6))).date()
            # most exchanges are finished; every 50th still awaits its deletion check (due),
            # and the newest 100 are only scheduled
            state = "scheduled" if rid > rows - 100 else "exchanged" if rid % 50 == 0 else "deleted"
            v = {
                "planned_on": planned.isoformat(), "scheduled_at": (at - dt.timedelta(days=12)).isoformat(),
                "counterpart": rnd.choice(COUNTERPARTS), "direction": rnd.choice(("send", "receive")),
                "method": rnd.choice(METHODS), "line": None, "storage_area": rnd.choice(STORAGE),
                "content": f"{rnd.choice(CONTENTS)} 第{rid % 997}回",
                "exchanged_at": None if state == "scheduled" else at.isoformat(),
                "handled_by": None if state == "scheduled" else staff, "file_name": f"data_{rid:07d}.csv", "file_size": None, "file_sha256": None,
                "reported_size": None, "reported_sha256": None, "verification": "unverified",
                "deleted_on": deleted.isoformat() if state == "deleted" else None,
                "deletion_confirmed_by": staff if state == "deleted" else None, "third_party": 0,
                "permission": None, "coverage": "not_needed", "cancelled": 0, "status": state, "note": None,
            }
            batch.append((rid, *[v[c] for c in cols], stamp, ADMIN_ID, stamp, ADMIN_ID))
            index.append((rid, search.index_text(v[c] for c in reg.search_fields)))
        with vault.transaction() as conn:
            conn.executemany(sql, batch)
            conn.executemany(fts, index)
    print(f"generated {rows:,} rows in {time.perf_counter() - t0:.1f} s", flush=True)
    vault.close()


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.vault.vault import unlock

    app = QApplication.instance() or QApplication([])
    vault = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    from ui.context import AppContext
    from ui.registers.list_view import RegisterView
    from ui.registers.table_model import LOADED_ROLE

    ctx = AppContext(vault)
    # the app is already on screen when a register is opened: fonts (Japanese glyphs), styles
    # and modules are warm. Open another (small) register first, as a user would have.
    warm = RegisterView(ctx, "staff")
    warm.resize(1300, 800)
    warm.show()
    app.processEvents()
    warm.hide()
    rss_before = _rss_mb()

    def loaded(view, row: int) -> bool:
        view.table.viewport().repaint()        # paint what is visible (fetches its pages)
        return bool(view.model.data(view.model.index(row, 0), LOADED_ROLE))

    t0 = time.perf_counter()
    view = RegisterView(ctx, "exchanges")
    view.resize(1300, 800)
    view.show()
    app.processEvents()
    while not loaded(view, 0):
        app.processEvents()
    first = (time.perf_counter() - t0) * 1000
    n = view.model.rowCount()
    print(f"(a) first rows shown: {first:.1f} ms   ({n:,} rows; count label {view.count_label.text()})")
    # due items (row highlighting, 要対応 banner) come from a worker thread: wait for them
    t1 = time.perf_counter()
    while view.source._due is None:
        app.processEvents()
        time.sleep(0.005)
    print(f"    due items from the worker thread arrived {(time.perf_counter() - t1) * 1000:.0f} ms after the first paint"
          f" ({len(view.source._due)} for this register)")

    view.table.setFocus()
    t0 = time.perf_counter()
    view.go_last()
    app.processEvents()
    while not loaded(view, n - 1):
        app.processEvents()
    last = (time.perf_counter() - t0) * 1000
    print(f"(b) jump to the last row: {last:.1f} ms   (queries so far: {view.model.queries})")
    t0 = time.perf_counter()
    view.show_current_detail()
    print(f"    its detail pane (shown {60} ms after the selection settles): {(time.perf_counter() - t0) * 1000:.1f} ms")

    sb = view.table.verticalScrollBar()

    def settle(t0) -> tuple[float, int]:
        app.processEvents()
        row = view.table.rowAt(10)
        while view.model.is_walking() or not loaded(view, row):
            app.processEvents()
        return (time.perf_counter() - t0) * 1000, row

    jumps = []
    for frac in (0.5, 0.1, 0.25, 0.75, 0.9, 0.37, 0.63):
        t0 = time.perf_counter()
        sb.setValue(int(sb.maximum() * frac))
        ms, row = settle(t0)
        jumps.append(ms)
        print(f"    scrollbar to {frac:4.0%} (row {row:,}), painted: {ms:6.1f} ms")
    # a drag: many positions painted on the way, then the one where the mouse stops
    for k in range(20):
        sb.setValue(int(sb.maximum() * (0.2 + k * 0.03)))
        view.table.viewport().repaint()
        app.processEvents()
    t0 = time.perf_counter()
    sb.setValue(int(sb.maximum() * 0.81))
    ms, row = settle(t0)
    jumps.append(ms)
    print(f"    end of a drag across 60 % of the list (row {row:,}), painted: {ms:6.1f} ms")
    print(f"(b) far scroll positions: max {max(jumps):.1f} ms, median {sorted(jumps)[len(jumps) // 2]:.1f} ms"
          "   (target ≤ 300 ms)")

    from desktop.registers.service import RegisterService

    svc = RegisterService(vault)
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        items = svc.due_items()
        times.append((time.perf_counter() - t0) * 1000)
    mine = sum(1 for i in items if i.register == "exchanges")
    print(f"(b) due items of every register: {min(times):.1f} ms (first call {times[0]:.1f} ms;"
          f" {len(items)} items, {mine} for exchanges)   (target ≤ 100 ms)")

    for label, term in SEARCHES:
        view.reset_filters()
        app.processEvents()
        t0 = time.perf_counter()
        view.search.blockSignals(True)
        view.search.setText(term)
        view.search.blockSignals(False)
        view.apply_filters()
        app.processEvents()
        if view.model.rowCount():
            while not loaded(view, view.table.rowAt(0)):
                app.processEvents()
        ms = (time.perf_counter() - t0) * 1000
        count = view.count_label.text()
        print(f"(c) search {label} 「{term}」: {ms:.1f} ms   ({count})")
    print(f"(d) peak RSS: {_rss_mb():.0f} MB   (after unlock, before the view: {rss_before:.0f} MB)")
    view.close()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    app.processEvents()
    vault.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="50,000 rows")
    ap.add_argument("--rows", type=int, default=None)
    ap.add_argument("--keep", type=Path, default=None, help="reuse/keep the generated vault in this folder")
    ap.add_argument("--generate-only", type=Path, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    rows = args.rows or (50_000 if args.quick else 1_000_000)
    if args.generate_only:
        generate(args.generate_only, rows)
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-registers-ui-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("DAICHO_HOME", str(work / "home"))
    path = work / f"exchanges-{rows}.vault"
    if not path.exists():
        subprocess.run([sys.executable, __file__, "--rows", str(rows), "--generate-only", str(path)],
                       check=True, env=os.environ.copy(), cwd=ROOT)
    print(f"== registers UI bench: {rows:,} exchange records")
    measure(path)


if __name__ == "__main__":
    main()
