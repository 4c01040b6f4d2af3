"""Creating a vault with the account rules applied to its first administrator."""

from __future__ import annotations

from desktop.accounts import policy
from desktop.vault import opening


def check_first_admin(user_id: str, password: str) -> None:
    policy.check_user_id(user_id)
    policy.check_password(password, user_id, policy.Policy())


def create_vault(path, **kw):
    """:func:`desktop.vault.opening.create_vault` with the ID and password rules checked."""
    kw.setdefault("check_credentials", check_first_admin)
    return opening.create_vault(path, **kw)
