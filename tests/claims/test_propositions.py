"""Propositions: grouping as pure functions, the grouping service (idempotent, keeps analysts'
merges and moves), the assessment, and extract_claims --propositions."""

import json
import threading
from datetime import date

import pytest
from django.core.management import call_command
from django.db import close_old_connections

from claims.intake import service as intake
from claims.models import Claim, Proposition, PropositionChange, PropositionMember, Source, Status
from claims.parsing import service as parsing
from claims.propositions import service
from claims.propositions.assess import Member, assess, voice_of
from claims.propositions.grouping import ClaimFacts, Grouper, facts_from_json, frame_of, group

SCRIPTED = "tests.support.extractors.scripted"


def facts(text, stance="asserts", places=(), units=(), day=None):
    return ClaimFacts(text=text, stance=stance, topics=("nk",), places=places, units=units, day=day)


def test_a_denial_joins_the_proposition_it_denies():
    keys = group(
        [
            facts("North Korea has sent 10,000 troops to Russia."),
            facts("The Kremlin dismissed reports that North Korea sent troops to Russia as fake.", "denies"),
        ]
    )
    assert keys[0] == keys[1]


def test_a_denial_of_the_reports_joins_the_proposition_its_report_is_about():
    grouper = Grouper()
    first = grouper.add_report(
        [
            facts("Seoul said North Korea has sent 3,000 troops to Russia.", units=("soldiers",)),
            facts("Moscow dismissed the reports as fake.", "denies"),
        ]
    )
    assert first[0] == first[1]
    # A denial that names nothing, alone in its report, has no lead to join.
    alone = grouper.add_report([facts("Pyongyang rejected the claims as groundless.", "denies")])
    assert alone[0] != first[0]


def test_confirmed_and_denied_numbers_of_different_things_stay_apart():
    keys = group(
        [
            facts("The Pentagon confirmed 3,000 North Korean soldiers were killed.", units=("killed",)),
            facts("The Pentagon denied 3,000 North Korean soldiers were sent to Russia.", "denies"),
        ]
    )
    assert keys[0] != keys[1]


def test_a_specific_place_is_its_own_question_for_where_troops_are():
    kursk = (("Kursk region", "region"),)
    keys = group(
        [
            facts("8,000 North Korean soldiers are in the Kursk region.", places=kursk, units=("soldiers",)),
            facts("North Korea sent 10,000 soldiers to Russia.", places=(("Russia", "country"),)),
            facts("There are 10,000 North Korean troops in Kursk.", places=(("Kursk", "settlement"),)),
        ]
    )
    assert keys[0] == keys[2] != keys[1]


def test_a_place_the_claim_took_from_its_reports_scene_is_not_its_question():
    own = {"name": "Sudzha", "kind": "settlement", "mention": "Sudzha"}
    scene = {"name": "Sudzha", "kind": "settlement", "mention": "Sudzha"}
    named = facts_from_json({"text": "The SBU said troops were deployed near Sudzha.", "places": [own]})
    lent = facts_from_json({"text": "The SBU said troops were deployed there.", "places": [scene]})
    added = facts_from_json(
        {"text": "The SBU said troops were deployed.", "places": [{**own, "mention": ""}]}
    )
    assert named.places == (("Sudzha", "settlement"),)
    assert lent.places == ()
    assert added.places == (("Sudzha", "settlement"),)


def test_one_attack_is_grouped_by_date_and_another_weeks_later_is_not():
    keys = group(
        [
            facts("A missile strike hit the port.", day=date(2024, 3, 1)),
            facts("The strike on the port was confirmed.", "confirms", day=date(2024, 3, 2)),
            facts("A missile strike hit the port again.", day=date(2024, 4, 20)),
        ]
    )
    assert keys[0] == keys[1] != keys[2]


