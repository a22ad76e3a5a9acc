"""Grouping rules about which predicate a claim is about (the shared corpus's guideline): sentences
written for these tests, not taken from any corpus."""

from datetime import date

from claims.propositions.grouping import (
    ClaimFacts,
    Grouper,
    facts_from_json,
    frame_of,
    group,
    own_countries,
    own_places,
)


def facts(text, stance="asserts", places=(), units=(), day=None, countries=()):
    return ClaimFacts(
        text=text, stance=stance, topics=("war",), places=places, units=units, day=day, countries=countries
    )


def test_whether_troops_fight_is_one_question_wherever_they_fight():
    keys = group(
        [
            facts("Foreign troops were trained near Belgorod.", places=(("Belgorod", "region"),)),
            facts("The foreign battalion fought near Lgov.", places=(("Lgov", "settlement"),)),
            facts(
                "Foreign soldiers took heavy fire in combat near Rylsk.", places=(("Rylsk", "settlement"),)
            ),
        ]
    )
    assert keys[1] == keys[2] != keys[0]


def test_soldiers_gone_missing_are_counted_with_the_casualties():
    keys = group(
        [
            facts("About 200 foreign soldiers were killed in January.", units=("killed",)),
            facts("Dozens of foreign soldiers went missing near the river.", units=("missing",)),
        ]
    )
    assert keys[0] == keys[1]


def test_an_aside_in_brackets_does_not_change_what_a_claim_is_about():
    keys = group(
        [
            facts("About 500 foreign soldiers were killed or wounded.", units=("killed_or_wounded",)),
            facts(
                "The foreign contingent lost 900 men killed and wounded (some of them captured).",
                units=("killed_or_wounded",),
            ),
        ]
    )
    assert keys[0] == keys[1]


def test_more_troops_with_words_between_are_additional_troops_but_more_than_n_troops_are_not():
    keys = group(
        [
            facts("The country will send additional troops next month."),
            facts("No sign yet that more foreign troops are crossing the border.", "does_not_deny"),
            facts("More than 9,000 foreign troops were sent.", units=("soldiers",)),
        ]
    )
    assert keys[0] == keys[1] != keys[2]


def test_an_order_to_die_rather_than_be_captured_is_not_about_prisoners():
    keys = group(
        [
            facts("The army captured three foreign soldiers near the village.", units=("prisoners",)),
            facts("Foreign soldiers are ordered to blow themselves up rather than be captured."),
            facts("The captured soldiers will be exchanged for prisoners of war."),
        ]
    )
    assert keys[0] == keys[2] != keys[1]


def test_soldiers_killing_their_own_side_are_not_the_casualty_count():
    keys = group(
        [
            facts("About 400 foreign soldiers were killed last month.", units=("killed",)),
            facts("Officers are killing their own wounded men so that they cannot talk."),
            facts("Wounded soldiers are executed by their commanders."),
        ]
    )
    assert keys[1] == keys[2] != keys[0]


def test_a_general_sent_to_lead_is_not_the_troop_deployment():
    keys = group(
        [
            facts("The country has sent 7,000 soldiers abroad.", units=("soldiers",)),
            facts("The country sent a three-star general to command its units abroad."),
            facts("The country sent 7,000 soldiers and two generals abroad.", units=("soldiers",)),
        ]
    )
    assert keys[0] == keys[2] != keys[1]


def test_coming_under_fire_and_liberating_ground_are_combat():
    keys = group(
        [
            facts("Foreign units have engaged in combat with the defenders."),
            facts("The first foreign units came under fire on Tuesday."),
            facts("Foreign soldiers helped liberate two villages."),
        ]
    )
    assert keys[0] == keys[1] == keys[2]


def test_a_capture_that_is_avoided_is_no_claim_about_prisoners():
    keys = group(
        [
            facts("Two foreign soldiers were captured near the border.", units=("prisoners",)),
            facts("Foreign troops are thrown into assaults and told to avoid capture at any cost."),
            facts("Foreign troops fought in the assaults on the town."),
        ]
    )
    assert keys[1] == keys[2] != keys[0]


def test_a_place_named_in_the_purpose_of_a_sending_is_not_where_troops_were_sent():
    oblast = (("Zaporizhzhia", "region"),)
    keys = group(
        [
            facts("The country has sent 5,000 soldiers to the front.", units=("soldiers",)),
            facts("It sent its troops to help retake villages in Zaporizhzhia.", places=oblast),
            facts("About 3,000 soldiers were sent to Zaporizhzhia to help the army.", places=oblast),
            facts("3,000 of its soldiers are now in Zaporizhzhia.", places=oblast, units=("soldiers",)),
        ]
    )
    assert keys[0] == keys[1] != keys[2] == keys[3]


