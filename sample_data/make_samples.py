"""Write the ad and analytics sample exports: fabricated numbers, laid out exactly as each tool writes its files.

Run from the repository root: `.venv/bin/python sample_data/make_samples.py`. Seeded, so the numbers never change;
tests/golden/test_ads_sources.py holds their totals, computed by hand from the rows below, not by the reader.
The demo company is a Dutch bike shop (Fietsenwinkel Koers) with a Belgian Google Ads account, Q1 2025.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent


def days(start: dt.date, n: int) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range(n)]


def cents(x: float) -> float:
    return round(x + 1e-9, 2)


def ad_row(rng, impr, ctr, cpc, cvr, aov, conv_step=1.0):
    """(impressions, clicks, cost, conversions, value) with CTR, CPC, conversion rate and order value around
    the given levels; conversions in steps (Google's data-driven attribution gives fractions)."""
    impressions = int(impr * rng.uniform(0.8, 1.2))
    clicks = max(1, round(impressions * ctr * rng.uniform(0.85, 1.15)))
    cost = cents(clicks * cpc * rng.uniform(0.85, 1.15))
    conv = round(clicks * cvr * rng.uniform(0.5, 1.5) / conv_step) * conv_step
    value = cents(conv * aov * rng.uniform(0.8, 1.2))
    return impressions, clicks, cost, round(conv, 2), value


# ---------------------------------------------------------------------------------------------- number layouts
def nl_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def nl_dec(x: float, d: int = 2) -> str:
    return f"{x:,.{d}f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def en_int(n: int) -> str:
    return f"{n:,}"


def en_dec(x: float, d: int = 2) -> str:
    return f"{x:,.{d}f}"


def write_csv(path: Path, rows: list[list[str]], *, delimiter=",", encoding="utf-8", quoting=csv.QUOTE_MINIMAL,
              bom=False) -> None:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, quoting=quoting, lineterminator="\r\n").writerows(rows)
    text = buf.getvalue()
    if encoding == "utf-16-le":
        path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    else:
        path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding))


# ------------------------------------------------------------------------------------------------- Google Ads
GOOGLE_NL = [  # campaign, type, impressions per week, CTR, CPC, conversion rate, order value
    ("Zoeken - Merk", "Zoeken", 3000, 0.075, 0.42, 0.07, 165.0),
    ("Zoeken - E-bikes", "Zoeken", 11000, 0.042, 1.55, 0.028, 640.0),
    ("Shopping - Alle producten", "Shopping", 26000, 0.013, 0.55, 0.021, 210.0),
    ("PMax - Fietsaccessoires", "Performance Max", 38000, 0.016, 0.38, 0.019, 74.0),
]


def google_nl_rows() -> list[dict]:
    rng = random.Random(101)
    out = []
    for week in [dt.date(2025, 1, 6) + dt.timedelta(weeks=i) for i in range(12)]:
        for name, kind, impr, ctr, cpc, cvr, aov in GOOGLE_NL:
            i, c, cost, conv, val = ad_row(rng, impr, ctr, cpc, cvr, aov, conv_step=0.5)
            out.append(dict(date=week, campaign=name, type=kind, impressions=i, clicks=c, cost=cost,
                            conversions=conv, value=val))
    return out


def write_google_nl(path: Path) -> None:
    rows = google_nl_rows()
    header = ["Week", "Campagnestatus", "Campagne", "Campagnetype", "Valuta", "Vertoningen", "Klikken", "CTR",
              "Gem. CPC", "Kosten", "Conversies", "Conv.waarde", "Kosten/conv.", "Conv. perc.", "Conv.waarde/kosten"]

    def line(first, status, name, kind, i, c, cost, conv, val):
        return [first, status, name, kind, "EUR", nl_int(i), nl_int(c), nl_dec(100 * c / i) + "%",
                nl_dec(cost / c), nl_dec(cost), nl_dec(conv), nl_dec(val),
                nl_dec(cost / conv) if conv else "0,00", nl_dec(100 * conv / c) + "%",
                nl_dec(val / cost) if cost else " --"]

    out = [["Campagnerapport"], ["6 januari 2025 - 30 maart 2025"], header]
    for r in rows:
        out.append(line(r["date"].isoformat(), "Ingeschakeld", r["campaign"], r["type"], r["impressions"],
                        r["clicks"], r["cost"], r["conversions"], r["value"]))
    tot = [sum(r[k] for r in rows) for k in ("impressions", "clicks", "cost", "conversions", "value")]
    tot[2], tot[3], tot[4] = cents(tot[2]), cents(tot[3]), cents(tot[4])
    out.append(line("Totaal: account", " --", " --", " --", *tot))
    out.append(line("Totaal: campagnes", " --", " --", " --", *tot))
    write_csv(path, out, bom=True)


