"""Mailchimp: Reports > Download all campaign reports (one row per campaign)."""

from __future__ import annotations

from pathlib import Path

from . import case, write


def line(cells) -> str:
    """Mailchimp's quoting: a field is quoted iff it holds a space, a comma or a quote (header and data alike)."""
    return ",".join('"' + c.replace('"', '""') + '"' if any(ch in c for ch in ' ,"') else c for c in map(str, cells))


HEAD = ["Title", "Subject", "List", "Send Date", "Send Weekday", "Total Recipients", "Successful Deliveries",
        "Soft Bounces", "Hard Bounces", "Total Bounces", "Times Forwarded", "Forwarded Opens", "Unique Opens",
        "Open Rate", "Total Opens", "Unique Clicks", "Click Rate", "Total Clicks", "Unsubscribes", "Abuse Complaints",
        "Times Liked on Facebook", "Folder Id", "Unique Id", "Total Orders", "Total Gross Sales", "Total Revenue",
        "Analytics ROI", "Campaign Cost", "Revenue Created", "Visits", "New Visits", "Pages/Visit", "Bounce Rate",
        "Time on Site", "Goal Conversion Rate", "Per Visit Goal Value", "Transactions", "Ecommerce Conversion Rate",
        "Per Visit Value", "Average Value"]


@case(id="mailchimp/campaigns", origin="derekology/simpledash tests/fixtures.py (MAILCHIMP_AGGREGATED_SAMPLE)",
      filename="campaigns.csv", source="mailchimp", rows=4,
      totals={"emails_sent": 1250 + 1249 + 1262 + 88, "emails_delivered": 1238 + 1240 + 1251 + 87,
              "bounces": 12 + 9 + 11 + 1, "unique_opens": 402 + 377 + 410 + 52, "unique_clicks": 61 + 40 + 58 + 19,
              "unsubscribes": 3 + 2 + 4 + 0, "conversions": 0 + 3 + 1 + 2,
              "conversion_value": 0 + 184.50 + 59.00 + 90.25},
      period=("2024-04-09", "2024-05-14", "rows"))
def mailchimp_campaigns(path: Path) -> None:
    """All campaign reports, 40 columns: quoted iff a space (`"Send Date"`, `"Main Audience"` but `Unsubscribes`,
    `Newsletter`, `Customers`, `Tuesday` bare), `Send Date` as `Mon DD, YYYY hh:mm am`, rates as `32.47%` of the
    successful deliveries, the Google Analytics block as `n/a` (not connected), e-commerce orders and revenue.
    Origin: derekology/simpledash `tests/fixtures.py` (a real export pasted as a fixture; the 14 analytics columns
    of the full download as listed in the same repository's parser)."""
    data = [
        ("Spring Newsletter", "Fresh picks for April", "Main Audience", "Apr 09, 2024 09:30 am", "Tuesday", 1250, 7, 5,
         0, 0, 402, 655, 61, 88, 3, 0, "a1b2c3d4e5", 0, "0"),
        ("Spring Newsletter (copy 01)", "Last chance: 20% off", "Main Audience", "Apr 16, 2024 06:15 pm", "Tuesday",
         1249, 4, 5, 0, 0, 377, 590, 40, 51, 2, 0, "f6e5d4c3b2", 3, "184.50"),
        ("Newsletter", "May update", "Main Audience", "May 02, 2024 10:00 am", "Thursday", 1262, 6, 5, 1, 2, 410, 701,
         58, 77, 4, 1, "0a1b2c3d4e", 1, "59.00"),
        ("Welcome Series #1", "Welcome to Example Shop", "Customers", "May 14, 2024 08:05 am", "Tuesday", 88, 1, 0, 0,
         0, 52, 80, 19, 25, 0, 0, "9f8e7d6c5b", 2, "90.25"),
    ]
    rows = []
    for title, subj, aud, sent, day, rcpt, soft, hard, fwd, fwd_opens, uo, to, uc, tc, unsub, abuse, uid, orders, \
            sales in data:
        delivered = rcpt - soft - hard
        rows.append([title, subj, aud, sent, day, rcpt, delivered, soft, hard, soft + hard, fwd, fwd_opens, uo,
                     f"{uo / delivered * 100:.2f}%", to, uc, f"{uc / delivered * 100:.2f}%", tc, unsub, abuse, 0, 0,
                     uid, orders, sales, sales, *["n/a"] * 14])
    write(path, [line(HEAD), *(line(r) for r in rows)])


SIMPLEDASH = "derekology/simpledash tests/test_parsers.py (commit 6ae1aa1, a download pasted into a test)"


