"""CSV and TSV: row provenance across quoted line breaks, malformed rows, whole-file errors."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpusgate.documents import Document
from corpusgate.readers import FieldMapping, InputError, read_documents
from corpusgate.readers._io import ReadStats, open_stream
from corpusgate.readers.delimited import read_delimited

from .samples import documents, malformed

DEFAULT_MAPPING = FieldMapping()


def read_text(content: str, delimiter: str = ",", mapping: FieldMapping = DEFAULT_MAPPING) -> list:
    stream = open_stream(io.BytesIO(content.encode("utf-8")), ReadStats())
    return list(read_delimited(stream, "f.csv", mapping, delimiter))


def test_rows_are_cited_by_the_line_they_start_on() -> None:
    content = (
        "id,text,title\n"  # 1
        'a,"one line",T\n'  # 2
        'b,"spans\n'  # 3
        "three\n"  # 4
        'lines",\n'  # 5
        "\n"  # 6 (blank, skipped)
        'c,"after ""quoted"", commas",\n'  # 7
    )
    recs = read_text(content)
    assert [(d.id, d.text, d.title, d.source) for d in documents(recs)] == [
        ("a", "one line", "T", "f.csv:2"),
        ("b", "spans\nthree\nlines", None, "f.csv:3"),
        ("c", 'after "quoted", commas', None, "f.csv:7"),
    ]


def test_crlf_files_and_bom() -> None:
    content = '\ufeffid,text\r\n1,"a\r\nb"\r\n2,c\r\n'
    recs = read_text(content)
    assert [(d.id, d.text, d.source) for d in documents(recs)] == [
        ("1", "a\r\nb", "f.csv:2"),
        ("2", "c", "f.csv:4"),
    ]


def test_wrong_field_count_is_malformed_and_reading_goes_on() -> None:
    content = "id,text,title\n1,ok,T\n2,too,many,fields\n3,few\n4,fine,\n"
    recs = read_text(content)
    assert malformed(recs) == [
        ("f.csv:3", "row has 4 fields, the header has 3"),
        ("f.csv:4", "row has 2 fields, the header has 3"),
    ]
    assert recs[1].id == "f.csv:3"
    assert [(d.id, d.source) for d in documents(recs)] == [("1", "f.csv:2"), ("4", "f.csv:5")]


def test_bad_quoting_is_malformed_and_reading_goes_on() -> None:
    content = 'id,text\n1,"closed"garbage\n2,fine\n3,"never closed\n4,swallowed\n'
    recs = read_text(content)
    assert malformed(recs) == [
        ("f.csv:2", "invalid CSV: ',' expected after '\"'"),
        ("f.csv:4", "invalid CSV: a quoted field is still open at the end of the file"),
    ]
    assert [(d.id, d.source) for d in documents(recs)] == [("2", "f.csv:3")]


def test_missing_text_column_is_an_input_error_listing_columns() -> None:
    with pytest.raises(InputError) as info:
        read_text("id,headline,body\n1,H,B\n")
    assert str(info.value) == (
        "f.csv: no column 'text' in the header; columns are: body, headline, id "
        "(choose the text column with --text-field)"
    )


def test_empty_file_and_header_only_yield_nothing() -> None:
    assert read_text("") == []
    assert read_text("\n\n") == []
    assert read_text("id,text\n") == []


def test_header_names_are_stripped_and_first_duplicate_wins() -> None:
    recs = read_text("id , text,text\n1,first,second\n")
    assert [(d.id, d.text) for d in documents(recs)] == [("1", "first")]


def test_empty_cells_mean_missing_id_title_url_and_other_columns_are_meta() -> None:
    recs = read_text("id,text,title,url,lang\n,body,,,en\n")
    (doc,) = documents(recs)
    assert (doc.id, doc.title, doc.url, dict(doc.meta)) == ("f.csv:2", None, None, {"lang": "en"})


def test_nul_and_undecodable_bytes() -> None:
    stream = open_stream(io.BytesIO(b"id,text\n1,a\x00b \xff end\n"), ReadStats())
    (doc,) = read_delimited(stream, "f.csv", FieldMapping())
    assert isinstance(doc, Document)
    assert doc.text == "a\x00b \ufffd end"


def test_twenty_megabyte_field() -> None:
    text = ('Zeile, mit "Anführung" und\nUmbruch. ' * 600_000)[:20_000_000]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerows([["id", "text"], ["big", text], ["next", "small"]])
    recs = read_text(buffer.getvalue())
    assert [d.id for d in documents(recs)] == ["big", "next"]
    assert documents(recs)[0].text == text
    assert documents(recs)[1].source == f"f.csv:{2 + text.count(chr(10)) + 1}"


def test_tsv(in_tmp: Path) -> None:
    Path("c.tsv").write_text('id\ttext\n1\t"tab\there"\n2\tplain, with comma\n', encoding="utf-8")
    recs = list(read_documents(["c.tsv"]))
    assert [(d.id, d.text, d.source) for d in documents(recs)] == [
        ("1", "tab\there", "c.tsv:2"),
        ("2", "plain, with comma", "c.tsv:3"),
    ]


def test_compressed_csv(in_tmp: Path) -> None:
    import gzip

    Path("c.csv.gz").write_bytes(gzip.compress(b"id,text\n1,zipped\n"))
    (doc,) = read_documents(["c.csv.gz"])
    assert isinstance(doc, Document)
    assert (doc.text, doc.source) == ("zipped", "c.csv.gz:2")


@given(
    texts=st.lists(st.text(), min_size=1, max_size=5),
    delimiter=st.sampled_from([",", "\t"]),
)
def test_any_text_survives_a_csv_round_trip(texts: list[str], delimiter: str) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["id", "text"])
    starts = []
    for i, text in enumerate(texts):
        # Only \r, \n and \r\n end a physical line (not U+2028, \x0b, \x85, ...).
        starts.append(len(re.findall(r"\r\n|\r|\n", buffer.getvalue())) + 1)
        writer.writerow([f"i{i}", text])
    recs = read_text(buffer.getvalue(), delimiter)
    assert malformed(recs) == []
    assert [(d.id, d.text) for d in documents(recs)] == [(f"i{i}", t) for i, t in enumerate(texts)]
    assert [d.source for d in documents(recs)] == [f"f.csv:{line}" for line in starts]


def test_truncated_compressed_csv_is_an_input_error(in_tmp: Path) -> None:
    import gzip

    rows = "".join(f'{i},"row {i} with some text {i * 7919 % 1000}"\n' for i in range(20_000))
    packed = gzip.compress(("id,text\n" + rows).encode())
    Path("cut.csv.gz").write_bytes(packed[: len(packed) // 2])
    seen = []
    with pytest.raises(InputError) as info:
        for rec in read_documents(["cut.csv.gz"]):
            seen.append(rec)
    assert 0 < len(seen) < 20_000
    assert [r.id for r in seen] == [str(i) for i in range(len(seen))]
    assert str(info.value).startswith(
        "cut.csv.gz: the compressed data ends early (truncated file?) after line "
    )
