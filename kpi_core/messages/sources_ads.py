"""Rules the ad and analytics sources apply (said in a read's warnings)."""

MESSAGES = {
    "rule.ad_sales_are_conversion_value": {
        "nl": "Verkopen die het advertentieplatform aan zijn advertenties toeschrijft (zoals Revenue of "
              "7 Day Total Sales) tellen als conversiewaarde, niet als omzet. Omzet komt uit je webshop of analytics.",
        "en": "Sales the ad platform attributes to its ads (such as Revenue or 7 Day Total Sales) count as "
              "conversion value, not as revenue. Revenue comes from your shop or analytics.",
    },
    "rule.amazon_orders_are_conversions": {
        "nl": "Bestellingen uit Amazon ('7 Day Total Orders (#)', 'Orders' of hoe de export ze noemt) tellen als "
              "conversies.",
        "en": "Orders from Amazon ('7 Day Total Orders (#)', 'Orders' or however the export names them) count as "
              "conversions.",
    },
    "rule.meta_results_by_indicator": {
        "nl": "Meta-'Resultaten' tellen volgens hun resultaatindicator: aankopen en aangepaste conversies als "
              "conversies, leads als leads; andere soorten (linkklikken, bereik, videoweergaven) tellen nergens mee. "
              "Heeft het bestand een kolom met aankopen of leads, dan telt die kolom in plaats van de resultaten.",
        "en": "Meta 'Results' count by their result indicator: purchases and custom conversions as conversions, "
              "leads as leads; other kinds (link clicks, reach, video plays) count as nothing. Where the file has a "
              "purchases or leads column, that column counts instead of the results.",
    },
    "rule.meta_purchases_column": {
        "nl": "Conversies zijn de kolom met aankopen, op elke rij, welk resultaattype de rij ook heeft: ook "
              "campagnes die op iets anders optimaliseren (zoals toevoegingen aan winkelwagen) verkopen.",
        "en": "Conversions are the purchases column, on every row, whatever the row's result type: campaigns that "
              "optimise for something else (such as adds to cart) sell too.",
    },
    "rule.meta_clicks_are_link_clicks": {
        "nl": "Klikken uit Meta zijn 'Klikken op links', niet 'Klikken (alle)'.",
        "en": "Clicks from Meta are 'Link clicks', not 'Clicks (all)'.",
    },
    "rule.meta_custom_conversions": {
        "nl": "{count} rijen hebben aangepaste conversies als resultaat (resultaatindicator "
              "'offsite_conversion.custom'): die tellen als conversies, wat de conversie ook meet (een lead, een "
              "aankoop).",
        "en": "{count} rows have custom conversions as their results (result indicator 'offsite_conversion.custom'): "
              "they count as conversions, whatever the conversion stands for (a lead, a purchase).",
    },
    "rule.meta_other_results": {
        "nl": "{count} rijen hebben resultaten van een andere soort dan aankopen of leads; die tellen niet mee.",
        "en": "{count} rows have results of another kind than purchases or leads; they are not counted.",
    },
    "rule.ga4_key_events_are_conversions": {
        "nl": "GA4 'Belangrijke gebeurtenissen' (voorheen Conversies) tellen als conversies; sessies zijn alle "
              "sessies, niet alleen de betrokken sessies.",
        "en": "GA4 'Key events' (formerly Conversions) count as conversions; sessions are all sessions, not only "
              "engaged sessions.",
    },
    "source.tiktok.skan_apart": {
        "nl": "{count} conversies in 'Conversions (SKAN)' tellen niet mee: TikTok meldt die iOS-conversies (Apple's "
              "SKAdNetwork) apart en dagen later. Conversies zijn alleen de kolom Conversions.",
        "en": "{count} conversions in 'Conversions (SKAN)' are not counted: TikTok reports those iOS conversions "
              "(Apple's SKAdNetwork) apart and days late. Conversions are the Conversions column alone.",
    },
    "source.bing_webmaster.tables_incomplete": {
        "nl": "Tabellen per zoekwoord of pagina tellen niet op tot de klikken en vertoningen van de site: Bing laat er "
              "zoekwoorden uit weg en telt een zoekopdracht voor elke pagina die hij toonde. Gebruik het overzicht per "
              "datum (Zoekprestaties) voor totalen.",
        "en": "Tables by keyword or page do not add up to the site's clicks and impressions: Bing leaves keywords out "
              "of them and counts a search once for every page it showed. Use the overview by date (Search "
              "Performance) for totals.",
    },
    "source.search_console.appearance_incomplete": {
        "nl": "Een tabel per zoekopmaak telt alleen de resultaten met een bijzondere weergave (zoals productfragmenten "
              "of reviewfragmenten), elk onder elke weergave die het had; de meeste resultaten hebben er geen. Zijn "
              "som is dus niet het totaal van de site: gebruik de tabel per datum (Diagram/Datums) voor totalen.",
        "en": "A table by search appearance counts only the results shown with a special look (such as product or "
              "review snippets), each under every look it had; most results have none. Its sum is not the site's "
              "total: use the table by date (Chart/Dates) for totals.",
    },
    "source.search_console.tables_incomplete": {
        "nl": "Tabellen per zoekopdracht of pagina tellen anders dan de site: ze stoppen bij 1000 rijen, die per "
              "zoekopdracht laten geanonimiseerde zoekopdrachten weg (hun som ligt lager) en die per pagina tellen "
              "een zoekopdracht voor elke pagina die hij toonde (hun som ligt vaak hoger). Gebruik de tabel per datum "
              "(Diagram/Datums) voor totalen.",
        "en": "Tables by query or page count otherwise than the site: they stop at 1,000 rows, those by query leave "
              "out anonymised queries (their sum is lower) and those by page count a search once for every page it "
              "showed (their sum is often higher). Use the table by date (Chart/Dates) for totals.",
    },
}