def test_a_deployment_whose_purpose_names_a_place_is_not_a_deployment_there():
    oblast = (("Zaporizhzhia", "region"),)
    keys = group(
        [
            facts("The country has sent 5,000 soldiers abroad.", units=("soldiers",)),
            facts("The aim of the deployment was to liberate villages in Zaporizhzhia.", places=oblast),
        ]
    )
    assert keys[0] == keys[1]


def test_how_many_regions_one_attack_reached_is_its_scale():
    day = date(2025, 3, 1)
    keys = group(
        [
            facts("It was the largest drone attack of the year.", day=day),
            facts("Drones were launched at 11 regions overnight.", units=("regions",), day=day),
            facts("The drones hit a power station and a school.", day=day),
        ]
    )
    assert keys[0] == keys[1] != keys[2]


def test_wounded_sent_back_home_are_repatriation_not_the_casualty_count():
    keys = group(
        [
            facts("About 800 foreign soldiers have been wounded.", units=("wounded",)),
            facts("500 wounded soldiers were sent back home by train.", units=("wounded",)),
            facts("The dead were repatriated after cremation."),
        ]
    )
    assert keys[1] == keys[2] != keys[0]


def test_an_office_named_general_is_no_general_sent():
    keys = group(
        [
            facts("The country has sent 7,000 soldiers abroad.", units=("soldiers",)),
            facts("The General Staff said the country sent its soldiers abroad."),
            facts("The Secretary General said troops had been sent abroad."),
        ]
    )
    assert keys[0] == keys[1] == keys[2]


def test_the_ukrainian_dead_are_counted_with_the_casualties():
    keys = group(
        [
            facts("Близько 300 іноземних солдатів загинули в боях.", units=("killed",)),
            facts("Кількість загиблих іноземних солдатів сягнула 500.", units=("killed",)),
        ]
    )
    assert keys[0] == keys[1]


def test_combating_crime_is_no_combat():
    keys = group(
        [
            facts("Foreign soldiers fought near the river."),
            facts("The foreign contingent is combating looting in the town."),
            facts("The foreign contingent is stationed in the town."),
        ]
    )
    assert keys[0] != keys[1] == keys[2]


def test_a_missile_attack_in_russian_is_an_attack_not_combat():
    day = date(2025, 3, 1)
    keys = group(
        [
            facts("A missile strike hit the barracks on Monday.", day=day),
            facts("Ракетная атака была нанесена по казармам в понедельник.", day=day),
            facts("Foreign troops fought near the village.", day=day),
        ]
    )
    assert keys[0] == keys[1] != keys[2]


def test_criticism_and_an_army_named_for_liberation_are_no_combat():
    keys = group(
        [
            facts("The first foreign units came under fire near the border."),
            facts("The minister came under fire from critics over sending the troops abroad."),
            facts("Soldiers of the People's Liberation Army were sent abroad."),
            facts("The country sent its troops abroad."),
        ]
    )
    assert keys[0] != keys[1] == keys[2] == keys[3]


def test_activity_that_fell_because_of_losses_is_about_the_fighting():
    keys = group(
        [
            facts("Foreign troops fought near the village."),
            facts("The foreign units' activity has dropped lately because of heavy losses."),
            facts("Активность иностранных частей снизилась из-за больших потерь."),
            facts("About 500 foreign soldiers were killed.", units=("killed",)),
        ]
    )
    assert keys[0] == keys[1] == keys[2] != keys[3]


def test_a_reason_given_first_does_not_decide_what_a_claim_is_about():
    keys = group(
        [
            facts("Foreign troops assaulted the village on Monday."),
            facts("Because of heavy losses in the autumn, the foreign units fought less often."),
            facts("About 500 foreign soldiers were killed.", units=("killed",)),
        ]
    )
    assert keys[0] == keys[1] != keys[2]


def test_help_in_a_named_operation_is_combat_but_help_in_the_war_is_the_deployment():
    keys = group(
        [
            facts("Foreign troops fought near the village."),
            facts("Foreign soldiers helped Russia in the Belgorod operation."),
            facts("Иностранные солдаты приняли участие в белгородской операции."),
            facts("The country sent troops to Russia.", places=(("Russia", "country"),)),
            facts("The country helped Russia in its special military operation with troops."),
        ]
    )
    assert keys[0] == keys[1] == keys[2] != keys[3] == keys[4]


