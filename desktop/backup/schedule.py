"""Scheduled backups: when one is due, what it is called, and what happened last time.

Configuration is a set of typed vault settings (``backup.schedule.*``, ``backup.rotation.*``),
changed by administrators through :func:`set_schedule` (one ``settings.update`` audit entry).

The passphrase kept for scheduled backups is stored **inside the encrypted database** (the
``meta`` row :data:`PASSPHRASE_KEY`), i.e. under the database key that the users' key slots
wrap — never in a plaintext file, a setting, a log or an audit entry. It is not a declared
setting, so ``daicho settings`` and the settings page never show it. Setting, replacing or
clearing it is audited as ``backup.schedule.passphrase`` (the details say which, not what).

What happened last (result, message, the files this app made and whether each was verified)
is the JSON ``meta`` row :data:`STATE_KEY`; rotation (:mod:`desktop.backup.rotation`) deletes
only files listed there as made *and verified* by this vault.

File names carry the vault ID and the terminal so that two PCs (or two vaults) can back up
into the same folder: ``daicho-<vault>-<terminal>-YYYYMMDD-HHMMSS.daicho-backup``.

When a backup is due (:func:`is_due`):

- ``logout``: at every logout (and when the app is closed);
- ``daily``: once the day's time has passed and no backup succeeded since;
- ``weekly``: the same for the week's day and time.

A destination that is missing (USB stick not plugged in) is reported once and tried again at
the next check; any other failure waits for the next scheduled time. A backup that was
running when the process died is reported as interrupted.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop import settings
from desktop.accounts import policy as pw
from desktop.audit import trail
from desktop.backup import format as fmt
from desktop.backup import passphrase as passphrase_rules
from desktop.backup.export import ExportResult, create_backup_file, record_backup
from desktop.errors import DaichoError, ValidationError
from desktop.i18n import tr
from desktop.settings import service as settings_service
from desktop.timeutil import parse_iso
from desktop.vault.terminal import this_host_name

Progress = Callable[[int, int], "bool | None"]

MODES = ("off", "logout", "daily", "weekly")
PASSPHRASE_KEY = "backup.schedule.passphrase"
STATE_KEY = "backup.schedule.state"
NAME_PREFIX = "daicho-"
_NAME_RE = re.compile(r"^daicho-(?P<vault>[A-Za-z0-9]+)-(?P<terminal>[A-Za-z0-9_]+)-(?P<stamp>\d{8}-\d{6})"
                      + re.escape(fmt.SUFFIX) + "$")

MODE_KEY = "backup.schedule.mode"
TIME_KEY = "backup.schedule.time"
WEEKDAY_KEY = "backup.schedule.weekday"
FOLDER_KEY = "backup.schedule.folder"
KEEP_DAILY_KEY = "backup.rotation.daily"
KEEP_WEEKLY_KEY = "backup.rotation.weekly"
KEEP_MONTHLY_KEY = "backup.rotation.monthly"

settings.declare(MODE_KEY, str, "off", tr("Settings", "定期バックアップ（off / logout / daily / weekly）"))
settings.declare(TIME_KEY, str, "18:00", tr("Settings", "定期バックアップの時刻（HH:MM）"))
settings.declare(WEEKDAY_KEY, int, 4, tr("Settings", "毎週のバックアップの曜日（0=月曜〜6=日曜）"), minimum=0, maximum=6)
settings.declare(FOLDER_KEY, str, "", tr("Settings", "定期バックアップの保存先フォルダー"))
settings.declare(KEEP_DAILY_KEY, int, 7, tr("Settings", "残す日次バックアップの数"), minimum=0, maximum=366)
settings.declare(KEEP_WEEKLY_KEY, int, 4, tr("Settings", "残す週次バックアップの数"), minimum=0, maximum=520)
settings.declare(KEEP_MONTHLY_KEY, int, 12, tr("Settings", "残す月次バックアップの数"), minimum=0, maximum=1200)

#: results kept in the state; "ok" is the only good one
RESULTS = ("ok", "failed", "unverified", "missing", "cancelled", "interrupted", "running")


def _invalid(name: str, message: str) -> ValidationError:
    return ValidationError(message, {name: message})


class DestinationMissing(DaichoError):
    """The destination folder is not there (a USB stick not plugged in, a NAS offline)."""

    code = "backup-destination-missing"


class NotConfigured(DaichoError):
    code = "backup-not-configured"


@dataclass(frozen=True)
class ScheduleConfig:
    mode: str = "off"
    time: tuple[int, int] = (18, 0)
    weekday: int = 4
    folder: str = ""
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12

    @property
    def enabled(self) -> bool:
        return self.mode != "off"

    def describe(self) -> str:
        hh, mm = self.time
        if self.mode == "logout":
            when = tr("Backup", "ログアウト時")
        elif self.mode == "daily":
            when = tr("Backup", "毎日 {hh:02d}:{mm:02d}").format(hh=hh, mm=mm)
        elif self.mode == "weekly":
            when = tr("Backup", "毎週{day} {hh:02d}:{mm:02d}").format(day=weekday_name(self.weekday), hh=hh, mm=mm)
        else:
            return tr("Backup", "定期バックアップは設定されていません。")
        return tr("Backup", "{when}に {folder} へ（日次 {d}・週次 {w}・月次 {m} 個を保持）").format(
            when=when, folder=self.folder or "?", d=self.keep_daily, w=self.keep_weekly, m=self.keep_monthly)


def weekday_name(n: int) -> str:
    return (tr("Backup", "月曜日"), tr("Backup", "火曜日"), tr("Backup", "水曜日"), tr("Backup", "木曜日"),
            tr("Backup", "金曜日"), tr("Backup", "土曜日"), tr("Backup", "日曜日"))[n % 7]


@dataclass
class MadeFile:
    """A backup this vault wrote into the destination (rotation deletes only these)."""

    name: str
    sha256: str
    size: int
    created_at: str
    verified: bool = False
    history_id: int = 0


@dataclass
class ScheduleState:
    last_attempt_at: str = ""
    last_ok_at: str = ""
    last_result: str = ""
    message: str = ""
    last_file: str = ""
    missing_reported: bool = False
    made: list[MadeFile] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """The red banner: the last backup failed or could not be verified."""
        return self.last_result in ("failed", "unverified", "interrupted")

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ScheduleState:
        try:
            data = json.loads(text)
            made = [MadeFile(**m) for m in data.pop("made", [])]
            known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
            return cls(**known, made=made)
        except (TypeError, ValueError):
            return cls()


# -- configuration -----------------------------------------------------------------------

def parse_time(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", text or "")
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise _invalid("time", tr("Backup", "時刻は HH:MM（例 18:30）で入力してください。"))
    return int(m.group(1)), int(m.group(2))


def load_config(conn) -> ScheduleConfig:
    mode = settings.get(conn, MODE_KEY)
    try:
        time = parse_time(settings.get(conn, TIME_KEY))
    except ValidationError:
        time = (18, 0)
    return ScheduleConfig(
        mode=mode if mode in MODES else "off", time=time, weekday=settings.get(conn, WEEKDAY_KEY),
        folder=settings.get(conn, FOLDER_KEY), keep_daily=settings.get(conn, KEEP_DAILY_KEY),
        keep_weekly=settings.get(conn, KEEP_WEEKLY_KEY), keep_monthly=settings.get(conn, KEEP_MONTHLY_KEY))


def set_schedule(vault, *, mode: str | None = None, time: str | None = None, weekday: int | None = None,
                 folder: str | None = None, keep_daily: int | None = None, keep_weekly: int | None = None,
                 keep_monthly: int | None = None) -> dict:
    """Change the schedule (administrators; validated first, one audited settings change)."""
    vault.session.require_admin()
    values: dict = {}
    if mode is not None:
        if mode not in MODES:
            raise _invalid("mode", tr("Backup", "スケジュールは off / logout / daily / weekly のいずれかです。"))
        values[MODE_KEY] = mode
    if time is not None:
        hh, mm = parse_time(time)
        values[TIME_KEY] = f"{hh:02d}:{mm:02d}"
    if weekday is not None:
        values[WEEKDAY_KEY] = weekday
    if folder is not None:
        folder = folder.strip()
        if folder and not Path(folder).expanduser().is_absolute():
            raise _invalid("folder", tr("Backup", "保存先フォルダーは絶対パスで指定してください。"))
        values[FOLDER_KEY] = str(Path(folder).expanduser()) if folder else ""
    for key, value in ((KEEP_DAILY_KEY, keep_daily), (KEEP_WEEKLY_KEY, keep_weekly), (KEEP_MONTHLY_KEY, keep_monthly)):
        if value is not None:
            values[key] = value
    final_mode = values.get(MODE_KEY, settings.get(vault.conn, MODE_KEY))
    final_folder = values.get(FOLDER_KEY, settings.get(vault.conn, FOLDER_KEY))
    if final_mode != "off" and not final_folder:
        raise _invalid("folder", tr("Backup", "定期バックアップには保存先フォルダーが必要です。"))
    return settings_service.update_settings(vault, values)


def has_passphrase(conn) -> bool:
    return conn.execute("SELECT 1 FROM meta WHERE key = ?", (PASSPHRASE_KEY,)).fetchone() is not None


def _passphrase(conn) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (PASSPHRASE_KEY,)).fetchone()
    if row is None:
        raise NotConfigured(tr("Backup", "定期バックアップのパスフレーズが設定されていません。"))
    value = row[0]
    return value if isinstance(value, str) else bytes(value).decode("utf-8")


def set_passphrase(vault, passphrase: str | None, *, check_login_passwords: bool = True) -> None:
    """Keep (or with None, forget) the scheduled-backup passphrase (administrators; audited).

    Same rules as any backup passphrase (strength, never a login password — one Argon2id per
    user: the GUI runs :func:`desktop.backup.passphrase.check_not_a_login_password` off its
    thread first and passes ``check_login_passwords=False``)."""
    vault.session.require_admin()
    if passphrase is not None:
        passphrase_rules.check_strength(passphrase, pw.Policy.from_vault(vault.conn), user_id=vault.session.user_id)
        if check_login_passwords:
            passphrase_rules.check_not_a_login_password(vault, passphrase)
    had = has_passphrase(vault.conn)
    with vault.transaction() as conn:
        if passphrase is None:
            conn.execute("DELETE FROM meta WHERE key = ?", (PASSPHRASE_KEY,))
        else:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                         (PASSPHRASE_KEY, passphrase.encode("utf-8")))
        action = "cleared" if passphrase is None else ("replaced" if had else "set")
        trail.append(conn, vault.session.user_id, "backup.schedule.passphrase", entity="backup",
                     details={"change": action})


def load_state(conn) -> ScheduleState:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (STATE_KEY,)).fetchone()
    if row is None:
        return ScheduleState()
    value = row[0]
    return ScheduleState.from_json(value if isinstance(value, str) else bytes(value).decode("utf-8"))


def save_state(conn, state: ScheduleState) -> None:
    """Inside the caller's transaction."""
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (STATE_KEY, state.to_json().encode()))