GOOGLE_BE = [
    ("Search - Brand BE", "Search", 380, 0.072, 0.39, 0.10, 175.0),
    ("Search - E-bikes BE", "Search", 1100, 0.038, 1.45, 0.025, 610.0),
    ("Shopping - BE", "Shopping", 2100, 0.012, 0.52, 0.02, 190.0),
]


def google_en_rows() -> list[dict]:
    rng = random.Random(202)
    out = []
    for day in days(dt.date(2025, 3, 1), 28):
        for name, kind, impr, ctr, cpc, cvr, aov in GOOGLE_BE:
            i, c, cost, conv, val = ad_row(rng, impr, ctr, cpc, cvr, aov, conv_step=0.25)
            out.append(dict(date=day, campaign=name, type=kind, impressions=i, clicks=c, cost=cost,
                            conversions=conv, value=val, share=rng.uniform(0.06, 0.7)))
    return out


def write_google_en(path: Path) -> None:
    rows = google_en_rows()
    header = ["Day", "Account", "Campaign", "Campaign type", "Currency code", "Impr.", "Clicks", "CTR", "Avg. CPC",
              "Cost", "Conversions", "Conv. value", "Conv. value / cost", "Cost / conv.", "Search impr. share"]

    def line(first, acct, name, kind, i, c, cost, conv, val, share):
        return [first, acct, name, kind, "EUR", en_int(i), en_int(c), en_dec(100 * c / i) + "%", en_dec(cost / c),
                en_dec(cost), en_dec(conv), en_dec(val), en_dec(val / cost) if cost else " --",
                en_dec(cost / conv) if conv else " --", share]

    def share(s):
        return "< 10%" if s < 0.1 else en_dec(100 * s) + "%"

    out = [["Campaign report"], ["March 1, 2025 - March 28, 2025"], header]
    for r in rows:
        out.append(line(r["date"].isoformat(), "Koers Fietsen BE", r["campaign"], r["type"], r["impressions"],
                        r["clicks"], r["cost"], r["conversions"], r["value"], share(r["share"])))
    tot = [sum(r[k] for r in rows) for k in ("impressions", "clicks", "cost", "conversions", "value")]
    tot[2], tot[3], tot[4] = cents(tot[2]), cents(tot[3]), cents(tot[4])
    out.append(line("Total: Account", " --", " --", " --", *tot, " --"))
    out.append(line("Total: Campaigns", " --", " --", " --", *tot, " --"))
    write_csv(path, out, delimiter="\t", encoding="utf-16-le")


# ------------------------------------------------------------------------------------------------------- Meta
META = [  # campaign, delivery, result indicator, impressions per day, CTR, CPC, result rate per click, value
    ("Voorjaarsactie 2025 - Conversies", "active", "actions:offsite_conversion.fb_pixel_purchase",
     9000, 0.012, 0.55, 0.025, 165.0),
    ("Leadformulier proefrit e-bike", "active", "actions:onsite_conversion.lead_grouped",
     6000, 0.011, 0.85, 0.06, 0.0),
    ("Verkeer - Fietsblog", "recently_completed", "actions:link_click", 12000, 0.018, 0.31, 1.0, 0.0),
]


