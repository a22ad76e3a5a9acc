"""Who says it: actors in a sentence and the reporting cues that make some of them speakers.

Actors are registry sources matched by alias, anonymous groups ("U.S. and Ukrainian officials",
"Ukrainian media", "a news report"), unknown names standing where a speaker stands ("The Wall
Street Journal reported"), and anaphors ("he said", "the agency said") resolved to the previous
speaker. An actor is a speaker when a cue links it: "according to X", "citing X", "X said / told /
reported / confirmed ...", "..., said X", "X's Telegram channel", "reported by X", "X: ...".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import concept
from .tokens import WORD, word_set

# ---------------------------------------------------------------------------------------------
# Vocabulary

SAY, CONFIRM, DENY, DECLINE, EVALUATE, ACCUSE = "say", "confirm", "deny", "decline", "evaluate", "accuse"
# What may stand between a speaker and its verb.
_GAP_OK = word_set(
    """has have had also later earlier previously now then again already first further publicly separately
    recently officially subsequently initially not did does do could would will can cannot didn't
    doesn't hasn't haven't t been was were is are neither never nor either which who whose on in at a an
    the this its his her their s last week night year month today yesterday tonight morning evening
    afternoon monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept oct nov
    dec officials official spokesman spokesperson spokeswoman spokesmen statement press service office
    secretary deputy chief head representative representatives telegram channel account post page
    website briefing agency ministry department however meanwhile though too still for part own x
    twitter facebook online social media note email video address interview reports report sources
    outlets tv television radio conference hearing separate official's own newly also once repeatedly
    reportedly just late early both all only in-person nightly daily weekly regular joint written
    earlier-reported также ранее уже тоже в на у свою очередь теж також раніше своєму своем
    telegram-канале telegram-каналі канале каналі своїй своей"""
)
_NATIONS = {
    "us": "US", "american": "US", "washington": "US", "ukrainian": "Ukrainian",
    "ukraine's": "Ukrainian", "ukraine": "Ukrainian", "kyiv": "Ukrainian", "kiev": "Ukrainian",
    "south korean": "South Korean", "south korea's": "South Korean", "seoul's": "South Korean",
    "seoul": "South Korean", "western": "Western", "allied": "Western", "russian": "Russian",
    "russia's": "Russian", "moscow": "Russian", "north korean": "North Korean",
    "north korea's": "North Korean",
    "pyongyang's": "North Korean", "british": "British", "uk": "British",
    "japanese": "Japanese", "european": "European", "eu": "European", "chinese": "Chinese", "nato": "NATO",
    "german": "German", "french": "French", "polish": "Polish", "belarusian": "Belarusian",
    "iranian": "Iranian",
}  # fmt: skip
_COUNTRY_OF_NATION = {
    "US": "United States", "Ukrainian": "Ukraine", "South Korean": "South Korea", "Russian": "Russia",
    "North Korean": "North Korea", "British": "United Kingdom", "Japanese": "Japan", "Chinese": "China",
}  # fmt: skip
_NAT = (
    r"(?:U\.S\.|US|American|Ukrainian|Ukraine's|South Korean|South Korea's|Seoul's|Western|Allied|Russian|"
    r"Russia's|"
    r"North Korean|North Korea's|Pyongyang's|British|U\.K\.|UK|Japanese|European|EU|Chinese|NATO|German|"
    r"French|Polish|"
    r"Belarusian|Iranian|Kyiv|Kiev|Moscow|Seoul|Washington)"
)
_MOD = (
    r"(?:senior|military|intelligence|defen[cs]e|security|government|administration|diplomatic|army|top|unnamed|"
    r"anonymous|high-ranking|other|several|two|three|some|many|local|regional|state|presidential|independent|"
    r"pro-Kremlin|pro-Russian|pro-war|war|news|press|national|federal|frontline|front-line)"
)
_NOUN = (
    r"(?P<noun>officials|official|sources|source|diplomats|diplomat|lawmakers|lawmaker|legislators|legislator|"
    r"MPs|authorities|media outlets|media reports|media report|press reports|news reports|news report|media|"
    r"outlets|outlet|press|newspapers|newspaper|journalists|reporters|bloggers|blogger|Telegram channels|"
    r"channels|channel|intelligence estimates|intelligence reports|intelligence agencies|"
    r"intelligence services|"
    r"intelligence|agencies|estimates|representatives|representative|mission|delegation|envoy|ambassador|"
    r"embassy|government|commanders|commander|analysts)"
)
# Nationality first (not an optional article) so that the scan can skip ahead to capital letters.
_GENERIC = re.compile(
    rf"(?P<nats>{_NAT}(?:\s*(?:,\s*and\b|,|\band\b|\bor\b)\s*{_NAT})*)\s+(?:(?:{_MOD})\s+){{0,3}}{_NOUN}\b"
)
_GENERIC_BARE = re.compile(
    r"(?P<noun>[Oo]fficials?|[Ss]ources?|[Mm]edia reports?|[Pp]ress reports|[Nn]ews reports?|[Rr]eports?|"
    r"[Mm]edia|[Bb]loggers|Telegram channels|[Dd]iplomats|[Ll]awmakers)\b"
    r"(?P<place>\s+(?:in|from|close to|within|at|"
    r"familiar with)\s+(?:the\s+)?(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
    r"(?:\s+(?:military|army|government|ministry|forces|intelligence|administration|command|authorities))?)?",
)
_BARE_NOUN_HINTS = ("official", "source", "media", "report", "blogger", "channel", "diplomat", "lawmaker")
_BARE_PREFIX = re.compile(
    rf"(?:(?P<det>\b(?i:a|an|the|two|three|several|some|many|other|one))\s+)?(?P<mods>(?:\b(?i:{_MOD})\s+){{0,3}})$"
)
ANAPHOR_CYRILLIC = word_set("он она они він вона вони ведомство відомство дипломат глава")
_ANAPHOR = re.compile(
    r"(?<![\w'])(?P<a>he|she|they|it|He|She|They|It|[Tt]he (?:agency|ministry|department|service|spokesman|"
    r"spokesperson|"
    r"spokeswoman|official|minister|president|newspaper|paper|journal|outlet|channel|statement|report|office|military|"
    r"army|commander|general|intelligence agency|defen[cs]e ministry|organi[sz]ation|alliance|secretary|"
    r"secretary-general|chief|envoy|diplomat|lawmaker|broadcaster|leader|government|administration|prisoner|soldier|"
    r"governor|mayor|blogger|source|sources|officials|spy agency|intelligence service|country|regime|"
    r"Kremlin spokesman)|"
    r"[Ii]ts (?:statement|report|spokesman|spokesperson|spokeswoman|press service)|[Hh]is office|"
    r"[Hh]er office|"
    r"он|она|они|він|вона|вони|Он|Она|Они|Він|Вона|Вони|[Вв]едомство|[Вв]ідомство|[Дд]ипломат|"
    r"[Гг]лава Генштаба)(?![\w'])"
)
_NAME = re.compile(
    r"(?:(?:[A-Z][\w'’.&-]*|«[^»]{1,40}»)(?:\s+(?:(?:of|for|the|and|on|de|al|bin|von|der)\s+)*(?:[A-Z][\w'’.&-]*|«[^»]{1,40}»)){0,5}"
    r"|[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:\s+[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+){0,2}|«[^»]{1,40}»)$"
)
_NAME_AFTER = re.compile(
    r"^\s*(?:the\s+)?((?:[A-Z][\w'’.&-]*)(?:\s+(?:(?:of|for|the|and|on|de|al|bin|von|der)\s+)*[A-Z][\w'’.&-]*){0,5}"
    r"|[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:\s+[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+){0,2}|«[^»]{1,40}»)"
)
_CYRILLIC_TEXT = re.compile(r"[а-яА-ЯёЁіїєґІЇЄҐ]{3}")
_TITLE_WORDS = word_set(
    """president prime minister minister governor colonel general gen gen. lt lt. maj maj. col col. capt
    spokesman spokesperson spokeswoman deputy secretary press commander chief head mr mrs ms dr mr. mrs.
    ms. dr. ambassador envoy director adviser advisor senator sen. rep. representative lieutenant major
    admiral sergeant captain acting former foreign defence defense interior national security the a an
    but however meanwhile also then and or so yet still later earlier on in at by for since after before
    while when if as this that these those it its his her their they he she we i you what which who
    where why how there here today yesterday according citing quoting"""
)
_NOT_NAMES = word_set(
    """как так это по при что также як це цей ця за про але однак тому де коли analysts experts observers
    critics it this that these those they he she we i you there here but however meanwhile also then and
    or so yet still later earlier on in at by for since after before while when if as the a an what
    which who where why how today yesterday some many several other both all each monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july august
    september october november december according citing quoting reports report officials sources media"""
)
_MEDIA_NAME = re.compile(
    r"\b(?:Post|Times|News|Journal|Agency|TV|Radio|Telegraph|Guardian|Herald|Daily|Press|Media|Telegram|channel|"
    r"Gazette|Tribune|Wire|Reuters|Bloomberg|Yonhap|Kommersant|Izvestia|Pravda|Interfax|Ukrinform|Insider|Week|"
    r"Zone|Monitor|Review|Express|Mail|Sun|Mirror|Independent|Standard|Observer|Economist|Politico|Axios|Vedomosti|"
    r"Meduza|Mediazona|Novaya|Gazeta|Fontanka|Rybar|Readovka|WarGonzo|Dnevnik|Vesti|Kanal)\b|«"
)
_ORG_KIND = (
    (
        re.compile(
            r"\b(?:Institute|Organi[sz]ation|Council|Centre|Center|Foundation|Fund|Union|Committee)\b"
        ),
        "international",
    ),
    (
        re.compile(
            r"\b(?:Ministry|Department|Office|Governor|Administration|Government|Parliament|Duma|Rada)\b"
        ),
        "government",
    ),
    (
        re.compile(r"\b(?:Army|Forces|Command|Brigade|Regiment|Battalion|Staff|Guard|Navy|Air Force)\b"),
        "military",
    ),
)


@dataclass
class Actor:
    start: int  # offsets within the sentence
    end: int
    key: str | None  # registry key, or None for a new source
    name: str
    kind: str = "other"
    media: bool = False
    anaphor: str = ""  # the anaphor's words when this actor stands for an earlier speaker
    group: int = -1  # actors named together ("U.S. and Ukrainian officials") share a group


@dataclass
class Speaker:
    actor: Actor
    cue_start: int  # where the cue (verb, "according to" ...) is, for scope and time attachment
    cue_end: int
    how: str  # verb, according, citing, inverted, colon, passive, channel
    verb_class: str = SAY
    cited: Actor | None = None
    relay: bool = False  # a medium passing on someone else's claim
    lead: Speaker | None = None  # for "..., adding ...": the speaker whose clause this extends
    stance: str | None = None
    clause: str = ""


@dataclass
class ReportMemory:
    """What earlier sentences of the report tell later ones: who spoke last, and names seen."""

    speakers: list[Actor] = field(default_factory=list)
    names: dict[str, Actor] = field(default_factory=dict)

    def remember(self, actor: Actor, text: str) -> None:
        self.speakers.append(actor)
        for word in WORD.findall(text):
            if len(word) >= 3 and word[0].isupper() and word.casefold() not in _TITLE_WORDS:
                self.names[word] = actor

    def resolve(self, anaphor: str, kinds: tuple[str, ...] = ()) -> Actor | None:
        """The earlier speaker an anaphor points to. `kinds` (from the lexicon's ANAPHORS) narrows
        it: "the agency" is an intelligence or government body, "he" a person, "видання" a medium."""
        if not self.speakers:
            return None
        recent = list(reversed(self.speakers[-6:]))
        if "person" in kinds and len(kinds) == 1:
            return next((a for a in recent if _is_person_like(a)), None)
        wanted = set(kinds) - {"person"}
        if wanted:
            found = next((a for a in recent if a.kind in wanted), None)
            if found is not None or "media" in wanted:
                return found
        return self.speakers[-1]


def _is_person_like(actor: Actor) -> bool:
    return actor.kind not in ("anonymous", "media") and not actor.name.endswith("(unnamed)")


def nation_of(word: str) -> str | None:
    key = word.casefold().replace("’", "'").replace(".", "")
    return _NATIONS.get(" ".join(key.split()))


def gap_ok(gap: str, lang=None) -> bool:
    """Can a speaker stand this far from its verb? ("Dmitry Peskov, asked about it, said").
    With a language, its titles and roles may stand there too ("заявляв керівник Центру")."""
    if len(gap) > 160:
        return False
    if gap.startswith("."):
        gap = gap[1:]  # "The U.S. said": the abbreviation's own full stop
    if not gap.strip():
        return True
    g = _COMMA_INSERT.sub(" ", gap, count=2) if "," in gap else gap
    g = _PARENTHESIS.sub(" ", g) if "(" in g else g
    if _CLAUSE_BREAK.search(g):
        return False
    words = WORD.findall(g)
    if len(words) > 8:
        return False
    capitals = 0
    roles = lang.actors.TITLES | lang.actors.ROLE_WORDS if lang is not None else frozenset()
    for w in words:
        lw = w.casefold()
        if lw in _GAP_OK or lw.isdigit() or (roles and lang.lemma(w) in roles):
            continue
        if w[0].isupper() and capitals < 4:
            capitals += 1
            continue
        return False
    return True


def guess_kind(name: str) -> tuple[str, bool]:
    if _MEDIA_NAME.search(name):
        return "media", True
    for pattern, kind in _ORG_KIND:
        if pattern.search(name):
            return kind, False
    return "other", False


def clean_name(raw: str) -> str:
    words = raw.replace("’", "'").split()
    while words and words[0].casefold().rstrip(".") in _TITLE_WORDS | {w.rstrip(".") for w in _TITLE_WORDS}:
        words = words[1:]
    name = " ".join(words).strip(" ,.'")
    name = _POSSESSIVE_END.sub("", name)
    return name


def generic_actors(
    sentence: str, registry_lookup, group_start: int, cyrillic: bool | None = None
) -> list[Actor]:
    """Anonymous and collective actors: "U.S. and Ukrainian officials", "Ukrainian media", "officials"."""
    out: list[Actor] = []
    if cyrillic is None:
        cyrillic = _CYRILLIC_TEXT.search(sentence) is not None
    if cyrillic:
        out.extend(generic_actors_cyrillic(sentence, registry_lookup, group_start))
    group = group_start
    for m in _GENERIC.finditer(sentence):
        if m.start() and (sentence[m.start() - 1].isalnum() or sentence[m.start() - 1] in "'’"):
            continue
        noun = m.group("noun").casefold()
        nats = [n for n in _NATION_JOINER.split(m.group("nats")) if n]
        group += 1
        for nat_word in nats:
            nation = nation_of(nat_word)
            if nation is None:
                continue
            actor = _generic_actor(nation, noun, m.start(), m.end(), registry_lookup)
            if actor is not None:
                actor.group = group
                out.append(actor)
    low = sentence.casefold()
    bare = any(w in low for w in _BARE_NOUN_HINTS)
    for m in _GENERIC_BARE.finditer(sentence) if bare else ():
        if m.start() and sentence[m.start() - 1].isalnum():
            continue
        before = _BARE_PREFIX.search(sentence, max(0, m.start() - 60), m.start())
        start = before.start() if before and before.group(0) else m.start()
        if any(a.start <= start < a.end or start <= a.start < m.end() for a in out):
            continue
        noun = m.group("noun").casefold()
        det = before.group("det") if before else None
        mods = (before.group("mods") or "").casefold() if before else ""
        if noun == "report" and (det or "").casefold() not in ("a", "an"):
            continue  # "the report" points back to an earlier source (an anaphor), "a report" is new
        noun = {"report": "a report", "source": "sources", "official": "officials"}.get(noun, noun)
        if noun in ("sources",) and "intelligence" in mods:
            noun = "intelligence sources"
        if noun == "bloggers" and "military" in mods:
            noun = "military bloggers"
        place = (m.group("place") or "").strip()
        nation = None
        if place:
            place_word = _PLACE_PREPOSITION.sub("", place)
            # "sources in Kyiv" are Ukrainian sources; "a source in the Ukrainian military" speaks for it.
            nation = nation_of(place_word) if " " not in place_word else None
            if nation is None and registry_lookup(place_word) is None:
                nation = nation_of(place_word.split()[0])
            if nation is None and registry_lookup(place_word) is not None:
                src = registry_lookup(place_word)
                group += 1
                out.append(
                    Actor(start, m.end(), src.key, src.name, src.kind, src.kind == "media", group=group)
                )
                continue
        if noun in ("reports", "a report") and not (det or mods.strip()):
            continue  # "reports of ..." without a source is narration
        group += 1
        if nation:
            actor = _generic_actor(nation, noun, start, m.end(), registry_lookup)
        elif noun in ("officials", "diplomats"):
            label = "Intelligence officials (unnamed)" if "intelligence" in mods else "Officials (unnamed)"
            actor = Actor(start, m.end(), None, label, "anonymous")
        elif noun in ("sources", "intelligence sources"):
            label = (
                "Intelligence sources (unnamed)" if "intelligence" in (mods + noun) else "Sources (unnamed)"
            )
            label = "Military sources (unnamed)" if "military" in mods else label
            actor = Actor(start, m.end(), None, label, "anonymous")
        elif noun in ("bloggers", "military bloggers", "telegram channels"):
            label = (
                "Pro-Kremlin military bloggers"
                if "kremlin" in mods or "russian" in mods
                else "Military bloggers"
            )
            actor = Actor(start, m.end(), None, label, "media", media=True)
        elif noun == "lawmakers":
            actor = Actor(start, m.end(), None, "Lawmakers (unnamed)", "government")
        else:
            actor = Actor(start, m.end(), None, "Media report (unnamed)", "media", media=True)
        if actor is not None:
            actor.group = group
            out.append(actor)
    return out


_GENERIC_CYR = re.compile(
    r"(?<!\w)(?P<nat>західн|американськ|українськ|південнокорейськ|російськ|британськ|западн|американск|украинск|"
    r"южнокорейск|российск|британск)[а-яіїє]*\s+(?P<noun>посадовц|чиновник|офіційн[а-яіїє]*\s+особ|джерел|источник|"
    r"представник|официальн[а-яіїє]*\s+лиц|розвід|разведк|ЗМІ|СМИ|медіа|медиа)[а-яіїє]*",
    re.IGNORECASE,
)
_NATION_CYR = (
    ("західн", "Western"), ("западн", "Western"), ("американськ", "US"), ("американск", "US"),
    ("українськ", "Ukrainian"), ("украинск", "Ukrainian"), ("південнокорейськ", "South Korean"),
    ("южнокорейск", "South Korean"), ("російськ", "Russian"), ("российск", "Russian"),
    ("британськ", "British"), ("британск", "British"),
)  # fmt: skip


def generic_actors_cyrillic(sentence: str, registry_lookup, group_start: int) -> list[Actor]:
    out = []
    for i, m in enumerate(_GENERIC_CYR.finditer(sentence)):
        stem = m.group("nat").casefold()
        nation = next(n for k, n in _NATION_CYR if stem.startswith(k))
        noun = m.group("noun").casefold()
        if noun.startswith(("розвід", "разведк")):
            key = "intelligence"
        elif noun in ("змі", "сми", "медіа", "медиа"):
            key = "media"
        elif noun.startswith(("джерел", "источник")):
            key = "sources"
        else:
            key = "officials"
        actor = _generic_actor(nation, key, m.start(), m.end(), registry_lookup)
        if actor is not None:
            actor.group = group_start + 100 + i
            out.append(actor)
    return out


def _generic_actor(nation: str, noun: str, start: int, end: int, registry_lookup) -> Actor | None:
    if noun in ("analysts",):
        return None
    if noun in (
        "media", "media outlets", "media reports", "media report", "press", "press reports", "news reports",
        "news report", "outlets", "outlet", "newspapers", "newspaper", "journalists", "reporters",
    ):  # fmt: skip
        return Actor(start, end, None, f"{nation} media", "media", media=True)
    if noun in ("bloggers", "blogger", "telegram channels", "channels", "channel"):
        return Actor(start, end, None, f"{nation} military bloggers", "media", media=True)
    if noun in (
        "intelligence", "intelligence estimates", "intelligence reports", "intelligence agencies",
        "intelligence services", "agencies",
    ):  # fmt: skip
        src = registry_lookup(f"{nation} intelligence")
        if src is not None:
            return Actor(start, end, src.key, src.name, src.kind)
        return Actor(start, end, None, f"{nation} intelligence (unnamed)", "intelligence")
    if noun in (
        "representatives", "representative", "mission", "delegation", "envoy", "ambassador", "embassy",
        "government",
        "estimates", "authorities",
    ):  # fmt: skip
        country = _COUNTRY_OF_NATION.get(nation, nation)
        src = registry_lookup(f"{nation} government") or registry_lookup(country)
        if src is not None:
            return Actor(start, end, src.key, src.name, src.kind)
        return Actor(start, end, None, f"{nation} government", "government")
    if noun in ("lawmakers", "lawmaker", "legislators", "legislator", "mps"):
        return Actor(start, end, None, f"{nation} lawmakers", "government")
    if noun in ("commanders", "commander"):
        return Actor(start, end, None, f"{nation} commanders (unnamed)", "military")
    if noun in ("sources", "source"):
        return Actor(start, end, None, f"{nation} sources (unnamed)", "anonymous")
    return Actor(start, end, None, f"{nation} officials (unnamed)", "anonymous")


# ---------------------------------------------------------------------------------------------
# Linking actors to cues

_ROLE_WORDS_EN = concept("en", "actors").ROLE_WORDS
_COORD = re.compile(r"^\s*(?:,|and|,\s*and|as well as|or)\s*$")
_CITED_BEFORE = re.compile(
    r"(?:reports?|claims?|accounts?|figures?|estimates?|assessments?|statements?|data|findings)\s+(?:from|by|of)\s+(?:the\s+)?$",
    re.I,
)
_CITED_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:earlier\s+|initial\s+)?(?:account|report|reports|claim|claims|figure|figures|estimate|estimates|"
    r"assessment|statement|findings|data)\b",
    re.I,
)
_STRIP_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|also|later|earlier|previously|now|then|again|already|not|did|does|do|could|would|will|"
    r"can|cannot|publicly|separately|recently|officially|first|on|in|at|the|last|this|week|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|today|yesterday|night))+\s*$"
)


def quote_spans(s: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if '"' not in s and "“" not in s and "«" not in s:
        return spans
    for m in _QUOTATION.finditer(s):
        spans.append((m.start(), m.end()))
    return spans


def after_locative(s: str, actor: Actor) -> bool:
    """ "in Ukraine", "to Russia": a place here, not someone speaking. ("Kovalenko of the Centre" is
    a person and where he works: that one speaks.)"""
    window = s[max(0, actor.start - 25) : actor.start]
    m = _LOCATIVE_BEFORE.search(window)
    if m is None:
        return False
    word = m.group(0).split()[0].casefold() if m.group(0).split() else ""
    if word in ("of", "at", "from", "for"):
        before = s[: max(0, actor.start - 25) + m.start()].split()
        if before and before[-1][:1].isupper():
            return False  # "Kovalenko of the Centre"
        if before and word in ("of", "for") and before[-1].casefold() in _ROLE_WORDS_EN:
            return False  # "a spokesman for the Pentagon", "the head of the agency"
    return True


_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|to|into|from|near|at|outside|around|across|inside|within|toward|towards|through|via|throughout|"
    r"against|with|on|over|for|of)\s+(?:the\s+)?|(?<!\w)(?:в|во|у|на|из|із|з|до|по|против|проти)\s+)$",
    re.IGNORECASE,
)


def _group(actor: Actor, actors: list[Actor], s: str) -> list[Actor]:
    """An actor and those coordinated with it ("The US and South Korea said")."""
    if actor.group >= 0:
        same = [a for a in actors if a.group == actor.group]
        if len(same) > 1:
            return same
    out = [actor]
    ordered = sorted(actors, key=lambda a: a.start)
    i = ordered.index(actor)
    while i > 0:
        prev = ordered[i - 1]
        joint = s[prev.end : out[0].start]
        # "X and Y said", "X, Y and Z said": a bare comma joins only further to the left of an "and".
        ok = _COORD.match(joint) and (len(out) > 1 or joint.strip() != ",")
        if prev.end <= out[0].start and ok and not after_locative(s, prev):
            out.insert(0, prev)
            i -= 1
        else:
            break
    return out


def _known(found: Actor | None, actors: list[Actor]) -> Actor | None:
    """A name read where a speaker stands is the registry's actor when the registry matched it."""
    if found is None or found.key is not None:
        return found
    for actor in actors:
        if actor.key is not None and actor.start < found.end and found.start < actor.end:
            return actor
    return found


def _unknown_before(s: str, pos: int, memory: ReportMemory) -> Actor | None:
    window = max(0, pos - 160)  # a name stands close to its verb; never scan the whole sentence
    found = _unknown_in(s[window:pos], memory)
    if found is not None:
        found.start += window
        found.end += window
    return found


def _unknown_in(s: str, memory: ReportMemory) -> Actor | None:
    pos = len(s)
    prefix = s[:pos].rstrip()
    prefix = _TRAILING_INSERT.sub("", prefix).rstrip()
    prefix = _STRIP_TAIL.sub("", prefix)
    m = _NAME.search(prefix)
    if m is None:
        return None
    raw = m.group(0)
    name = clean_name(raw)
    if not name or name.casefold() in _NOT_NAMES or not _CAPITAL.search(name):
        return None
    if " " not in name:
        known = memory.names.get(name)
        if known is not None:
            return Actor(m.start() + raw.find(name), m.end(), known.key, known.name, known.kind, known.media)
        if m.start() == 0 and name.casefold() in _NOT_NAMES:
            return None
    start = m.start() + max(0, raw.find(name.split()[0]))
    kind, media = guess_kind(name)
    return Actor(start, m.end(), None, name.strip("«»"), kind, media)


def _unknown_after(s: str, pos: int, memory: ReportMemory) -> Actor | None:
    m = _NAME_AFTER.match(s[pos:])
    if m is None:
        return None
    name = clean_name(m.group(1))
    if not name or name.casefold() in _NOT_NAMES:
        return None
    if " " not in name and name in memory.names:
        known = memory.names[name]
        return Actor(pos + m.start(1), pos + m.end(1), known.key, known.name, known.kind, known.media)
    kind, media = guess_kind(name)
    return Actor(pos + m.start(1), pos + m.end(1), None, name.strip("«»"), kind, media)


def _identity(actor: Actor) -> tuple:
    return (actor.key, actor.name if actor.key is None else "")


def cited_actor(s: str, speaker: Speaker, actors: list[Actor], speaking: set[int]) -> Actor | None:
    """The source whose report a confirmation or denial refers to ("confirmed reports from Seoul")."""
    for actor in actors:
        if id(actor) in speaking or actor.key == speaker.actor.key and actor.name == speaker.actor.name:
            continue
        if _CITED_BEFORE.search(s[max(0, actor.start - 40) : actor.start]) or _CITED_AFTER.match(
            s[actor.end :]
        ):
            return actor
    return None


# Patterns used inside functions, compiled once.
_COMMA_INSERT = re.compile(r",[^,;:\"“”«»]{0,90}?,")
_PARENTHESIS = re.compile(r"\([^()]{0,60}\)")
_CLAUSE_BREAK = re.compile(r"[;:\"“”«»]|\.\s")
_POSSESSIVE_END = re.compile(r"'s$")
_NATION_JOINER = re.compile(r"\s*(?:,\s*and\b|,|\band\b|\bor\b)\s*")
_PLACE_PREPOSITION = re.compile(r"^(?:in|from|close to|within|at|familiar with)\s+(?:the\s+)?")
_QUOTATION = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"]*\"")
_TRAILING_INSERT = re.compile(r",[^,;:\"“”«»]{0,90}?,\s*$")
_CAPITAL = re.compile(r"[A-ZА-ЯЁІЇЄҐ«]")


