"""Ad and analytics samples in sample_data/: recognised tool, rows, skipped rows, dates and hand-checked totals.

Totals were added up from the rows sample_data/make_samples.py generates (its numbers, not the reader's output).
"""

import datetime as dt
import json
import re

import pytest

from kpi_core.errors import KoersError
from kpi_core.i18n import MESSAGES
from kpi_core.ingest import read_export
from kpi_core.ingest import sources as sources_mod
from kpi_core.ingest.period import Period
from kpi_core.ingest.sources import SOURCES, recognise
from kpi_core.ingest.values import date_kind
from kpi_core.schema import DIMENSIONS, MEASURES
from tests.conftest import SAMPLES

SKIP0 = {"preamble": 0, "totals": 0, "blank": 0, "repeated_header": 0}

CASES = {
    "google_ads_campaigns_nl.csv": dict(
        # Rows by Week: each row its week, Monday to Sunday (the last week's ends on 30 March)
        source="google_ads", rows=48, skipped={**SKIP0, "preamble": 2, "totals": 2},
        dates=("2025-01-06", "2025-03-30"),
        totals={"impressions": 930590, "clicks": 19266, "cost": 14517.61, "conversions": 560.5,
                "conversion_value": 161371.65},
        columns=["date", "date_end", "campaign", "channel", "impressions", "clicks", "cost", "conversions",
                 "conversion_value"]),
    "google_ads_daily_en.csv": dict(
        source="google_ads", rows=84, skipped={**SKIP0, "preamble": 2, "totals": 2},
        dates=("2025-03-01", "2025-03-28"),
        totals={"impressions": 98380, "clicks": 2579, "cost": 2328.56, "conversions": 112.25,
                "conversion_value": 33593.34},
        columns=["date", "campaign", "account", "channel", "impressions", "clicks", "cost", "conversions",
                 "conversion_value"]),
    "meta_ads_campaigns.csv": dict(
        source="meta_ads", rows=84, skipped={**SKIP0, "totals": 1},
        dates=("2025-02-01", "2025-02-28"),
        totals={"impressions": 759224, "reach": 556133, "clicks": 10792, "cost": 5098.03, "conversions": 74,
                "conversion_value": 12035.01, "leads": 105},
        columns=["date", "channel", "campaign", "impressions", "reach", "clicks", "cost", "conversions",
                 "conversion_value", "leads"]),
    "linkedin_ads_campaigns.csv": dict(
        source="linkedin_ads", rows=56, skipped={**SKIP0, "preamble": 4}, dates=("2025-02-01", "2025-02-28"),
        totals={"impressions": 126455, "clicks": 1544, "cost": 4063.10, "conversions": 21, "conversion_value": 1575,
                "leads": 26},
        columns=["date", "campaign", "account", "channel", "impressions", "clicks", "cost", "conversions",
                 "conversion_value", "leads"]),
    "microsoft_ads_campaigns.csv": dict(
        source="microsoft_ads", rows=62, skipped={**SKIP0, "preamble": 10, "note": 1},
        dates=("2025-01-01", "2025-01-31"),
        totals={"impressions": 111458, "clicks": 4877, "cost": 4203.43, "conversions": 163,
                "conversion_value": 45559.28},
        columns=["date", "campaign", "account", "channel", "impressions", "clicks", "cost", "conversions",
                 "conversion_value"]),
    "amazon_sp_campaigns.xlsx": dict(
        source="amazon_ads", rows=62, skipped=SKIP0, dates=("2025-03-01", "2025-03-31"),
        totals={"impressions": 229457, "clicks": 1238, "cost": 945.52, "conversions": 153,
                "conversion_value": 7670.16},
        columns=["date", "campaign", "channel", "impressions", "clicks", "cost", "conversions", "conversion_value"]),
    "ga4_traffic_acquisition.csv": dict(
        source="ga4", rows=84, skipped={**SKIP0, "preamble": 10, "totals": 1}, dates=("2025-03-01", "2025-03-14"),
        totals={"sessions": 16471, "users": 13920, "conversions": 412, "revenue": 29920.35},
        columns=["date", "channel", "conversions", "revenue", "sessions", "users"]),
}

_cache = {}


def read(name):
    if name not in _cache:
        _cache[name] = read_export(SAMPLES / name)
    return _cache[name]


def totals(r) -> dict:
    df = r.rows.to_pandas()
    return {c: round(float(df[c].sum()), 2) for c in df.columns if df[c].dtype.kind == "f"}


def codes(r) -> list[str]:
    return [w["code"] for w in r.info["warning_codes"]]


def headers(r) -> list[str]:
    return [*r.info["mapping"], *r.info["unmapped"]]


@pytest.mark.parametrize("name", sorted(CASES))
def test_sample_reads_to_hand_checked_totals(name):
    case, r = CASES[name], read(name)
    assert r.info["source"] == case["source"]
    assert r.info["rows"] == case["rows"]
    assert r.info["skipped"] == case["skipped"]
    assert (r.info["date_min"], r.info["date_max"]) == case["dates"]
    assert totals(r) == pytest.approx(case["totals"], abs=0.005)
    assert r.rows.column_names == case["columns"]


@pytest.mark.parametrize("name", sorted(CASES))
def test_derived_columns_are_reported_never_stored(name):
    r = read(name)
    assert set(r.rows.column_names) <= {"date", "date_end", *DIMENSIONS, *MEASURES}
    assert "ingest.derived_ignored" in codes(r)
    derived = re.compile(r"ctr|cpc|cpm|roas|acos|rate|per |/|perc\.|frequency|share|return on", re.I)
    assert [h for h in r.info["mapping"] if derived.search(h)] == []


@pytest.mark.parametrize("name", sorted(CASES))
def test_sample_is_not_recognised_as_any_other_tool(name, monkeypatch):
    r = read(name)
    for other in SOURCES:
        if other in (r.info["source"], "generic"):
            continue
        monkeypatch.setattr(sources_mod, "SOURCES", {"generic": SOURCES["generic"], other: SOURCES[other]})
        assert recognise(headers(r)).id == "generic", f"{name} claimed by {other}"


def test_google_ads_dutch_campaigns_layout_and_channels():
    r = read("google_ads_campaigns_nl.csv")
    assert (r.info["encoding"], r.info["delimiter"], r.info["decimal"], r.info["header_row"]) == (
        "utf-8-sig", ",", ",", 3)
    assert r.set_aside == [(1, "preamble"), (2, "preamble"), (52, "totals"), (53, "totals")]
    assert r.info["mapping"]["Conv.waarde"] == {"canonical": "conversion_value", "confidence": 1.0}
    assert r.info["mapping"]["Vertoningen"]["canonical"] == "impressions"
    df = r.rows.to_pandas()
    assert df.groupby("channel")["cost"].sum().round(2).to_dict() == {
        "Performance Max": 2769.54, "Shopping": 2103.99, "Search": 9644.08}
    # Campaign type 'Zoeken' is Google Ads' Search: one channel with the English downloads, said with its rows
    assert r.info["warning_codes"][0] == {"code": "ingest.channel_named", "params": {
        "tool": "Google Ads", "count": 24, "values": "'Zoeken' → 'Search'"}}
    assert r.account is None


