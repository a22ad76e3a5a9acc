from pathlib import Path

from django.core.management.base import BaseCommand

from claims.management.progress import read_file, run_import, source_option
from claims.models import ImportJob


class Command(BaseCommand):
    help = (
        "Import a Telegram Desktop channel export (result.json from 'Export chat history', JSON): "
        "every post becomes a report of the channel's source. Importing it again adds nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="The export's result.json.")
        parser.add_argument("--username", default="", help="The channel's @username, for links to posts.")
        parser.add_argument(
            "--source", default="", help="Source id, name or alias to use instead of the channel's name."
        )

    def handle(self, *args, path: Path, username: str, source: str, **options):
        source_obj = source_option(source)
        run_import(
            self,
            read_file(path),
            kind=ImportJob.Kind.TELEGRAM,
            filename=path.name,
            source=source_obj,
            username=username,
        )
