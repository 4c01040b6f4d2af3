"""データ交換 (exchanges): "ファイルから計算…" streams the chosen file through the core
extension's hashing on a worker thread (progress, cancel) and stores size/SHA-256 on the
record; the match or mismatch with the counterpart's reported values is shown plainly."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressDialog, QPushButton

from desktop.errors import DaichoError
from desktop.i18n import tr
from desktop.registers.ext import exchanges as core
from ui.registers.detail import hex_groups
from ui.registers.ext import CTX, Extras, bad_style, neutral_style, ok_style, runner
from ui.widgets import files, messages


class ExchangeExtras(Extras):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.hash_button = QPushButton(tr(CTX, "ファイルから計算…"))
        self.hash_button.setObjectName("hashButton")
        self.hash_button.setToolTip(tr(CTX, "交換したファイルを選ぶと、サイズとSHA-256を計算して相手方の申告値と照合します（ファイルはコピーしません）。"))
        self.hash_button.clicked.connect(self.choose_and_hash)
        self.hash_button.setVisible(view.can_write)
        view.extra_bar.addWidget(self.hash_button)
        self.result = QLabel()
        self.result.setObjectName("verificationResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        view.detail.layout().insertWidget(2, self.result)
        self.handle = None
        self.record_shown(None)

    def record_shown(self, record_id: int | None) -> None:
        self.hash_button.setEnabled(record_id is not None)
        if record_id is None:
            self.result.hide()
            return
        try:
            rec = self.view.service.get(self.view.slug, record_id)
        except DaichoError:
            self.result.hide()
            return
        self.show_verification(rec)

    def show_verification(self, rec: dict) -> None:
        v = rec.get("verification")
        size, sha = rec.get("file_size"), rec.get("file_sha256")
        rsize, rsha = rec.get("reported_size"), rec.get("reported_sha256")
        lines = []
        if v == "match":
            head = tr(CTX, "✔ 一致: 当方で計算した値が相手方の申告値と一致しました。")
            style = ok_style()
        elif v == "mismatch":
            head = tr(CTX, "✘ 不一致: 当方で計算した値が相手方の申告値と一致しません。ファイルを確認してください。")
            style = bad_style()
        elif size is None:
            head = tr(CTX, "未照合: 「ファイルから計算…」で交換したファイルを選んでください。")
            style = neutral_style()
        else:
            head = tr(CTX, "未照合: 相手方の申告値（サイズまたはSHA-256）が入力されていません。")
            style = neutral_style()
        lines.append(head)
        if size is not None or rsize is not None:
            mark = "" if size is None or rsize is None else ("＝" if int(size) == int(rsize) else "≠")
            lines.append(tr(CTX, "サイズ　当方 {a}　{m}　申告 {b}").format(
                a=_num(size), m=mark, b=_num(rsize)))
        if sha or rsha:
            mark = "" if not sha or not rsha else ("＝" if sha.lower() == rsha.lower() else "≠")
            lines.append(tr(CTX, "SHA-256 当方: {a}").format(a=hex_groups(sha) if sha else "—"))
            lines.append(tr(CTX, "SHA-256 申告: {b}　{m}").format(b=hex_groups(rsha) if rsha else "—", m=mark))
        self.result.setText("\n".join(lines))
        self.result.setStyleSheet(style)
        self.result.show()

    def choose_and_hash(self) -> None:
        rid = self.view.current_id()
        if rid is None:
            return
        path = files.ask_open_path(self.view, tr(CTX, "交換したファイルを選択"), "", tr(CTX, "すべてのファイル (*)"))
        if path:
            self.hash_path(rid, path)

    def hash_path(self, record_id: int, path: str):
        view = self.view
        try:
            Path(path).stat()
        except OSError as exc:
            messages.show_error(view, tr(CTX, "ファイルを読み取れません: {path}（{reason}）").format(
                path=path, reason=exc.strerror or type(exc).__name__))
            return None
        progress = QProgressDialog(tr(CTX, "「{name}」のSHA-256を計算しています…").format(name=Path(path).name),
                                   tr(CTX, "中止"), 0, 1000, view)
        progress.setObjectName("hashProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress = progress
        self.hash_button.setEnabled(False)

        def on_progress(done, all_):
            progress.setValue(int(done * 1000 / all_) if all_ else 1000)

        def finish():
            progress.hide()
            progress.deleteLater()
            self.hash_button.setEnabled(True)

        def on_done(digest):
            finish()
            try:  # back on the GUI thread: the service stores it (audited) and compares
                core.store_digest(view.service, record_id, digest)
                rec = view.service.get(view.slug, record_id)
            except DaichoError as exc:
                messages.show_error(view, exc)
                return
            view._emit_changed()
            view.refresh(keep=record_id)
            self.show_verification(rec)

        def on_error(exc):
            finish()
            from desktop.registers.attachments import HashCancelled
            from ui.widgets.tasks import Cancelled

            if isinstance(exc, Cancelled | HashCancelled):
                view.ctx.status.emit(tr(CTX, "計算を中止しました。"))
                return
            if isinstance(exc, OSError):
                messages.show_error(view, tr(CTX, "ファイルを読み取れません: {path}（{reason}）").format(
                    path=path, reason=exc.strerror or type(exc).__name__))
                return
            messages.show_error(view, exc)

        # hashing reads no database: the worker streams the file through the core extension
        handle = runner().run(lambda p: core.digest(path, progress=p), on_done=on_done,
                              on_error=on_error, on_progress=on_progress)
        progress.canceled.connect(handle.cancel)
        self.handle = handle
        return handle


def _num(n) -> str:
    return "—" if n is None else tr(CTX, "{n} バイト").format(n=f"{int(n):,}")


EXTRAS = ExchangeExtras