# -- when ------------------------------------------------------------------------------------

def last_slot(config: ScheduleConfig, now: dt.datetime) -> dt.datetime | None:
    """The most recent scheduled moment at or before ``now`` (daily / weekly)."""
    hh, mm = config.time
    today = now.replace(hour=hh, minute=mm, second=0, microsecond=0)
    if config.mode == "daily":
        return today if today <= now else today - dt.timedelta(days=1)
    if config.mode == "weekly":
        back = (now.weekday() - config.weekday) % 7
        slot = today - dt.timedelta(days=back)
        return slot if slot <= now else slot - dt.timedelta(days=7)
    return None


def _at(text: str, tz) -> dt.datetime | None:
    if not text:
        return None
    try:
        value = parse_iso(text)
    except ValueError:
        return None
    if value.tzinfo is not None and tz is None:
        value = value.astimezone().replace(tzinfo=None)
    elif value.tzinfo is None and tz is not None:
        value = value.replace(tzinfo=tz)
    return value


def is_due(config: ScheduleConfig, state: ScheduleState, now: dt.datetime, *, event: str = "timer") -> bool:
    """``event``: "timer" (the app's periodic check, or a system scheduler) or "logout"."""
    if not config.enabled or not config.folder:
        return False
    if config.mode == "logout":
        return event == "logout"
    slot = last_slot(config, now)
    if slot is None:
        return False
    last_ok = _at(state.last_ok_at, now.tzinfo)
    if last_ok is not None and last_ok >= slot:
        return False
    last_try = _at(state.last_attempt_at, now.tzinfo)
    if last_try is None or last_try < slot:
        return True
    return state.last_result == "missing"   # the USB stick may be back: try at every check


