"""Telegram Desktop's "Export chat history" (JSON) -> one report row per post.

The export is `result.json`: for one chat an object with `name`, `type`, `id` and `messages`;
for a whole account the chats sit under `chats.list` (and `left_chats.list`). A message's `text`
is a string, or a list of strings and entity objects (`{"type": "bold", "text": ...}`) whose
texts make the post; `text_entities` holds the same pieces. Service messages (`"type":
"service"`: channel created, pinned ...) and posts without text (a photo with no caption) are
not reports and are counted as skipped.

Identity: a post is (chat id, message id, edit time). Importing the same export again finds
every post already imported and adds nothing; a later export in which a post was edited
brings that edited version in as a report of its own, so the change is on record.

Sources: a post is its channel's (the channel's source is the author of what nobody else in the
post is said to say); a forwarded post is the original channel's, named by `forwarded_from`.

Dates: `date_unixtime` (UTC) when present; older exports only have `date`, written in the
exporting computer's local time, which is read as UTC.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .rows import TOO_DEEP, ImportRejected, RejectedRow, ReportRow, decode_utf8

USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")


@dataclass
class TelegramChat:
    id: str
    name: str
    type: str
    username: str = ""

    def link(self, message_id: int) -> str:
        if self.username:
            return f"https://t.me/{self.username}/{message_id}"
        if self.type in {"public_channel", "private_channel", "public_supergroup", "private_supergroup"}:
            return f"https://t.me/c/{self.id}/{message_id}"  # opens for members of the channel
        return ""


@dataclass
class TelegramExport:
    chats: list[TelegramChat]
    rows: list[ReportRow]
    rejected: list[RejectedRow] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)


def clean_username(value: str) -> str:
    """`@rybar`, `rybar`, `https://t.me/rybar` -> `rybar`; "" if it is not a username."""
    value = (value or "").strip()
    value = re.sub(r"^(https?://)?(t\.me|telegram\.me)/", "", value).strip("/").lstrip("@")
    if not value:
        return ""
    if not USERNAME.match(value):
        raise ImportRejected(f"{value[:40]!r} is not a Telegram username (5 to 32 letters, digits, _).")
    return value


def assemble_text(value, where: str) -> str:
    """The post's text from a string or a list of strings and entity objects."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = []
        for piece in value:
            if isinstance(piece, str):
                parts.append(piece)
            elif isinstance(piece, dict) and isinstance(piece.get("text", ""), str):
                parts.append(piece.get("text", ""))
            else:
                raise ImportRejected(f"{where}: a piece of its text is neither text nor a text entity.")
        return "".join(parts)
    raise ImportRejected(f"{where}: its text is neither a string nor a list of text entities.")


def _moment(message: dict, key: str, where: str) -> datetime | None:
    unix = message.get(f"{key}_unixtime")
    if unix not in (None, ""):
        try:
            return datetime.fromtimestamp(int(unix), UTC)
        except (TypeError, ValueError, OverflowError, OSError):
            raise ImportRejected(f"{where}: {key}_unixtime {str(unix)[:30]!r} is not a time.") from None
    value = message.get(key)
    if value in (None, ""):
        return None
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        raise ImportRejected(f"{where}: {key} {str(value)[:30]!r} is not a date.") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _title(text: str, limit: int = 120) -> str:
    first = text.strip().split("\n", 1)[0].strip()
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "\u2026"


def _chat(data: dict, where: str, username: str) -> TelegramChat:
    if not isinstance(data.get("messages"), list):
        raise ImportRejected(f"{where} has no list of messages: this is not a Telegram Desktop JSON export.")
    chat_id = data.get("id")
    if isinstance(chat_id, bool) or not isinstance(chat_id, int | str) or not str(chat_id).strip():
        raise ImportRejected(f"{where} has no chat id: this is not a Telegram Desktop JSON export.")
    name = data.get("name")
    if name is not None and not isinstance(name, str):
        raise ImportRejected(f"{where}: the chat name is not text.")
    return TelegramChat(
        id=str(chat_id).strip(),
        name=" ".join((name or "").split()) or f"Telegram chat {chat_id}",
        type=str(data.get("type") or ""),
        username=username,
    )


