"""Small message helpers: errors, confirmations and notices, always in the UI language."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import DaichoError
from desktop.i18n import tr

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """The user-facing message for an exception (core errors carry Japanese text)."""
    if isinstance(exc, DaichoError):
        return str(exc)
    log.error("unexpected error: %s", type(exc).__name__, exc_info=exc)
    return tr("Messages", "予期しないエラーが発生しました（{kind}）。操作をやり直してください。"
                          "解決しない場合は管理者に連絡してください。").format(
        kind=type(exc).__name__)


def show_error(parent: QWidget | None, exc_or_text, title: str | None = None) -> None:
    text = exc_or_text if isinstance(exc_or_text, str) else error_text(exc_or_text)
    box = QMessageBox(QMessageBox.Icon.Warning, title or tr("Messages", "エラー"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.button(QMessageBox.StandardButton.Ok).setText(tr("Messages", "閉じる"))
    box.setObjectName("errorBox")
    box.exec()


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title or tr("Messages", "お知らせ"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.button(QMessageBox.StandardButton.Ok).setText(tr("Messages", "閉じる"))
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, *, ok_text: str | None = None,
            danger: bool = False) -> bool:
    """Ask yes/no; the safe choice (cancel) is the default button."""
    box = QMessageBox(QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, parent)
    box.button(QMessageBox.StandardButton.Ok).setText(ok_text or tr("Messages", "実行する"))
    box.button(QMessageBox.StandardButton.Cancel).setText(tr("Messages", "キャンセル"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setObjectName("confirmBox")
    return box.exec() == QMessageBox.StandardButton.Ok