def test_troops_training_in_a_named_area_is_the_training_but_troops_sent_there_to_train_are_not():
    area = (("Northern Belarus", "area"),)
    keys = group(
        [
            facts(
                "About 4,000 foreign soldiers are training in northern Belarus.",
                places=area,
                units=("soldiers",),
            ),
            facts("Foreign troops are drilled at a base near the border."),
            facts(
                "About 4,000 foreign soldiers were sent to northern Belarus to train.",
                places=area,
                units=("soldiers",),
            ),
            facts("The country has sent 4,000 soldiers abroad.", units=("soldiers",)),
        ]
    )
    assert keys[0] == keys[1] != keys[2] == keys[3]


def test_officers_losses_go_with_the_strike_of_their_days_not_the_casualty_count():
    day, later = date(2025, 3, 1), date(2025, 3, 3)
    keys = group(
        [
            facts(
                "A missile strike near the airfield killed five foreign officers.", units=("killed",), day=day
            ),
            facts("There are reports of foreign officers being killed.", day=later),
            facts("About 500 foreign soldiers have been killed.", units=("killed",), day=day),
            facts(
                "A foreign officer said that 500 of their soldiers have been killed.",
                units=("killed",),
                day=later,
            ),
        ]
    )
    assert keys[0] == keys[1] != keys[2] == keys[3]


def test_doctors_fighting_for_lives_of_victims_are_no_combat():
    keys = group(
        [
            facts("Foreign troops fought near the village."),
            facts("Doctors are fighting for every life; 40 victims are in surgery.", units=("people",)),
            facts("About 40 people were wounded.", units=("wounded",)),
        ]
    )
    assert keys[0] != keys[1] == keys[2]


def test_personnel_in_a_country_are_the_deployment():
    keys = group(
        [
            facts("The country has sent soldiers abroad."),
            facts(
                "He called images of its military personnel being in the region a serious matter.",
                "does_not_deny",
            ),
            facts("The army lacks trained personnel and fuel."),
        ]
    )
    assert keys[0] == keys[1] != keys[2]


def test_showing_or_teaching_troops_how_to_fight_is_the_training():
    keys = group(
        [
            facts("Foreign troops are drilled at a base near the border."),
            facts("Instructors were showing the foreign officers how assault operations are prepared."),
            facts("Instructors taught the foreign soldiers assault tactics."),
            facts("Foreign troops assaulted the village."),
        ]
    )
    assert keys[0] == keys[1] == keys[2] != keys[3]


def test_skirmishes_hostilities_and_counterattacks_are_combat():
    keys = group(
        [
            facts("Foreign troops fought near the village."),
            facts("Foreign units took part in hostilities for the first time."),
            facts("A skirmish with the foreign unit showed it had joined the war."),
            facts("Foreign soldiers joined the counteroffensive."),
            facts("Иностранные солдаты участвовали в контратаках."),
            facts("The country has sent soldiers abroad."),
        ]
    )
    assert keys[0] == keys[1] == keys[2] == keys[3] == keys[4] != keys[5]


def test_another_group_of_troops_is_the_additional_troops():
    keys = group(
        [
            facts("The country will send additional troops next month."),
            facts("It is preparing another large group of its soldiers for the war."),
            facts("The country has sent soldiers abroad."),
        ]
    )
    assert keys[0] == keys[1] != keys[2]


def test_civilians_and_crews_killed_are_the_losses_of_one_attack_not_a_series():
    day, later = date(2025, 3, 1), date(2025, 3, 20)
    keys = group(
        [
            facts(
                "The death toll from the missile strike on the city rose to 20.", units=("killed",), day=day
            ),
            facts("Four children were among the dead.", day=day),
            facts("About 500 foreign soldiers have been killed.", units=("killed",), day=day),
            facts("Two crew members died aboard the tanker.", units=("killed",), day=later),
        ]
    )
    assert keys[0] == keys[1] != keys[2]
    assert keys[3] not in (keys[0], keys[2])


def test_an_explosion_is_the_attack_not_only_its_damage():
    day = date(2025, 3, 1)
    keys = group(
        [
            facts("A missile hit the Sea Star on Monday.", day=day),
            facts("The Sea Star was damaged by an explosion off the coast.", day=day),
            facts("Buildings in the port were damaged.", day=day),
        ]
    )
    assert keys[0] == keys[1] != keys[2]


