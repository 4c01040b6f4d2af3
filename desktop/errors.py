"""User-facing errors raised by the core.

Every error carries a Japanese message meant for the person at the keyboard (shown in a
dialog by the GUI, printed to stderr by the CLI). Messages never contain secrets, keys or
record contents.
"""

from __future__ import annotations


class DaichoError(Exception):
    """Base class: ``str(err)`` is the user-facing message."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code


class PermissionDenied(DaichoError):
    code = "permission-denied"


class ValidationError(DaichoError):
    """Invalid input. ``errors`` maps field names (or "" for the whole record) to messages."""

    code = "validation"

    def __init__(self, message: str, errors: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.errors = dict(errors or {})


class NotFound(DaichoError):
    code = "not-found"
