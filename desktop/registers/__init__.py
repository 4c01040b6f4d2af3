"""Registers: one declaration mechanism, one service, search, CSV and attachments.

* :mod:`desktop.registers.model` — declaration types (``Register``, ``Field``, ``Kind``,
  ``SubList``, ``Rule``, ``Choice``, ``Flag``, ``DueItem``).
* :mod:`desktop.registers.definitions` — the registers, one module each, in one ordered list
  (sidebar, CLI, CSV, search and due items all follow it); each declares example records
  (:mod:`desktop.registers.examples`, ``daicho sample-office``).
* :mod:`desktop.registers.ext` — where one register truly differs, a module named after its
  slug, found by slug, calling the service's public API.
* :mod:`desktop.registers.schema` / :mod:`~desktop.registers.migration` — the SQL the
  declarations need; ``make migration NAME=…`` writes the next numbered migration.
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
from desktop.registers.service import NewAttachment, RegisterService

__all__ = ["Choice", "Count", "DueItem", "Field", "Flag", "Index", "Kind", "ListQuery", "NewAttachment", "Page",
           "Register", "RegisterService", "Row", "Rule", "SubList"]