def test_campaign_types_of_two_interface_languages_are_one_channel(write):
    # The demo's English and Dutch downloads showed 'Search' and 'Zoeken' as two channels side by side; a Spanish
    # download's 'Búsqueda', 'Máximo rendimiento' and 'Compras' three more.
    from kpi_core import kpis
    from kpi_core.workspace import Workspace

    # The Spanish layout of jorgeluis666/objetivo-ventas-RB's campaign downloads (tests/golden/corpus/google_ads.py)
    # (another account than the Dutch download's: its two days are no part of that account's weeks)
    es = write("Informe de campaña.csv", "Informe de campaña\n1 de marzo de 2025 - 31 de marzo de 2025\n"
               "Día,Cuenta,Estado de la campaña,Campaña,Tipo de campaña,Impr.,Clics,Código de moneda,Costo\n"
               "2025-03-01,ES,Habilitada,A,Búsqueda,100,10,EUR,5.00\n"
               "2025-03-01,ES,Habilitada,B,Máximo rendimiento,50,4,EUR,2.00\n"
               "2025-03-02,ES,Habilitada,C,Compras,20,2,EUR,1.00\n2025-03-02,ES,Habilitada,D,Display,10,1,EUR,0.50\n")
    ws = Workspace(None)
    try:
        ws.add_results([read(n) for n in ("google_ads_daily_en.csv", "google_ads_campaigns_nl.csv")]
                       + [read_export(es)])
        rows = kpis.table_many(ws.engine, ["cost"], "total", None, "channel")["rows"]
        got = {r[2]: r[3] for r in rows if r[3]}
        assert set(got) == {"Search", "Performance Max", "Shopping", "Display"}
        by_file = [read_export(es).rows.to_pandas(), read("google_ads_daily_en.csv").rows.to_pandas(),
                   read("google_ads_campaigns_nl.csv").rows.to_pandas()]
        assert by_file[0].groupby("channel")["cost"].sum().to_dict() == {
            "Search": 5.0, "Performance Max": 2.0, "Shopping": 1.0, "Display": 0.5}
        search = sum(df.loc[df["channel"] == "Search", "cost"].sum() for df in by_file)
        assert got["Search"] == pytest.approx(search) and search > 9644.08 + 5
    finally:
        ws.close()


def test_google_ads_utf16_tab_download_with_total_rows():
    r = read("google_ads_daily_en.csv")
    assert (r.info["encoding"], r.info["delimiter"], r.info["decimal"]) == ("utf-16", "\t", ".")
    assert r.set_aside == [(1, "preamble"), (2, "preamble"), (88, "totals"), (89, "totals")]
    assert r.account == "Koers Fietsen BE"
    assert "Search impr. share" in r.info["unmapped"]  # its '< 10%' cells are never read as numbers
    assert "ingest.censored" not in codes(r)


def test_meta_results_count_by_their_indicator():
    r = read("meta_ads_campaigns.csv")
    df = r.rows.to_pandas().groupby("campaign")[["conversions", "leads", "clicks"]].sum()
    # Purchase results are conversions, lead results leads, link-click results (5,936) nothing.
    assert df.loc["Voorjaarsactie 2025 - Conversies", "conversions"] == 74
    assert df.loc["Voorjaarsactie 2025 - Conversies", "leads"] == 0
    assert df.loc["Leadformulier proefrit e-bike", "leads"] == 105
    assert df.loc["Leadformulier proefrit e-bike", "conversions"] == 0
    assert df.loc["Verkeer - Fietsblog", ["conversions", "leads"]].sum() == 0
    assert df["clicks"].sum() == 10792  # Link clicks
    assert {"rule.meta_results_by_indicator", "rule.meta_clicks_are_link_clicks"} <= set(codes(r))
    other = [w for w in r.info["warning_codes"] if w["code"] == "rule.meta_other_results"]
    assert other == [{"code": "rule.meta_other_results", "params": {"count": 28}}]
    assert r.info["mapping"]["Reporting ends"]["canonical"] == "date_end"
    assert "revenue" not in r.rows.column_names


def test_meta_leads_count_where_no_leads_column_is(write):
    # Steproac/Monfrere-Tactical-Audit's Meta Ads export (made-up values): a 'Meta leads' column beside Results whose
    # indicators are purchases. Before, it was left unread: no leads at all, or only the lead-indicator Results.
    head = ('"Reporting starts","Reporting ends","Ad name","Ad delivery",Results,"Result indicator",'
            '"Amount spent (USD)",Impressions,Reach,Purchases,"Ad set name","Meta leads","Campaign name"\n')
    rows = ('2026-03-15,2026-03-15,"Video ad 2",active,,,30.00,900,650,,"Set X",1,CAMPAIGN_A\n'
            '2026-03-10,2026-03-10,CATALOGUE,active,1,actions:offsite_conversion.fb_pixel_purchase,25.00,1000,600,'
            '1,"Set Y",2,CAMPAIGN_B\n'
            '2026-03-11,2026-03-11,Form,active,4,actions:leadgen.other,5.00,100,90,,"Set Z",4,CAMPAIGN_C\n')
    r = read_export(write("Ads-Mar-2026.csv", head + rows))
    assert r.info["source"] == "meta_ads" and r.info["mapping"]["Meta leads"]["canonical"] == "meta_leads"
    got = r.rows.to_pandas()
    assert got["leads"].sum() == 7 and got["conversions"].sum() == 1  # the lead Results are not added again
    both = head.replace('"Meta leads"', 'Leads,"Meta leads"')
    r = read_export(write("both.csv", both + rows.replace(',1,CAMPAIGN_A', ',3,1,CAMPAIGN_A')
                          .replace(',2,CAMPAIGN_B', ',2,2,CAMPAIGN_B').replace(',4,CAMPAIGN_C', ',5,4,CAMPAIGN_C')))
    assert r.rows.to_pandas()["leads"].sum() == 10  # Leads, which hold Meta leads, counted once
    # Website (pixel) leads in Results are no form leads: counted beside them, never hidden by them.
    pixel = ('"Reporting starts","Reporting ends","Campaign name",Results,"Result indicator","Amount spent (USD)",'
             'Impressions,"Meta leads"\n2026-03-01,2026-03-31,Web,5,actions:offsite_conversion.fb_pixel_lead,30.00,'
             '900,2\n2026-03-01,2026-03-31,Form,4,actions:leadgen.other,20.00,800,4\n')
    assert read_export(write("pixel.csv", pixel)).rows.to_pandas()["leads"].sum() == 5 + 2 + 4
    # All leads ('actions:lead') or form leads in another language hold the Meta leads: the larger, never the sum
    other = pixel.replace("actions:offsite_conversion.fb_pixel_lead", "actions:lead").replace("actions:leadgen.other",
                                                                                              "Leads op Meta")
    assert read_export(write("all.csv", other)).rows.to_pandas()["leads"].sum() == 5 + 4
    # A result indicator without Results: the Meta leads still count
    bare = ('"Reporting starts","Reporting ends","Campaign name","Result indicator","Amount spent (USD)",Impressions,'
            '"Meta leads"\n2026-03-01,2026-03-31,A,actions:leadgen.other,30.00,900,5\n'
            '2026-03-01,2026-03-31,B,actions:link_click,30.00,900,2\n')
    assert read_export(write("bare.csv", bare)).rows.to_pandas()["leads"].sum() == 7


