from django.core.management.base import BaseCommand, CommandError

from claims.models import ParseStatus, Report
from claims.propositions import service as propositions
from claims.propositions.grouping import GROUPING_VERSION
from claims.queue import enqueue_grouping


class Command(BaseCommand):
    help = (
        "Group reports' claims into propositions again after the grouping rules changed. Claims an "
        "analyst placed by hand (merged or moved) stay where they are."
    )

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, help="Report ids.")
        parser.add_argument("--all", action="store_true", dest="every", help="Every parsed report.")
        parser.add_argument(
            "--outdated", action="store_true", help="Every report grouped by older grouping rules."
        )
        parser.add_argument(
            "--now", action="store_true", help="Group here instead of enqueueing for the workers."
        )

    def handle(self, *args, ids=(), every=False, outdated=False, now=False, **options):
        parsed = Report.objects.filter(parse_status=ParseStatus.PARSED)
        if every:
            reports = parsed
        elif outdated:  # those never grouped are waiting for their grouping task already
            reports = parsed.filter(grouped_at__isnull=False).exclude(grouping_version=GROUPING_VERSION)
        elif ids:
            found = set(Report.objects.filter(pk__in=ids).values_list("pk", flat=True))
            if missing := set(ids) - found:
                raise CommandError(f"No report with id {', '.join(map(str, sorted(missing)))}.")
            reports = parsed.filter(pk__in=ids)
        else:
            raise CommandError("Name report ids, or use --outdated or --all.")
        report_ids = list(reports.order_by("pk").values_list("pk", flat=True))
        if now:
            size = propositions.BATCH_REPORTS
            batches = [report_ids[i : i + size] for i in range(0, len(report_ids), size)]
            grouped = sum(propositions.group_reports(batch) for batch in batches)
            self.stdout.write(f"{grouped} report(s) grouped.")
            return
        # Marked as waiting: a worker's grouping task skips a report grouped since its parse.
        for i in range(0, len(report_ids), 500):
            Report.objects.filter(pk__in=report_ids[i : i + 500]).update(
                grouped_at=None, grouping_token=None, grouping_since=None
            )
        for pk in report_ids:
            enqueue_grouping(pk)
        self.stdout.write(f"{len(report_ids)} report(s) queued for grouping.")
