"""Foundation figures (issue 2). Prints numbers; asserts nothing.

(a) Process start → login window shown (``python -m ui.app --bench-startup``), against a bare
    PySide6 QWidget window in the same run; both timed from the parent (spawn → the child's
    "shown" line), median of N interleaved runs. Target ratio <= 1.3x.
(b) Unlock time with the default tuned Argon2id parameters, and the KDF's share measured
    apart (one derivation with the slot's parameters). Target: unlock <= KDF + 100 ms.
(c) Audit-chain verification of 1,000,000 entries (log built quickly with executemany,
    MACs computed in Python), through ``Vault.verify_audit`` (parallel workers when the
    trail is long) and single-process. Target <= 3 s.

(d) Startup forks (issue 17): what the standard library's RotatingFileHandler (``import
    logging.handlers``), platformdirs and the importlib.resources lookup of the package data
    (desktop/paths.py) add to the GUI's startup: each measured in a fresh process (1) bare,
    and (2) after importing every module that a real ``ui.app --bench-startup`` run imports
    before it quits (taken from ``-X importtime``), so only what the GUI would not load anyway
    is counted. Median of N processes. (They replaced hand-written versions when this showed
    3-4 ms each in the GUI, under 1 % of the time to the first window.)

Run: .venv/bin/python bench/bench_foundation.py [--runs N] [--entries N] [--skip-startup]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ADMIN_PASSWORD = "Kanazawa-Castle-2026!"
BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
w.setWindowTitle("bare")
w.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def _time_until_line(cmd: list[str], marker: str, env: dict) -> float | None:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    elapsed = None
    assert proc.stdout is not None
    for line in proc.stdout:
        if marker in line:
            elapsed = time.perf_counter() - start
            break
    try:
        proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
    return elapsed


def bench_startup(runs: int, work: Path) -> None:
    from desktop.vault import crypto
    from desktop.vault.vault import create_vault

    print("(a) process start -> window shown (offscreen, median of", runs, "runs)")
    vault_path = work / "startup" / "daicho.vault"
    v, _ = create_vault(vault_path, office={"name": "bench"}, admin_id="admin", admin_name="admin",
                        admin_password=ADMIN_PASSWORD, binding=False, kdf=crypto.TEST_KDF)
    v.close()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "DAICHO_HOME": str(work / "home"), "PYTHONPATH": str(ROOT)}
    if not (ROOT / "ui" / "app.py").exists():
        print("    ui/app.py not present yet: login-window figure skipped")
        return
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    login_cmd = [sys.executable, "-m", "ui.app", "--bench-startup", "--vault", str(vault_path)]
    _time_until_line(bare_cmd, "shown", env)  # warm the OS file cache once
    _time_until_line(login_cmd, "startup:", env)
    bare, login = [], []
    for _ in range(runs):
        b = _time_until_line(bare_cmd, "shown", env)
        s = _time_until_line(login_cmd, "startup:", env)
        if b is not None:
            bare.append(b)
        if s is not None:
            login.append(s)
    if not bare:
        print("    bare PySide6 window: did not report")
        return
    mb = statistics.median(bare) * 1000
    print(f"    bare PySide6 QWidget window : {mb:7.0f} ms  (min {min(bare) * 1000:.0f})")
    if not login:
        print("    login window: `python -m ui.app --bench-startup` did not print a 'startup:' line")
        return
    ml = statistics.median(login) * 1000
    print(f"    login window (ui.app)       : {ml:7.0f} ms  (min {min(login) * 1000:.0f})")
    print(f"    ratio                       : {ml / mb:7.2f}x  (target <= 1.3x)")


def bench_unlock(runs: int, work: Path) -> None:
    from desktop.vault import crypto
    from desktop.vault.vault import create_vault, unlock

    print("(b) unlock with the default tuned Argon2id parameters (no terminal binding)")
    t = time.perf_counter()
    kdf = crypto.tune_kdf()
    print(f"    tuning: t={kdf.time_cost} m={kdf.memory_kib // 1024} MiB p={kdf.parallelism} "
          f"({time.perf_counter() - t:.2f} s to tune)")
    path = work / "unlock" / "daicho.vault"
    v, _ = create_vault(path, office={"name": "bench"}, admin_id="admin", admin_name="admin",
                        admin_password=ADMIN_PASSWORD, binding=False, kdf=kdf)
    slot = v.keyfile.users["admin"]
    v.close()
    salt = crypto.b64d(slot["kdf"]["salt"])
    kdf_times, unlock_times = [], []
    for _ in range(runs):
        t = time.perf_counter()
        crypto.derive_key(ADMIN_PASSWORD, salt, kdf)
        kdf_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        vault = unlock(path, "admin", ADMIN_PASSWORD)
        unlock_times.append(time.perf_counter() - t)
        vault.close()
    k = statistics.median(kdf_times) * 1000
    u = statistics.median(unlock_times) * 1000
    print(f"    Argon2id alone              : {k:7.0f} ms")
    print(f"    unlock (KDF + open + login) : {u:7.0f} ms")
    print(f"    unlock - KDF                : {u - k:7.0f} ms  (target <= 100 ms)")


def _build_trail(path: Path, n: int):
    """A vault-format database holding ``n`` chained entries (built in bulk)."""
    import secrets

    import sqlcipher3

    from desktop.audit import trail
    from desktop.vault import migrations

    dek = secrets.token_bytes(32)
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
    conn.execute("PRAGMA journal_mode = WAL")
    migrations.apply(conn)
    trail.ensure_key(conn)
    key = trail._key(conn)
    mac_of = trail._hmac_factory(key)
    actors = ["admin", "suzuki", "tanaka", "山田"]
    actions = ["record.create", "record.update", "auth.login", "print.submittal"]

    def rows():
        prev = trail.GENESIS
        for seq in range(1, n + 1):
            at = f"2026-{1 + seq % 12:02d}-{1 + seq % 28:02d}T{seq % 24:02d}:{seq % 60:02d}:00+09:00"
            actor, action = actors[seq % 4], actions[seq % 4]
            details = trail.dumps_details({"before": {"status": "下書き"}, "after": {"status": "提出済み", "n": seq}})
            mac = mac_of(prev, trail.canonical(seq, at, actor, action, "exchange", str(seq), details))
            prev = mac
            yield seq, at, actor, action, "exchange", str(seq), details, mac

    indexes = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log'"
                           " AND sql IS NOT NULL").fetchall()
    for (sql,) in indexes:
        name = sql.split()[2]
        conn.execute(f"DROP INDEX {name}")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, details, mac)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows())
    conn.execute("COMMIT")
    for (sql,) in indexes:
        conn.execute(sql)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    seq, mac = trail.head(conn)
    return conn, dek, (seq, mac.hex())


def bench_audit(entries: int, work: Path) -> None:
    from desktop.audit import trail

    print(f"(c) audit-chain verification of {entries:,} entries")
    path = work / "audit" / "trail.db"
    path.parent.mkdir(parents=True)
    t = time.perf_counter()
    conn, dek, head = _build_trail(path, entries)
    print(f"    built in {time.perf_counter() - t:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")
    t = time.perf_counter()
    report = trail.verify(conn, head, source=(path, dek))
    par = time.perf_counter() - t
    print(f"    verify (as Vault.verify_audit, {min(os.cpu_count() or 1, 4)} workers): {par:6.2f} s  "
          f"ok={report.ok} count={report.count:,}  (target <= 3 s)")
    t = time.perf_counter()
    report = trail.verify(conn, head)
    single = time.perf_counter() - t
    print(f"    verify (single process)          : {single:6.2f} s  ok={report.ok}")
    conn.close()


FORKS = {
    "logging.handlers (stdlib RotatingFileHandler)": "import logging.handlers",
    "platformdirs (user_log_dir)": "import platformdirs; platformdirs.user_log_dir('itaku-daicho', appauthor=False)",
    "importlib.resources.files('desktop')": "from importlib.resources import files; files('desktop')",
}
FORK_PROBE = """
import importlib, sys, time
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
    except BaseException:
        pass
