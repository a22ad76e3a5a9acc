"""Forms of the import and feed pages."""

from django import forms

from .models import Feed, Source


class SourceChoiceField(forms.ModelChoiceField):
    def __init__(self, **kwargs):
        super().__init__(queryset=Source.objects.order_by("name"), required=False, **kwargs)


class TelegramImportForm(forms.Form):
    file = forms.FileField(
        label="result.json", help_text="Telegram Desktop: Export chat history, format JSON."
    )
    username = forms.CharField(
        required=False,
        max_length=100,
        label="Channel username",
        help_text="For links to the posts (t.me/<username>/<id>); the export does not contain it.",
    )
    source = SourceChoiceField(
        label="Source",
        empty_label="The channel's own source (matched by name, else created unreviewed)",
    )


class BulkImportForm(forms.Form):
    FORMATS = [("", "From the file name"), ("jsonl", "JSON Lines"), ("json", "JSON list"), ("csv", "CSV")]

    file = forms.FileField(label="File", help_text=".jsonl (one report per line), .json (a list) or .csv")
    format = forms.ChoiceField(choices=FORMATS, required=False)
    source = SourceChoiceField(label="Source for every report", empty_label="The file's source column")
    strict = forms.BooleanField(
        required=False,
        label="All or nothing",
        help_text="Import nothing if any row is rejected (otherwise the other rows are imported "
        "and the rejected ones listed).",
    )


class FeedForm(forms.ModelForm):
    class Meta:
        model = Feed
        fields = ["url", "title", "default_source", "poll_interval"]
        labels = {"url": "Feed address (RSS or Atom)", "poll_interval": "Poll every (seconds)"}
