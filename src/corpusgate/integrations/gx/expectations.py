"""Custom GX expectations over raw text columns, computed by corpusgate's checks.

For teams that write their own GX suites over a table of articles::

    import corpusgate.gx  # registers the expectations below with GX
    suite.add_expectation(ExpectColumnValuesToHaveNoScraperArtifacts(column="body", mostly=0.99))
    suite.add_expectation(ExpectColumnValuesToHaveSpinScoreBelow(column="body", threshold=0.5))
    suite.add_expectation(
        ExpectColumnValuesToHaveReadabilityBetween(column="body", min_value=30, max_value=80)
    )

Each is a column map expectation (``mostly`` works as for any GX expectation) backed by a
metric implemented for the Pandas and the Spark execution engines. Both engines call the same
function per value (:mod:`corpusgate.integrations.gx.values`), which runs corpusgate's check
through the Check API; on Spark it runs inside an Arrow-batched ``pandas_udf``, so executors
need corpusgate installed, and never import GX for it.

A suite that mentions one of these expectations must be loaded after ``import corpusgate.gx``:
GX silently drops expectations whose class it does not know. Save and load suites with
:func:`corpusgate.gx.save_suite_json` / :func:`corpusgate.gx.load_suite_json`, which notice.

Corpus-level checks (lines repeated across documents) cannot judge one value on its own and
are refused here; run them through the signals table instead (:func:`corpusgate.gx.to_gx_suite`).
"""

from __future__ import annotations

import copy
import html
from typing import Any, ClassVar, Dict, List, Optional  # noqa: UP035 - GX's pydantic v1

import pandas as pd

from corpusgate.integrations.gx import values
from corpusgate.integrations.gx._env import import_gx

import_gx()

from great_expectations.compatibility import pydantic  # noqa: E402
from great_expectations.execution_engine import (  # noqa: E402
    PandasExecutionEngine,
    SparkDFExecutionEngine,
)
from great_expectations.expectations.expectation import (  # noqa: E402
    ColumnMapExpectation,
    render_suite_parameter_string,
)
from great_expectations.expectations.metrics import (  # noqa: E402
    ColumnMapMetricProvider,
    column_condition_partial,
)
from great_expectations.render import (  # noqa: E402
    LegacyDiagnosticRendererType,
    LegacyRendererType,
    RenderedStringTemplateContent,
)
from great_expectations.render.renderer.renderer import renderer  # noqa: E402
from great_expectations.render.renderer_configuration import (  # noqa: E402
    RendererConfiguration,
    RendererValueType,
)
from great_expectations.render.util import num_to_str  # noqa: E402

__all__ = [
    "CUSTOM_EXPECTATIONS",
    "ExpectColumnValuesToHaveNoScraperArtifacts",
    "ExpectColumnValuesToHaveReadabilityBetween",
    "ExpectColumnValuesToHaveSpinScoreBelow",
]

DEFAULT_SPIN_SIGNAL = "spin_score"
DEFAULT_READABILITY_METRIC = "flesch_reading_ease"

_LIBRARY_METADATA: Dict[str, str | list | bool] = {  # noqa: UP006
    "maturity": "experimental",
    "tags": ["corpusgate", "text", "column map expectation"],
    "contributors": ["corpusgate"],
    "requirements": ["corpusgate"],
    "has_full_test_suite": True,
    "manually_reviewed_code": True,
}


def _spark_verdicts(kind: str, options: Dict[str, Any]) -> Any:  # noqa: UP006
    """A Spark column expression computing each value's verdict in Arrow batches."""
    from pyspark.sql.functions import pandas_udf

    frozen = {**options, "modules": values.modules_for(options)}

    def verdict(texts: pd.Series) -> pd.Series:
        from corpusgate.integrations.gx.values import verdicts

        return pd.Series(verdicts(texts.tolist(), kind, frozen), dtype=bool)

    return pandas_udf(verdict, "boolean")  # type: ignore[call-overload]


def _pandas_verdicts(column: pd.Series, kind: str, options: Dict[str, Any]) -> pd.Series:  # noqa: UP006
    return pd.Series(
        values.verdicts(column.tolist(), kind, options), index=column.index, dtype=bool
    )


# --- metrics ------------------------------------------------------------------------------------


class ColumnValuesHaveNoScraperArtifacts(ColumnMapMetricProvider):
    condition_metric_name = "column_values.corpusgate_no_scraper_artifacts"
    condition_value_keys = ("checks",)

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(
        cls, column: pd.Series, checks: list[str] | None = None, **kwargs: Any
    ) -> pd.Series:
        return _pandas_verdicts(column, "no_artifacts", {"checks": checks})

    @column_condition_partial(engine=SparkDFExecutionEngine)
    def _spark(cls, column: Any, checks: Optional[List[str]] = None, **kwargs: Any) -> Any:  # noqa: UP006, UP045
        return _spark_verdicts("no_artifacts", {"checks": checks})(column)


