"""Confidential registers on screen (``Register.confidential``, e.g. firewall rules, A15-12).

Before such a register's list is built, :class:`ConfidentialGate` stands in its place: a
viewer is told that the role cannot show it; an officer or administrator presses
「理由を入力して表示…」, types why (a dialog), and the service records the reason in the
audit trail (:meth:`RegisterService.open_confidential`) before the list appears. CSV export
is for an administrator who gives a reason for that one export (:func:`export`).

Nothing here knows a register by name: it reads the declaration's ``confidential`` flag.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.errors import DaichoError
from desktop.i18n import tr
from ui.widgets import files, messages

CTX = "Confidential"


def ask_reason(parent: QWidget | None, title: str, prompt: str) -> str | None:
    """A reason typed by the user (None when cancelled). Tests replace this function."""
    text, ok = QInputDialog.getMultiLineText(parent, title, prompt)
    return text.strip() if ok else None


class ConfidentialGate(QWidget):
    """Stands in for a confidential register's list until the user gives a reason.
    ``opened(service)`` is emitted with the service that may now read the register."""

    opened = Signal(object)

    def __init__(self, ctx, slug: str, service=None, parent=None) -> None:
        super().__init__(parent)
        from desktop.registers.service import RegisterService

        self.ctx = ctx
        self.slug = slug
        self.service = service or RegisterService(ctx.vault)
        reg = self.service.register(slug)
        self.setObjectName(f"confidentialGate_{slug}")
        title = QLabel(tr(CTX, "{label}（取扱注意）").format(label=reg.label))
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.35)
        f.setBold(True)
        title.setFont(f)
        self.message = QLabel()
        self.message.setObjectName("confidentialMessage")
        self.message.setWordWrap(True)
        self.open_button = QPushButton(tr(CTX, "理由を入力して表示…"))
        self.open_button.setObjectName("confidentialOpen")
        self.open_button.clicked.connect(self.ask_and_open)
        if self.service.can_open_confidential():
            self.message.setText(tr(
                CTX, "この台帳の内容は外部に公開しない情報です。表示するには理由を入力してください。"
                     "理由と表示した人は監査記録に残ります。"))
        else:
            self.message.setText(tr(CTX, "この台帳は取扱注意です。閲覧者の権限では表示できません。"))
            self.open_button.hide()
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(self.message)
        lay.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(1)

    def ask_and_open(self) -> bool:
        reason = ask_reason(self, tr(CTX, "取扱注意の台帳を表示"),
                            tr(CTX, "表示する理由（例: 監査の指摘への対応でルールを確認するため）"))
        if reason is None:
            return False
        try:
            self.service.open_confidential(self.slug, reason, purpose="gui-list")
        except DaichoError as exc:
            messages.show_error(self, exc)
            return False
        self.opened.emit(self.service)
        return True


def export(view, encoding: str) -> bool:
    """CSV export of a confidential register: an administrator, a reason, then a file name.
    Returns True when a file was written."""
    svc = view.service
    if encoding not in ("utf-8-sig", "cp932"):
        messages.show_info(view, tr(CTX, "取扱注意の台帳は CSV でだけ書き出せます（管理者が理由を入力した場合）。"))
        return False
    if not svc.session.is_admin:
        messages.show_info(view, tr(CTX, "取扱注意の台帳の書き出しは、管理者がその都度理由を入力して許可した場合だけできます。"))
        return False
    reason = ask_reason(view, tr(CTX, "取扱注意の台帳の書き出し"), tr(CTX, "書き出す理由（監査記録に残ります）"))
    if not reason:
        return False
    default = str(Path.home() / f"{view.slug}.csv")
    path = files.ask_save_path(view, tr(CTX, "CSVとして書き出し"), default, tr(CTX, "CSV ファイル (*.csv)"))
    if not path:
        return False
    try:
        n = svc.export_csv(view.slug, path, encoding=encoding, query=view.model.query, confidential_reason=reason)
    except DaichoError as exc:
        messages.show_error(view, exc)
        return False
    view.ctx.status.emit(tr(CTX, "{n}件を書き出しました: {path}").format(n=n, path=path))
    return True
