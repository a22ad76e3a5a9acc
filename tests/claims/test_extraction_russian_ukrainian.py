"""Russian and Ukrainian coverage on another conflict: reporting verbs by stance class, non-answers,
denials, titles, unnamed officials of any nation, numbers in words, dates. Sentences written for
the tests (a border conflict between Armenia and Azerbaijan), not taken from any report."""

from datetime import date

import pytest

from claims.extraction import extract
from claims.extraction.dates import find_times
from claims.extraction.figures import find_figures
from claims.extraction.shipped import registry_from_data

REPORTED = date(2024, 10, 30)  # a Wednesday
TERMS = ["армянск", "азербайджанск", "вірменськ", "азербайджанськ"]


@pytest.fixture(scope="module")
def registry():
    return registry_from_data(
        {
            "sources": [
                {
                    "name": "Azerbaijani Defence Ministry",
                    "kind": "government",
                    "country": "Azerbaijan",
                    "aliases": ["Минобороны Азербайджана", "Міноборони Азербайджану"],
                },
                {
                    "name": "Armenian Foreign Ministry",
                    "kind": "government",
                    "country": "Armenia",
                    "aliases": ["МИД Армении", "МЗС Вірменії"],
                },
                {"name": "Nikol Pashinyan", "kind": "head_of_state", "aliases": ["Пашинян", "Нікол Пашинян"]},
            ],
            "places": [{"name": "Lachin", "latitude": 39.6, "longitude": 46.5, "aliases": ["Лачин"]}],
            "topics": [{"name": "Border clashes", "terms": TERMS}],
        }
    )


def claims(text, registry):
    return [(c.source_name, c.stance) for c in extract(text, REPORTED, registry)]


@pytest.mark.parametrize(
    "text",
    [
        "Пашинян предположил, что армянские военные могли пострадать.",
        "Пашинян припустив, що вірменські військові могли постраждати.",
        "Пашинян настаивает, что армянские военные находятся в Лачине.",
        "Пашинян наполягає, що вірменські військові перебувають у Лачині.",
        "Пашинян поінформував, що вірменські військові перебувають у Лачині.",
        "Пашинян обнародовал данные о гибели армянских военных.",
        "Пашинян оприлюднив дані про загибель вірменських військових.",
        "Пашинян зауважив, що вірменські військові перебувають у Лачині.",
        "Пашинян полагает, что армянские военные находятся в Лачине.",
        "Пашинян констатировал, что армянские военные находятся в Лачине.",
        "Пашинян проінформував, що вірменські військові перебувають у Лачині.",
        "Пашинян акцентував, що вірменські військові перебувають у Лачині.",
        # a verb with its noun: "обратил внимание, что", "висловив припущення, що"
        "Пашинян обратил внимание, что армянские военные находятся в Лачине.",
        "Пашинян выразил уверенность, что армянские военные находятся в Лачине.",
        "Пашинян звернув увагу, що вірменські військові перебувають у Лачині.",
        "Пашинян висловив припущення, що вірменські військові перебувають у Лачині.",
    ],
)
def test_more_reporting_verbs_put_a_claim_forward(text, registry):
    assert claims(text, registry) == [("Nikol Pashinyan", "asserts")]


@pytest.mark.parametrize(
    "text",
    [
        "Пашинян выразил соболезнования семьям армянских военных в Лачине.",
        "Пашинян звернув до уряду прохання про допомогу вірменським військовим у Лачині.",
    ],
)
def test_the_same_verbs_with_another_noun_state_nothing(text, registry):
    assert claims(text, registry) == []


@pytest.mark.parametrize(
    "text,statement",
    [
        ("Пашинян заявил журналистам в четверг, что армянские военные находятся в Лачине.",
         "Армянские военные находятся в Лачине."),
        ("Пашинян звернув увагу, що вірменські військові перебувають у Лачині.",
         "Вірменські військові перебувають у Лачині."),
    ],
)  # fmt: skip
def test_the_statement_starts_after_the_complementizer(text, statement, registry):
    assert [c.statement for c in extract(text, REPORTED, registry)] == [statement]


@pytest.mark.parametrize(
    "text",
    [
        "Пашинян заверил, что армянских военных нет в Лачине.",
        "Пашинян запевнив, що вірменських військових немає в Лачині.",
    ],
)
def test_a_nation_s_people_said_to_be_absent_is_a_denial(text, registry):
    assert claims(text, registry) == [("Nikol Pashinyan", "denies")]