def test_the_dead_of_one_attack_are_a_question_of_their_own_dated_like_the_attack():
    keys = group(
        [
            facts("Four sailors were killed in the missile attack on the tanker.", day=date(2024, 3, 6)),
            facts("Two crew members died in the attack on the tanker.", day=date(2024, 3, 7)),
            facts("Seven crew were killed when a strike hit a bulk carrier.", day=date(2024, 7, 9)),
            facts("About 2,000 soldiers have been killed in the war so far.", units=("killed",)),
        ]
    )
    assert keys[0] == keys[1]
    assert len({keys[0], keys[2], keys[3]}) == 3


def test_losses_blamed_on_drone_strikes_in_general_stay_in_the_casualty_series():
    assert frame_of("Heavy losses stem from drone strikes and open terrain") == "casualties"
    assert frame_of("Officers were killed in a strike near the city") == "attack-casualties"
    assert frame_of("Погибли трое моряков в результате ракетного удара по судну") == "attack-casualties"


def test_how_large_an_attack_was_is_apart_from_what_it_hit():
    day = date(2024, 5, 10)
    keys = group(
        [
            facts("Last night's strike was the largest attack on the power grid this year.", day=day),
            facts("Missiles hit two power stations and a substation overnight.", day=day),
            facts("It was the most massive missile attack since the spring.", day=day),
        ]
    )
    assert keys[0] == keys[2] != keys[1]
    assert frame_of("The largest contingent so far was sent to the border") == "deployment"


def test_a_tally_of_attacks_over_months_is_not_one_attack():
    day = date(2024, 5, 10)
    keys = group(
        [
            facts("Drones hit a fuel depot near the port overnight.", day=day),
            facts("The militia has fired missiles at the port at least nine times since March.", day=day),
        ]
    )
    assert keys[0] != keys[1]
    assert frame_of("Неодноразово атакували порт з початку року") == "attack-tally"


def test_a_deadly_strike_is_about_the_strike_not_about_the_dead():
    assert frame_of("A cruise missile carried out the deadly strike on the bridge") == "attack"


def test_signs_of_further_troop_deployments_are_about_additional_troops():
    assert frame_of("There are signs of preparations for further troop deployments") == "additional"


def test_a_reason_explains_the_claim_and_is_not_its_question():
    assert frame_of("Their attacks on the front line have slowed because of heavy losses") == "combat"
    assert frame_of("Наступ на фронті сповільнився через те, що втрати були великими") == "combat"
    assert frame_of("Активность на фронте снизилась из-за больших потерь") == "combat"
    # With no question before the reason, the reason is all there is to go by.
    assert frame_of("It is because many soldiers were killed") == "casualties"
    assert frame_of("Many soldiers were killed because of poor training") == "casualties"


def test_a_headcount_beside_the_word_fighting_is_a_deployment_figure():
    assert frame_of("10,000 troops were sent to help Russia in the fighting", ["soldiers"]) == "deployment"
    assert frame_of("About 30 North Korean troops were killed in battle", ["killed"]) == "casualties"


def test_a_headcount_of_troops_who_were_killed_counts_the_dead():
    assert (
        frame_of("Some 900 soldiers sent to the war have been killed in battle", ["soldiers"]) == "casualties"
    )
    assert frame_of("It sent 9,000 soldiers to the war, where many died", ["soldiers"]) == "deployment"


def test_a_headcount_along_the_front_line_is_about_combat():
    assert (
        frame_of("About 2,000 soldiers were posted in trenches along the front line", ["soldiers"])
        == "combat"
    )
    assert frame_of("Близько 2000 солдатів перебувають на фронті", ["soldiers"]) == "combat"
    # In a named place, the headcount counts troops there (the most specific place wins).
    assert frame_of(
        "Most of the 5,000 troops moved to front-line areas near Bryansk", ["soldiers"], named_place=True
    ) == ("deployment")


def test_military_operations_and_reconnaissance_at_the_front_are_combat():
    assert frame_of("Language barriers will keep hampering their military operations") == "combat"
    assert frame_of("Their drone teams fly reconnaissance over the border villages") == "combat"
    assert frame_of("Оператори дронів ведуть аеророзвідку над селами") == "combat"


