from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from api.models import ApiToken


class Command(BaseCommand):
    help = "Create an API token for a user and print it (it is stored only as a hash)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="command line", help="What the token is for.")

    def handle(self, *args, username, name, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user {username!r}.")
        if not user.is_active:
            raise CommandError(f"User {username!r} is not active.")
        _, raw = ApiToken.issue(user, name)
        self.stderr.write(f"Token for {username} ({name}); it is not shown again. Use it as:")
        self.stderr.write(f"  Authorization: Bearer {raw}")
        self.stdout.write(raw)
