"""All user-facing text, keyed; Dutch and English. Number formatting per locale."""

from __future__ import annotations

import importlib
import math
import pkgutil

LANGS = ("nl", "en")


def _load() -> dict[str, dict[str, str]]:
    from . import messages

    out: dict[str, dict[str, str]] = {}
    for mod in pkgutil.iter_modules(messages.__path__):
        table = importlib.import_module(f"{messages.__name__}.{mod.name}").MESSAGES
        dup = out.keys() & table.keys()
        if dup:
            raise RuntimeError(f"duplicate message keys: {sorted(dup)}")
        out.update(table)
    return out


MESSAGES = _load()


class _Blank(dict):
    def __missing__(self, key):
        return ""


def t(code: str, lang: str = "nl", **params) -> str:
    """The text for `code` in `lang`, with `params` filled in (missing ones blank)."""
    entry = MESSAGES.get(code)
    if entry is None:
        return code
    text = entry.get(lang) or entry["en"]
    return text.format_map(_Blank({k: "" if v is None else v for k, v in params.items()}))


CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}


def fmt_number(value: float, lang: str = "nl", decimals: int = 0) -> str:
    """1234.5 -> '1.234,5' (nl) or '1,234.5' (en)."""
    s = f"{value:,.{decimals}f}"
    if lang == "nl":
        s = s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return s


def fmt(value, unit: str = "count", lang: str = "nl", currency: str = "EUR", decimals: int | None = None) -> str:
    """A value as a person reads it: '3,45%', '€ 1.234,56', '5,0×', '1.234'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if unit == "percent":
        return fmt_number(value * 100, lang, 2 if decimals is None else decimals) + "%"
    if unit == "currency":
        sym = CURRENCY_SYMBOLS.get(currency, currency)
        d = 2 if decimals is None else decimals
        num = fmt_number(abs(value), lang, d)
        sign = "-" if value < 0 else ""
        return f"{sign}{sym} {num}" if lang == "nl" else f"{sign}{sym}{num}"
    if unit == "multiplier":
        return fmt_number(value, lang, 2 if decimals is None else decimals) + "×"
    d = decimals if decimals is not None else (0 if float(value).is_integer() else 1)  # 99,5 leads, not 99,45
    return fmt_number(value, lang, d)


def fmt_date(d, lang: str = "nl") -> str:
    """A date as '2 jan 2025' (nl) or 'Jan 2, 2025' (en)."""
    if d is None:
        return "–"
    months_nl = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    if lang == "nl":
        return f"{d.day} {months_nl[d.month - 1]} {d.year}"
    return d.strftime("%b ") + f"{d.day}, {d.year}"
