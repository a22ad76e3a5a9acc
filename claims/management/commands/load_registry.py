import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.registry.loader import SHIPPED_REGISTRY, import_places_csv, load_registry


class Command(BaseCommand):
    help = (
        "Load sources, places and topics (the shipped registry by default, or a JSON/CSV file). Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path", nargs="?", help="JSON registry file, or CSV of places. Default: shipped registry."
        )

    def handle(self, *args, path=None, **options):
        file = Path(path) if path else SHIPPED_REGISTRY
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"Cannot read {file}: {exc}") from exc
        try:
            if file.suffix.lower() == ".csv":
                self.stdout.write(f"places: {import_places_csv(text)}")
                return
            counts = load_registry(json.loads(text))
        except (ValueError, json.JSONDecodeError) as exc:
            raise CommandError(f"{file}: {exc} (nothing was loaded)") from exc
        for key, count in counts.items():
            self.stdout.write(f"{key}: {count}")
