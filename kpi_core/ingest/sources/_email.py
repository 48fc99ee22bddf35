"""Event rules shared by the email tools: one event per measure, so a column a file lacks is simply absent."""

from .base import Event

DELIVERED_COMPUTED = "source.email.delivered_computed"
ATTRIBUTED_SALES = "source.email.attributed_sales"

COUNTS = ("emails_sent", "emails_delivered", "unique_opens", "unique_clicks", "unsubscribes", "bounces")


def email_events(extra: tuple[str, ...] = (), sms: bool = False) -> tuple[Event, ...]:
    """Each measure from its own column; bounces = hard + soft; delivered = sent - bounces when missing.

    `sms`: the tool writes its SMS messages in the same export (Klaviyo): with a channel column, rows of the SMS
    channel count in no email figure (said by SMS_COUNT), while their attributed orders and sales (`extra`) count."""
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
        events = list(_email_only(events))
    # Orders and sales a mail tool attributes to itself are attributed, like an ad platform's: never shop revenue.
    events += [Event("date", {m: m}, needs=(m,), warn=ATTRIBUTED_SALES if m == "conversion_value" else None)
               for m in extra]
    return tuple(events)


BOUNCE_FIELDS = {"hard_bounces": "number", "soft_bounces": "number"}

SMS_APART = "source.email.sms_apart"
NOT_SMS = "coalesce(lower(trim(channel)), '') <> 'sms'"


def _email_only(events: list[Event]) -> tuple[Event, ...]:
    """Each event twice: with a channel column for the rows of any channel but SMS, and without one for every row."""
    return tuple(e for ev in events for e in (
        Event(ev.date, ev.measures, where=f"({ev.where}) AND {NOT_SMS}", needs=(*ev.needs, "channel"),
              unless=ev.unless, warn=ev.warn),
        Event(ev.date, ev.measures, where=ev.where, needs=ev.needs, unless=(*ev.unless, "channel"), warn=ev.warn)))


SMS_COUNT = (SMS_APART, f"count(*) FILTER (WHERE NOT {NOT_SMS})")
