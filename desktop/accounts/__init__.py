"""User accounts, roles, password policy, lockout and authentication history (A10-5, A11)."""
