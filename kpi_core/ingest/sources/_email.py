"""Event rules shared by the email tools: one event per measure, so a column a file lacks is simply absent."""

from .base import Event

DELIVERED_COMPUTED = "source.email.delivered_computed"
ATTRIBUTED_SALES = "source.email.attributed_sales"

COUNTS = ("emails_sent", "emails_delivered", "unique_opens", "unique_clicks", "unsubscribes", "bounces")


def email_events(extra: tuple[str, ...] = ()) -> tuple[Event, ...]:
    """Each measure from its own column; bounces = hard + soft; delivered = sent - bounces when missing."""
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
    # Orders and sales a mail tool attributes to itself are attributed, like an ad platform's: never shop revenue.
    events += [Event("date", {m: m}, needs=(m,), warn=ATTRIBUTED_SALES if m == "conversion_value" else None)
               for m in extra]
    return tuple(events)


BOUNCE_FIELDS = {"hard_bounces": "number", "soft_bounces": "number"}
