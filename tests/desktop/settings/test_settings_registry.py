"""Every feature's settings are listable and changeable from a fresh process (the CLI's
`settings list`) through desktop.features, without desktop.settings loading features."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from desktop import features, settings
from desktop.settings import service as settings_service


def test_fresh_process_sees_every_feature_setting():
    """desktop.features declares every feature's settings; desktop.settings alone imports no
    feature package (features import it, never the reverse)."""
    code = textwrap.dedent("""
        import sys
        from desktop import settings
        loaded = sorted(m for m in sys.modules
                        if m.split(".")[:2] in (["desktop", p] for p in FEATURES))
        assert not loaded, loaded
        assert "backup.reminder_days" not in settings.SETTINGS
        from desktop.features import all_settings
        keys = all_settings()
        for key in ("backup.reminder_days", "registers.exchange_delete_days",
                    "registers.attachment_max_mb", "policy.min_length"):
            assert key in keys, key
        print("ok")
    """).replace("FEATURES", repr(("registers", "submittals", "backup", "accounts", "vault")))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_feature_setting_round_trip_is_audited(vault):
    assert "registers.exchange_delete_days" in features.all_settings()
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
