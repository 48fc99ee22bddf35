"""Meta Ads Manager "Export table data" (CSV/XLSX): Results counted by their result indicator, link clicks."""

from .base import Event, source

# Result indicators are API action keys ('actions:offsite_conversion.fb_pixel_purchase', 'actions:lead',
# 'actions:onsite_conversion.lead_grouped') or, in newer exports, words ('Website purchases', 'Leads').
PURCHASE = "regexp_matches(lower(coalesce(result_indicator, '')), 'purchase|aankoop|aankopen')"
LEAD = f"(NOT {PURCHASE} AND regexp_matches(lower(coalesce(result_indicator, '')), 'lead'))"

# measure -> (SQL over fields, fields it needs, fields that make it a fallback only)
MEASURES = {
    "impressions": ("impressions", ("impressions",), ()),
    "reach": ("reach", ("reach",), ()),
    "clicks": ("clicks", ("clicks",), ()),
    "cost": ("cost", ("cost",), ()),
    "conversion_value": ("conversion_value", ("conversion_value",), ()),
    "video_views": ("video_views", ("video_views",), ()),
    # Results only mean something with their indicator: purchases are conversions, leads are leads, other
    # kinds (link clicks, reach, ThruPlays) are counted as nothing.
    "conversions": (f"CASE WHEN {PURCHASE} THEN results END", ("results", "result_indicator"), ()),
    "leads": (f"CASE WHEN {LEAD} THEN results END", ("results", "result_indicator"), ()),
}
FALLBACKS = {  # exports without Results: the purchase and lead columns themselves
    "conversions": ("purchases", ("purchases",), ("results",)),
    "leads": ("lead_count", ("lead_count",), ("results",)),
}

# Meta's first row (the summary row) has no name in any name column. Until the reader sets aside summary rows
# of event sources, each event skips it by the first name column the file has.
NAMED = (("campaign IS NOT NULL", ("campaign",), ()),
         ("ad_group IS NOT NULL", ("ad_group",), ("campaign",)),
         ("TRUE", (), ("campaign", "ad_group")))


def _events() -> tuple[Event, ...]:
    out = []
    for m, (sql, needs, unless) in [*MEASURES.items(), *FALLBACKS.items()]:
        for where, n2, u2 in NAMED:
            out.append(Event(date="date", measures={m: sql}, where=where, needs=(*needs, *n2),
                             unless=(*unless, *u2)))
    return tuple(out)


SOURCE = source(
    id="meta_ads",
    name="Meta Ads Manager",
    columns={
        "Reporting starts": "date", "Start rapportage": "date", "Begin rapportage": "date",
        "Reporting ends": "date_end", "Einde rapportage": "date_end",
        "Campaign name": "campaign", "Campagnenaam": "campaign", "Naam campagne": "campaign",
        "Ad set name": "ad_group", "Naam advertentieset": "ad_group", "Advertentiesetnaam": "ad_group",
        "Account name": "account", "Accountnaam": "account",
        "Impressions": "impressions", "Weergaven": "impressions",
        "Reach": "reach", "Bereik": "reach",
        "Link clicks": "clicks", "Klikken op links": "clicks", "Linkklikken": "clicks", "Linkkliks": "clicks",
        "Amount spent": "cost", "Besteed bedrag": "cost",  # '(EUR)' is stripped when headers are compared
        "Purchases conversion value": "conversion_value", "Website purchases conversion value": "conversion_value",
        "Conversiewaarde aankopen": "conversion_value", "Conversiewaarde van aankopen": "conversion_value",
        "Conversiewaarde van aankopen op website": "conversion_value",
        "ThruPlays": "video_views",
        "Results": "results", "Resultaten": "results",
        "Result indicator": "result_indicator", "Result type": "result_indicator",
        "Resultaatindicator": "result_indicator", "Resultatenindicator": "result_indicator",
        "Resultaattype": "result_indicator",
        "Purchases": "purchases", "Website purchases": "purchases", "Aankopen": "purchases",
        "Aankopen op website": "purchases",
        "Leads": "lead_count",
    },
    markers=["Reporting starts", "Reporting ends", "Result indicator", "Result type", "Cost per results",
             "Cost per result", "Amount spent", "Campaign delivery", "Ad set delivery", "Ad delivery",
             "Attribution setting", "CPM (cost per 1,000 impressions)", "CTR (link click-through rate)",
             "CPC (cost per link click)", "Purchase ROAS (return on ad spend)", "Link clicks",
             "Start rapportage", "Begin rapportage", "Einde rapportage", "Resultaatindicator", "Resultatenindicator",
             "Resultaattype", "Besteed bedrag", "Kosten per resultaat", "Weergavestatus", "Toeschrijvingsinstelling",
             "Klikken op links", "CPM (kosten per 1000 weergaven)"],
    required=[{"date"}, {"impressions", "cost", "clicks", "results"}],
    derived=["Cost per results", "Cost per result", "Kosten per resultaat", "Frequency", "Frequentie",
             "CPM (cost per 1,000 impressions)", "CPM (kosten per 1000 weergaven)", "CTR (link click-through rate)",
             "CTR (doorklikratio voor klikken op link)", "CTR (all)", "CTR (alle)", "CPC (cost per link click)",
             "CPC (kosten per klik op link)", "CPC (all)", "Purchase ROAS (return on ad spend)",
             "ROAS (rendement op advertentie-uitgaven) voor aankoop", "Results ROAS", "Cost per lead",
             "Kosten per lead", "Cost per purchase", "Kosten per aankoop", "Unique CTR (link click-through rate)"],
    fields={"date_end": "date", "results": "number", "result_indicator": "text", "purchases": "number",
            "lead_count": "number"},
    events=_events(),
    summary_rows=True,  # the first row, with no campaign name, sums the account
    channel="Meta Ads",
    warnings=("rule.meta_results_by_indicator", "rule.meta_clicks_are_link_clicks"),
    checks=(("rule.meta_other_results",
             f"count(*) FILTER (WHERE results > 0 AND result_indicator IS NOT NULL AND NOT {PURCHASE} "
             f"AND NOT {LEAD})"),),
)