def test_artillery_fire_on_troops_is_the_fighting_not_an_air_strike():
    day = date(2025, 3, 1)
    keys = group(
        [
            facts("Foreign troops fought near the village.", day=day),
            facts("An artillery strike hit a position held by foreign troops.", day=day),
            facts("Позиции иностранных солдат попали под артиллерийский обстрел.", day=day),
            facts("A missile strike hit the power plant.", day=day),
            facts("The country supplied artillery shells to the army.", day=day),
        ]
    )
    assert keys[0] == keys[1] == keys[2]
    assert keys[3] != keys[0] and keys[4] != keys[0]


def test_a_which_clause_describing_a_place_does_not_decide_what_a_claim_is_about():
    keys = group(
        [
            facts("The country has sent soldiers abroad."),
            facts("It confirmed it had sent troops to the border district, which it lost last year."),
            facts("Страна отправила войска в приграничный район, который она потеряла в прошлом году."),
            facts("About 500 foreign soldiers were killed.", units=("killed",)),
        ]
    )
    assert keys[0] == keys[1] == keys[2] != keys[3]


def test_missing_words_perished_surrendered_tactics_involvement():
    keys = group(
        [
            facts("About 500 foreign soldiers were killed.", units=("killed",)),
            facts("Dozens of foreign soldiers perished in the assault."),
            facts("Two foreign soldiers were captured.", units=("prisoners",)),
            facts("Three foreign soldiers surrendered to the defenders."),
            facts("Foreign troops fought near the village."),
            facts("Foreign troops use human-wave tactics."),
            facts("The country has sent soldiers abroad."),
            facts("The country is involved in the war abroad."),
        ]
    )
    assert keys[0] == keys[1] and keys[2] == keys[3] and keys[4] == keys[5] and keys[6] == keys[7]
    assert len({keys[0], keys[2], keys[4], keys[6]}) == 4


def test_an_order_not_to_surrender_is_no_claim_about_prisoners():
    keys = group(
        [
            facts("Two foreign soldiers were captured.", units=("prisoners",)),
            facts("Foreign soldiers fight on because they were ordered never to surrender."),
        ]
    )
    assert keys[0] != keys[1]


def test_a_second_contingent_or_the_next_rotation_is_the_additional_troops():
    keys = group(
        [
            facts("The country will send additional troops next month."),
            facts("The country is preparing a second contingent."),
            facts("Страна готовит новый контингент для отправки."),
            facts("The country has sent soldiers abroad."),
        ]
    )
    assert keys[0] == keys[1] == keys[2] != keys[3]


def test_russian_and_ukrainian_words_for_forecasts_the_front_suicide_and_more_troops():
    keys = group(
        [
            facts("Foreign troops are expected to enter combat in the coming days."),
            facts("Ожидается, что иностранные войска вскоре вступят в бой."),
            facts("Очікується, що іноземні військові незабаром вступлять у бої."),
            facts("Foreign troops fought near the village."),
            facts("Иностранные войска вернулись на передовую."),
            facts("Іноземних солдатів кидають в атаку як гарматне м'ясо."),
            facts("Foreign units have seen action near the river."),
            facts("Soldiers are ordered to blow themselves up."),
            facts("Солдатам приказано подрывать себя гранатами."),
            facts("The country will send more troops."),
            facts("Страна отправит еще 6000 военных."),
        ]
    )
    assert keys[0] == keys[1] == keys[2]
    assert keys[3] == keys[4] == keys[5] == keys[6]
    assert keys[7] == keys[8]
    assert keys[9] == keys[10]
    assert len({keys[0], keys[3], keys[7], keys[9]}) == 4


def test_being_implicated_in_the_war_is_the_deployment():
    keys = group(
        [
            facts("The country has sent soldiers abroad."),
            facts("Країна причетна до війни сусідньої держави."),
        ]
    )
    assert keys[0] == keys[1]


def test_a_refusal_to_comment_that_names_nothing_joins_its_reports_lead():
    grouper = Grouper()
    first = grouper.add_report([facts("About 500 foreign soldiers were killed.", units=("killed",))])
    second = grouper.add_report(
        [
            facts(
                "Around 40 foreign soldiers were killed or wounded this week.", units=("killed_or_wounded",)
            ),
            facts("The embassy declined to comment on the reports.", "does_not_deny"),
        ]
    )
    assert first[0] == second[0] == second[1]


