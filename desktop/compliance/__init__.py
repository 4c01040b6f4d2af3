"""The compliance view: the guideline clause by clause, its status derived from the records.

* :mod:`~desktop.compliance.catalog` — every clause of articles 3–22 in our own words;
* :mod:`~desktop.compliance.items` — one list of what needs attention (every register's due
  items and flags, each with its clause), the data every screen and ``daicho due`` read;
* :mod:`~desktop.compliance.status` — one status per clause, derived generically from the
  declarations (a register's ``clauses``, records, flags, due items, the forms issued) plus
  an optional rule declared beside the register (``Register.compliance`` or ``compliance`` in
  ``desktop/registers/ext/<slug>.py``);
* :mod:`~desktop.compliance.marks` — not-applicable marks and manual confirmations (audited);
* :mod:`~desktop.compliance.duties` — the duty calendar; :mod:`~desktop.compliance.package` —
  the audit evidence package (A21).
"""
