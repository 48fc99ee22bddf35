"""Texts of the period review: what moved a number (explain) and the review report; nl + en, same placeholders."""


def _m(nl: str, en: str) -> dict:
    return {"nl": nl, "en": en}


_MONTHS = (("januari", "January"), ("februari", "February"), ("maart", "March"), ("april", "April"),
           ("mei", "May"), ("juni", "June"), ("juli", "July"), ("augustus", "August"),
           ("september", "September"), ("oktober", "October"), ("november", "November"), ("december", "December"))

MESSAGES = {
    **{f"review.month.{i}": _m(nl, en) for i, (nl, en) in enumerate(_MONTHS, start=1)},
    # errors
    "review.bad_period": _m(
        "Periode '{value}' is niet te lezen. Schrijf een maand (2025-03), een kwartaal (2025-Q1), een jaar (2025) "
        "of VAN..TOT (2025-01-01..2025-03-31).",
        "Period '{value}' cannot be read. Write a month (2025-03), a quarter (2025-Q1), a year (2025) or FROM..TO "
        "(2025-01-01..2025-03-31)."),
    "review.bad_vs": _m(
        "Vergelijking '{value}' is niet te lezen. Kies previous (de periode ervoor) of last_year (een jaar eerder).",
        "Comparison '{value}' cannot be read. Choose previous (the period before) or last_year (a year earlier)."),
    "review.explain_growth": _m(
        "KPI '{kpi}' is zelf al een verandering; verklaar de KPI waarvan hij de groei is.",
        "KPI '{kpi}' is itself a change; explain the KPI it is the growth of."),
    "review.bad_out": _m(
        "{file}: schrijf het rapport naar een bestand dat eindigt op .xlsx of .pdf.",
        "{file}: write the report to a file ending in .xlsx or .pdf."),
    "review.out_dir": _m(
        "{file}: de map bestaat niet. Maak hem eerst aan of kies een andere plek.",
        "{file}: the folder does not exist. Create it first or choose another place."),
    # explain: words
    "review.pp": _m("{value} procentpunt", "{value} percentage points"),
    "review.pp_short": _m("{value} pp", "{value} pp"),
    "review.both_periods": _m("beide perioden", "both periods"),
    "review.none": _m("(geen)", "(none)"),
    "review.unattributed": _m("(niet toe te wijzen)", "(not attributable)"),
    # Dutch without a verb that must agree with the KPI's name (Omzet steeg, Klikken stegen)
    "review.s.rose": _m("{kpi}: {amount} hoger", "{kpi} rose {amount}"),
    "review.s.fell": _m("{kpi}: {amount} lager", "{kpi} fell {amount}"),
    "review.s.same": _m("{kpi}: gelijk gebleven op {value}.", "{kpi} stayed at {value}."),
    "review.s.sentence": _m("{head}; {rest}.", "{head}: {rest}."),
    "review.s.no_change_value": _m(
        "{kpi} heeft in een van beide perioden geen waarde: er is geen verandering te verklaren.",
        "{kpi} has no value in one of the two periods: there is no change to explain."),
    "review.s.explains": _m("{what} verklaart {amount}", "{what} explains {amount}"),
    "review.s.own": _m("de eigen {kpi} van {member}", "{member}'s own {kpi}"),
    "review.s.mix_towards": _m("de verschuiving van {den} naar {member}", "the shift of {den} towards {member}"),
    "review.s.mix_away": _m("de verschuiving van {den} weg van {member}", "the shift of {den} away from {member}"),
    "review.s.mix_towards_plain": _m("de verschuiving in de mix naar {member}",
                                     "the shift in the mix towards {member}"),
    "review.s.mix_away_plain": _m("de verschuiving in de mix weg van {member}",
                                  "the shift in the mix away from {member}"),
    "review.s.new": _m("de komst van {member}", "{member} coming in"),
    "review.s.gone": _m("het wegvallen van {member}", "{member} dropping out"),
    # explain: notes
    "review.explain.no_value": _m(
        "Over {in} heeft deze KPI geen waarde (geen gegevens, of een noemer van nul): er is geen verandering te "
        "verklaren.",
        "This KPI has no value over {in} (no data, or a denominator of zero): there is no change to explain."),
    "review.explain.new": _m(
        "{member} heeft alleen cijfers in {now}; in {before} telde het niet mee.",
        "{member} has figures only in {now}; it did not count in {before}."),
    "review.explain.gone": _m(
        "{member} heeft alleen cijfers in {before}; in {now} telt het niet meer mee.",
        "{member} has figures only in {before}; it no longer counts in {now}."),
    "review.explain.no_denominator": _m(
        "{member} heeft in {in} wel cijfers voor de teller maar niet voor de noemer: die tellen mee in het totaal "
        "en staan bij het eigen effect.",
        "{member} has figures for the numerator but none for the denominator in {in}: they count in the total and "
        "are shown as its own effect."),
    "review.explain.unattributed": _m(
        "Een deel van de verandering hoort bij geen enkel lid: deze KPI telt niet op over de leden (bijvoorbeeld "
        "unieke klanten die onder meer leden vallen).",
        "Part of the change belongs to no single member: this KPI does not add up over the members (e.g. unique "
        "customers who fall under several)."),
    "review.explain.estimated": _m(
        "Deels geschat: sommige cijfers komen uit periodeoverzichten die gelijk over hun dagen zijn verdeeld.",
        "Partly estimated: some figures come from period reports spread evenly over their days."),
    # explain: the table
    "review.col.member": _m("Lid", "Member"),
    "review.col.value_vs": _m("Ervoor", "Before"),
    "review.col.value": _m("Nu", "Now"),
    "review.col.rate": _m("Eigen effect", "Rate effect"),
    "review.col.mix": _m("Mixeffect", "Mix effect"),
    "review.col.total": _m("Bijdrage", "Contribution"),
    "review.col.share_vs": _m("Aandeel ervoor", "Share before"),
    "review.col.share": _m("Aandeel nu", "Share now"),
    "review.explain.head": _m("{kpi}, {now} tegenover {before}, per {by}", "{kpi}, {now} against {before}, by {by}"),
    "review.explain.total_row": _m("Totaal", "Total"),
    # the review report
    "review.title": _m("Periodereview", "Period review"),
    "review.period": _m("Periode", "Period"),
    "review.period_start": _m("Eerste dag", "First day"),
    "review.period_end": _m("Laatste dag", "Last day"),
    "review.vs_start": _m("Eerste dag vergelijking", "First day compared"),
    "review.vs_end": _m("Laatste dag vergelijking", "Last day compared"),
    "review.as_of": _m("Doelen beoordeeld op", "Targets judged on"),
    "review.compared_with": _m("Vergeleken met", "Compared with"),
    "review.created": _m("Gemaakt op", "Created on"),
    "review.currency": _m("Valuta", "Currency"),
    "review.vs.previous": _m("de periode ervoor", "the period before"),
    "review.vs.last_year": _m("dezelfde periode vorig jaar", "the same period last year"),
    "review.better": _m("beter", "better"),
    "review.worse": _m("slechter", "worse"),
    "review.other": _m("overige ({n})", "other ({n})"),
    "review.by": _m("per {by}", "by {by}"),
    "review.insight": _m("Inzicht", "Insight"),
    "review.warning": _m("Waarschuwing", "Warning"),
    "review.none_fired": _m("Geen inzichten of waarschuwingen in deze periode.",
                            "No insights or warnings in this period."),
    "review.no_targets": _m("Deze werkruimte heeft nog geen doelen.", "This workspace has no targets yet."),
    "review.page": _m("pagina {n}", "page {n}"),
    "review.kpis_intro": _m("{now} tegenover {before}. Een verandering is beter of slechter naar de kant die goed "
                            "is voor de KPI.",
                            "{now} against {before}. A change is better or worse by the direction that is good for "
                            "the KPI."),
    "review.target_line": _m("{kpi} {cmp} {target}, {start} t/m {deadline} · eigenaar {owner} · {status}",
                             "{kpi} {cmp} {target}, {start} to {deadline} · owner {owner} · {status}"),
    "review.written": _m("{file}: periodereview {period} tegenover {before} geschreven ({kpis} KPI's, {targets} "
                         "doelen).",
                         "{file}: period review {period} against {before} written ({kpis} KPIs, {targets} "
                         "targets)."),
    "review.line.ratio": _m("{member}: {total} (eigen {kpi} {rate}, verschuiving {mix})",
                            "{member}: {total} (own {kpi} {rate}, shift {mix})"),
    "review.line.sum": _m("{member}: {total}", "{member}: {total}"),
    "review.line.new": _m("{member}: {total} (nieuw)", "{member}: {total} (new)"),
    "review.line.gone": _m("{member}: {total} (weggevallen)", "{member}: {total} (gone)"),
    "review.chart.change": _m("Verandering tegenover {before}", "Change against {before}"),
    "review.chart.waterfall": _m("{kpi}: wat bewoog het getal (per {by})", "{kpi}: what moved the number (by {by})"),
    # sheets (at most 31 characters) and columns
    "review.sheet.summary": _m("Overzicht", "Summary"),
    "review.sheet.kpis": _m("KPI's", "KPIs"),
    "review.sheet.moved": _m("Wat bewoog het getal", "What moved each number"),
    "review.sheet.targets": _m("Doelen", "Targets"),
    "review.sheet.smart": _m("SMART-check", "SMART check"),
    "review.sheet.checkins": _m("Check-ins", "Check-ins"),
    "review.sheet.insights": _m("Inzichten en waarschuwingen", "Insights and warnings"),
    "review.sheet.charts": _m("Grafieken", "Charts"),
    "review.col.item": _m("Onderdeel", "Item"),
    "review.col.detail": _m("Waarde", "Value"),
    "review.col.kpi": _m("KPI", "KPI"),
    "review.col.id": _m("Id", "Id"),
    "review.col.actual": _m("Realisatie", "Actual"),
    "review.col.comparison": _m("Vergelijking", "Comparison"),
    "review.col.change": _m("Verandering", "Change"),
    "review.col.change_pct": _m("Verandering %", "Change %"),
    "review.col.target": _m("Doel", "Target"),
    "review.col.status": _m("Status", "Status"),
    "review.col.summary": _m("Wat bewoog het", "What moved it"),
    "review.col.by": _m("Per", "By"),
    "review.col.numerator": _m("Teller nu", "Numerator now"),
    "review.col.denominator": _m("Noemer nu", "Denominator now"),
    "review.col.numerator_vs": _m("Teller ervoor", "Numerator before"),
    "review.col.denominator_vs": _m("Noemer ervoor", "Denominator before"),
    "review.col.target_title": _m("Doel", "Target"),
    "review.col.cmp": _m("Vergelijking", "Comparison"),
    "review.col.start": _m("Start", "Start"),
    "review.col.deadline": _m("Deadline", "Deadline"),
    "review.col.owner": _m("Eigenaar", "Owner"),
    "review.col.actual_to_date": _m("Stand", "Actual to date"),
    "review.col.expected_to_date": _m("Verwacht", "Expected to date"),
    "review.col.forecast": _m("Prognose", "Forecast"),
    "review.col.forecast_low": _m("Prognose laag", "Forecast low"),
    "review.col.forecast_high": _m("Prognose hoog", "Forecast high"),
    "review.col.forecast_range": _m("Bandbreedte (95%)", "Range (95%)"),
    "review.col.required_per_week": _m("Nodig per week", "Required per week"),
    "review.col.letter": _m("SMART", "SMART"),
    "review.col.level": _m("Oordeel", "Verdict"),
    "review.col.reason": _m("Toelichting", "Reason"),
    "review.col.date": _m("Datum", "Date"),
    "review.col.value_ci": _m("Waarde", "Value"),
    "review.col.note": _m("Notitie", "Note"),
    "review.col.kind": _m("Soort", "Kind"),
    "review.col.message": _m("Melding", "Message"),
    # the Review page
    "review.ui.title": _m("Periodereview", "Period review"),
    "review.ui.intro": _m("De vaste maand- of kwartaalbespreking: elke KPI tegenover de periode ervoor of vorig jaar, "
                          "wat het getal bewoog, de doelen en wat opviel. Download het als Excel of PDF om achter te "
                          "laten.",
                          "The regular monthly or quarterly review: every KPI against the period before or last "
                          "year, what moved each number, the targets and what stood out. Download it as Excel or PDF "
                          "to leave behind."),
    "review.ui.kind": _m("Soort periode", "Kind of period"),
    "review.ui.kind.month": _m("Maand", "Month"),
    "review.ui.kind.quarter": _m("Kwartaal", "Quarter"),
    "review.ui.kind.year": _m("Jaar", "Year"),
    "review.ui.kind.range": _m("Eigen periode", "Custom range"),
    "review.ui.period": _m("Periode", "Period"),
    "review.ui.dates": _m("Van en tot en met", "From and to"),
    "review.ui.pick_end": _m("Kies ook de laatste dag van de periode.", "Pick the last day of the period too."),
    "review.ui.vs": _m("Vergelijk met", "Compare with"),
    "review.ui.caption": _m("{now} ({start} t/m {end}) tegenover {before} ({pstart} t/m {pend}).",
                            "{now} ({start} to {end}) against {before} ({pstart} to {pend})."),
    "review.ui.download_xlsx": _m("Download Excel (.xlsx)", "Download Excel (.xlsx)"),
    "review.ui.download_pdf": _m("Download PDF", "Download PDF"),
    "review.ui.kpis": _m("KPI's", "KPIs"),
    "review.ui.moved": _m("Wat bewoog het getal", "What moved each number"),
    "review.ui.why": _m("Waarom? Kies een KPI", "Why? Pick a KPI"),
    "review.ui.by": _m("Per", "By"),
    "review.ui.targets": _m("Doelen", "Targets"),
    "review.ui.insights": _m("Inzichten en waarschuwingen", "Insights and warnings"),
    "review.ui.no_kpis": _m("Geen KPI's om te tonen in deze periode.", "No KPIs to show for this period."),
}
