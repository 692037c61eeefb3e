"""Events as an iCalendar feed (RFC 5545): one VEVENT per event, times in UTC (no VTIMEZONE
needed), all-day events as dates, text escaped and lines folded at 75 octets."""

from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta

from django.utils.html import strip_tags

from practices.regions.models import EventPage

PRODUCT = "-//Terroir//Regional events//EN"


def _escape(text: str) -> str:
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def _fold(line: str) -> str:
    """Lines of at most 75 octets, continued on the next line after CRLF and a space, never
    cutting a UTF-8 character."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode())
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _event_lines(event: EventPage, *, url_of: Callable, stamp: datetime) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:event-{event.translation_key}-{event.locale.language_code}@terroir",
        f"DTSTAMP:{_utc(stamp)}",
    ]
    if event.all_day:
        last = event.last_day + timedelta(days=1)
        lines += [
            f"DTSTART;VALUE=DATE:{event.start_date:%Y%m%d}",
            f"DTEND;VALUE=DATE:{last:%Y%m%d}",
        ]
    else:
        lines += [f"DTSTART:{_utc(event.starts_at)}", f"DTEND:{_utc(event.ends_at)}"]
    lines.append(f"SUMMARY:{_escape(event.title)}")
    place = ", ".join(
        part for part in (event.place, event.country.name if event.country else "") if part
    )
    if place or event.online_url:
        lines.append(f"LOCATION:{_escape(place or event.online_url)}")
    description = strip_tags(event.programme).strip()
    links = [link for link in (event.online_url, event.registration_url) if link]
    if description or links:
        lines.append(f"DESCRIPTION:{_escape(chr(10).join([description, *links]).strip())}")
    lines.append(f"URL:{url_of(event)}")
    if event.last_published_at:
        lines.append(f"LAST-MODIFIED:{_utc(event.last_published_at)}")
    lines.append("END:VEVENT")
    return lines


def calendar_render(
    *, events: Iterable[EventPage], name: str, url_of: Callable, stamp: datetime
) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT}",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_escape(name)}",
    ]
    for event in events:
        lines += _event_lines(event, url_of=url_of, stamp=stamp)
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
