"""Column weights for the SQLite word index, and the PostgreSQL word index
(search.engine.embedded.fulltext)."""

from django.db import migrations

CREATE_PG = """
CREATE TABLE IF NOT EXISTS search_pg_text (
    page_id bigint PRIMARY KEY,
    document tsvector NOT NULL
);
CREATE INDEX IF NOT EXISTS search_pg_text_document ON search_pg_text USING GIN (document);
"""


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        # search.engine.base.TEXT_WEIGHTS: title, summary, body, tags, labels.
        schema_editor.execute(
            "INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25(10, 4, 1, 3, 2)')"
        )
    elif vendor == "postgresql":
        schema_editor.execute(CREATE_PG)


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute("INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25()')")
    elif vendor == "postgresql":
        schema_editor.execute("DROP TABLE IF EXISTS search_pg_text")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fts")]

    operations = [migrations.RunPython(forwards, backwards)]
