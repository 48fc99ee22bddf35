"""Texts for targets, SMART, pacing, planner and insights (nl + en, same placeholders)."""

MESSAGES = {
    "targets.period_data": {
        "nl": "De stand rust deels op periodecijfers (een rapport over een maand of langer, zonder dagen): die zijn "
              "gelijk over hun dagen verdeeld, dus het tempo per dag is een schatting.",
        "en": "The actual rests partly on period figures (a report over a month or longer, without days): those are "
              "spread evenly over their days, so the daily pace is an estimate.",
    },
    # YAML import
    "targets.yaml_syntax": {
        "nl": "{file}, regel {line}: geen geldige YAML ({detail}).",
        "en": "{file}, line {line}: not valid YAML ({detail}).",
    },
    "targets.not_a_list": {
        "nl": "{file}, regel {line}: verwacht een lijst van targets (elk target begint met '- id: ...').",
        "en": "{file}, line {line}: expected a list of targets (each target starts with '- id: ...').",
    },
    "targets.not_a_mapping": {
        "nl": "{file}, regel {line}: een target is een reeks 'sleutel: waarde'-regels.",
        "en": "{file}, line {line}: a target is a set of 'key: value' lines.",
    },
    "targets.unknown_key": {
        "nl": "{file}, regel {line}: target '{target}': onbekende sleutel '{key}'. Toegestaan: {allowed}.",
        "en": "{file}, line {line}: target '{target}': unknown key '{key}'. Allowed: {allowed}.",
    },
    "targets.missing_key": {
        "nl": "{file}, regel {line}: target '{target}': '{key}' ontbreekt.",
        "en": "{file}, line {line}: target '{target}': '{key}' is missing.",
    },
    "targets.bad_value": {
        "nl": "{file}, regel {line}: target '{target}': '{key}' is '{value}', verwacht {expected}.",
        "en": "{file}, line {line}: target '{target}': '{key}' is '{value}', expected {expected}.",
    },
    "targets.deadline_before_start": {
        "nl": "{file}, regel {line}: target '{target}': deadline {deadline} ligt voor de start {start}.",
        "en": "{file}, line {line}: target '{target}': deadline {deadline} is before the start {start}.",
    },
    "targets.duplicate_id": {
        "nl": "{file}, regel {line}: target '{target}' staat er al (regel {first}). Geef elk target een eigen id.",
        "en": "{file}, line {line}: target '{target}' is already there (line {first}). Give each target its own id.",
    },
    "targets.unknown_kpi": {
        "nl": "Doel '{target}': KPI '{kpi}' bestaat niet. Kies een KPI uit de catalogus of maak hem eerst aan.",
        "en": "Target '{target}': KPI '{kpi}' does not exist. Pick a catalogue KPI or create it first.",
    },
    "targets.bad_date": {
        "nl": "'{value}' is geen datum. Schrijf JJJJ-MM-DD.",
        "en": "'{value}' is not a date. Write YYYY-MM-DD.",
    },
    "targets.imported": {"nl": "{count} targets ingelezen: {ids}.", "en": "{count} targets imported: {ids}."},
    "targets.none": {"nl": "Nog geen targets in deze werkruimte.", "en": "No targets in this workspace yet."},
    "targets.no_data": {
        "nl": "Doel '{target}': nog geen gegevens voor {kpi} in de periode.",
        "en": "Target '{target}': no data yet for {kpi} in its period.",
    },
    "targets.not_paced": {
        "nl": "Doel '{target}': {kpi} is een groei- of levensduurcijfer zonder dagelijks verloop; geen voortgang "
              "berekend. Zet het doel op de onderliggende KPI (bijv. omzet).",
        "en": "Target '{target}': {kpi} is a growth or lifetime figure with no day-by-day course; no progress "
              "computed. Set the target on the underlying KPI (e.g. revenue).",
    },
    "targets.seasonal_fallback": {
        "nl": "Doel '{target}': geen volledig jaar historie voor seizoenspatroon; lineair verdeeld.",
        "en": "Target '{target}': no full year of history for a seasonal shape; spread linearly.",
    },
    # status words
    "targets.status.on_track": {"nl": "op koers", "en": "on track"},
    "targets.status.at_risk": {"nl": "risico", "en": "at risk"},
    "targets.status.off_track": {"nl": "uit koers", "en": "off track"},
    "targets.status.achieved": {"nl": "gehaald", "en": "achieved"},
    "targets.status.missed": {"nl": "niet gehaald", "en": "missed"},
    "targets.status.none": {"nl": "geen gegevens", "en": "no data"},
    "targets.status_line": {
        "nl": "{id} ({kpi}): {status}. Stand {actual}, verwacht {expected}, doel {target} op {deadline}; "
              "prognose {forecast} ({low} – {high}); nodig per week {per_week}.",
        "en": "{id} ({kpi}): {status}. Actual {actual}, expected {expected}, target {target} by {deadline}; "
              "forecast {forecast} ({low} – {high}); needed per week {per_week}.",
    },
    # SMART
    "smart.s_pass": {"nl": "Specifiek: {kpi} voor {scope}.", "en": "Specific: {kpi} for {scope}."},
    "smart.s_no_scope": {
        "nl": "Geen afbakening: {kpi} over alle gegevens. Noem kanaal, campagne of bron als dat bedoeld is.",
        "en": "No scope: {kpi} over all data. Name a channel, campaign or source if that is meant.",
    },
    "smart.s_no_kpi": {"nl": "Geen KPI gekozen.", "en": "No KPI chosen."},
    "smart.s_title_only": {
        "nl": "Alleen een titel ('{title}'): kies de KPI die het meet.",
        "en": "Only a title ('{title}'): choose the KPI that measures it.",
    },
    "smart.m_pass": {"nl": "Meetbaar: {kpi} is te berekenen, doel {target}.",
                     "en": "Measurable: {kpi} can be computed, target {target}."},
    "smart.m_not_number": {"nl": "Het doel '{value}' is geen getal.", "en": "The target '{value}' is not a number."},
    "smart.m_unknown_kpi": {"nl": "KPI '{kpi}' is onbekend.", "en": "KPI '{kpi}' is unknown."},
    "smart.m_unchecked": {
        "nl": "Niet nagegaan of de gegevens voor {kpi} er zijn.",
        "en": "Not checked whether the data for {kpi} is there.",
    },
    "smart.m_no_data": {
        "nl": "{kpi} is niet te berekenen: geen {missing} in deze werkruimte. Upload een export met die kolommen.",
        "en": "{kpi} cannot be computed: no {missing} in this workspace. Upload an export with those columns.",
    },
    "smart.a_pass": {"nl": "Eigenaar {owner}, afgesproken met {agreed_by} {agreed_on}.",
                     "en": "Owner {owner}, agreed with {agreed_by} {agreed_on}."},
    "smart.a_no_agreement": {
        "nl": "Eigenaar {owner}, maar niet vastgelegd met wie het is afgesproken.",
        "en": "Owner {owner}, but no record of who agreed to it.",
    },
    "smart.a_no_owner": {
        "nl": "Afgesproken met {agreed_by}, maar er is geen eigenaar.",
        "en": "Agreed with {agreed_by}, but there is no owner.",
    },
    "smart.a_missing": {
        "nl": "Geen eigenaar en geen afspraak vastgelegd: wie is verantwoordelijk en wie stemde in?",
        "en": "No owner and no agreement recorded: who is responsible and who agreed?",
    },
    "smart.r_no_history": {
        "nl": "Geen historie van {kpi} voor de start: realisme niet te beoordelen.",
        "en": "No history of {kpi} before the start: realism cannot be judged.",
    },
    "smart.r_no_baseline": {
        "nl": "Uitgangswaarde {baseline} van {kpi}: een groei per maand is niet te berekenen.",
        "en": "Baseline {baseline} of {kpi}: a monthly growth cannot be computed.",
    },
    "smart.r_already": {
        "nl": "Realistisch: de uitgangswaarde {baseline} haalt het doel {target} al.",
        "en": "Realistic: the baseline {baseline} already meets the target {target}.",
    },
    "smart.r_short_history": {
        "nl": "Van {baseline} naar {target} vraagt {required} verbetering per maand; {months} maanden historie is "
              "te kort om dat te beoordelen.",
        "en": "From {baseline} to {target} takes {required} improvement per month; {months} months of history is "
              "too short to judge that.",
    },
    "smart.r_realistic": {
        "nl": "Realistisch: van {baseline} naar {target} vraagt {required} verbetering per maand; mediaan "
              "tot nu {median}, beste {best} ({months} maanden).",
        "en": "Realistic: from {baseline} to {target} takes {required} improvement per month; median "
              "so far {median}, best {best} ({months} months).",
    },
    "smart.r_ambitious": {
        "nl": "Ambitieus: van {baseline} naar {target} vraagt {required} verbetering per maand, meer dan "
              "de mediaan {median} maar haalbaar gezien de beste maand {best} ({months} maanden).",
        "en": "Ambitious: from {baseline} to {target} takes {required} improvement per month, above "
              "the median {median} but within the best month {best} ({months} months).",
    },
    "smart.r_unrealistic": {
        "nl": "Onrealistisch: van {baseline} naar {target} vraagt {required} verbetering per maand, meer dan "
              "de beste maand ooit {best} (mediaan {median}, {months} maanden).",
        "en": "Unrealistic: from {baseline} to {target} takes {required} improvement per month, more "
              "than the best month ever {best} (median {median}, {months} months).",
    },
    "smart.t_pass": {"nl": "Tijdgebonden: {start} t/m {deadline} ({days} dagen).",
                     "en": "Time-bound: {start} to {deadline} ({days} days)."},
    "smart.t_missing": {"nl": "Geen start of deadline.", "en": "No start or deadline."},
    "smart.t_not_after_start": {
        "nl": "De deadline {deadline} ligt niet na de start {start}.",
        "en": "The deadline {deadline} is not after the start {start}.",
    },
    # insights
    "insight.jungle": {
        "nl": "{count} actieve targets in het domein {domain} ({targets}). Houd het bij 2 à {limit}: met te veel "
              "KPI's ontstaat een oerwoud zonder overzicht en werken ze elkaar tegen.",
        "en": "{count} active targets in the {domain} domain ({targets}). Keep it to 2-{limit}: too many KPIs "
              "make a jungle without overview, and they start working against each other.",
    },
    "insight.all_data": {"nl": "alle gegevens", "en": "all data"},
    "insight.conflict_volume_efficiency": {
        "nl": "'{volume}' ({volume_kpi}) en '{other}' ({other_kpi}) trekken tegen elkaar in op {scope}: meer "
              "volume kost extra, duurdere resultaten; efficiëntie vraagt juist om die te schrappen.",
        "en": "'{volume}' ({volume_kpi}) and '{other}' ({other_kpi}) pull against each other on {scope}: more "
              "volume means buying extra, more expensive results; efficiency means cutting exactly those.",
    },
    "insight.conflict_budget_volume": {
        "nl": "'{volume}' ({volume_kpi}) wil groeien terwijl '{other}' ({other_kpi}) het budget beperkt op "
              "{scope}: minder uitgeven en meer halen kan alleen als de efficiëntie sterk stijgt.",
        "en": "'{volume}' ({volume_kpi}) must grow while '{other}' ({other_kpi}) caps the budget on {scope}: "
              "spending less and getting more only works if efficiency rises sharply.",
    },
    "insight.orders_up_margin_down": {
        "nl": "Orders stegen {up_change} ({up_prev} → {up_cur}) maar de marge daalde {down_change} ({down_prev} → "
              "{down_cur}). Kijk naar productmix, kosten of prijzen.",
        "en": "Orders rose {up_change} ({up_prev} → {up_cur}) but margin fell {down_change} ({down_prev} → "
              "{down_cur}). Check the product mix, costs or prices.",
    },
    "insight.orders_up_roas_down": {
        "nl": "Orders stegen {up_change} ({up_prev} → {up_cur}) maar de ROAS daalde {down_change} ({down_prev} → "
              "{down_cur}). Groei wordt duur gekocht: kijk naar biedingen, productmix of prijzen.",
        "en": "Orders rose {up_change} ({up_prev} → {up_cur}) but ROAS fell {down_change} ({down_prev} → "
              "{down_cur}). Growth is bought dearly: check bids, product mix or prices.",
    },
    "insight.ctr_up_cvr_down": {
        "nl": "CTR steeg {up_change} ({up_prev} → {up_cur}) maar CVR daalde {down_change} ({down_prev} → "
              "{down_cur}). Meer klikken, minder conversies: kijk naar de landingspagina en of advertentie en "
              "pagina hetzelfde beloven.",
        "en": "CTR rose {up_change} ({up_prev} → {up_cur}) but CVR fell {down_change} ({down_prev} → "
              "{down_cur}). More clicks, fewer conversions: check the landing page and whether ad and page "
              "promise the same.",
    },
    "insight.leading_lag": {
        "nl": "{leading} loopt {lag} weken voor op {kpi} (correlatie {r}, {strength}, {n} weken).",
        "en": "{leading} runs {lag} weeks ahead of {kpi} (correlation {r}, {strength}, {n} weeks).",
    },
    "insight.strength.weak": {"nl": "zwak", "en": "weak"},
    "insight.strength.moderate": {"nl": "matig", "en": "moderate"},
    "insight.strength.strong": {"nl": "sterk", "en": "strong"},
    # planner
    "plan.unknown_outcome": {
        "nl": "De planner werkt terug vanaf {allowed}, niet vanaf '{kpi}'.",
        "en": "The planner works back from {allowed}, not from '{kpi}'.",
    },
    "plan.unknown_ratio": {
        "nl": "Onbekende verhouding '{ratio}'. Te overschrijven: {allowed}.",
        "en": "Unknown ratio '{ratio}'. Can be overridden: {allowed}.",
    },
    "plan.bad_override": {
        "nl": "'{value}': schrijf een overschrijving als naam=getal, bijv. cpc=0.8.",
        "en": "'{value}': write an override as name=number, e.g. cpc=0.8.",
    },
    "plan.header": {
        "nl": "Om {target} {kpi} te halen van {start} t/m {end}:",
        "en": "To reach {target} {kpi} from {start} to {end}:",
    },
    "plan.need": {"nl": "  {what}: {total} ({per_week} per week)", "en": "  {what}: {total} ({per_week} per week)"},
    "plan.ratio": {
        "nl": "  {ratio} = {value} ({source}, {start} t/m {end})",
        "en": "  {ratio} = {value} ({source}, {start} to {end})",
    },
    "plan.source.history": {"nl": "historie", "en": "history"},
    "plan.source.override": {"nl": "opgegeven", "en": "given"},
    "plan.ratios": {"nl": "Verhoudingen:", "en": "Ratios:"},
    "plan.missing": {
        "nl": "Ontbreekt in de gegevens: {ratios}. Geef ze op met --set naam=waarde.",
        "en": "Missing from the data: {ratios}. Give them with --set name=value.",
    },
    "plan.yield": {"nl": "Budget {budget} levert naar verwachting:", "en": "Budget {budget} should yield:"},
    # limits of a targets file
    "targets.too_large": {
        "nl": "{file}: {size_mb} MB; een targetsbestand is hooguit {limit_mb} MB. Splits het in meer bestanden.",
        "en": "{file}: {size_mb} MB; a targets file is at most {limit_mb} MB. Split it into several files.",
    },
    "targets.encoding": {
        "nl": "{file}: niet te lezen als UTF-8- of UTF-16-tekst. Sla het bestand op als UTF-8.",
        "en": "{file}: cannot be read as UTF-8 or UTF-16 text. Save the file as UTF-8.",
    },
    "targets.too_many": {
        "nl": "{file}: meer dan {limit} targets; één bestand mag er hooguit {limit} hebben (KOERS_MAX_TARGETS). "
              "Er is niets ingelezen.",
        "en": "{file}: more than {limit} targets; one file may hold at most {limit} (KOERS_MAX_TARGETS). "
              "Nothing was imported.",
    },
    "targets.too_deep": {
        "nl": "{file}, regel {line}: meer dan {limit} niveaus genest; een targetsbestand heeft er 3 (lijst, target, "
              "scope). Er is niets ingelezen.",
        "en": "{file}, line {line}: nested more than {limit} levels deep; a targets file has 3 (list, target, "
              "scope). Nothing was imported.",
    },
    "targets.aliases": {
        "nl": "{file}: de ankers en verwijzingen (&naam, *naam) worden samen meer dan {limit} waarden, of verwijzen "
              "naar zichzelf. Schrijf de waarden uit. Er is niets ingelezen.",
        "en": "{file}: its anchors and aliases (&name, *name) expand to more than {limit} values, or refer to "
              "themselves. Write the values out. Nothing was imported.",
    },
    # a date on the command line
    "cli.date_out_of_range": {
        "nl": "{option} {value}: een datum valt in {min_year}–{max_year} (te wijzigen met KOERS_MIN_YEAR en "
              "KOERS_MAX_YEAR).",
        "en": "{option} {value}: a date falls in {min_year}–{max_year} (change that with KOERS_MIN_YEAR and "
              "KOERS_MAX_YEAR).",
    },
    # limits of a custom KPI formula
    "formula.too_long": {
        "nl": "De formule is {length} tekens lang; hooguit {limit}. Schrijf haar korter.",
        "en": "The formula is {length} characters long; at most {limit}. Write it shorter.",
    },
    "formula.too_deep": {
        "nl": "De formule is te diep genest of te ingewikkeld (positie {position}; hooguit {limit} niveaus haakjes, "
              "mintekens of bewerkingen achter elkaar). Schrijf haar eenvoudiger, als één breuk.",
        "en": "The formula nests too deeply or is too complex (position {position}; at most {limit} levels of "
              "parentheses, minus signs or operations in a row). Write it simpler, as one fraction.",
    },
}
