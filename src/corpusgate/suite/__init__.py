"""Declarative suites: YAML that reads like the rules it expresses.

```yaml
version: 1
name: news
data: {text_field: text, id_field: id}
expectations:
  - check: artifact.ad-marker
    severity: error
    max_failing: 0
  - check: spin.phrase
    severity: warning
    mostly: 0.95
    params: {disabled: ["final week"]}
```
"""

from __future__ import annotations

import difflib
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from corpusgate.checks import all_checks, get_check
from corpusgate.checks.base import Check, CheckParams
from corpusgate.errors import SuiteError
from corpusgate.readers.base import FieldMapping
from corpusgate.suite.yamlmap import LocatedYaml, load_located

SUITE_VERSION = 1
BUILTIN_SUITES = ("news",)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DataSection(_Strict):
    """How records map onto documents; command-line options override it."""

    format: str | None = None
    text_field: str = "text"
    id_field: str | None = "id"
    title_field: str | None = "title"
    url_field: str | None = "url"
    paths: tuple[str, ...] = Field(
        default=(), description="Corpus paths or globs, relative to the suite file."
    )

    def mapping(self) -> FieldMapping:
        return FieldMapping(
            text=self.text_field, id=self.id_field, title=self.title_field, url=self.url_field
        )


class Expectation(_Strict):
    """One rule: a check, its parameters, how severe a failure is, and how much is tolerated."""

    check: str
    id: str = ""
    description: str | None = None
    severity: Literal["error", "warning"] = "error"
    mostly: float | None = Field(None, ge=0.0, le=1.0)
    max_failing: int | None = Field(None, ge=0)
    params: dict[str, Any] = Field(default_factory=dict)
    line: int = Field(0, exclude=True)

    @model_validator(mode="before")
    @classmethod
    def _default_id(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("id") and isinstance(data.get("check"), str):
            data = {**data, "id": data["check"]}
        return data

    @model_validator(mode="after")
    def _one_budget(self) -> Expectation:
        if self.mostly is not None and self.max_failing is not None:
            raise ValueError("set either `mostly` or `max_failing`, not both")
        return self

    @property
    def budget(self) -> dict[str, float | int]:
        if self.mostly is not None:
            return {"mostly": self.mostly}
        return {"max_failing": self.max_failing if self.max_failing is not None else 0}

    def allowed_failures(self, documents: int) -> int:
        return allowed_failures(self.budget, documents)

    def build_check(self) -> Check[Any]:
        cls = get_check(self.check)
        return cls(self.check_params(cls))

    def check_params(self, cls: type[Check[Any]]) -> CheckParams:
        return cls.Params.model_validate(self.params)


class DriftThresholds(_Strict):
    """When the distribution of one signal has moved too far from the baseline's."""

    max_ks: float | None = Field(
        None,
        gt=0.0,
        le=1.0,
        description="Largest allowed two-sample Kolmogorov-Smirnov statistic (0..1).",
    )
    max_wasserstein: float | None = Field(
        None,
        gt=0.0,
        description="Largest allowed Wasserstein-1 distance divided by the baseline's standard "
        "deviation (Evidently's 'normalised Wasserstein'; 0.1 is a common threshold).",
    )


class DriftSection(_Strict):
    """Distribution drift against a baseline (``--baseline``): which signals may move how far.

    Drift of every signal both runs share is always reported; only the signals listed here (or
    every signal, when ``default`` is set) can fail the gate.
    """

    severity: Literal["error", "warning"] = Field(
        "error",
        description="error: drift beyond a threshold fails the run; warning: reported only.",
    )
    scope: Literal["corpus", "update"] = Field(
        "corpus",
        description="Compare the baseline with the whole current corpus (corpus) or with the "
        "new and changed documents only (update).",
    )
    min_documents: int = Field(
        30, ge=1, description="Fewer documents on either side: drift is reported, never fails."
    )
    default: DriftThresholds | None = Field(
        None, description="Thresholds for every signal not listed under `signals`."
    )
    signals: dict[str, DriftThresholds] = Field(
        default_factory=dict, description="Thresholds per signal name (e.g. spin_score)."
    )

    def thresholds(self, signal: str) -> DriftThresholds | None:
        return self.signals.get(signal, self.default)


class Suite(_Strict):
    version: int = SUITE_VERSION
    name: str
    description: str = ""
    data: DataSection = DataSection()
    expectations: tuple[Expectation, ...]
    drift: DriftSection | None = None
    path: str | None = Field(None, exclude=True)

    @field_validator("version")
    @classmethod
    def _known_version(cls, value: int) -> int:
        if value != SUITE_VERSION:
            raise ValueError(f"this corpusgate reads suite version {SUITE_VERSION}, not {value}")
        return value

    @field_validator("expectations")
    @classmethod
    def _unique_ids(cls, value: tuple[Expectation, ...]) -> tuple[Expectation, ...]:
        seen: set[str] = set()
        for expectation in value:
            if expectation.id in seen:
                raise ValueError(
                    f"two expectations have the id {expectation.id!r}; give one an explicit `id:`"
                )
            seen.add(expectation.id)
        return value

    def build_checks(self) -> dict[str, Check[Any]]:
        """One configured check instance per expectation id."""
        return {expectation.id: expectation.build_check() for expectation in self.expectations}


def allowed_failures(budget: dict[str, float | int], documents: int) -> int:
    """How many documents may fail an expectation with ``budget`` in a corpus of ``documents``."""
    if "mostly" in budget:
        # A small epsilon so that mostly=0.95 over 100 documents allows exactly 5, not 4.
        return int(documents * (1.0 - float(budget["mostly"])) + 1e-9)
    return int(budget["max_failing"])


def load_suite(name_or_path: str | Path | None = None) -> Suite:
    """Load a suite by built-in name (``news``) or by path; ``None`` means the default suite."""
    if name_or_path is None:
        name_or_path = "news"
    text: str
    filename: str
    candidate = Path(name_or_path)
    if str(name_or_path) in BUILTIN_SUITES and not candidate.is_file():
        filename = f"<built-in suite {name_or_path}>"
        text = (resources.files("corpusgate") / "suites" / f"{name_or_path}.yml").read_text("utf-8")
    elif candidate.is_file():
        filename = str(candidate)
        try:
            text = candidate.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise SuiteError(f"{filename}: cannot read the suite: {error}") from None
    else:
        hint = f" (built-in suites: {', '.join(BUILTIN_SUITES)})"
        raise SuiteError(
            f"suite {str(name_or_path)!r} is neither a file nor a built-in suite{hint}"
        )
    return parse_suite(text, filename)


def parse_suite(text: str, filename: str = "<suite>") -> Suite:
    try:
        located = load_located(text, filename)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{filename}:{mark.line + 1}" if mark is not None else filename
        problem = getattr(error, "problem", None) or str(error)
        raise SuiteError(f"{where}: invalid YAML: {problem}") from None
    if not isinstance(located.value, dict):
        raise SuiteError(f"{filename}: a suite is a YAML mapping with `name` and `expectations`")
    raw = located.value
    expectations = raw.get("expectations")
    if isinstance(expectations, list):
        raw = {
            **raw,
            "expectations": [
                {**item, "line": located.line_of(("expectations", index)) or 0}
                if isinstance(item, dict)
                else item
                for index, item in enumerate(expectations)
            ],
        }
    try:
        suite = Suite.model_validate({**raw, "path": filename})
    except ValidationError as error:
        raise SuiteError(_describe(error, located, filename)) from None
    _validate_checks(suite, located, filename)
    return suite


def _validate_checks(suite: Suite, located: LocatedYaml, filename: str) -> None:
    catalogue = all_checks()
    for index, expectation in enumerate(suite.expectations):
        where = ("expectations", index)
        if expectation.check not in catalogue:
            close = difflib.get_close_matches(expectation.check, list(catalogue), n=3, cutoff=0.5)
            hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
            line = located.line_of((*where, "check"))
            raise SuiteError(
                f"{filename}:{line}: expectations[{index}].check: unknown check "
                f"{expectation.check!r}{hint} (`corpusgate checks` lists them)"
            )
        cls = catalogue[expectation.check]
        try:
            expectation.check_params(cls)
        except ValidationError as error:
            raise SuiteError(
                _describe(error, located, filename, prefix=(*where, "params"), params_of=cls)
            ) from None


def _describe(
    error: ValidationError,
    located: LocatedYaml,
    filename: str,
    prefix: tuple[str | int, ...] = (),
    params_of: type[Check[Any]] | None = None,
) -> str:
    messages = []
    for item in error.errors():
        loc = tuple(part for part in item["loc"] if not isinstance(part, str) or part)
        path = (*prefix, *loc)
        line = located.line_of(path)
        dotted = _dotted(path)
        message = item["msg"]
        if item["type"] == "extra_forbidden" and loc:
            unknown = str(loc[-1])
            known = _known_keys(prefix, loc, params_of)
            close = difflib.get_close_matches(unknown, known, n=3, cutoff=0.5)
            message = f"unknown key {unknown!r}"
            if close:
                message += f"; did you mean {' or '.join(map(repr, close))}?"
            elif known:
                message += f" (allowed: {', '.join(sorted(known))})"
        elif item["type"] == "missing":
            message = "required key is missing"
        messages.append(f"{filename}:{line}: {dotted}: {message}")
    return "\n".join(messages)


def _known_keys(
    prefix: tuple[str | int, ...], loc: tuple[Any, ...], params_of: type[Check[Any]] | None
) -> list[str]:
    if params_of is not None:
        return list(params_of.Params.model_fields)
    depth = len(loc) - 1
    parent = loc[:depth]
    if not parent:
        return [key for key in Suite.model_fields if key != "path"]
    if parent[0] == "data":
        return list(DataSection.model_fields)
    if parent[0] == "expectations":
        return [key for key in Expectation.model_fields if key != "line"]
    if parent[0] == "drift":
        if len(parent) == 1:
            return list(DriftSection.model_fields)
        return list(DriftThresholds.model_fields)
    return []


def _dotted(path: tuple[str | int, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "<suite>"


def suite_source(name_or_path: str | Path | None) -> str:
    """The YAML text of a suite, for `corpusgate suite show` and the pytest plugin."""
    if name_or_path is None or (
        str(name_or_path) in BUILTIN_SUITES and not Path(name_or_path).is_file()
    ):
        name = "news" if name_or_path is None else str(name_or_path)
        return (resources.files("corpusgate") / "suites" / f"{name}.yml").read_text("utf-8")
    return Path(name_or_path).read_text("utf-8")
