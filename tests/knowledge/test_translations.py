"""Every interface string is in French and Spanish: none untranslated, none left fuzzy (a fuzzy
entry is not compiled, so the reader would see English)."""

import re
import subprocess
from pathlib import Path

from django.conf import settings

import pytest

CATALOGUES = sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/django.po"))


def entries(po: Path, flag: str) -> list[str]:
    """The msgids msgattrib selects with `flag` (gettext is installed by `make translations`)."""
    found = subprocess.run(  # noqa: S603 - gettext's own tool on our own file
        ["msgattrib", flag, "--no-obsolete", str(po)],  # noqa: S607
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    # Each entry's msgid (a long one starts `msgid ""` and goes on below); the header is the
    # first entry, whatever the flag.
    blocks = re.split(r"\n\n", found.strip())[1:] if found.strip() else []
    return [block[block.index("msgid") :][:120] for block in blocks]


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda po: po.parts[-3])
def test_every_string_is_translated(po):
    assert len(CATALOGUES) == 2
    assert entries(po, "--untranslated") == []
    assert entries(po, "--only-fuzzy") == []
