"""Intake: reports in, from every door.

Every door - the web form and upload (`claims.pages.reports`), the API (`api.views`), feeds
(`feeds`), Telegram exports (`telegram`) and bulk files (`bulk`) through import jobs (`jobs`) -
turns what it received into the fields of one report and calls `service.submit_report`, which
cleans, refuses with a reason, de-duplicates, resolves the source and queues the parse. The
parsers of files and feeds are pure (bytes in, `rows.ReportRow`s or a clear error out; no
database); `jobs` checks a whole file first, then takes its rows in, counting as it goes.
"""
