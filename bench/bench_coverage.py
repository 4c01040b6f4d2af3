"""Coverage-rule benchmark: 100,000 acts checked against 10,000 permissions.

    .venv/bin/python bench/bench_coverage.py               # 100,000 acts, 10,000 permissions
    .venv/bin/python bench/bench_coverage.py --acts 20000 --permissions 2000

The schema is the one every migration in db_migrations/ builds (in memory, SQLCipher).
10,000 permissions of mixed kinds and statuses are stored, a fifth of them naming media and
equipment items (link tables); 100,000 acts each link one of them (a tenth link none).
Figures printed:

* :func:`desktop.registers.coverage.check_many` over all acts (wall and CPU time, best of 5, and the load
  average: on a shared machine the wall time includes waiting for a CPU) (the permissions read by
  primary key, 900 at a time; items from the link tables by owner) — target ≤ 200 ms;
* the baseline: :func:`coverage.check` act by act (one permission read per act), measured
  on a sample and scaled to all acts, and the ratio baseline / batch;
* the gaps found, by kind (none / not granted / denied / kind / period / item).

Not a timed test: run it by hand and compare the figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.registers import coverage, migration

KINDS = ("media_handling", "equipment_takeout", "config_change", "device_connection", "third_party")
STATUSES = ("granted",) * 6 + ("conditional", "submitted", "denied", "withdrawn")


def build(n_perms: int, seed: int = 7):
    conn = migration.built_schema(Path(__file__).resolve().parents[1] / "db_migrations")
    rnd = random.Random(seed)
    stamp = "2025-07-01T09:00:00+09:00"
    conn.execute("BEGIN")
    conn.execute("INSERT INTO staff (id, name, created_at, updated_at) VALUES (1, '山田 太郎', ?, ?)", (stamp, stamp))
    conn.executemany(
        "INSERT INTO equipment (id, asset_no, kind, location, status, created_at, updated_at)"
        " VALUES (?, ?, 'pc', '本社', 'in_use', ?, ?)", [(i, f"PC-{i:04d}", stamp, stamp) for i in range(1, 201)])
    conn.executemany(
        "INSERT INTO media (id, identifier, media_type, owner, status, created_at, updated_at)"
        " VALUES (?, ?, 'usb', 'office', 'stored', ?, ?)", [(i, f"MD-{i:04d}", stamp, stamp) for i in range(1, 501)])
    perms, media_links, eq_links = [], [], []
    base = dt.date(2025, 4, 1)
    for pid in range(1, n_perms + 1):
        start = base + dt.timedelta(days=rnd.randrange(0, 300))
        end = start + dt.timedelta(days=rnd.randrange(7, 120))
        perms.append((pid, rnd.choice(KINDS), f"許可 {pid}", "目的", start.isoformat(), end.isoformat(),
                      rnd.choice(STATUSES), stamp, stamp))
        if pid % 5 == 0:
            for pos, mid in enumerate(rnd.sample(range(1, 501), 3)):
                media_links.append((pid, pos, mid))
            eq_links.append((pid, 0, rnd.randrange(1, 201)))
    conn.executemany("INSERT INTO permissions (id, kind, subject, purpose, period_from, period_to, status,"
                     " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", perms)
    conn.executemany("INSERT INTO permissions_media (owner_id, pos, ref_id) VALUES (?, ?, ?)", media_links)
    conn.executemany("INSERT INTO permissions_equipment (owner_id, pos, ref_id) VALUES (?, ?, ?)", eq_links)
    conn.execute("COMMIT")
    return conn


def acts(n: int, n_perms: int, seed: int = 11) -> list[coverage.Act]:
    rnd = random.Random(seed)
    base = dt.date(2025, 4, 1)
    out = []
    for _ in range(n):
        pid = None if rnd.random() < 0.1 else rnd.randrange(1, n_perms + 1)
        on = base + dt.timedelta(days=rnd.randrange(0, 420))
        if rnd.random() < 0.5:
            out.append(coverage.Act(("media_handling",), on, pid, (("media", rnd.randrange(1, 501)),), "A3-2-2"))
        else:
            out.append(coverage.Act(("equipment_takeout",), on, pid, (("equipment", rnd.randrange(1, 201)),),
                                    "A5-1-2"))
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--acts", type=int, default=100_000)
    p.add_argument("--permissions", type=int, default=10_000)
    p.add_argument("--sample", type=int, default=5_000, help="acts checked one by one for the baseline")
    args = p.parse_args(argv)
    conn = build(args.permissions)
    todo = acts(args.acts, args.permissions)
    coverage.check_many(conn, todo[:1000])  # warm the page cache and the label lookups
    runs, cpu = [], []
    for _ in range(5):
        t0, c0 = time.perf_counter(), time.process_time()
        gaps = coverage.check_many(conn, todo)
        runs.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    batch = min(runs)
    sample = todo[: min(args.sample, len(todo))]
    t0 = time.perf_counter()
    one = [coverage.check(conn, a) for a in sample]
    naive = (time.perf_counter() - t0) * len(todo) / len(sample)
    assert [g and g.code for g in one] == [g and g.code for g in gaps[: len(sample)]], "batch and one-by-one differ"
    found = Counter(g.code for g in gaps if g is not None)
    print(f"coverage check: {len(todo):,} acts against {args.permissions:,} permissions")
    print(f"  check_many (best of 5): {batch * 1000:8.1f} ms wall, {min(cpu) * 1000:.1f} ms CPU   target <= 200 ms   "
          f"{'OK' if batch <= 0.2 else 'OVER TARGET'}")
    if hasattr(os, "getloadavg"):
        print(f"  load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"  baseline, act by act:   {naive * 1000:8.1f} ms   (measured on {len(sample):,} acts, scaled)")
    print(f"  ratio baseline / batch: {naive / batch:8.1f} x")
    print(f"  covered: {sum(1 for g in gaps if g is None):,}   gaps: " + ", ".join(f"{k} {v:,}" for k, v in
                                                                              sorted(found.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
