-- 0006_permissions_media: reserved for issue 10 (permission workflow, media, disposal,
-- brought-in devices). Regenerated with
--   .venv/bin/python -m desktop.registers.migration permissions_media --only <slugs> --into 6
-- until the issue lands; never edited after that.
SELECT 1;