def meta_rows() -> list[dict]:
    rng = random.Random(303)
    out = []
    for day in days(dt.date(2025, 2, 1), 28):
        for name, delivery, indicator, impr, ctr, cpc, rate, aov in META:
            impressions = int(impr * rng.uniform(0.8, 1.2))
            reach = int(impressions / rng.uniform(1.15, 1.6))
            clicks = max(1, round(impressions * ctr * rng.uniform(0.85, 1.15)))
            cost = cents(clicks * cpc * rng.uniform(0.85, 1.15))
            results = clicks if rate == 1.0 else round(clicks * rate * rng.uniform(0.3, 1.7))
            if indicator.endswith("purchase") and day.day in (9, 23):
                results = 0  # a day without purchases: Meta leaves Results (and the value) empty
            value = cents(results * aov * rng.uniform(0.8, 1.2)) if aov and results else None
            out.append(dict(date=day, campaign=name, delivery=delivery, indicator=indicator,
                            impressions=impressions, reach=reach, clicks=clicks, cost=cost, results=results,
                            value=value))
    return out


def _meta_cell(v: str) -> str:
    # Meta quotes cells with a space or comma and leaves single words and numbers bare.
    return f'"{v}"' if any(ch in v for ch in ' ,"') else v


def _raw(x: float) -> str:
    """A number as Meta writes it: no thousands separator, as many decimals as it has."""
    s = f"{x:.8f}".rstrip("0").rstrip(".")
    return s


def write_meta(path: Path) -> None:
    rows = meta_rows()
    header = ["Reporting starts", "Reporting ends", "Campaign name", "Campaign delivery", "Results",
              "Result indicator", "Cost per results", "Amount spent (EUR)", "Impressions", "Reach", "Frequency",
              "Link clicks", "CTR (link click-through rate)", "CPC (cost per link click) (EUR)",
              "CPM (cost per 1,000 impressions) (EUR)", "Purchases conversion value",
              "Purchase ROAS (return on ad spend)", "Attribution setting"]
    lines = [header]
    ti = sum(r["impressions"] for r in rows)
    tc = sum(r["clicks"] for r in rows)
    ts = cents(sum(r["cost"] for r in rows))
    tv = cents(sum(r["value"] or 0 for r in rows))
    treach = 214870  # the summary row's reach is de-duplicated over the month: far less than the sum of days
    # Summary row first: no campaign name; Results empty because the campaigns have different result kinds.
    lines.append(["2025-02-01", "2025-02-28", "", "", "", "", "", _raw(ts), str(ti), str(treach),
                  _raw(ti / treach), str(tc), _raw(100 * tc / ti), _raw(ts / tc), _raw(1000 * ts / ti), _raw(tv),
                  _raw(tv / ts), ""])
    for r in rows:
        res = r["results"]
        lines.append([
            r["date"].isoformat(), r["date"].isoformat(), r["campaign"], r["delivery"], str(res) if res else "",
            r["indicator"], _raw(r["cost"] / res) if res else "", _raw(r["cost"]), str(r["impressions"]),
            str(r["reach"]), _raw(r["impressions"] / r["reach"]), str(r["clicks"]),
            _raw(100 * r["clicks"] / r["impressions"]), _raw(r["cost"] / r["clicks"]),
            _raw(1000 * r["cost"] / r["impressions"]), _raw(r["value"]) if r["value"] else "",
            _raw(r["value"] / r["cost"]) if r["value"] else "", "7-day click or 1-day view",
        ])
    text = "".join(",".join(_meta_cell(c) for c in rec) + "\n" for rec in lines)
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))


# --------------------------------------------------------------------------------------------------- LinkedIn
LINKEDIN = [  # campaign group, campaign, id, impressions per day, CTR, CPC
    ("Zakelijk leasen", "Leasefiets voor werkgevers - Lead Gen", "281034561", 2400, 0.011, 3.10),
    ("Zakelijk leasen", "Leasefiets voor werkgevers - Websitebezoek", "281034577", 3100, 0.013, 2.40),
]