@pytest.mark.parametrize(
    "text",
    [
        "Пашинян категорически отверг заявления о присутствии армянских военных в Лачине.",
        "Пашинян категорично відкинув звинувачення в обстрілі азербайджанських позицій.",
        "Пашинян решительно отклонил обвинения в обстреле азербайджанских позиций.",
        "Пашинян відхилив звинувачення в обстрілі азербайджанських позицій.",
        "Пашинян назвал сообщения об армянских потерях домыслами.",
        "Пашинян назвав повідомлення про вірменські втрати наклепом.",
        "Пашинян заявил, что сообщения об армянских потерях не имеют ничего общего с действительностью.",
        "Пашинян заявив, що повідомлення про вірменські втрати не мають нічого спільного з дійсністю.",
    ],
)
def test_rejections_and_denial_words_deny(text, registry):
    """An adverb may stand between the speaker and the verb ("категорически отверг")."""
    assert claims(text, registry) == [("Nikol Pashinyan", "denies")]


@pytest.mark.parametrize(
    "text",
    [
        "Армения сообщила об обстреле. Пашинян эти обстрелы отрицает.",
        "Вірменія повідомила про обстріл. Пашинян ці обстріли заперечує.",
        "Армения сообщила об обстреле. Пашинян этот обстрел позиций категорически отверг.",
    ],
)
def test_what_a_demonstrative_points_back_to_may_stand_before_the_verb(text, registry):
    """ "Иран эти поставки отрицает": the object told of before, between the speaker and the verb."""
    assert ("Nikol Pashinyan", "denies") in claims(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        "В МИД Армении заявили, что у них нет данных о гибели азербайджанских военных.",
        "У МЗС Вірменії заявили, що не мають даних про загибель азербайджанських військових.",
        "В МИД Армении оставили без комментариев сообщения о гибели азербайджанских военных.",
        "У МЗС Вірменії залишили без коментарів повідомлення про загибель азербайджанських військових.",
        "В МИД Армении переадресовали вопрос о гибели азербайджанских военных в Минобороны.",
        "В МИД Армении не стали исключать, что азербайджанские военные находятся в Лачине.",
        "В МИД Армении заявили, что рано говорить о гибели азербайджанских военных.",
        "У МЗС Вірменії заявили, що зарано говорити про загибель азербайджанських військових.",
        "В МИД Армении заявили, что им ничего не известно о гибели азербайджанских военных.",
    ],
)
def test_no_data_no_comment_and_too_early_do_not_deny(text, registry):
    assert claims(text, registry) == [("Armenian Foreign Ministry", "does_not_deny")]


@pytest.mark.parametrize(
    "text, source",
    [
        ("Турецкие официальные лица заявили, что армянские военные находятся в Лачине.", "Turkish officials"),
        ("Турецькі офіційні особи заявили, що вірменські військові залишили Лачин.", "Turkish officials"),
        ("Азербайджанские чиновники сообщили о гибели 12 армянских военных.", "Azerbaijani officials"),
        ("Грузинські посадовці повідомили про загибель 12 вірменських військових.", "Georgian officials"),
    ],
)
def test_unnamed_officials_of_any_nation(text, source, registry):
    assert claims(text, registry) == [(f"{source} (unnamed)", "asserts")]


@pytest.mark.parametrize(
    "text",
    [
        "Речниця МЗС Вірменії Ані Бадалян заявила, що вірменські військові залишили Лачин.",
        "Представительница МИД Армении заявила, что армянские военные покинули Лачин.",
    ],
)
def test_a_spokeswoman_speaks_for_her_ministry(text, registry):
    assert claims(text, registry) == [("Armenian Foreign Ministry", "asserts")]


