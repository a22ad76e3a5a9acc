"""What a source does with a proposition: asserts, confirms, denies, or does not deny.

Negation matters: "did not deny" and "could not confirm" are non-denials, not denials or
confirmations. "Fake" and "false" count as a denial only in a denying frame ("dismissed the
reports as fake", "called them groundless rumours"), never in "fake documents". Silence ("did
not comment", "did not immediately respond") is no claim at all.
"""

from __future__ import annotations

import re

ASSERTS, CONFIRMS, DENIES, DOES_NOT_DENY = "asserts", "confirms", "denies", "does_not_deny"

_NEG = (
    r"(?:not|n't|never|no longer|neither|unable to|refused to|declined to|would not|could not|cannot|can't)"
)
_NO_DENIAL = re.compile(
    r"\b(?:did|does|do|has|have|had|would|could|will|was|were)?\s*(?:not|n't|never)\s+(?:\w+\s+)?(?:deny|denied|denying|"
    r"rule out|ruled out|dispute|disputed|reject|rejected)\b"
    r"|\b(?:could|can|would|will|did|does|has|have|had|was|were|is|are)(?:\s*not|n't)\s+(?:\w+\s+){0,2}"
    r"(?:confirm|confirmed|verify|verified|corroborate|say|comment on|be confirmed|be verified)\b"
    r"|\bcannot\s+(?:\w+\s+)?(?:confirm|verify|say|comment)\b"
    r"|\b(?:unable|not able|not in a position|too early|too soon)\s+to\s+(?:\w+\s+)?(?:confirm|verify|say|"
    r"comment)\b"
    r"|\b(?:declined|refused|declines|refuses|declining|refusing)\s+to\s+(?:\w+\s+)?(?:comment|confirm|deny|say|discuss|"
    r"answer|elaborate|specify|speculate|address|respond|give details|provide details)\b"
    r"|\bneither\s+(?:confirm(?:ed|s)?|den(?:y|ied|ies))\s+nor\s+(?:confirm(?:ed|s)?|den(?:y|ied|ies))\b"
    r"|\bno\s+(?:confirmation|comment|evidence|indication|sign|signs|proof)\b"
    r"|\bnothing\s+(?:to add|more to add|further to add)\b"
    r"|\b(?:referred|referring|redirected|directed)\s+(?:all\s+)?(?:questions|inquiries|queries|reporters|journalists)\b"
    r"|\ba question for\b|\bnot (?:seen|aware of|seeing) (?:any )?(?:evidence|confirmation|indication|"
    r"signs?)\b"
    r"|(?<!\w)(?:нечего добавить|нічого додати|не (?:стал|став|будет|буде) (?:комментировать|коментувати)|"
    r"отказал\w* (?:от )?комментари\w*|отказал\w* комментирова\w*|відмови\w* (?:від )?коментар\w*|"
    r"відмови\w* коментува\w*|не (?:может|можем|можуть|може|смог|зміг) "
    r"(?:ни )?(?:подтвердить|підтвердити)|не подтвердил\w*|не підтверди\w*|не (?:опроверг|спростув|заперечи|"
    r"отрица)\w*|"
    r"ни подтвердил\w* ни опроверг\w*|вопрос (?:к|для) |питання до )",
    re.IGNORECASE,
)
_SILENCE = re.compile(
    r"\b(?:did|has|have|had|does|do)\s*(?:not|n't)\s+(?:yet\s+|immediately\s+|publicly\s+|officially\s+)*"
    r"(?:comment|commented|respond|responded|reply|replied|return|acknowledge|acknowledged|react|reacted)\b"
    r"|\bneither\b[^.]{0,60}\bnor\b[^.]{0,60}\b(?:has|have|had)\s+(?:publicly\s+|officially\s+)?"
    r"(?:acknowledged|commented|confirmed|admitted)\b"
    r"|\bno immediate (?:comment|response|reaction)\b|\bcould not (?:immediately )?be reached\b",
    re.IGNORECASE,
)
_DENIAL = re.compile(
    r"\b(?:denied|denies|deny|denying|reject|rejected|rejects|rejecting|dismiss|dismissed|dismisses|dismissing|"
    r"refute|refuted|refutes|"
    r"disputed|disputes|debunked|contradicted|spurned)\b"
    r"|\b(?:called|calling|calls|described|describing|labell?ed|branded|termed|dismissed)\b[^.;]{0,80}?"
    r"\b(?:fake|false|groundless|baseless|unfounded|rumou?rs?|lies?|lying|propaganda|nonsense|wrong|untrue|"
    r"fabricat\w+|disinformation|fiction|speculation|hoax|absurd|rubbish|slander\w*|smear|garbage)\b"
    r"|\b(?:reports?|claims?|allegations?|information|accounts?|rumou?rs?)(?:\s+\w+){0,4}?\s+(?:were|was|is|are)\s+"
    r"(?:\w+\s+)?"
    r"[\"“«']?(?:false|fake|groundless|baseless|unfounded|untrue|wrong|lies|nonsense|fabricated|rubbish)\b"
    r"|\b(?:fake news|another fake|a fake|groundless rumou?rs?|baseless rumou?rs?|not true|no truth|is false|"
    r"are false|"
    r"was false|were false|is untrue|are untrue|is wrong|are wrong|never happened)\b"
    r"|(?<!\w)(?:опроверг\w*|спростува\w*|заперечи\w*|отрица\w*|отверг\w*|відкину\w*|фейк\w*|неправд\w*|брехн\w*|"
    r"вигадк\w*|слух\w*|чутк\w*|не соответству\w* действительности|не відповіда\w* дійсності)",
    re.IGNORECASE,
)
_CONFIRMATION = re.compile(
    r"\b(?:confirmed|confirms|confirm|confirming|confirmation of|corroborated|corroborates|verified|"
    r"backed up|"
    r"backing up|acknowledged|acknowledges|admitted|admits)\b"
    r"|(?<!\w)(?:подтверди\w*|подтвержда\w*|підтверди\w*|підтвержу\w*|признал\w*|визнав\w*|визнал\w*)",
    re.IGNORECASE,
)
_NEGATED_CONFIRM = re.compile(
    rf"\b{_NEG}\s+(?:\w+\s+){{0,2}}(?:confirm|confirmed|verify|acknowledge|acknowledged|admit|admitted)\b",
    re.IGNORECASE,
)