class ColumnValuesHaveSpinScoreBelow(ColumnMapMetricProvider):
    condition_metric_name = "column_values.corpusgate_spin_score_below"
    condition_value_keys = ("threshold", "signal", "check", "params")

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(
        cls,
        column: pd.Series,
        threshold: float,
        signal: str,
        check: str | None = None,
        params: dict | None = None,
        **kwargs: Any,
    ) -> pd.Series:
        options = {"threshold": threshold, "signal": signal, "check": check, "params": params}
        return _pandas_verdicts(column, "spin_below", options)

    @column_condition_partial(engine=SparkDFExecutionEngine)
    def _spark(
        cls,
        column: Any,
        threshold: float,
        signal: str,
        check: str | None = None,
        params: dict | None = None,
        **kwargs: Any,
    ) -> Any:
        options = {"threshold": threshold, "signal": signal, "check": check, "params": params}
        return _spark_verdicts("spin_below", options)(column)


class ColumnValuesHaveReadabilityBetween(ColumnMapMetricProvider):
    condition_metric_name = "column_values.corpusgate_readability_between"
    condition_value_keys = ("metric", "min_value", "max_value", "check", "params")

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(
        cls,
        column: pd.Series,
        metric: str,
        min_value: float | None = None,
        max_value: float | None = None,
        check: str | None = None,
        params: dict | None = None,
        **kwargs: Any,
    ) -> pd.Series:
        options = {
            "signal": metric,
            "min_value": min_value,
            "max_value": max_value,
            "check": check,
            "params": params,
        }
        return _pandas_verdicts(column, "readability_between", options)

    @column_condition_partial(engine=SparkDFExecutionEngine)
    def _spark(
        cls,
        column: Any,
        metric: str,
        min_value: float | None = None,
        max_value: float | None = None,
        check: str | None = None,
        params: dict | None = None,
        **kwargs: Any,
    ) -> Any:
        options = {
            "signal": metric,
            "min_value": min_value,
            "max_value": max_value,
            "check": check,
            "params": params,
        }
        return _spark_verdicts("readability_between", options)(column)


# --- rendering ------------------------------------------------------------------------------------


def _number(value: Any) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return num_to_str(value, no_scientific=True)
    return value


def _mostly_suffix(mostly: Any, params: Dict[str, Any]) -> str:  # noqa: UP006
    if isinstance(mostly, (int, float)) and mostly < 1.0:
        params["mostly_pct"] = num_to_str(mostly * 100, no_scientific=True)
        return ", at least $mostly_pct % of the time."
    return "."


def _legacy(template: str, params: Dict[str, Any], runtime_configuration: Optional[dict]) -> list:  # noqa: UP006, UP045
    runtime_configuration = runtime_configuration or {}
    if runtime_configuration.get("include_column_name") is not False:
        template = "$column " + template
    return [
        RenderedStringTemplateContent(
            content_block_type="string_template",
            string_template={
                "template": template,
                "params": params,
                "styling": runtime_configuration.get("styling"),
            },
        )
    ]


def _atomic(configuration: RendererConfiguration, sentence: Any) -> RendererConfiguration:
    kwargs = dict(configuration.kwargs or {})
    template, params = sentence(kwargs)
    configuration.add_param(name="column", param_type=RendererValueType.STRING)
    for name, value in params.items():
        if name != "column":
            configuration.add_param(
                name=name, param_type=RendererValueType.STRING, value=str(value)
            )
    if configuration.include_column_name:
        template = "$column " + template
    configuration.template_str = template
    return configuration


def _kwargs(configuration: Any, result: Any) -> Dict[str, Any]:  # noqa: UP006
    if configuration is None and result is not None:
        configuration = result.expectation_config
    return dict(configuration.kwargs) if configuration is not None else {}


def _no_artifacts_sentence(kwargs: Dict[str, Any]) -> tuple[str, Dict[str, Any]]:  # noqa: UP006
    params: Dict[str, Any] = {"column": kwargs.get("column")}  # noqa: UP006
    checks = kwargs.get("checks")
    if checks:
        params["checks"] = ", ".join(checks)
        template = "values must have no scraper artifacts found by corpusgate's $checks"
    else:
        template = "values must have no scraper artifacts (any corpusgate artifact check)"
    return template + _mostly_suffix(kwargs.get("mostly"), params), params


def _spin_sentence(kwargs: Dict[str, Any]) -> tuple[str, Dict[str, Any]]:  # noqa: UP006
    params: Dict[str, Any] = {  # noqa: UP006
        "column": kwargs.get("column"),
        "threshold": _number(kwargs.get("threshold")),
        "signal": kwargs.get("signal") or DEFAULT_SPIN_SIGNAL,
    }
    template = "values must have a corpusgate spin score ($signal) below $threshold"
    return template + _mostly_suffix(kwargs.get("mostly"), params), params