def test_units_are_troops():
    keys = group(
        [
            facts("The country has sent soldiers abroad."),
            facts("Its engineering units have been working abroad for months."),
            facts("Її підрозділи вже працюють за кордоном."),
        ]
    )
    assert keys[0] == keys[1] == keys[2]


def test_a_further_or_extra_round_of_troops_is_additional_troops_not_the_first_deployment():
    keys = group(
        [
            facts("The allied state has sent about 8,000 soldiers abroad.", units=("soldiers",)),
            facts("The allied state is preparing to send a further 2,000 soldiers.", units=("soldiers",)),
            facts("The allied state deployed extra troops to the border this month."),
            facts("A fresh contingent of allied troops arrived at the port."),
        ]
    )
    assert keys[1] == keys[2] == keys[3] != keys[0]


def test_soldiers_counted_as_dead_are_the_casualties_not_the_troops_sent():
    keys = group(
        [
            facts("About 900 allied soldiers died in the fighting.", units=("soldiers",)),
            facts("Some 400 allied soldiers were killed near the river.", units=("killed",)),
            facts("The allied state sent 6,000 soldiers, who suffered losses.", units=("soldiers",)),
            facts("The allied state has sent 7,000 soldiers abroad.", units=("soldiers",)),
        ]
    )
    assert keys[0] == keys[1] != keys[2] == keys[3]


def test_a_denial_of_the_reports_denies_what_the_denial_before_it_denies():
    grouper = Grouper()
    keys = grouper.add_report(
        [
            facts("Officials confirmed that the allied troops were moved to the Belgorod region.", "confirms",
                  places=(("Belgorod", "region"),)),
            facts("The capital dismissed reports of an allied troop deployment as fake.", "denies"),
            facts("The allied envoy called the reports groundless rumours.", "denies"),
        ]
    )  # fmt: skip
    assert keys[1] == keys[2] != keys[0]


def test_a_denial_with_no_denial_before_it_joins_the_reports_lead():
    grouper = Grouper()
    keys = grouper.add_report(
        [
            facts("Foreign troops were sent to the border region.", places=(("Belgorod", "region"),)),
            facts("Foreign soldiers fought near the river."),
            facts("The ministry dismissed the reports as fake.", "denies"),
        ]
    )
    assert keys[2] == keys[0] != keys[1]


def test_daily_reports_do_not_chain_strikes_a_week_apart_into_one_attack():
    keys = group(
        [
            facts("Missiles struck the port overnight.", day=date(2025, 3, 1)),
            facts("Missiles struck the port overnight.", day=date(2025, 3, 3)),
            facts("Missiles struck the port overnight.", day=date(2025, 3, 5)),
            facts("Missiles struck the port overnight.", day=date(2025, 3, 7)),
        ]
    )
    assert keys[0] == keys[1] != keys[2]
    assert keys[2] == keys[3]


def test_troops_that_attack_are_fighting_but_troops_attacking_with_drones_strike():
    day = date(2025, 3, 1)
    keys = group(
        [
            facts("Foreign soldiers fought their first battle near the river.", day=day),
            facts("The foreign soldiers attack in small groups without armour.", day=day),
            facts("Иностранные военные атакуют позиции небольшими группами.", day=day),
            facts("Foreign troops attacked the city with drones overnight.", day=day),
            facts("Rebel forces attacked the tanker off the coast.", day=day),
        ]
    )
    assert keys[0] == keys[1] == keys[2]
    assert keys[3] != keys[0] and keys[4] != keys[0]


def test_weapons_supplied_are_one_question_apart_from_attacks_and_by_what_was_supplied():
    day = date(2025, 3, 1)
    keys = group(
        [
            facts("The ally has supplied hundreds of attack drones to the army.", day=day),
            facts("The ally denies delivering any drones.", "denies", day=date(2025, 6, 1)),
            facts("Армия получила от союзника партию ударных беспилотников.", day=day),
            facts("Союзник постачає армії сотні дронів.", day=day),
            facts("Drones struck the port overnight.", day=day),
            facts("The ally has exported ballistic missiles to the army.", day=day),
            facts("The ally delivered a first batch of missiles last month.", day=day),
        ]
    )
    assert keys[0] == keys[1] == keys[2] == keys[3]
    assert keys[4] != keys[0] and keys[5] != keys[0] and keys[5] != keys[4]
    assert keys[6] == keys[5]


