"""What the fuzz tests send: nasty text, oversize text, odd query strings, raw and multipart
bodies with invalid UTF-8, wrong content types and deeply nested JSON."""

from __future__ import annotations

import json
import operator
from urllib.parse import urlencode

from hypothesis import strategies as st

NASTY = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x00" * 50,
    "\x07\x08\x0b\x0c\x1b[31m\x7f",
    "line\r\nbreak\rand\nmore",
    "\u202eRTL override \u200f\u200e",
    "\ufeffBOM",
    "\u2028\u2029",
    "<script>alert(1)</script>",
    '"><svg onload=alert(1)>',
    "javascript:alert(1)",
    "'; DROP TABLE claims_claim; --",
    "%00",
    "%s%s%n",
    "{{ 7*7 }}",
    "../../etc/passwd",
    "😀👩‍👩‍👧",
    "𝕏𝔸",
    "١٢٣",
    "³²",
    "NaN",
    "Infinity",
    "-1",
    "0",
    "1e309",
    "9" * 40,
    "2024-02-30",
    "2024-10-23T25:61:00",
    "https://example.org/a",
    "http://[::1",
    "ftp://example.org",
]

# Oversize: around the (test's) limits and far beyond them.
HUGE = st.builds(
    operator.mul,
    st.sampled_from(["a", "é", "€ ", "𝕏", "\x00", "word "]),
    st.sampled_from([5_000, 21_000, 90_000, 300_000]),
)

# Text a browser can send (no lone surrogates: a form post is UTF-8 bytes).
CONTROL = ["\x00", "a\x00b", "\x00\x00\x00", "\x01\x02\x1f", "x\x7f", "\x0b\x0c"]
small_text = st.one_of(
    st.sampled_from(CONTROL),
    st.sampled_from(NASTY),
    st.text(max_size=60),
    st.text(alphabet=st.characters(max_codepoint=0x9F), max_size=30),
)
form_text = st.one_of(small_text, small_text, HUGE)

# Text a careful user types: no control characters.
plain_text = st.text(st.characters(exclude_categories=["Cc", "Cs"]), max_size=40)

# Text a JSON body can carry: lone surrogates too ("\ud800" is valid JSON).
json_text = st.one_of(
    form_text,
    st.text(alphabet=st.one_of(st.characters(), st.characters(categories=["Cs"])), max_size=30),
)

json_scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    json_text,
)
json_value = st.recursive(
    json_scalar,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(json_text, inner, max_size=4),
    max_leaves=8,
)


def field(valid):
    """A field: mostly valid, else left out or anything at all."""
    return st.one_of(valid, valid, valid, st.none(), form_text)


@st.composite
def form(draw, valid: dict, nasty=None) -> dict:
    """A form (or JSON object) that is valid but for up to three fields: each of those left out
    or given anything, or a stray field added. Mostly-valid input gets past the first check to
    deeper code; the broken fields find what the deeper code does with them."""
    nasty = nasty if nasty is not None else form_text
    data = {key: draw(strategy) for key, strategy in valid.items()}
    for key in draw(st.lists(st.sampled_from([*valid, "stray"]), max_size=3, unique=True)):
        if key != "stray" and draw(st.booleans()):
            data.pop(key)
        else:
            data[key if key != "stray" else draw(st.text(min_size=1, max_size=12))] = draw(nasty)
    return {key: value for key, value in data.items() if value is not None}


# ---------------------------------------------------------------------------------------------
# Query strings

FILTER_KEYS = ["q", "source", "status", "stance", "place", "topic", "from", "to", "window", "bbox", "sort"]
PAGE_KEYS = ["page", "page_size", "view", "stamp", "unreviewed"]
RAW_PIECES = list("abc=&;+#?/\\ 019xyZ[]{}\"'<>.,-") + [
    "%00",
    "%ff",
    "%fe%ff",
    "%c0%80",
    "%ed%a0%80",
    "%",
    "%%",
    "%2",
    "&&",
    "==",
    "q=",
    "source=",
    "bbox=",
    "page=",
]

encoded_query = st.lists(
    st.tuples(st.one_of(st.sampled_from(FILTER_KEYS + PAGE_KEYS), st.text(max_size=8)), form_text),
    max_size=8,
).map(lambda pairs: urlencode(pairs))
PLAUSIBLE = {
    "q": st.sampled_from(["troops", "Kursk", "ГУР", "a\x00b", "\x00"]),
    "source": st.sampled_from(["1", "2", "1,2", "999999", "x"]),
    "status": st.sampled_from(["confirmed", "denied", "disputed", "unverified", "maybe"]),
    "stance": st.sampled_from(["asserts", "denies", "confirms", "does_not_deny"]),
    "place": st.sampled_from(["1", "2,3"]),
    "topic": st.sampled_from(["troops", "all", "nope", "", "\x00"]),
    "from": st.sampled_from(["2024-10-01", "2024-10-21", "2024-13-40"]),
    "to": st.sampled_from(["2024-10-31", "2024-10-01"]),
    "window": st.sampled_from(["24h", "7d", "30d", "1y"]),
    "bbox": st.sampled_from(["50,30,55,40", "-90,-180,90,180", "10,170,20,-170", "1,2,3", "nan,0,1,1"]),
    "sort": st.sampled_from(["-event", "event", "-report", "report", "x"]),
    "page": st.sampled_from(["1", "2", "0", "-1", "999999999999"]),
    "page_size": st.sampled_from(["1", "25", "200", "201", "0"]),
    "view": st.sampled_from(["50,30,55,40", "x"]),
}
filter_query = st.lists(
    st.sampled_from(sorted(PLAUSIBLE)).flatmap(
        lambda key: st.tuples(st.just(key), st.one_of(PLAUSIBLE[key], small_text))
    ),
    max_size=6,
).map(urlencode)
raw_query = st.lists(st.sampled_from(RAW_PIECES), max_size=40).map("".join)
long_query = st.builds(
    lambda key, n: f"{key}={'a' * n}", st.sampled_from(FILTER_KEYS), st.sampled_from([5_000, 100_000])
)
query_string = st.one_of(filter_query, filter_query, encoded_query, raw_query, long_query)