def _readability_sentence(kwargs: Dict[str, Any]) -> tuple[str, Dict[str, Any]]:  # noqa: UP006
    params: Dict[str, Any] = {  # noqa: UP006
        "column": kwargs.get("column"),
        "metric": kwargs.get("metric") or DEFAULT_READABILITY_METRIC,
        "min_value": _number(kwargs.get("min_value")),
        "max_value": _number(kwargs.get("max_value")),
    }
    low, high = params["min_value"], params["max_value"]
    if low is not None and high is not None:
        bound = "between $min_value and $max_value"
    elif low is not None:
        bound = "of at least $min_value"
    elif high is not None:
        bound = "of at most $max_value"
    else:
        bound = "of any value"
    template = f"values must have a $metric readability score {bound}"
    return template + _mostly_suffix(kwargs.get("mostly"), params), params


# GX writes unexpected values into Data Docs as HTML without escaping them, and here they are
# raw corpus text: hostile markup would run in the reader's browser, and one long article would
# bloat the page. The unexpected-values table of these expectations shows escaped excerpts.
_EXCERPT = 160


def _excerpt(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    text = value if len(value) <= _EXCERPT else value[:_EXCERPT] + "…"
    return html.escape(text, quote=True)


def _safe_result(result: Any) -> Any:
    data = getattr(result, "result", None)
    if not data:
        return result
    data = dict(data)
    for key in ("partial_unexpected_list", "unexpected_list"):
        if data.get(key) is not None:
            data[key] = [_excerpt(value) for value in data[key]]
    if data.get("partial_unexpected_counts"):
        data["partial_unexpected_counts"] = [
            {**count, "value": _excerpt(count.get("value"))}
            for count in data["partial_unexpected_counts"]
        ]
    # Ids are escaped already (corpusgate.gx.run_checkpoint hands GX escaped ids for Data Docs).
    ids = set(data.get("unexpected_index_column_names") or ())
    for key in ("unexpected_index_list", "partial_unexpected_index_list"):
        if data.get(key):
            data[key] = [
                {name: v if name in ids else _excerpt(v) for name, v in row.items()}
                if isinstance(row, dict)
                else row
                for row in data[key]
            ]
    safe = copy.copy(result)
    safe.result = data
    return safe


@classmethod  # type: ignore[misc]
@renderer(renderer_type=LegacyDiagnosticRendererType.UNEXPECTED_TABLE)
def _escaped_unexpected_table(
    cls: Any,
    configuration: Any = None,
    result: Any = None,
    runtime_configuration: Optional[dict] = None,  # noqa: UP045
) -> Any:
    base = ColumnMapExpectation._diagnostic_unexpected_table_renderer.__func__  # type: ignore[attr-defined]
    return base(
        cls,
        configuration=configuration,
        result=_safe_result(result),
        runtime_configuration=runtime_configuration,
    )


# --- expectations -------------------------------------------------------------------------------


class ExpectColumnValuesToHaveNoScraperArtifacts(ColumnMapExpectation):
    """Expect every text in the column to be free of scraper artifacts.

    A value is unexpected when any of corpusgate's artifact checks (ad-slot markers, credit
    lines, share/related widgets, leftover HTML, shortcodes, template placeholders, encoding
    damage...) finds something in it. ``checks`` narrows the list to the named checks
    (``corpusgate checks`` lists them).

    Args:
        column: The column holding the article text.
        checks: Names of corpusgate per-document checks to run (default: every artifact check).
        mostly: The fraction of non-null values that must pass (default 1).
    """

    checks: Optional[List[str]] = pydantic.Field(  # noqa: UP006, UP045
        default=None, description="corpusgate checks to run (default: every artifact check)"
    )

    library_metadata: ClassVar[Dict[str, str | list | bool]] = _LIBRARY_METADATA  # noqa: UP006
    map_metric = "column_values.corpusgate_no_scraper_artifacts"
    _diagnostic_unexpected_table_renderer = _escaped_unexpected_table
    success_keys = ("checks", "mostly")
    args_keys = ("column",)

    @classmethod
    def _prescriptive_template(
        cls, renderer_configuration: RendererConfiguration
    ) -> RendererConfiguration:
        return _atomic(renderer_configuration, _no_artifacts_sentence)

    @classmethod
    @renderer(renderer_type=LegacyRendererType.PRESCRIPTIVE)
    @render_suite_parameter_string
    def _prescriptive_renderer(
        cls,
        configuration: Any = None,
        result: Any = None,
        runtime_configuration: dict | None = None,
        **kwargs: Any,
    ) -> list:
        template, params = _no_artifacts_sentence(_kwargs(configuration, result))
        return _legacy(template, params, runtime_configuration)


class ExpectColumnValuesToHaveSpinScoreBelow(ColumnMapExpectation):
    """Expect every text in the column to have a spin score below a threshold.

    The score is the signal ``signal`` (default ``spin_score``) that corpusgate's spin check
    computes for the text (``check`` names the check; by default the spin check that emits the
    signal). Texts too short to score count as passing.

    Args:
        column: The column holding the article text.
        threshold: Values whose score is at or above this are unexpected.
        signal: The spin signal to compare.
        check: The corpusgate check that computes it (default: found by the signal's name).
        params: Parameters for that check, as in a corpusgate suite.
        mostly: The fraction of non-null values that must pass (default 1).
    """

    threshold: float = pydantic.Field(description="scores at or above this are unexpected")
    signal: str = pydantic.Field(default=DEFAULT_SPIN_SIGNAL, description="the spin signal")
    check: Optional[str] = pydantic.Field(default=None, description="the corpusgate check")  # noqa: UP045
    params: Optional[dict] = pydantic.Field(default=None, description="the check's parameters")  # noqa: UP045

    library_metadata: ClassVar[Dict[str, str | list | bool]] = _LIBRARY_METADATA  # noqa: UP006
    map_metric = "column_values.corpusgate_spin_score_below"
    _diagnostic_unexpected_table_renderer = _escaped_unexpected_table
    success_keys = ("threshold", "signal", "check", "params", "mostly")
    args_keys = ("column", "threshold")

    @classmethod
    def _prescriptive_template(
        cls, renderer_configuration: RendererConfiguration
    ) -> RendererConfiguration:
        return _atomic(renderer_configuration, _spin_sentence)

    @classmethod
    @renderer(renderer_type=LegacyRendererType.PRESCRIPTIVE)
    @render_suite_parameter_string
    def _prescriptive_renderer(
        cls,
        configuration: Any = None,
        result: Any = None,
        runtime_configuration: dict | None = None,
        **kwargs: Any,
    ) -> list:
        template, params = _spin_sentence(_kwargs(configuration, result))
        return _legacy(template, params, runtime_configuration)


class ExpectColumnValuesToHaveReadabilityBetween(ColumnMapExpectation):
    """Expect every text in the column to have a readability score within bounds.

    ``metric`` is one of corpusgate's readability signals (textstat-compatible names such as
    ``flesch_reading_ease`` or ``flesch_kincaid_grade``), computed by the readability check
    that emits it (or ``check``). Bounds are inclusive; either may be omitted. Texts for which
    the metric is undefined (no words) count as passing.

    Args:
        column: The column holding the article text.
        metric: The readability signal to bound.
        min_value: The lowest acceptable score.
        max_value: The highest acceptable score.
        check: The corpusgate check that computes the metric (default: found by its name).
        params: Parameters for that check, as in a corpusgate suite.
        mostly: The fraction of non-null values that must pass (default 1).
    """

    metric: str = pydantic.Field(default=DEFAULT_READABILITY_METRIC, description="the metric")
    min_value: Optional[float] = pydantic.Field(default=None, description="lowest score allowed")  # noqa: UP045
    max_value: Optional[float] = pydantic.Field(default=None, description="highest score allowed")  # noqa: UP045
    check: Optional[str] = pydantic.Field(default=None, description="the corpusgate check")  # noqa: UP045
    params: Optional[dict] = pydantic.Field(default=None, description="the check's parameters")  # noqa: UP045

    library_metadata: ClassVar[Dict[str, str | list | bool]] = _LIBRARY_METADATA  # noqa: UP006
    map_metric = "column_values.corpusgate_readability_between"
    _diagnostic_unexpected_table_renderer = _escaped_unexpected_table
    success_keys = ("metric", "min_value", "max_value", "check", "params", "mostly")
    args_keys = ("column", "min_value", "max_value")

    @classmethod
    def _prescriptive_template(
        cls, renderer_configuration: RendererConfiguration
    ) -> RendererConfiguration:
        return _atomic(renderer_configuration, _readability_sentence)

    @classmethod
    @renderer(renderer_type=LegacyRendererType.PRESCRIPTIVE)
    @render_suite_parameter_string
    def _prescriptive_renderer(
        cls,
        configuration: Any = None,
        result: Any = None,
        runtime_configuration: dict | None = None,
        **kwargs: Any,
    ) -> list:
        template, params = _readability_sentence(_kwargs(configuration, result))
        return _legacy(template, params, runtime_configuration)


CUSTOM_EXPECTATIONS: tuple[type[ColumnMapExpectation], ...] = (
    ExpectColumnValuesToHaveNoScraperArtifacts,
    ExpectColumnValuesToHaveSpinScoreBelow,
    ExpectColumnValuesToHaveReadabilityBetween,
)
