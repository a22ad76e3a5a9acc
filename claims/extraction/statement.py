"""A claim's statement: its sentence without the attribution ("X said on Monday that A" -> "A")."""

from __future__ import annotations

import re

from . import attribution as attr
from .lexicon import concept
from .tokens import WORD

_LEAD_IN = re.compile(r"^[^\"“«.;:]{0,90}?\bthat\s+")
_NEGATION = re.compile(r"\b(?:not|n't|never|neither)\b")
_UP_TO_COMMA = re.compile(r"^[^,]{0,90},\s*")
_DANGLING_BUT = re.compile(r",?\s*but\s*(?:he|she|it|they)?$")
_THAT_OR_QUOTE = re.compile(r"\bthat\b|[\"“«]")
_GRAMMAR = concept("en", "grammar")
# "заявил журналистам в четверг, что A", "звернув увагу, що A" -> "A": Russian and Ukrainian put a
# comma before the complementizer, and none inside what leads to it
_CYRILLIC_LEAD_IN = re.compile(
    r"^[^\"“«.;:,]{0,90},\s*(?:"
    + "|".join(sorted(concept("ru", "grammar").COMPLEMENTIZERS | concept("uk", "grammar").COMPLEMENTIZERS))
    + r")\s+",
    re.I,
)


def _trailing(s: str, sp: attr.Speaker) -> bool:
    """Is the attribution the sentence's tail ("A, President Zelensky said on Monday.")?"""
    head = min(sp.actor.start, sp.cue_start)
    tail = s[sp.cue_end :]
    return (
        head > 15
        and s[:head].rstrip().endswith((",", '"', "”", "»", "—"))
        and len(WORD.findall(tail)) <= 7
        and not _THAT_OR_QUOTE.search(tail)
    )


def _after_verb(s: str, sp: attr.Speaker, end: int) -> str | None:
    """ "said on Monday at a briefing that A" -> "A"; "warned Pyongyang could ..." -> the rest."""
    rest = s[sp.cue_end : end]
    m = _LEAD_IN.match(rest)
    verb = s[sp.cue_start : sp.cue_end].casefold()
    if m and all(
        w.casefold() in _GRAMMAR.LEAD_WORDS or w[:1].isupper() for w in WORD.findall(m.group())[:-1]
    ):
        return rest[m.end() :]
    cyrillic = None if m else _CYRILLIC_LEAD_IN.match(rest)
    if cyrillic:
        return rest[cyrillic.end() :]
    if not m and verb not in _GRAMMAR.TAKES_OBJECT:
        return rest.lstrip(" ,")
    return None


def _speaker_first(s: str, sp: attr.Speaker, multiple: bool, end: int) -> bool:
    negated = _NEGATION.search(s[max(0, sp.cue_start - 30) : sp.cue_start])
    near_start = sp.actor.start <= 40 or (multiple and sp.actor.start >= sp.clause_start)
    return (
        sp.how in ("verb", "participle")
        and sp.verb_class in (attr.SAY, attr.CONFIRM)
        and not negated  # "did not confirm that A" is not the claim A
        and near_start
        and sp.cue_end < end - 20
    )


def _core(s: str, sp: attr.Speaker, multiple: bool, end: int) -> str:
    if sp.how == "according" and sp.cue_start < 3 and "," in s[sp.cue_end : sp.cue_end + 90]:
        return _UP_TO_COMMA.sub("", s[sp.cue_end : end])
    if _speaker_first(s, sp, multiple, end):
        rest = _after_verb(s, sp, end)
        if rest is not None:
            return rest
    elif sp.how in ("verb", "inverted") and not multiple and _trailing(s, sp):
        return s[: min(sp.actor.start, sp.cue_start)].rstrip(" ,—-")  # "A, the agency said." -> "A"
    return s[sp.clause_start if multiple else 0 : end]  # "..., but he rejected reports that A"


def statement_of(s: str, sp: attr.Speaker, multiple: bool = False) -> str:
    end = (sp.clause_end if sp.clause_end >= 0 else len(s)) if multiple else len(s)
    out = _core(s, sp, multiple, end)
    out = out.strip().strip('"“”«»').strip().rstrip(",;").strip()
    if "but" in out:  # the pattern's one literal word: most statements are left as they are
        out = _DANGLING_BUT.sub("", out)
    if len(out) < 12:
        return s
    if out[-1] not in ".!?…":
        out += "."
    return out[0].upper() + out[1:]
