"""The Elasticsearch engine, for sites beyond one machine (ELASTICSEARCH_URL).

- query: ElasticsearchEngine, the query side; fallback: it behind the circuit breaker, with the
  embedded engine answering while the cluster does not;
- mapping: the index's fields and analyzers, and each page's source document;
- client: the clients and the alias searches read;
- indexing: the write side: deliveries, rebuild (alias swap), reconcile;
- outbox: index changes queued in the saving transaction, delivered after it commits;
- breaker: the circuit breaker every call goes through;
- admin: Wagtail's admin search on Elasticsearch, behind the same breaker.
"""