def test_a_supply_word_that_names_no_weapons_handed_over_is_no_supply():
    assert frame_of("The missile strike cut the power supply to the city.") == "attack"
    assert frame_of("The army delivered a massive strike on the depots with missiles.") == "attack"
    assert frame_of("Drones supplied by the ally were used in the attack on the port.") == "attack"
    assert frame_of("Обстріл порушив постачання електроенергії, ракети влучили в підстанцію.") == "attack"
    assert frame_of("Про нічну атаку дронів на порт передав кореспондент.") == "attack"
    assert frame_of("The ministry provided no details on the missile attack.") == "attack"
    assert frame_of("Officials received reports of drone strikes on the port.") == "attack"
    assert frame_of("The ally has provided the army with short-range missiles.") == "supply"


def test_cues_by_concept_in_three_languages():
    cases = {
        "The death toll among the foreign soldiers rose to 12.": "casualties",
        "Около 300 солдат скончались от ран.": "casualties",
        "Десятки военных пропали без вести.": "casualties",
        "Троє військових померли від поранень.": "casualties",
        "Foreign troops clashed with the defenders near the village.": "combat",
        "Войска ведут ожесточённые бои у города.": "combat",
        "Подразделения сражаются вместе с союзными войсками.": "combat",
        "Солдаты участвуют в перестрелках и стычках.": "combat",
        "Бійці вступили у бій з ворогом.": "combat",
        "Two foreign soldiers were taken into captivity.": "prisoners",
        "Двоє військових потрапили в полон.": "prisoners",
        "Instructors are teaching the foreign soldiers to fly drones.": "training",
        "Військові проходять навчання на полігоні.": "training",
        "Air defence downed 20 drones overnight.": "attack",
        "Ночью армия нанесла авиаудар по складу.": "attack",
        "Ночью ПВО сбила 20 беспилотников.": "attack",
        "Several buildings were wrecked and a warehouse burned down.": "damage",
        "Несколько домов были уничтожены, начался пожар.": "damage",
        "Збитки підприємству оцінюють у мільйони.": "damage",
        "The country has redeployed mercenaries to the border region.": "deployment",
        "Около 5000 военнослужащих прибыли в регион.": "deployment",
        "Бійців перекинули до прикордонного району.": "deployment",
    }
    assert {text: frame_of(text) for text in cases} == cases


def test_stems_that_start_unrelated_words_are_no_cue():
    cases = {
        "Ukrainian forces first encountered a suicide drone on the battlefield.": "combat",
        "The shipping company's chief executive said the vessel was hit.": "attack",
        "The militants crossed the desert in trucks and attacked the base.": "attack",
        "Они боятся отправлять солдат.": "deployment",
        "Наступного дня солдати прибули до міста.": "deployment",
        # a word for troops alone is who a claim is about, not that they were sent
        "Депутат выступил на пленарном заседании о солдатах.": "",
        "The minister presented a report on the economy.": "",
        "Documented cases of abuse rose in March.": "",
        "Посол прилетел в столицу для переговоров о войсках.": "",
        "Это отражает позицию министерства по поводу ракет.": "attack",
        "На засадах взаємності сторони обміняються ракетами.": "attack",
        "Прибыль оборонной компании выросла.": "",
        "Боевики атаковали судно ракетами.": "attack",  # militants, no fighting ("боевые")
        "Боевики похитили моряков с судна.": "seizure",
        "The two sides engaged in talks on the troops.": "",  # talks, no fighting
        "Soldiers engaged with the enemy near the village.": "combat",
        "Prosecutors launched an investigation into the contract.": "",
        # a phrase opens at a word's start: no "expect" in "unexpected", no "у атаку" in "нічну атаку"
        "An unexpected explosion hit the depot.": "attack",
        "Нічну атаку дронів на порт відбито.": "attack",
    }
    assert {text: frame_of(text) for text in cases} == cases


def test_a_cue_pattern_matches_the_words_its_stems_match():
    from claims.propositions.grouping import _at, _cue_pattern, _cues

    cues = _cues(("бой$", "боя$", "боев", "attack", "att$", "a$", "air raid", "air$"))
    pattern = _cue_pattern(cues)
    words = ("бойкот", "бой", "боя", "боязнь", "боевой", "attacks", "att", "atta", "a", "ab", "air", "airs")
    for word in words:
        assert (pattern.search(f"x {word} y") is not None) == _at(cues, word), word


def test_damage_aboard_a_ship_named_only_by_its_name_is_part_of_the_attack():
    day = date(2025, 5, 5)
    keys = group(
        [
            facts("Missiles struck the Sea Dawn on Monday.", day=day),
            facts("The Sea Dawn was left drifting with a fire on board after the strike.", day=day),
            facts("Several houses in the port were destroyed after the strike.", day=day),
        ]
    )
    assert keys[0] == keys[1] != keys[2]


