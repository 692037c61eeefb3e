from django.db import migrations

CREATE = """
CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
    title, summary, body, tags, labels,
    tokenize = "unicode61 remove_diacritics 2"
)
"""


def create_fts(apps, schema_editor):
    # FTS5 exists on SQLite only; PostgreSQL gets its own word index in migration 0003.
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(CREATE)


def drop_fts(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS search_fts")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create_fts, drop_fts)]
