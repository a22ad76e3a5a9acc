"""Outside text made storable and outside addresses made safe to link.

PostgreSQL refuses a NUL character in text, and neither database driver can encode a lone
surrogate (JSON's "\\ud800"); other control characters only garble pages and exports. Every
service that stores text from outside (a form, the API, an import, a feed) passes it through
here, and so does the filter parser, since its values end up in SQL. Templates and exports
make a link of an address only when `web_url` says it is one.
"""

from __future__ import annotations

import re

# Control characters other than tab and line breaks, and lone surrogates.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean_text(value) -> str:
    """Text of several lines (a report, a note): control characters become spaces and lone
    surrogates the replacement character; tabs and line breaks stay."""
    if value is None:
        return ""
    return _SURROGATE.sub("\ufffd", _CONTROL.sub(" ", str(value)))


def clean_line(value) -> str:
    """One line (a title, an outlet, a name, a search): as `clean_text`, and every run of
    whitespace, line breaks included, becomes one space."""
    return " ".join(clean_text(value).split())


def web_url(value) -> str:
    """The address if it is a web address (http or https), else "": never a javascript: or
    data: link, whatever the stored value."""
    url = clean_line(value)
    return url if url.lower().startswith(("http://", "https://")) else ""
