"""What an import's preview holds (every CSV, workbook and JSON import): the problems by line
and column (:class:`CsvIssue`) and the checked records (:class:`Records`,
:class:`ImportPreview`), kept in memory up to :data:`KEEP_RECORDS`."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.i18n import tr
from desktop.registers.model import CTX


@dataclass(frozen=True)
class CsvIssue:
    line: int        # line in the file where the row starts (the header is line 1)
    column: str      # the column's header as written, or "N列目"
    message: str     # Japanese

    def __str__(self) -> str:
        return tr(CTX, "{line}行目「{column}」: {message}").format(
            line=self.line, column=self.column, message=self.message)


KEEP_RECORDS = 100_000  # about 100 MB of records; a larger file is read again at the commit


class Records:
    """The valid records of a preview, in file order. Up to ``limit`` are kept in memory; past
    it — a large file that can be read again (``replay``) — they are only counted, and
    iterating reads the file again, so that a million-row import never holds a million
    records (bench/bench_xlsx.py). Indexing and slicing see the kept ones."""

    def __init__(self) -> None:
        self.kept: list[dict] = []
        self.count = 0
        self.limit: int | None = KEEP_RECORDS   # None: keep every record
        self.replay = None

    def append(self, record: dict) -> None:
        self.count += 1
        if self.limit is None or len(self.kept) < self.limit:
            self.kept.append(record)

    @property
    def spilled(self) -> bool:
        return self.count > len(self.kept)

    def __len__(self) -> int:
        return self.count

    def __bool__(self) -> bool:
        return self.count > 0

    def __getitem__(self, index):
        return self.kept[index]

    def __iter__(self):
        if not self.spilled:
            return iter(self.kept)
        return iter(self.replay())

    def __eq__(self, other) -> bool:
        if isinstance(other, list | Records):
            return list(self) == list(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"Records({self.count} records, {len(self.kept)} kept)"


@dataclass
class ImportPreview:
    register: str
    file_name: str
    file_sha256: str
    encoding: str
    columns: list[str]
    records: Records = field(default_factory=Records)  # converted values of the valid rows
    lines: list[int] = field(default_factory=list)      # file line of each (kept) record
    issues: list[CsvIssue] = field(default_factory=list)
    rows_read: int = 0
    #: indexes into ``records`` of rows that match an existing record (or an earlier row) on
    #: the register's ``duplicate_key``: skipped by :func:`commit` unless asked otherwise
    duplicates: list[int] = field(default_factory=list)
    #: the order to insert ``records`` in when some refer to others of the same file (the
    #: referenced row first); None: file order
    order: list[int] | None = None
    #: records of other registers the same file brings (a workbook's earlier sheets, e.g. the
    #: staff a handover sheet names): committed first, in this order, in the same transaction
    parts: list[ImportPreview] = field(default_factory=list)
    sheet: str = ""
    #: some records name rows of the file (:class:`store.RowRef`), replaced by IDs at commit
    row_refs: bool = False
    #: natural key (key_text) -> line, of the rows that have problems (not in ``records``)
    rejected: dict[str, int] = field(default_factory=dict)
    #: sub-list files read beside the file (``[{"file", "sha256"}]``)
    sub_files: list[dict] = field(default_factory=list)

    #: file line of each duplicate (also past the kept records)
    dup_lines: list[int] = field(default_factory=list)

    @property
    def duplicate_lines(self) -> list[int]:
        if all(i < len(self.lines) for i in self.duplicates):
            return [self.lines[i] for i in self.duplicates]
        return list(self.dup_lines)

    @property
    def ok(self) -> bool:
        return not self.issues

    def issue_lines(self) -> list[str]:
        return [str(i) for i in self.issues]
