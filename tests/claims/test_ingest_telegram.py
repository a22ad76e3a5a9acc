"""Telegram Desktop exports: parsing (pure), importing (service, command, upload page)."""

import copy
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.intake import jobs, telegram
from claims.intake.rows import ImportRejected
from claims.models import Channel, ImportedItem, ImportJob, Report, Source
from tests.support.factories import make_source

EXPORT_PATH = Path(__file__).parent / "data" / "telegram_export.json"


@pytest.fixture
def export() -> dict:
    return json.loads(EXPORT_PATH.read_text(encoding="utf-8"))


def encoded(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def import_export(data: dict, **options) -> ImportJob:
    job = jobs.create_import_job(
        encoded(data), kind=ImportJob.Kind.TELEGRAM, filename="result.json", **options
    )
    jobs.run_import_job(job.pk)
    return ImportJob.objects.get(pk=job.pk)


# ---------------------------------------------------------------------------------------------
# Parsing


def test_each_post_with_text_becomes_a_row_and_service_and_media_only_messages_are_skipped(export):
    parsed = telegram.parse_export(encoded(export))
    assert [row.label for row in parsed.rows] == ["message 2", "message 3", "message 5"]
    assert parsed.skipped == {"service messages": 2, "posts without text (media only)": 1}


def test_text_given_as_a_list_of_entities_is_assembled_in_order(export):
    row = telegram.parse_export(encoded(export)).rows[1]
    assert row.text == "Update: HUR says troops reached Kursk Oblast.\nMore at https://example.org/report"


def test_text_entities_are_read_when_the_text_field_is_missing(export):
    del export["messages"][2]["text"]
    row = telegram.parse_export(encoded(export)).rows[1]
    assert row.text.startswith("Update: HUR says troops reached Kursk Oblast.")


def test_the_post_date_comes_from_the_unix_time_in_utc(export):
    row = telegram.parse_export(encoded(export)).rows[0]
    assert row.published == "2024-10-23T14:02:11+00:00"


def test_without_unix_time_the_written_date_is_read_as_utc(export):
    del export["messages"][1]["date_unixtime"]
    export["messages"][1]["date"] = "2024-10-23T16:02:11"
    assert telegram.parse_export(encoded(export)).rows[0].published == "2024-10-23T16:02:11+00:00"


def test_posts_link_to_the_channel_by_username_or_by_its_id(export):
    rows = telegram.parse_export(encoded(export), username="@frontline_digest").rows
    assert rows[0].url == "https://t.me/frontline_digest/2"
    rows = telegram.parse_export(encoded(export)).rows
    assert rows[0].url == "https://t.me/c/1712345678/2"


def test_an_edited_post_carries_its_edit_time_as_its_version(export):
    rows = telegram.parse_export(encoded(export)).rows
    assert rows[1].origin == ("telegram", "1712345678", "3", "1729760490")
    assert "(edited 2024-10-24 09:01 UTC)" in rows[1].title
    assert rows[0].origin == ("telegram", "1712345678", "2", "")


def test_a_forwarded_post_says_where_it_came_from_and_is_that_channels(export):
    rows = telegram.parse_export(encoded(export), username="frontline_digest").rows
    assert rows[2].title.startswith("[forwarded from Kremlin Press]")
    assert (rows[2].source, rows[2].source_aliases) == ("Kremlin Press", [])
    assert rows[2].outlet == "Frontline Digest"
    assert (rows[0].source, rows[0].source_aliases) == ("Frontline Digest", ["@frontline_digest"])


def test_a_whole_account_export_yields_the_posts_of_each_chat(export):
    other = copy.deepcopy(export)
    other.update(name="Second Channel", id=99)
    account = {"about": "...", "chats": {"about": "...", "list": [export, other]}}
    parsed = telegram.parse_export(encoded(account))
    assert [c.name for c in parsed.chats] == ["Frontline Digest", "Second Channel"]
    assert {row.outlet for row in parsed.rows} == {"Frontline Digest", "Second Channel"}
    assert {row.source for row in parsed.rows} == {"Frontline Digest", "Second Channel", "Kremlin Press"}
    assert len(parsed.rows) == 6


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d.pop("messages"), "not a Telegram Desktop"),
        (lambda d: d.update(messages={"1": {}}), "no list of messages"),
        (lambda d: d["messages"].append("hello"), "is not an object"),
        (lambda d: d["messages"][1].pop("id"), "no numeric id"),
        (lambda d: d["messages"][1].update(text=42), "neither a string nor a list"),
        (lambda d: d["messages"][2]["text"].append(7), "neither text nor a text entity"),
        (lambda d: d["messages"][1].update(date_unixtime="soon"), "is not a time"),
        (lambda d: d["messages"][1].pop("date_unixtime") and d["messages"][1].pop("date"), "has no date"),
    ],
)
def test_an_export_of_the_wrong_shape_is_refused_with_the_reason(export, mutate, expected):
    mutate(export)
    with pytest.raises(ImportRejected, match=expected):
        telegram.parse_export(encoded(export))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xff\xfe{}", "not valid UTF-8"),
        (b'{"name": "x", "messages": [', "not JSON"),
        (b'[{"id": 1}]', "not a JSON object"),
    ],
)
def test_a_file_that_is_not_an_export_is_refused(data, expected):
    with pytest.raises(ImportRejected, match=expected):
        telegram.parse_export(data)


