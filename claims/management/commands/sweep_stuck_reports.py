from django.core.management.base import BaseCommand

from claims.parsing import requeue


class Command(BaseCommand):
    help = "Re-enqueue reports stuck in queued or parsing (lost messages, killed workers, Redis down)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than", type=int, default=None, help="Seconds (default: CLAIMS_STUCK_AFTER_SECONDS)."
        )

    def handle(self, *args, older_than=None, **options):
        self.stdout.write(f"{requeue.sweep_stuck_reports(older_than)} report(s) enqueued again.")
