"""The embedded engine's word index, on whichever database the site runs.

SQLite: an FTS5 table `search_fts` (bm25 over the columns, weighted as base.TEXT_WEIGHTS by
migration 0003). PostgreSQL: a table `search_pg_text` holding one weighted `tsvector` per page
under a GIN index (ts_rank). Both store the text already analysed by embedded.text (stemmed,
folded words), so both match the same words; the query is built from words only, never from
syntax a user typed.

`ranked` returns (page id, rank) pairs best first, where a lower rank is better (FTS5's
convention), so that the engine treats both databases alike.
"""

from collections.abc import Iterable, Sequence

from django.db import connection

from search.engine.base import TEXT_COLUMNS
from search.engine.embedded.text import fts_match, query_terms

# PostgreSQL weight class of each column (A is the strongest), as base.TEXT_WEIGHTS rank them.
PG_WEIGHTS = {"title": "A", "summary": "B", "body": "D", "tags": "C", "labels": "C"}
CHUNK = 500


def _chunks(ids: Sequence[int]):
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


class SQLiteText:
    def match(self, text: str) -> str | None:
        return fts_match(text)

    def delete(self, page_ids: Sequence[int]) -> None:
        with connection.cursor() as cursor:
            for chunk in _chunks(list(page_ids)):
                placeholders = ",".join("%s" for _ in chunk)
                cursor.execute(f"DELETE FROM search_fts WHERE rowid IN ({placeholders})", chunk)  # noqa: S608 - placeholders only

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_fts")

    def insert(self, rows: Iterable[tuple]) -> None:
        """rows: (page id, title, summary, body, tags, labels), analysed."""
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO search_fts (rowid, title, summary, body, tags, labels) "
                "VALUES (%s, %s, %s, %s, %s, %s)",
                list(rows),
            )

    def matching(self, match: str) -> list[int]:
        with connection.cursor() as cursor:
            cursor.execute("SELECT rowid FROM search_fts WHERE search_fts MATCH %s", [match])
            return [row[0] for row in cursor.fetchall()]

    def ranked(self, match: str, limit: int | None) -> list[tuple[int, float]]:
        # `rank` is bm25 with the column weights (base.TEXT_WEIGHTS, set by migration 0003).
        with connection.cursor() as cursor:
            if limit is None:
                cursor.execute(
                    "SELECT rowid, rank FROM search_fts WHERE search_fts MATCH %s", [match]
                )
                return sorted(cursor.fetchall(), key=lambda row: row[1])
            # A CTE with ORDER BY rank LIMIT lets FTS5 keep only the best rows while scanning.
            cursor.execute(
                "WITH best AS (SELECT rowid, rank FROM search_fts WHERE search_fts MATCH %s "
                "ORDER BY rank LIMIT %s) SELECT rowid, rank FROM best ORDER BY rank",
                [match, limit],
            )
            return cursor.fetchall()


class PostgreSQLText:
    def match(self, text: str) -> str | None:
        """A to_tsquery expression: every word must match (any of its stems)."""
        groups = []
        for stems in query_terms(text):
            groups.append("(" + " | ".join(f"'{stem}'" for stem in sorted(stems)) + ")")
        return " & ".join(groups) or None

    def delete(self, page_ids: Sequence[int]) -> None:
        with connection.cursor() as cursor:
            for chunk in _chunks(list(page_ids)):
                cursor.execute("DELETE FROM search_pg_text WHERE page_id = ANY(%s)", [list(chunk)])

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_pg_text")

    def insert(self, rows: Iterable[tuple]) -> None:
        vector = " || ".join(
            f"setweight(to_tsvector('simple', %s), '{PG_WEIGHTS[column]}')"
            for column in TEXT_COLUMNS
        )
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO search_pg_text (page_id, document) VALUES (%s, {vector})",  # noqa: S608 - constants only
                list(rows),
            )

    def matching(self, match: str) -> list[int]:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT page_id FROM search_pg_text WHERE document @@ to_tsquery('simple', %s)",
                [match],
            )
            return [row[0] for row in cursor.fetchall()]

    def ranked(self, match: str, limit: int | None) -> list[tuple[int, float]]:
        sql = (
            "SELECT page_id, -ts_rank(document, q) AS r FROM search_pg_text, "
            "to_tsquery('simple', %s) AS q WHERE document @@ q ORDER BY r, page_id"
        )
        params: list = [match]
        if limit is not None:
            sql += " LIMIT %s"
            params.append(limit)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()


def fulltext() -> SQLiteText | PostgreSQLText:
    if connection.vendor == "postgresql":
        return PostgreSQLText()
    return SQLiteText()