def linkedin_rows() -> list[dict]:
    rng = random.Random(404)
    out = []
    for day in days(dt.date(2025, 2, 1), 28):
        for group, name, cid, impr, ctr, cpc in LINKEDIN:
            weekend = day.weekday() >= 5  # business audiences: little delivery at weekends
            impressions = int(impr * rng.uniform(0.8, 1.2) * (0.35 if weekend else 1))
            clicks = max(1, round(impressions * ctr * rng.uniform(0.85, 1.15)))
            cost = cents(clicks * cpc * rng.uniform(0.9, 1.1))
            lead_gen = name.endswith("Lead Gen")
            leads = rng.choice([0, 0, 1, 1, 2, 3]) if lead_gen else 0
            conv = 0 if lead_gen else rng.choice([0, 0, 0, 1, 1, 2])
            out.append(dict(date=day, group=group, campaign=name, id=cid, impressions=impressions, clicks=clicks,
                            cost=cost, conversions=conv, value=cents(conv * 75.0), leads=leads,
                            opened=leads + rng.choice([1, 2, 4]) if lead_gen else 0,
                            ))
    return out


def write_linkedin(path: Path) -> None:
    rows = linkedin_rows()
    header = ["Start Date (in UTC)", "Account Name", "Campaign Group Name", "Campaign Name", "Campaign ID",
              "Campaign Type", "Campaign Status", "Currency", "Total Spent", "Impressions", "Clicks",
              "Click Through Rate", "Average CPM", "Average CPC", "Conversions", "Total Conversion Value",
              "Cost per Conversion", "Leads", "Lead Forms Opened", "Cost per Lead"]
    out = [["Campaign Performance Report (in UTC)"], ["Report Start: 2/1/2025, 12:00 AM"],
           ["Report End: 2/28/2025, 11:59 PM"], ["Date Generated: 3/3/2025, 9:14 AM"], header]
    for r in rows:
        out.append([
            f"{r['date'].month}/{r['date'].day}/{r['date'].year}", "Fietsenwinkel Koers B.V.", r["group"],
            r["campaign"], r["id"], "Sponsored Content", "Active", "EUR", f"{r['cost']:.2f}", str(r["impressions"]),
            str(r["clicks"]), f"{100 * r['clicks'] / r['impressions']:.2f}%",
            f"{1000 * r['cost'] / r['impressions']:.2f}", f"{r['cost'] / r['clicks']:.2f}", str(r["conversions"]),
            f"{r['value']:.2f}", f"{r['cost'] / r['conversions']:.2f}" if r["conversions"] else "0.00",
            str(r["leads"]), str(r["opened"]), f"{r['cost'] / r['leads']:.2f}" if r["leads"] else "0.00",
        ])
    write_csv(path, out, delimiter="\t", encoding="utf-16-le")


# ------------------------------------------------------------------------------------------------ Microsoft
MICROSOFT = [("Zoeken - Merk", "418772001", 900, 0.068, 0.36, 0.06, 150.0),
             ("Zoeken - E-bikes", "418772002", 2600, 0.035, 1.20, 0.018, 540.0)]


def microsoft_rows() -> list[dict]:
    rng = random.Random(505)
    out = []
    for day in days(dt.date(2025, 1, 1), 31):
        for name, cid, impr, ctr, cpc, cvr, aov in MICROSOFT:
            i, c, cost, conv, val = ad_row(rng, impr, ctr, cpc, cvr, aov)
            out.append(dict(date=day, campaign=name, id=cid, impressions=i, clicks=c, cost=cost,
                            conversions=int(conv), value=val))
    return out


