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
