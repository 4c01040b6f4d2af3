"""Field values: parsing (form strings and CSV cells), storage, text, and validation.

Everything here works from the declarations in :mod:`desktop.registers.model`; nothing is
register-specific. Messages are Japanese, one per field, meant to be shown next to it.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from desktop.calendar import WarekiError, format_date, looks_like_wareki, parse_wareki
from desktop.i18n import tr
from desktop.registers.model import CTX, SHA256_RE, Field, Kind, Register, SubList

TRUE_WORDS = frozenset({"はい", "有", "あり", "済", "○", "〇", "1", "true", "yes", "y", "on", "t"})
FALSE_WORDS = frozenset({"いいえ", "無", "なし", "未", "×", "0", "false", "no", "n", "off", "f", ""})
REFS_SEPARATOR = "; "
_REFS_SPLIT = re.compile(r"[;；]")
# Control characters (Unicode category Cc: C0, DEL, C1) are refused in text fields: NUL
# truncates strings in C code and other tools, the rest are invisible and corrupt exports.
# TAB, LF and CR are line layout: kept in multi-line fields; in single-line fields they are
# whitespace and collapse into one space.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LAYOUT = frozenset("\t\n\r")
_SLASH_DATE = re.compile(r"^(\d{4})[/.年](\d{1,2})[/.月](\d{1,2})日?$")
_SLASH_DT = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$")


class FieldError(ValueError):
    """A single field's problem; ``str(err)`` is the Japanese message."""


# -- messages -------------------------------------------------------------------------------

def msg_required(f: Field) -> str:
    if f.kind in (Kind.CHOICE, Kind.REF, Kind.REFS, Kind.YESNO):
        return tr(CTX, "{label}を選択してください。").format(label=f.label)
    if f.kind == Kind.SUBLIST:
        return tr(CTX, "{label}を1件以上入力してください。").format(label=f.label)
    return tr(CTX, "{label}を入力してください。").format(label=f.label)


def _too_long(f: Field, n: int) -> str:
    return tr(CTX, "{label}は{limit}文字以内で入力してください（現在{n}文字）。").format(
        label=f.label, limit=f.limit, n=n)


def _bad_date(f: Field) -> str:
    return tr(CTX, "{label}の日付が正しくありません（例: 2025-04-01）。").format(label=f.label)


def _bad_wareki(f: Field, reason: str) -> str:
    return tr(CTX, "{label}の日付が正しくありません: {reason}").format(label=f.label, reason=reason)


def clean_text(f: Field, value: str) -> str:
    """A stripped text value checked for control characters (the one place text fields are
    checked, for forms, the service and CSV import alike). Single-line fields get TAB/LF/CR
    collapsed into single spaces; the length limit is checked by the caller."""
    m = _CONTROL.search(value)
    if m:
        raise FieldError(tr(CTX, "{label}に入力できない制御文字（U+{code:04X}）が含まれています。削除してから入力してください。").format(
            label=f.label, code=ord(m.group())))
    if f.kind == Kind.TEXT and not _LAYOUT.isdisjoint(value):
        value = " ".join(value.split())
    return value


def _bad_datetime(f: Field) -> str:
    return tr(CTX, "{label}の日時が正しくありません（例: 2025-04-01 09:30）。").format(label=f.label)


# -- parsing --------------------------------------------------------------------------------

def parse_date(text: str) -> dt.date:
    # full-width digits and punctuation as typed with a Japanese IME (２０２６／４／１, Ｒ８．４．１)
    text = unicodedata.normalize("NFKC", text).strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    m = _SLASH_DATE.match(text)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    if looks_like_wareki(text):
        return parse_wareki(text)  # era ranges checked; WarekiError carries the reason
    if len(text) > 10 and text[10] in " T":  # a date-time given for a date
        return parse_datetime(text).date()
    raise ValueError(text)


def parse_datetime(text: str) -> dt.datetime:
    text = unicodedata.normalize("NFKC", text).strip()
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        m = _SLASH_DT.match(text)
        if not m:
            raise
        value = dt.datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6] or 0))
    if value.tzinfo is None:
        value = value.astimezone()
    return value.replace(microsecond=0)


def as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return parse_date(str(value))