def write_microsoft(path: Path) -> None:
    rows = microsoft_rows()
    tz = "(GMT+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
    out = [["Report Name: Campaign Performance Report"], ["Report Time: 1/1/2025 - 1/31/2025"],
           [f"Time Zone: {tz}"], [f"Last Completed Available Day: 2/3/2025 6:40:12 AM {tz}"],
           [f"Last Completed Available Hour: 2/3/2025 5:59:59 AM {tz}"], ["Report Aggregation: Daily"],
           ["Report Filter: "], ["Potential Incomplete Data: false"], [f"Rows: {len(rows)}"], [],
           ["Gregorian date", "Account name", "Campaign name", "Campaign ID", "Impr.", "Clicks", "CTR", "Avg. CPC",
            "Spend", "Conv.", "Conv. rate", "Cost per conv.", "Revenue", "Return on ad spend"]]
    for r in rows:
        out.append([
            f"{r['date'].month}/{r['date'].day}/{r['date'].year}", "Fietsenwinkel Koers", r["campaign"], r["id"],
            en_int(r["impressions"]), en_int(r["clicks"]), f"{100 * r['clicks'] / r['impressions']:.2f}%",
            en_dec(r["cost"] / r["clicks"]), en_dec(r["cost"]), str(r["conversions"]),
            f"{100 * r['conversions'] / r['clicks']:.2f}%",
            en_dec(r["cost"] / r["conversions"]) if r["conversions"] else "0.00", en_dec(r["value"]),
            f"{100 * r['value'] / r['cost']:,.2f}%",
        ])
    out.append(["©2025 Microsoft Corporation. All rights reserved. "])
    write_csv(path, out, quoting=csv.QUOTE_ALL, bom=True)


# --------------------------------------------------------------------------------------------------- Amazon
AMAZON = [("SP - Fietsverlichting - Auto", 5200, 0.0045, 0.62, 0.11, 34.0),
          ("SP - Fietssloten - Exact", 2300, 0.0072, 0.95, 0.13, 58.0)]


def amazon_rows() -> list[dict]:
    rng = random.Random(606)
    out = []
    for day in days(dt.date(2025, 3, 1), 31):
        for name, impr, ctr, cpc, cvr, aov in AMAZON:
            impressions = int(impr * rng.uniform(0.8, 1.2))
            clicks = round(impressions * ctr * rng.uniform(0.7, 1.3))
            cost = cents(clicks * cpc * rng.uniform(0.9, 1.1))
            orders = round(clicks * cvr * rng.uniform(0.3, 1.7))
            units = orders + (1 if orders and rng.random() < 0.3 else 0)
            sales = cents(units * aov * rng.uniform(0.9, 1.1)) if orders else 0.0
            advertised = cents(sales * rng.uniform(0.75, 1.0)) if sales else 0.0
            out.append(dict(date=day, campaign=name, impressions=impressions, clicks=clicks, cost=cost,
                            orders=orders, units=units, sales=sales, advertised=advertised))
    return out


def write_amazon(path: Path) -> None:
    import openpyxl

    rows = amazon_rows()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sponsored Product Campaign Repo"
    # Amazon writes some headers with a trailing space.
    ws.append(["Date", "Portfolio name", "Currency", "Campaign Name", "Impressions", "Clicks",
               "Click-Thru Rate (CTR)", "Cost Per Click (CPC)", "Spend", "7 Day Total Sales ",
               "Total Advertising Cost of Sales (ACOS) ", "Total Return on Advertising Spend (ROAS)",
               "7 Day Total Orders (#)", "7 Day Total Units (#)", "7 Day Conversion Rate",
               "7 Day Advertised SKU Units (#)", "7 Day Other SKU Units (#)", "7 Day Advertised SKU Sales ",
               "7 Day Other SKU Sales "])
    for r in rows:
        c, cost, sales = r["clicks"], r["cost"], r["sales"]
        adv_units = min(r["units"], r["orders"])
        ws.append([
            dt.datetime.combine(r["date"], dt.time()), "Accessoires", "EUR", r["campaign"], r["impressions"], c,
            round(c / r["impressions"], 4), round(cost / c, 2) if c else 0, cost, sales,
            round(cost / sales, 4) if sales else 0, round(sales / cost, 2) if cost else 0, r["orders"], r["units"],
            round(r["orders"] / c, 4) if c else 0, adv_units, r["units"] - adv_units, r["advertised"],
            cents(sales - r["advertised"]),
        ])
        ws.cell(ws.max_row, 1).number_format = "mmm dd, yyyy"
    wb.save(path)


