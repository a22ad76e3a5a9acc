"""A battery of near propositions that must stay apart: claims written for this test (not taken from any
corpus), in English, Russian and Ukrainian, about several wars - whose losses a count is (civilians,
soldiers, aid workers, journalists, peacekeepers, a commander), a threat to strike and the strike, a
warning to leave and the strikes that followed, gunfire at a post and troops deployed, people
displaced, one side's strikes and the other's, an old strike and a new one on the same town, a tally
of strikes and one strike, prisoners taken, soldiers killed and soldiers sent (in another war, another
topic). Each proposition's claims must share one key that no other proposition's claim has, as in
`test_grouping_battery.py`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from claims.propositions.grouping import ClaimFacts
from tests.claims.test_grouping_battery import Said
from tests.support.grouping_battery import keys_of, labels


@dataclass(frozen=True)
class Elsewhere(Said):
    """A claim of another war (another topic)."""

    def facts(self) -> ClaimFacts:
        return ClaimFacts(self.text, self.stance, ("other-war",), self.places, self.units, self.day)


DEAD, HURT, POWS, MEN = ("killed",), ("wounded",), ("prisoners",), ("soldiers",)
SHIP_DAY = date(2024, 3, 6)
RAID_DAY = date(2024, 7, 2)
POST_DAY = date(2024, 10, 11)
OLD_DAY, NEW_DAY = date(2022, 4, 8), date(2023, 6, 27)
TOWN = (("Kramatorsk", "settlement"),)
LEBANON, ISRAEL = (("Lebanon", "country"),), (("Israel", "country"),)
RUSSIA_UKRAINE, UKRAINE = (("Russia", "country"), ("Ukraine", "country")), (("Ukraine", "country"),)
BORDER_DAY, NIGHT = date(2024, 8, 25), date(2024, 8, 26)

BATTERY = (
    # A war's civilian dead (Sudan, Gaza, Ethiopia): a series of estimates, denials included.
    Said("civilians-dead", "The war in Sudan has killed tens of thousands of civilians.", units=DEAD),
    Said("civilians-dead", "More than 700 civilians have died in the city since the siege began.",
         units=DEAD),
    Said("civilians-dead", "Civilian deaths have risen sharply this year, the UN office says."),
    Said("civilians-dead", "The militia denied killing any civilians during the war.", "denies"),
    Said("civilians-dead", "В ходе войны погибли десятки тысяч мирных жителей.", units=DEAD),
    Said("civilians-dead", "Кількість загиблих цивільних з початку війни перевищила 20 тисяч.", units=DEAD),
    Said("civilians-dead", "Women and children make up most of the dead since October, officials say."),
    # Its soldiers' and fighters' losses: another series.
    Said("soldiers-dead", "Hundreds of army soldiers have been killed in the fighting for the city.",
         units=DEAD),
    Said("soldiers-dead", "The paramilitary fighters have suffered heavy losses, the army says."),
    Said("soldiers-dead", "The army has lost about 2,000 soldiers this year.", units=DEAD),
    Said("soldiers-dead", "Около двух тысяч военнослужащих армии погибли с начала года.", units=DEAD),
    Said("soldiers-dead", "Втрати бойовиків становлять близько тисячі загиблих.", units=DEAD),
    Said("soldiers-dead", "The ministry declined to comment on losses among its troops.", "does_not_deny"),
    # Aid workers killed.
    Said("aid-dead", "At least 300 aid workers have been killed since the war began.", units=DEAD),
    Said("aid-dead", "Deaths of humanitarian staff have reached a record, the UN says."),
    Said("aid-dead", "В секторе погибли более 300 гуманитарных работников.", units=DEAD),
    Said("aid-dead", "Three medics were killed while evacuating the wounded.", units=DEAD),
    # Journalists killed.
    Said("press-dead", "More than 120 journalists have been killed in the war.", units=DEAD),
    Said("press-dead", "Загинули ще двоє журналістів, повідомляє синдикат.", units=DEAD),
    Said("press-dead", "The army denied that its soldiers had killed the reporters.", "denies"),
    # Peacekeepers hurt.
    Said("peacekeepers-hurt", "Two peacekeepers were wounded near their post.", units=HURT),
    Said("peacekeepers-hurt", "The injured peacekeepers are from Indonesia."),
    Said("peacekeepers-hurt", "Двое миротворцев получили ранения.", units=HURT),
    Said("peacekeepers-hurt", "The army said it was reviewing the incident in which peacekeepers were hurt."),
    # A commander's death is not the count of the fighters' dead (guideline rule 10).
    Said("commander-dead", "The militia's top commander was killed, the army said."),
    Said("commander-dead", "The group confirmed the death of its leader.", "confirms"),
    Said("commander-dead", "Командир угруповання загинув, підтвердили в штабі.", "confirms"),
    # One day's strikes: the civilians killed in a town and the soldiers killed at a base.
    Said("town-dead", "Seven civilians were killed in the missile strike on the market.", units=DEAD,
         day=RAID_DAY),
    Said("town-dead", "Внаслідок ракетного удару по ринку загинули семеро мирних жителів.", units=DEAD,
         day=RAID_DAY),
    Said("base-dead", "Twelve soldiers were killed in the missile strike on the training ground.", units=DEAD,
         day=RAID_DAY),
    Said("base-dead", "Ракетный удар по полигону унёс жизни двенадцати военнослужащих.", units=DEAD,
         day=RAID_DAY),
    # A threat to strike ships is not the strike on one ship (Yemen).
    Said("threat", "The rebels threatened to strike any ship bound for the port."),
    Said("threat", "The movement vowed to retaliate for the air strikes on its bases."),
    Said("threat", "Повстанцы пригрозили атаковать суда в проливе."),
    Said("threat", "Повстанці погрожують ударами по суднах, що прямують до порту."),
    Said("threat", "Their leader vowed to keep attacking shipping until the war ends."),
    Said("ship-hit", "The rebels fired two missiles at the tanker Red Falcon.", day=SHIP_DAY),
    Said("ship-hit", "A missile hit the tanker Red Falcon in the strait.", day=SHIP_DAY),
    Said("ship-hit", "Ракета попала в танкер Red Falcon.", day=SHIP_DAY),
    Said("ship-hit", "The rebels claimed the attack on the Red Falcon.", day=SHIP_DAY),
    # A warning to leave is not the strikes (Gaza, Lebanon).
    Said("warning", "The army ordered residents of the eastern districts to leave."),
    Said("warning", "The military warned civilians to evacuate the northern neighbourhoods."),
    Said("warning", "Армия призвала жителей восточных кварталов покинуть дома."),
    Said("warning", "Армія закликала мешканців евакуюватися на південь."),
    Said("warning", "Residents were urged to move away from buildings used by the group."),
    Said("raid", "Jets struck buildings in the eastern districts on Tuesday.", day=RAID_DAY),
    Said("raid", "The air strikes hit several residential blocks.", day=RAID_DAY),
    Said("raid", "Авиаудары пришлись на жилые кварталы.", day=RAID_DAY),
    # Gunfire at a post is an incident, not where troops are deployed (Kashmir, Lebanon).
    Said("post-fired-at", "Soldiers fired at a UN observation post on Friday.", day=POST_DAY),
    Said("post-fired-at", "Troops opened fire on the observation post near the border.", day=POST_DAY),
    Said("post-fired-at", "Военные открыли огонь по наблюдательному пункту ООН.", day=POST_DAY),
    Said("troops-there", "About 5,000 soldiers are deployed along the border.", units=MEN),
    Said("troops-there", "Близько 5 тисяч військових розгорнуті вздовж кордону.", units=MEN),
    # People driven from their homes are not the strikes that drove them, nor the warnings.
    Said("displaced", "More than a million people have been displaced by the strikes."),
    Said("displaced", "Tens of thousands of residents fled their homes in the north."),
    Said("displaced", "Более миллиона человек стали беженцами."),
    Said("displaced", "Жителі покинули свої будинки після обстрілів."),
    Said("displaced", "The number of internally displaced people has doubled, the agency says."),
    # One side's strikes and the other's on the same day are two events (Lebanon and Israel).
    Said("strikes-in-lebanon", "Israeli jets struck dozens of targets in southern Lebanon.", places=LEBANON,
         day=BORDER_DAY),
    Said("strikes-in-lebanon", "Израильская авиация нанесла удары по югу Ливана.", places=LEBANON,
         day=BORDER_DAY),
    Said("rockets-on-israel", "Hezbollah fired some 300 rockets and drones at northern Israel.",
         places=ISRAEL, day=BORDER_DAY),
    Said("rockets-on-israel", "Air-raid sirens sounded across northern Israel as rockets fell.",
         places=ISRAEL, day=BORDER_DAY),
    # One night's attack told by both sides is one event (Ukraine).
    Said("night-attack", "Russia launched more than 100 missiles and drones at Ukraine overnight.",
         places=RUSSIA_UKRAINE, day=NIGHT),
    Said("night-attack", "Ukraine's air force said it shot down 102 drones.", places=UKRAINE, day=NIGHT),
    Said("night-attack", "Росія атакувала Україну ракетами і дронами.", places=RUSSIA_UKRAINE, day=NIGHT),
    # The same town struck a year apart: two events.
    Said("old-strike", "A missile struck the railway station in Kramatorsk.", places=TOWN, day=OLD_DAY),
    Said("old-strike", "Ракета влучила в залізничний вокзал Краматорська.", places=TOWN, day=OLD_DAY),
    Said("new-strike", "A missile struck a restaurant in Kramatorsk.", places=TOWN, day=NEW_DAY),
    Said("new-strike", "Ракетный удар пришёлся по ресторану в Краматорске.", places=TOWN, day=NEW_DAY),
    # A tally of strikes over the war is not one strike.
    Said("tally", "Russia has repeatedly struck power plants since the start of the war."),
    Said("tally", "Energy facilities have been attacked more than 200 times since the full-scale invasion."),
    # Prisoners taken, soldiers killed and soldiers sent are counts of three things (Myanmar).
    Elsewhere("captured", "The resistance captured about 150 junta soldiers at the base.", units=POWS),
    Elsewhere("captured", "About 150 junta troops surrendered to the rebels.", units=POWS),
    Elsewhere("captured", "Повстанцы взяли в плен около 150 военных хунты.", units=POWS),
    Elsewhere("junta-dead", "About 150 junta soldiers were killed in the battle for the base.", units=DEAD),
    Elsewhere("junta-dead", "Близько 150 військових хунти загинули.", units=DEAD),
    Elsewhere("junta-sent", "The junta has sent about 3,000 troops to the border area.", units=MEN),
    Elsewhere("junta-sent", "Хунта перебросила к границе около 3 тысяч солдат.", units=MEN),
    # A forecast of the move to the front is not the fighting (Nagorno-Karabakh, Sahel).
    Said("forecast", "The mercenaries are expected to reach the front within days."),
    Said("forecast", "Наемники в ближайшие дни отправятся на передовую."),
    Said("fighting", "The mercenaries are fighting alongside the army in the north."),
    Said("fighting", "Наемники участвуют в боях на севере страны."),
)  # fmt: skip


@pytest.mark.parametrize("label", labels(BATTERY))
def test_each_proposition_has_one_key_of_its_own(label):
    own, others = keys_of(BATTERY, label)
    assert len(own) == 1
    assert not own & others
