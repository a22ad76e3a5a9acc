"""A battery of short made-up sentences about many wars, each with the places an analyst lists for
its claim: where the claimed event happens, its origin and destination (the role of the place), and
never where the speaker spoke, a place inside a source's name or a place outside the claim. The
registry is a small made-up one: countries and seas are broad areas, towns are points, a few
places carry the spellings other outlets use."""

from datetime import date

import pytest

from claims.extraction import extract
from claims.extraction.shipped import registry_from_data

DAY = date(2024, 5, 20)


def _place(name, lat, lon, kind="settlement", aliases=(), country=""):
    precision = "region" if kind in ("country", "area", "region") else "exact"
    return {
        "name": name, "latitude": lat, "longitude": lon, "kind": kind, "precision": precision,
        "aliases": list(aliases), "country": country,
    }  # fmt: skip


PLACES = [
    _place("Sudan", 15.5, 30.2, "country", ["Sudanese"], "Sudan"),
    _place("Ukraine", 49.0, 31.4, "country", ["Ukrainian"], "Ukraine"),
    _place("Russia", 61.5, 105.3, "country", ["Russian", "Россия", "Росія", "Росією"], "Russia"),
    _place("Yemen", 15.5, 48.5, "country", ["Yemeni"], "Yemen"),
    _place("Lebanon", 33.8, 35.8, "country", ["Lebanese"], "Lebanon"),
    _place("Myanmar", 21.9, 95.9, "country", ["Burma"], "Myanmar"),
    _place("Mali", 17.5, -4.0, "country", ["Malian"], "Mali"),
    _place("Ethiopia", 9.1, 40.5, "country", ["Ethiopian"], "Ethiopia"),
    _place("Syria", 35.0, 38.5, "country", ["Syrian", "Сирия", "Сирія", "Сирию"], "Syria"),
    _place("Israel", 31.5, 34.9, "country", ["Israeli"], "Israel"),
    _place("Red Sea", 20.0, 38.5, "area", ["the Red Sea"]),
    _place("Gulf of Aden", 12.5, 47.5, "area"),
    _place("Black Sea", 43.4, 34.0, "area"),
    _place("Tigray", 14.0, 39.0, "region", ["Tigray region"], "Ethiopia"),
    _place("Darfur", 13.5, 24.0, "region", ["North Darfur"], "Sudan"),
    _place("Shan State", 21.5, 97.9, "region", ["northern Shan State"], "Myanmar"),
    _place("El Fasher", 13.6, 25.35, aliases=["Al-Fashir", "El Fashir"], country="Sudan"),
    _place("Khartoum", 15.5, 32.55, country="Sudan"),
    _place("Kharkiv", 49.99, 36.23, aliases=["Kharkov", "Харків", "Харьков"], country="Ukraine"),
    _place("Odesa", 46.48, 30.72, aliases=["Odessa", "Одеса", "Одесса"], country="Ukraine"),
    _place("Hodeidah", 14.8, 42.95, aliases=["Al Hudaydah", "Hudaydah"], country="Yemen"),
    _place("Mekelle", 13.5, 39.47, aliases=["Mekele"], country="Ethiopia"),
    _place("Gao", 16.27, -0.04, country="Mali"),
    _place("Aleppo", 36.2, 37.15, country="Syria"),
    _place("Lashio", 22.93, 97.75, country="Myanmar"),
    _place("Stepanakert", 39.82, 46.75, aliases=["Khankendi"]),
    _place("Tyre", 33.27, 35.2, country="Lebanon"),
    _place("Rafah", 31.29, 34.25),
    _place("Sevastopol", 44.6, 33.52, country="Ukraine"),
]


@pytest.fixture(scope="module")
def registry():
    return registry_from_data(
        {
            "sources": [
                {"name": n, "kind": k, "aliases": a, "country": c}
                for n, k, a, c in [
                    ("Sudanese Armed Forces", "military", ["Sudan's army", "the Sudanese army"], "Sudan"),
                    ("Rapid Support Forces", "armed_group", ["RSF"], ""),
                    ("Houthis", "armed_group", ["Ansar Allah", "the Houthis"], ""),
                    ("Ukrainian Air Force", "military", ["Ukraine's air force", "Повітряні сили"], ""),
                    ("Israel Defense Forces", "military", ["IDF", "the Israeli military"], ""),
                    ("Myanmar junta", "government", ["the junta"], ""),
                    ("TPLF", "armed_group", ["Tigray People's Liberation Front"], ""),
                    ("Malian army", "military", ["Mali's army"], ""),
                    ("Syrian Observatory for Human Rights", "ngo", ["the Syrian Observatory"], ""),
                    ("Azerbaijani Defence Ministry", "ministry", ["Azerbaijan's defence ministry"], ""),
                    ("UKMTO", "military", ["United Kingdom Maritime Trade Operations"], ""),
                    ("Lebanese Health Ministry", "ministry", ["Lebanon's health ministry"], "Lebanon"),
                ]
            ],
            "places": PLACES,
            "topics": [
                {
                    "name": "War",
                    "terms": [
                        "attack",
                        "strike",
                        "drone",
                        "shelling",
                        "troops",
                        "killed",
                        "ship",
                        "missile",
                        "fighters",
                        "shelled",
                        "struck",
                        "attacked",
                        "raid",
                    ],
                }
            ],
        }  # fmt: skip
    )


