"""Numbers tied to what they count: value, unit, qualifier (about, at least, up to ...), ranges.

A number becomes a figure only when a unit word stands close to it (soldiers, officers, killed,
casualties, prisoners, drones ...), so dates, years, ordinals ("the first soldiers") and unit-less
numbers are left alone. Casualty words before or after the people counted set the unit:
"50 soldiers were killed" is 50 killed, "captured two soldiers" is 2 prisoners, "300 killed and
2,700 wounded" is two figures. Numbers may be written 3,000 / 3 000 / 3.000 / 10k / 1.5 million
/ twelve thousand / тисячу / чотирьох тисяч.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .tokens import word_set
from .types import FigureDraft

_EN_UNITS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "dozen": 12,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
_SCALES = {
    "hundred": 100,
    "thousand": 1000,
    "million": 1_000_000,
    "k": 1000,
    "m": 1_000_000,
    "mln": 1_000_000,
}
# Russian / Ukrainian number words by stem, any case ending.
_CYR_NUMBERS = (
    ("одн", 1), ("один", 1), ("два", 2), ("две", 2), ("дві", 2), ("двух", 2), ("двох", 2), ("три", 3),
    ("трех", 3), ("трьох", 3), ("четыр", 4), ("чотир", 4), ("пят", 5), ("п'ят", 5), ("шест", 6),
    ("шіст", 6), ("сем", 7), ("сім", 7), ("восем", 8), ("вісім", 8), ("девят", 9), ("дев'ят", 9),
    ("десят", 10), ("двадцат", 20), ("двадцят", 20), ("тридцат", 30), ("тридцят", 30), ("сорок", 40),
    ("пятьдесят", 50), ("п'ятдесят", 50), ("сто", 100), ("сотн", 100), ("двест", 200), ("двісті", 200),
    ("триста", 300), ("пятьсот", 500), ("п'ятсот", 500),
)  # fmt: skip
_CYR_SCALES = (
    ("тысяч", 1000), ("тисяч", 1000), ("тыс", 1000), ("тис", 1000), ("миллион", 1_000_000),
    ("мільйон", 1_000_000), ("млн", 1_000_000),
)  # fmt: skip

_CYR_STEMS = (
    "тысяч|тисяч|сот|десят|одн|один|два|две|дві|двух|двох|три|трех|трьох|четыр|чотир|пят|п'ят|шест|шіст|"
    "сем|сім|восем|вісім|девят|дев'ят|сорок|сто"
)
_WORDNUM = "|".join(sorted([*_EN_UNITS, *_EN_TENS], key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[  ]\d{3})+(?!\d)|\d{1,3}(?:\.\d{3})+(?![\d,])|\d+(?:\.\d+)?"

# Unit words (English) -> unit. Checked on the words after the number.
_PEOPLE = {
    "soldiers": "soldiers", "soldier": "soldiers", "troops": "soldiers", "servicemen": "soldiers",
    "serviceman": "soldiers", "servicemembers": "soldiers", "personnel": "soldiers", "men": "soldiers",
    "fighters": "soldiers", "militants": "soldiers", "deserters": "soldiers", "recruits": "soldiers",
    "mercenaries": "soldiers", "paratroopers": "soldiers", "marines": "soldiers", "commandos": "soldiers",
    "infantrymen": "soldiers", "conscripts": "soldiers", "special forces": "soldiers", "workers": "workers",
    "labourers": "workers", "laborers": "workers", "officers": "officers", "officer": "officers",
    "generals": "generals", "general": "generals", "commanders": "officers", "interpreters": "interpreters",
    "translators": "interpreters", "civilians": "civilians", "people": "people", "residents": "civilians",
    "children": "civilians", "engineers": "soldiers", "sappers": "soldiers", "pilots": "soldiers",
    "snipers": "soldiers", "specialists": "soldiers", "advisers": "officers", "advisors": "officers",
}  # fmt: skip
_CASUALTY = {
    "killed": "killed", "dead": "killed", "deaths": "killed", "died": "killed", "fatalities": "killed",
    "killed-in-action": "killed", "slain": "killed", "wounded": "wounded", "injured": "wounded",
    "injuries": "wounded", "casualties": "killed_or_wounded", "losses": "killed_or_wounded",
    "prisoners": "prisoners", "prisoner": "prisoners", "captured": "prisoners", "captives": "prisoners",
    "pows": "prisoners", "missing": "missing", "deserted": "soldiers",
}  # fmt: skip
_EQUIPMENT = {
    "missiles": "missiles", "missile": "missiles", "drones": "drones", "drone": "drones", "uavs": "drones",
    "tanks": "tanks", "tank": "tanks", "vehicles": "vehicles", "armoured vehicles": "vehicles",
    "shells": "shells", "rounds": "shells", "artillery": "artillery", "howitzers": "artillery",
    "guns": "artillery", "rocket launchers": "rocket_launchers", "launchers": "rocket_launchers",
    "aircraft": "aircraft", "planes": "aircraft", "jets": "aircraft", "helicopters": "aircraft",
    "ships": "ships", "vessels": "ships", "containers": "containers", "villages": "settlements",
    "settlements": "settlements", "towns": "settlements", "battalions": "battalions", "brigades": "brigades",
    "units": "units", "divisions": "divisions", "platoons": "platoons", "companies": "companies",
}  # fmt: skip
# Words that may stand between a number and its unit: "3,000 North Korean elite soldiers".
_FILLER = word_set(
    """north south korean koreans korea's russian russians ukrainian ukrainians american chinese dprk kpa
    additional more new other extra elite special enemy foreign regular active active-duty combat
    military army of the their its his her whom these those such young trained armed frontline
    front-line ballistic cruise storm shadow iskander atacms shahed attack kamikaze armoured armored
    u.k.-supplied british-supplied long-range short-range air defense defence mortar field others
    further reported confirmed estimated alleged suspected possible total overall"""
)
_KILL_AFTER = re.compile(
    r"[\s,]*(?:(?:were|was|have|has|had|are|is|been|being|reportedly|also|all|already|now|believed|others|other|more|"
    r"thought|said|to|be|have been|in|action)\s+){0,4}"
    r"(?P<w>killed\s+(?:or|and)\s+(?:wounded|injured)|killed|dead|died|wounded|injured|captured|taken\s+prisoner|"
    r"taken\s+captive|missing|went\s+missing|deserted|casualties|losses|prisoners)\b",
    re.I,
)
_VERB_BEFORE = re.compile(
    r"(?P<w>killed|captured|captures|capturing|wounded|lost|losing|loses|suffered|suffering|took\s+prisoner|"
    r"taken\s+prisoner|lose|eliminated|destroyed|liquidated)\s+(?:[\w'-]+\s+){0,3}$",
    re.I,
)
_QUALIFIER = [
    ("at_least", r"at least|no fewer than|no less than|not less than|a minimum of|"
                 r"не менее|не меньше|щонайменше|принаймні|не менше"),
    ("more_than", r"more than|over|upwards of|in excess of|above|exceeding|"
                  r"понад|более|больше|свыше|більше|більш ніж"),
    ("up_to", r"up to|as many as|as much as|до"),
    ("nearly", r"nearly|almost|close to|just under|почти|майже|ледь не"),
    ("less_than", r"less than|fewer than|under|below|менее|меньше|менше"),
    ("about", r"about|around|approximately|approx\.?|roughly|some|an estimated|estimated|some estimated|"
              r"an approximate|"
              r"circa|~|близько|около|приблизно|примерно|порядка|порядку|орієнтовно"),
]  # fmt: skip


def _phrases(pattern: str) -> tuple[str, ...]:
    words = {p.replace("\\.?", ".").replace("\\.", ".") for p in pattern.split("|")}
    words |= {w.rstrip(".") for w in words}
    return tuple(sorted(words, key=len, reverse=True))


# Longest first: "more than" before "than"; checked against the words right before a number.
_QUALIFIER_PHRASES = tuple((key, _phrases(pattern)) for key, pattern in _QUALIFIER)
_COUNTED = re.compile(
    r"\b(?:number|total|count|tally|toll|estimate)\s+of\s+([^.;]{0,80}?)"
    r"\b(?:at|to|as|is|was|stands at|reached|of)\s+(?:between\s+|about\s+|around\s+|some\s+|roughly\s+|"
    r"nearly\s+)?$",
    re.I,
)
_MORE_AFTER = re.compile(r"\s+(?:more|others|other|additional|further)\b", re.I)
_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|or|and)\s*$", re.I)
_CYR_UNIT = (
    ("военнослужащ", "soldiers"), ("військовослужбовц", "soldiers"), ("військовослужбовців", "soldiers"),
    ("солдат", "soldiers"), ("бойц", "soldiers"), ("бійц", "soldiers"), ("военн", "soldiers"),
    ("військов", "soldiers"), ("офицер", "officers"), ("офіцер", "officers"), ("генерал", "generals"),
    ("убит", "killed"), ("вбит", "killed"), ("погиб", "killed"), ("загиб", "killed"), ("загинул", "killed"),
    ("раненых", "wounded"), ("ранен", "wounded"), ("поранен", "wounded"), ("пленн", "prisoners"),
    ("полонен", "prisoners"), ("пропавш", "missing"), ("зникл", "missing"), ("осіб", "people"),
    ("человек", "people"), ("людей", "people"), ("потер", "killed_or_wounded"), ("втрат",
    "killed_or_wounded"),
)  # fmt: skip
_CYR_ADJECTIVE = re.compile(r"(?:их|ых|ий|ый|ой|ая|ое|ые|ого|ому|ими|ыми|ська|ські|ськ|ская|ские|ский)$")
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class _Num:
    value: float
    start: int
    end: int
    text: str


def _parse_words(words: str) -> float | None:
    total, current = 0.0, 0.0
    seen = False
    for w in _WORD_JOINER.split(words.casefold()):
        if w == "and" or not w:
            continue
        if w in _EN_UNITS:
            current += _EN_UNITS[w]
        elif w in _EN_TENS:
            current += _EN_TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in ("thousand", "million"):
            total += (current or 1) * _SCALES[w]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _parse_cyr(words: str) -> float | None:
    total, current, seen = 0.0, 0.0, False
    for w in words.casefold().split():
        scale = next((v for stem, v in _CYR_SCALES if w.startswith(stem)), None)
        if scale:
            total += (current or 1) * scale
            current, seen = 0, True
            continue
        value = next(
            (v for stem, v in sorted(_CYR_NUMBERS, key=lambda x: -len(x[0])) if w.startswith(stem)), None
        )
        if value is None:
            if seen:
                break
            continue
        current += value
        seen = True
    return total + current if seen else None


_DIGIT_HINT = re.compile(r"\d")
_NUMBER_DIGITS = re.compile(
    rf"(?<![\w.,/])(?<![^\W\d]-)(?P<digits>{_DIGITS})(?:\s*(?P<scale>k|K|thousand|million|mln|m\b|тыс\.?|тис\.?|тисяч\w*|тысяч\w*|млн))?"
    rf"(?P<words>(?!))?(?P<cyr>(?!))?(?![\w])",
    re.IGNORECASE,
)


_EN_NUMBER_WORDS = frozenset([*_EN_UNITS, *_EN_TENS, "hundred", "thousand", "million"]) - {"a", "an"}
_SCALE_WORDS = frozenset(("hundred", "thousand", "million", "dozen"))
_CYR_NUMBER_STEMS = tuple(stem for stem, _ in (*_CYR_NUMBERS, *_CYR_SCALES))
_CYR_PREFIXES = frozenset(stem[:3] for stem in _CYR_NUMBER_STEMS)


def _is_number_word(w: str) -> bool:
    if w in _EN_NUMBER_WORDS:
        return True
    if "-" in w:
        return all(p in _EN_NUMBER_WORDS for p in w.split("-"))
    if w[:3] in _CYR_PREFIXES:
        return any(w.startswith(stem) and len(w) - len(stem) <= 4 for stem in _CYR_NUMBER_STEMS)
    return False


def _numbers(text: str, words_in: set[str] | None = None) -> list[_Num]:
    """Numbers written in digits (3,000 / 3 000 / 10k) or in words (twelve thousand / чотирьох тисяч)."""
    out: list[_Num] = []
    if _DIGIT_HINT.search(text):
        for m in _NUMBER_DIGITS.finditer(text):
            digits = m.group("digits")
            if _DOTTED_THOUSANDS.fullmatch(digits):
                digits = digits.replace(".", "")
            value = float(_GROUPING.sub("", digits))
            scale = (m.group("scale") or "").casefold().rstrip(".")
            if scale:
                value *= next((v for k, v in (*_SCALES.items(), *_CYR_SCALES) if scale.startswith(k)), 1)
            if value > 0:
                out.append(_Num(value, m.start(), m.end(), m.group(0)))
    low = text.casefold()
    vocabulary = words_in if words_in is not None else _PLAIN_WORD.findall(low)
    if _EN_NUMBER_WORDS.isdisjoint(vocabulary) and not _CYR_HINT.search(low):
        out.sort(key=lambda n: n.start)
        return out
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        w = words[i].group().casefold()
        starts_run = _is_number_word(w) or (
            w in ("a", "an") and i + 1 < len(words) and words[i + 1].group().casefold() in _SCALE_WORDS
        )
        if not starts_run:
            i += 1
            continue
        j = i
        while j + 1 < len(words) and text[words[j].end() : words[j + 1].start()].strip() == "":
            nxt = words[j + 1].group().casefold()
            if _is_number_word(nxt):
                j += 1
            elif nxt == "and" and j + 2 < len(words) and _is_number_word(words[j + 2].group().casefold()):
                j += 2
            else:
                break
        phrase = text[words[i].start() : words[j].end()]
        value = _parse_cyr(phrase) if _CYR_WORD.match(phrase) else _parse_words(phrase)
        if value and value > 0 and not any(n.start <= words[i].start() < n.end for n in out):
            out.append(_Num(value, words[i].start(), words[j].end(), phrase))
        i = j + 1
    out.sort(key=lambda n: n.start)
    return out


_CYR_HINT = re.compile(r"[а-яіїє]")
_PLAIN_WORD = re.compile(r"[^\W_]+")
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_GROUPING = re.compile(r"[,  ]")
_CYR_WORD = re.compile(r"[а-яА-ЯёЁіїєґІЇЄҐ]")


_UNIT_TABLES = (_CASUALTY, _PEOPLE, _EQUIPMENT)
_SKIPPABLE = frozenset(" \t,")


def _unit_after(text: str, pos: int) -> tuple[str | None, int]:
    """The unit named within a few words after `pos`, and where it ends."""
    i = pos
    n = len(text)
    for _ in range(6):
        while i < n and text[i] in _SKIPPABLE:
            i += 1
        m = _WORD.match(text, i)
        if m is None:
            return None, pos
        w = m.group(0).casefold()
        nxt = _WORD.match(text, m.end() + 1) if m.end() < n and text[m.end()] == " " else None
        if nxt is not None:
            two = w + " " + nxt.group(0).casefold()
            for table in _UNIT_TABLES:
                if two in table:
                    return table[two], nxt.end()
        for table in _UNIT_TABLES:
            if w in table:
                return table[w], m.end()
        if "а" <= w[:1] <= "я" or w[:1] in "іїєґ":
            for stem, unit in _CYR_UNIT:
                if w.startswith(stem):
                    return unit, m.end()
            if not _SHORT_CYRILLIC_WORD.fullmatch(w) and not _CYR_ADJECTIVE.search(w):
                return None, pos
        elif w not in _FILLER:
            return None, pos
        i = m.end()
    return None, pos


def _qualifier(text: str, start: int) -> str:
    """about / at_least / more_than ... from the words right before the number."""
    before = text[max(0, start - 30) : start].casefold().rstrip()
    for key, phrases in _QUALIFIER_PHRASES:
        for phrase in phrases:
            if before.endswith(phrase):
                cut = len(before) - len(phrase)
                if cut == 0 or before[cut - 1] in " (,":
                    return key
    return "exact"


def find_figures(
    text: str, excluded: list[tuple[int, int]] = (), words: set[str] | None = None
) -> list[FigureDraft]:
    """Figures in one sentence; `excluded` spans (dates) hold no figures; `words`, the sentence's
    folded words when the caller has them."""
    nums = [n for n in _numbers(text, words) if not any(a <= n.start < b for a, b in excluded)]
    figures: list[FigureDraft] = []
    skip = set()
    for idx, num in enumerate(nums):
        if idx in skip:
            continue
        if _is_year(num, text):
            continue
        if num.value == 1 and re.match(
            r"\s+of\s+(?:the|them|those|these|its|their|his|her)\b", text[num.end :]
        ):
            continue  # "one of the men": which one, not how many
        # A range: "between 1,000 and 3,000 troops", "10,000-12,000", "10,000 to 12,000".
        high = None
        if idx + 1 < len(nums):
            nxt = nums[idx + 1]
            joint = text[num.end : nxt.start]
            if _RANGE_JOIN.match(joint) and nxt.value > num.value:
                between = _RANGE_LEAD.search(text[max(0, num.start - 10) : num.start])
                if between or joint.strip() in ("-", "–", "—", "to"):
                    high = nxt
                    skip.add(idx + 1)
        last = high or num
        unit, unit_end = _unit_after(text, last.end)
        # "six of the more than 20 personnel": a part counted in the unit of the whole.
        if unit is None:
            part = _PART_OF.match(text[last.end :])
            if part and idx + 1 < len(nums):
                unit, unit_end = _unit_after(text, nums[idx + 1].end)
        if unit is None:  # "put the number of soldiers in Russia at 11,000"
            counted = _COUNTED.search(text[max(0, num.start - 120) : num.start])
            if counted:
                unit, _ = _unit_after(counted.group(1) + " ", 0)
        qualifier = "range" if high else _qualifier(text, num.start)
        if unit in (None, "soldiers", "people", "workers", "officers", "generals"):
            after = _KILL_AFTER.match(text, unit_end if unit else last.end)
            if after:
                unit = _casualty_unit(after.group("w"), unit)
            elif unit in ("soldiers", "people", "officers", "generals"):
                before = _VERB_BEFORE.search(text[max(0, num.start - 40) : num.start])
                adjective = re.search(
                    r"\b(wounded|injured|dead|captured|killed)\s+(?:[\w'-]+\s+){0,2}$",
                    text[num.end : unit_end] + " ",
                )
                if adjective:
                    unit = _casualty_unit(adjective.group(1), unit)
                elif before:
                    unit = _casualty_unit(before.group("w"), unit)
            if unit in (None, "people", "soldiers") and re.search(
                r"[а-яіїє]", text[num.start : num.end + 40]
            ):
                unit = _cyr_context(text, num, unit_end if unit else last.end) or unit
        if unit is None and figures and _MORE_AFTER.match(text, last.end):
            unit = figures[-1].unit  # "three were captured ... and two more"
        if unit is None:
            continue
        figures.append(
            FigureDraft(
                value=num.value,
                unit=unit,
                qualifier=qualifier,
                value_max=high.value if high else None,
                text=text[num.start : max(unit_end, last.end)].strip(),
            )
        )
    return figures


def _casualty_unit(word: str, fallback: str | None) -> str | None:
    w = " ".join(word.casefold().split())
    if "killed" in w and ("wounded" in w or "injured" in w):
        return "killed_or_wounded"
    if w in ("lost", "losing", "loses", "lose", "suffered", "suffering", "casualties", "losses"):
        return "killed_or_wounded"
    if w.startswith(("killed", "dead", "died", "eliminated", "liquidated", "destroyed")):
        return "killed"
    if w.startswith(("wounded", "injured")):
        return "wounded"
    if w.startswith(("captur", "taken", "took", "prisoners")):
        return "prisoners"
    if "missing" in w:
        return "missing"
    if w == "deserted":
        return "soldiers"
    return fallback


def _cyr_context(text: str, num: _Num, after_pos: int) -> str | None:
    """Russian/Ukrainian: the casualty word may come before the number ("вбитими ... тисячу")."""
    after = text[after_pos : after_pos + 40].casefold()
    before = text[max(0, num.start - 60) : num.start].casefold()
    killed = any(s in after[:25] for s in ("загибл", "погибш", "убит", "вбит", "загинул", "погибл"))
    wounded_after = any(s in after[:40] for s in ("поранен", "ранен"))
    if killed and wounded_after:
        return "killed_or_wounded"
    if killed:
        return "killed"
    if any(s in before[-25:] for s in ("полон", "плен")):
        return "prisoners"
    has_k = any(s in before for s in ("вбит", "убит", "загибл", "погиб"))
    has_w = any(s in before for s in ("поранен", "ранен"))
    if has_k and has_w:
        return "killed_or_wounded"
    if has_k:
        return "killed"
    if has_w:
        return "wounded"
    if any(s in before for s in ("втрат", "потер")):
        return "killed_or_wounded"
    return None


def _is_year(num: _Num, text: str) -> bool:
    if not _YEAR_LIKE.fullmatch(num.text):
        return False
    # "2000 troops" is a figure; "in 2024" is a year.
    unit, _ = _unit_after(text, num.end)
    return unit is None or _YEAR_PREPOSITION.search(text[max(0, num.start - 8) : num.start]) is not None


# Patterns used inside functions, compiled once.
_WORD_JOINER = re.compile(r"[\s-]+")
_SHORT_CYRILLIC_WORD = re.compile(r"[а-яіїє']{1,3}")
_RANGE_LEAD = re.compile(r"between\s+$|from\s+$", re.IGNORECASE)
_PART_OF = re.compile(r"\s+of\s+(?:the|them|those|these)\b")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_YEAR_PREPOSITION = re.compile(r"\b(?:in|since|of|by|until|during)\s+$")
