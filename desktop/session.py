"""The logged-in user and what their role allows."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.errors import PermissionDenied
from desktop.i18n import tr

ROLES = ("admin", "officer", "viewer")
ROLE_LABELS = {
    "admin": tr("Accounts", "管理者"),
    "officer": tr("Accounts", "担当者"),
    "viewer": tr("Accounts", "閲覧者"),
}


def role_label(role: str) -> str:
    return tr("Accounts", {"admin": "管理者", "officer": "担当者", "viewer": "閲覧者"}.get(role, role))


@dataclass
class Session:
    user_id: str
    display_name: str
    role: str
    must_change_password: bool = False
    via_recovery: bool = False

    @property
    def can_write(self) -> bool:
        return self.role in ("admin", "officer") and not self.must_change_password

    @property
    def is_admin(self) -> bool:
        return self.role == "admin" and not self.must_change_password

    def require_write(self) -> None:
        if self.must_change_password:
            raise PermissionDenied(tr("Accounts", "初期パスワードのままです。先にパスワードを変更してください。"))
        if not self.can_write:
            raise PermissionDenied(tr("Accounts", "閲覧者の権限では変更できません。"))

    def require_admin(self) -> None:
        if self.must_change_password:
            raise PermissionDenied(tr("Accounts", "初期パスワードのままです。先にパスワードを変更してください。"))
        if self.role != "admin":
            raise PermissionDenied(tr("Accounts", "この操作は管理者だけが行えます。"))