@case(id="mailchimp/campaign_report/en", source="mailchimp", filename="campaign_report.csv", rows=1,
      origin=f"{SIMPLEDASH}: the Email Campaign Report of one campaign, a title line, a '\"Label:\",\"value\"' per "
      "line, people as '125 (7.2%)', the Clicks by URL table after a blank line",
      # Figures of people are the counts before their shares: 125 opened, 14 clicked; Total Opens and Total Clicks
      # (every open, every click) are no counts of people.
      totals={"emails_sent": 1751, "emails_delivered": 1742, "bounces": 9, "unique_opens": 125, "unique_clicks": 14,
              "unsubscribes": 2},
      period=("2021-04-26", "2021-04-26", "rows"),
      skipped={"preamble": 2, "blank": 2, "extra_table": 4})
def campaign_report(path: Path) -> None:
    write(path, [
        "Email Campaign Report",
        line_q("Title:", "Spring sale"), line_q("Subject Line:", "20% off\u00a0today \u2600"),
        line_q("Delivery Date/Time:", "Mon, Apr 26, 2021 12:25"),
        "",
        '"Overall Stats"',
        line_q("Total Recipients:", "1,751"), line_q("Successful Deliveries:", "1,742"),
        line_q("Bounces:", "9 (0.5%)"), line_q("Times Forwarded:", "0"), line_q("Forwarded Opens:", "0"),
        line_q("Recipients Who Opened:", "125 (7.2%)"), line_q("Total Opens:", "213"),
        line_q("Last Open Date:", "4/30/21 6:04"), line_q("Recipients Who Clicked:", "14 (0.8%)"),
        line_q("Total Clicks:", "19"), line_q("Last Click Date:", "4/30/21 6:01"), line_q("Total Unsubs:", "2"),
        line_q("Total Abuse Complaints:", "0"), line_q("Times Liked on Facebook:", "0"),
        "",
        '"Clicks by URL"',
        line_q("URL", "Total Clicks", "Unique Clicks"),
        line_q("https://shop.example/sale?utm_source=newsletter&mc_cid=abc123", "12", "9"),
        line_q("https://shop.example/", "7", "5"),
    ])


@case(id="mailchimp/campaign_report/ab", source="mailchimp", filename="ab_campaign_report.csv", rows=2,
      origin=f"{SIMPLEDASH}: the Campaign Report of an A/B campaign, a stats block per combination (its own subject "
      "and sender, 'Total Sales:' in the account's currency) and a clicks table per combination",
      totals={"emails_sent": 876 + 875, "emails_delivered": 871 + 871, "bounces": 5 + 4, "unique_opens": 70 + 55,
              "unique_clicks": 8 + 6, "unsubscribes": 1 + 1},
      period=("2021-05-01", "2021-05-01", "rows"),
      skipped={"preamble": 3, "blank": 3, "extra_table": 6})
def ab_campaign_report(path: Path) -> None:
    def stats(n, recipients, delivered, bounces, opened, clicked, unsubs):
        return [
            f'"Combination {n} Stats"',
            line_q("Subject Line:", f"Variant {n}"), line_q("From Name:", "Example Shop"),
            line_q("From Email:", "news@shop.example"),
            line_q("Total Recipients:", recipients), line_q("Successful Deliveries:", delivered),
            line_q("Bounces:", bounces), line_q("Times Forwarded:", "0"), line_q("Forwarded Opens:", "0"),
            line_q("Recipients Who Opened:", opened), line_q("Total Opens:", "99"),
            line_q("Last Open Date:", "5/2/21 9:14"), line_q("Recipients Who Clicked:", clicked),
            line_q("Total Clicks:", "11"), line_q("Last Click Date:", "5/2/21 9:20"), line_q("Total Unsubs:", unsubs),
            line_q("Total Abuse Complaints:", "0"), line_q("Total Sales:", "CA$0.00"),
            "",
        ]
    write(path, [
        "Campaign Report",
        line_q("Title:", "May offer"), line_q("Delivery Date/Time:", "Sat, May 1, 2021 10:15"),
        "",
        *stats(1, "876", "871", "5 (0.6%)", "70 (8.0%)", "8 (0.9%)", "1"),
        *stats(2, "875", "871", "4 (0.5%)", "55 (6.3%)", "6 (0.7%)", "1"),
        '"Combination 1 Clicks by URL"', line_q("URL", "Total Clicks", "Unique Clicks"),
        line_q("https://shop.example/may", "11", "8"),
        '"Combination 2 Clicks by URL"', line_q("URL", "Total Clicks", "Unique Clicks"),
        line_q("https://shop.example/may", "9", "6"),
    ])


def line_q(*cells: str) -> str:
    """Every cell in double quotes, numbers too, as the campaign report writes them."""
    return ",".join('"' + c.replace('"', '""') + '"' for c in cells)