def test_a_day_inside_the_reported_clause_is_the_events_day(registry):
    """ "заявил, что в прошлую пятницу ...": the day belongs to what was said, not to the saying."""
    text = "Пашинян утверждает, что в прошлую пятницу армянские позиции обстреляли азербайджанские танки."
    (claim,) = extract(text, REPORTED, registry)
    assert claim.event_start == date(2024, 10, 25)
    said = "Пашинян заявил в пятницу, что армянские военные находятся в Лачине."
    (claim,) = extract(said, REPORTED, registry)
    assert claim.event_start is None


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("погибли две с половиной тысячи солдат", "ru", (2500, "killed", "exact")),
        ("загинули дві з половиною тисячі солдатів", "uk", (2500, "killed", "exact")),
        ("погибли по крайней мере 12 военных", "ru", (12, "killed", "at_least")),
        ("погибли практически 300 военных", "ru", (300, "killed", "nearly")),
        ("загинули не менш як 40 військових", "uk", (40, "killed", "at_least")),
        ("погибли около 12 тыс. военных", "ru", (12000, "killed", "about")),
        ("загинули понад дві сотні військових", "uk", (200, "killed", "more_than")),
        ("погибли более полусотни военных", "ru", (50, "killed", "more_than")),
        ("загинули понад півтисячі військових", "uk", (500, "killed", "more_than")),
    ],
)
def test_numbers_in_words_halves_and_qualifiers(text, lang, expected):
    (figure,) = find_figures(text, lang=lang)
    assert (figure.value, figure.unit, figure.qualifier) == expected


@pytest.mark.parametrize(
    "text, lang, day",
    [
        ("удар нанесен 21.10.2024 по селу", "ru", date(2024, 10, 21)),
        ("удар завдано 3.09.2024 по селу", "uk", date(2024, 9, 3)),
        # the night that ended on the report's morning, dated like "в ночь на 30 октября"
        ("минувшей ночью удар нанесен по селу", "ru", date(2024, 10, 30)),
    ],
)
def test_dotted_dates_and_last_night(text, lang, day):
    (span,) = find_times(text, REPORTED, lang=lang)
    assert (span.start, span.end) == (day, day)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("у одного из пленных, 2005 года рождения, был чужой паспорт", "ru"),
        ("пленный 1990 г. р. сообщил о переброске", "ru"),
        ("полонений 2005 року народження розповів про переброску", "uk"),
    ],
)
def test_a_birth_year_is_no_time_of_an_event(text, lang):
    assert find_times(text, REPORTED, lang=lang) == []


@pytest.mark.parametrize(
    "text, lang",
    [
        ("более 40 военных получили ранения", "ru"),
        ("понад 40 військових дістали поранень", "uk"),
        ("понад 40 військових отримали поранення", "uk"),
    ],
)
def test_receiving_wounds_counts_the_wounded(text, lang):
    (figure,) = find_figures(text, lang=lang)
    assert (figure.value, figure.unit) == (40, "wounded")


@pytest.mark.parametrize(
    "text",
    [
        "Армянские военные обстреляли позиции у Лачина, говорится в заявлении Минобороны Азербайджана.",
        "Вірменські військові обстріляли позиції біля Лачина, йдеться в заяві Міноборони Азербайджану.",
        "«Армянские военные обстреляли позиции у Лачина», — говорится в сообщении Минобороны Азербайджана.",
        "Согласно данным Минобороны Азербайджана, армянские военные обстреляли позиции у Лачина.",
        "По версии Минобороны Азербайджана, армянские военные обстреляли позиции у Лачина.",
        "За версією Міноборони Азербайджану, вірменські військові обстріляли позиції біля Лачина.",
        "Згідно з даними Міноборони Азербайджану, вірменські військові обстріляли позиції біля Лачина.",
        "В Минобороны Азербайджана уверены, что армянские военные обстреляли позиции у Лачина.",
        "У Міноборони Азербайджану переконані, що вірменські військові обстріляли позиції біля Лачина.",
    ],
)
def test_statements_versions_and_convictions_name_their_source(text, registry):
    assert claims(text, registry) == [("Azerbaijani Defence Ministry", "asserts")]


def test_the_statement_named_in_the_next_sentence_is_the_source(registry):
    text = (
        "Армянские военные обстреляли позиции у Лачина. "
        "Об этом говорится в сообщении Минобороны Азербайджана."
    )
    assert claims(text, registry) == [("Azerbaijani Defence Ministry", "asserts")]


def test_the_statement_named_after_a_paragraph_covers_the_paragraph(registry):
    text = (
        "Армянские военные обстреляли позиции у Лачина. Ранены два азербайджанских военнослужащих. "
        "Об этом говорится в сообщении Минобороны Азербайджана.\n\n"
        "Армянские военные также стягивают силы к границе."
    )
    got = extract(text, date(2024, 10, 30), registry)
    assert [(c.source_name, c.sentence[:20]) for c in got] == [
        ("Azerbaijani Defence Ministry", "Армянские военные об"),
        ("Azerbaijani Defence Ministry", "Ранены два азербайдж"),
    ]


