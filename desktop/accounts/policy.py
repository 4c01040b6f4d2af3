"""Password policy (A11-9 and the guideline's "hard to guess"): length, strength, user ID,
reuse, age. Every rejection explains itself in Japanese."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop import settings
from desktop.errors import ValidationError
from desktop.i18n import tr

_USER_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$")


@dataclass(frozen=True)
class Policy:
    min_length: int = 12
    min_strength: int = 3
    history: int = 5
    max_age_days: int = 90

    @classmethod
    def from_vault(cls, conn) -> Policy:
        return cls(
            settings.get(conn, "policy.min_length"),
            settings.get(conn, "policy.min_strength"),
            settings.get(conn, "policy.history"),
            settings.get(conn, "policy.max_age_days"),
        )


def check_user_id(user_id: str) -> None:
    if not _USER_ID.match(user_id or ""):
        raise ValidationError(
            tr("Accounts", "ユーザーIDは半角英数字と . _ - で2〜32文字にしてください（先頭は英数字）。"),
            {"user_id": ""},
        )


_FEEDBACK = {
    "Use a few words, avoid common phrases": "よく使われる語句を避け、複数の単語を組み合わせてください。",
    "Add another word or two. Uncommon words are better.": "あまり使われない単語をもう1〜2語加えてください。",
    "Straight rows of keys are easy to guess": "キーボードの並び（qwerty など）は推測されやすいです。",
    "Short keyboard patterns are easy to guess": "短いキーボードの並びは推測されやすいです。",
    'Repeats like "aaa" are easy to guess': "「aaa」のような繰り返しは推測されやすいです。",
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc"':
        "「abcabc」のような繰り返しは推測されやすいです。",
    "Sequences like abc or 6543 are easy to guess": "「abc」「6543」のような連続は推測されやすいです。",
    "Recent years are easy to guess": "最近の年は推測されやすいです。",
    "Dates are often easy to guess": "日付は推測されやすいです。",
    "This is a top-10 common password": "非常によく使われるパスワードです。",
    "This is a top-100 common password": "よく使われるパスワードです。",
    "This is a very common password": "よく使われるパスワードです。",
    "This is similar to a commonly used password": "よく使われるパスワードに似ています。",
    "A word by itself is easy to guess": "単語ひとつだけでは推測されやすいです。",
    "Names and surnames by themselves are easy to guess": "名前や名字だけでは推測されやすいです。",
    "Common names and surnames are easy to guess": "よくある名前や名字は推測されやすいです。",
}


def strength(password: str, user_inputs: list[str] | None = None) -> tuple[int, list[str]]:
    """zxcvbn score 0–4 and Japanese reasons."""
    from zxcvbn import zxcvbn

    result = zxcvbn(password[:100], user_inputs=user_inputs or [])
    fb = result.get("feedback") or {}
    texts = []
    for msg in [fb.get("warning")] + list(fb.get("suggestions") or []):
        if msg:
            texts.append(_FEEDBACK.get(msg, ""))
    return int(result["score"]), [t for t in texts if t]


def check_password(
    password: str, user_id: str, policy: Policy, *, previous: list | None = None, is_reused=None
) -> None:
    """Raise ValidationError explaining every reason the password is not acceptable."""
    reasons: list[str] = []
    if len(password) < policy.min_length:
        reasons.append(
            tr("Accounts", "{n} 文字以上にしてください（現在 {m} 文字）。").format(n=policy.min_length, m=len(password))
        )
    if user_id and user_id.lower() in password.lower():
        reasons.append(tr("Accounts", "ユーザーIDを含めないでください。"))
    if password and (password != password.strip()):
        reasons.append(tr("Accounts", "先頭や末尾に空白を入れないでください。"))
    if not reasons:
        score, why = strength(password, [user_id] if user_id else None)
        if score < policy.min_strength:
            reasons.append(
                tr("Accounts", "推測されやすいパスワードです（強度 {score}/4、必要 {need}/4）。").format(
                    score=score, need=policy.min_strength
                )
            )
            reasons.extend(why or [tr("Accounts", "より長く、予測しにくい組み合わせにしてください。")])
    if not reasons and is_reused is not None and is_reused(password):
        reasons.append(tr("Accounts", "最近使ったパスワード（過去 {n} 回分）は使えません。").format(n=policy.history))
    if reasons:
        raise ValidationError(
            tr("Accounts", "このパスワードは使えません。") + "\n" + "\n".join(f"・{r}" for r in reasons),
            {"password": "\n".join(reasons)},
        )