def test_a_post_over_the_text_limit_is_rejected_with_its_message_id(export):
    export["messages"][1]["text"] = "word " * 100
    parsed = telegram.parse_export(encoded(export), max_chars=100)
    assert [(r.label, "limit" in r.reason) for r in parsed.rejected] == [("message 2", True)]
    assert len(parsed.rows) == 2


# ---------------------------------------------------------------------------------------------
# Importing


@pytest.mark.django_db
def test_importing_stores_each_post_as_a_report_of_the_channels_new_unreviewed_source(export):
    job = import_export(export, username="frontline_digest")
    assert (job.state, job.created, job.duplicates, job.rejected, job.skipped) == ("done", 3, 0, 0, 3)
    source = Source.objects.get(name="Frontline Digest")
    assert source.reviewed is False and "@frontline_digest" in source.aliases
    reports = Report.objects.order_by("published_at")
    assert [r.url for r in reports] == [f"https://t.me/frontline_digest/{n}" for n in (2, 3, 5)]
    assert {r.channel for r in reports} == {Channel.TELEGRAM}
    forwarded = Source.objects.get(name="Kremlin Press")
    assert forwarded.reviewed is False
    assert [r.source_hint for r in reports] == [source, source, forwarded]
    assert {r.outlet for r in reports} == {"Frontline Digest"}
    assert ImportedItem.objects.count() == 3
    assert job.payload == []


@pytest.mark.django_db
def test_a_channel_is_matched_to_a_known_source_by_name_or_alias(export):
    known = make_source("Frontline Digest Channel", aliases=["frontline digest"], reviewed=True)
    import_export(export)
    assert {r.source_hint for r in Report.objects.exclude(title__startswith="[forwarded")} == {known}
    assert Source.objects.count() == 2  # the channel, known; the forwarded post's origin, new


@pytest.mark.django_db
def test_re_importing_the_same_export_adds_nothing(export):
    import_export(export)
    again = import_export(export)
    assert (again.created, again.duplicates) == (0, 3)
    assert Report.objects.count() == 3 and ImportedItem.objects.count() == 3


@pytest.mark.django_db
def test_a_post_edited_since_the_last_export_comes_in_as_a_new_version_once(export):
    original = copy.deepcopy(export)
    for key in ("edited", "edited_unixtime"):
        original["messages"][2].pop(key)
    original["messages"][2]["text"] = "HUR says troops are near Kursk."
    import_export(original)
    later = import_export(export)
    assert later.created == 1 and later.duplicates == 2
    versions = ImportedItem.objects.filter(item_id="3").order_by("version")
    assert [v.version for v in versions] == ["", "1729760490"]
    assert "(edited" in versions[1].report.title
    # Either export imported again adds nothing.
    assert import_export(original).created == 0
    assert import_export(export).created == 0
    assert Report.objects.count() == 4


@pytest.mark.django_db
def test_a_post_whose_text_is_already_a_report_points_to_that_report(export):
    from claims.intake import service as intake

    earlier = intake.submit_report(text=export["messages"][1]["text"], enqueue=False).report
    job = import_export(export)
    assert (job.created, job.duplicates) == (2, 1)
    assert ImportedItem.objects.get(item_id="2").report == earlier


@pytest.mark.django_db
def test_a_chosen_source_overrides_the_channels_name(export):
    chosen = make_source("Chosen")
    import_export(export, source=chosen)
    assert {r.source_hint for r in Report.objects.all()} == {chosen}
    assert not Source.objects.filter(name="Frontline Digest").exists()


@pytest.mark.django_db
def test_the_command_imports_an_export_and_a_second_run_adds_nothing(tmp_path, export, capsys):
    path = tmp_path / "result.json"
    path.write_bytes(encoded(export))
    call_command("import_telegram", str(path), "--username", "frontline_digest")
    out = capsys.readouterr().out
    assert "3 new report(s)" in out and "Skipped 2 service messages." in out
    call_command("import_telegram", str(path))
    assert "0 new report(s), 3 already here" in capsys.readouterr().out
    assert Report.objects.count() == 3


@pytest.mark.django_db
def test_the_command_refuses_a_file_that_is_not_an_export(tmp_path):
    path = tmp_path / "result.json"
    path.write_text('{"hello": "world"}')
    with pytest.raises(CommandError, match="not a Telegram Desktop"):
        call_command("import_telegram", str(path))
    assert Report.objects.count() == 0