def test_troops_in_the_occupied_territories_are_not_troops_in_russia():
    keys = group(
        [
            facts("Pyongyang has sent 12,000 soldiers to Russia.", places=(("Russia", "country"),)),
            facts("North Korean troops are building trenches in the occupied territories of Ukraine."),
            facts("Міністр не має даних, що північнокорейські військові є на окупованих територіях."),
        ]
    )
    assert keys[1] == keys[2] != keys[0]


def test_a_denial_of_a_ships_owner_joins_the_claims_about_whose_ships_were_hit():
    keys = group(
        [
            facts("The two tankers the rebels fired at are Greek and Maltese.", day=date(2024, 5, 2)),
            facts(
                "The seized freighter is not an Israeli ship, its operator said.",
                "denies",
                day=date(2024, 1, 9),
            ),
            facts(
                "The bulk carrier has no connection with any Israeli company.", "denies", day=date(2024, 3, 1)
            ),
        ]
    )
    assert keys[0] == keys[1] == keys[2]
    assert frame_of("Судно не является израильским, заявил оператор") == "affiliation"


def test_a_side_remark_on_whose_ship_it_was_leaves_the_claim_about_the_attack():
    assert frame_of("The British-owned tanker was hit by a missile off the coast") == "attack"
    assert frame_of("The troops are Russian citizens now") != "affiliation"


def test_attacks_of_one_day_on_a_warship_a_merchant_ship_and_targets_on_land_are_three_events():
    day = date(2024, 7, 3)
    keys = group(
        [
            facts("The rebels fired two missiles at the destroyer USS Mason.", day=day),
            facts("The navy denied that its aircraft carrier was hit by a missile.", "denies", day=day),
            facts("The rebels attacked the container ship Ocean Star with drones.", day=day),
            facts("Allied jets carried out six strikes on rebel radar sites near the port.", day=day),
            facts("The missiles hit the container ship's bridge.", day=day),
            facts("The rebels launched four missiles overnight.", day=day),
        ]
    )
    assert keys[0] == keys[1]
    assert len({keys[0], keys[2], keys[3]}) == 3
    assert keys[4] == keys[2]
    assert keys[5] in {keys[0], keys[2], keys[3]}  # naming nothing hit, it may join any of them


def test_the_damage_one_attack_did_to_a_ship_is_part_of_that_attack():
    day = date(2024, 7, 3)
    keys = group(
        [
            facts("The rebels attacked the tanker Sea Breeze with two missiles.", day=day),
            facts("The tanker was damaged and caught fire, but the crew is safe.", day=day),
            facts("Dozens of houses were damaged in the city overnight.", day=day),
        ]
    )
    assert keys[0] == keys[1] != keys[2]


def test_a_denial_joins_its_reports_lead_before_a_look_alike_without_a_question():
    day = date(2024, 7, 3)
    keys = Grouper().add_report(
        [
            facts("The rebels said they fired missiles at the destroyer USS Mason.", day=day),
            facts("Two officials told a news agency the rebels' statement was untrue.", day=day),
            facts("Two officials told a news agency the rebels' statement was untrue.", "denies", day=day),
        ]
    )
    assert keys[2] == keys[0] != keys[1]


def test_bodies_of_one_government_are_one_voice_and_an_admission_counts():
    parents = {"Pentagon": "US government", "State Department": "US government"}
    members = [
        Member(1, "Pentagon", voice_of("Pentagon", parents, None, "asserts"), "asserts", date(2024, 10, 1)),
        Member(
            2, "State Department", voice_of("State Department", parents, None, "asserts"), "asserts", None
        ),
        Member(3, "HUR", "HUR", "asserts", date(2024, 10, 2)),
        Member(4, "Kremlin", "Kremlin", "denies", date(2024, 10, 3)),
        Member(5, "Kremlin", "Kremlin", "confirms", date(2025, 4, 28)),
    ]
    result = assess(members)
    assert result.independent_line == "asserted by 3 independent sources (4 in all)"
    assert result.admissions == ["Kremlin"] and not result.contested
    assert result.suggested == "confirmed"
    assert any("admitted by Kremlin" in r for r in result.reasons)


