-- 0007_systems_accounts: reserved for issue 11 (systems, accounts and reviews, external users,
-- development, endpoint protection, software). Regenerated with
--   .venv/bin/python -m desktop.registers.migration systems_accounts --only <slugs> --into 7
-- until the issue lands; never edited after that.
SELECT 1;
