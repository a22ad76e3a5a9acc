"""Turning whatever was pasted or uploaded into the plain text a report keeps."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

_TAG = re.compile(
    r"<\s*/?\s*(p|div|br|span|a|b|i|em|strong|h[1-6]|li|ul|ol|table|tr|td|html|body|head)\b[^>]*>", re.I
)
_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "ul",
    "ol",
    "table",
    "title",
    "pre",
    "hr",
}
_SKIP = {"script", "style", "noscript", "template", "svg", "head"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def looks_like_html(text: str) -> bool:
    return len(_TAG.findall(text[:20000])) >= 2


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return unescape("".join(collector.parts))


def prepare_text(raw: str, *, is_html: bool | None = None) -> str:
    """Plain text with normalised line breaks, no control characters, no markup.

    HTML (detected, or declared by the caller for .html uploads) becomes its visible text.
    Paragraph breaks are kept: Telegram posts and articles are split on them.
    """
    text = raw or ""
    text = _LONE_SURROGATE.sub("\ufffd", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if is_html or (is_html is None and looks_like_html(text)):
        text = html_to_text(text)
    text = text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _CONTROL.sub(" ", text)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()