def test_one_side_against_the_other_is_contested_and_disputed():
    result = assess(
        [Member(1, "HUR", "HUR", "asserts", None), Member(2, "Kremlin", "Kremlin", "denies", None)]
    )
    assert result.contested and result.suggested == "disputed"
    assert result.reasons[0] == "asserted only by one side, denied by the other"


def test_estimates_that_miss_each_other_disagree():
    result = assess(
        [
            Member(1, "A", "A", "asserts", date(2024, 12, 1), ((100, 100, "killed"),)),
            Member(2, "B", "B", "asserts", date(2024, 12, 10), ((1000, 1200, "killed"),)),
        ]
    )
    assert result.series["killed"] and result.disagreements


# ---------------------------------------------------------------------------------------------
# The service


@pytest.fixture
def scripted(settings, registry):
    settings.CLAIMS_EXTRACTOR = SCRIPTED


def parsed(text, published=date(2024, 10, 25)):
    report = intake.submit_report(text=text, published_at=published, enqueue=False).report
    assert parsing.parse_report(report.pk) == "parsed"
    return report


TEXT = (
    "HUR (Ukrainian military intelligence) | asserts | North Korean troops were sent to Kursk.\n"
    "Kremlin | denies | Nothing was sent to Kursk, no troops at all."
)


@pytest.mark.django_db
def test_grouping_a_report_twice_gives_one_membership_per_claim(scripted):
    report = parsed(TEXT)
    assert service.group_report(report.pk) == "grouped"
    first = dict(PropositionMember.objects.values_list("claim_id", "proposition_id"))
    assert service.group_report(report.pk) == "grouped"
    assert dict(PropositionMember.objects.values_list("claim_id", "proposition_id")) == first
    assert len(first) == 2 and len(set(first.values())) == 1
    prop = Proposition.objects.get()
    assert prop.claim_count == 2
    report.refresh_from_db()
    assert report.grouped_at is not None


@pytest.mark.django_db
def test_a_second_report_joins_the_existing_proposition(scripted):
    service.group_report(parsed(TEXT).pk)
    second = parsed("NATO | confirms | North Korean troops were sent to Kursk, NATO said.")
    service.group_report(second.pk)
    assert Proposition.objects.count() == 1
    assert Proposition.objects.get().claim_count == 3


@pytest.mark.django_db
def test_moving_a_claim_out_survives_regrouping_and_keeps_history(scripted, analyst):
    report = parsed(TEXT)
    service.group_report(report.pk)
    denial = Claim.objects.get(stance="denies")
    new = service.move_out(denial, by=analyst, note="not the same")
    service.group_report(report.pk)
    assert PropositionMember.objects.get(claim=denial).proposition == new
    assert set(PropositionChange.objects.values_list("kind", flat=True)) == {"move_out", "move_in"}


@pytest.mark.django_db
def test_merging_moves_members_and_later_claims_follow(scripted, analyst):
    service.group_report(parsed(TEXT).pk)
    other_report = parsed("NIS (South Korea) | asserts | North Korean soldiers died in battles near Kursk.")
    service.group_report(other_report.pk)
    target, other = Proposition.objects.order_by("pk")
    service.merge(target, other, by=analyst)
    assert Proposition.objects.live().count() == 1
    assert PropositionMember.objects.filter(proposition=target).count() == 3
    later = parsed("NIS (South Korea) | asserts | More North Korean soldiers died in battles near Kursk.")
    service.group_report(later.pk)
    assert PropositionMember.objects.filter(proposition=target).count() == 4


@pytest.mark.django_db
def test_reviewing_a_proposition_can_give_its_claims_the_verdict(scripted, analyst):
    service.group_report(parsed(TEXT).pk)
    prop = Proposition.objects.get()
    service.review(prop, by=analyst, status=Status.CONFIRMED, note="seen", apply_to_claims=True)
    statuses = dict(Claim.objects.values_list("stance", "status"))
    assert statuses == {"asserts": "confirmed", "denies": "denied"}
    assert PropositionChange.objects.get().to_value == "confirmed"


