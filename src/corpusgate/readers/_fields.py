"""Turning one parsed record (a JSON object, a CSV row, a Parquet row) into a document.

The rules are the same for every format, so a corpus converted from JSON Lines to Parquet
yields the same documents:

- the text field must exist and be a string; otherwise the record is malformed, and the reason
  says what was found instead (and which fields exist, when the field is missing);
- the id may be a string or an integer (converted to its decimal string); a missing, null or
  empty id is replaced by the record's ``source`` (``path:line``), so every document has one;
- title and url are strings or absent; null and empty become ``None``;
- every other field whose value is a JSON scalar goes into ``meta``, capped at
  :data:`MAX_META_KEYS` fields, leaving out strings longer than :data:`MAX_META_CHARS` and
  nested values (meta is for small labels such as ``lang`` or ``date``, not payloads).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from corpusgate.documents import Document
from corpusgate.readers.base import FieldMapping, MalformedRecord, Record

MAX_META_KEYS = 32
MAX_META_CHARS = 1000
# How many field names a "no field 'text'" message lists before it says "and N more".
_LISTED_FIELDS = 20
_LISTED_NAME_CHARS = 60

_MISSING: Any = object()


def json_type(value: object) -> str:
    """The JSON name of a value's type, for messages ("null", "a number", "an array")."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple)):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, (bytes, bytearray)):
        return "binary data"
    return type(value).__name__


def list_fields(names: Any) -> str:
    """A short, sorted listing of field names for error messages, hostile names clipped."""
    shown = sorted(str(n) for n in names)
    clipped = [n if len(n) <= _LISTED_NAME_CHARS else n[:_LISTED_NAME_CHARS] + "…" for n in shown]
    text = ", ".join(clipped[:_LISTED_FIELDS])
    if len(clipped) > _LISTED_FIELDS:
        text += f" and {len(clipped) - _LISTED_FIELDS} more"
    return text


def _optional_str(obj: Mapping[str, Any], field: str | None) -> tuple[str | None, str | None]:
    """(value, error) of an optional string field."""
    if field is None:
        return None, None
    value = obj.get(field)
    if value is None or value == "":
        return None, None
    if isinstance(value, str):
        return value, None
    return None, f"field {field!r} is {json_type(value)}, not a string"


def make_record(obj: Mapping[str, Any], where: str, mapping: FieldMapping) -> Record:
    """The document for one record found at ``where`` (``path:line``), or why there is none."""
    text = obj.get(mapping.text, _MISSING)
    if text is _MISSING:
        fields = list_fields(obj.keys())
        listing = f"fields are: {fields}" if fields else "the record has no fields"
        return MalformedRecord(where, where, f"no field {mapping.text!r}; {listing}")
    if not isinstance(text, str):
        reason = f"field {mapping.text!r} is {json_type(text)}, not a string"
        return MalformedRecord(where, where, reason)

    doc_id = where
    if mapping.id is not None:
        raw_id = obj.get(mapping.id)
        if isinstance(raw_id, str):
            doc_id = raw_id or where
        elif isinstance(raw_id, int) and not isinstance(raw_id, bool):
            doc_id = str(raw_id)
        elif raw_id is not None:
            reason = f"field {mapping.id!r} is {json_type(raw_id)}, not a string or an integer"
            return MalformedRecord(where, where, reason)

    title, error = _optional_str(obj, mapping.title)
    if error is None:
        url, error = _optional_str(obj, mapping.url)
    if error is not None:
        return MalformedRecord(where, where, error)

    mapped = {mapping.text, mapping.id, mapping.title, mapping.url}
    meta: dict[str, Any] = {}
    for key, value in obj.items():
        if key in mapped:
            continue
        if isinstance(value, str):
            if len(value) > MAX_META_CHARS:
                continue
        elif value is not None and not isinstance(value, (int, float)):
            continue
        meta[key] = value
        if len(meta) >= MAX_META_KEYS:
            break
    return Document(id=doc_id, text=text, source=where, title=title, url=url, meta=meta)
