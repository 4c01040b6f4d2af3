-- 0008_network_operations: reserved for issue 12 (documents, firewall rules, network measures,
-- changes, handovers, data errors, inspections, audits, other measures). Regenerated with
--   .venv/bin/python -m desktop.registers.migration network_operations --only <slugs> --into 8
-- until the issue lands; never edited after that.
SELECT 1;
