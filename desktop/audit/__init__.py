"""The tamper-evident audit trail (A19-1/2, A11-6)."""
