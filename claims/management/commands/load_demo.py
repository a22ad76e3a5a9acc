from django.core.management.base import BaseCommand

from claims.demo import load_demo


class Command(BaseCommand):
    help = "Load the demo scenario (registry, demo analyst and viewer, demo reports, parsed). Idempotent."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset-passwords", action="store_true", help="Give the demo accounts new passwords."
        )

    def handle(self, *args, reset_passwords=False, **options):
        result = load_demo(reset_passwords=reset_passwords)
        self.stdout.write(
            f"Demo reports: {result.reports_created} new, {result.reports_existing} already here; "
            f"{result.claims} claims."
        )
        for username, password in result.new_passwords.items():
            self.stdout.write(self.style.SUCCESS(f"Demo account  {username} / {password}  (shown once)"))
