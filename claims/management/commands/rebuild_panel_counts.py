from django.core.management.base import BaseCommand

from claims import panel_counts


class Command(BaseCommand):
    help = (
        "Recompute the dashboard's counts (per day, source and place, per status and topic) from "
        "the claims. Needed only after changes made past the app (raw SQL, a restored backup)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check", action="store_true", help="Only compare the stored counts with fresh ones."
        )

    def handle(self, *args, check=False, **options):
        if check:
            fresh, stored = panel_counts.fresh_counts(), panel_counts.stored_counts()
            wrong = {cell for cell in fresh.keys() | stored.keys() if fresh[cell] != stored[cell]}
            if wrong:
                self.stderr.write(f"{len(wrong)} of {len(fresh):,} counts differ from the claims.")
                raise SystemExit(1)
            self.stdout.write(f"All {len(fresh):,} counts agree with the claims.")
            return
        cells = panel_counts.rebuild()
        self.stdout.write(self.style.SUCCESS(f"Rebuilt {cells:,} panel counts."))
