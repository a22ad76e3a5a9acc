"""Reports in from everywhere: Telegram exports, JSONL/CSV files, RSS/Atom feeds.

Each channel has a pure parser (bytes in, report rows or a clear error out; no database) and
service functions that hand the rows to `claims.services.submit_report`:

- `rows`      what every parser produces: ReportRow, RejectedRow, ImportRejected, UTF-8 decoding
- `telegram`  Telegram Desktop's `result.json` -> rows (one per post)
- `bulk`      JSON Lines, a JSON list, or CSV -> rows
- `jobs`      an ImportJob: validate a file, then take its rows in, counting as it goes
- `feeds`     fetch (conditional GET) and parse RSS/Atom, then poll due feeds
- `sources`   the source a channel's name or a row's `source` column means
"""
