"""Mailchimp audience (member) exports."""

from ..corpus import case, write

HEADER = ('"Email Address","First Name","Last Name",MEMBER_RATING,OPTIN_TIME,OPTIN_IP,CONFIRM_TIME,CONFIRM_IP,'
          "LATITUDE,LONGITUDE,GMTOFF,DSTOFF,TIMEZONE,CC,REGION,LAST_CHANGED,LEID,EUID,NOTES,TAGS")


@case(id="mailchimp_audience/subscribed/en", source="mailchimp_audience",
      filename="subscribed_members_export_0a1b2c3d4e.csv", rows=4,
      origin="Mailchimp subscribed members export: a real first line quoted in honey_format's spec "
      "(quote iff space, ALL-CAPS system columns, OPTIN_TIME empty for imported members, TAGS last)",
      totals={"new_subscribers": 4}, period=("2025-01-03", "2025-02-11", "rows"))
def subscribed(path):
    """Two sign-ups on 3 January, one in February, one imported member who only has a confirm time."""
    write(path, [
        HEADER,
        'ana@example.com,Ana,,2,"2025-01-03 08:10:00",192.0.2.1,"2025-01-03 08:12:41",192.0.2.1,52.3702000,'
        '4.8952000,1,2,Europe/Amsterdam,NL,NH,"2025-01-03 08:12:41",101,a1b2c3d4e5,,"""VIP"""',
        'bob@example.org,Bob,Sample,2,"2025-01-03 21:40:05",198.51.100.7,"2025-01-03 21:41:00",198.51.100.7,,,,,,,,'
        '"2025-01-03 21:41:00",102,b2c3d4e5f6,,',
        'cy@example.net,,,3,"2025-02-11 12:00:00",,"2025-02-11 12:03:30",,,,,,,,,"2025-02-11 12:03:30",103,c3d4e5f6a7,'
        ',"""Blog"",""VIP"""',
        'di@example.com,Di,,2,,,"2025-01-20 09:00:00",,,,,,,,,"2025-01-20 09:00:00",104,d4e5f6a7b8,,',
    ])
