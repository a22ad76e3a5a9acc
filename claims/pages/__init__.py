"""The pages: what analysts see and do in the browser.

One module per part of the site - `dashboard` (map, timeline, claim list and their fragments),
`claims` (a claim and its review), `reports` (submit, follow the parse, read), `sources`,
`imports` (uploads and feeds) and `exports` - with the forms in `forms` and every URL in `urls`.
Views are functions typed `HtmxHttpRequest`, guarded by the one decorator in `common`, and
call services and queries only; one URL serves a page and its HTMX fragments.
"""
