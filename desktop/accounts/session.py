"""The logged-in user and what their role allows (defined in :mod:`desktop.session`, below the
vault, so that the vault does not import the accounts package)."""

from desktop.session import ROLE_LABELS, ROLES, Session, role_label

__all__ = ["ROLES", "ROLE_LABELS", "Session", "role_label"]
