from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.intake.bulk import FORMATS, format_for
from claims.intake.rows import ImportRejected
from claims.management.progress import read_file, run_import, source_option


class Command(BaseCommand):
    help = (
        "Import reports from a JSON Lines (.jsonl), JSON list (.json) or CSV (.csv) file. Fields: text "
        "(required), title, url, outlet, published, source. Rows that cannot be reports are listed "
        "with the reason and the others imported; with --strict nothing is imported if any row is bad."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument("--format", choices=FORMATS, default="", help="Default: from the file name.")
        parser.add_argument("--strict", action="store_true", help="All or nothing.")
        parser.add_argument("--source", default="", help="Source id, name or alias for every report.")

    def handle(self, *args, path: Path, format: str, strict: bool, source: str, **options):  # noqa: A002
        source_obj = source_option(source)
        try:
            kind = format_for(path.name, format)
        except ImportRejected as exc:
            raise CommandError(exc.message) from None
        run_import(self, read_file(path), kind=kind, filename=path.name, source=source_obj, strict=strict)
