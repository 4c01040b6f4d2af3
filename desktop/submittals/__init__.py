"""Submittals: Japanese official documents to the prefecture, rendered as PDF.

- 和暦 dates and 年度 (fiscal years) come from :mod:`desktop.calendar`, shared with the registers;
- :mod:`.fonts` — finding and embedding a Japanese TrueType font;
- :mod:`.kinsoku` — Japanese line breaking for reportlab paragraphs;
- :mod:`.layout` — the page engine (:class:`~.layout.SubmittalDocument`, :func:`~.layout.render_pdf`);
- :mod:`.forms` — one module per form, and the registry of form kinds.
"""