def test_a_sentence_that_refers_back_to_the_region_keeps_the_reports_place():
    scene = [("Belgorod", "region", "Belgorod"), ("Russia", "country", "Russia")]
    assert own_places(scene, "About 5,000 soldiers travelled to the region.") == (("Belgorod", "region"),)
    assert own_places(scene, "About 5,000 soldiers have travelled to Russia.") == (("Russia", "country"),)
    assert own_places(scene, "Около 5000 солдат прибыли в этот регион.") == (("Belgorod", "region"),)


def test_a_frame_is_only_skipped_where_none_of_its_trigger_words_stands():
    """`_first_frame` searches a frame's cues only when a word of the claim triggers it
    (`_triggered`): every cue the full search finds in the batteries' statements and in made-up
    variants must stand on a trigger word, else a new kind of cue was added without its trigger."""
    from claims.propositions.frames import FRAMES
    from claims.propositions.grouping import _TRIGGERS, _folded_words, _has_cue, _triggered

    from .test_grouping_apart_battery import BATTERY as APART
    from .test_grouping_battery import BATTERY
    from .test_grouping_home_battery import BATTERY as HOME

    texts = [said.text for said in (*BATTERY, *APART, *HOME)]
    texts += [t.replace(" ", "  ").upper() for t in texts[:40]]  # spacing and case do not matter
    checked = 0
    for text in texts:
        words = _folded_words(text)
        triggered, folded = _triggered(words), " ".join(words)
        for frame in FRAMES:
            if frame.name in _TRIGGERS and _has_cue(frame, folded):
                assert frame.name in triggered, (frame.name, text)
                checked += 1
    assert checked > len(texts)  # most statements have a cue of some frame


def test_troops_sent_to_rebuild_or_clear_mines_are_not_the_fighting_deployment():
    keys = group(
        [
            facts("The country has sent 5,000 soldiers to fight abroad."),
            facts("It will send 1,000 military engineers and 4,000 builders to rebuild the region."),
            facts("Около тысячи саперов направлены для разминирования области."),
            facts("The ally has dispatched more soldiers to the war."),
        ]
    )
    assert keys[1] == keys[2]
    assert len({keys[0], keys[1], keys[3]}) == 3
    assert frame_of("Около тысячи саперов направлены для разминирования области.") == "reconstruction"


def test_what_fighters_are_paid_is_not_whether_they_were_sent_but_paying_the_price_is_no_pay():
    keys = group(
        [
            facts("The country has sent 5,000 soldiers to fight abroad."),
            facts("Moscow pays the foreign troops about $2,000 a month each."),
            facts("Платят наемникам около двух тысяч долларов в месяц."),
        ]
    )
    assert keys[1] == keys[2] != keys[0]
    assert frame_of("The soldiers paid the price for the failed assault.") != "payment"
    assert frame_of("The minister paid a visit to the troops.") != "payment"


def test_troops_ready_to_enter_combat_in_the_near_future_is_a_forecast_and_fresh_troops_are_more():
    assert frame_of("The troops are ready to enter combat in the near future.") == "forecast"
    assert frame_of("The troops entered combat last week.") == "combat"
    assert frame_of("Fresh troops could arrive within two months.") == "additional"
    text = "Intelligence links the possible participation of the troops to a major offensive in August."
    assert frame_of(text) == "forecast"
    assert frame_of("Разведка связывает возможное участие войск с наступлением в августе.") == "forecast"


def test_troops_fighting_in_one_country_and_inside_another_are_two_questions():
    """Whether troops fight is one question wherever they fight within a country; across a border
    (troops fighting for their ally at home, or inside the country it invaded) it is two."""
    keys = group(
        [
            facts("Foreign troops fought near Sudzha.", places=(("Sudzha", "settlement"),),
                  countries=("Russia",)),
            facts("Foreign troops took part in combat near Lgov.", places=(("Lgov", "settlement"),),
                  countries=("Russia",)),
            facts("Foreign troops are fighting near Kupiansk.", places=(("Kupiansk", "settlement"),),
                  countries=("Ukraine",)),
            facts("Foreign troops have entered combat."),
        ]
    )  # fmt: skip
    assert keys[0] == keys[1] == keys[3] != keys[2]


