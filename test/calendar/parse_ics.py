"""Reads an iCalendar text on stdin with python-icalendar (Debian python3-icalendar) and prints what it understood
as JSON: calendar properties, and per event the UTC instants of DTSTART/DTEND resolved through OUR VTIMEZONE
(Timezone.to_tz, not the IANA name), the organizer and the attendees with their parameters. When vobject
(python3-vobject) is installed it reads the text too, and its DTSTART instants are reported beside."""
import json
import sys
from datetime import timezone

import icalendar

data = sys.stdin.buffer.read()
cal = icalendar.Calendar.from_ical(data)
zones = {str(tz["TZID"]): tz.to_tz() for tz in cal.walk("VTIMEZONE")}


def instant(prop):
    if prop is None:
        return None
    value = prop.dt
    tzid = prop.params.get("TZID")
    if tzid is not None:
        value = zones[str(tzid)].localize(value.replace(tzinfo=None))
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def params(prop):
    return {str(k): str(v) for k, v in prop.params.items()}


def listed(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


events = []
for ev in cal.walk("VEVENT"):
    events.append(
        {
            "uid": str(ev["UID"]),
            "sequence": int(ev.get("SEQUENCE", 0)),
            "start": instant(ev.get("DTSTART")),
            "end": instant(ev.get("DTEND")),
            "status": str(ev.get("STATUS", "")),
            "summary": str(ev.get("SUMMARY", "")),
            "color": str(ev.get("COLOR", "")),
            "organizer": {"value": str(ev["ORGANIZER"]), **params(ev["ORGANIZER"])} if "ORGANIZER" in ev else None,
            "attendees": [{"value": str(a), **params(a)} for a in listed(ev.get("ATTENDEE"))],
        }
    )

def read_with_vobject():
    try:
        import vobject
    except ImportError:
        return None
    parsed = vobject.readOne(data.decode("utf-8"), validate=True)
    return {str(ev.uid.value): ev.dtstart.value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") for ev in parsed.vevent_list}


print(
    json.dumps(
        {
            "crlfEnd": data.endswith(b"\r\n"),
            "errors": [str(e) for c in cal.walk() for e in getattr(c, "errors", [])],
            "method": str(cal.get("METHOD", "")),
            "name": str(cal.get("NAME", "")),
            "calname": str(cal.get("X-WR-CALNAME", "")),
            "description": str(cal.get("DESCRIPTION", "")),
            "color": str(cal.get("COLOR", "")),
            "xwr": sorted(k for k in cal.keys() if k.startswith("X-WR-")),
            "zones": sorted(zones),
            "events": events,
            "vobject": read_with_vobject(),
        }
    )
)
