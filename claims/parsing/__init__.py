"""Parsing: from a queued report to its claims.

A Celery task (`claims.tasks.parse_report`) takes a report's id and calls `service.parse_report`,
which claims the report with a conditional update, runs the pure extractor in
`claims.extraction` on its text with the registry snapshot (`claims.registry.snapshot`), and
writes the claims in one transaction (`store`). `requeue` queues reports again: a re-parse after
the registry or the parser changed, and the sweeper that rescues reports a lost message or a dead
worker left behind. The extractor itself knows nothing of Django.
"""