def test_a_claim_s_countries_are_those_of_its_own_places():
    rows = [
        ("Kursk Oblast", "region", "Kursk", "Russia"),
        ("Ukraine", "country", "Ukraine", ""),
        ("Belgorod", "region", "Belgorod", "Russia"),  # the report's scene: not in the sentence
        ("Kupiansk", "settlement", "", ""),  # added by an analyst, country unknown
    ]
    sentence = "Troops moved from Ukraine to Kursk."
    # a country named is more often a party than where it happens: only places within one count
    assert own_countries(rows, sentence) == ("Russia",)
    assert own_places(rows, sentence) == (
        ("Kursk Oblast", "region"),
        ("Ukraine", "country"),
        ("Kupiansk", "settlement"),
    )
    claim = {
        "statement": sentence,
        "text": sentence,
        "places": [{"name": "Kursk Oblast", "kind": "region", "mention": "Kursk", "country": "Russia"}],
    }
    assert facts_from_json(claim).countries == ("Russia",)


def test_a_word_for_troops_alone_is_who_a_claim_is_about_not_a_deployment():
    cases = {
        # the troops named, nothing said of where they are or that they were sent
        "The spokesman gave an evasive answer when asked about the foreign troops.": "",
        "Иностранные солдаты не говорят по-русски.": "",
        "Іноземні військові не знають мови.": "",
        # where they are: a word of place after the troops ("in", "в", "є", "за кордоном")
        "Some foreign troops are still in the eastern region.": "deployment",
        "Иностранные солдаты сейчас находятся в приграничных районах.": "deployment",
        "Іноземні військові є за кордоном уже пів року.": "deployment",
        "The ally helped the regime with troops.": "deployment",
        "Foreign units began entering the country last month.": "deployment",
        "The first foreign soldiers crossed the border by train.": "deployment",
    }
    assert {text: frame_of(text) for text in cases} == cases
    # a headcount of troops is a point of the deployment series whatever else it says (rule 3)
    assert frame_of("About 9,000 foreign soldiers, the minister said.", ("soldiers",)) == "deployment"
    # "на" before a place named: where they are; with no place, often what they do
    assert frame_of("Іноземні військові на Донеччині.", named_place=True) == "deployment"
    assert frame_of("Іноземні військові на переговорах.") == ""


def test_a_reason_or_purpose_between_commas_is_no_part_of_the_claims_question():
    # the verb after the purpose clause is the claim's ("were killed"), not the subject's word for troops
    assert frame_of("Близько 500 військових, щоб вони воювали на фронті, загинули.") == "casualties"
    assert frame_of("Около 500 солдат, несмотря на приказ, погибли.") == "casualties"
    assert frame_of("About 500 soldiers, despite the order, were killed.") == "casualties"
    # a purpose that ends the claim stays background to its sending
    sent = "The regime sent 500 soldiers to Russia in order to fight."
    assert frame_of(sent, ("soldiers",)) == "deployment"


def test_new_troops_are_more_troops_and_citizens_sent_to_work_are_workers():
    keys = group(
        [
            facts("The ally has sent about 8,000 soldiers abroad.", units=("soldiers",)),
            facts("Союзник готовится перебросить новые войска."),
            facts("Союзник збирається перекинути нові війська."),
            facts("The ally is sending new troops."),
            facts("The ally plans to send thousands of its citizens to work at factories abroad."),
            facts("Союзник отправил за границу более 10 тысяч работников.", units=("people",)),
        ]
    )
    assert keys[1] == keys[2] == keys[3] != keys[0]
    assert keys[4] == keys[5] not in (keys[0], keys[1])


def test_a_forecast_is_read_in_every_language():
    for text in (
        "Foreign troops could enter combat in the coming months.",
        "В ближайшие недели иностранные солдаты вступят в бои.",
        "Найближчими тижнями іноземні військові вступлять у бої.",
        "Иностранные военные готовы вступить в бои.",
        "Мы ждем, что иностранных солдат привлекут к боям.",
    ):
        assert frame_of(text) == "forecast", text


def test_where_troops_came_from_is_not_where_they_were_sent():
    capital = (("Tirana", "settlement"),)
    valley = (("Drina Valley", "region"),)
    keys = group(
        [
            facts("The country has sent 2,000 soldiers abroad.", units=("soldiers",)),
            facts("Several officers from Tirana arrived with the troops.", places=capital),
            facts("Officers from the Drina Valley were sent with the troops.", places=valley),
            facts("Several officers arrived in Tirana with the troops.", places=capital),
        ]
    )
    assert keys[0] == keys[1] == keys[2] != keys[3]
