"""``daicho verify``: page authentication, SQLite integrity, the audit chain and its head.

Opens the vault read-only (no writer lock, nothing written), so it also works while the GUI
has the vault open. Exit 0 when everything checks out, 1 with the first problem on stderr.
"""

from __future__ import annotations

from desktop.i18n import tr


def register(sub) -> None:
    p = sub.add_parser("verify", help=tr("CLI", "暗号化ページ、データベースの整合性、監査ログの連鎖を検査する"))
    p.set_defaults(func=run)


def run(ctx, args) -> int:
    from desktop.vault import integrity

    vault = ctx.open_vault(readonly=True)
    report = integrity.check(vault)
    if not report.ok:
        ctx.err(f"daicho: {report.problems[0]}")
        for extra in report.problems[1:]:
            ctx.err(f"  {extra}")
        return 1
    ctx.out(tr("CLI", "問題は見つかりませんでした（暗号化ページ・データベース構造・監査ログ {n} 件）。").format(
        n=report.audit_entries))
    return 0