# -- names -----------------------------------------------------------------------------------

def _label(text: str, length: int) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9]", "", text or "")
    return (cleaned or "pc")[:length]


def name_parts(vault) -> tuple[str, str]:
    """(vault label, terminal label) that start every scheduled file name of this vault on this PC."""
    terminal = vault.terminal_id or this_host_name()
    return _label(vault.vault_id, 12), _label(terminal, 16)


def _written_by_us(conn, path: Path) -> bool:
    row = conn.execute("SELECT 1 FROM backup_history WHERE kind = 'export' AND path = ? LIMIT 1",
                       (str(path),)).fetchone()
    return row is not None


def file_name(vault, when: dt.datetime) -> str:
    v, t = name_parts(vault)
    return f"{NAME_PREFIX}{v}-{t}-{when.strftime('%Y%m%d-%H%M%S')}{fmt.SUFFIX}"


def parse_name(name: str) -> tuple[str, str, dt.datetime] | None:
    m = _NAME_RE.match(name)
    if not m:
        return None
    try:
        stamp = dt.datetime.strptime(m.group("stamp"), "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return m.group("vault"), m.group("terminal"), stamp


# -- running ---------------------------------------------------------------------------------

@dataclass
class Plan:
    """What one scheduled backup will do (made on the vault's thread by :func:`prepare`)."""

    target: Path
    passphrase: str = field(repr=False)
    config: ScheduleConfig
    event: str
    #: when the scheduled backup started (what :func:`is_due` compares with the schedule)
    started_at: str = ""


@dataclass
class Outcome:
    result: str             # one of RESULTS (never "running")
    message: str = ""
    path: Path | None = None
    export: ExportResult | None = None
    deleted: list[str] = field(default_factory=list)


def _update_state(vault, change: Callable[[ScheduleState], None]) -> ScheduleState:
    with vault.transaction() as conn:
        state = load_state(conn)
        change(state)
        save_state(conn, state)
    return state


def notice_interrupted(vault) -> None:
    """A backup marked running from an earlier process that died: report it as interrupted."""
    state = load_state(vault.conn)
    if state.last_result == "running" and not vault.readonly:
        def change(s: ScheduleState) -> None:
            s.last_result = "interrupted"
            s.message = tr("Backup", "前回の定期バックアップは途中で中断されました（アプリの強制終了など）。")
        _update_state(vault, change)


def prepare(vault, now: dt.datetime | None = None, *, event: str = "timer") -> Plan:
    """Check the configuration and the destination; mark the backup as running.

    Raises :class:`NotConfigured` or :class:`DestinationMissing` (recorded in the state; the
    missing destination only once until it is back)."""
    vault.session.require_write()
    now = now or dt.datetime.now()
    started_at = (now if now.tzinfo else now.astimezone()).isoformat(timespec="seconds")
    config = load_config(vault.conn)
    if not config.enabled or not config.folder:
        raise NotConfigured(tr("Backup", "定期バックアップが設定されていません（保存先とスケジュール）。"))
    passphrase = _passphrase(vault.conn)
    folder = Path(config.folder)
    if not folder.is_dir():
        message = tr("Backup", "定期バックアップの保存先が見つかりません: {path}（USBメモリーなどを接続してください。次の機会に再試行します）").format(
            path=folder)

        def missing(s: ScheduleState) -> None:
            s.last_attempt_at = started_at
            s.last_result = "missing"
            s.message = message
        state = load_state(vault.conn)
        already = state.last_result == "missing" and state.missing_reported
        if not already:   # while the stick stays out, every check would write the same state
            _update_state(vault, missing)
        exc = DestinationMissing(message)
        exc.already_reported = already  # type: ignore[attr-defined]
        raise exc
    target = folder / file_name(vault, now)
    when = now
    for _ in range(60):
        # our own backup of the same second (made a moment ago): the next second's name;
        # a same-named file that is not ours is refused later, with its own message
        if not (target.exists() and _written_by_us(vault.conn, target)):
            break
        when += dt.timedelta(seconds=1)
        target = folder / file_name(vault, when)

    def running(s: ScheduleState) -> None:
        s.last_attempt_at = started_at
        s.last_result = "running"
        s.missing_reported = False
        s.message = ""
    _update_state(vault, running)
    return Plan(target, passphrase, config, event, started_at)


def mark_missing_reported(vault) -> None:
    _update_state(vault, lambda s: setattr(s, "missing_reported", True))


def write_and_verify(vault, plan: Plan, progress: Progress | None = None) -> tuple[ExportResult, str]:
    """Worker-thread part: write the file (never over an existing one) and verify it.

    Returns (export result, verification error message or ""). A cancel (progress returns
    False) removes the file whatever the step, and raises :class:`BackupCancelled`."""
    from desktop.backup.verify import verify_backup

    def part(lo: int, hi: int) -> Progress | None:
        if progress is None:
            return None

        def inner(done: int, total: int):
            return progress(lo + (hi - lo) * done // max(total, 1), 100)
        return inner

    result = create_backup_file(vault, plan.target, plan.passphrase, progress=part(0, 80), overwrite=False)
    fmt.fault_point("scheduled-after-write")
    try:
        verify_backup(result.path, plan.passphrase, progress=part(80, 100))
    except fmt.BackupCancelled:
        _unlink(result.path)
        raise
    except DaichoError as exc:
        return result, str(exc)
    except OSError as exc:
        from desktop.fsutil import read_error_message

        return result, read_error_message(exc, result.path)
    return result, ""


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def finish(vault, plan: Plan, export: ExportResult | None, verify_error: str = "",
           error: BaseException | None = None, *, rotate: bool = True) -> Outcome:
    """Vault-thread part: history, audit, state; then (``rotate``) rotation when the backup
    verified — the GUI passes False and rotates on a worker thread (it hashes files)."""
    if error is not None:
        cancelled = isinstance(error, fmt.BackupCancelled)
        result = "cancelled" if cancelled else "failed"
        message = tr("Backup", "定期バックアップをキャンセルしました。") if cancelled else str(error)

        def failed(s: ScheduleState) -> None:
            s.last_result = result
            s.message = message
        _update_state(vault, failed)
        vault.audit("backup.scheduled_failed", entity="backup", details={
            "target": str(plan.target), "result": result, "reason": message, "event": plan.event})
        return Outcome(result, message)
    assert export is not None
    hid = record_backup(vault, export)
    verified = not verify_error
    message = "" if verified else tr("Backup", "バックアップを検証できませんでした: {reason}").format(reason=verify_error)

    def done(s: ScheduleState) -> None:
        s.made.append(MadeFile(export.path.name, export.sha256, export.size, export.created_at, verified, hid))
        s.last_file = str(export.path)
        s.last_result = "ok" if verified else "unverified"
        s.message = message
        if verified:
            s.last_ok_at = plan.started_at or export.created_at
    _update_state(vault, done)
    vault.audit("backup.verify" if verified else "backup.verify_failed", entity="backup", entity_id=hid,
                details={"path": str(export.path), "sha256": export.sha256, "scheduled": True,
                         **({} if verified else {"reason": verify_error})})
    outcome = Outcome("ok" if verified else "unverified", message, export.path, export)
    if verified and rotate:
        from desktop.backup import rotation

        try:
            outcome.deleted = rotation.rotate(vault).deleted
        except DaichoError as exc:
            outcome.message = tr("Backup", "古いバックアップの整理に失敗しました: {reason}").format(reason=exc)
    return outcome


def run_scheduled(vault, *, now: dt.datetime | None = None, event: str = "timer", force: bool = False,
                  progress: Progress | None = None) -> Outcome | None:
    """Run a scheduled backup when it is due (or ``force``); None when not due.

    Synchronous (the CLI, tests); the GUI runs the same three steps with its task runner."""
    now = now or dt.datetime.now()
    notice_interrupted(vault)
    config = load_config(vault.conn)
    if not force and not is_due(config, load_state(vault.conn), now, event=event):
        return None
    try:
        plan = prepare(vault, now, event=event)
    except DestinationMissing as exc:
        return Outcome("missing", str(exc))
    try:
        export, verify_error = write_and_verify(vault, plan, progress)
    except (DaichoError, OSError) as exc:
        if isinstance(exc, OSError):
            from desktop.fsutil import io_error_message

            exc = DaichoError(io_error_message(exc, plan.target))
        return finish(vault, plan, None, error=exc)
    return finish(vault, plan, export, verify_error)


def status_line(conn) -> tuple[str, bool]:
    """(one line about scheduled backups, whether it is a failure for the red banner)."""
    config = load_config(conn)
    state = load_state(conn)
    if not config.enabled:
        return config.describe(), False
    if state.failed:
        return state.message or tr("Backup", "前回の定期バックアップに失敗しました。"), True
    if state.last_result == "missing":
        return state.message, False
    if state.last_ok_at:
        return tr("Backup", "{schedule}。最終成功: {at}").format(
            schedule=config.describe(), at=fmt.display_time(state.last_ok_at)), False
    return config.describe(), False


__all__ = [
    "MODES", "DestinationMissing", "NotConfigured", "Outcome", "Plan", "ScheduleConfig", "ScheduleState",
    "file_name", "finish", "has_passphrase", "is_due", "load_config", "load_state", "prepare",
    "run_scheduled", "set_passphrase", "set_schedule", "status_line", "write_and_verify",
]
