"""What the tests of held files (a voice note, a video: practices.forms.held) look at: what is
held, what the corrected form carries, and what a thief may post in its place."""

import re
from pathlib import Path

from django.conf import settings
from django.core import signing

from tests.factories import member_client, share_form_data
from tests.practices.reach.conftest import SHARE_URL, committed


def held_files(kind: str) -> list[Path]:
    """The files of `kind` held for anyone while their form is corrected."""
    return sorted((settings.VAR_DIR / f"staged-{kind}").glob("*/*"))


def kept_value(response, kind: str) -> str:
    """The signed value naming the file of `kind` that the corrected form carries."""
    found = re.search(rf'name="kept_{kind}" value="([^"]+)"', response.content.decode())
    assert found, f"the corrected form carries no {kind}"
    return found.group(1)


def forged_posted(held, *, signed: str, owner, name: str) -> None:
    """Another member (Bako) posts, in place of the file of `held.kind` that `owner` holds
    (signed for the form as `signed`, held as `name`), that very value, a signed path to it and
    its bare path: each is a share taken without any such file."""
    thief = member_client("bako@example.org")
    forged = [
        signed,  # another member's
        signing.dumps({"user": thief.user.pk, "name": f"../{owner.pk}/{name}"},
                      salt=held.salt),  # a path: never followed
        f"{owner.pk}/{name}",  # unsigned
    ]  # fmt: skip
    for value in forged:
        with committed():
            response = thief.post(SHARE_URL, share_form_data(**{held.hidden: value}))
        assert response.status_code == 302
