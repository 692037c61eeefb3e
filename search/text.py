"""Text analysis for the embedded full-text index: the same at index and at query time.

Words are lower-cased, stemmed with the Snowball stemmer of the document's language, then
stripped of accents ("sols" -> "sol", "cultures" -> "cultur", "crops" -> "crop", "maïs" ->
"mais"). A query word is looked up under its stems in all three languages, since a farmer may
search in a language other than the page's. Queries are built from words only: quotes, `*`,
`-`, `NEAR`, `OR` or parentheses typed by a user are never passed to FTS5 as syntax.
"""

import re
import threading
import unicodedata

import snowballstemmer

LANGUAGES = {"en": "english", "fr": "french", "es": "spanish"}
WORD = re.compile(r"\w+", re.UNICODE)
MAX_QUERY_WORDS = 12
# Words too common to help; dropped from queries (unless the query has nothing else), so that
# "zaï or half-moons" does not require the word "or".
STOP_WORDS = frozenset(
    "a an and are as at be by for from in is it of on or the to with "
    "au aux avec ce ces dans de des du en et la le les ou par pour sur un une "
    "al con del el en las los o para por un una y".split()
)
MAX_WORD_LENGTH = 40


_per_thread = threading.local()


def _stemmer(language: str):
    """This thread's stemmer for the language: a stemmer holds the word it is working on, so
    one shared by an application server's threads mixes their words up (PyStemmer: "must not
    be called concurrently"; the pure-Python fallback gives wrong stems and IndexErrors)."""
    stemmers = _per_thread.__dict__.setdefault("stemmers", {})
    if language not in stemmers:
        stemmers[language] = snowballstemmer.stemmer(LANGUAGES.get(language, "english"))
    return stemmers[language]


def fold(word: str) -> str:
    """Remove accents: 'zaï' -> 'zai', 'sécheresse' -> 'secheresse'."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text or "") if len(w) <= MAX_WORD_LENGTH]


def analyse(text: str, language: str) -> str:
    """Index-time form of a text: stemmed, folded words joined by spaces."""
    stemmer = _stemmer(language)
    return " ".join(fold(stem) for stem in stemmer.stemWords(words(text)))


def query_words(text: str) -> list[str]:
    """The words of a query that count: stop words dropped unless nothing else is left."""
    found = words(text)
    meaningful = [w for w in found if w not in STOP_WORDS]
    return (meaningful or found)[:MAX_QUERY_WORDS]


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
