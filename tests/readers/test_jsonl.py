"""JSON Lines: malformed lines are reported with a clear reason and reading goes on."""

from __future__ import annotations

import gzip
import io
import json
import random
from pathlib import Path

import pytest
import zstandard
from hypothesis import given
from hypothesis import strategies as st

from corpusgate.documents import Document
from corpusgate.readers import FieldMapping, InputError, MalformedRecord, read_documents
from corpusgate.readers import jsonl as jsonl_module
from corpusgate.readers._io import ReadStats, open_stream
from corpusgate.readers.jsonl import read_jsonl

from .samples import documents, malformed

DEFAULT_MAPPING = FieldMapping()


def read_bytes(data: bytes, mapping: FieldMapping = DEFAULT_MAPPING) -> list:
    return list(read_jsonl(open_stream(io.BytesIO(data), ReadStats()), "f.jsonl", mapping))


def test_invalid_json_is_malformed_with_the_parsers_message_and_reading_goes_on() -> None:
    data = b'{"id": "n0", "text": "fine"}\n{"id": "n1", "text": "ab" "c"}\n{"text": "after"}\n'
    recs = read_bytes(data)
    assert recs[1] == MalformedRecord(
        id="f.jsonl:2",
        source="f.jsonl:2",
        reason="invalid JSON: Expecting ',' delimiter at column 27",
    )
    assert [d.text for d in documents(recs)] == ["fine", "after"]
    assert recs[2].source == "f.jsonl:3"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b"[1, 2]", "expected a JSON object, got an array"),
        (b'"just text"', "expected a JSON object, got a string"),
        (b"42", "expected a JSON object, got a number"),
        (b"null", "expected a JSON object, got null"),
        (b"true", "expected a JSON object, got a boolean"),
        (
            b'{"id": "x", "headline": "H", "body": "B"}',
            "no field 'text'; fields are: body, headline, id",
        ),
        (b"{}", "no field 'text'; the record has no fields"),
        (b'{"text": null}', "field 'text' is null, not a string"),
        (b'{"text": 3.5}', "field 'text' is a number, not a string"),
        (b'{"text": ["a"]}', "field 'text' is an array, not a string"),
        (b'{"text": "t", "id": 1.5}', "field 'id' is a number, not a string or an integer"),
        (b'{"text": "t", "id": {"a": 1}}', "field 'id' is an object, not a string or an integer"),
        (b'{"text": "t", "title": 7}', "field 'title' is a number, not a string"),
        (b'{"text": "t", "url": ["u"]}', "field 'url' is an array, not a string"),
        (b'{"text": "a', "invalid JSON: Unterminated string starting at column 10"),
        (b'{"text": "tab\there"}', "invalid JSON: Invalid control character at column 14"),
        (b'{"text": "x"} {"text": "y"}', "invalid JSON: Extra data at column 15"),
        (b"[" * 100_000 + b"]" * 100_000, "invalid JSON: nested too deeply"),
    ],
)
def test_malformed_lines(line: bytes, reason: str) -> None:
    recs = read_bytes(b'{"text": "before"}\n' + line + b'\n{"text": "after"}\n')
    assert malformed(recs) == [("f.jsonl:2", reason)]
    assert recs[1].id == "f.jsonl:2"
    assert [(d.text, d.source) for d in documents(recs)] == [
        ("before", "f.jsonl:1"),
        ("after", "f.jsonl:3"),
    ]


def test_many_fields_are_listed_briefly() -> None:
    obj = {f"f{i:03d}": i for i in range(30)}
    (rec,) = read_bytes(json.dumps(obj).encode())
    assert isinstance(rec, MalformedRecord)
    assert rec.reason == (
        "no field 'text'; fields are: " + ", ".join(f"f{i:03d}" for i in range(20)) + " and 10 more"
    )


def test_blank_lines_are_skipped_but_counted() -> None:
    recs = read_bytes(b'\n   \n\t\r\n{"text": "a"}\r\n\n{"text": "b"}')
    assert [(d.text, d.source) for d in documents(recs)] == [("a", "f.jsonl:4"), ("b", "f.jsonl:6")]
    assert malformed(recs) == []