def parse_export(data: bytes | str, *, username: str = "", max_chars: int | None = None) -> TelegramExport:
    """Every post of the export as a report row. ImportRejected (nothing imported) if the file is
    not UTF-8, not JSON, or not shaped like a Telegram Desktop export."""
    text = decode_utf8(data, "The export") if isinstance(data, bytes) else data
    try:
        root = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportRejected(
            f"The export is not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}). "
            "Choose result.json from Telegram Desktop's 'Export chat history' in JSON format."
        ) from None
    except RecursionError:
        raise ImportRejected(f"The export is {TOO_DEEP}. Nothing was imported.") from None
    if not isinstance(root, dict):
        raise ImportRejected("The export is not a JSON object: this is not a Telegram Desktop JSON export.")
    username = clean_username(username)
    if "messages" in root:
        chats = [_chat(root, "The export", username)]
        messages_of = [root["messages"]]
    elif isinstance(root.get("chats"), dict) and isinstance(root["chats"].get("list"), list):
        lists = [root["chats"]["list"]]
        if isinstance(root.get("left_chats"), dict) and isinstance(root["left_chats"].get("list"), list):
            lists.append(root["left_chats"]["list"])
        chats, messages_of = [], []
        for n, item in enumerate(chat for chat_list in lists for chat in chat_list):
            if not isinstance(item, dict):
                raise ImportRejected(f"Chat {n + 1} of the export is not an object.")
            # A username names one channel: it cannot apply to a whole account's chats.
            chats.append(_chat(item, f"Chat {n + 1} of the export", ""))
            messages_of.append(item["messages"])
    else:
        raise ImportRejected(
            "The export has neither 'messages' nor 'chats': this is not a Telegram Desktop JSON export."
        )
    result = TelegramExport(chats=chats, rows=[])
    for chat, messages in zip(chats, messages_of, strict=True):
        aliases = [f"@{chat.username}"] if chat.username else []
        for index, message in enumerate(messages):
            _read_message(chat, message, index, aliases, result, max_chars)
    return result


def _read_message(chat, message, index, aliases, result: TelegramExport, max_chars) -> None:
    if not isinstance(message, dict):
        raise ImportRejected(f"Message {index + 1} of {chat.name!r} is not an object.")
    message_id = message.get("id")
    if isinstance(message_id, bool) or not isinstance(message_id, int):
        raise ImportRejected(f"Message {index + 1} of {chat.name!r} has no numeric id.")
    where = f"Message {message_id} of {chat.name!r}"
    if message.get("type", "message") != "message":
        result.skipped["service messages"] += 1
        return
    if "text" in message:
        text = assemble_text(message.get("text"), where)
    else:
        text = assemble_text(message.get("text_entities"), where)
    posted = _moment(message, "date", where)
    if posted is None:
        raise ImportRejected(f"{where} has no date.")
    edited = _moment(message, "edited", where)
    label = f"message {message_id}"
    if not text.strip():
        result.skipped["posts without text (media only)"] += 1
        return
    if max_chars is not None and len(text) > max_chars:
        result.rejected.append(
            RejectedRow(label, f"the text is {len(text):,} characters long; the limit is {max_chars:,}")
        )
        return
    title = _title(text)
    source, source_aliases = chat.name, aliases
    forwarded = message.get("forwarded_from")
    if isinstance(forwarded, str) and forwarded.strip():
        # A forwarded post speaks for the channel it came from, not for the one passing it on.
        source, source_aliases = " ".join(forwarded.split())[:200], []
        title = f"[forwarded from {source[:80]}] {title}"
    if edited is not None:
        title = f"{title} (edited {edited:%Y-%m-%d %H:%M} UTC)"
    result.rows.append(
        ReportRow(
            label=label,
            text=text,
            title=title,
            url=chat.link(message_id),
            outlet=chat.name,
            published=posted.isoformat(),
            source=source,
            source_aliases=source_aliases,
            origin=("telegram", chat.id, str(message_id), str(int(edited.timestamp())) if edited else ""),
        )
    )
