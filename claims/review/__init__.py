"""Review: analysts' verdicts on claims.

A claim's status and credibility change only through `Claim.review` (in `claims.models`), which
writes the history row in the same transaction and refuses a review based on a stale page;
`service.review_claim` is what the pages and the API call, cleaning the note and checking the
evidence link first. Propositions (what several claims are about) and the history are read by
the pages through `claims.queries`.
"""
