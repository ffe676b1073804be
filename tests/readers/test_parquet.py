"""Parquet: row provenance, only the mapped columns read, clear errors for broken files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from corpusgate.readers import FieldMapping, InputError, read_documents
from corpusgate.readers import parquet as parquet_module

from .samples import documents, malformed, write_parquet


def test_rows_ids_and_nulls(in_tmp: Path) -> None:
    table = pa.table(
        {
            "id": pa.array([10, None, 12, 13], pa.int64()),
            "text": ["first", "second", None, "fourth"],
            "title": ["T", None, None, ""],
            "lang": ["en", "de", "fr", "es"],
        }
    )
    pq.write_table(table, "t.parquet", row_group_size=3)
    recs = list(read_documents(["t.parquet"]))
    assert [(d.id, d.text, d.title, d.source, dict(d.meta)) for d in documents(recs)] == [
        ("10", "first", "T", "t.parquet:1", {}),
        ("t.parquet:2", "second", None, "t.parquet:2", {}),
        ("13", "fourth", None, "t.parquet:4", {}),
    ]
    assert malformed(recs) == [("t.parquet:3", "field 'text' is null, not a string")]


def test_only_mapped_columns_are_read(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    table = pa.table({"body": ["b"], "raw_html": ["<html>" * 1000], "doc": ["d"], "url": ["u"]})
    pq.write_table(table, "t.parquet")
    asked: list[Any] = []
    original = pq.ParquetFile.iter_batches

    def spy(self: pq.ParquetFile, *args: Any, **kwargs: Any) -> Any:
        asked.append(kwargs.get("columns"))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(parquet_module.pq.ParquetFile, "iter_batches", spy)
    mapping = FieldMapping(text="body", id="doc", title="title")
    (doc,) = documents(read_documents(["t.parquet"], mapping=mapping))
    assert (doc.id, doc.text, doc.title, doc.url) == ("d", "b", None, "u")
    assert asked == [["body", "doc", "url"]]


def test_missing_text_column_is_an_input_error(in_tmp: Path) -> None:
    pq.write_table(pa.table({"id": [1], "body": ["x"]}), "t.parquet")
    with pytest.raises(InputError) as info:
        list(read_documents(["t.parquet"]))
    assert str(info.value) == (
        "t.parquet: no column 'text'; columns are: body, id "
        "(choose the text column with --text-field)"
    )


def test_binary_text_is_decoded_with_replacement(in_tmp: Path) -> None:
    pq.write_table(pa.table({"text": pa.array([b"caf\xc3\xa9 \xff"], pa.binary())}), "t.parquet")
    (doc,) = documents(read_documents(["t.parquet"]))
    assert doc.text == "café \ufffd"


def test_non_string_title_and_float_id_are_malformed(in_tmp: Path) -> None:
    pq.write_table(pa.table({"text": ["a", "b"], "id": [1.5, 2.0]}), "t.parquet")
    recs = list(read_documents(["t.parquet"]))
    assert malformed(recs) == [
        ("t.parquet:1", "field 'id' is a number, not a string or an integer"),
        ("t.parquet:2", "field 'id' is a number, not a string or an integer"),
    ]


@pytest.mark.parametrize("cut", [0.5, 0.99])
def test_truncated_file_is_an_input_error(in_tmp: Path, cut: float) -> None:
    write_parquet(Path("whole.parquet"))
    data = Path("whole.parquet").read_bytes()
    Path("cut.parquet").write_bytes(data[: int(len(data) * cut)])
    with pytest.raises(
        InputError, match=r"^cut\.parquet: not a readable Parquet file \(at the start\): "
    ):
        list(read_documents(["cut.parquet"]))


def test_empty_table_yields_nothing(in_tmp: Path) -> None:
    pq.write_table(pa.table({"text": pa.array([], pa.string())}), "t.parquet")
    assert list(read_documents(["t.parquet"])) == []


def test_batches_do_not_reset_row_numbers(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parquet_module, "BATCH_ROWS", 3)
    pq.write_table(pa.table({"text": [f"t{i}" for i in range(10)]}), "t.parquet", row_group_size=4)
    recs = documents(read_documents(["t.parquet"]))
    assert [(d.text, d.source, d.id) for d in recs] == [
        (f"t{i}", f"t.parquet:{i + 1}", f"t.parquet:{i + 1}") for i in range(10)
    ]


def test_corruption_inside_the_file_stops_with_the_row_reached(
    in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parquet_module, "BATCH_ROWS", 100)
    texts = [f"text number {i} " * 10 for i in range(1000)]
    pq.write_table(pa.table({"text": texts}), "m.parquet", row_group_size=100)
    data = bytearray(Path("m.parquet").read_bytes())
    middle = len(data) // 2
    data[middle : middle + 200] = b"\xff" * 200
    Path("bad.parquet").write_bytes(bytes(data))
    seen = []
    with pytest.raises(InputError) as info:
        for rec in read_documents(["bad.parquet"]):
            seen.append(rec)
    assert 0 < len(seen) < 1000
    assert [d.text for d in documents(seen)] == texts[: len(seen)]
    assert str(info.value).startswith(
        f"bad.parquet: not a readable Parquet file (after row {len(seen)}): "
    )
