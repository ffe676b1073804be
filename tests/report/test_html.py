"""The HTML report: self-contained, escaped, capped; opened in a real headless chromium.

Browser tests (marked ``browser``) drive Debian's ``chromium`` with its own ``--dump-dom``,
``--screenshot`` and ``--log-net-log`` switches; they skip when chromium is not installed. The
screenshot is kept as ``artifacts/html-report.png`` at the repository root.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpusgate.documents import Document, Finding
from corpusgate.engine.results import DocResult
from corpusgate.expectations import ExpectationResult
from corpusgate.report import html as html_report
from corpusgate.report.html import (
    bounds_from_parameters,
    fences_from_statistics,
    render_html,
    write_html,
)
from corpusgate.report.html.highlight import Span, highlight, highlight_excerpts
from corpusgate.report.json import write_json
from corpusgate.report.model import Report
from tests.conftest import ROOT

from . import reportkit as rk

ARTIFACTS = ROOT / "artifacts"
CHROMIUM = (
    os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")
)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Debian's chromium is not installed (apt-get install chromium, or set CHROMIUM_PATH)",
)

HOSTILE = (
    'Hello <script>document.title="pwned"</script> badword '
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> </textarea> "
    '</style></script><!-- [ad_1] oddword <img src="http://example.invalid/leak.png"> '
    '<a href="javascript:alert(1)">x</a> and more badword'
)


def hostile_report() -> Report:
    docs: list[Any] = rk.corpus(bad=[2, 5], size=30)
    docs.append(
        Document(
            "<b>evil</b>",
            HOSTILE,
            "evil.jsonl:1",
            title="<script>alert(1)</script>",
            url="javascript:alert(1)",
        )
    )
    docs.append(Document("overlap", "one badword two oddword\n" * 2, "x.jsonl:3"))
    extra = """  - check: reporttest.word
    id: phrase
    severity: warning
    max_failing: 10
    params: {word: "badword two", suggestion: "fine phrase"}
