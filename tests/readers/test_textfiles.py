"""Text files and directories: one document per file, content kept exactly, simple titles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from corpusgate.documents import Document
from corpusgate.readers import InputError, read_documents
from corpusgate.readers import textfiles as textfiles_module
from corpusgate.readers.textfiles import html_title, markdown_title

from .samples import documents, malformed


def test_directory_tree(in_tmp: Path) -> None:
    root = Path("site")
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a.txt").write_bytes(b"plain\r\ntext\r\n")
    (root / "b" / "Page.HTML").write_bytes(b"<html><title>Hi &amp; bye</title><p>kept</p></html>")
    (root / "b" / "deep" / "note.md").write_bytes(b"# Heading #\n\nBody.")
    (root / "b" / "deep" / "data.json").write_bytes(b"{}")
    (root / ".hidden.txt").write_bytes(b"skip")
    (root / ".git" / "HEAD.txt").write_bytes(b"skip")
    recs = list(read_documents(["site/"]))
    assert [(d.id, d.source, d.title) for d in documents(recs)] == [
        ("a.txt", os.path.join("site", "a.txt"), None),
        ("b/Page.HTML", os.path.join("site", "b", "Page.HTML"), "Hi & bye"),
        ("b/deep/note.md", os.path.join("site", "b", "deep", "note.md"), "Heading"),
    ]
    texts = [d.text for d in documents(recs)]
    # Exactly the file content: CRLF kept, HTML not stripped, heading kept in the text.
    assert texts == [
        "plain\r\ntext\r\n",
        "<html><title>Hi &amp; bye</title><p>kept</p></html>",
        "# Heading #\n\nBody.",
    ]


def test_encoding_bom_and_nul(in_tmp: Path) -> None:
    Path("d").mkdir()
    Path("d/x.txt").write_bytes(b"\xef\xbb\xbfBOM dropped, bad \xff byte, NUL \x00 kept")
    (doc,) = documents(read_documents(["d"]))
    assert doc.text == "BOM dropped, bad \ufffd byte, NUL \x00 kept"


def test_single_file_is_one_document_with_its_path_as_id(in_tmp: Path) -> None:
    Path("sub").mkdir()
    Path("sub/story.md").write_text("# Title here\nline\n", encoding="utf-8")
    (doc,) = read_documents(["./sub/story.md"])
    assert doc == Document(
        id="sub/story.md", text="# Title here\nline\n", source="sub/story.md", title="Title here"
    )
    (as_text,) = read_documents(["sub/story.md"], format="text")
    assert isinstance(as_text, Document)
    assert as_text.text == "# Title here\nline\n"


def test_directory_without_text_files_is_an_input_error(in_tmp: Path) -> None:
    Path("data").mkdir()
    Path("data/x.jsonl").write_text("{}\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_documents(["data"])
    assert str(info.value) == (
        "data: the directory has no .txt, .md, .html, .htm files; for other formats pass a glob "
        f"such as '{os.path.join('data', '**', '*.jsonl')}'"
    )


def test_file_over_the_limit_is_malformed(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textfiles_module, "MAX_FILE_BYTES", 10)
    Path("d").mkdir()
    Path("d/big.txt").write_text("x" * 11, encoding="utf-8")
    Path("d/small.txt").write_text("x" * 10, encoding="utf-8")
    recs = list(read_documents(["d"]))
    assert malformed(recs) == [
        (os.path.join("d", "big.txt"), "file is larger than 10 bytes, the limit for one document")
    ]
    assert [d.id for d in documents(recs)] == ["small.txt"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("# Simple\nbody", "Simple"),
        ("#   Spaced out   \r\nbody", "Spaced out"),
        ("# Closed ##\n", "Closed"),
        ("## Level two\n", None),
        ("#NoSpace\n", None),
        ("Intro\n# Later heading\n", None),
        ("", None),
    ],
)
def test_markdown_title(text: str, title: str | None) -> None:
    assert markdown_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("<head><TITLE>Upper</TITLE></head>", "Upper"),
        ('<title lang="en">\n  Multi\n  line &quot;q&quot;\n</title>', 'Multi line "q"'),
        ("<titles>no</titles><title>yes</title>", "yes"),
        ("<title>never closed", None),
        ("<p>no title at all</p>", None),
        ("<title></title>", None),
        ("<title" * 50_000, None),
    ],
)
def test_html_title(text: str, title: str | None) -> None:
    assert html_title(text) == title
