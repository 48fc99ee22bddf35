"""Every format of the real-format corpus (tests/golden/corpus) read as a user downloads it: tool, rows, totals,
period and currency as counted by hand, through the same reader the CLI and the app use."""

from __future__ import annotations

import pytest

from kpi_core.errors import KoersError
from kpi_core.ingest import read_export
from kpi_core.ingest.period import given
from tests.golden.corpus import load_all

CASES = load_all()


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_format_reads_as_counted_by_hand(tmp_path, c):
    path = tmp_path / c.filename
    c.make(path)
    if c.refused:
        with pytest.raises(KoersError) as e:
            read_export(path, period=given(c.given_period))
        assert e.value.code == c.refused
        return
    res = read_export(path, period=given(c.given_period))
    info = res.info
    assert info["source"] == c.source
    assert info["rows"] == c.rows
    for measure, expected in c.totals.items():
        got = sum(v for v in res.rows.column(measure).to_pylist() if v is not None)
        assert got == pytest.approx(expected, rel=1e-9), measure
    assert info["currency"] == c.currency
    if c.period is not None:
        assert (info["period"]["start"], info["period"]["end"], info["period"]["from"]) == c.period
    for reason, n in c.skipped.items():
        assert info["skipped"].get(reason, 0) == n, reason
    assert not [w for w in info["warning_codes"] if w["code"] == "ingest.mixed_currency"]


def test_corpus_covers_the_formats_people_download():
    """At least 40 real-world formats, 10 Google Ads report kinds, 3 interface languages; every origin named."""
    assert len(CASES) >= 40
    google_kinds = {c.id.split("/")[1] for c in CASES if c.id.startswith("google_ads/")}
    assert len(google_kinds) >= 10, google_kinds
    assert len({c.language for c in CASES}) >= 3
    assert all(c.origin.strip() for c in CASES)
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("variant, code, read", [
    ("en-us-one-currency", "ingest.converted_ignored", "Cost"),
    ("en-us-several-currencies", "ingest.converted_used", "Cost (Converted currency)"),
])
def test_converted_copies_are_said_and_counted_once(tmp_path, variant, code, read):
    c = next(c for c in CASES if c.id == f"google_ads/manager_performance/{variant}")
    path = tmp_path / c.filename
    c.make(path)
    info = read_export(path).info
    said = [w for w in info["warning_codes"] if w["code"].startswith("ingest.converted_")]
    assert [w["code"] for w in said] == [code] and said[0]["params"]["currency"] == c.currency
    assert [h for h, m in info["mapping"].items() if m["canonical"] == "cost"] == [read]
