"""Registers: one declaration mechanism, one service, search, CSV and attachments.

* :mod:`desktop.registers.model` — declaration types (``Register``, ``Field``, ``Kind``,
  ``SubList``, ``Rule``, ``Choice``, ``Flag``, ``DueItem``).
* :mod:`desktop.registers.definitions` — the registers, one module each.
* :mod:`desktop.registers.service` — ``RegisterService``: CRUD with role checks, validation,
  audit and history; lists; attachments; CSV.
* :mod:`desktop.registers.listing` — ``ListQuery``, ``Page``, ``Count`` (keyset paging).
* :mod:`desktop.registers.search`, :mod:`~desktop.registers.csvio`,
  :mod:`~desktop.registers.attachments`, :mod:`~desktop.registers.values`.
"""

from desktop.registers.listing import Count, ListQuery, Page, Row
from desktop.registers.model import (
           Choice,
           DueItem,
           Field,
           Flag,
           Index,
           Kind,
           Register,
           Rule,
           SubList,
)
from desktop.registers.service import RegisterService

__all__ = ["Choice", "Count", "DueItem", "Field", "Flag", "Index", "Kind", "ListQuery", "Page", "Register",
           "RegisterService", "Row", "Rule", "SubList"]