"""
    return rk.build(docs, rk.suite(extra))


@pytest.fixture(scope="module")
def hostile_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "report.html"
    write_html(hostile_report(), path)
    return path


# --- the markup itself ---


def test_corpus_text_is_escaped_everywhere(hostile_html: Path) -> None:
    page = hostile_html.read_text("utf-8")
    assert page.count("<script") == 1  # the report's own
    assert "<img" not in page and "<textarea" not in page.lower().replace("&lt;/textarea", "")
    assert 'onerror="document' not in page
    assert "&lt;script&gt;document.title=&#34;pwned&#34;&lt;/script&gt;" in page
    assert "&lt;b&gt;evil&lt;/b&gt;" in page
    assert 'href="javascript' not in page


def test_nothing_external_is_referenced(hostile_html: Path) -> None:
    page = hostile_html.read_text("utf-8")
    assert not re.search(r"<[^>]*\ssrc\s*=", page)  # text is escaped, so "<" starts a tag
    assert not re.search(r"@import|url\(", page)
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert hrefs and all(h.startswith("#") for h in hrefs)


def test_content_security_policy_pins_the_inline_style_and_script(hostile_html: Path) -> None:
    page = hostile_html.read_text("utf-8")
    policy = html.unescape(
        re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)[1]
    )
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";") if d.strip())
    assert directives["default-src"] == "'none'"
    assert "unsafe" not in policy and "http" not in policy and "*" not in policy

    def pinned(tag: str) -> str:
        content = re.search(rf"<{tag}>(.*?)</{tag}>", page, re.S)[1]
        return (
            "'sha256-" + base64.b64encode(hashlib.sha256(content.encode()).digest()).decode() + "'"
        )

    assert directives["style-src"] == pinned("style")
    assert directives["script-src"] == pinned("script")
    # The policy is the first thing after the charset, before anything it must govern.
    assert page.index("Content-Security-Policy") < page.index("<style>")


def test_verdict_expectations_and_findings_are_in_the_page(hostile_html: Path) -> None:
    page = hostile_html.read_text("utf-8")
    assert '<span class="verdict-badge" id="verdict">FAILED</span>' in page
    for eid in ("bad-words", "odd-words", "length", "artifact.ad-marker", "phrase"):
        assert f'<div class="exp-id">{eid}</div>' in page
    assert (
        'title="[1] reporttest.word: the word &#39;badword&#39; → goodword">badword</mark>' in page
    )
    assert "→ <span>goodword</span>" in page


def test_a_passing_report_says_so(tmp_path: Path) -> None:
    path = tmp_path / "r.html"
    write_html(rk.build(rk.corpus(size=4)), path)
    page = path.read_text("utf-8")
    assert 'id="verdict">PASSED<' in page and "No document has a finding." in page


def _plain(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", "", markup))


def test_overlapping_findings_are_cut_into_flat_marks() -> None:
    text = "one badword two three"
    spans = [
        Span(4, 15, 1, "error", "long", "a1"),  # "badword two"
        Span(4, 11, 2, "warning", "inner", "a2"),  # "badword"
        Span(12, 21, 3, "info", "crossing", "a3"),  # "two three"
    ]
    markup = str(highlight(text, spans))
    assert _plain(markup) == text
    assert "<mark" not in re.sub(r"<mark[^>]*>[^<]*</mark>", "", markup)  # never nested
    marks = re.findall(r'<mark class="([^"]*)" data-f="([^"]*)"[^>]*>([^<]*)</mark>', markup)
    assert marks == [
        ("hl sev-error overlap", "1 2", "badword"),
        ("hl sev-error", "1", " "),
        ("hl sev-error overlap", "1 3", "two"),
        ("hl sev-info", "3", " three"),
    ]
    assert markup.count('class="anchor"') == 3


@given(
    st.text(alphabet=st.sampled_from("ab <>&\"'\n"), max_size=60),
    st.lists(st.tuples(st.integers(0, 70), st.integers(0, 70)), max_size=8),
)
def test_highlighting_keeps_the_text_and_balances_the_marks(
    text: str, pairs: list[tuple[int, int]]
) -> None:
    spans = [
        Span(min(a, b), max(a, b), i + 1, "error", "<t>", f"s{i}") for i, (a, b) in enumerate(pairs)
    ]
    markup = str(highlight(text, spans))
    assert _plain(markup) == text
    assert markup.count("<mark") == markup.count("</mark>")
    assert "<mark" not in re.sub(r"<mark[^>]*>[^<]*</mark>", "", markup)
    assert not re.search(r"<(?!/?mark|span|/span)", markup)


def test_long_documents_show_excerpts_around_findings() -> None:
    text = "x" * 10_000 + " badword " + "y" * 10_000
    spans = [Span(10_001, 10_008, 1, "error", "t", "a")]
    markup = str(highlight_excerpts(text, spans, context=50))
    assert "badword</mark>" in markup
    assert markup.count("… 9,951 characters …") == 2
    assert len(markup) < 1000


def _synthetic(count: int, text_chars: int = 1500) -> Report:
    """A report over ``count`` flagged documents, built without the engine (for scale)."""
    body = ("The council met on Tuesday and approved the budget. " * 40)[:text_chars]

    def documents() -> Any:
        for i in range(count):
            text = f"[ad_{i % 9}] {body}"
            finding = Finding("artifact.ad-marker", 0, 6, text[:6], "ad-slot marker", "remove it")
            yield DocResult(
                f"doc-{i}", f"big.jsonl:{i + 1}", "h", {"ads": (finding,)}, {}, text=text
            )

    failing = [f"doc-{i}" for i in range(0, count, 7)]
    outcome = ExpectationResult(
        "ads",
        "artifact.ad-marker",
        "error",
        {"max_failing": 0},
        count,
        failing_documents=len(failing),
        findings=count,
        failing_ids=failing,
        failing_sources=[f"big.jsonl:{int(i[4:]) + 1}" for i in failing],
        success=False,
    )
    return Report(
        success=False,
        suite={"name": "scale"},
        inputs=["big.jsonl"],
        summary={
            "documents": count,
            "documents_with_findings": count,
            "findings": count,
            "per_check": {"artifact.ad-marker": {"documents": count, "findings": count}},
        },
        expectations=[outcome],
        _documents=documents,
    )


def test_a_report_over_many_documents_is_capped_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    write_html(_synthetic(12_000), path)
    page = path.read_text("utf-8")
    assert page.count('<details class="doc') == html_report.MAX_DOCUMENTS
    assert "lists <strong>2,000</strong> of the <strong>12,000</strong> documents" in page
    assert path.stat().st_size < 20_000_000


def test_the_cap_keeps_documents_that_fail_the_gate_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(html_report, "MAX_DOCUMENTS", 10)
    page = "".join(render_html(_synthetic(200)))
    listed = re.findall(r'data-id="(doc-\d+)"', page)
    assert listed == [f"doc-{i}" for i in range(0, 70, 7)]  # every failing one, corpus order


def test_the_text_budget_leaves_later_texts_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(html_report, "TEXT_BUDGET", 5_000)
    page = "".join(render_html(_synthetic(10)))
    assert page.count('class="doc-text"') == 4
    assert page.count("this report holds as much text as it can") == 6


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"bounds": {"flesch_kincaid_grade": [5, 18]}}, {"flesch_kincaid_grade": (5.0, 18.0)}),
        ({"flesch_kincaid_grade": {"min": 5, "max": 18}}, {"flesch_kincaid_grade": (5.0, 18.0)}),
        (
            {"min_words_per_sentence": 3, "max_words_per_sentence": 60},
            {"words_per_sentence": (3.0, 60.0)},
        ),
        ({"gunning_fog": [None, 20]}, {"gunning_fog": (None, 20.0)}),
        ({"lang": "en", "k": 2.0}, {}),
    ],
)
def test_bounds_are_read_from_range_parameters(
    params: dict[str, Any], expected: dict[str, Any]
) -> None:
    assert bounds_from_parameters(params) == expected


def test_fences_are_read_from_outlier_statistics() -> None:
    stats = {
        "features": {
            "words_per_sentence": {
                "median": 18.0,
                "q1": 14.0,
                "q3": 22.0,
                "lower_fence": -2.0,
                "upper_fence": 38.0,
                "histogram": {"edges": [0, 10, 20], "counts": [3, 4]},
            },
            "flesch_reading_ease": {"median": 50, "fences": [10, 90]},
        },
        "documents": 120,
    }
    found = fences_from_statistics(stats)
    assert found["words_per_sentence"]["fences"] == (-2.0, 38.0)
    assert found["flesch_reading_ease"]["fences"] == (10.0, 90.0)
    assert fences_from_statistics({"documents": 3}) == {}


def test_charts_draw_suite_bounds_fences_and_thresholds() -> None:
    report = hostile_report()
    report.suite["parameters"]["spin"] = {"check": "spin.score", "params": {"threshold": 50.0}}
    report.suite["parameters"]["outliers"] = {"check": "readability.outlier", "params": {}}
    report.corpus_statistics["outliers"] = {
        "words": {"median": 14, "lower_fence": 10, "upper_fence": 16}
    }
    page = "".join(render_html(report))
    words = page[page.index('aria-label="distribution of words"') :]
    words = words[: words.index("</svg>")]
    # The axis widens to show min 3 near the data; max 40 lies far right: an edge label instead.
    assert words.count('class="mk mk-bound"') == 1 and "<title>min: 3</title>" in words
    assert ">max 40 ▸</text>" in words
    assert words.count('class="mk mk-fence"') == 2
    spin = page[page.index('aria-label="distribution of spin_score"') :]
    assert (
        'class="mk mk-threshold"' in spin[: spin.index("</svg>")]
        or "threshold 50" in spin[: spin.index("</svg>")]
    )


def test_rendering_a_saved_json_report_gives_the_same_page(tmp_path: Path) -> None:
    report = hostile_report()
    write_json(report, tmp_path / "r.json")
    write_html(report, tmp_path / "direct.html")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "corpusgate",
            "report",
            str(tmp_path / "r.json"),
            "--html",
            str(tmp_path / "again.html"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr  # the saved report failed, and says so
    assert (tmp_path / "again.html").read_text("utf-8") == (tmp_path / "direct.html").read_text(
        "utf-8"
    )


# --- in a real browser ---


def chromium(tmp_path: Path, url: str, *flags: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-default-apps",
        # Should anything try, it resolves nowhere: the test must not reach the network.
        "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--user-data-dir={profile}",
        *flags,
        url,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def page_requests(netlog: Path) -> list[str]:
    """URLs the page itself asked for (not chromium's own housekeeping), from a net log."""
    raw = netlog.read_text("utf-8").strip()
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:  # a log cut short at exit lacks its closing brackets
        data = json.loads(raw.rstrip(",") + "]}")
    names = {number: name for name, number in data["constants"]["logEventTypes"].items()}
    urls = []
    for event in data["events"]:
        params = event.get("params") or {}
        if names.get(event["type"]) != "URL_REQUEST_START_JOB" or "url" not in params:
            continue
        # Browser-internal requests have no initiating document ("not an origin").
        if params.get("initiator") == "not an origin" or params["url"].startswith("file:"):
            continue
        urls.append(params["url"])
    return urls


def dump(tmp_path: Path, target: Path, fragment: str = "", *flags: str) -> tuple[str, list[str]]:
    netlog = tmp_path / f"net-{len(list(tmp_path.glob('net-*')))}.json"
    result = chromium(
        tmp_path, target.as_uri() + fragment, "--dump-dom", f"--log-net-log={netlog}", *flags
    )
    return result.stdout, page_requests(netlog)


@pytest.mark.browser
@needs_chromium
def test_in_chromium_the_report_renders_and_hostile_text_stays_text(
    hostile_html: Path, tmp_path: Path
) -> None:
    dom, requests = dump(tmp_path, hostile_html)
    assert requests == []
    assert (
        "<title>corpusgate · report-test · FAILED</title>" in dom
    )  # the injected script never ran
    assert "data-pwned" not in re.search(r"<body[^>]*>", dom)[0]
    assert 'data-js="ready"' in dom  # while the report's own, hash-pinned script did
    assert not re.search(r"<img|<textarea|<a href=\"javascript", dom)
    assert re.search(r'<span class="verdict-badge" id="verdict">FAILED</span>', dom)
    for eid in ("bad-words", "odd-words", "length", "artifact.ad-marker", "phrase"):
        assert f'<div class="exp-id">{eid}</div>' in dom
    evil = dom[dom.index('data-id="&lt;b&gt;evil&lt;/b&gt;"') :]
    evil = evil[: evil.index("</details>")]
    assert re.search(
        r'<mark class="hl sev-error"[^>]*'
        r'title="\[\d\] reporttest.word: the word \'badword\' → goodword">badword</mark>',
        evil,
    )
    assert '&lt;img src="http://example.invalid/leak.png"&gt;' in evil


@pytest.mark.browser
@needs_chromium
def test_in_chromium_the_policy_blocks_an_injection_that_escaped_escaping(
    hostile_html: Path, tmp_path: Path
) -> None:
    # Defence in depth: paste raw markup into the page as a broken escaper would.
    payload = (
        '<img src="http://example.invalid/leak.png" onerror="document.title=\'pwned\'">'
        "<script>document.title='pwned'</script>"
        '<link rel="stylesheet" href="https://example.invalid/x.css">'
    )
    page = hostile_html.read_text("utf-8").replace("<body>", "<body>" + payload, 1)
    broken = tmp_path / "broken.html"
    broken.write_text(page, "utf-8")
    dom, requests = dump(tmp_path, broken)
    assert requests == []
    assert "<title>corpusgate · report-test · FAILED</title>" in dom
    assert 'data-js="ready"' in dom

    # The same payload without the policy: both detectors see it, so the checks above can fail.
    unprotected = tmp_path / "unprotected.html"
    unprotected.write_text(
        "<!DOCTYPE html><html><head><title>t</title></head><body>" + payload + "</body></html>"
    )
    dom, requests = dump(tmp_path, unprotected)
    assert "<title>pwned</title>" in dom
    assert "http://example.invalid/leak.png" in requests


@pytest.mark.browser
@needs_chromium
def test_in_chromium_a_filter_link_filters_the_documents(
    hostile_html: Path, tmp_path: Path
) -> None:
    dom, _ = dump(tmp_path, hostile_html, "#filter?q=evil")
    shown = re.findall(r'<details class="doc[^"]*" id="doc-\d+"[^>]*>', dom)
    visible = [tag for tag in shown if " hidden" not in tag]
    assert len(shown) == 4 and len(visible) == 1 and "evil" in visible[0]
    assert "1 of 4 listed" in dom
    dom, _ = dump(tmp_path, hostile_html, "#filter?expectation=phrase")
    visible = [t for t in re.findall(r'<details class="doc[^>]*>', dom) if " hidden" not in t]
    assert [re.search(r'data-id="([^"]*)"', t)[1] for t in visible] == ["overlap"]


@pytest.mark.browser
@needs_chromium
def test_in_chromium_a_finding_link_opens_its_document(hostile_html: Path, tmp_path: Path) -> None:
    dom, _ = dump(tmp_path, hostile_html, "#doc-3-f2")
    opened = re.findall(r'<details class="doc[^>]*id="(doc-\d+)"[^>]*open[^>]*>', dom)
    assert opened == ["doc-3"]


@pytest.mark.browser
@needs_chromium
def test_in_chromium_the_report_reads_without_javascript(
    hostile_html: Path, tmp_path: Path
) -> None:
    # A script whose hash no longer matches the policy is refused: the page as without JS.
    page = hostile_html.read_text("utf-8").replace('"use strict";', '"use strict"; ', 1)
    tampered = tmp_path / "nojs.html"
    tampered.write_text(page, "utf-8")
    dom, requests = dump(tmp_path, tampered)
    assert requests == []
    assert 'data-js="off"' in dom
    assert re.search(r'<div class="filters" data-js-only="" hidden="">', dom)
    assert dom.count('<details class="doc') == 4
    assert "badword</mark>" in dom and "<summary>" in dom


@pytest.mark.browser
@needs_chromium
def test_in_chromium_screenshot_is_kept_as_an_artifact(hostile_html: Path, tmp_path: Path) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / "html-report.png"
    target.unlink(missing_ok=True)
    chromium(
        tmp_path,
        hostile_html.as_uri() + "#doc-3",
        f"--screenshot={target}",
        "--window-size=1280,2600",
        "--hide-scrollbars",
    )
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


def test_undecided_pairs_of_a_corpus_check_are_listed_to_review_and_escaped() -> None:
    report = hostile_report()
    outcome = report.expectations[0].id
    report.corpus_statistics[outcome] = {
        "review": [
            {"documents": ["<b>evil</b>", "copy-1"], "note": "which is the copy is <unclear>"},
            {"documents": []},  # nothing to show
            "not an item",
        ]
    }
    page = "".join(render_html(report))
    section = page[page.index('<section id="review">') :]
    section = section[: section.index("</section>")]
    assert section.count("<tr>") == 2  # header + the one item with documents
    assert "<code>&lt;b&gt;evil&lt;/b&gt;</code> ~ <code>copy-1</code>" in section
    assert "which is the copy is &lt;unclear&gt;" in section
    assert 'href="#review">To review (1)</a>' in page


def test_no_review_section_when_nothing_is_undecided(hostile_html: Path) -> None:
    page = hostile_html.read_text("utf-8")
    assert 'id="review"' not in page and "To review" not in page