def test_meta_dutch_export_with_decimal_comma(write):
    text = ('\ufeff"Start rapportage","Einde rapportage",Campagnenaam,Resultaten,Resultaatindicator,'
            '"Besteed bedrag (EUR)",Weergaven,Bereik,"Klikken op links","Conversiewaarde aankopen",'
            '"Kosten per resultaat"\n'
            '2025-02-01,2025-02-28,,,,"150,50",3000,2500,90,,\n'
            '2025-02-01,2025-02-28,Voorjaar,3,actions:offsite_conversion.fb_pixel_purchase,"100,25",2000,1800,60,'
            '"300,10","33,42"\n'
            '2025-02-01,2025-02-28,Proefrit,4,actions:lead,"50,25",1000,900,30,,"12,56"\n')
    r = read_export(write("meta_nl.csv", text))
    assert r.info["source"] == "meta_ads"
    assert totals(r) == pytest.approx({"impressions": 3000, "reach": 2700, "clicks": 90, "cost": 150.5,
                                       "conversions": 3, "conversion_value": 300.1, "leads": 4})
    assert "ingest.date_ranges" in codes(r)  # monthly rows span the month: said, counted on the start date


def test_linkedin_us_dates_and_utf16():
    r = read("linkedin_ads_campaigns.csv")
    assert (r.info["encoding"], r.info["delimiter"], r.info["header_row"]) == ("utf-16", "\t", 5)
    assert r.rows.column("date").to_pylist()[:2] == [dt.date(2025, 2, 1)] * 2
    assert r.account == "Fietsenwinkel Koers B.V."


def test_microsoft_revenue_is_conversion_value_and_the_footer_is_set_aside():
    r = read("microsoft_ads_campaigns.csv")
    assert r.info["header_row"] == 11
    assert r.set_aside[-1] == (74, "note")  # ©2025 Microsoft Corporation. All rights reserved.
    assert r.info["mapping"]["Revenue"]["canonical"] == "conversion_value"
    assert "revenue" not in r.rows.column_names
    assert "rule.ad_sales_are_conversion_value" in codes(r)


def test_microsoft_footer_with_a_year_does_not_spoil_a_short_date_column(write):
    text = ('"Report Name: Campaign Performance Report"\n"Report Time: 1/13/2025 - 1/14/2025"\n\n'
            '"Gregorian date","Campaign name","Impr.","Clicks","Spend","Conv.","Revenue"\n'
            '"1/13/2025","A","100","5","2.50","1","50.00"\n"1/14/2025","A","100","5","2.50","1","50.00"\n'
            '"Total","","200","10","5.00","2","100.00"\n"©2025 Microsoft Corporation. All rights reserved. "\n')
    r = read_export(write("ms.csv", text))
    assert r.rows.column("date").to_pylist() == [dt.date(2025, 1, 13), dt.date(2025, 1, 14)]
    assert r.set_aside[-2:] == [(7, "totals"), (8, "note")]
    assert date_kind(["1/13/2025", "©2025 Microsoft Corporation. All rights reserved."], "f", "c") == "numeric:/"


def test_microsoft_grid_total_rows_of_dashes_are_set_aside_in_decimal_commas_too(write):
    # The Campaigns grid (rogeritael/jbt_campaigns_automation bing_08.csv) closes with a row per campaign type whose
    # text cells are '-'. Re-saved with ';' and decimal commas it is read the exact way, where '-' was a campaign's
    # name: its totals were added to the campaigns' own figures.
    text = ("Campaign ID;Status;Campaign;Spend;Delivery;Campaign Type;Clicks;Impr.;Conv.;Top impr. rate\n"
            "[1];Enabled;A;12,50;Eligible;Search;5;100;1;80,00%\n[2];Enabled;B;7,50;Eligible;Search;3;60;0;50,00%\n"
            "Search total;-;-;20,00;-;-;8;160;1;70,00%\nAudience total;-;-;0;-;-;0;0;0;0%\n")
    r = read_export(write("Campaigns.csv", text), period=Period(dt.date(2026, 8, 1), dt.date(2026, 8, 31), "given"))
    assert (r.info["source"], r.info["decimal"]) == ("microsoft_ads", ",")
    assert r.set_aside == [(4, "totals"), (5, "totals")]
    assert sum(r.rows.column("cost").to_pylist()) == pytest.approx(20.00)
    assert sorted(r.rows.column("campaign").to_pylist()) == ["A", "B"]


def test_amazon_sales_are_conversion_value_and_orders_conversions():
    r = read("amazon_sp_campaigns.xlsx")
    assert r.info["sheet"] == "Sponsored Product Campaign Repo"
    m = r.info["mapping"]
    assert m["7 Day Total Sales"]["canonical"] == "conversion_value"  # written '7 Day Total Sales ' by Amazon
    assert m["7 Day Total Orders (#)"]["canonical"] == "conversions"
    assert "7 Day Total Units (#)" in r.info["unmapped"]  # 172 units, not the 153 orders
    assert "revenue" not in r.rows.column_names
    assert {"rule.ad_sales_are_conversion_value", "rule.amazon_orders_are_conversions"} <= set(codes(r))


def test_amazon_csv_with_currency_symbols_and_month_names(write):
    text = ('Date,Campaign Name,Impressions,Clicks,Click-Thru Rate (CTR),Spend,7 Day Total Sales ,'
            'Total Advertising Cost of Sales (ACOS) ,7 Day Total Orders (#)\n'
            '"Jan 01, 2025",A,"1,000",10,1.00%,$5.00,$16.25,30.77%,1\n'
            '"Jan 02, 2025",A,"2,000",20,1.00%,$10.00,$0.00,0.00%,0\n')
    r = read_export(write("sp.csv", text))
    assert r.info["source"] == "amazon_ads"
    assert totals(r) == {"impressions": 3000, "clicks": 30, "cost": 15.0, "conversions": 1, "conversion_value": 16.25}
    assert r.info["date_max"] == "2025-01-02"


