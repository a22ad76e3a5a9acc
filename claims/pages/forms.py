"""Forms of the pages: review a claim, submit a report, grade a source, import a file, add a feed.

Forms only check and convert input; the work is done by services and model methods.
"""

from __future__ import annotations

from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.core.validators import MaxLengthValidator, URLValidator
from django.db.models.functions import Lower

from ..models import (
    Credibility,
    DatePrecision,
    Feed,
    Location,
    Reliability,
    Source,
    Stance,
    Status,
    Topic,
    clean_aliases,
)

WEB_URL_MESSAGE = "Enter a web address starting with http:// or https://."
WEB_URL = URLValidator(schemes=["http", "https"], message=WEB_URL_MESSAGE)

UPLOAD_TYPES = {".txt": False, ".md": False, ".markdown": False, ".html": True, ".htm": True}


class WebURLField(forms.URLField):
    """A URL that is safe to link to: http or https only."""

    default_validators = [WEB_URL]
    default_error_messages = {"invalid": WEB_URL_MESSAGE}


class ReviewForm(forms.Form):
    status = forms.ChoiceField(choices=Status.choices, widget=forms.RadioSelect)
    credibility = forms.TypedChoiceField(choices=Credibility.choices, coerce=int)
    note = forms.CharField(required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 2}))
    evidence_url = WebURLField(required=False, max_length=2000, label="Evidence link", assume_scheme="https")
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args, claim=None, **kwargs):
        if claim is not None:
            # Several review forms can share a page (one per list row): ids must differ.
            kwargs.setdefault("auto_id", f"review-{claim.pk}-%s")
            kwargs.setdefault(
                "initial",
                {"status": claim.status, "credibility": claim.credibility, "version": claim.version},
            )
        super().__init__(*args, **kwargs)


