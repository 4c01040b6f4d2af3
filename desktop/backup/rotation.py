"""Rotation of scheduled backups: grandfather-father-son, and never anything that is not ours.

Kept: the newest backup of each of the last ``backup.rotation.daily`` days, of each of the
last ``backup.rotation.weekly`` ISO weeks and of each of the last ``backup.rotation.monthly``
months — and always the newest verified backup, whatever the numbers say, so a rotation never
leaves fewer than one verified backup.

Candidates for deletion are only files that

- carry this vault's and this terminal's labels in their name (another PC's or another
  vault's backups in the same folder are never looked at),
- are listed in the vault's state as written *and verified* by this app, and
- still have the size and SHA-256 recorded when they were written (a file of the same name
  put there by someone else, or changed since, is left alone and reported).

Files are deleted one at a time; the state is updated afterwards. A process killed during a
rotation therefore leaves every kept file in place (the newest verified one is never a
candidate), and the next rotation forgets entries whose files are gone.

The three steps (:func:`plan_rotation` on the vault's thread, :func:`apply_rotation` on any
thread, :func:`record_rotation` on the vault's thread) let the GUI hash files off its thread;
:func:`rotate` runs them in a row.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from desktop.backup import format as fmt
from desktop.backup import schedule
from desktop.backup.verify import sha256_file
from desktop.i18n import tr


@dataclass
class Candidate:
    name: str
    when: dt.datetime
    made: schedule.MadeFile


@dataclass
class RotationPlan:
    folder: Path
    keep: list[Candidate] = field(default_factory=list)
    delete: list[Candidate] = field(default_factory=list)
    #: made entries whose file is gone (dropped from the state)
    gone: list[str] = field(default_factory=list)
    #: files of ours that are never deleted, with why (unverified, …)
    untouched: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class RotationResult:
    plan: RotationPlan
    deleted: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def select_keep(cands: list[Candidate], daily: int, weekly: int, monthly: int) -> set[str]:
    """Names to keep (``cands`` are verified backups); the newest is always kept."""
    ordered = sorted(cands, key=lambda c: (c.when, c.name), reverse=True)
    keep: set[str] = set()
    if ordered:
        keep.add(ordered[0].name)
    for count, bucket in ((daily, lambda d: d.date()), (weekly, lambda d: d.isocalendar()[:2]),
                          (monthly, lambda d: (d.year, d.month))):
        seen: list = []
        for c in ordered:
            if len(seen) >= count:
                break
            b = bucket(c.when)
            if b not in seen:
                seen.append(b)
                keep.add(c.name)
    return keep


def plan_rotation(vault) -> RotationPlan:
    """What a rotation would delete now (reads the state and lists the folder; no hashing)."""
    config = schedule.load_config(vault.conn)
    state = schedule.load_state(vault.conn)
    folder = Path(config.folder) if config.folder else None
    plan = RotationPlan(folder or Path())
    if folder is None or not folder.is_dir():
        return plan
    own_vault, own_terminal = schedule.name_parts(vault)
    cands: list[Candidate] = []
    for made in state.made:
        parsed = schedule.parse_name(made.name)
        if parsed is None or parsed[0] != own_vault or parsed[1] != own_terminal:
            continue
        if not (folder / made.name).is_file():
            plan.gone.append(made.name)
            continue
        if not made.verified:
            plan.untouched.append((made.name, tr("Backup", "検証できなかったため残します")))
            continue
        cands.append(Candidate(made.name, parsed[2], made))
    keep = select_keep(cands, config.keep_daily, config.keep_weekly, config.keep_monthly)
    for c in sorted(cands, key=lambda c: (c.when, c.name), reverse=True):
        (plan.keep if c.name in keep else plan.delete).append(c)
    return plan


def apply_rotation(plan: RotationPlan) -> RotationResult:
    """Delete the planned files that are still exactly what this app wrote (any thread)."""
    result = RotationResult(plan)
    if not plan.keep:
        return result   # never delete when nothing verified would remain
    for c in plan.delete:
        path = plan.folder / c.name
        try:
            st = path.stat()
            if st.st_size != c.made.size or sha256_file(path) != c.made.sha256:
                result.skipped.append((c.name, tr("Backup", "このアプリが作成した時と内容が異なるため削除しません")))
                continue
            os.unlink(path)
        except FileNotFoundError:
            result.deleted.append(c.name)   # gone already: forget it
            continue
        except OSError as exc:
            result.skipped.append((c.name, tr("Backup", "削除できませんでした（{reason}）").format(reason=exc.strerror or exc)))
            continue
        result.deleted.append(c.name)
        fmt.fault_point("rotate-after-delete")
    if result.deleted:
        fmt.fsync_dir(plan.folder)
    return result


def record_rotation(vault, result: RotationResult) -> None:
    """Forget deleted and vanished files in the state; audit what was deleted."""
    forget = set(result.deleted) | set(result.plan.gone)
    if not forget and not result.skipped:
        return
    with vault.transaction() as conn:
        state = schedule.load_state(conn)
        state.made = [m for m in state.made if m.name not in forget]
        schedule.save_state(conn, state)
        if result.deleted or result.skipped:
            from desktop.audit import trail

            trail.append(conn, vault.session.user_id, "backup.rotate", entity="backup", details={
                "folder": str(result.plan.folder), "deleted": result.deleted,
                "skipped": [name for name, _ in result.skipped], "kept": [c.name for c in result.plan.keep]})


def rotate(vault, *, dry_run: bool = False) -> RotationResult:
    plan = plan_rotation(vault)
    if dry_run:
        return RotationResult(plan)
    result = apply_rotation(plan)
    record_rotation(vault, result)
    return result
