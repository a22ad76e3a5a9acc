"""Propositions: what several claims, in any reports, are about - who asserts it, who denies it.

`grouping` is pure (claim facts in, proposition keys out); `assess` reads a proposition's members
(independence, contested, estimates, a suggested status); `service` writes memberships; the models
live in `claims/models.py` under "Propositions".
"""