# Only values the API takes, so that the request gets past validation into the query code.
API_VALID = {
    "q": st.one_of(st.sampled_from(["troops", "Kursk", "ГУР", "a\x00b", "%", "_"]), small_text),
    "source": st.sampled_from(["1", "2", "1,2", "999999", ""]),
    "status": st.sampled_from(["confirmed", "denied", "disputed", "unverified", "confirmed,denied"]),
    "stance": st.sampled_from(["asserts", "denies", "confirms", "does_not_deny"]),
    "place": st.sampled_from(["1", "2,3", "999999"]),
    "topic": st.sampled_from(["troops", "all", "nope"]),
    "from": st.sampled_from(["2024-10-01", "2024-10-21", "1900-01-01"]),
    "to": st.sampled_from(["2024-10-31", "2024-10-01", "9999-12-31"]),
    "window": st.sampled_from(["24h", "7d", "30d"]),
    "bbox": st.sampled_from(["50,30,55,40", "-90,-180,90,180", "10,170,20,-170", "51.7,36.1,51.8,36.2"]),
    "sort": st.sampled_from(["-event", "event", "-report", "report"]),
}
API_PAGING = {
    "page": st.sampled_from(["1", "2", "1000000"]),
    "page_size": st.sampled_from(["1", "2", "25", "200"]),
}


def api_filter_query(paged: bool) -> st.SearchStrategy[str]:
    params = {**API_VALID, **(API_PAGING if paged else {})}
    return st.lists(
        st.sampled_from(sorted(params)).flatmap(lambda key: st.tuples(st.just(key), params[key])),
        max_size=6,
    ).map(urlencode)


# ---------------------------------------------------------------------------------------------
# Raw bodies

invalid_utf8 = st.sampled_from(
    [
        b"\xff\xfe",
        b"\xc0\x80",
        b"\xed\xa0\x80",
        b"\x80abc",
        b"abc\xe2\x82",
        b"\xf8\x88\x80\x80\x80",
        b"\x00\x00",
    ]
)
any_bytes = st.one_of(
    st.binary(max_size=300),
    st.lists(
        st.one_of(invalid_utf8, st.binary(max_size=20), st.sampled_from([b"\n", b",", b'"', b"{", b"}"])),
        max_size=20,
    ).map(b"".join),
    st.builds(operator.mul, st.sampled_from([b"a", b"\xff", b"{", b"["]), st.sampled_from([10_000, 300_000])),
)

CONTENT_TYPES = [
    "application/json",
    "application/json; charset=latin-1",
    "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded; charset=utf-16",
    "multipart/form-data",
    "multipart/form-data; boundary=",
    "multipart/form-data; boundary=" + "b" * 200,
    "text/plain",
    "application/xml",
    "application/octet-stream",
    "",
    "x/\x00",
]


def nested(depth: int) -> bytes:
    return b'{"text": ' + b"[" * depth + b"]" * depth + b"}"


deep_json = st.sampled_from([10, 100, 1_000, 10_000, 100_000]).map(nested)


@st.composite
def multipart(draw, names=("text", "title", "url", "file", "kind", "format", "source", "strict", "username")):
    """A multipart body: random parts, odd (non-UTF-8) names and filenames, sometimes cut short."""
    boundary = b"fuzzB0undary"
    body = b""
    for _ in range(draw(st.integers(0, 5))):
        name = draw(st.one_of(st.sampled_from(names).map(str.encode), invalid_utf8, st.binary(max_size=10)))
        filename = draw(
            st.one_of(
                st.none(),
                st.sampled_from([b"r.txt", b"r.html", b"r.jsonl", b"r.csv", b"r.json", b"", b"../../x.txt"]),
                invalid_utf8.map(lambda b: b + b".txt"),
                st.binary(max_size=12),
            )
        )
        content = draw(any_bytes)
        disposition = b'Content-Disposition: form-data; name="' + name + b'"'
        if filename is not None:
            disposition += b'; filename="' + filename + b'"'
        body += b"--" + boundary + b"\r\n" + disposition + b"\r\n\r\n" + content + b"\r\n"
    if draw(st.booleans()):
        body += b"--" + boundary + b"--\r\n"
    return body, "multipart/form-data; boundary=" + boundary.decode()


raw_body = st.one_of(
    st.tuples(any_bytes, st.sampled_from(CONTENT_TYPES)),
    st.tuples(deep_json, st.sampled_from(["application/json", "text/plain"])),
    st.tuples(json_value.map(lambda v: json.dumps(v).encode()), st.sampled_from(CONTENT_TYPES)),
    multipart(),
)
