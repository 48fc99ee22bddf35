"""The same data written in different locales, delimiters, encodings and layouts reads to identical rows."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpi_core.ingest import read_export

row = st.tuples(
    st.dates(dt.date(2024, 1, 1), dt.date(2025, 12, 31)),
    st.sampled_from(["Brand", "Generic NL", "Shopping – Winter", "Retargeting; remarketing"]),
    st.integers(0, 5_000_000),  # impressions
    st.integers(0, 90_000),  # clicks
    st.integers(0, 9_999_999),  # cost in cents
)


def fmt_number(n: float, decimals: int, dec: str, thousands: str) -> str:
    s = f"{n:,.{decimals}f}"
    return s.replace(",", "\x00").replace(".", dec).replace("\x00", thousands)


def render(rows, style, delimiter, preamble, totals):
    dec, thousands, datefmt, currency = style
    head = ["Date", "Campaign", "Impressions", "Clicks", "Cost"]
    lines = ["Report: campaigns", "Account: Acme", ""] if preamble else []
    lines.append(delimiter.join(head))

    def cell(v: str) -> str:
        return f'"{v}"' if delimiter in v or '"' in v else v

    for d, camp, imp, clicks, cents in rows:
        cost = currency.format(fmt_number(cents / 100, 2, dec, thousands))
        vals = [d.strftime(datefmt), camp, fmt_number(imp, 0, dec, thousands), str(clicks), cost]
        lines.append(delimiter.join(cell(v) for v in vals))
    if totals:
        t_imp = sum(r[2] for r in rows)
        t_cost = currency.format(fmt_number(sum(r[4] for r in rows) / 100, 2, dec, thousands))
        lines.append(delimiter.join(cell(v) for v in ["Total", "", fmt_number(t_imp, 0, dec, thousands), "", t_cost]))
    return "\n".join(lines) + "\n"


STYLES = [
    (",", ".", "%d-%m-%Y", "€ {}"),  # Dutch
    (".", ",", "%Y-%m-%d", "{}"),  # English
    (",", " ", "%d/%m/%Y", "{} EUR"),  # French/Belgian
    (".", "'", "%Y-%m-%d", "CHF {}"),  # Swiss
    (",", "\xa0", "%d.%m.%Y", "{} €"),  # German with non-breaking space
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(row, min_size=3, max_size=25),
    style=st.sampled_from(STYLES),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
    preamble=st.booleans(),
    totals=st.booleans(),
)
def test_same_data_reads_the_same_whatever_the_writing(tmp_path_factory, rows, style, delimiter, encoding,
                                                       preamble, totals):
    # A day after the 12th makes day-month order decidable, as in any real month of data.
    rows = rows + [(dt.date(2025, 1, 13), "Brand", 1, 1, 1)]
    path = tmp_path_factory.mktemp("loc") / "export.csv"
    text = render(rows, style, delimiter, preamble, totals)
    if encoding == "cp1252":
        text = text.replace("–", "-")
    path.write_bytes(text.encode(encoding))
    r = read_export(path)
    got = sorted(
        (d, c, imp, cl, round(cost * 100))
        for d, c, imp, cl, cost in zip(*(r.rows.column(k).to_pylist()
                                        for k in ("date", "campaign", "impressions", "clicks", "cost")), strict=True)
    )
    want = sorted((d, c.replace("–", "-") if encoding == "cp1252" else c, i, cl, cents)
                  for d, c, i, cl, cents in rows)
    assert got == want
    assert r.info["rows"] == len(rows)
    assert r.info["skipped"]["totals"] == int(totals)