class ReportForm(forms.Form):
    title = forms.CharField(required=False, max_length=500)
    text = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text="Paste the report's text, or upload a file below.",
    )
    file = forms.FileField(
        required=False,
        label="Or upload a file",
        help_text="A .txt, .md or .html file in UTF-8.",
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.md,.markdown,.html,.htm"}),
    )
    url = WebURLField(required=False, max_length=2000, label="URL", assume_scheme="https")
    outlet = forms.CharField(required=False, max_length=200)
    published = forms.DateField(
        required=False, label="Published on", widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload:
            return None
        suffix = Path(upload.name or "").suffix.lower()
        if suffix not in UPLOAD_TYPES:
            raise forms.ValidationError(
                f"{suffix or 'A file without extension'} is not accepted: upload a .txt, .md or .html file."
            )
        if upload.size > settings.UPLOAD_MAX_BYTES:
            raise forms.ValidationError(
                f"The file is {upload.size:,} bytes; the limit is {settings.UPLOAD_MAX_BYTES:,}."
            )
        raw = upload.read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise forms.ValidationError(
                f"The file is not valid UTF-8 text (bad byte at position {exc.start:,}). "
                "Save it as UTF-8 and upload it again."
            ) from None
        if "\x00" in text:
            raise forms.ValidationError("The file contains binary data, not text.")
        return {"name": upload.name, "text": text, "is_html": UPLOAD_TYPES[suffix]}

    def clean(self):
        data = super().clean() or {}
        if self.errors:
            return data
        has_text = bool((data.get("text") or "").strip())
        if has_text and data.get("file"):
            raise forms.ValidationError("Paste a text or upload a file, not both.")
        if not has_text and not data.get("file"):
            raise forms.ValidationError("Paste the report's text or upload a file.")
        return data


class SourceForm(forms.ModelForm):
    aliases = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="One name per line, in any language.",
    )
    reliability = forms.ChoiceField(choices=Reliability.choices, label="Reliability grade")

    class Meta:
        model = Source
        fields = ["reliability", "aliases", "notes", "reviewed"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["aliases"] = "\n".join(self.instance.aliases or [])
            self.initial["reviewed"] = True
        self.fields["reviewed"].help_text = "Checked: an analyst has checked this source."

    def clean_aliases(self):
        aliases = clean_aliases(self.cleaned_data.get("aliases") or "")
        if any(len(a) > 200 for a in aliases):
            raise forms.ValidationError("An alias is at most 200 characters long.")
        return aliases


class LoginForm(AuthenticationForm):
    """Django's login form, with the username's length enforced before anything authenticates:
    the stock form only sets the HTML maxlength, so an overlong name reached the login-throttling
    records (255 characters on PostgreSQL) and failed there."""

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        limit = getattr(self.fields["username"], "max_length", None) or 150
        self.fields["username"].validators.append(MaxLengthValidator(limit))


class SourceChoiceField(forms.ModelChoiceField):
    def __init__(self, **kwargs):
        super().__init__(queryset=Source.objects.order_by(Lower("name"), "pk"), required=False, **kwargs)


class TelegramImportForm(forms.Form):
    file = forms.FileField(
        label="result.json", help_text="Telegram Desktop: Export chat history, format JSON."
    )
    username = forms.CharField(
        required=False,
        max_length=100,
        label="Channel username",
        help_text="For links to the posts (t.me/username/123); the export does not contain it.",
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


class CorrectionForm(forms.Form):
    """What an analyst corrects of the extractor's reading. Every field arrives filled with the
    claim's present value; the service records only those that changed."""

    source = forms.CharField(max_length=200, help_text="Pick a known source or type a new name.")
    stance = forms.ChoiceField(choices=Stance.choices)
    cited_source = forms.CharField(
        required=False,
        max_length=200,
        label="About whom",
        help_text="Whose account this confirms or rejects.",
    )
    statement = forms.CharField(max_length=4000, widget=forms.Textarea(attrs={"rows": 2}))
    event_start = forms.DateField(
        required=False, label="Event from", widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    event_end = forms.DateField(
        required=False, label="Event to", widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    date_precision = forms.ChoiceField(
        required=False, label="Precision", choices=[("", "not stated"), *DatePrecision.choices]
    )
    figures = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="One a line: 'about 12,000 troops', '10,000-12,000 soldiers'.",
    )
    topics = forms.ModelMultipleChoiceField(
        queryset=Topic.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    places = forms.ModelMultipleChoiceField(
        queryset=Location.objects.all(), required=False, widget=forms.CheckboxSelectMultiple
    )
    add_place = forms.CharField(required=False, max_length=200, label="Add a place from the gazetteer")
    place_name = forms.CharField(required=False, max_length=200, label="Or place a new name")
    latitude = forms.FloatField(required=False, min_value=-90, max_value=90)
    longitude = forms.FloatField(required=False, min_value=-180, max_value=180)
    note = forms.CharField(required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 2}))
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args, claim=None, **kwargs):
        if claim is not None:
            kwargs.setdefault("auto_id", "correct-%s")
            kwargs.setdefault("initial", correction_initial(claim))
            super().__init__(*args, **kwargs)
            # Only the claim's own places are offered for keeping (the gazetteer may be long).
            places = self.fields["places"]
            assert isinstance(places, forms.ModelMultipleChoiceField)
            places.queryset = Location.objects.filter(claims=claim).order_by(Lower("name"))
        else:
            super().__init__(*args, **kwargs)

    def clean_add_place(self):
        name = " ".join(self.cleaned_data.get("add_place", "").split())
        if not name:
            return None
        place = Location.objects.filter(name__iexact=name).first()
        if place is None:
            place = next(
                (p for p in Location.objects.filter(aliases__icontains=name) if _named(p, name)), None
            )
        if place is None:
            raise forms.ValidationError(f"No place called {name!r} in the gazetteer: place it below instead.")
        return place

    def clean(self):
        data = super().clean() or {}
        if data.get("place_name") and (data.get("latitude") is None or data.get("longitude") is None):
            self.add_error("latitude", "Give the new place's latitude and longitude.")
        return data


def _named(place: Location, name: str) -> bool:
    return name.casefold() in {a.casefold() for a in place.aliases or ()}


def correction_initial(claim) -> dict:
    from ..review.corrections import figures_as_text

    return {
        "source": claim.source.name,
        "stance": claim.stance,
        "cited_source": claim.cited_source.name if claim.cited_source else "",
        "statement": claim.statement,
        "event_start": claim.event_start,
        "event_end": claim.event_end,
        "date_precision": claim.date_precision,
        "figures": figures_as_text(claim.figures),
        "topics": list(claim.topics.all()),
        "places": list(claim.locations.all()),
        "version": claim.version,
    }


class SplitForm(forms.Form):
    first = forms.CharField(
        max_length=4000, label="This claim says", widget=forms.Textarea(attrs={"rows": 2})
    )
    second = forms.CharField(
        max_length=4000, label="The new claim says", widget=forms.Textarea(attrs={"rows": 2})
    )
    note = forms.CharField(required=False, max_length=4000)
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class MergeForm(forms.Form):
    duplicate = forms.IntegerField(min_value=1, label="Claim number of the duplicate")
    note = forms.CharField(required=False, max_length=4000)
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class SavedViewForm(forms.Form):
    name = forms.CharField(max_length=100)
    query = forms.CharField(required=False, max_length=4000, widget=forms.HiddenInput)
    subscribe = forms.BooleanField(required=False, initial=True, label="Tell me about new claims in it")