def places_of(text, registry):
    """The places of every claim the sentence gives, in the order they come."""
    names = {p.key: p.name for p in registry.places}
    claims = extract(text, DAY, registry)
    assert claims, "the test text should give a claim"
    out = []
    for claim in claims:
        out += [names[p.key] for p in claim.places if names[p.key] not in out]
    return out


CASES = [
    # where the event happens: plain names after prepositions of place
    ("The RSF said its fighters had entered El Fasher on Sunday.", ["El Fasher"]),
    ("Sudan's army said drones struck a fuel depot in Khartoum.", ["Khartoum"]),
    ("The junta said rebels had attacked an army post near Lashio.", ["Lashio"]),
    ("The Malian army said it had repelled an attack outside Gao.", ["Gao"]),
    ("The Syrian Observatory said shelling killed four people in Aleppo.", ["Aleppo"]),
    ("The IDF said its troops had struck targets around Rafah overnight.", ["Rafah"]),
    # other spellings of one place
    ("Ukraine's air force said two missiles hit Kharkov at dawn.", ["Kharkiv"]),
    ("The Houthis said they had fired on a ship off Al Hudaydah.", ["Hodeidah"]),
    ("The RSF said it had taken positions in El Fashir.", ["El Fasher"]),
    ("Azerbaijan's defence ministry said its units had entered Khankendi.", ["Stepanakert"]),
    ("The TPLF said drones had struck Mekele twice.", ["Mekelle"]),
    ("Ukraine's air force said drones were shot down over Odessa.", ["Odesa"]),
    # water bodies
    ("UKMTO said a ship was attacked in the Red Sea on Monday.", ["Red Sea"]),
    ("The Houthis said they had targeted a tanker in the Gulf of Aden.", ["Gulf of Aden"]),
    ("Ukraine's air force said a Russian ship was struck in the Black Sea.", ["Black Sea"]),
    (
        "UKMTO said a missile hit a bulk carrier in the Gulf of Aden, east of Hodeidah.",
        ["Gulf of Aden", "Hodeidah"],
    ),
    # regions, and a region's name with a direction or a region noun
    ("The TPLF said troops had shelled villages across Tigray.", ["Tigray"]),
    ("The RSF said its fighters controlled most of North Darfur.", ["Darfur"]),
    ("The junta said rebels attacked convoys in northern Shan State.", ["Shan State"]),
    ("The TPLF said fighting had resumed in the Tigray region.", ["Tigray"]),
    # a country where something happens
    ("The IDF said it had struck Hezbollah targets in Lebanon.", ["Lebanon"]),
    ("The Houthis said US jets had bombed several sites in Yemen.", ["Yemen"]),
    ("The Malian army said militants attacked a convoy in Mali's north.", ["Mali"]),
    ("The IDF said its jets struck targets in southern Lebanon.", ["Lebanon"]),
    ("The Syrian Observatory said there were strikes in the east of Syria.", ["Syria"]),
    ("The IDF said troops were operating in the south of Lebanon.", ["Lebanon"]),
    ("Sudan's army said fighters had crossed into the north of Sudan.", ["Sudan"]),
    # origin and destination
    ("The Houthis said they fired a missile from Yemen at a ship in the Red Sea.", ["Yemen", "Red Sea"]),
    ("Ukraine's air force said drones launched from Russia hit Kharkiv.", ["Russia", "Kharkiv"]),
    ("The RSF said its fighters moved from Khartoum to El Fasher.", ["Khartoum", "El Fasher"]),
    ("The TPLF said Ethiopian troops had withdrawn from Mekelle.", ["Mekelle"]),
    ("The Syrian Observatory said fighters had arrived in Aleppo from Lebanon.", ["Aleppo", "Lebanon"]),
    # several places of one claim
    (
        "Ukraine's air force said drones struck Kharkiv, Odesa and Sevastopol overnight.",
        ["Kharkiv", "Odesa", "Sevastopol"],
    ),
    ("The RSF said it had attacked army posts in Khartoum and El Fasher.", ["Khartoum", "El Fasher"]),
    ("The IDF said rockets fired from Tyre fell near Rafah.", ["Tyre", "Rafah"]),
    # a settlement noun names the place
    ("The junta said rebels had seized the town of Lashio.", ["Lashio"]),
    ("The Malian army said militants attacked the city of Gao.", ["Gao"]),
    ("The TPLF said drones hit the outskirts of Mekelle.", ["Mekelle"]),
    # the territories, east or outskirts of a country
    ("The IDF said its forces fired shells into the territory of Lebanon.", ["Lebanon"]),
    ("The Houthis said their missiles struck the territory of Yemen's enemies.", []),
    ("Ukraine's air force said drones struck targets in the occupied territories of Ukraine.", ["Ukraine"]),
    ("The Syrian Observatory said drones had struck targets in the eastern regions of Syria.", ["Syria"]),
    # a nation's adjective before a place noun names the country
    ("Ukraine's air force said drones entered Ukrainian airspace from the south.", ["Ukraine"]),
    ("The Malian army said the convoy was attacked on Malian soil.", ["Mali"]),
    # where the speaker spoke is not where the claim happens
    ("Speaking in Khartoum, Sudan's army said the RSF had shelled El Fasher.", ["El Fasher"]),
    ("The IDF said in Tyre that its troops had raided Rafah.", ["Rafah"]),
    ("Ukraine's air force told reporters in Odesa that drones had hit Kharkiv.", ["Kharkiv"]),
    ("KHARTOUM - The RSF said its fighters had attacked El Fasher.", ["El Fasher"]),
    # a place inside a source's name, or a place that only names who speaks
    ("Lebanon's health ministry said strikes killed five people in Tyre.", ["Tyre"]),
    ("The Syrian Observatory said fighters had shelled Aleppo.", ["Aleppo"]),
    ("Sudan's army said the RSF had attacked El Fasher.", ["El Fasher"]),
    # a capital or country that only stands for its government is no place
    ("Khartoum said the RSF had shelled El Fasher overnight.", ["El Fasher"]),
    ("The junta accused Mali of sending fighters to Lashio.", ["Lashio"]),
    ("UKMTO said a tanker was hit off the coast of Yemen.", ["Yemen"]),
    ("The Houthis said they had targeted a ship off Yemen.", ["Yemen"]),
    ("The IDF said jets struck targets in Hezbollah-controlled areas of Lebanon.", ["Lebanon"]),
    ("The Syrian Observatory said drones hit rebel-held parts of Syria.", []),
    ("The Syrian Observatory said shelling hit villages in rebel-held parts of Syria.", ["Syria"]),
    # a place that only says where an actor is based is not where the claim happens
    ("The Syrian Observatory, an Aleppo-based monitor, said the RSF had shelled El Fasher.", ["El Fasher"]),
    ("The RSF, a Khartoum-based force, said drones struck Gao.", ["Gao"]),
    ("The IDF said troops were operating along the border of Lebanon.", ["Lebanon"]),
    ("The Malian army said militants had fled beyond the northern border of Mali.", ["Mali"]),
    ("The IDF said troops were operating near the border with Lebanon.", ["Lebanon"]),
    ("Sudan's army said the RSF had fled across the border with Ethiopia.", ["Ethiopia"]),
    ("Військові заявили, що дрони атакували села на кордоні з Росією.", ["Russia"]),
    # a country that hands something over or receives it is an origin or a destination
    ("The IDF accused Syria of supplying Lebanon with rockets.", ["Syria", "Lebanon"]),
    ("Ukraine's air force said Russia had received new drones from Syria.", ["Russia", "Syria"]),
    ("Sudan's army condemned what it called Ethiopia's delivery of drones to the RSF.", ["Ethiopia"]),
    ("The junta said it had bought drones from Russia.", ["Russia"]),
    ("The Houthis said Yemen denied the charge.", []),
    ("ВВС Украины заявили, что Россия получила дроны из Сирии.", ["Russia", "Syria"]),
    # a country attacked is where the attack happens; the attacker is no place
    ("The Houthis said they had attacked Israel with drones overnight.", ["Israel"]),
    ("The IDF said Lebanon had been struck by rockets fired from Syria.", ["Lebanon", "Syria"]),
    ("Sudan's army said Ethiopia had shelled Sudan near the border.", ["Sudan"]),
    ("ВВС Украины заявили, что Россия атаковала Сирию дронами.", ["Syria"]),
    # "the country" names again a country the sentence named before
    ("Lebanon's health ministry said strikes killed ten people across the country.", ["Lebanon"]),
    ("Sudan's army said RSF drones had hit power stations throughout the country.", ["Sudan"]),
    ("The IDF said its jets struck Tyre and other sites in the country.", ["Tyre"]),
    ("The Houthis said the country would keep attacking ships.", []),
    # no place at all
    ("The RSF said the army had launched a new offensive.", []),
    ("The IDF said the strike had killed a senior commander.", []),
    ("The Houthis said their forces kept attacking ships.", []),
    # Russian and Ukrainian spellings and declensions
    ("Повітряні сили повідомили, що дрони атакували Харків уночі.", ["Kharkiv"]),
    ("Повітряні сили заявили, що ракета влучила в Одесу.", ["Odesa"]),
    ("ВВС Украины сообщили, что дроны атаковали Харьков.", ["Kharkiv"]),
    ("Военные заявили, что беспилотники атаковали Одессу ночью.", ["Odesa"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_claim_gets_the_places_of_its_event(text, expected, registry):
    assert places_of(text, registry) == expected


def test_the_battery_is_large_and_spans_several_wars():
    assert len(CASES) >= 60