def test_the_statement_named_after_a_paragraph_stops_at_another_speakers_sentence(registry):
    text = (
        "Армянские военные обстреляли позиции у Лачина, заявил Пашинян. Ранены два азербайджанских "
        "военнослужащих. Об этом говорится в сообщении Минобороны Азербайджана."
    )
    got = [(c.source_name, c.sentence[:20]) for c in extract(text, date(2024, 10, 30), registry)]
    assert ("Azerbaijani Defence Ministry", "Армянские военные об") not in got
    assert ("Azerbaijani Defence Ministry", "Ранены два азербайдж") in got


@pytest.mark.parametrize(
    "text",
    [
        "Пашинян в интервью Рейтер заявил, что армянские военные обстреляли позиции у Лачина.",
        "Пашинян в интервью агентству Рейтер заявил, что армянские военные обстреляли позиции у Лачина.",
        "Пашинян розповів виданню Рейтер, що вірменські військові обстріляли позиції біля Лачина.",
        "Пашинян во время брифинга заявил, что армянские военные обстреляли позиции у Лачина.",
        "Пашинян під час брифінгу заявив, що вірменські військові обстріляли позиції біля Лачина.",
        "Пашинян в ефірі телемарафону заявив, що вірменські військові обстріляли позиції біля Лачина.",
        "На думку Пашиняна, азербайджанські війська обстріляли позиції біля Лачина.",
        "Со слов Пашиняна, азербайджанские войска обстреляли позиции у Лачина.",
    ],
)
def test_the_interviewed_speaks_not_the_medium_that_asked(text, registry):
    """Where and to whom it was said may stand between a speaker and the verb; a medium after
    "в интервью" or "изданию" is the one told, even when its name does not decline."""
    registry_with_medium = registry_from_data(
        {
            "sources": [
                {"name": "Nikol Pashinyan", "kind": "head_of_state", "aliases": ["Пашинян"]},
                {"name": "Reuters", "kind": "media", "aliases": ["Рейтер"]},
            ],
            "topics": [{"name": "Border clashes", "terms": TERMS}],
        }
    )
    assert claims(text, registry_with_medium) == [("Nikol Pashinyan", "asserts")]


@pytest.mark.parametrize(
    "text",
    [
        "Пашинян ушел от ответа на вопрос об армянских военных в Лачине.",
        "Пашинян пішов від відповіді на питання про вірменських військових у Лачині.",
        "Если армянские военные действительно находятся в Лачине, это нарушение, заявил Пашинян.",
        "Якщо вірменські військові справді перебувають у Лачині, це порушення, заявив Пашинян.",
    ],
)
def test_dodging_and_if_true_do_not_deny(text, registry):
    assert claims(text, registry) == [("Nikol Pashinyan", "does_not_deny")]


@pytest.mark.parametrize(
    "text, named",
    [
        ("Пашинян заявил, что азербайджанские военные обстреляли армянскую территорию.", "армянскую"),
        ("Пашинян заявив, що азербайджанські військові обстріляли вірменські села.", "вірменські"),
    ],
)
def test_a_nations_adjective_before_a_place_noun_names_its_country(text, named):
    registry = registry_from_data(
        {
            "sources": [{"name": "Nikol Pashinyan", "kind": "head_of_state", "aliases": ["Пашинян"]}],
            "places": [{"name": "Armenia", "latitude": 40.1, "longitude": 45.0, "kind": "country"}],
            "topics": [{"name": "Border clashes", "terms": TERMS}],
        }
    )
    (claim,) = extract(text, REPORTED, registry)
    assert [p.text for p in claim.places] == [named]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Глава МИД Венгрии Петер Сийярто заявил, что армянские военные покинули Лачин.", "Петер Сийярто"),
        (
            "Очільник МЗС Угорщини Петер Сійярто заявив, що вірменські військові залишили Лачин.",
            "Петер Сійярто",
        ),
        (
            "Премьер-министр Венгрии Виктор Орбан заявил, что армянские военные покинули Лачин.",
            "Виктор Орбан",
        ),
        (
            "Прем'єр-міністр Угорщини Віктор Орбан заявив, що вірменські військові залишили Лачин.",
            "Віктор Орбан",
        ),
    ],
)
def test_a_person_new_to_the_registry_is_named_without_the_titles_country(text, name, registry):
    """ "Глава" before a name is a title, not an anaphor; "Венгрии" belongs to the title."""
    assert claims(text, registry) == [(name, "asserts")]


