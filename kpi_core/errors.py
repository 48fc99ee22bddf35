"""User-fixable errors. `code` picks the NL/EN text in i18n, `info` fills it. Bugs are not KoersErrors."""


class KoersError(Exception):
    """Fixable by the user; `code` picks the NL/EN text, `info` fills it."""

    code = "error"

    def __init__(self, *, file=None, row=None, column=None, **params):
        self.file, self.row, self.column = file, row, column
        self.info = dict(params, file=file, row=row, column=column)
        super().__init__(f"{self.code} {self.info}")

    def message(self, lang: str = "nl") -> str:
        from .i18n import t

        return t(self.code, lang, **self.info)


def error(code: str, **info) -> KoersError:
    """A KoersError with the given code (for errors that need no class of their own)."""
    e = KoersError(**info)
    e.code = code
    e.args = (f"{code} {e.info}",)
    return e


def shown(text, limit: int = 60) -> str:
    """A name or value from a file as it may appear in a message: control characters escaped, at most `limit` long."""
    text = str(text)
    clean = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"
