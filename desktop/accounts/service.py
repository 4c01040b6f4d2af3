"""Account administration and self-service, always through the open vault.

Administrators create, disable, enable and delete users and reset passwords (the user must
then change it at next login); every user changes their own password. Each action is
audited; authentication events live in the same audit trail (``auth.*`` actions).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.accounts import policy as pw
from desktop.accounts.session import ROLES
from desktop.audit import trail
from desktop.errors import DaichoError, NotFound, ValidationError
from desktop.i18n import tr
from desktop.timeutil import now_iso
from desktop.vault import changes, crypto, password_history

AUTH_ACTIONS = [
    "auth.login", "auth.login_recovery", "auth.failure", "auth.lockout", "auth.refused",
    "auth.logout", "auth.lock", "auth.unlock", "auth.password_changed", "auth.password_reset",
]


@dataclass
class User:
    user_id: str
    display_name: str
    role: str
    enabled: bool
    must_change_password: bool
    password_changed_at: str
    created_at: str


def insert_user_row(conn, user_id, display_name, role, public_key, *, created_by, must_change,
                    sign_public_key: bytes | None = None) -> None:
    stamp = now_iso()
    conn.execute(
        "INSERT INTO users (user_id, display_name, role, enabled, public_key, must_change_password,"
        " password_changed_at, created_at, created_by, sign_public_key) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
        (user_id, display_name, role, public_key, int(must_change), stamp, stamp, created_by, sign_public_key),
    )


def remember_password(conn, user_id: str, password: str, kdf: crypto.KdfParams) -> None:
    password_history.remember(conn, user_id, password, kdf)


def _reuse_checker(conn, user_id: str, keep: int):
    return lambda password: password_history.recently_used(conn, user_id, password, keep)


def _kdf_for_new_slots(vault) -> crypto.KdfParams:
    return vault.kdf_for_new_slots()


class AccountService:
    def __init__(self, vault) -> None:
        self.vault = vault

    @property
    def conn(self):
        return self.vault.conn

    # -- reading -----------------------------------------------------------------------------

    def list_users(self, *, include_deleted: bool = False) -> list[User]:
        sql = ("SELECT user_id, display_name, role, enabled, must_change_password, password_changed_at,"
               " created_at FROM users")
        if not include_deleted:
            sql += " WHERE deleted_at IS NULL"
        sql += " ORDER BY user_id"
        return [User(r[0], r[1], r[2], bool(r[3]), bool(r[4]), r[5], r[6]) for r in self.conn.execute(sql)]

    def get(self, user_id: str) -> User:
        for user in self.list_users():
            if user.user_id == user_id:
                return user
        raise NotFound(tr("Accounts", "ユーザーが見つかりません: {id}").format(id=user_id))

    def policy(self) -> pw.Policy:
        return pw.Policy.from_vault(self.conn)

    def check_new_password(self, user_id: str, password: str) -> None:
        policy = self.policy()
        pw.check_password(password, user_id, policy, is_reused=_reuse_checker(self.conn, user_id, policy.history))

    def auth_history(self, *, user_id: str | None = None, limit: int = 1000) -> list[trail.Entry]:
        self.vault.session.require_admin()
        return list(trail.query(self.conn, actor=user_id, actions=AUTH_ACTIONS, limit=limit))

    # -- administration ----------------------------------------------------------------------

    def create_user(self, user_id: str, display_name: str, role: str, initial_password: str) -> User:
        v = self.vault
        v.session.require_admin()
        pw.check_user_id(user_id)
        errors = {}
        if not display_name.strip():
            errors["display_name"] = tr("Accounts", "氏名を入力してください。")
        if role not in ROLES:
            errors["role"] = tr("Accounts", "役割を選んでください。")
        if self.conn.execute("SELECT 1 FROM users WHERE user_id = ?", (user_id,)).fetchone():
            errors["user_i"
                   "d"] = tr("Accounts", "このユーザーIDはすでに使われています（削除済みのIDも再利用できません）。")
        if errors:
            raise ValidationError(next(iter(errors.values())), errors)
        pw.check_password(initial_password, user_id, self.policy())
        kdf = _kdf_for_new_slots(v)
        name = display_name.strip()

        def db_change(conn, pub: bytes, sign_pub: bytes) -> None:
            insert_user_row(conn, user_id, name, role, pub, created_by=v.session.user_id, must_change=True,
                            sign_public_key=sign_pub)
            remember_password(conn, user_id, initial_password, kdf)
            trail.append(conn, v.session.user_id, "user.create", entity="user", entity_id=user_id,
                         details={"after": {"display_name": name, "role": role, "enabled": True},
                                  "sign_public_key": sign_pub.hex()})

        changes.add_user(v, user_id, initial_password, kdf, db_change)
        return self.get(user_id)

    def update_user(self, user_id: str, *, display_name: str | None = None, role: str | None = None) -> User:
        v = self.vault
        v.session.require_admin()
        before = self.get(user_id)
        changes = {}
        if display_name is not None and display_name.strip() != before.display_name:
            changes["display_name"] = display_name.strip()
        if role is not None and role != before.role:
            if role not in ROLES:
                raise ValidationError(tr("Accounts", "役割を選んでください。"), {"role": ""})
            if before.role == "admin":
                self._ensure_other_admin(user_id)
            changes["role"] = role
        if not changes:
            return before
        with v.transaction() as conn:
            for field, value in changes.items():
                conn.execute(f"UPDATE users SET {field} = ? WHERE user_id = ?", (value, user_id))
            trail.append(conn, v.session.user_id, "user.update", entity="user", entity_id=user_id,
                         details={"before": {k: getattr(before, k) for k in changes}, "after": changes})
        return self.get(user_id)

    def _ensure_other_admin(self, user_id: str) -> None:
        n = self.conn.execute(
            "SELECT count(*) FROM users WHERE role = 'admin' AND enabled = 1 AND deleted_at IS NULL AND user_id != ?",
            (user_id,),
        ).fetchone()[0]
        if n == 0:
            raise DaichoError(tr("Accounts", "有効な管理者が1人もいなくなるため、この操作はできません。"))

    def set_enabled(self, user_id: str, enabled: bool) -> None:
        v = self.vault
        v.session.require_admin()
        before = self.get(user_id)
        if before.enabled == enabled:
            return
        if not enabled:
            if user_id == v.session.user_id:
                raise DaichoError(tr("Accounts", "自分自身を無効にすることはできません。"))
            if before.role == "admin":
                self._ensure_other_admin(user_id)
        def db_change(conn) -> None:
            conn.execute("UPDATE users SET enabled = ? WHERE user_id = ?", (int(enabled), user_id))
            trail.append(conn, v.session.user_id, "user.enable" if enabled else "user.disable",
                         entity="user", entity_id=user_id,
                         details={"before": {"enabled": before.enabled}, "after": {"enabled": enabled},
                                  "rekey": not enabled})

        changes.set_user_enabled(v, user_id, enabled, db_change)

    def delete_user(self, user_id: str, *, rekey: bool = True) -> None:
        """Delete a user: their slot goes, the row stays (marked deleted) so history reads."""
        v = self.vault
        v.session.require_admin()
        before = self.get(user_id)
        if user_id == v.session.user_id:
            raise DaichoError(tr("Accounts", "自分自身を削除することはできません。"))
        if before.role == "admin":
            self._ensure_other_admin(user_id)
        def db_change(conn) -> None:
            conn.execute("UPDATE users SET deleted_at = ?, deleted_by = ?, enabled = 0 WHERE user_id = ?",
                         (now_iso(), v.session.user_id, user_id))
            trail.append(conn, v.session.user_id, "user.delete", entity="user", entity_id=user_id,
                         details={"before": {"display_name": before.display_name, "role": before.role},
                                  "rekey": rekey})

        changes.remove_user(v, user_id, db_change, rekey=rekey)

    def reset_password(self, user_id: str, new_initial_password: str) -> None:
        """Administrator sets a new initial password; the user must change it at next login."""
        v = self.vault
        v.session.require_admin()
        self.get(user_id)
        pw.check_password(new_initial_password, user_id, self.policy())
        kdf = _kdf_for_new_slots(v)

        def db_change(conn, pub: bytes, sign_pub: bytes) -> None:
            conn.execute(
                "UPDATE users SET public_key = ?, sign_public_key = ?, must_change_password = 1,"
                " password_changed_at = ? WHERE user_id = ?", (pub, sign_pub, now_iso(), user_id))
            remember_password(conn, user_id, new_initial_password, kdf)
            trail.append(conn, v.session.user_id, "auth.password_reset", entity="user", entity_id=user_id,
                         details={"sign_public_key": sign_pub.hex(), "rekey": True})

        changes.reset_password(v, user_id, new_initial_password, db_change)

        def release(kf) -> None:
            kf.state.get("lockout", {}).pop(user_id, None)

        v.update_state(release)

    def locked_until(self, user_id: str):
        """When ``user_id``'s lockout ends (aware datetime), or None when not locked out.

        Read from a fresh copy of the key-slot file: failed logins in another process (the
        CLI, a second login window) count too. Administrators only.
        """
        return self.lockouts().get(user_id)

    def lockouts(self) -> dict:
        """Every user locked out right now: ``{user_id: locked_until}`` (administrators only)."""
        from desktop.vault import logins
        from desktop.vault.keyfile import KeyFileError

        v = self.vault
        v.session.require_admin()
        try:
            kf = v.store.load()
        except (KeyFileError, OSError):
            kf = v.keyfile
        found = {}
        for user_id in kf.state.get("lockout", {}) if isinstance(kf.state.get("lockout"), dict) else {}:
            until = logins.locked_until(kf, user_id)
            if until is not None:
                found[user_id] = until
        return found

    def unlock_user(self, user_id: str) -> None:
        """Release a lockout before it runs out (administrator; audited as ``user.unlock``)."""
        v = self.vault
        v.session.require_admin()
        self.get(user_id)
        until = self.locked_until(user_id)
        if until is None:
            raise DaichoError(tr("Accounts", "ユーザー {id} はロックされていません。").format(id=user_id))

        def release(kf) -> None:
            kf.state.get("lockout", {}).pop(user_id, None)

        with v.transaction() as conn:
            trail.append(conn, v.session.user_id, "user.unlock", entity="user", entity_id=user_id,
                         details={"locked_until": until.isoformat()})
            # inside the transaction: if the key file cannot be written, no entry claims it was
            v.update_state(release)

    # -- link to the staff register (A11-1-4) -------------------------------------------------

    def staff_links(self) -> dict[str, int]:
        """``{user_id: staff record id}`` for the users linked to a staff record."""
        return {r[0]: r[1] for r in self.conn.execute(
            "SELECT user_id, staff_id FROM users WHERE staff_id IS NOT NULL AND deleted_at IS NULL")}

    def link_staff(self, user_id: str, staff_id: int | None) -> None:
        """Name the staff record (従事者) a user account belongs to, or None to unlink
        (administrator; audited as ``user.link_staff``). When that person's end date passes
        the user is shown for review; nothing is disabled automatically."""
        v = self.vault
        v.session.require_admin()
        self.get(user_id)
        before = self.staff_links().get(user_id)
        if staff_id is not None:
            staff_id = int(staff_id)
            if self.conn.execute("SELECT 1 FROM staff WHERE id = ?", (staff_id,)).fetchone() is None:
                msg = tr("Accounts", "従事者の記録が見つかりません（番号 {id}）。").format(id=staff_id)
                raise ValidationError(msg, {"staff_id": msg})
        if before == staff_id:
            return
        with v.transaction() as conn:
            conn.execute("UPDATE users SET staff_id = ? WHERE user_id = ?", (staff_id, user_id))
            trail.append(conn, v.session.user_id, "user.link_staff", entity="user", entity_id=user_id,
                         details={"before": {"staff_id": before}, "after": {"staff_id": staff_id}})

    # -- self-service ------------------------------------------------------------------------

    def change_own_password(self, current: str, new: str) -> None:
        v = self.vault
        user_id = v.session.user_id
        if current == new:
            raise ValidationError(tr("Accounts", "新しいパスワードが現在のものと同じです。"), {"password": ""})
        if not v.verify_password(user_id, current):
            raise ValidationError(tr("Accounts", "現在のパスワードが違います。"), {"current": ""})
        self.check_new_password(user_id, new)
        kdf = _kdf_for_new_slots(v)

        def db_change(conn, pub: bytes, sign_pub: bytes) -> None:
            conn.execute(
                "UPDATE users SET public_key = ?, sign_public_key = ?, must_change_password = 0,"
                " password_changed_at = ? WHERE user_id = ?", (pub, sign_pub, now_iso(), user_id))
            remember_password(conn, user_id, new, kdf)
            # signed with the old key: it vouches for the new one
            trail.append(conn, user_id, "auth.password_changed", entity="user", entity_id=user_id,
                         details={"sign_public_key": sign_pub.hex()})

        priv = changes.change_password(v, user_id, current, new, db_change)
        v.adopt_private_key(priv)
        v.session.must_change_password = False