def test_empty_input_yields_nothing() -> None:
    assert read_bytes(b"") == []
    assert read_bytes(b"\n\n") == []


def test_undecodable_bytes_become_replacement_characters() -> None:
    (doc,) = read_bytes(b'{"text": "caf\xe9 \xff\xfe ok"}\n')
    assert isinstance(doc, Document)
    assert doc.text == "caf\ufffd \ufffd\ufffd ok"


def test_escaped_nul_is_kept_and_bom_is_ignored() -> None:
    (doc,) = read_bytes(b'\xef\xbb\xbf{"text": "a\\u0000b"}\n')
    assert isinstance(doc, Document)
    assert doc.text == "a\x00b"


def test_ids_titles_urls_and_meta() -> None:
    lines = [
        {"id": 7, "text": "int id", "lang": "en", "score": 0.5, "ok": True, "none": None},
        {"text": "no id", "title": "", "url": None},
        {"id": "", "text": "empty id", "tags": ["a"], "nested": {"a": 1}, "long": "x" * 1001},
        {"id": "s", "text": "t", "title": "T", "url": "https://example.com/s", "short": "x" * 1000},
    ]
    recs = read_bytes("\n".join(json.dumps(x) for x in lines).encode())
    assert [(d.id, d.title, d.url) for d in documents(recs)] == [
        ("7", None, None),
        ("f.jsonl:2", None, None),
        ("f.jsonl:3", None, None),
        ("s", "T", "https://example.com/s"),
    ]
    assert [dict(d.meta) for d in documents(recs)] == [
        {"lang": "en", "score": 0.5, "ok": True, "none": None},
        {},
        {},
        {"short": "x" * 1000},
    ]


def test_meta_is_capped() -> None:
    obj = {"text": "t", **{f"k{i}": i for i in range(100)}}
    (doc,) = read_bytes(json.dumps(obj).encode())
    assert isinstance(doc, Document)
    assert list(doc.meta) == [f"k{i}" for i in range(32)]


def test_field_mapping() -> None:
    line = {
        "doc_id": "d1",
        "body": "B",
        "headline": "H",
        "link": "L",
        "text": "not this",
        "id": "x",
    }
    mapping = FieldMapping(text="body", id="doc_id", title="headline", url="link")
    (doc,) = read_bytes(json.dumps(line).encode(), mapping)
    assert isinstance(doc, Document)
    assert (doc.id, doc.text, doc.title, doc.url) == ("d1", "B", "H", "L")
    # Unmapped fields, including the default names, are just metadata now.
    assert dict(doc.meta) == {"text": "not this", "id": "x"}
    missing = read_bytes(b'{"text": "t", "id": "x"}', mapping)
    assert malformed(missing) == [("f.jsonl:1", "no field 'body'; fields are: id, text")]


def test_id_mapping_none_always_derives_ids() -> None:
    (doc,) = read_bytes(b'{"text": "t", "id": "x"}', FieldMapping(id=None))
    assert isinstance(doc, Document)
    assert doc.id == "f.jsonl:1"
    assert doc.meta == {"id": "x"}


def test_twenty_megabyte_document() -> None:
    text = ('Grüße, "quoted" — ' * 1_200_000)[:20_000_000]
    data = json.dumps({"id": "big", "text": text}, ensure_ascii=False).encode()
    recs = read_bytes(b'{"text": "small"}\n' + data + b'\n{"text": "small again"}\n')
    assert [len(d.text) for d in documents(recs)] == [5, 20_000_000, 11]
    assert documents(recs)[1].text == text


def test_line_over_the_limit_is_malformed_and_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonl_module, "MAX_LINE_BYTES", 100)
    long_line = json.dumps({"text": "x" * 5000}).encode()
    recs = read_bytes(b'{"text": "a"}\n' + long_line + b'\n{"text": "b"}\n' + long_line)
    assert malformed(recs) == [
        ("f.jsonl:2", "line is longer than 100 bytes, the limit for one record"),
        ("f.jsonl:4", "line is longer than 100 bytes, the limit for one record"),
    ]
    assert [(d.text, d.source) for d in documents(recs)] == [("a", "f.jsonl:1"), ("b", "f.jsonl:3")]