# ------------------------------------------------------------------------------------------------------- GA4
GA4 = [  # channel, sessions per day, users per session, engaged share, key events per session, revenue per key event
    ("Organic Search", 420, 0.82, 0.64, 0.021, 118.0),
    ("Direct", 260, 0.88, 0.58, 0.027, 131.0),
    ("Paid Search", 210, 0.86, 0.61, 0.034, 142.0),
    ("Paid Social", 150, 0.91, 0.41, 0.012, 95.0),
    ("Email", 60, 0.79, 0.72, 0.045, 126.0),
    ("Referral", 40, 0.85, 0.55, 0.018, 104.0),
]


def ga4_rows() -> list[dict]:
    rng = random.Random(707)
    out = []
    for day in days(dt.date(2025, 3, 1), 14):
        weekend = day.weekday() >= 5
        for ch, sess, upu, eng, kps, rev in GA4:
            sessions = int(sess * rng.uniform(0.85, 1.15) * (1.15 if weekend else 1))
            users = int(sessions * upu * rng.uniform(0.95, 1.05))
            engaged = int(sessions * eng * rng.uniform(0.9, 1.1))
            key = round(sessions * kps * rng.uniform(0.6, 1.4))
            purchases = round(key * 0.55)
            revenue = cents(purchases * rev * rng.uniform(0.85, 1.15))
            out.append(dict(date=day, channel=ch, users=users, sessions=sessions, engaged=engaged,
                            time=rng.uniform(35, 95) * engaged / sessions, events=int(sessions * rng.uniform(5, 8)),
                            key=key, revenue=revenue))
    return out


def write_ga4(path: Path) -> None:
    rows = sorted(ga4_rows(), key=lambda r: -r["sessions"])  # GA4 sorts the table by its first metric
    header = ["Session primary channel group (Default Channel Group)", "Date", "Users", "Sessions",
              "Engaged sessions", "Average engagement time per session", "Engaged sessions per user",
              "Events per session", "Engagement rate", "Event count", "Key events", "Session key event rate",
              "Total revenue"]

    def nums(users, sessions, engaged, time, events, key, revenue):
        return [str(users), str(sessions), str(engaged), _raw(round(time, 6)), _raw(round(engaged / users, 6)),
                _raw(round(events / sessions, 6)), _raw(round(engaged / sessions, 6)), str(events), str(key),
                _raw(round(key / sessions, 6)), _raw(revenue)]

    text = ("# ----------------------------------------\n"
            "# Traffic acquisition: Session primary channel group (Default Channel Group)\n"
            "# Account: Fietsenwinkel Koers\n"
            "# Property: fietsenwinkelkoers.nl - GA4\n"
            "# ----------------------------------------\n"
            "#\n"
            "# All Users\n"
            "# Start date: 20250301\n"
            "# End date: 20250314\n"
            "# ----------------------------------------\n")
    out = [header]
    s = sum(r["sessions"] for r in rows)
    # Users over the whole period are de-duplicated, so the totals row has fewer than the sum of the rows.
    tot_users = 9876
    out.append(["", "", *nums(tot_users, s, sum(r["engaged"] for r in rows),
                              sum(r["time"] * r["sessions"] for r in rows) / s, sum(r["events"] for r in rows),
                              sum(r["key"] for r in rows), cents(sum(r["revenue"] for r in rows)))])
    for r in rows:
        out.append([r["channel"], r["date"].strftime("%Y%m%d"),
                    *nums(r["users"], r["sessions"], r["engaged"], r["time"], r["events"], r["key"], r["revenue"])])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(out)
    path.write_text(text + buf.getvalue(), encoding="utf-8")


WRITERS = {
    "google_ads_campaigns_nl.csv": write_google_nl,
    "google_ads_daily_en.csv": write_google_en,
    "meta_ads_campaigns.csv": write_meta,
    "linkedin_ads_campaigns.csv": write_linkedin,
    "microsoft_ads_campaigns.csv": write_microsoft,
    "amazon_sp_campaigns.xlsx": write_amazon,
    "ga4_traffic_acquisition.csv": write_ga4,
}

if __name__ == "__main__":
    for name, writer in WRITERS.items():
        writer(HERE / name)
        print("wrote", name)