@pytest.mark.django_db(transaction=True)
def test_two_workers_grouping_the_same_proposition_at_once_make_one(scripted):
    reports = [parsed(TEXT), parsed(TEXT.replace("at all", "at all, really"))]
    errors = []

    def run(pk):
        try:
            service.group_report(pk)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            close_old_connections()

    threads = [threading.Thread(target=run, args=(r.pk,)) for r in reports]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert Proposition.objects.count() == 1
    assert PropositionMember.objects.count() == 4


@pytest.mark.django_db
def test_source_parents_load_from_the_registry(registry):
    assert Source.objects.get(name="US Department of Defense").parent.name == "US government"


@pytest.mark.django_db
def test_extract_claims_with_propositions_adds_a_key_to_every_claim(registry, tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    rows = [
        {"id": "a", "published": "2024-10-25", "text": "HUR said North Korea sent 3,000 troops to Russia."},
        {
            "id": "b",
            "published": "2024-10-26",
            "text": "The Kremlin denied that North Korea sent troops to Russia.",
        },
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    call_command("extract_claims", str(path), "--propositions")
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    keys = [c["proposition"] for row in out for c in row["claims"]]
    assert keys and all(isinstance(k, str) and k for k in keys)
    assert len(set(keys)) == 1


@pytest.mark.django_db
def test_the_service_keeps_attacks_on_a_warship_and_on_a_merchant_ship_of_one_day_apart(scripted):
    service.group_report(parsed("CENTCOM | asserts | Rebel missiles hit the container ship Ocean Star.").pk)
    service.group_report(
        parsed("Rebels | asserts | The rebels fired missiles at the destroyer USS Mason.").pk
    )
    later = parsed("Navy | asserts | The missile that hit the container ship started a fire on board.")
    service.group_report(later.pk)
    merchant, warship = Proposition.objects.order_by("pk")
    assert (merchant.targets, warship.targets) == (["merchant"], ["warship"])
    assert merchant.claim_count == 2 and warship.claim_count == 1


@pytest.mark.django_db
def test_the_service_gives_a_denial_its_reports_lead_before_a_look_alike(scripted):
    report = parsed(
        "Rebels | asserts | The rebels said they fired missiles at the destroyer USS Mason.\n"
        "Reuters | asserts | Two officials told a news agency the rebels' statement was untrue.\n"
        "Pentagon | denies | Two officials told a news agency the rebels' statement was untrue."
    )
    service.group_report(report.pk)
    lead, look_alike, denial = (
        c.membership.proposition_id for c in Claim.objects.select_related("membership").order_by("char_start")
    )
    assert denial == lead != look_alike


@pytest.mark.django_db
def test_the_service_gives_a_denial_what_the_denial_before_it_denies(scripted):
    report = parsed(
        "Ministry | confirms | Allied troops were moved to the Belgorod region.\n"
        "Kremlin | denies | The Kremlin dismissed reports of an allied troop deployment as fake.\n"
        "Envoy | denies | The envoy called the reports groundless rumours."
    )
    service.group_report(report.pk)
    moved, first, second = (
        c.membership.proposition_id for c in Claim.objects.select_related("membership").order_by("char_start")
    )
    assert first == second != moved


@pytest.mark.django_db
def test_the_service_keeps_fighting_in_two_countries_apart_by_where_its_places_lie(scripted):
    service.group_report(
        parsed("HUR (Ukrainian military intelligence) | asserts | North Korean troops fought in Kursk.").pk
    )
    service.group_report(parsed("NATO | asserts | North Korean troops are fighting in Kharkiv.").pk)
    service.group_report(parsed("Pentagon | asserts | North Korean troops took part in combat in Kursk.").pk)
    in_russia, in_ukraine = Proposition.objects.order_by("pk")
    assert (in_russia.claim_count, in_ukraine.claim_count) == (2, 1)
