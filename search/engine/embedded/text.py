"""Text analysis for the embedded full-text index: the same at index and at query time.

Words are lower-cased, stemmed with the Snowball stemmer of the document's language, then
stripped of accents ("sols" -> "sol", "cultures" -> "cultur", "crops" -> "crop", "maïs" ->
"mais"). A query word (search.engine.base.query_words) is looked up under its stems in all three
languages, since a farmer may search in a language other than the page's. Queries are built from
words only: quotes, `*`, `-`, `NEAR`, `OR` or parentheses typed by a user are never passed to
FTS5 as syntax.
"""

import threading

import snowballstemmer

from practices.text import fold
from search.engine.base import LANGUAGES, query_words, words

STEMMERS = {"en": "english", "fr": "french", "es": "spanish"}

_per_thread = threading.local()


def _stemmer(language: str):
    """This thread's stemmer for the language: a stemmer holds the word it is working on, so
    one shared by an application server's threads mixes their words up (PyStemmer: "must not
    be called concurrently"; the pure-Python fallback gives wrong stems and IndexErrors)."""
    stemmers = _per_thread.__dict__.setdefault("stemmers", {})
    if language not in stemmers:
        stemmers[language] = snowballstemmer.stemmer(STEMMERS.get(language, "english"))
    return stemmers[language]


def analyse(text: str, language: str) -> str:
    """Index-time form of a text: stemmed, folded words joined by spaces."""
    stemmer = _stemmer(language)
    return " ".join(fold(stem) for stem in stemmer.stemWords(words(text)))


def query_terms(text: str) -> list[set[str]]:
    """For each word of a query (at most MAX_QUERY_WORDS), its folded stems in every language."""
    terms = []
    for word in query_words(text):
        stems = {fold(_stemmer(code).stemWord(word)) for code in LANGUAGES}
        stems.add(fold(word))
        terms.append({s for s in stems if s})
    return [t for t in terms if t]


def fts_match(text: str) -> str | None:
    """An FTS5 MATCH expression: every word must match (any of its stems). None if no word."""
    groups = []
    for stems in query_terms(text):
        alternatives = " OR ".join(f'"{stem}"' for stem in sorted(stems))
        groups.append(f"({alternatives})")
    return " AND ".join(groups) or None