t = time.perf_counter()
{stmt}
print((time.perf_counter() - t) * 1000)
"""


def _startup_modules(work: Path, env: dict) -> list[str]:
    """Every module a real GUI start imports (first-run wizard, offscreen), in import order."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "ui.app", "--bench-startup",
                           "--vault", str(work / "forks" / "none.vault")], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)
    names = []
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip()
            if name and name != "imported package" and not name.startswith(("logging.handlers", "platformdirs")):
                names.append(name)
    return names


def bench_forks(runs: int, work: Path) -> None:
    print("(d) startup forks: extra import time, bare / after the GUI's own startup imports")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "DAICHO_HOME": str(work / "forks")}
    loaded = _startup_modules(work, env)
    print(f"    (the GUI start imports {len(loaded)} modules; importlib.resources among them: "
          f"{'importlib.resources' in loaded}, socket: {'socket' in loaded})")
    for label, stmt in FORKS.items():
        code = FORK_PROBE.replace("{stmt}", stmt)
        figures = []
        for prelude in ([], loaded):
            times = []
            for _ in range(max(runs, 5)):
                out = subprocess.run([sys.executable, "-c", code, *prelude], capture_output=True, text=True,
                                     env=env, cwd=ROOT, timeout=120)
                if out.returncode == 0 and out.stdout.strip():
                    times.append(float(out.stdout.strip().splitlines()[-1]))
            figures.append(f"{statistics.median(times):5.1f} ms" if times else "  n/a")
        print(f"    {label:46s}: bare {figures[0]}   in the GUI {figures[1]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--skip-startup", action="store_true")
    parser.add_argument("--skip-unlock", action="store_true")
    parser.add_argument("--skip-audit", action="store_true")
    parser.add_argument("--skip-forks", action="store_true")
    args = parser.parse_args()
    print(f"bench_foundation: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(prefix="daicho-bench-") as tmp:
        work = Path(tmp)
        os.environ["DAICHO_HOME"] = str(work / "home")
        if not args.skip_startup:
            bench_startup(args.runs, work)
        if not args.skip_unlock:
            bench_unlock(args.runs, work)
        if not args.skip_forks:
            bench_forks(args.runs, work)
        if not args.skip_audit:
            bench_audit(args.entries, work)


if __name__ == "__main__":
    main()
