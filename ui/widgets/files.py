"""File dialogs in one place (tests replace these two functions)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(parent: QWidget | None, title: str, default: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, default, filters)
    return path or None


def ask_open_path(parent: QWidget | None, title: str, default: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, default, filters)
    return path or None