# Cheap look-ups that tell whether the expensive patterns can match at all.
_NO_DENIAL_HINTS = (
    "not", "n't", "never", "declin", "refus", "neither", "no ", "nothing", "refer", "redirect", "direct",
    "question for", "unable", "too ", "cannot", "не ", "нечего", "нічого", "отказ", "відмов", "ни ",
)  # fmt: skip
_DENIAL_HINTS = (
    "den", "reject", "dismiss", "refut", "disput", "debunk", "contradict", "spurn", "fake", "false",
    "groundless",
    "baseless", "unfounded", "rumo", "untrue", "truth", "wrong", "propaganda", "lie", "lying", "nonsense",
    "fabricat", "disinformation", "fiction", "speculation", "hoax", "rubbish", "slander", "smear",
    "garbage", "absurd", "never happened", "опроверг",
    "спростув", "запереч", "отрица", "отверг", "відкину", "фейк", "неправд", "брехн", "вигадк", "слух",
    "чутк",
    "действительност", "дійсност",
)  # fmt: skip
_CONFIRM_HINTS = ("confirm", "corroborat", "verif", "backed up", "backing up", "acknowledg", "admit",
"подтвер",
                  "підтвер", "призна", "визна")  # fmt: skip
_SILENCE_HINTS = ("not", "n't", "neither", "no immediate", "reached")


def _hint_pattern(words) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


_NO_DENIAL_HINT = _hint_pattern(_NO_DENIAL_HINTS)
_DENIAL_HINT = _hint_pattern(_DENIAL_HINTS)
_CONFIRM_HINT = _hint_pattern(_CONFIRM_HINTS)
_SILENCE_HINT = _hint_pattern(_SILENCE_HINTS)


def is_silence(scope: str) -> bool:
    low = scope.casefold()
    return _SILENCE_HINT.search(low) is not None and _SILENCE.search(scope) is not None


def stance_of(scope: str) -> str:
    """The stance in a speaker's part of a sentence (its verb and what it governs)."""
    low = scope.casefold()
    if _NO_DENIAL_HINT.search(low) and _NO_DENIAL.search(scope):
        return DOES_NOT_DENY
    if _DENIAL_HINT.search(low) and _DENIAL.search(scope):
        return DENIES
    if _CONFIRM_HINT.search(low) and _CONFIRMATION.search(scope):
        if _NEGATED_CONFIRM.search(scope):
            return DOES_NOT_DENY
        return CONFIRMS
    return ASSERTS