@pytest.mark.parametrize(
    "text",
    [
        "По словам Пашиняна, армянские военные потеряли 300 человек. "
        "Премьер также добавил, что армянские позиции обстреляли.",
        "За словами Пашиняна, вірменські військові втратили 300 осіб. "
        "Прем'єр також додав, що вірменські позиції обстріляли.",
    ],
)
def test_a_title_alone_points_back_to_its_speaker(text, registry):
    assert claims(text, registry) == [("Nikol Pashinyan", "asserts")] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Армянские военные потеряли 300 человек. Такие данные приводит Минобороны Азербайджана.",
        "Вірменські військові втратили 300 осіб. Такі дані наводить Міноборони Азербайджану.",
    ],
)
def test_such_figures_are_given_by_names_the_previous_sentences_source(text, registry):
    (claim,) = extract(text, REPORTED, registry)
    assert (claim.source_name, [f.value for f in claim.figures]) == ("Azerbaijani Defence Ministry", [300])


@pytest.mark.parametrize(
    "text",
    [
        "В МИД Армении заявили, что у них нет такой информации о гибели азербайджанских военных.",
        "У МЗС Вірменії заявили, що не мають такої інформації про загибель азербайджанських військових.",
        "В МИД Армении заявили, что не в курсе сообщений о гибели азербайджанских военных.",
        "У МЗС Вірменії заявили, що не можуть сказати, скільки азербайджанських військових загинуло.",
    ],
)
def test_no_such_information_and_not_aware_do_not_deny(text, registry):
    assert claims(text, registry) == [("Armenian Foreign Ministry", "does_not_deny")]


@pytest.mark.parametrize(
    "text",
    [
        "Согласно Договору о партнерстве, армянские военные находятся в Лачине.",
        "Згідно з Договором про партнерство, вірменські військові перебувають у Лачині.",
        "Как говорится в Договоре, армянские военные находятся в Лачине.",
    ],
)
def test_a_treaty_is_no_source(text, registry):
    """ "согласно", "говорится в" name a source only before data or a statement."""
    assert claims(text, registry) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Минобороны Азербайджана опубликовало видео удара по армянским позициям.", []),
        ("Міноборони Азербайджану оприлюднило відео удару по вірменських позиціях.", []),
        (
            "Минобороны Азербайджана опубликовало данные о потерях армянских военных.",
            [("Azerbaijani Defence Ministry", "asserts")],
        ),
    ],
)
def test_publishing_a_video_shows_publishing_data_says(text, expected, registry):
    assert claims(text, registry) == expected


def test_the_day_a_body_spoke_sets_no_scene(registry):
    """ "Минобороны в среду сообщило, что ...": Wednesday is when it spoke; a later claim with no
    day of its own does not happen on it."""
    text = (
        "Минобороны Азербайджана в среду сообщило, что у Лачина погибли 40 армянских военных. "
        "Пашинян заявил, что армянские военные находятся в Лачине."
    )
    assert [c.event_start for c in extract(text, REPORTED, registry)] == [None, None]


def test_a_lowercase_quotation_is_a_description_not_a_name(registry):
    text = "Армянские военные обстреляли Лачин. Эти данные в МИД Армении назвали «очередной дезинформацией»."
    assert claims(text, registry) == [("Armenian Foreign Ministry", "denies")]


@pytest.mark.parametrize(
    "text",
    [
        "Минобороны Азербайджана сообщило о гибели 40 армянских военных. "
        "По данным ведомства, армянские позиции обстреляли в ночь на 28 октября.",
        "Міноборони Азербайджану повідомило про загибель 40 вірменських військових. "
        "За даними відомства, вірменські позиції обстріляли в ніч на 28 жовтня.",
    ],
)
def test_the_bodys_genitive_after_according_points_back(text, registry):
    found = extract(text, REPORTED, registry)
    assert [(c.source_name, c.event_start) for c in found] == [
        ("Azerbaijani Defence Ministry", None),
        ("Azerbaijani Defence Ministry", date(2024, 10, 28)),
    ]