def test_amazon_summary_rows_spread_from_start_date_to_end_date(tmp_path, capsys):
    from kpi_core import cli
    from tests.golden.corpus.linkedin_amazon import amazon_campaign_in, amazon_search_term_summary_us

    path = tmp_path / "summary.xlsx"
    amazon_search_term_summary_us(path)
    assert read_export(path).info["mapping"]["End Date"]["canonical"] == "date_end"
    assert cli.main(["compute", str(path), "--json", "--kpi", "cost", "--by", "month"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    # 2.00 on 30 July and 2.00 on 3 August; 6.00 over 30 July - 3 August, two of its five days in July.
    assert {r["period"]: r["value"] for r in rows} == pytest.approx({"2022-07-01": 2.0 + 6.0 * 2 / 5,
                                                                     "2022-08-01": 2.0 + 6.0 * 3 / 5})
    # Beside a daily Date, End Date is the campaign's own end: every row stays on its day.
    daily = tmp_path / "daily.csv"
    amazon_campaign_in(daily)
    r = read_export(daily)
    assert "End Date" in r.info["unmapped"] and "date_end" not in r.rows.column_names


def test_amazon_campaign_grid_dates_are_the_campaigns_not_the_rows(tmp_path):
    from kpi_core.errors import KoersError
    from tests.golden.corpus.linkedin_amazon import amazon_campaign_grid_us

    path = tmp_path / "Campaigns_Nov_21_2019.csv"
    amazon_campaign_grid_us(path)
    # Beside Budget(USD), Start date is when a campaign began: no day of its figures. Without a period, none: the
    # grid holds its whole period, and the way out is to give it.
    with pytest.raises(KoersError) as e:
        read_export(path)
    assert e.value.code == "ingest.table_needs_period" and "Amazon" in e.value.message("en")


def test_ga4_key_events_sessions_and_the_first_totals_row():
    r = read("ga4_traffic_acquisition.csv")
    assert r.set_aside[-1] == (12, "totals")  # the row with empty dimensions right under the header
    m = r.info["mapping"]
    assert m["Key events"]["canonical"] == "conversions"
    assert m["Sessions"]["canonical"] == "sessions"
    assert "Engaged sessions" in r.info["unmapped"]  # 9,815 engaged sessions are not the 16,471 sessions
    assert {"rule.ga4_key_events_are_conversions", "ingest.non_additive"} <= set(codes(r))
    channels = set(r.rows.column("channel").to_pylist())
    assert channels == {"Organic Search", "Direct", "Paid Search", "Paid Social", "Email", "Referral"}


def test_ga4_exploration_with_grand_total_at_the_bottom_and_source_medium(write):
    text = ("# ----------------------------------------\n# Free form 1\n# All Users\n# 20250301-20250302\n"
            "# ----------------------------------------\n"
            "Date,Session default channel group,Session source,Session medium,Sessions,Total users,Key events,"
            "Purchase revenue\n"
            "20250301,Direct,(direct),(none),30,20,1,100\n20250302,Paid Search,google,cpc,40,30,2,200.5\n"
            "Grand total,,,,70,50,3,300.5\n")
    r = read_export(write("explore.csv", text))
    assert r.info["source"] == "ga4"
    assert r.set_aside[-1] == (9, "totals")
    assert totals(r) == {"sessions": 70, "users": 50, "conversions": 3, "revenue": 300.5}
    assert r.rows.column("medium").to_pylist() == ["(none)", "cpc"]


def test_ga4_dutch_headers(write):
    text = ("Datum,Standaard kanaalgroep voor sessie,Sessies,Betrokken sessies,Totaal aantal gebruikers,"
            "Belangrijke gebeurtenissen,Totale opbrengst\n20250301,Direct,30,20,25,2,150.5\n")
    r = read_export(write("ga4_nl.csv", text))
    assert r.info["source"] == "ga4"
    assert totals(r) == {"sessions": 30, "users": 25, "conversions": 2, "revenue": 150.5}


def test_rule_messages_have_both_languages_and_the_same_placeholders():
    from kpi_core.messages.sources_ads import MESSAGES as ADS

    used = {w for s in SOURCES.values() for w in (*s.warnings, *(code for code, *_ in s.checks))
            if s.id in {"google_ads", "microsoft_ads", "meta_ads", "linkedin_ads", "amazon_ads", "ga4"}}
    assert used <= set(ADS)
    for code in ADS:
        nl, en = MESSAGES[code]["nl"], MESSAGES[code]["en"]
        assert set(re.findall(r"{(\w+)}", nl)) == set(re.findall(r"{(\w+)}", en)), code


# ------------------------------------------------------------------------------- tool habits the reader honours

def test_reader_meta_summary_row_is_set_aside_as_totals():
    r = read("meta_ads_campaigns.csv")
    assert r.info["rows"] == 84
    assert r.set_aside == [(2, "totals")]
    assert "ingest.date_ranges" not in codes(r)  # daily rows: only the summary row spans the month



def test_reader_meta_reach_gets_the_non_additive_note():
    assert "ingest.non_additive" in codes(read("meta_ads_campaigns.csv"))


def test_one_row_of_users_sums_no_one_twice_and_gets_no_note(write):
    # Setheryd/onlinetools Reports_snapshot.csv opens with a card of one row: the property's active users over the
    # range. 'rows may count the same people' was said of it; two rows of users still get the note.
    head = "# Start date: 20251203\n# End date: 20260302\nActive users,New users,Event count\n"
    assert "ingest.non_additive" not in codes(read_export(write("Reports_snapshot.csv", head + "1291,1272,8019\n")))
    two = read_export(write("Reports_snapshot.csv", head.replace("Active", "Country,Active") + "NL,12,1,4\nBE,3,1,2\n"))
    assert "ingest.non_additive" in codes(two)



def test_reader_us_tools_read_ambiguous_dates_month_first(write):
    text = ('"Gregorian date","Campaign name","Impr.","Clicks","Spend","Conv.","Revenue"\n'
            '"1/2/2025","A","100","5","2.50","1","50.00"\n"1/3/2025","A","100","5","2.50","1","50.00"\n')
    r = read_export(write("ms.csv", text))
    assert r.rows.column("date").to_pylist() == [dt.date(2025, 1, 2), dt.date(2025, 1, 3)]



def test_reader_ga4_acquisition_overview_reads_active_users_by_day(write):
    # GA4's Acquisition overview download: cards of 'Nth day' tables, the first 'Active users', then 'New users' and
    # the first user's channel (the layout parsed by public scripts for this download). 'Active users' was no GA4
    # column: the file was read as a generic sheet, 'Nth day' was no date, and each day's users were spread evenly
    # over the whole period.
    rule, dates = "# " + "-" * 40, "# Start date: 20260501\n# End date: 20260503\n"
    text = (f"{rule}\n# Acquisition overview\n# Account: Example\n# Property: Example - GA4\n{rule}\n#  \n{dates}"
            "Nth day,Active users\n0000,12\n0001,15\n0002,9\n\n"
            f"{dates}Nth day,New users\n0000,5\n0001,6\n0002,3\n\n"
            f"{dates}First user primary channel group (Default Channel Group),New users\nDirect,8\nOrganic Search,6\n")
    r = read_export(write("Acquisition_overview.csv", text.replace("\n", "\r\n")))
    assert r.info["source"] == "ga4"
    assert [(x["date"], x["users"]) for x in r.rows.to_pylist()] == [
        (dt.date(2026, 5, 1), 12), (dt.date(2026, 5, 2), 15), (dt.date(2026, 5, 3), 9)]


def test_reader_ga4_user_acquisition_keeps_the_first_user_channel(write):
    # User acquisition: a row per channel of the users' first visit, the column as in GA4's Acquisition overview
    # cards ('First user primary channel group (Default Channel Group)').
    rule = "# " + "-" * 40
    text = (f"{rule}\n# User acquisition: First user primary channel group (Default Channel Group)\n"
            f"# Account: Example\n# Property: Example - GA4\n{rule}\n# \n# All Users\n"
            "# Start date: 20260501\n# End date: 20260531\n"
            "First user primary channel group (Default Channel Group),Total users,New users,Key events,Total revenue\n"
            "Direct,120,100,4,310.5\nOrganic Search,80,70,2,99.5\nUnassigned,3,0,0,0\n")
    r = read_export(write("User_acquisition.csv", text))
    assert r.info["source"] == "ga4"
    assert [(x["channel"], x["users"], x["revenue"]) for x in r.rows.to_pylist()] == [
        ("Direct", 120, 310.5), ("Organic Search", 80, 99.5), ("Unassigned", 3, 0)]


def test_reader_ga4_chart_tables_after_the_main_table_are_not_data(write):
    text = ("# ----------------------------------------\n# Traffic acquisition\n# Start date: 20250301\n"
            "# End date: 20250302\n# ----------------------------------------\n"
            "Session primary channel group (Default Channel Group),Date,Sessions,Key events\n"
            ",,70,3\nDirect,20250301,30,1\nDirect,20250302,40,2\n"
            "\n# ----------------------------------------\nDate,Sessions\n20250301,30\n20250302,40\n")
    r = read_export(write("ga4_report.csv", text))
    assert totals(r) == {"sessions": 70, "conversions": 3}


def test_a_report_split_by_conversion_category_reads_no_cost_of_zero(tmp_path):
    # Beside Categoría de conversión, Google Ads writes 0 for Costo, Impr. and Clics on every row: read as figures,
    # they gave a cost per conversion of 0. They stay unread, and the warning says why and what to export.
    from tests.golden.corpus.google_ads import campaign_es_conversion_category

    path = tmp_path / "Informe de campaña.csv"
    campaign_es_conversion_category(path)
    r = read_export(path)
    assert not {"cost", "clicks", "impressions"} & set(r.rows.column_names)
    assert {"Costo", "Clics", "Impr."} <= set(r.info["unmapped"])
    said = [w["params"] for w in r.info["warning_codes"] if w["code"] == "ingest.conversion_segment"]
    assert said == [{"segment": "Categoría de conversión", "columns": "Impr., Clics, Costo", "tool": "Google Ads"}]


def test_dutch_google_ads_columns_name_the_tool_with_few_columns(write):
    # 'Vert.' is Google Ads' own Dutch abbreviation: with Valutacode it names the tool, as 'Impr.' does in English.
    text = ("Campagnerapport;;;;\n1 maart 2025 - 31 maart 2025;;;;\nCampagne;Valutacode;Vert.;Klikken;Kosten\n"
            "Merk;EUR;1.234;56;1.200\n")
    r = read_export(write("c.csv", text))
    assert r.info["source"] == "google_ads" and r.info["mapping"]["Vert."]["canonical"] == "impressions"


def test_meta_by_day_counts_each_row_on_its_day_not_over_the_report(write):
    # A Day breakdown beside Reporting starts and ends (a public ad import template's Meta header): each row is its
    # own day; the report's range is no row's period.
    text = ("Reporting starts,Reporting ends,Day,Campaign name,Amount spent (EUR),Impressions,Link clicks\n"
            "2025-03-01,2025-03-31,2025-03-01,Spring,100.50,4000,80\n"
            "2025-03-01,2025-03-31,2025-03-15,Spring,200.25,6000,120\n")
    r = read_export(write("meta.csv", text))
    df = r.rows.to_pandas()
    assert r.info["mapping"]["Day"]["canonical"] == "date" and "date_end" not in r.rows.column_names
    days = sorted(zip(df["date"].astype(str), df["cost"], strict=True))
    assert days == [("2025-03-01", 100.5), ("2025-03-15", 200.25)]


def test_a_meta_day_column_without_dates_leaves_the_reports_dates(write):
    # 'Day' holding weekdays or day numbers is a breakdown, not the rows' days: the report's range stands, as before.
    for day in ("Monday", "1"):
        text = ("Reporting starts,Reporting ends,Day,Campaign name,Amount spent (EUR),Impressions,Link clicks\n"
                f"2025-02-01,2025-02-28,{day},Spring,100.00,10000,200\n")
        r = read_export(write("meta.csv", text))
        assert r.info["mapping"]["Reporting starts"]["canonical"] == "date" and "Day" in r.info["unmapped"], day
        assert (r.info["date_min"], r.info["date_max"]) == ("2025-02-01", "2025-02-28")


def test_an_overview_card_states_its_period_in_its_name_and_the_card_by_word_is_refused(write):
    # Google Ads' Overview cards name their range with dots ('Devices(2026.05.04-2026.05.10).csv'): before, a card
    # without dates needed the period given again.
    r = read_export(write("Devices(2026.05.04-2026.05.10).csv", "Device,Cost,Clicks\nComputers,£2.00,3\n"
                          "Mobile phones,£5.50,7\n"))
    assert r.info["source"] == "google_ads" and r.info["period"] == {"start": "2026-05-04", "end": "2026-05-10",
                                                                     "from": "name"}
    assert sum(r.rows.column("clicks").to_pylist()) == 10
    # Searches by word count a search once per word it holds ('para' and 'barata' both hold 'veneno para barata'):
    # summed, 187 clicks stood for 69. Refused, naming the card to take.
    text = ("Palavra,Custo,Cliques,Impressões,Conversões,Principais consultas com a palavra\n"
            'para,"R$ 8,00",2,5,"0,00","(veneno para barata)"\nbarata,"R$ 8,00",2,5,"0,00","(veneno para barata)"\n')
    with pytest.raises(KoersError) as e:
        read_export(write("Pesquisas(Palavra_2026.05.05-2026.05.24).csv", text))
    assert e.value.code == "ingest.unread.google_ads_words"
    assert "never add up" in e.value.message("en") and "tellen nooit op" in e.value.message("nl")
    with pytest.raises(KoersError) as e:  # in any interface language, whichever tool its headers suggest
        read_export(write("Búsquedas(Palabra_2026.05.05-2026.05.24).csv", "Palabra,Coste,Clics,Impresiones\n"
                          'para,"8,00 €",2,5\ncucarachas,"8,00 €",2,5\n'))
    assert e.value.code == "ingest.unread.google_ads_words"
    # A card by weekday renamed without its range asks for the period, never calls 'Sunday' a bad date.
    with pytest.raises(KoersError) as e:
        read_export(write("Day_&_hour.csv", "Day,Impressions\nSunday,412\nMonday,1236\n"))
    assert e.value.code == "ingest.no_date_column" and "--period" in e.value.message("en")


def test_meta_months_and_tiktok_skan_conversions(tmp_path):
    # Each Meta row counts in its own month, whole (no estimate); TikTok's SKAN conversions are said, not summed.
    from tests.golden.corpus.meta_ads import meta_account_by_month
    from tests.golden.corpus.tiktok_ads import app_campaign_by_day_skan

    meta = tmp_path / "Meta_Ads_Aug-28-2024_Oct-30-2024.csv"
    meta_account_by_month(meta)
    rows = read_export(meta).rows.to_pandas()
    got = {(str(a), str(b)): i for a, b, i in zip(rows["date"], rows["date_end"], rows["impressions"], strict=True)}
    assert got == {("2024-10-01", "2024-10-30"): 10000, ("2024-08-28", "2024-08-31"): 8500,
                   ("2024-09-01", "2024-09-30"): 41000}
    tiktok = tmp_path / "app.csv"
    app_campaign_by_day_skan(tiktok)
    r = read_export(tiktok)
    assert {w["code"]: w["params"] for w in r.info["warning_codes"]}["source.tiktok.skan_apart"] == {"count": 458}
    assert sum(r.rows.column("conversions").to_pylist()) == 0


def test_the_row_of_other_search_terms_counts_and_is_said(tmp_path):
    # 'Total: Other search terms' holds the figures of the searches Google Ads does not list: set aside as a totals
    # row, a real search terms report (andreapoi/SearchQueryAutomation) lost 46% of its cost.
    from tests.golden.corpus.google_ads import location_report, search_terms_us

    search_terms_us(tmp_path / "terms.csv")
    r = read_export(tmp_path / "terms.csv")
    said = [w["params"] for w in r.info["warning_codes"] if w["code"] == "ingest.other_items"]
    assert said == [{"count": 1, "rows": "10"}]
    assert round(sum(r.rows.column("cost").to_pylist()), 2) == 499.70  # the file's 'Total: Account'
    location_report(tmp_path / "places.csv")
    r = read_export(tmp_path / "places.csv", period=Period(dt.date(2025, 1, 1), dt.date(2025, 6, 30), "given"))
    assert round(sum(r.rows.column("cost").to_pylist()), 2) == 1789.94  # the file's 'Total: Account'


def test_a_row_of_other_search_terms_in_a_dated_report_has_no_day_and_a_sheets_total_other_is_a_total(write):
    # Made data with no date, the row broke `compute` in a report by day; 'Total: other' in any sheet but Google
    # Ads' is a subtotal (Print 20 + Events 30), counted twice as data.
    head = ("Search terms report\n\"May 3, 2026 - May 9, 2026\"\nSearch term,Campaign,Day,Clicks,Impr.,Currency code,"
            "Cost\n")
    r = read_export(write("terms.csv", head + "a,C,2026-05-03,1,6,CAD,0.74\nb,C,2026-05-04,2,19,CAD,6.24\n"
                                              "Total: Search terms,,,3,25,CAD,6.98\n"
                                              "Total: Other search terms,,,4,9,CAD,5.00\n"))
    assert r.info["rows"] == 2 and None not in r.rows.column("date").to_pylist()
    assert "ingest.other_items" not in [w["code"] for w in r.info["warning_codes"]]
    # the row is no total: it has figures but no day, set aside as undated and said by its row
    assert r.info["skipped"]["totals"] == 1 and r.info["skipped"]["undated"] == 1
    assert {"code": "ingest.undated_set_aside", "params": {"count": 1, "rows": "7", "column": "Day"}} in \
        r.info["warning_codes"]
    sheet = write("budget.csv", "Channel,Cost\nGoogle Ads,100\nMeta,50\nTotal: paid,150\nPrint,20\nEvents,30\n"
                                "Total: other,50\nTotal,200\n")
    r = read_export(sheet, period=Period(dt.date(2025, 1, 1), dt.date(2025, 1, 31), "given"))
    assert sum(r.rows.column("cost").to_pylist()) == 200 and r.info["skipped"]["totals"] == 3


def test_a_week_row_is_its_week_within_the_reports_range(write):
    # A Google Ads report of March by Week begins with the week of Monday 24 February: that row holds the figures of
    # 1 and 2 March, and the last row (Monday 31 March) those of the 31st alone. Counted on their Mondays, the first
    # row's clicks fell in February, outside the report, and every week's on one day.
    from kpi_core import kpis
    from kpi_core.workspace import Workspace

    path = write("Campaign report.csv", "Campaign report\nMarch 1, 2025 - March 31, 2025\n"
                 "Week,Campaign,Impr.,Clicks,Cost,Conv. value\n2025-02-24,A,200,20,10.00,30.00\n"
                 + "".join(f"2025-03-{d:02d},A,700,70,35.00,90.00\n" for d in (3, 10, 17, 24))
                 + "2025-03-31,A,100,10,5.00,12.00\nTotal: Account,,3100,310,155.00,402.00\n")
    r = read_export(path)
    assert (r.info["date_min"], r.info["date_max"]) == ("2025-03-01", "2025-03-31")
    ws = Workspace(None)
    try:
        ws.add_results([r])
        by_month = kpis.table_many(ws.engine, ["clicks"], "month")["rows"]
        assert [(str(p), v) for _, p, _, _, v, _ in by_month] == [("2025-03-01", 310.0)]
        by_day = kpis.table_many(ws.engine, ["clicks"], "day")["rows"]
        assert len(by_day) == 31 and all(v == pytest.approx(10.0) for *_, v, _ in by_day)  # 70 over 7, 20 over 2
    finally:
        ws.close()


def test_a_ga4_week_number_row_is_its_week_within_the_stated_range(write):
    # GA4's traffic acquisition by Week (Steproac/Monfrere-Tactical-Audit, 'GA Traffic_acquisition_... 2024.csv'):
    # '37' is the 37th week of the year as GA4 counts it, Sunday to Saturday, week 01 holding 1 January. The weeks
    # were left unread, so a year's sessions were spread evenly over its twelve months. Made-up figures:
    # 2024 began on a Monday, so week 01 is 1-6 January (6 days), week 02 starts Sunday 7 January, week 05 is
    # 28 January - 3 February (4 days in January, 3 in February), week 53 is 29-31 December (3 days).
    from kpi_core import kpis
    from kpi_core.workspace import Workspace

    block = "# ----\n# Traffic acquisition: Session primary channel group\n# ----\n# Start date: 20240101\n" \
            "# End date: 20241231\n"
    head = "Session primary channel group (Default Channel Group),Week,Sessions,Engaged sessions,Total revenue\n"
    path = write("traffic.csv", block + head + "Direct,01,60,30,0\nDirect,05,70,35,7\nEmail,53,30,10,0\n"
                                               "Email,02,700,300,70\n")
    r = read_export(path)
    assert r.source == "ga4" and (r.info["date_min"], r.info["date_max"]) == ("2024-01-01", "2024-12-31")
    assert [w for w in r.info["warning_codes"] if w["code"] == "ingest.week_numbers"] == [
        {"code": "ingest.week_numbers", "params": {"column": "Week", "tool": "Google Analytics 4",
                                                   "start": "2024-01-01", "end": "2024-12-31"}}]
    ws = Workspace(None)
    try:
        ws.add_results([r])
        rows = kpis.table_many(ws.engine, ["sessions"], "month")["rows"]
        by_month = {str(p): v for _, p, _, _, v, _ in rows if v is not None}
        # January: week 01 (60), week 02 (700), 4 of week 05's 7 days (40); February: 3 of them (30); December: 30
        assert by_month == {"2024-01-01": pytest.approx(800.0), "2024-02-01": pytest.approx(30.0),
                            "2024-12-01": pytest.approx(30.0)}
        rows = kpis.table_many(ws.engine, ["sessions"], "day")["rows"]
        by_day = {str(p): v for _, p, _, _, v, _ in rows if v is not None}
        assert by_day["2024-01-06"] == pytest.approx(10.0) and by_day["2024-01-07"] == pytest.approx(100.0)
        assert by_day["2024-12-31"] == pytest.approx(10.0) and "2024-12-28" not in by_day
    finally:
        ws.close()
    # Over a range of more than a year a number names two weeks: left unread as before, the rows spread evenly
    two = write("two.csv", block.replace("20241231", "20250110") + head + "Direct,01,60,30,0\n")
    r = read_export(two)
    assert "Week" in r.info["unmapped"] and (r.info["date_min"], r.info["date_max"]) == ("2024-01-01", "2025-01-10")
    # A sheet's week numbers (whose count?) stay unread
    sheet = write("sheet.csv", "Week,Sessions\n01,60\n02,70\n")
    r = read_export(sheet, period=Period(dt.date(2024, 1, 1), dt.date(2024, 12, 31), "given"))
    assert r.source == "generic" and "Week" in r.info["unmapped"] and r.info["date_max"] == "2024-12-31"


def test_tiktok_in_korean_reads_its_figures_and_its_closing_row(write):
    # taejunjeon/seo `data/ads_csv/tiktok/raw/`: TikTok Ads Manager's Korean interface, a daily ad report (일별) and a
    # campaign tab closed by '총 2개 결과' (2 results in total), the period only in the file's name, won in 통화.
    # They were refused as files without Clicks or Cost. Made-up campaigns and figures.
    head = ("일별,캠페인 이름,광고 그룹 이름,비용,CPC(목적지),노출수,클릭수(목적지),CTR(목적지),도달,전환수,"
            "전환당 비용,통화\n")
    daily = write("20260319_20260417_daily_ad_report.csv",
                  head + "2026-03-20,봄 캠페인,그룹 A,600000,444,419425,1352,0.32,202932,2,300000,KRW\n"
                         "2026-03-21,봄 캠페인,그룹 A,400000,400,200000,1000,0.50,100000,1,400000,KRW\n")
    r = read_export(daily)
    assert r.source == "tiktok_ads" and r.info["currency"] == "KRW"
    assert totals(r) == {"cost": 1000000, "impressions": 619425, "clicks": 2352, "reach": 302932, "conversions": 3}
    tab = write("20260319_20260417_campaign_report.csv",
                "캠페인 이름,기본 상태,비용,CPC(목적지),노출수,클릭수(목적지),CTR(목적지),전환수,전환율(CVR),"
                "Date Created,통화\n"
                "봄 캠페인,활성,2999202,67,2015587,44464,0.0221,62,0.00,2026-03-05 11:56:11,KRW\n"
                "가을 캠페인,일시 중지,0,0,0,0,0,0,0.00,2026-02-10 18:18:07,KRW\n"
                "총 2개 결과,-,2999202,67,2015587,44464,0.0221,62,0.00,-,KRW\n")
    r = read_export(tab)
    assert r.source == "tiktok_ads" and r.info["skipped"]["totals"] == 1 and r.info["rows"] == 2
    assert r.info["period"] == {"start": "2026-03-19", "end": "2026-04-17", "from": "name"}
    assert totals(r)["cost"] == 2999202 and "Date Created" in r.info["unmapped"]


def test_hand_made_meta_table_is_not_read_as_tiktok(write):
    # Orkestaia/EDELWEISS-MARKETING_DASHBOARD `meta.csv`: a Meta table typed up by hand, 'Clicks (All)' and 'Cost per
    # Result ($)' beside Meta's 'Link Clicks' and 'Spend ($)'. TikTok writes the first two too, never Link clicks:
    # read as TikTok, the spend and the link clicks were left unread. Made-up campaigns and figures.
    path = write("meta.csv",
                 "Campaign Name,Status,Spend ($),Reach,Impressions,Frequency,Results,Cost per Result ($),CPM ($),"
                 "Link Clicks,Clicks (All),CTR (All) (%),Notes\n"
                 'Video,Inactive,"35,22",7507,8754,"1,17",1628,"0,0216","4,02",27,495,"5,65",\n'
                 'Easter,Active,"44,04",4629,6880,"1,49",311,"0,1416","6,40",250,280,"4,07",\n')
    assert recognise(["Campaign Name", "Spend ($)", "Impressions", "Cost per Result ($)", "Link Clicks",
                      "Clicks (All)"]).id == "generic"
    r = read_export(path, period=Period(dt.date(2025, 1, 1), dt.date(2025, 1, 31), "given"))
    assert r.source == "generic" and r.info["currency"] == "USD"
    assert totals(r) == {"cost": pytest.approx(79.26), "clicks": 277, "impressions": 15634, "reach": 12136}
    # Without its period, it is said to lack Meta's date column, and that a period given reads it
    with pytest.raises(KoersError) as got:
        read_export(path)
    e = got.value
    assert e.code == "ingest.tool_lacks" and "'Reporting starts'" in e.message("en")
    assert "--period" in e.message("en") and "periodeveld" in e.message("nl")
    # A real TikTok tab keeps its tool
    assert recognise(["Campaign name", "Cost", "Impressions", "Clicks (destination)", "Clicks (all)",
                      "Cost per result"]).id == "tiktok_ads"


def test_amazon_campaign_manager_ad_group_tabs_are_amazon_ads(write):
    # xvr/datasciencecoursera `Sponsored_Products_adgroup_ads_Dec_28_2019.csv` and `..._adgroup_targeting_...`: the
    # campaign manager's Ads and Targeting tabs, downloaded for the range on screen. Read as sheets of no tool, their
    # attributed Orders and Sales(USD) were shop orders and revenue (and Status a deal stage). Made-up figures.
    period = Period(dt.date(2019, 11, 1), dt.date(2019, 11, 30), "given")
    ads = write("ads.csv", "State,Products,Status,SKU,ASIN,Impressions,Clicks,CTR(%),Spend(USD),CPC(USD),Orders,"
                           "Sales(USD),ACOS(%)\n"
                           "ENABLED,Kitchen Mat | Pack of 2,CAMPAIGN_ARCHIVED,km-1,B07AAAAAA1,1000,10,1.0,8.50,0.85,2,"
                           "60.00,14.1667\n"
                           "PAUSED,Bath Mat,CAMPAIGN_ARCHIVED,bm-2,B07AAAAAA2,500,4,0.8,2.25,0.56,1,19.99,11.2556\n")
    r = read_export(ads, period=period)
    assert r.source == "amazon_ads" and r.info["currency"] == "USD"
    assert totals(r) == {"impressions": 1500, "clicks": 14, "cost": pytest.approx(10.75), "conversions": 3,
                         "conversion_value": pytest.approx(79.99)}
    targeting = ("State,Keyword,Match type,Status,Suggested bid (low)(USD),Suggested bid (median)(USD),"
                 "Suggested bid (high)(USD),Keyword bid(USD),Impressions,Clicks,CTR(%),Spend(USD),CPC(USD),Orders,"
                 "Sales(USD),ACOS(%)\n"
                 "ENABLED,bath rugs,PHRASE,CAMPAIGN_ARCHIVED,,,,0.90,2000,20,1.0,12.00,0.60,1,25.00,48.0\n")
    r = read_export(write("targeting.csv", targeting), period=period)
    assert r.source == "amazon_ads" and totals(r)["conversion_value"] == 25
    # Named as Amazon names the download, '_' between the words: the name alone says which tool wrote it
    r = read_export(write("Sponsored_Products_adgroup_x_Dec_28_2019.csv", "Keyword,Impressions,Clicks,Spend(USD)\n"
                                                                        "rugs,100,2,1.50\n"), period=period)
    assert r.source == "amazon_ads"


def _by(r, grain: str, kpi: str, **filters) -> dict[str, float]:
    from kpi_core import kpis
    from kpi_core.workspace import Workspace

    ws = Workspace(None)
    try:
        ws.add_results([r])
        rows = kpis.table_many(ws.engine, [kpi], grain, **filters)["rows"]
        return {str(p): v for _, p, _, _, v, _ in rows if v is not None}
    finally:
        ws.close()


def test_rows_each_dated_the_first_of_a_month_are_their_months(write):
    # xvr/datasciencecoursera `Sponsored Products Campaign12.10.csv`: Amazon's campaign report by month, 'Nov 1, 2018'
    # to 'Dec 1, 2019', one row per campaign and month. Read as single days, November's spend stood on the 1st: the
    # week of 28 October held all of it and the weeks after none. Made-up campaigns and figures.
    head = ("Date,Start Date,End Date,Campaign Type,Campaign Name,Status,Currency,Impressions,Clicks,Spend,"
            "7 Day Total Orders (#),7 Day Total Sales \n")
    rows = ['"Sep 1, 2019","Aug 16, 2019",,Sponsored Products,Mat,ENABLED,USD,3000,30,$30.00,1,$25.00\n',
            '"Oct 1, 2019","Aug 16, 2019",,Sponsored Products,Mat,ENABLED,USD,3100,31,$31.00,1,$25.00\n',
            '"Nov 1, 2019","Aug 16, 2019",,Sponsored Products,Mat,ENABLED,USD,3000,30,$300.00,2,$50.00\n',
            '"Nov 1, 2019","Oct 2, 2019",,Sponsored Products,Rug,ENABLED,USD,600,6,$60.00,0,$0.0\n']
    r = read_export(write("Sponsored Products Campaign12.10.csv", head + "".join(rows)))
    assert r.source == "amazon_ads" and "ingest.months_by_first_day" in codes(r)
    assert (r.info["date_min"], r.info["date_max"]) == ("2019-09-01", "2019-11-30")
    assert totals(r)["cost"] == 421
    # November's 360 over its 30 days: 12 a day; the week of 28 October holds 4 days of October (1 a day) and 3 of
    # November, the week of 4 November 7 days of November
    weeks = _by(r, "week", "cost")
    assert weeks["2019-10-28"] == pytest.approx(4 + 36) and weeks["2019-11-04"] == pytest.approx(84)
    assert _by(r, "month", "cost") == {"2019-09-01": pytest.approx(30), "2019-10-01": pytest.approx(31),
                                       "2019-11-01": pytest.approx(360)}
    # A daily report whose first rows fall on the 1st of three months has other days further on: days stay days
    daily = write("daily.csv", head + "".join(rows) + '"Nov 2, 2019","Aug 16, 2019",,Sponsored Products,Mat,ENABLED,'
                                                     'USD,100,1,$1.00,0,$0.0\n')
    r = read_export(daily)
    assert "ingest.months_by_first_day" not in codes(r) and r.info["date_max"] == "2019-11-02"
    assert _by(r, "week", "cost")["2019-10-28"] == pytest.approx(361)


def test_a_week_written_as_month_day_year_is_its_week(write):
    # Google Ads' Week segment with its Mondays written 'Jan 6, 2025' (a US download): the week's figures stood on
    # the Monday, as the layout's name begins with 'month' like the layouts of periods. Made-up figures.
    path = write("Campaign report.csv", 'Campaign report\n"January 6, 2025 - January 19, 2025"\n'
                                        'Week,Campaign,Impr.,Clicks,Cost\n"Jan 6, 2025",A,700,70,14.00\n'
                                        '"Jan 13, 2025",A,1400,140,28.00\nTotal: Account,,2100,210,42.00\n')
    r = read_export(path)
    days = _by(r, "day", "clicks")
    assert len(days) == 14 and days["2025-01-07"] == pytest.approx(10) and days["2025-01-19"] == pytest.approx(20)
