"""LinkedIn Campaign Manager "Campaign performance" export: a report block above the header, dates M/D/YYYY."""

from .base import source

SOURCE = source(
    id="linkedin_ads",
    name="LinkedIn Campaign Manager",
    columns={
        "Start Date (in UTC)": "date", "End Date (in UTC)": "date_end",
        "Account Name": "account",
        "Campaign Name": "campaign",
        "Impressions": "impressions",
        "Clicks": "clicks",
        "Total Spent": "cost", "Amount Spent": "cost",
        "Conversions": "conversions",
        "Total Conversion Value": "conversion_value",
        "Leads": "leads",
        "Video Views": "video_views",
        "Reach": "reach", "Approximate Member Reach": "reach", "Approximate Unique Member Reach": "reach",
        # Dutch interface (Campaign Manager follows the member's language): the Dutch ad performance export a
        # public test fixture of linkedin-ads-parse copies. Google Ads shares Valuta, Status campagne and Klikken.
        "Begindatum (in UTC)": "date",
        "Accountnaam": "account",
        "Campagnenaam": "campaign",
        "Weergaven": "impressions",
        "Klikken": "clicks",
        "Totaal besteed": "cost",
        "Conversies": "conversions",
        # German interface: the export a public node:test of an ads CSV reader embeds (tab-separated, '330,51',
        # dates D.M.YYYY). Google Ads in German shares Klicks, Impressionen and Conversions.
        "Startdatum (in UTC)": "date",
        "Name der Kampagne": "campaign",
        "Name der Anzeigengruppe": "ad_group",
        "Gesamtausgaben": "cost",
        "Klicks": "clicks",
        # Portuguese interface (rogeritael/jbt_campaigns_automation linkedin_08.csv: UTF-16, tabs, '454,06', dates
        # D/M/YYYY). Its 'Tipo de custo' (CPM, CPC) is the bid's kind, never money.
        "Data de início (em UTC)": "date", "Data de término (em UTC)": "date_end",
        "Nome da conta": "account",
        "Nome da campanha": "campaign",
        "Impressões": "impressions",
        "Cliques": "clicks",
        "Total investido": "cost",
        "Conversões": "conversions",
        "Valor total da conversão": "conversion_value",
        "Alcance": "reach",
    },
    markers=["Start Date (in UTC)", "End Date (in UTC)", "Campaign Group Name", "Total Spent",
             "Clicks to Landing Page", "Total Conversion Value", "Lead Forms Opened", "Click Through Rate",
             "Average CPM", "Average CPC", "Campaign Objective", "Approximate Member Reach",
             "Begindatum (in UTC)", "Totaal besteed", "Doorklikfrequentie (CTR)", "Gemiddelde CPM", "Gemiddelde CPC",
             "Aantal interacties", "Klikken naar bestemmingspagina", "Naam van advertentieset",
             "Doelstelling van advertentieset", "Inleidende advertentietekst", "Kop van advertentie",
             "Startdatum (in UTC)", "Gesamtausgaben", "Name der Anzeigengruppe", "Anzeigengruppen-ID",
             "Data de início (em UTC)", "Data de término (em UTC)", "Total investido", "Nome do grupo de campanhas",
             "Objetivo da campanha", "Média de CPM", "Média de CPC", "Formulários de leads abertos",
             "Cliques que levam à página de destino"],
    required=[{"date"}, {"impressions", "clicks", "cost"}],
    derived=["Click Through Rate", "Average CPM", "Average CPC", "Cost per Conversion", "Cost per Lead",
             "Conversion Rate", "Lead Form Completion Rate", "Average Frequency", "Return on Ad Spend",
             "Doorklikfrequentie (CTR)", "Gemiddelde CPM", "Gemiddelde CPC",
             "Taxa de cliques", "Média de CPM", "Média de CPC", "Taxa de engajamento", "Custo por disparo",
             "Taxa de abertura", "Custo por mensagem aberta", "Taxa de cliques (Sponsored Messaging)",
             "Taxa de conversão", "Custo por conversão", "Retorno do investimento por conversão", "Custo por lead",
             "Taxa de preenchimento de formulário de leads", "Frequência média", "Custo por 1.000 pessoas alcançadas",
             "Média de investimento diário", "Taxa de preenchimento de formulário de leads (e-mail corporativo)"],
    fields={"date_end": "date"},
    channel="LinkedIn Ads",
    # Campaign Manager writes M/D/YYYY in English, D-M-YYYY in Dutch and D/M/YYYY in Portuguese; a column decides
    # itself once a day passes 12, before that the habit of its header's language holds (English: the far more
    # common download).
    date_order="mdy",
    day_first=("Data de início (em UTC)", "Data de término (em UTC)"),
)
