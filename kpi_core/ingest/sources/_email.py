"""Event rules shared by the email tools: one event per measure, so a column a file lacks is simply absent."""

from dataclasses import replace

from .base import Event

DELIVERED_COMPUTED = "source.email.delivered_computed"
ATTRIBUTED_SALES = "source.email.attributed_sales"

COUNTS = ("emails_sent", "emails_delivered", "unique_opens", "unique_clicks", "unsubscribes", "bounces")

SMS_APART = "source.email.sms_apart"
# A row of the email channel, or of none named: SMS and push messages count in no email figure.
EMAIL_ROW = "coalesce(lower(trim(channel)), '') IN ('', 'email', 'e-mail')"
AB_APART = "source.email.ab_parts"
_AB = r"\s+\|\s+(Combo \d+|Winner)$"
# A row of an A/B part whose campaign has a row of its own in the file, sent at most a day after the part or a week
# before it (the subquery reads the file's rows, `t`). Parts go out with their campaign's row or within a day after it
# (ilanaseidl, DeepNews' campaigns.csv: a winner 12 hours on); a newsletter's title used again weeks later is another
# campaign (jamestthompson3/mailchimp_data domino_newsletter.csv: parts of 29 Oct 2015 beside 'Domino Effect
# Newsletter' of 1 Oct 2015, counted in no figure).
AB_PART_OF_A_ROW = (f"regexp_matches(coalesce(campaign, ''), '{_AB}') AND EXISTS (SELECT 1 FROM t AS ab WHERE "
                    f"ab._kind = 'data' AND ab.campaign = regexp_replace(t.campaign, '{_AB}', '') "
                    "AND ab.date BETWEEN t.date - 7 AND t.date + 1)")


def email_events(extra: tuple[str, ...] = (), sms: bool = False, ab_parts: bool = False) -> tuple[Event, ...]:
    """Each measure from its own column; bounces = hard + soft; delivered = sent - bounces when missing.

    `sms`: the tool writes its SMS and push messages in the same export (Klaviyo): with a channel column, rows of any
    channel but email count in no email figure (said by SMS_COUNT), while their attributed orders and sales
    (`extra`) count.
    `ab_parts`: the tool writes an A/B campaign as its own row and again as one row per part (Mailchimp's 'Title |
    Combo 1', 'Title | Winner'): a part counts only when its campaign has no row of its own (said by AB_COUNT)."""
    events = [Event("date", {m: m}, needs=(m,)) for m in COUNTS]
    events += [
        # Hard + soft only when the tool gives no total: a total column already includes both.
        Event("date", {"bounces": "coalesce(hard_bounces, 0) + coalesce(soft_bounces, 0)"},
              needs=("hard_bounces", "soft_bounces"), unless=("bounces",)),
        Event("date", {"emails_delivered": "emails_sent - coalesce(bounces, 0)"},
              needs=("emails_sent", "bounces"), unless=("emails_delivered",), warn=DELIVERED_COMPUTED),
        Event("date", {"emails_delivered": "emails_sent - coalesce(hard_bounces, 0) - coalesce(soft_bounces, 0)"},
              needs=("emails_sent", "hard_bounces", "soft_bounces"), unless=("emails_delivered", "bounces"),
              warn=DELIVERED_COMPUTED),
    ]
    if sms:
        events = _beside(events, "channel", EMAIL_ROW)
    # Orders and sales a mail tool attributes to itself are attributed, like an ad platform's: never shop revenue.
    events += [Event("date", {m: m}, needs=(m,), warn=ATTRIBUTED_SALES if m == "conversion_value" else None)
               for m in extra]
    if ab_parts:
        events = _beside(events, "campaign", f"NOT ({AB_PART_OF_A_ROW})")
    return tuple(events)


BOUNCE_FIELDS = {"hard_bounces": "number", "soft_bounces": "number"}



def _beside(events: list[Event], field: str, where: str) -> list[Event]:
    """Each event twice: with a column for `field`, for the rows `where` holds; without one, for every row."""
    return [e for ev in events for e in (
        replace(ev, where=f"({ev.where}) AND {where}", needs=(*ev.needs, field)),
        replace(ev, unless=(*ev.unless, field)))]


SMS_COUNT = (SMS_APART, f"count(*) FILTER (WHERE NOT {EMAIL_ROW})")
AB_COUNT = (AB_APART, f"count(*) FILTER (WHERE {AB_PART_OF_A_ROW})")