def _incompressible_jsonl(lines: int) -> bytes:
    # Random text so that a truncated archive still holds many complete lines.
    rng = random.Random(5)
    words = [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(7)) for _ in range(500)
    ]
    out = []
    for i in range(lines):
        text = " ".join(rng.choice(words) for _ in range(40))
        out.append(json.dumps({"id": f"d{i}", "text": text}))
    return ("\n".join(out) + "\n").encode()


@pytest.mark.parametrize("suffix", [".gz", ".zst"])
def test_truncated_archive_raises_input_error_after_the_readable_records(
    in_tmp: Path, suffix: str
) -> None:
    data = _incompressible_jsonl(3000)
    packed = gzip.compress(data) if suffix == ".gz" else zstandard.ZstdCompressor().compress(data)
    name = f"cut.jsonl{suffix}"
    Path(name).write_bytes(packed[: len(packed) * 2 // 3])
    seen = []
    with pytest.raises(InputError) as info:
        for rec in read_documents([name]):
            seen.append(rec)
    message = str(info.value)
    assert message.startswith(
        f"{name}: the compressed data ends early (truncated file?) after line "
    )
    assert 100 < len(seen) < 3000
    assert all(isinstance(r, Document) for r in seen)
    assert [r.id for r in seen] == [f"d{i}" for i in range(len(seen))]
    assert message.endswith(f"after line {len(seen)}")


# (Fixed bytes: random ones after the magic number were a deflate stream that merely "ends
# early" once in 256 runs, a flaky test.)
@pytest.mark.parametrize(
    ("corrupt", "reason"),
    [
        (b"\x1f\x8b\x07" + bytes(200), "Unknown compression method"),
        (b"\x1f\x8b\x08\x00" + bytes(6) + b"\xff" * 200, "invalid block type"),
    ],
    ids=["header", "deflate-stream"],
)
def test_corrupt_gzip_raises_input_error(in_tmp: Path, corrupt: bytes, reason: str) -> None:
    Path("bad.jsonl.gz").write_bytes(corrupt)
    with pytest.raises(InputError, match=r"^bad\.jsonl\.gz: cannot read at the start: ") as info:
        list(read_documents(["bad.jsonl.gz"]))
    assert str(info.value).endswith(reason)


def test_concatenated_zstd_frames_and_gzip_members_are_read_whole(in_tmp: Path) -> None:
    first = b'{"text": "one"}\n'
    second = b'{"text": "two"}\n'
    z = zstandard.ZstdCompressor()
    Path("multi.jsonl.zst").write_bytes(z.compress(first) + z.compress(second))
    Path("multi.jsonl.gz").write_bytes(gzip.compress(first) + gzip.compress(second))
    for name in ("multi.jsonl.zst", "multi.jsonl.gz"):
        recs = list(read_documents([name]))
        assert [(d.text, d.source) for d in documents(recs)] == [
            ("one", f"{name}:1"),
            ("two", f"{name}:2"),
        ]


def test_compression_is_recognised_by_content(in_tmp: Path) -> None:
    Path("packed.data").write_bytes(gzip.compress(b'{"text": "inside"}\n'))
    (doc,) = read_documents(["packed.data"], format="jsonl")
    assert isinstance(doc, Document)
    assert doc.text == "inside"


# ensure_ascii=True escapes everything non-ASCII; False writes raw UTF-8 (and raw U+2028,
# which must not split a line). Surrogates cannot come out of json.dumps of a str from st.text.
@given(texts=st.lists(st.text(), min_size=1, max_size=5), ascii_only=st.booleans())
def test_any_text_survives_a_jsonl_round_trip(texts: list[str], ascii_only: bool) -> None:
    data = "\n".join(
        json.dumps({"id": f"i{i}", "text": t}, ensure_ascii=ascii_only) for i, t in enumerate(texts)
    ).encode("utf-8")
    recs = read_bytes(data)
    assert [(d.id, d.text) for d in documents(recs)] == [(f"i{i}", t) for i, t in enumerate(texts)]
    assert [d.source for d in documents(recs)] == [f"f.jsonl:{i + 1}" for i in range(len(texts))]
