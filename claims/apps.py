from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import panel_counts, warm
        from .propositions import counts

        panel_counts.connect()
        counts.connect()
        warm.connect()
