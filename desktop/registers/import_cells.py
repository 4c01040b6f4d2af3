"""Reading one cell of an import: the text (or a workbook's typed value) of a column turned
into the field's value — dates in 和暦 or ISO, date-times with their zone, choices by label,
references by name (:func:`converter`)."""

from __future__ import annotations

import re
import unicodedata

from desktop.registers.model import Field, Kind
from desktop.registers.values import (
    FieldError,
    clean_text,
    coerce,
    is_empty,
    msg_required,
)


def header_key(text: str) -> str:
    """A column name as compared: NFKC (full-width letters, digits and brackets as half-width),
    no spaces at all (``氏　名``), lower case, without a required mark (``※氏名``, ``氏名*``)."""
    return "".join(unicodedata.normalize("NFKC", text).split()).lower().strip("※*")



def _fixed_local_tz():
    """The local zone as a fixed offset when it has no daylight saving (Japan), else None."""
    import datetime as dt

    year = dt.date.today().year
    jan = dt.datetime(year, 1, 1).astimezone().utcoffset()
    jul = dt.datetime(year, 7, 1).astimezone().utcoffset()
    return dt.timezone(jan) if jan == jul else None


_TIME_PART = re.compile(r"^(?P<date>.+?)[\sT]*(?P<h>\d{1,2})(?::|時)(?P<m>\d{1,2})(?:(?::|分)(?P<s>\d{1,2})秒?|分)?$")


def typed_datetime(text: str, f: Field | None = None):
    """A date-time as people type it in a spreadsheet: any date the date columns accept
    (和暦 ``令和7年4月1日``, ``R7.4.1``, ``Ｒ７．４．１``, ``2025/4/1``) and a time
    (``10:30``, ``10時30分``), full-width or not; None when it is not one (the caller then
    reports the usual message). Local time, like the ISO form without an offset."""
    import datetime as dt

    from desktop.calendar import WarekiError
    from desktop.registers.values import parse_date

    m = _TIME_PART.match(unicodedata.normalize("NFKC", text).strip())
    if m is None:
        return None
    try:
        day = parse_date(m["date"].strip())
        value = dt.datetime(day.year, day.month, day.day, int(m["h"]), int(m["m"]), int(m["s"] or 0))
    except WarekiError as exc:  # 令和1年1月1日: the era's range, said as such
        if f is None:
            return None
        from desktop.registers.values import _bad_wareki

        raise FieldError(_bad_wareki(f, str(exc))) from None
    except ValueError:
        return None
    return value.astimezone()


def converter(f: Field, resolver, default):
    """A fast ``text -> value`` for one CSV column (raises FieldError like :func:`coerce`)."""
    import datetime as dt

    required = f.required and not f.computed
    kind = f.kind
    missing = msg_required(f) if required else None

    def empty():
        if missing:
            raise FieldError(missing)
        return default

    if kind in (Kind.TEXT, Kind.LONGTEXT) and not f.hex_digest:
        limit = f.limit

        def conv(raw: str):
            s = raw.strip()
            if not s:
                return empty()
            s = clean_text(f, s)
            if len(s) > limit:
                return coerce(f, s, resolver)  # raises with the message
            return s
        return conv
    if kind == Kind.CHOICE:
        lookup = {}
        folded = {}  # as typed with the IME on or with spaces: ＬＧＷＡＮ, 送付(提供), 交換 済
        for c in f.choices:
            for key in (c.label_en, c.label, c.label_ja, c.value):
                lookup[key] = c.value
                folded.setdefault(header_key(key), c.value)

        def conv(raw: str):
            s = raw.strip()
            if not s:
                return empty()
            v = lookup.get(s)
            if v is None:
                v = folded.get(header_key(s))
            return v if v is not None else coerce(f, s, resolver)
        return conv
    if kind == Kind.DATE:
        parse = dt.date.fromisoformat

        def conv(raw: str):
            s = raw.strip()
            if not s:
                return empty()
            try:
                return parse(s)
            except ValueError:
                return coerce(f, s, resolver)
        return conv
    if kind == Kind.DATETIME:
        parse, tz = dt.datetime.fromisoformat, _fixed_local_tz()

        def conv(raw: str):
            s = raw.strip()
            if not s:
                return empty()
            try:
                v = parse(s)
            except ValueError:
                v = typed_datetime(s, f)
                if v is None:
                    return coerce(f, s, resolver)
            if v.tzinfo is None:
                v = v.replace(tzinfo=tz) if tz is not None else v.astimezone()
            return v.replace(microsecond=0) if v.microsecond else v
        return conv
    if kind == Kind.REF:
        cache: dict[str, int] = {}

        def conv(raw: str):
            s = raw.strip()
            if not s:
                return empty()
            v = cache.get(s)
            if v is None:
                v = cache[s] = coerce(f, s, resolver)
            return v
        return conv

    def conv(raw: str):
        value = coerce(f, raw, resolver)
        if is_empty(value):
            if kind == Kind.YESNO and not raw.strip() and default is not None:
                return default
            if missing:
                raise FieldError(missing)
            if default is not None and not is_empty(default) and kind != Kind.YESNO:
                return default
        return value
    return conv
