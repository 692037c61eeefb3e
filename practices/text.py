"""Plain-text helpers shared by forms, emails, the gazetteer and the search."""

import re
import unicodedata

# Control characters (C0, DEL, C1) and Unicode's line and paragraph separators, with the spaces
# around them: whatever a one-line text must not hold (a line break in an email subject is a
# header injection, and Django refuses to send it).
_BREAKS = re.compile(r" *[\x00-\x1f\x7f-\x9f\u2028\u2029][\x00-\x1f\x7f-\x9f\u2028\u2029 ]*")


def one_line(text: str) -> str:
    """`text` on one line: each run of line breaks, tabs and other control characters becomes
    one space. Other characters, no-break spaces included, are kept as typed."""
    return _BREAKS.sub(" ", text).strip()


def fold(text: str) -> str:
    """`text` without accents: 'zaï' -> 'zai', 'Ségou' -> 'Segou'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
