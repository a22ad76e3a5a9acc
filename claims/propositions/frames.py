"""What a claim is mainly about (its frame), as word stems per language: data, read by `grouping`.

A stem ending in "$" is a whole word (short stems would start too many other words: "pow" in
"power"). A frame is a kind of question an analyst files claims under - whether troops were sent, whether
they fight, how many were killed - independent of any one situation. Stems match the start of a
word (casefolded), so one stem covers inflections in English, Russian and Ukrainian alike. Frames
are tried in order: the first whose cue appears is the claim's main predicate (the more specific
questions come first: a casualty count in Kursk is about casualties, not about Kursk).

`window_days`: claims of an *event* frame (one attack, one strike) join only when their event dates
are that close; a *series* frame (troop totals, casualties) gathers estimates over any time.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Frame:
    name: str
    stems: tuple[str, ...]
    phrases: tuple[str, ...] = ()
    window_days: int | None = None
    locative: bool = False  # the most specific place named is part of the question ("troops in Kursk")
    requires: tuple[str, ...] = ()  # stems of which one must also appear (a narrower question)
    # stems that are a cue only as what the claim says its subject is or has ("the ship is not
    # Israeli", "has no connection with"): right after a linking word (`LINKING_WORDS`)
    predicative: tuple[str, ...] = ()
    # one question wherever the claim places it ("fought near Sudzha", "engaged in combat in Kursk"):
    # two specific places do not keep its claims apart
    placeless: bool = False
    # (first, then): a cue when a word at `first` is followed by one at `then` within `NEAR_SPAN`
    # words ("more North Korean troops", "ещё несколько тысяч солдат"); stems as above
    near: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    # a question about a few named people, not about troops: a claim that counts troops is not it
    # ("sent 10,000 soldiers and three generals" counts the deployment)
    uncounted: bool = False
    # phrases whose cue words are no cue: what is avoided is not what happened ("rather than be captured")
    unless: tuple[str, ...] = ()
    # stems that name who a claim is about, a cue only with a word of place after them ("troops in
    # Russia", `PRESENCE_WORDS`), after "with" ("helped Russia with troops"), beside another of the
    # frame's cues ("troops were sent") or with a count of them; alone ("an evasive answer about the
    # troops", "troops advanced 12 km") no cue
    subjects: tuple[str, ...] = ()


CASUALTY_STEMS = (
    "kill", "casualt", "wound", "hurt$", "victim", "dead$", "death", "die$", "died$", "loss", "losses",
    "lost$", "injur", "perish", "fatalit", "убит", "убил", "погиб", "потер", "ранен", "гибел", "жертв",
    "загин", "загибл", "вбит", "втрат", "поранен", "травм", "постраждал", "пострадал", "missing$", "пропавш",
    "безвест", "безвісти",
    # units cut down ("have been decimated"); the dead and wounded in soldiers' slang ("двухсотые")
    "decimat", "двухсотые$", "двухсотых$", "двухсотыми$", "трехсотые$", "трёхсотые$", "трехсотых$",
    "трёхсотых$", "двохсоті$", "двохсотих$", "трьохсоті$", "трьохсотих$",
    # by concept: other words for dying and the dead, death tolls, the killed in action
    "dying$", "slain$", "toll$", "fatal$", "fatally$", "kia$", "unaccounted", "скончал", "умер$", "умерли$",
    "умерла$", "умерло$", "умерш", "мертв", "мёртв", "помер", "вбив", "загинул",
    # death, not "deadly" (смертельний удар: a strike so described is the strike)
    "смерть$", "смерти$", "смерті$", "смертей$", "смертью$", "смертю$", "смертями$", "смертям$",
)  # fmt: skip
CASUALTY_PHRASES = (
    "gave their lives", "lives", "без вести", "killed in action", "went missing", "унёс жизни", "унес жизни",
    "унесла жизни", "унесли жизни", "унесло жизни", "забрав життя", "забрала життя", "забрали життя",
    "забрало життя",
    # killed told in the passive of eliminating ("dozens of soldiers were wiped out"; the active voice is
    # `ELIMINATED`: "troops eliminated the bridgehead" is fighting)
    *(f"{aux} {verb}" for aux in ("were", "was", "been", "being")
      for verb in ("eliminated", "wiped out", "annihilated", "liquidated", "neutralised", "neutralized")),
    "были ликвидированы", "был ликвидирован", "були ліквідовані", "був ліквідований",
)  # fmt: skip
# Officers: their losses are a narrow question of their own (guideline rule 10), not the troops' count.
OFFICER_STEMS = ("officer", "офицер", "офіцер")
# Words naming one attack ("killed in the strike", "the missile attack on the ship"): casualties of one
# attack are a question of their own, dated like the attack, not a point in a war's casualty series.
# Singular on purpose: "drone strikes" in general explain a series of losses; they name no one event.
ONE_ATTACK_STEMS = (
    "attack$", "strike$", "airstrike$", "missile", "shelling$", "explosion", "blast$", "bombing$",
    "удар$", "удара$", "ударом$", "ударе$", "обстрел", "обстріл", "взрыв", "вибух", "ракетн", "атаки$",
    "атаці$",
)  # fmt: skip
# Who died or was hurt, when it is no army: the people aboard a ship and civilians. Their losses are
# those of the attack that hit them (a ship's crew, a city's residents), not a war's casualty series.
VICTIM_STEMS = (
    "aboard$", "crew", "sailor", "seafarer", "civilian", "children$", "child$", "resident",
    "экипаж", "моряк", "мирн", "дети$", "детей$", "ребен", "жител", "екіпаж", "діти$", "дітей$", "дитин",
    "мешкан",
)  # fmt: skip

# Who was killed or hurt, by kind: losses of civilians, of soldiers and fighters, of peacekeepers and of
# aid workers, medics and journalists are different questions (a war's civilian toll is not its
# soldiers' losses). A claim that names no kind ("killed 300 people", "heavy losses") joins either.
VICTIM_KINDS: dict[str, tuple[str, ...]] = {
    "civilians": (
        "civilian", "resident", "inhabitant", "children$", "child$", "women$", "passers-by$", "пассажир",
        "мирн", "жител", "дети$", "детей$", "ребен", "женщин", "мешкан", "діти$", "дітей$", "дитин",
        "жінок$", "жінки$", "passenger",
    ),
    "military": (
        "soldier", "troop", "servicem", "servicewom", "fighters$", "militant", "combatant", "mercenar",
        "военнослужащ", "военных$", "военные$", "солдат", "бойц", "боевик", "наемник", "оккупант",
        "військовослужбов", "військових$", "військові$", "бійц", "бойовик", "найманц", "окупант",
    ),
    "peacekeepers": ("peacekeep", "unifil$", "миротвор"),
    "press": ("journalist", "reporter", "photographer", "cameraman", "журналист", "фотограф", "журналіст"),
    # named leaders and commanders: a strike that killed a commander is not the troops' count (rule 10)
    "commanders": (
        "commander", "leader", "chief$", "general$", "generals$", "командир", "командующ", "лидер", "главар",
        "генерал", "командувач", "лідер", "ватаж",
    ),
    "aid": (
        "aid$", "humanitarian", "medic$", "medics$", "paramedic", "rescuer", "гуманитар", "гуманітар",
        "медик", "спасател", "рятувальник",
    ),
}  # fmt: skip
VICTIM_FRAMES = frozenset({"casualties", "attack-casualties"})
# Journalists told something, not killed ("told reporters", "at a briefing for reporters", "заявил
# журналистам": the dative is whom a speaker told): no victims.
TOLD_THE_PRESS = (
    *(f"{verb} {whom}" for verb in ("told", "tells", "telling", "briefed", "briefing", "for", "to", "with")
      for whom in ("reporters", "journalists", "the press", "the media")),
    "журналистам", "репортерам", "журналістам",
)  # fmt: skip
# Soldiers named beside non-combatants are mostly who did the killing ("soldiers killed the reporters"):
# the non-combatants are whose losses the claim counts.
AGENT_KINDS = frozenset({"military"})
NONCOMBATANT_KINDS = frozenset({"civilians", "peacekeepers", "press", "aid"})

# Words of leaving a place ("warned residents to leave", "urged civilians to move away", "призвал жителей
# покинуть"): with a word of warning, a claim about warnings to civilians before strikes (the "warning"
# frame), not about the strikes.
LEAVE_WORDS = (
    "leave$", "evacuat", "flee$", "away$", "shelter", "покинуть", "покинули", "эвакуир", "эвакуац", "уйти$",
    "укрыт", "залишити", "залишили", "евакуа", "евакую", "укритт", "піти$",
)  # fmt: skip
WARNING_STEMS = (
    "warned$", "warning", "warnings$", "warns$", "warn$", "urged$", "urges$", "ordered$", "предупред",
    "призвал", "призыва", "приказал", "попередж", "закликал", "закликав", "закликаю", "наказал",
)  # fmt: skip
WARNING_PHRASES = ("evacuation order", "evacuation orders", "приказ об эвакуации", "наказ про евакуацію")
# A threat or a vow to strike ("vowed to retaliate", "threatened to strike Haifa", "пригрозил ударом"): what
# one side says it will do is not the attack it may later make (the "threat" frame).
THREAT_PHRASES = (
    "threatened to", "threatens to", "threaten to", "threatening to", "vowed to", "vows to", "vow to",
    "pledged to", "warned it would", "warned that it would", "пригрозил", "пригрозила", "пригрозили",
    "угрожает", "угрожают", "угрожал", "пообещал", "погрожує", "погрожують", "погрожував", "пригрозив",
    "пообіцяв", "пообіцяла", "пообіцяли",
)  # fmt: skip
THREAT_OF = (
    "attack", "strike", "assault", "missile", "drone", "rocket", "bomb", "retaliat", "revenge", "avenge",
    "respond$", "response$", "удар", "атак", "ракет", "дрон", "обстрел", "обстріл", "отомст", "месть$",
    "мести$", "ответ", "помст", "відповід",
)  # fmt: skip

# People driven from their homes ("displaced", "refugees", "residents left again", "жители покинули"): a
# question of its own beside the strikes that drove them (the "displacement" frame).
DISPLACEMENT_STEMS = (
    "displac", "refugee", "evacuees$", "беженц", "біженц", "переселенц", "переселен", "переміщен",
)  # fmt: skip
DISPLACEMENT_PHRASES = (
    "left their homes", "fled their homes", "forced from their homes", "driven from their homes",
    "покинули свои дома", "покинули дома", "бежали из", "залишили свої домівки", "залишили домівки",
    "покинули домівки", "втекли з",
)  # fmt: skip
RESIDENT_WORDS = (
    "resident", "civilian", "famil", "inhabitant", "жител", "мирн", "семь", "мешкан", "родин", "цивільн",
)  # fmt: skip
LEFT_WORDS = (
    "left$", "fled$", "leaving$", "fleeing$", "покинул", "бежал", "уехал", "залишил", "втекл", "виїхал",
)  # fmt: skip

# Words of a whole war or a period ("the war has killed 20,000 civilians", "since October", "с начала
# года"): civilians' losses named with one of them and no word of one attack are a war's toll, a series,
# not the dead of one attack.
WHOLE_WAR = (
    "war$", "wars$", "war's$", "conflict", "since$", "year$", "years$", "months$", "войн", "конфликт",
    "начала$", "год$", "года$", "лет$", "месяц", "війн", "конфлікт", "початку$", "рік$", "року$", "років$",
    "місяц",
)  # fmt: skip

# How large one attack was ("the largest attack since the war began"): a question of its own beside
# what it hit. Superlatives only: "a massive attack" describes an attack, it does not measure it.
SCALE_PHRASES = (
    "largest", "biggest", "heaviest", "most massive", "most concentrated", "most powerful", "крупнейш",
    "самая массированная", "самой массированной", "самый массированный", "наймасованіш", "наймасштабніш",
    "найбільша атака", "найбільшої атаки", "найбільший удар", "наибольш",
)  # fmt: skip
ATTACK_WORD_STEMS = (
    "attack", "strike", "struck$", "assault", "barrage", "salvo", "bombard", "missile", "drone", "rocket",
    "shelling", "удар", "атак", "обстрел", "обстріл", "ракет", "дрон",
)  # fmt: skip

# How often attacks happened over a period ("at least 14 times since January", "repeatedly attacked 136
# facilities since the invasion"): a tally across attacks, not one attack, so it has no date window.
TALLY_STEMS = ("repeatedly", "times$", "неоднократн", "неодноразов", "разів$")
TALLY_PHRASES = ("since the start", "since the beginning", "since the war began", "since the full-scale")


# A prisoner telling what happened to him (guideline rule 10: "testimony of a prisoner goes with the
# prisoners", whatever it tells of - training, executions, documents): a word for prisoners followed
# within `NEAR_SPAN` words by a word of telling.
PRISONER_WORDS = (
    "prisoner", "pow$", "pows$", "captive", "пленн", "военнопленн", "полонен", "військовополонен",
)  # fmt: skip
TESTIMONY_WORDS = (
    "told$", "tells$", "said$", "says$", "recount", "describ", "testif", "рассказ", "поделил", "сказал",
    "заявил", "признал", "розпов", "поділив", "сказав", "заявив", "зізнав",
)  # fmt: skip
# Words for more of something ("more North Korean troops") and for troops, per language: together,
# a cue that more troops are sent (the "additional" frame).
MORE_WORDS = (
    "more$", "another$", "further$", "extra$", "fresh$", "ещё$", "еще$", "ще$",
    # new troops are more troops ("нові війська", "новые войска")
    "new$", "новые$", "новых$", "нові$", "нових$",
)  # fmt: skip
TROOP_WORDS = (
    "troop", "soldier", "forces$", "personnel$", "servicemen$", "войск", "солдат", "военнослужащ", "военных$",
    "военные$", "військових$", "військові$",
    "військ", "військовослужбов", "units$", "подразделени", "підрозділ",
    "mercenar", "наемник", "найманц",
)  # fmt: skip
# Words for troops: with a word of place after (`PRESENCE_WORDS`: "troops in Russia", "units working
# abroad", "солдаты находятся в Курской области"), their presence; after "with" ("helped Russia with
# troops"), what was provided.
TROOP_NOUNS = (
    *TROOP_WORDS, "serviceman$", "servicemember", "военн", "бойц", "бійц", "батальон", "бригад", "battalion",
    "brigade", "regiment",
)  # fmt: skip
PRESENCE_WORDS = (
    "in$", "inside$", "within$", "abroad$", "overseas$", "в$", "во$", "у$", "рубежом$", "кордоном$",
    "into$", "є$",  # Ukrainian "are" ("військові КНДР є на окупованих територіях")
)  # fmt: skip
# "на" names where troops are only before a place ("військові на Курщині"), else often what they do
# ("на переговорах"): a presence word where the claim names a specific place
PRESENCE_AT_PLACE = ("на$",)
PROVIDED_WITH = ("with$",)
# The deployment frame's words for troops (its `Frame.subjects`): not "forces" (who fights, not who
# was sent) nor "personnel" (a cue only "in" a place: the frame's near pair).
DEPLOYED_NOUNS = tuple(n for n in TROOP_NOUNS if n not in ("forces$", "personnel$"))
# words at most between the two words of a `Frame.near` cue ("helped Russia in the Kursk operation")
NEAR_SPAN = 4
# A later round of a deployment ("a second contingent", "the next rotation", "новый контингент"): words
# for a later one before a word for a body of troops sent (not "wave" or "round": a second wave of
# strikes is no troops).
LATER_WORDS = (
    "second$",
    "third$",
    "fresh$",
    "fourth$",
    "new$",
    "next$",
    "второй$",
    "второго$",
    "вторую$",
    "вторая$",
    "третий$",
    "третьего$",
    "третью$",
    "новый$",
    "нового$",
    "новую$",
    "новая$",
    "новой$",
    "следующ",
    "другий$",
    "другого$",
    "другу$",
    "друга$",
    "третій$",
    "новий$",
    "нову$",
    "нова$",
    "нової$",
    "наступн",
)
BODY_WORDS = (
    "contingent", "batch", "rotation", "deployment$", "dispatch$", "контингент", "партия$", "партию$",
    "партии$", "эшелон", "ротаци", "партія$", "партію$", "партії$", "ешелон", "отправк", "відправк",
    "відправлен",
    # a call-up for it ("a new mobilization of troops to be sent", "новая мобилизация")
    "mobiliz", "mobilis", "мобилизац", "мобілізац",
)  # fmt: skip
CITIZEN_WORDS = ("citizens$", "граждан$", "гражданами$", "громадян$", "громадянами$")
WORK_WORDS = ("work$", "working$", "работ", "робот", "працю", "праці$")
NEAR_BREAKS = ("than$", "чем$", "ніж$")  # "more than 10,000 troops" counts troops, it adds none

# More of what is a later round of troops: troops, a body of them or their sending ("additional shipments"
# of drones are deliveries, not troops).
ADDITIONAL_OF = (
    *TROOP_WORDS, *BODY_WORDS, "reinforc", "ротац", "wave$", "personnel", "men$", "engineers$", "military$",
    "военн", "бойц", "бійц", "sent", "send", "deploy", "dispatch", "отправ", "направ", "перебро", "развер",
    "відправ", "розгорн",
)  # fmt: skip
# What a forecast is about (guideline rule 6): a move to the front or into combat. Forecasts of how many
# troops will be sent stay with the deployment ("expected to reach 15,000"), of more with the additional.
FORECAST_OF = (
    "front", "фронт", "передов", "передн", "combat", "fight", "battle", "action$", "assault", "offensive",
    "бой$", "бою$", "боя$", "бои$", "боям$", "боями$", "боев", "боях", "бій$", "бої$", "боїв", "бойов",
    "воева", "воюва", "штурм",
    "наступ",
)  # fmt: skip

# Killing told in the words of a war's reports ("eliminated 300 soldiers", "уничтожено до 300 военных",
# "ліквідували 300 окупантів"): a word of eliminating followed by a word for troops or people counts
# losses (the "casualties" frames). Not the other way round: "troops eliminated the bridgehead" is fighting.
ELIMINATING_WORDS = (
    "eliminat", "liquidat", "neutralis", "neutraliz", "ликвидир", "ліквідува", "ліквідов", "уничтож", "знищ",
)  # fmt: skip
ELIMINATED_WHO = (
    *TROOP_WORDS, "men$", "people$", "fighters$", "militants$", "mercenar", "occupier", "человек$", "людей$",
    "бойц", "боевик", "наемник", "оккупант", "осіб$", "бійц", "найманц", "окупант",
)  # fmt: skip
ELIMINATED = ((ELIMINATING_WORDS, ELIMINATED_WHO),)

# How active troops are and how that changed ("their activity has fallen off", "активность снизилась"):
# together, a cue that the claim is about the fighting (guideline rule 9: activity that fell because of
# losses is combat).
ACTIVITY_WORDS = ("activity$", "активность$", "активности$", "активність$", "активності$")
CHANGE_WORDS = (
    "decreas", "fell$", "fallen$", "falling$", "drop", "declin", "reduc", "slow", "increas", "rose$",
    "risen$", "intensif", "lull", "снизил", "снижа", "сниже", "уменьш", "сократил", "упал", "возросл",
    "вырос", "усилил", "знизил", "знижу", "зниже", "зменш", "скороти", "впал", "зросл", "посилил",
)  # fmt: skip

# Helping or taking part in an operation ("helped Russia in the Kursk operation", "участие в операции"):
# together, a cue that the troops fought (guideline rule 8). Not Russia's name for its war ("special
# military operation"): help in that is help with the war, the deployment.
PART_WORDS = (
    "help", "part$", "particip", "помог", "помощ", "участ", "допомог", "допомаг", "участь$", "учасни",
)  # fmt: skip
# Joining a war ("has joined Russia's war", "вступила в войну"): with a word for war after, the deployment.
JOIN_WORDS = (
    "join$", "joins$", "joined$", "joining$", "entered$", "enter$", "вступил", "вступит", "вступа", "вступив",
    "вступи", "долучил", "долучи", "приєднал",
)  # fmt: skip
OPERATION_WORDS = ("operation$", "operations$", "операци", "операці")
WAR_WORDS = ("war$", "войне$", "войны$", "войну$", "війні$", "війни$", "війну$")
WAR_NAMES = (
    "special military operation", "специальной военной операции", "специальная военная операция",
    "специальную военную операцию", "спецоперац", "спеціальної військової операції",
    "спеціальна військова операція", "спеціальну військову операцію",
)  # fmt: skip

# Driving an enemy out of ground ("helped drive Ukrainian forces out of Kursk", "pushed the rebels out"):
# with "out" a few words later, a cue of combat.
DRIVING_WORDS = (
    "drive$", "drives$", "drove$", "driven$", "driving$", "push$", "pushed$", "pushes$", "pushing$",
)  # fmt: skip

# Artillery fire ("an artillery strike hit their position", "артиллерийский удар"): ground fighting, not an
# air strike (artillery supplied or trained with is neither).
ARTILLERY_WORDS = ("artillery$", "артиллери", "артилері")
FIRE_WORDS = (
    "strike$", "strikes$", "fire$", "fired$", "barrage", "удар", "обстрел", "огонь$", "огнём$", "огнем$",
    "обстріл", "вогонь$", "вогнем$",
)  # fmt: skip

# Troops attacking ("the soldiers attack in small groups", "солдаты атакуют"): a word for troops followed
# by one of attacking is fighting, a cue of combat, unless the claim names what strikes are made with
# or a ship (`STRIKE_WORDS`, `TARGET_KINDS`): "troops attacked the city with drones" is a strike.
GROUND_ATTACK_WORDS = (
    "attack$", "attacks$", "attacked$", "attacking$", "атакуют", "атакуем", "атаковал", "атакують",
    "атакували", "атакува",
)  # fmt: skip
STRIKE_WORDS = (
    "missile", "drone", "rocket", "shell", "bomb", "uav", "ракет", "дрон", "беспилотн", "безпілотн", "бпла",
    "снаряд", "бомб", "авиа", "авіа", "air$", "aerial", "airstrike",
)  # fmt: skip

# Capture that is avoided or made impossible ("set up so they cannot be captured"): no claim about
# prisoners (the "unless" of the prisoners frame).
AVOIDED_CAPTURE = (
    "cannot be captured", "can't be captured", "not be captured", "rather than be captured",
    "rather than surrender", "not to surrender", "never surrender", "refuse to surrender", "not surrender",
    "avoid capture", "avoid being captured", "escape capture", "избежать плена", "не попасть в плен",
    "не сдаваться в плен", "уникнути полону", "не потрапити в полон", "не здаватися в полон",
)  # fmt: skip

# Ground taken ("captured a village", "recaptured positions"): fighting, no prisoners (the "unless" of the
# prisoners frame, a cue of combat).
GROUND_WORDS = (
    "village", "town", "settlement", "positions$", "territory$", "ground$", "city$", "heights$", "height$",
    "trenches$",
)  # fmt: skip
GROUND_TAKEN = tuple(
    f"{verb} {article}{ground}"
    for verb in ("captured", "capture", "capturing", "recaptured")
    for article in ("", "the ", "a ", "two ", "several ", "more ")
    for ground in (
        "village", "villages", "town", "towns", "settlement", "settlements", "positions", "territory",
        "ground", "city", "heights", "trenches",
    )
)  # fmt: skip

# Ground lost ("lost ground near the town", "втратили позиції", "the loss of territory"): fighting, no
# losses of men (`NOT_LOSSES`, a cue of combat), as ground taken is no prisoners.
GROUND_LOST = (
    *(f"{verb} {article}{ground}"
      for verb in ("lost", "lose", "losing", "loses", "loss of")
      for article in ("", "the ", "a ", "two ", "several ", "more ", "some ", "their ", "its ")
      for ground in (
          "village", "villages", "town", "towns", "settlement", "settlements", "positions", "position",
          "territory", "ground", "city", "heights", "trenches", "initiative", "control",
      )),
    *(f"{verb} {ground}"
      for verb in ("потеряли", "потерял", "потеряла", "утратили", "утратил", "теряют", "теряет", "потеря",
                   "потери", "утрата", "утраты")
      for ground in ("позиции", "позиций", "контроль", "контроля", "село", "территорию", "территории",
                     "инициативу", "инициативы", "плацдарм")),
    *(f"{verb} {ground}"
      for verb in ("втратили", "втратив", "втратила", "втрачають", "втрачає", "втрата", "втрати")
      for ground in ("позиції", "позицій", "контроль", "контролю", "село", "територію", "території",
                     "ініціативу", "ініціативи", "плацдарм")),
)  # fmt: skip
# Words of death that count no dead ("fight to the death", "to the last man"), and ground lost: no losses.
NOT_LOSSES = (*GROUND_LOST, "to the death", "to the last man", "до последнего", "до останнього")

# A ship captured is seized, no prisoners taken ("captured the vessel and towed it to port").
SHIPS_TAKEN = tuple(
    f"{verb} {article}{ship}"
    for verb in ("captured", "capture", "capturing")
    for article in ("", "the ", "a ", "two ")
    for ship in (
        "ship", "ships", "vessel", "vessels", "tanker", "tankers", "freighter", "cargo ship", "carrier",
    )
)  # fmt: skip

# Troops returned to the fighting (guideline rule 8: the return to the front is combat), not sent home.
RETURN_TO_FIGHT = (
    "returned to the front", "returned to the battlefield", "returned to combat",
    "returned to their positions", "вернули в строй", "повернули в стрій", "возвращены на фронт",
    "возвращены на передовую", "повернуті на фронт", "повернуті на передову",
)  # fmt: skip

# The dead's bodies burned where they fell ("burn the bodies", "тела сжигают"): what happens to the dead,
# as cremation is (the "repatriation" frame).
BODIES_BURNED = (
    *(f"{verb} the bodies" for verb in ("burn", "burns", "burned", "burnt", "burning")),
    *(f"bodies {aux} {verb}"
      for aux in ("are", "were", "being", "have been") for verb in ("burned", "burnt")),
    "сжигают тела", "сжигали тела", "сожгли тела", "тела сжигают", "тела сжигали", "спалюють тіла",
    "спалювали тіла", "спалили тіла", "тіла спалюють", "тіла спалювали",
)  # fmt: skip
# Their own wounded or comrades shot ("ordered to shoot wounded comrades"): killing one's own soldiers.
OWN_SHOT = (
    *(f"{verb} {whom}"
      for verb in ("shoot", "shoots", "shot", "shooting", "kill", "kills", "killed", "killing")
      for whom in ("wounded comrades", "their wounded comrades", "their own wounded", "their own comrades")),
    "стреляют в своих", "стреляли в своих", "стріляють у своїх", "стріляли у своїх", "стріляють в своїх",
)  # fmt: skip

# "Suicide" naming a weapon or an attack ("a suicide drone", "suicide bombing"): no soldier's suicide.
SUICIDE_WEAPONS = (
    "suicide drone", "suicide-drone", "suicide uav", "suicide boat", "suicide bomb", "suicide attack",
    "suicide strike", "suicide vest", "suicide car",
)  # fmt: skip

# Fire that is criticism ("came under fire from critics"): no fighting and no damage.
CRITICISM = (
    "under fire from critic", "under fire over", "under fire for his", "under fire for her",
    "under fire for their", "under fire for its",
)  # fmt: skip
# Words of fighting that name no fighting: criticism, doctors' fight for lives and the names of armies
# and movements ("People's Liberation Army", "Армия освобождения"): the "unless" of combat.
NOT_COMBAT = (
    *CRITICISM, "fighting for every life", "fight for every life", "fighting for the lives of",
    "fighting for the life of", "liberation army", "liberation front", "liberation movement",
    "liberation organization", "liberation organisation", "liberation forces", "армия освобождения",
    "армии освобождения", "фронт освобождения",
    "визвольна армія", "визвольної армії", "визвольний рух", "визвольного руху",
    "армія визволення", "армії визволення", "фронт визволення",
    # talks and politics in the words of fighting
    "engaged in talks", "engage in talks", "engaged in negotiations", "engage in negotiations",
    "engaged in dialogue", "engage in dialogue", "charm offensive",
    "diplomatic offensive", "diplomatic front", "on the diplomatic", "united front", "popular front",
    "negotiating tactic",
    "in advance", "advance warning", "advance notice", "advance team", "advance party",
)  # fmt: skip
# Words of attacking that name no attack: inquiries, sanctions and records ("launched an investigation").
NOT_ATTACK = (
    "launched an investigation", "launch an investigation", "launched a probe", "launched an inquiry",
    "launch an inquiry", "launched talks", "launched a campaign", "launched a website", "targeted sanctions",
    "hit by sanctions", "hit with sanctions", "hit a record", "hit record",
)  # fmt: skip

# Senior commanders by rank or post: one sent to lead or coordinate is a question of its own beside
# the troops sent (guideline rule 10), asked only when the claim also has a word of sending.
COMMANDER_STEMS = (
    "general$", "generals$", "commander$", "commanders$", "генерал$", "генерала$", "генералы$", "генералов$",
    "генерали$", "генералів$", "командующ", "командувач",
)  # fmt: skip
# Offices and bodies named with "general" that are no commander sent anywhere (often a claim's source).
NOT_COMMANDERS = (
    "general staff", "secretary general", "attorney general", "prosecutor general", "general prosecutor",
    "general assembly", "inspector general", "surgeon general", "consul general", "in general",
)  # fmt: skip
SENDING_STEMS = (
    "sent", "send", "dispatch", "deploy", "отправ", "направ", "перебро", "развер", "відправ", "розгорн",
)  # fmt: skip
# "troops again arrived", "снова оказались в Курской области": troops sent or arriving once more are a
# later round (guideline P3), whatever word counts them.
AGAIN_WORDS = ("again$", "снова$", "вновь$", "опять$", "знову$", "вкотре$", "повторно$")
ARRIVAL_STEMS = (*SENDING_STEMS, "arriv", "прибы", "прибу", "оказал", "опинил", "перекин", "прибул")

# Words that open the purpose of a sending ("sent troops to help Russia retake the Kursk region"):
# a place named in the purpose is where the troops are to act, not where they were sent. After
# "to", only verbs of helping and fighting open one ("sent to the Kursk region" names a destination).
# Words before a place that say where someone came from, not where they are ("generals from
# Pyongyang", "переброшены из Курской области"); an article may stand between ("from the Kursk region").
ORIGIN_WORDS = frozenset({"from", "из", "изо", "з", "із", "зі"})
ORIGIN_ARTICLES = frozenset({"the"})
PURPOSE_MARKERS = ("in order to", "so that", "ordering", "чтобы", "с целью", "щоб", "з метою")
PURPOSE_VERBS = (
    "help", "support", "assist", "aid", "back", "bolster", "reinforce", "fight", "liberate", "retake",
    "recapture", "reclaim", "defend", "wipe", "annihilate", "repel", "drive", "push", "take", "join",
)  # fmt: skip

# Linking words after which a predicative cue names what the subject is or has, and the words that
# may stand between ("is not an", "has no current").
LINKING_WORDS = (
    "is$", "are$", "was$", "were$", "be$", "been$", "has$", "have$", "had$", "является", "являются",
    "являлось", "имеет", "имеют", "має", "мають", "є$",
)  # fmt: skip
LINK_FILLERS = (
    "not$",
    "no$",
    "any$",
    "a$",
    "an$",
    "current$",
    "currently$",
    "longer$",
    "не$",
    "никакого$",
    "жодного$",
)
LINK_SPAN = 3  # fillers at most between a linking word and its cue

# Who a ship (or anything attacked) belongs to: its owner, flag or ties ("the ship is not Israeli",
# "has no connection with any US entity"). Nationalities count only as what the subject is.
AFFILIATION_STEMS = ("ownership", "affiliat", "принадлежн", "належн")
AFFILIATION_PREDICATES = (
    "owned", "linked", "connected", "affiliat", "connection", "links$", "ties$", "flagged", "registered",
    "связан", "отношени", "пов'язан", "стосунк", "зв'яз",
    # owners' and flags' nationalities
    "israel", "american", "british", "u.s", "us-", "uk-", "greek", "maltese", "liberian", "panamanian",
    "marshallese", "cypriot", "norwegian", "danish", "german", "french", "italian", "dutch", "chinese",
    "japanese", "korean", "indian", "turkish", "saudi", "emirati", "iranian", "russian", "singapore",
    "израил", "американ", "британ", "греческ", "либерийск", "панамск", "китайск", "японск", "российск",
    "ізраїл", "американськ", "британськ", "грецьк", "ліберійськ", "панамськ", "китайськ", "японськ",
    "російськ",
)  # fmt: skip
VESSEL_STEMS = ("ship", "vessel", "tanker", "freighter", "судн", "корабл", "танкер")


# Weapons handed from one side to another ("Iran supplied drones", "поставки ракет", "постачає дрони"):
# words of supplying, asked only when the claim names weapons (`WEAPON_STEMS`); a country that only
# "received" something supplies when what it received is weapons, named within `NEAR_SPAN` words. Not
# "передал"/"передав": they also convey words ("передає кореспондент", "передал слова").
SUPPLY_STEMS = (
    "supplie", "supply", "supplying", "deliver", "shipment", "shipped$", "export", "imported$", "imports$",
    "import$", "importing$", "sold$", "sell", "sale$", "sales$",
    "purchas", "bought$", "buying$", "buy$", "buys$", "procur", "acquir", "batch", "consignment",
    "партия$", "партию$", "партии$", "партія$", "партію$", "партії$",
    "поставк", "поставля", "поставщ", "поставил$", "поставила$", "поставили$", "поставит$", "поставят$",
    "передач", "экспорт", "импорт", "закуп", "купил", "купит", "продал", "продаж",
    "продает", "продаёт", "постача", "постачан", "експорт", "імпорт", "купив",
    "купує", "продав", "продає",
)  # fmt: skip
SUPPLY_PHRASES = ("handed over", "arms transfer", "weapons transfer", "transfer of weapons", "arms deal")
RECEIVE_WORDS = (
    "provided$", "provides$", "provide$", "providing$", "received$", "receive$", "receives$", "receiving$",
    "obtained$", "got$", "получил", "получит", "получат", "получа", "отримал", "отримав", "отрима",
)  # fmt: skip
WEAPON_STEMS = (
    "weapon", "arms$", "armament", "ammunition", "munition", "missile", "drone", "uav", "rocket", "shell$",
    "shells$", "artillery", "howitzer", "tank$", "tanks$", "launcher", "shahed", "jets$", "warplane",
    "оружи", "вооружен", "боеприпас", "ракет", "дрон", "беспилотн", "бпла", "снаряд", "артиллер", "танк$",
    "танки$", "танков$", "гаубиц", "шахед", "зброю$", "зброї$", "зброя$", "озброєн", "боєприпас",
    "безпілотн", "артилер", "танків$",
)  # fmt: skip
# What is supplied, by kind: deliveries of drones and of missiles are two questions (as two attacks are
# two events by what they hit, `TARGET_KINDS`). Stems as in frames; a claim that names no kind joins either.
WEAPON_KINDS: dict[str, tuple[str, ...]] = {
    "drones": ("drone", "uav", "shahed", "дрон", "беспилотн", "бпла", "безпілотн", "шахед"),
    "missiles": ("missile", "rocket", "ракет"),
    "ammunition": ("ammunition", "munition", "shell$", "shells$", "снаряд", "боеприпас", "боєприпас"),
    "artillery": ("artillery", "howitzer", "артиллер", "артилер", "гаубиц"),
    "armour": (
        "tank$", "tanks$", "armoured", "armored", "танк$", "танки$", "танков$", "танків$", "бронетехн",
    ),
    "aircraft": ("jets$", "warplane", "aircraft$", "самолет", "самолёт", "літак"),
}  # fmt: skip
# A supply word that names no weapons handed over: utilities and logistics hit in a strike ("cut the
# power supply", "a supply depot"), and the Russian military's "delivered a strike".
NOT_SUPPLY = (
    "power supply", "power supplies", "electricity supply", "electricity supplies", "water supply",
    "water supplies", "energy supply", "energy supplies", "gas supply", "gas supplies", "heat supply",
    "heating supply", "supply line", "supply route", "supply depot", "supply hub", "supply base",
    "deliver a strike", "delivered a strike", "delivered strikes", "delivering strikes", "deliver strikes",
    "delivered a massive", "delivered a combined", "delivered a group", "delivered a high-precision",
    "delivered a precision", "delivered a retaliatory", "delivered a missile strike", "delivered a blow",
    "поставки электроэнергии", "поставки газа", "постачання електроенергії", "постачання електрики",
    "постачання газу", "постачання води", "постачання тепла",
)  # fmt: skip
# Words given or received that are news, not weapons ("provided no details on the missile attack", "received
# reports of drone strikes"): no supply.
NEWS_GIVEN = (
    "provided no", "provide no", "provided details", "provide details", "providing details",
    "provided further", "provided more", "provided information", "provide information",
    "providing information", "provided evidence", "provide evidence", "received reports", "receiving reports",
    "received a report", "received no", "received information", "received word", "received warning",
    "received a warning", "received intelligence", "received details", "получил информаци",
    "получили информаци", "получили сведени", "получили данные", "получил данные", "отримали інформаці",
    "отримав інформаці", "отримали дані", "отримали відомості",
)  # fmt: skip

# Weapons described by who supplied them ("drones supplied by Iran were used in the attack"): the claim is
# about what was done with them (a supply told as such has the verb: "Iran supplied the drones").
SUPPLIED_BY = tuple(
    f"{weapons} {verb} {by}"
    for weapons in (
        "weapons",
        "arms",
        "drones",
        "uavs",
        "missiles",
        "rockets",
        "shells",
        "munitions",
        "ammunition",
    )
    for verb in (
        "supplied", "provided", "delivered", "sold", "bought", "purchased", "acquired", "obtained",
        "received", "imported",
    )
    for by in ("by", "from")
)  # fmt: skip
# Weapons sent somewhere are supplied ("Iran sent drones to Russia", "відправив дрони до Росії"), unless
# they are aimed at what they strike ("sent 50 drones at Kyiv", "drones to attack the city").
SENDING_WEAPONS = (
    "sent$", "send$", "sends$", "sending$", "shipped$", "отправ", "відправ", "надісла", "надсила",
)  # fmt: skip
AIMED_WEAPONS = tuple(
    f"{weapons} {aim}"
    for weapons in ("drones", "uavs", "missiles", "rockets", "shells", "bombs")
    for aim in ("at", "against", "toward", "towards", "into", "over", "to attack", "to strike", "to hit")
)


RECONSTRUCTION_STEMS = (
    "rebuild", "reconstruct", "demin", "builders$", "разминир", "строител", "восстанавлива",
    "восстановлени", "відбудов", "розмінув", "будівельник",
)  # fmt: skip
PAYMENT_STEMS = (
    "pay$", "pays$", "paid$", "paying$", "payment", "salar", "wage$", "wages$", "платит", "платят",
    "заплат", "оплат", "зарплат", "выплат", "жаловань", "плати$", "платять", "сплачу", "оплачу",
    "виплат", "платню",
)  # fmt: skip
# Who is paid: fighters or the state that sent them, not "paid tribute", "paid a visit"
PAID_WHO = (*TROOP_WORDS, "mercenar", "fighters$", "recruit", "наемник", "найманц", "бойц", "бійц")
# Paying that is no payment: a price, a visit, tribute or attention
NOT_PAID = tuple(
    f"{verb} {what}"
    for verb in ("pay", "pays", "paid", "paying")
    for what in (
        "the price", "a heavy price", "with their lives", "a visit", "tribute", "homage", "attention",
    )
)  # fmt: skip

FRAMES: tuple[Frame, ...] = (
    Frame(
        "affiliation",
        AFFILIATION_STEMS,
        requires=(*VESSEL_STEMS, "connection", "ties$", "links$", "связ", "зв'яз", "стосунк", "отношени"),
        predicative=AFFILIATION_PREDICATES,
    ),
    Frame(
        "documents",
        ("document$", "documents$", "passport", "документ", "паспорт", "удостоверен", "посвідчен", "disguis"),
        # and other ways of hiding who the soldiers are ("posing as Buryats", "выдают за бурят")
        (
            "military id",
            "военный билет",
            "военные билеты",
            "військовий квиток",
            "under russian names",
            "posing as",
            "passed off as",
            "pass them off as",
            "passing them off as",
            "false names",
            "fake names",
            "false identities",
            "fake identities",
            "выдают за",
            "выдавали за",
            "видають за",
            "видавали за",
            "под чужими",
            "під чужими",
        ),  # fmt: skip
    ),
    Frame(
        "repatriation",
        ("repatriat", "cremat", "кремир", "кремув", "репатри"),
        (
            "sent back to",
            "sent back home",
            "sent home",
            "flown home",
            "flown back",
            "returned home",
            "been returned to",
            "were returned to",
            "was returned to",
            "были возвращены",
            "были отправлены домой",
            "були повернуті",
            "вернули на родину",
            "вернули домой",
            "отправили домой",
            "повернули додому",
            "повернули на батьківщину",
            "відправили додому",
            "вернули в",
            "были возвращены в",
            "повернули до",
            "були повернуті до",
            *BODIES_BURNED,
        ),
        unless=RETURN_TO_FIGHT,
    ),
    Frame(
        "own-killing",
        (
            "executed$",
            "execution",
            "executing$",
            "execute$",
            "executes$",
            "добивают$",
            "добивали$",
            "добили$",
            "добить$",
            "добивать$",
            "добивает$",
            "розстріл",
        ),
        (
            "finish off",
            "finishing off",
            "kill their own",
            "killing their own",
            "killed their own",
            "killed by their own",
            "kill their fellow",
            "killing their fellow",
            "killed their fellow",
            "убивают своих",
            "убили своих",
            "убивать своих",
            "вбивають своїх",
            "вбили своїх",
            "вбивати своїх",
            *OWN_SHOT,
        ),
    ),
    Frame(
        "desertion",
        ("desertion", "deserter", "deserted$", "deserting$", "awol$", "дезерт", "сбежал", "втекл", "втік"),
        ("fled their positions", "самовольно оставил", "самовільно залишил"),
    ),
    Frame(
        "suicide",
        ("suicide", "самоподрыв", "самогуб", "самоубий"),
        (
            "kill themselves",
            "blow themselves",
            "подрывать себя",
            "подорвать себя",
            "подорвали себя",
            "покончить с собой",
            "підривати себе",
            "підірвати себе",
            "підірвали себе",
            "покінчити з собою",
        ),
        unless=SUICIDE_WEAPONS,
    ),
    Frame(
        "prisoners",
        (
            "captur",
            "surrender",
            "prisoner",
            "pow$",
            "pows$",
            "interrogat",
            "captiv",
            "плен$",
            "плена$",
            "плену$",
            "пленом$",
            "пленн",
            "пленил",
            "пленен",
            "полон$",
            "полону$",
            "полоні$",
            "полоном$",
            "полонен",
            "полонил",
            "захоплен",
        ),
        ("taken alive", "взяты живыми", "взяли живыми", "взяли живими", "взято живими", "захопили живими"),
        unless=(*AVOIDED_CAPTURE, *GROUND_TAKEN, *SHIPS_TAKEN),
    ),
    Frame(
        "seizure",
        (
            "hijack",
            "seiz",
            "boarded$",
            "kidnap",
            "hostage",
            "захват",
            "захопил",
            "захоплен",
            "заложник",
            "заручник",
            "abduct",
            "похищ",
            "похит",
            "викра",
        ),
        window_days=30,
        near=((("captur",), VESSEL_STEMS),),
    ),
    Frame("warning", WARNING_STEMS, WARNING_PHRASES, requires=LEAVE_WORDS),
    Frame("threat", (), THREAT_PHRASES, requires=THREAT_OF),
    Frame("rescue", ("rescu", "evacuat", "спас", "рятув", "евакуац", "эвакуац"), window_days=14),
    Frame(
        "attack-casualties",
        CASUALTY_STEMS,
        CASUALTY_PHRASES,
        window_days=3,
        requires=(*ONE_ATTACK_STEMS, *VICTIM_STEMS),
        near=ELIMINATED,
    ),
    Frame("casualties", CASUALTY_STEMS, CASUALTY_PHRASES, near=ELIMINATED),
    Frame("displacement", DISPLACEMENT_STEMS, DISPLACEMENT_PHRASES, near=((RESIDENT_WORDS, LEFT_WORDS),)),
    # Civilians sent to work, not troops: a question of its own ("North Korean workers at Russian
    # plants", "трудовые мигранты").
    Frame(
        "workers",
        (
            "worker$",
            "workers$",
            "labourer",
            "laborer",
            "рабочих$",
            "рабочие$",
            "робітник",
            "робітників$",
            "працівників$",
            "працівники$",
            "работник",
            "гастарбайтер",
        ),
        (
            "labour migrants",
            "labor migrants",
            "трудовых мигрантов",
            "трудовые мигранты",
            "трудових мігрантів",
            "трудові мігранти",
        ),
        # citizens sent to work ("thousands of its citizens to work in Russia", "граждан на работу")
        near=((CITIZEN_WORDS, WORK_WORDS),),
    ),
    # Troops or engineers sent to rebuild or clear mines, not to fight ("5,000 military builders to
    # rebuild the region", "саперы для разминирования"): a question of its own.
    Frame(
        "reconstruction",
        RECONSTRUCTION_STEMS,
        ("clear mines", "clearing mines", "mine clearance", "mine clearing"),
    ),
    # What fighters are paid, or a state for sending them ("Russia pays for the troops", "зарплата"):
    # not whether they were sent.
    Frame("payment", PAYMENT_STEMS, requires=PAID_WHO, unless=NOT_PAID),
    Frame(
        "training",
        (
            "trainin",
            "trained",
            "train$",
            "drill",
            "обучен",
            "обуча",
            "тренир",
            "навчан",
            "навча",
            "тренув",
            "полигон",
            "taught",
            "teach",
            "instructor",
            "trains$",
            "trainee",
            "drills$",
            "учений$",
            "учения$",
            "учениях$",
            "учениями$",
            "инструктор",
            "інструктор",
            "полігон",
            "learning$",
            "learn$",
            "learns$",
            "learned$",
            "learnt$",
            "учатся$",
            "учились$",
            "вчаться$",
            "вчилися$",
        ),
        # showing troops how something is done is teaching them ("were showing the officers how")
        near=((("show", "demonstrat", "показыва", "показа", "показу"), ("how$", "как$", "як$")),),
    ),
    Frame(
        "additional",
        (
            "additional",
            "reinforc",
            "дополнительн",
            "додатков",
            "ротац",
            "rotation",
            "rotating$",
            "rotate$",
            "rotated$",
            "ротиру",
            "ротую",
        ),  # fmt: skip
        (
            "another troops",
            "another soldiers",
            "another contingent",
            "another wave",
            "another round",
            "another group",
            "another batch",
            "send another",
            "bigger troop",
            "larger deployment",
            "more troops",
            "more soldiers",
            "second wave",
            "third wave",
            "second batch",
            "new group",
            "second group",
            "third group",
            "next group",
            "fresh group",
            "вторую группу",
            "вторая группа",
            "второй группы",
            "другу групу",
            "друга група",
            "другої групи",
            "next wave",
            "new contingent",
            "second round",
            "further troop",
            "новой группы",
            "новую группу",
            "новая группа",
            "нову групу",
            "нової групи",
        ),
        requires=ADDITIONAL_OF,
        near=((MORE_WORDS, TROOP_WORDS), (LATER_WORDS, BODY_WORDS), (AGAIN_WORDS, ARRIVAL_STEMS)),
    ),
    Frame(
        "supply",
        SUPPLY_STEMS,
        SUPPLY_PHRASES,
        requires=WEAPON_STEMS,
        near=((RECEIVE_WORDS, WEAPON_STEMS), (SENDING_WEAPONS, WEAPON_STEMS)),
        unless=(*NOT_SUPPLY, *SUPPLIED_BY, *NEWS_GIVEN, *AIMED_WEAPONS),
    ),
    Frame(
        "forecast",
        (),
        (
            "expect",
            "in the coming days",
            "will be sent",
            "would be sent",
            "will soon",
            "could soon",
            "are expected",
            "is expected",
            "to be deployed",
            "to be sent into",
            "soon be",
            "in the coming weeks",
            "within days",
            "within weeks",
            # what troops could or will be used for ("could be thrown into the offensive")
            *(
                f"{modal} {verb}"
                for modal in ("could be", "may be", "might be", "will be")
                for verb in ("used in", "used for", "used as", "thrown", "committed")
            ),
            *(f"{modal} {verb}" for modal in ("could", "may", "might", "will") for verb in ("join", "enter")),
            "могут быть брошены",
            "могут быть использованы",
            "могут быть отправлены",
            "могут вступить",
            "можуть бути кинуті",
            "можуть бути використані",
            "можуть бути відправлені",
            "можуть вступити",
            "likely to join",
            "expected to join",
            "ожидает",
            "ожидают",
            "ожидается",
            "вскоре",
            "в ближайшие дни",
            "в ближайшее время",
            "in the near future",
            "possible participation",
            "possible involvement",
            "возможное участие",
            "возможного участия",
            "можливу участь",
            "можлива участь",
            "можливої участі",
            "ready to enter",
            "ready to join",
            "preparing to enter",
            "preparing to join",
            "очікує",
            "очікують",
            "очікується",
            "незабаром",
            "найближчими днями",
            "найближчим часом",
            # the same in the other languages ("in the coming weeks", "ready to enter", "we expect")
            "in the coming months",
            "within months",
            "в ближайшие недели",
            "в ближайшие месяцы",
            "в ближайшие несколько недель",
            "в течение следующих нескольких недель",
            "найближчими тижнями",
            "найближчі тижні",
            "найближчими місяцями",
            "протягом наступних кількох тижнів",
            "готовы вступить",
            "готовятся вступить",
            "готові вступити",
            "готуються вступити",
            "ждем",
            "ждём",
            "чекаємо",
            "waiting for",
        ),
        requires=FORECAST_OF,
    ),
    Frame("attack-scale", (), SCALE_PHRASES, window_days=3, requires=ATTACK_WORD_STEMS),
    Frame("attack-tally", TALLY_STEMS, TALLY_PHRASES, requires=ATTACK_WORD_STEMS),
    Frame(
        "combat",
        (
            "combat$",
            "combats$",
            "combat-",
            "combatant",
            "fighting",
            "fought",
            "battle",
            "battlefield",
            "clash",
            "skirmish",
            "hostilit",
            "firefight",
            "counteroffensive",
            "counter-offensive",
            "counterattack",
            "counter-attack",
            "контрнаступ",
            "контратак",
            "engag",
            "assault",
            "offensive",
            "frontline",
            "front$",
            "фронт",
            "бой$",
            "бои$",
            "боя$",
            "бою$",
            "боем$",
            "боям$",
            "боями$",
            "боевы",
            "боево",
            "боева",
            "боевую",
            "боях",
            "воюют",
            "воюет",
            "воевал",
            "воева",
            "штурм",
            "stormed$",
            "storming$",
            "сражен",
            "сража",
            "столкновени",
            "стычк",
            "перестрелк",
            "бій$",
            "боїв",
            "бойов",
            "воюють",
            "воює",
            "воював",
            "воюва",
            "зіткнен",
            "сутичк",
            "перестрілк",
            "наступлен",
            "наступа",
            "наступ$",
            "наступу$",
            "наступом$",
            "наступі$",
            "fight$",
            "fights$",
            "gunfight",
            "shootout",
            "ambush",
            "repel",
            "repuls",
            "encircl",
            "засаду$",
            "засаде$",
            "засідк",
            "отбил",
            "відбил",
            "окружен",
            "окружил",
            "оточен",
            "reconnaissance",
            "tactic",
            "тактик",
            "аеророзвідк",
            "аэроразведк",
            "liberat",
            "освобожд",
            "визвол",
            # taking ground back
            "recaptur",
            "retake",
            "retaking$",
            "retook$",
            "отвоева",
            "відвоюва",
            "відвойова",
            # pushing the enemy out of ground, and giving ground up
            "dislodg",
            "вытесн",
            "витісн",
            "выбил",
            "выбит",
            "вибил",
            "вибит",
            "retreat",
            "defeat",
            "warfare",
            "отступ",
            "відступ",
            # moving on the enemy ("advance in large groups"; not "in advance": `NOT_COMBAT`)
            "advance$",
            "advances$",
            "advancing$",
        ),
        (
            "front line",
            "front lines",
            "military operations",
            "under fire",
            "seen action",
            "saw action",
            "see action",
            "cannon fodder",
            "human wave",
            "human-wave",
            "wave attacks",
            "holding positions",
            "hold positions",
            "hold the line",
            "удерживают позиции",
            "утримують позиції",
            "пушечное мясо",
            "гарматне м'ясо",
            "на передовую",
            "на передовой",
            "с передовой",
            "на передову",
            "на передовій",
            "з передової",
            "в атаку",
            "у атаку",
            "exchange of fire",
            "exchanged fire",
            "in action",
            "отразили атак",
            "отражают атак",
            "отражали атак",
            "відбивають атак",
            "відбивали атак",
            "передовых позици",
            "передовые позици",
            "передових позиці",
            "передові позиці",
            "передовых рубеж",
            "передових рубеж",
            "to storm",
            # held back from the front, as reserves (rule 8: absence from the front is combat too)
            "in the rear",
            "in reserve",
            "as reserve",
            "as a reserve",
            "reserve forces",
            "в тылу",
            "в резерве",
            "как резерв",
            "в тилу",
            "у тилу",
            "в резерві",
            "у резерві",
            "як резерв",
            *GROUND_LOST,
        ),
        placeless=True,
        near=(
            (ACTIVITY_WORDS, CHANGE_WORDS),
            (CHANGE_WORDS, ACTIVITY_WORDS),
            (PART_WORDS, OPERATION_WORDS),
            (ARTILLERY_WORDS, FIRE_WORDS),
            (("captur",), GROUND_WORDS),
            (DRIVING_WORDS, ("out$",)),  # "drove the enemy out of the town"
        ),
        unless=(*NOT_COMBAT, *WAR_NAMES),
    ),
    Frame(
        "attack",
        (
            "attack",
            "strike",
            "striking$",
            "struck",
            "hit$",
            "hits$",
            "missile",
            "drone",
            "shell",
            "bomb",
            "target",
            "launch",
            "intercept",
            "shot$",
            "explosion",
            "blast$",
            "взрыв",
            "вибух",
            "удар",
            "ракет",
            "дрон",
            "обстрел",
            "обстріл",
            "атак",
            "влуч",
            "збито$",
            "збитий$",
            "збиті$",
            "збита$",
            "збитих$",
            "збили$",
            "збив$",
            "airstrike",
            "air-strike",
            "downed$",
            "barrage",
            "salvo",
            "rocket",
            "uav",
            "shahed",
            "kamikaze",
            "detonat",
            "explod",
            "projectile",
            "warhead",
            "munition",
            "torpedo",
            "бомб",
            "беспилотн",
            "бпла",
            "шахед",
            "сбит",
            "сбил",
            "перехват",
            "перехопл",
            "прилёт$",
            "прилёты$",
            "прилет$",
            "прилеты$",
            "приліт$",
            "прильоти$",
            "налет$",
            "налёт$",
            "налета$",
            "налёта$",
            "наліт$",
            "детонац",
            "снаряд",
            "артобстрел",
            "артобстріл",
            "авиаудар",
            "авіаудар",
            "авианалет",
            "авианалёт",
        ),
        (
            "air raid",
            # gunfire at someone ("fired at a UN position", "opened fire on the villages")
            "fired at",
            "fired on",
            "opened fire",
            "открыли огонь",
            "открыл огонь",
            "обстреляли",
            "відкрили вогонь",
            "відкрив вогонь",
        ),
        window_days=3,
        unless=NOT_ATTACK,
    ),
    Frame(
        "damage",
        (
            "damag",
            "destroy",
            "destruct",
            "fire$",
            "blackout",
            "outage",
            "разруш",
            "поврежд",
            "пошкод",
            "зруйн",
            "wreck",
            "ruin",
            "burn",
            "blaze$",
            "flames$",
            "gutted$",
            "flattened$",
            "razed$",
            "rubble$",
            "debris",
            "уничтож",
            "сгорел",
            "пожар",
            "обесточ",
            "отключени",
            "обломк",
            "обрушен",
            "руин",
            "знищ",
            "руйнув",
            "sank$",
            "sunk$",
            "sinking$",
            "затонул",
            "затонув",
            "потоплен",
            "пожеж",
            "згорі",
            "знеструм",
            "відключен",
            "уламк",
            "руїн",
            "збитк",
        ),
        (
            "power cut",
            "without power",
            "without electricity",
            "без света",
            "без электричества",
            "без світла",
            "без електрики",
        ),
        window_days=3,
        unless=CRITICISM,
    ),
    Frame(
        "commander-sent",
        COMMANDER_STEMS,
        requires=SENDING_STEMS,
        uncounted=True,
        unless=NOT_COMMANDERS,
    ),
    Frame(
        "deployment",
        (
            "sent",
            "send",
            "sending",
            "deploy",
            "redeploy",
            "relocat",
            "dispatch",
            "arriv",
            "stationed$",
            "stationing$",
            "contingent",
            "present$",
            "presence",
            "involv",
            "причастн",
            "причетн",
            "moved",
            "transferr",
            "concentrat",
            "отправ",
            "направ",
            "перебро",
            "развер",
            "размещ",
            "присутств",
            "контингент",
            "відправ",
            "розгорн",
            "розміщ",
            "присутн",
            "прибыл$",
            "прибыла$",
            "прибыло$",
            "прибыли$",
            "прибыв",
            "дислоц",
            "дислок",
            "перекину",
            "перекид",
            "сосредоточ",
            "прибул",
            "прибува",
            "зосередж",
            "надісла",
            "надсила",
            # where troops are ("находящихся в России", "перебувають на полігонах"), sent ("спрямувала")
            "находя",
            "находит",
            "перебува",
            "спрямува",
            "reached$",
            "reach$",
            "reaching$",
            "crossed$",
            "crossing$",
            # troops entering a country ("began entering Russia", "вошли в", "увійшли до")
            "entering$",
            "entered$",
            "вошли$",
            "входят$",
            "увійшли$",
            "заходять$",
            "manpower",
            "expeditionary",
            "belligerent",
            "co-belligerent",
        ),
        (
            "живой сил",
            "живую сил",
            "жива сил",
            "живої сил",
            "живу сил",
            "boots on the ground",
            "taken up positions",
            "took up positions",
            "take up positions",
            "taking up positions",
            "заняли позиции",
            "зайняли позиції",
        ),  # fmt: skip
        locative=True,
        near=(
            (("personnel$",), ("in$",)),  # "satellite images of military personnel in Russia"
            (PART_WORDS, WAR_WORDS),  # "is taking part in Russia's war" (guideline rule 8)
            (JOIN_WORDS, WAR_WORDS),  # "has joined Russia's war"
        ),
        subjects=DEPLOYED_NOUNS,
    ),
)

# Words for where troops stand at the front ("along the front line"): a headcount there is about
# combat, not a point of the deployment series.
FRONT_STEMS = ("frontline", "front$", "фронт", "передов", "передні")
FRONT_PHRASES = ("front line", "front lines")

# Damage only a ship suffers ("a fire on board", "на борту", "sank"): a ship's, whatever its name.
SHIP_DAMAGE = (
    "on board", "aboard", "на борту", "на борті", "sank", "sunk", "sinking", "затонул", "затонула",
    "затонуло", "затонули", "затонув", "затонуло",
)  # fmt: skip

# What one attack hit, by kind: two attacks on the same day are two events when one hit a warship and
# the other a merchant ship, or one struck targets on land ("air strikes on Houthi targets"). Stems
# as in frames; phrases are matched in the folded text. A claim that names no kind joins either.
TARGET_KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "warship": (
        ("warship", "destroyer", "frigate", "cruiser", "uss$", "hms$", "авианос", "эсмин", "есмін", "фрегат",
         "крейсер", "авіаносц"),
        ("aircraft carrier", "navy ship", "naval ship", "naval vessel", "военный корабль", "военного корабля",
         "військовий корабель"),
    ),
    "merchant": (
        ("merchant", "cargo", "tanker", "freighter", "bulk", "container", "commercial", "vessel", "ship$",
         "ships$", "судн", "танкер", "сухогруз", "контейнеровоз"),
        ("bulk carrier",),
    ),
    "land": (
        ("targets$", "sites$", "positions$", "radar", "depot", "infrastructure", "base$", "bases$", "airport",
         "объект", "об'єкт", "инфраструктур", "інфраструктур"),
        (),
    ),
}  # fmt: skip

# Places named by a common word, not a name: specific like a named region when the claim names none
# ("North Korean engineers work in the occupied territories" is not a claim about Russia).
PLACE_WORDS = {
    "occupied territories": (
        "occupied territor", "occupied areas", "окупованих територ", "окупованій територ",
        "окупованої територ", "оккупированных территор", "оккупированной территор", "оккупированные территор",
    ),
}  # fmt: skip

# Words that refer back to a place the report named before ("have travelled to the region", "в регионе"):
# a claim that uses them is about the report's place though its sentence does not name it.
PLACE_REFERENCES = (
    "the region", "the area", "the oblast", "the province", "this region", "that region", "этот регион",
    "этом регионе", "этого региона", "данном регионе", "цей регіон", "цьому регіоні", "цього регіону",
)  # fmt: skip

# Places of these kinds are specific enough to tell two questions apart ("in Kursk" vs "in Russia").
SPECIFIC_PLACE_KINDS = frozenset({"region", "settlement", "facility"})

# Words that open a reason ("activity fell because of heavy losses"): what follows explains the claim,
# it is not the question the claim answers, so frames are looked for before it first.
REASON_MARKERS = (
    "because", "due to", "owing to", "thanks to", "из-за", "вследствие", "поскольку", "так как",
    "оскільки", "через те", "бо",
)  # fmt: skip
# Words that open a concession ("despite heavy losses", "несмотря на потери", "попри втрати"): what the
# claim happened in spite of is background to it, as a reason is.
CONCESSION_MARKERS = (
    "despite", "in spite of", "although", "even though", "несмотря на", "невзирая на", "хотя", "попри",
    "незважаючи на", "хоча",
)  # fmt: skip
# Words that open an attribution ("according to documents seen by ...", "citing captured soldiers", "со
# ссылкой на", "за даними"): where the claim comes from, not what it says.
ATTRIBUTION_MARKERS = (
    "according to", "citing", "based on", "по данным", "по словам", "по информации", "со ссылкой на",
    "ссылаясь на", "согласно", "за даними", "за словами", "за інформацією", "з посиланням на",
    "посилаючись на", "згідно з",
)  # fmt: skip
# Words that open a purpose (guideline rule 1: "attack in small groups in order to keep losses down").
PURPOSE_CLAUSE_MARKERS = (
    "in order to", "so as to", "so that", "чтобы", "с целью", "щоб", "з метою",
    # what something is for ("drones meant for the fighting in Ukraine")
    # what more troops are sent for ("to replace the dead", "на замену погибшим")
    "to replace", "to make up for", "to compensate for", "на замену", "на заміну", "для замены", "для заміни",
    "meant for", "intended for", "designed for", "destined for", "предназначенных для", "предназначенные для",
    "предназначенный для", "предназначенная для", "призначених для", "призначені для", "призначений для",
)  # fmt: skip
# Words that open a time clause: background only when the claim opens with it ("After weeks of training,
# the troops joined the fighting"); a later one often names the event the claim is part of ("drifting
# with a fire on board after the missile strike").
TIME_MARKERS = (
    "after", "before", "while", "после", "перед тем как", "прежде чем", "після", "перед тим як", "перш ніж",
)  # fmt: skip

# Words a claim uses to take a stance rather than to say what happened: left out of text similarity,
# so "X confirmed N" and "X denied N" compare on N.
STANCE_STEMS = (
    "confirm", "deni", "deny", "dismiss", "reject", "refut", "declin", "comment", "fake", "rumor", "rumour",
    "groundless", "said", "say", "told", "report", "claim", "alleg", "acknowledg", "admit",
    "подтверд", "опроверг", "отриц", "заяв", "сообщ", "фейк", "слух", "підтверд", "спростов", "заперечу",
    "повідом", "чутк",
)  # fmt: skip
