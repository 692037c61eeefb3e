"""What the demo's page builders share: the content languages, a steps block, a translation."""

from wagtail.models import Page

LANGUAGES = ("en", "fr", "es")


def steps_block(steps: list[dict], language: str) -> tuple[str, dict]:
    """The body's steps block from steps of content/ ([{"title": {language: …}, "text": …}])."""
    return (
        "steps",
        {
            "steps": [
                {
                    "title": step["title"][language],
                    "text": f"<p>{step['text'][language]}</p>",
                    "image": None,
                }
                for step in steps
            ]
        },
    )


def translation_add(page: Page, parents: dict, language: str, siblings: dict) -> None:
    """Add `page` under the parent of `language`, as a translation of the English sibling when
    there is one; record it among the siblings."""
    if "en" in siblings:
        page.translation_key = siblings["en"].translation_key
    page.locale = parents[language].locale
    parents[language].add_child(instance=page)
    siblings[language] = page
