"""A battery of paraphrases: claims written for this test (not taken from any corpus), in English,
Russian and Ukrainian, several wordings of each proposition - passive voice, other counted nouns, a
figure added, a denial, an incidental word of another question in a later clause - labelled the way
the shared corpus's guideline (PROPOSITIONS.md) labels claims. Each proposition's claims must share
one key that no other proposition's claim has."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from claims.propositions.grouping import ClaimFacts
from tests.support.grouping_battery import keys_of, labels

RUSSIA = (("Russia", "country"),)
BORDER_REGION = (("Belgorod", "region"),)
CITY = (("Dnipro", "settlement"),)
SHIP_DAY = date(2025, 5, 5)
MEN, DEAD, POWS = ("soldiers",), ("killed",), ("prisoners",)
STRIKE_DAY = date(2025, 6, 13)
SEIZED_DAY = date(2025, 7, 1)


@dataclass(frozen=True)
class Said:
    label: str
    text: str
    stance: str = "asserts"
    units: tuple[str, ...] = ()
    places: tuple[tuple[str, str], ...] = ()
    day: date | None = None

    def facts(self) -> ClaimFacts:
        return ClaimFacts(self.text, self.stance, ("war",), self.places, self.units, self.day)


BATTERY = (
    # How many troops were sent (rule 3: a series of estimates, denials included).
    Said("sent", "The country has sent about 8,000 soldiers to Russia.", units=MEN, places=RUSSIA),
    Said("sent", "About 8,000 of its troops are now in Russia, intelligence estimates.", units=MEN),
    Said("sent", "Around 8,000 soldiers were dispatched to Russia in October.", units=MEN),
    Said("sent", "The foreign ministry denied that any of its troops had been sent to Russia.", "denies"),
    Said("sent", "The Kremlin declined to comment on reports of foreign troops in Russia.", "does_not_deny"),
    Said("sent", "Intelligence now puts the number of foreign servicemen in Russia at 12,000.", units=MEN),
    Said("sent", "The government acknowledged for the first time that it had deployed troops to Russia.",
         "confirms"),
    Said("sent", "Some 10,000 troops were moved to Russia, most of whom later saw combat.", units=MEN),
    Said("sent", "Страна направила в Россию около 8 тысяч военнослужащих.", units=MEN),
    Said("sent", "В России находятся около 12 тысяч иностранных солдат.", units=MEN),
    Said("sent", "Москва отрицает присутствие иностранных войск на своей территории.", "denies"),
    Said("sent", "Країна відправила до Росії близько 8 тисяч військових.", units=MEN),
    Said("sent", "The country has sent about 8,000 soldiers to Russia, where they are expected to train.",
         units=MEN),
    Said("sent", "Russia has received some 8,000 servicemen from its ally, officials say.", units=MEN),
    Said("sent", "The number of foreign soldiers in Russia is expected to reach 15,000.", units=MEN),
    # When they go to the front (rule 6: a forecast of a move into combat; of a total, the total's).
    Said("forecast", "Foreign troops are expected to join the fighting within days."),
    Said("forecast", "The foreign soldiers will soon be sent to the front line."),
    Said("forecast", "Иностранные военные в ближайшие дни отправятся на фронт."),
    # Troops in one region (rule 4: the most specific place wins).
    Said("region", "About 5,000 foreign soldiers are stationed in the Belgorod region.", units=MEN,
         places=BORDER_REGION),
    Said("region", "Foreign troops have been moved to the Belgorod region.", places=BORDER_REGION),
    Said("region", "Most of the foreign contingent was deployed to the Belgorod region, near the front.",
         places=BORDER_REGION),
    Said("region", "The governor denied that foreign units are based in the Belgorod region.", "denies",
         places=BORDER_REGION),
    Said("region", "Иностранные войска переброшены в Белгородскую область.", places=BORDER_REGION),
    Said("region", "Іноземні військові прибули до Бєлгородської області.", places=BORDER_REGION),
    # Whether the troops fight (rule 8), wherever they fight.
    Said("combat", "Foreign troops have begun fighting Ukrainian forces."),
    Said("combat", "Foreign soldiers took part in assaults on Ukrainian positions."),
    Said("combat", "Foreign units stormed a village near the border."),
    Said("combat", "Foreign units clashed with Ukrainian troops for the first time on Monday."),
    Said("combat", "The defence ministry denied that its soldiers are fighting in Ukraine.", "denies"),
    Said("combat", "Foreign troops have not yet taken part in combat."),
    Said("combat", "Foreign soldiers were pulled back from the front line after several weeks."),
    Said("combat", "The foreign soldiers attack in waves, with little armour in support."),
    Said("combat", "Ukrainian forces repelled an attack by foreign troops near the village."),
    Said("combat", "Иностранные военные участвуют в боевых действиях против ВСУ."),
    Said("combat", "Іноземні солдати воюють проти ЗСУ."),
    Said("combat", "Foreign units launched a counterattack despite heavy losses."),
    Said("combat", "After weeks of training, the foreign troops joined the fighting in November."),
    Said("combat", "Несмотря на потери, иностранные подразделения продолжают штурмовать позиции ВСУ."),
    Said("combat", "Попри втрати, іноземні підрозділи продовжують штурмувати позиції ЗСУ."),
    # How many were killed, wounded or missing.
    Said("losses", "About 300 foreign soldiers have been killed.", units=DEAD),
    Said("losses", "Foreign troops have suffered heavy losses."),
    Said("losses", "Some 1,000 foreign servicemen were killed or wounded in the fighting.",
         units=("killed_or_wounded",)),
    Said("losses", "Hundreds of foreign soldiers have died in assaults on Ukrainian positions.",
         units=DEAD),
    Said("losses", "The ministry declined to comment on casualties among its troops.", "does_not_deny"),
    Said("losses", "The foreign contingent has lost about 4,000 men, killed and wounded.",
         units=("killed_or_wounded",)),
    Said("losses", "Ukraine says its forces have eliminated about 300 foreign soldiers.", units=DEAD),
    Said("losses", "ВСУ уничтожили около 300 иностранных военных.", units=DEAD),
    Said("losses", "Потери иностранного контингента составили около 300 человек убитыми.", units=DEAD),
    Said("losses", "Близько 300 іноземних військових загинули.", units=DEAD),
    Said("losses", "ЗСУ ліквідували близько 300 іноземних військових.", units=DEAD),
    Said("losses", "About 300 foreign soldiers were killed since they arrived at the front.", units=DEAD),
    Said("losses", "After two months of fighting, about 300 foreign soldiers have been killed.",
         units=DEAD),
    # A later round of troops (rule 6).
    Said("more", "The country will send another 3,000 troops.", units=MEN),
    Said("more", "A second contingent of foreign soldiers has arrived in Russia."),
    Said("more", "The country is preparing to deploy more troops to Russia."),
    Said("more", "There is no evidence yet that more foreign troops are on their way.", "does_not_deny"),
    Said("more", "Страна отправила дополнительно 3 тысячи солдат.", units=MEN),
    Said("more", "Країна готує відправку нової партії військових."),
    # Prisoners and what they said (rule 10).
    Said("captured", "Ukrainian forces captured two foreign soldiers.", units=POWS),
    Said("captured", "Two foreign soldiers were taken prisoner near the border.", units=POWS),
    Said("captured", "Two foreign servicemen surrendered to Ukrainian troops.", units=POWS),
    Said("captured", "Ukraine is ready to exchange the captured foreign soldiers for its own soldiers."),
    Said("captured", "ВСУ взяли в плен двух иностранных военных.", units=POWS),
    # Where and how they are trained (rule 5).
    Said("trained", "Foreign troops are being trained at Russian bases in the Far East."),
    Said("trained", "Russian instructors teach the foreign soldiers to fly drones."),
    Said("trained", "Иностранные военные проходят обучение на полигонах."),
    Said("trained", "Russian officers train the foreign soldiers in drone warfare before they go to war."),
    # Desertion.
    Said("deserted", "Dozens of foreign soldiers have deserted."),
    Said("deserted", "Около 20 иностранных солдат дезертировали.", units=MEN),
    # One attack on a ship, and its crew's losses (an event and its casualties).
    Said("ship", "Missiles struck the cargo ship Sea Star on Monday.", day=SHIP_DAY),
    Said("ship", "The Sea Star, a bulk carrier, was hit by an anti-ship missile.", day=SHIP_DAY),
    Said("ship", "The rebels claimed responsibility for the attack on the Sea Star.", day=SHIP_DAY),
    Said("ship", "Повстанцы атаковали сухогруз Sea Star ракетой.", day=SHIP_DAY),
    Said("ship-crew", "Two crew members of the Sea Star were killed in the strike.", units=DEAD,
         day=SHIP_DAY),
    Said("ship-crew", "The missile attack killed two sailors aboard the vessel.", units=DEAD,
         day=SHIP_DAY),
    Said("ship-crew", "Двое моряков погибли в результате удара по судну.", units=DEAD, day=SHIP_DAY),
    # Weapons handed over, by kind.
    Said("drones-supplied", "Iran has supplied Russia with hundreds of drones."),
    Said("drones-supplied", "Russia received hundreds of drones from Iran."),
    Said("drones-supplied", "Tehran delivered Shahed drones to Moscow."),
    Said("drones-supplied", "Iran denied sending drones to Russia.", "denies"),
    Said("drones-supplied", "Iran has shipped drones to Russia by sea."),
    Said("drones-supplied", "Иран поставил России сотни беспилотников."),
    Said("drones-supplied", "Іран постачає Росії дрони."),
    Said("drones-supplied", "Iran has sold Russia drones that are used in attacks on Ukrainian cities."),
    # One strike on a city, and its dead.
    Said("city-strike", "A missile struck an apartment block in Dnipro on Friday.", places=CITY,
         day=STRIKE_DAY),
    Said("city-strike", "Russia launched a missile attack on Dnipro overnight.", places=CITY, day=STRIKE_DAY),
    Said("city-strike", "Russia sent dozens of drones at Dnipro overnight.", places=CITY, day=STRIKE_DAY),
    Said("city-strike", "Ракетный удар по Днепру нанесён в пятницу.", places=CITY, day=STRIKE_DAY),
    Said("city-strike", "Russian drones bought from Iran hit an apartment block in Dnipro.", places=CITY,
         day=STRIKE_DAY),
    Said("city-dead", "Five civilians were killed in the missile strike on Dnipro.", units=DEAD,
         places=CITY, day=STRIKE_DAY),
    Said("city-dead", "The strike on Dnipro killed five residents and injured 20.",
         units=("killed", "wounded"), places=CITY, day=STRIKE_DAY),
    Said("city-dead", "Внаслідок ракетного удару по Дніпру загинули п'ятеро мирних жителів.",
         units=DEAD, places=CITY, day=STRIKE_DAY),
    # Longer statements: attributions, time clauses, parentheticals and purposes around the claim.
    Said("sent", "About 11,000 soldiers are in Russia, according to documents seen by the newspaper.",
         units=MEN),
    Said("sent", "Foreign troops are in Russia, the spy chief said, citing interrogations of captured men."),
    Said("sent", "По данным разведки, со ссылкой на захваченные документы, в России около 11 тысяч солдат.",
         units=MEN),
    Said("combat", "The foreign soldiers, who trained for a month in the Far East, have begun fighting."),
    Said("combat", "Foreign troops joined the fighting a month after they began training in Russia."),
    Said("combat", "Foreign units attack in small groups in order to keep their losses down."),
    Said("combat", "Иностранные военные вступили в бой после нескольких недель обучения."),
    Said("losses", "Some 1,000 foreign soldiers were killed or wounded, according to captured documents.",
         units=("killed_or_wounded",)),
    Said("losses", "Around 300 foreign soldiers were killed after being sent into assaults without training.",
         units=DEAD),
    Said("more", "The country will send more troops after the heavy losses of the winter."),
    Said("more", "The country is preparing a second contingent, which is expected to join the fighting."),
    Said("trained", "Russian instructors train foreign troops in assault tactics after their heavy losses."),
    # Other words for the same predicates.
    Said("combat", "Foreign soldiers captured a village after a week of fighting."),
    Said("combat", "Foreign troops helped recapture three villages last week."),
    Said("combat", "The foreign units are used in human-wave attacks."),
    Said("combat", "Foreign troops are holding positions along the river."),
    Said("sent", "The country is taking part in the war on Russia's side."),
    Said("more", "Країна готує нову відправку військових до Росії."),
    Said("trained", "Foreign soldiers are learning to fly drones at Russian firing ranges."),
    Said("drones-supplied", "Russia is buying Shahed drones from Iran."),
    Said("ship", "The Sea Star sank two days after the missile strike.", day=SHIP_DAY),
    Said("drones-supplied", "Moscow received a first batch of attack drones intended for the war."),
    Said("drones-supplied", "Russia will receive additional deliveries of drones from Iran."),
    Said("ship-seized", "Gunmen captured the tanker Ocean Star off the coast.", day=SEIZED_DAY),
    Said("ship-seized", "The Ocean Star was hijacked and taken to a rebel-held port.", day=SEIZED_DAY),
    Said("captured", "The two captured soldiers are held in Kyiv; one said he had trained for a week."),
    Said("sent-home", "About 1,500 wounded foreign soldiers have been returned to their country."),
    Said("sent-home", "Wounded foreign soldiers are flown home for treatment."),
    Said("combat", "The foreign troops were returned to the front line after a pause."),
    Said("sent-home", "Раненых иностранных военных вернули в их страну."),
    Said("combat", "The defenders attacked foreign troops near the bridge, a day after repelling them."),
    Said("city-strike", "Russian missiles were striking Dnipro all night.", places=CITY, day=STRIKE_DAY),
    Said("city-strike", "Смертельний удар по Дніпру завдала крилата ракета.", places=CITY, day=STRIKE_DAY),
)  # fmt: skip


@pytest.mark.parametrize("label", labels(BATTERY))
def test_each_proposition_has_one_key_of_its_own(label):
    own, others = keys_of(BATTERY, label)
    assert len(own) == 1
    assert not own & others
