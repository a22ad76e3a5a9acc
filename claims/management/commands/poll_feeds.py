from django.core.management.base import BaseCommand

from claims.intake import feeds
from claims.models import Feed


class Command(BaseCommand):
    help = "Poll the RSS/Atom feeds that are due (every active feed with --all), as the beat job does."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Poll every active feed now.")

    def handle(self, *args, all: bool, **options):  # noqa: A002
        results = feeds.poll_due_feeds(force=all, budget_seconds=float("inf"))
        names = {f.pk: str(f) for f in Feed.objects.filter(pk__in=[r.feed_id for r in results])}
        for result in results:
            if result.outcome == "failed":
                self.stderr.write(f"{names[result.feed_id]}: failed - {result.error}")
            elif result.outcome == "unchanged":
                self.stdout.write(f"{names[result.feed_id]}: not modified")
            else:
                self.stdout.write(
                    f"{names[result.feed_id]}: {result.created} new, {result.already} already here"
                    + (f", {result.rejected} rejected ({result.error})" if result.rejected else "")
                )
        if not results:
            self.stdout.write("No feed is due.")
