from django.core.management.base import BaseCommand, CommandError

from claims.models import Report
from claims.parsing import requeue
from claims.parsing import service as parsing


class Command(BaseCommand):
    help = "Re-parse reports after the registry or the parser changed, keeping analysts' decisions."

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, help="Report ids.")
        parser.add_argument(
            "--outdated", action="store_true", help="Every report of an older parser version."
        )
        parser.add_argument("--all", action="store_true", help="Every report.")
        parser.add_argument(
            "--now", action="store_true", help="Parse here instead of enqueueing for the workers."
        )

    def handle(self, *args, ids=(), outdated=False, all=False, now=False, **options):  # noqa: A002
        if all:
            reports = Report.objects.all()
        elif outdated:
            reports = requeue.outdated_reports()
        elif ids:
            reports = Report.objects.filter(pk__in=ids)
            missing = set(ids) - set(reports.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"No report with id {', '.join(map(str, sorted(missing)))}.")
        else:
            raise CommandError("Name report ids, or use --outdated or --all.")
        if now:
            ids = list(reports.values_list("pk", flat=True))
            requeue.request_reparse(Report.objects.filter(pk__in=ids), enqueue=False)
            outcomes = [parsing.parse_report(pk) for pk in ids]
            self.stdout.write(f"{outcomes.count('parsed')} parsed, {outcomes.count('failed')} failed.")
        else:
            self.stdout.write(f"{requeue.request_reparse(reports)} report(s) queued for parsing.")
