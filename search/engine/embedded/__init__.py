"""The embedded engine: needs no server; the default, and Elasticsearch's fallback.

- query: EmbeddedEngine, the query side (numpy over the snapshot, the word index for words);
- snapshot: the documents' facet values, numbers and vectors as in-memory arrays;
- indexing: the write side (SearchDocument rows, word index, index version);
- fulltext: the word index, SQLite FTS5 or PostgreSQL full text;
- text: the text analysis both sides of the word index share.
"""
