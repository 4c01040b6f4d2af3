"""Every feature's settings are listable and changeable even when the feature module was not
imported yet (the CLI's `settings list` in a fresh process)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from desktop import settings, settings_service


def test_fresh_process_sees_every_feature_setting():
    code = textwrap.dedent("""
        import sys
        from desktop import settings
        assert "desktop.backup.history" not in sys.modules
        keys = settings.all_settings()
        for key in ("backup.reminder_days", "registers.exchange_delete_days",
                    "registers.attachment_max_mb", "policy.min_length"):
            assert key in keys, key
        print("ok")
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_feature_setting_round_trip_is_audited(vault):
    changed = settings_service.update_settings(vault, {"registers.exchange_delete_days": 3})
    assert changed == {"registers.exchange_delete_days": 3}
    assert settings.get(vault.conn, "registers.exchange_delete_days") == 3
    entry = vault.conn.execute(
        "SELECT details FROM audit_log WHERE action = 'settings.update' ORDER BY seq DESC LIMIT 1"
    ).fetchone()[0]
    assert '"registers.exchange_delete_days":3' in entry


def test_unknown_key_is_refused(vault):
    import pytest

    from desktop.errors import ValidationError

    with pytest.raises(ValidationError):
        settings_service.update_settings(vault, {"no.such.key": 1})
