"""Texts of the illustrative demo corpus (not real field data), in English, French and Spanish.

They are data, kept in the TOML files of content/ beside this module (each text's three
languages side by side, for translators; each file's header says what it holds), and read on
first use, once per process, however many threads ask (practices.loading.load_once): the module
names below are looked up through `__getattr__` (PEP 562), so importing this module reads
nothing.

- CROPS: crop word of places.toml -> {"en", "fr", "es"}; LIVESTOCK: the words that are animals.
- PRACTICE_TEMPLATES: category slug -> variants, each {field: {language: text}} for title,
  summary, worked, did_not_work, failure, quote and tags, and "steps": [{"title", "text"}].
- TUTORIALS, VIDEOS: [{"category", "title", "summary", "steps" or "transcript"}].
- HOME_INTRO: {language: text}; STANDARD_PAGES: [{"slug", "title", "intro", "paragraphs"}].
- LANGUAGE_OF_COUNTRY: country code -> "fr" or "es" (others write in English); SUITED: agro-
  climatic zone -> category slugs; FIRST_NAMES, LAST_NAMES: the contributors' names.
"""

import tomllib
from pathlib import Path
from typing import Any

from practices.loading import load_once

CONTENT = Path(__file__).resolve().parent / "content"


def content_read(name: str) -> dict[str, Any]:
    """The data of content/<name>.toml."""
    with (CONTENT / f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)


@load_once
def _texts() -> dict[str, Any]:
    crops, site, choices = content_read("crops"), content_read("site"), content_read("choices")
    return {
        "CROPS": crops["crops"] | crops["livestock"],
        "LIVESTOCK": frozenset(crops["livestock"]),
        "PRACTICE_TEMPLATES": content_read("practices"),
        "TUTORIALS": content_read("tutorials")["tutorials"],
        "VIDEOS": content_read("videos")["videos"],
        "HOME_INTRO": site["home"]["intro"],
        "STANDARD_PAGES": site["pages"],
        "LANGUAGE_OF_COUNTRY": {
            country: language
            for language, countries in choices["languages"].items()
            for country in countries
        },
        "SUITED": choices["suited"],
        "FIRST_NAMES": choices["contributors"]["first_names"],
        "LAST_NAMES": choices["contributors"]["last_names"],
    }


def __getattr__(name: str) -> Any:
    if name.isupper() and name in (texts := _texts()):  # not for tools asking for __path__ & co.
        return texts[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