def coerce(f: Field, value: Any, resolve: Callable[[Field, str], int] | None = None) -> Any:
    """Turn a Python value or a string into the field's Python value (None when empty).

    Raises :class:`FieldError` with the Japanese message for this field.
    """
    kind = f.kind
    if isinstance(value, str):
        value = value.strip()
        if value == "" and kind not in (Kind.YESNO,):
            return [] if kind in (Kind.REFS, Kind.SUBLIST) else None
    if value is None:
        return [] if kind in (Kind.REFS, Kind.SUBLIST) else None
    if kind in (Kind.TEXT, Kind.LONGTEXT):
        if not isinstance(value, str):
            value = str(value)
        if f.hex_digest:
            value = value.lower()
            if not SHA256_RE.match(value):
                raise FieldError(tr(CTX, "{label}はSHA-256（16進数64桁）で入力してください。").format(label=f.label))
        value = clean_text(f, value)
        if len(value) > f.limit:
            raise FieldError(_too_long(f, len(value)))
        return value
    if kind == Kind.DATE:
        try:
            return as_date(value)
        except WarekiError as exc:
            raise FieldError(_bad_wareki(f, str(exc))) from None
        except (ValueError, TypeError):
            raise FieldError(_bad_date(f)) from None
    if kind == Kind.DATETIME:
        if isinstance(value, dt.datetime):
            return (value if value.tzinfo else value.astimezone()).replace(microsecond=0)
        if isinstance(value, dt.date):
            return dt.datetime(value.year, value.month, value.day).astimezone()
        try:
            return parse_datetime(str(value))
        except (ValueError, TypeError):
            raise FieldError(_bad_datetime(f)) from None
    if kind == Kind.NUMBER:
        return _number(f, value)
    if kind == Kind.CHOICE:
        return _choice(f, value)
    if kind == Kind.YESNO:
        if isinstance(value, bool):
            return value
        if isinstance(value, int):
            return bool(value)
        word = str(value).strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise FieldError(tr(CTX, "{label}には「はい」か「いいえ」を入力してください。").format(label=f.label))
    if kind == Kind.REF:
        if isinstance(value, bool):
            raise FieldError(msg_required(f))
        if isinstance(value, int):
            return value
        if resolve is None:
            raise FieldError(msg_required(f))
        return resolve(f, str(value))
    if kind == Kind.REFS:
        if isinstance(value, str):
            parts = [p.strip() for p in _REFS_SPLIT.split(value) if p.strip()]
        else:
            parts = list(value)
        out = []
        for p in parts:
            if isinstance(p, int) and not isinstance(p, bool):
                out.append(p)
            elif resolve is not None:
                out.append(resolve(f, str(p)))
            else:
                raise FieldError(msg_required(f))
        return list(dict.fromkeys(out))
    if kind == Kind.SUBLIST:
        return _sublist(f, value, resolve)
    if kind == Kind.ATTACHMENTS:
        return None
    raise AssertionError(kind)  # pragma: no cover


def _number(f: Field, value: Any):
    if isinstance(value, bool):
        raise FieldError(tr(CTX, "{label}には数値を入力してください。").format(label=f.label))
    if isinstance(value, str):
        text = value.replace(",", "").replace("，", "").strip()
        try:
            value = int(text) if f.integer else float(text)
        except ValueError:
            try:
                number = float(text)
            except ValueError:
                raise FieldError(tr(CTX, "{label}には数値を入力してください。").format(label=f.label)) from None
            if not number.is_integer():
                raise FieldError(tr(CTX, "{label}には整数を入力してください。").format(label=f.label)) from None
            value = int(number)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise FieldError(tr(CTX, "{label}には数値を入力してください。").format(label=f.label))
        if f.integer:
            if not value.is_integer():
                raise FieldError(tr(CTX, "{label}には整数を入力してください。").format(label=f.label))
            value = int(value)
    if not isinstance(value, int | float):
        raise FieldError(tr(CTX, "{label}には数値を入力してください。").format(label=f.label))
    if f.integer and abs(value) > 2**62:
        raise FieldError(tr(CTX, "{label}の値が大きすぎます。").format(label=f.label))
    if f.minimum is not None and value < f.minimum:
        raise FieldError(tr(CTX, "{label}は{minimum}以上で入力してください。").format(
            label=f.label, minimum=_num_text(f.minimum)))
    if f.maximum is not None and value > f.maximum:
        raise FieldError(tr(CTX, "{label}は{maximum}以下で入力してください。").format(
            label=f.label, maximum=_num_text(f.maximum)))
    return value