# ---------------------------------------------------------------------------------------------
# Anaphors: "he", "the agency", "its statement", "він", "відомство"


def _anaphor_pattern(lang) -> re.Pattern:
    words = lang.actors.ANAPHORS
    determiners = lang.actors.ANAPHOR_DETERMINERS
    single = [w for w in words if " " not in w and not determiners]
    described = sorted(words, key=len, reverse=True)
    parts = [re.escape(w) for w in sorted(single, key=len, reverse=True)]
    if determiners:
        parts = [r"he|she|they|it"]
        parts.append(r"the\s+(?:" + "|".join(re.escape(w) for w in described) + ")")
        parts.append(r"its\s+(?:" + "|".join(sorted(lang.actors.POSSESSIVE_STATEMENTS)) + ")")
        parts.append(r"(?:his|her)\s+office")
    return re.compile(r"(?<![\w'])(?P<a>" + "|".join(parts) + r")(?![\w'])", re.IGNORECASE)


_ANAPHOR_PATTERNS: dict[str, re.Pattern] = {}


def anaphors(s: str, words, wset: set[str], lang):
    """ "he", "the agency", "its statement": tried only where such a word starts."""
    pattern = _ANAPHOR_PATTERNS.get(lang.code)
    if pattern is None:
        pattern = _ANAPHOR_PATTERNS[lang.code] = _anaphor_pattern(lang)
    starts = lang.actors.ANAPHOR_DETERMINERS | {"he", "she", "they", "it", "his", "her", "its"}
    if not lang.cyrillic:
        if not wset & (starts | frozenset(lang.actors.ANAPHORS)):
            return
    else:
        starts = frozenset(lang.actors.ANAPHORS)
    for _w, a, _b, lw in words:
        if lw in starts:
            m = pattern.match(s, a)
            if m is not None:
                yield m
