"""The demo's texts (practices/demo/content/): complete in the three languages, with only the
placeholders the generator fills, for the categories every site installs."""

import string
from concurrent.futures import ThreadPoolExecutor

import pytest

from practices.demo import texts
from practices.demo.pages import LANGUAGES
from practices.services.taxonomy import taxonomy_data

CATEGORIES = [entry["slug"] for entry in taxonomy_data()["categories"]]
TRANSLATED = ("title", "summary", "worked", "did_not_work", "failure", "quote")


def assert_translated(value, where: str) -> None:
    assert set(value) == set(LANGUAGES), where
    for language in LANGUAGES:
        assert isinstance(value[language], str) and value[language].strip(), (where, language)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def plain_texts() -> list[tuple[str, dict]]:
    """(where, {language: text}) of every text written without placeholders."""
    found = [("home intro", texts.HOME_INTRO)]
    for category, variants in texts.PRACTICE_TEMPLATES.items():
        for number, variant in enumerate(variants):
            for step in variant["steps"]:
                found += [(f"{category} {number} step", step[key]) for key in ("title", "text")]
    for kind, items in (("tutorial", texts.TUTORIALS), ("video", texts.VIDEOS)):
        for item in items:
            where = f"{kind} {item['title']['en']}"
            found += [
                (where, item[key]) for key in ("title", "summary", "transcript") if key in item
            ]
            for step in item.get("steps", []):
                found += [(f"{where} step", step[key]) for key in ("title", "text")]
    for page in texts.STANDARD_PAGES:
        found += [(page["slug"], page["title"]), (page["slug"], page["intro"])]
        found += [(f"{page['slug']} paragraph", paragraph) for paragraph in page["paragraphs"]]
    return found


def test_every_category_has_templates_in_the_order_of_the_taxonomy():
    assert list(texts.PRACTICE_TEMPLATES) == CATEGORIES
    assert all(len(variants) >= 2 for variants in texts.PRACTICE_TEMPLATES.values())


def test_every_template_is_complete_in_the_three_languages():
    for category, variants in texts.PRACTICE_TEMPLATES.items():
        for number, variant in enumerate(variants):
            where = f"{category} variant {number}"
            for field in TRANSLATED:
                assert_translated(variant[field], f"{where} {field}")
            assert set(variant["tags"]) == set(LANGUAGES), where
            assert all(variant["tags"][language] for language in LANGUAGES), where
            assert variant["steps"], where


def test_templates_use_only_the_placeholders_the_generator_fills():
    for category, variants in texts.PRACTICE_TEMPLATES.items():
        for variant in variants:
            for field in TRANSLATED:
                for language in LANGUAGES:
                    text = variant[field][language]
                    assert placeholders(text) <= {"crop", "place", "years"}, (category, text)
                    text.format(crop="maize", place="Maradi", years=3)


def test_texts_without_placeholders_have_none_and_every_language():
    for where, value in plain_texts():
        assert_translated(value, where)
        assert not any("{" in value[language] for language in LANGUAGES), where
    for variants in texts.PRACTICE_TEMPLATES.values():
        for variant in variants:
            assert not any("{" in tag for tags in variant["tags"].values() for tag in tags)


def test_tutorials_and_videos_are_in_categories_the_site_installs():
    assert {item["category"] for item in [*texts.TUTORIALS, *texts.VIDEOS]} <= set(CATEGORIES)
    assert all(tutorial["steps"] for tutorial in texts.TUTORIALS)
    assert [page["slug"] for page in texts.STANDARD_PAGES] == ["contribute", "about"]


def test_generator_choices_suit_every_zone_and_one_language_a_country():
    languages = texts.content_read("choices")["languages"]
    assert not set(languages["fr"]) & set(languages["es"])
    assert texts.LANGUAGE_OF_COUNTRY["SN"] == "fr" and texts.LANGUAGE_OF_COUNTRY["PE"] == "es"
    assert "KE" not in texts.LANGUAGE_OF_COUNTRY  # English
    for slugs in texts.SUITED.values():
        assert set(slugs) <= set(CATEGORIES)
    assert texts.FIRST_NAMES and texts.LAST_NAMES
    assert texts.LIVESTOCK < set(texts.CROPS)
    for word, names in texts.CROPS.items():
        assert_translated(names, word)


def test_content_is_found_beside_the_module_whatever_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert texts.content_read("crops")["crops"]["maize"]["fr"] == "maïs"


def test_texts_are_read_once_and_shared_by_every_thread():
    with ThreadPoolExecutor(max_workers=4) as pool:
        seen = list(pool.map(lambda _: texts.PRACTICE_TEMPLATES, range(8)))
    assert all(value is seen[0] for value in seen)
    assert texts.CROPS is texts.CROPS


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="NO_SUCH_TEXT"):
        _ = texts.NO_SUCH_TEXT
    assert not hasattr(texts, "__path__")