def _num_text(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def _choice(f: Field, value: Any) -> str:
    text = str(value).strip()
    for c in f.choices:
        if text == c.value or text == c.label_ja or text == c.label_en or text == c.label:
            return c.value
    options = "、".join(c.label for c in f.choices)
    raise FieldError(tr(CTX, "{label}の「{value}」は選択肢にありません（{options}）。").format(
        label=f.label, value=_clip(text), options=options))


def _clip(text: str, n: int = 30) -> str:
    return text if len(text) <= n else text[:n] + "…"


def _sublist(f: Field, value: Any, resolve) -> list[dict]:
    sub: SubList = f.sub
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise FieldError(tr(CTX, "{label}の形式が正しくありません（JSONの配列で入力してください）。").format(
                label=f.label)) from None
    if not isinstance(value, list | tuple):
        raise FieldError(tr(CTX, "{label}の形式が正しくありません（JSONの配列で入力してください）。").format(label=f.label))
    items = []
    for i, item in enumerate(value, 1):
        if not isinstance(item, dict):
            raise FieldError(tr(CTX, "{label}の{i}件目の形式が正しくありません。").format(label=f.label, i=i))
        keyed = {}
        for key, v in item.items():
            sf = _sub_field_for(sub, key)
            if sf is None:
                if key == "id":
                    continue
                raise FieldError(tr(CTX, "{label}の{i}件目に不明な項目「{key}」があります。").format(
                    label=f.label, i=i, key=_clip(str(key))))
            keyed[sf.name] = v
        out = {"id": item["id"]} if isinstance(item.get("id"), int) else {}
        errors = {}
        for sf in sub.fields:
            try:
                out[sf.name] = coerce(sf, keyed.get(sf.name), resolve)
            except FieldError as exc:
                errors[sf.name] = str(exc)
                continue
            if sf.required and _is_empty(out[sf.name]):
                errors[sf.name] = msg_required(sf)
        if not errors:
            for rule in sub.rules:
                if rule.field not in errors and not rule.check(out):
                    errors[rule.field] = rule.message
        if errors:
            first = next(iter(errors.values()))
            raise FieldError(tr(CTX, "{label}の{i}件目: {message}").format(label=f.label, i=i, message=first))
        items.append(out)
    return items


def _sub_field_for(sub: SubList, key: str) -> Field | None:
    for sf in sub.fields:
        if key in (sf.name, sf.label_ja, sf.label_en, sf.label):
            return sf
    return None


def _is_empty(value) -> bool:
    return value is None or value == "" or (isinstance(value, list) and not value)


# -- storage --------------------------------------------------------------------------------

def to_db(f: Field, value: Any):
    if value is None:
        return None
    kind = f.kind
    if kind == Kind.DATE:
        return value.isoformat()
    if kind == Kind.DATETIME:
        return value.isoformat(timespec="seconds")
    if kind == Kind.YESNO:
        return int(bool(value))
    return value


def from_db(f: Field, raw: Any):
    if raw is None:
        return None
    kind = f.kind
    if kind == Kind.DATE:
        return dt.date.fromisoformat(raw)
    if kind == Kind.DATETIME:
        return dt.datetime.fromisoformat(raw)
    if kind == Kind.YESNO:
        return bool(raw)
    return raw


def to_json(f: Field, value: Any):
    """A JSON-able form of a value (audit details)."""
    if value is None:
        return None
    if f.kind == Kind.SUBLIST:
        return [{sf.name: to_json(sf, item.get(sf.name)) for sf in f.sub.fields} | (
            {"id": item["id"]} if "id" in item else {}) for item in value]
    if f.kind == Kind.REFS:
        return list(value)
    return to_db(f, value)


# -- text (CSV cells and plain display) -------------------------------------------------------

def to_text(f: Field, value: Any, title_of: Callable[[Field, int], str] | None = None) -> str:
    """The CSV form of a value: dates ``YYYY-MM-DD``, date-times ``YYYY-MM-DD HH:MM:SS``
    (local time), choices by Japanese label, yes/no as はい/いいえ, references by the target's
    natural key, lists of references joined with ``"; "``, sub-lists as a JSON array of
    objects keyed by the Japanese sub-field labels."""
    if value is None:
        return ""
    kind = f.kind
    if kind in (Kind.TEXT, Kind.LONGTEXT):
        return value
    if kind == Kind.DATE:
        return value.isoformat()
    if kind == Kind.DATETIME:
        return value.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    if kind == Kind.NUMBER:
        return str(value)
    if kind == Kind.CHOICE:
        c = f.choice(value)
        return c.label_ja if c else str(value)
    if kind == Kind.YESNO:
        return "はい" if value else "いいえ"
    if kind == Kind.REF:
        return title_of(f, value) if title_of else str(value)
    if kind == Kind.REFS:
        return REFS_SEPARATOR.join(title_of(f, v) if title_of else str(v) for v in value)
    if kind == Kind.SUBLIST:
        if not value:
            return ""
        items = [{sf.label_ja: to_text(sf, item.get(sf.name), title_of) for sf in f.sub.fields
                  if not _is_empty(item.get(sf.name))} for item in value]
        return json.dumps(items, ensure_ascii=False)
    return ""


def display(f: Field, value: Any, *, calendar: str = "western",
            title_of: Callable[[Field, int], str] | None = None) -> str:
    """Text for a list cell or detail pane: like :func:`to_text` but dates follow the
    ``display.calendar`` setting (令和7年4月1日 or 2025-04-01) and choices use the translated
    label."""
    if value is None:
        return ""
    if f.kind == Kind.DATE and calendar == "wareki":
        try:
            return format_date(value, "wareki")
        except ValueError:
            return value.isoformat()
    if f.kind == Kind.DATETIME:
        local = value.astimezone()
        if calendar == "wareki":
            try:
                return f"{format_date(local.date(), 'wareki')} {local:%H:%M}"
            except ValueError:
                pass
        return local.strftime("%Y-%m-%d %H:%M")
    if f.kind == Kind.CHOICE:
        c = f.choice(value)
        return c.label if c else str(value)
    if f.kind == Kind.YESNO:
        return tr(CTX, "はい") if value else tr(CTX, "いいえ")
    if f.kind == Kind.NUMBER:
        return f"{value:,}" if isinstance(value, int) and abs(value) >= 10000 else str(value)
    if f.kind == Kind.SUBLIST:
        return tr(CTX, "{n}件").format(n=len(value))
    return to_text(f, value, title_of)


# -- validation -----------------------------------------------------------------------------

def validate(reg: Register, values: dict, resolve=None, *, fields=None) -> tuple[dict, dict[str, str]]:
    """Convert and check a record. Returns ``(clean, errors)``; ``errors`` maps field names
    to Japanese messages (empty when the record is valid). ``fields`` limits conversion to
    those names (the rest of ``values`` must already be clean)."""
    clean: dict = {}
    errors: dict[str, str] = {}
    for f in reg.fields:
        if f.kind == Kind.ATTACHMENTS:
            continue
        raw = values.get(f.name)
        if fields is not None and f.name not in fields:
            clean[f.name] = raw if raw is not None or f.kind not in (Kind.REFS, Kind.SUBLIST) else []
        else:
            try:
                clean[f.name] = coerce(f, raw, resolve)
            except FieldError as exc:
                errors[f.name] = str(exc)
                continue
        if f.required and not f.computed and _is_empty(clean[f.name]):
            errors[f.name] = msg_required(f)
        elif f.kind == Kind.SUBLIST and f.sub.min_items and len(clean[f.name]) < f.sub.min_items:
            errors[f.name] = msg_required(f)
    for rule in reg.rules:
        if rule.field in errors:
            continue
        try:
            ok = rule.check(clean)
        except (TypeError, KeyError, AttributeError):
            ok = True  # a rule only judges values that could be converted
        if not ok:
            errors[rule.field] = rule.message
    return clean, errors


def is_empty(value) -> bool:
    return _is_empty(value)
