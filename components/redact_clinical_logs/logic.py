"""The redaction contract: measured first, then applied, then checked on its own output.

1. Score the engine on the annotated reference corpus (or ``corpus_uri``): span
   F1, span recall and token recall each have a floor (``min_f1``,
   ``min_recall``, ``min_token_recall``); below any of them the task refuses to
   run and writes nothing.
2. Redact ``input_uri`` into ``output_uri`` (streaming, both cores, atomic):
   every string the text fields hold, at any depth; the other fields as
   ``options.on_unlisted_text`` says.
3. The residual-leak scan runs over every string of the output, whatever field
   holds it; above ``max_residual`` hits the task fails and nothing is published.

The report (Markdown, and HTML beside it) is rendered from the evaluation and
the run, never typed by hand: the floors, the token view, per-label and
per-style figures, the Safe Harbor table (examples tested, removed, leaked per
category the corpus carries) and the residual scan's hits by category and line.
Reports and metrics carry counts, scores and line numbers, never input text.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any, Literal

from mlgate import storage
from mlgate.errors import CheckFailed, InputError
from mlgate.redaction import (
    REFERENCE,
    RedactionStats,
    RedactOptions,
    build_engine,
    evaluate_engine,
    load_corpus,
    redact_file,
)
from mlgate.redaction.corpus import Evaluation, Floors
from mlgate.redaction.stream import check_locales

__all__ = [
    "DEFAULT_MIN_F1",
    "RedactionReport",
    "html_beside",
    "redact_clinical_logs",
    "score_engine",
]

DEFAULT_MIN_F1 = 0.87
LINES_SHOWN = 20  # line numbers shown per residual category in the report

LEAK_RULE = (
    "An identifier counts as leaked when its text survives the redaction verbatim "
    "(case- and space-insensitive), as its digit run with other separators, or, for a "
    "multi-word value, with two or more of its distinctive words intact."
)


@dataclass(frozen=True)
class Block:
    """One piece of the report; Markdown and HTML are rendered from the same blocks."""

    kind: Literal["h1", "h2", "p", "table"]
    text: str = ""
    headers: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


def _table(headers: list[str], rows: list[list[str]]) -> Block:
    return Block("table", headers=tuple(headers), rows=tuple(tuple(r) for r in rows))


def _f(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


@dataclass
class RedactionReport:
    """What the task measured and did; ``metrics()``, ``markdown()`` and ``html()`` render it."""

    evaluation: Evaluation
    stats: RedactionStats
    floors: Floors
    max_residual: int = 0
    corpus_uri: str = REFERENCE

    @property
    def min_f1(self) -> float | None:
        return self.floors.min_f1

    def metrics(self) -> dict[str, float]:
        """Flat, numeric metrics for KFP: scores, floors, counts (no text, no values)."""
        score = self.evaluation.score
        out = {
            "precision": score.overall.precision,
            "recall": score.overall.recall,
            "f1": score.overall.f1,
        }
        for name, _, _, floor in self.floors.figures(self.evaluation):
            out[name] = floor
        if score.token is not None:
            out["token/precision"] = score.token.precision
            out["token/recall"] = score.token.recall
            out["token/f1"] = score.token.f1
        out["records"] = float(self.stats.records)
        out["spans_redacted"] = float(sum(self.stats.spans.values()))
        for label, counts in sorted(score.per_label.items()):
            out[f"f1/{label}"] = counts.f1
            token = score.label_token_recall(label)
            if token is not None:
                out[f"token_recall/{label}"] = token
        for style, s in sorted(score.per_style.items()):
            out[f"style/{style}/f1"] = s.span.f1
            out[f"style/{style}/recall"] = s.span.recall
            out[f"style/{style}/token_recall"] = s.token.recall
        if self.evaluation.safe_harbor:
            out["safe_harbor/leaked"] = float(self.evaluation.leaked)
        for category, result in self.evaluation.safe_harbor.items():
            for key, value in result.to_json().items():
                out[f"safe_harbor/{category}/{key}"] = float(value)
        for label, count in sorted(self.stats.spans.items()):
            out[f"redacted/{label}"] = float(count)
        out["max_residual"] = float(self.max_residual)
        out["residual"] = float(self.stats.residual_total)
        out["residual_records"] = float(self.stats.residual_records)
        for category, count in sorted(self.stats.residual.items()):
            out[f"residual/{category}"] = float(count)
        return out

    def write(self, report_uri: str | None, html_report_uri: str | None = None) -> None:
        """Writes the Markdown report to ``report_uri`` and the HTML one to
        ``html_report_uri`` (by default beside the Markdown one); None writes neither."""
        if report_uri:
            storage.write_bytes(report_uri, self.markdown().encode("utf-8"))
        if html_report_uri or report_uri:
            target = html_report_uri or html_beside(report_uri or "")
            storage.write_bytes(target, self.html().encode("utf-8"))

    def artifact_metadata(self) -> dict[str, Any]:
        """What the redacted logs' KFP artifact carries: records, format, residual lines."""
        return {
            "records": self.stats.records,
            "format": self.stats.format,
            "residual_lines": dict(self.stats.residual_lines),
        }

    def blocks(self) -> list[Block]:
        """The report's content, in order, for both renderings."""
        ev, score = self.evaluation, self.evaluation.score
        o = score.overall
        blocks: list[Block] = [
            Block("h1", "Redaction report"),
            Block(
                "p",
                f"Evaluated on the corpus {self.corpus_uri}: {score.documents} document(s). "
                f"Span F1 {o.f1:.4f} (precision {o.precision:.4f}, recall {o.recall:.4f}), "
                "label-agnostic, micro-averaged; a predicted span matches a gold span at "
                "overlap/union >= 0.5.",
            ),
            Block("h2", "Contract floors"),
        ]
        rows = [
            [name, what, f"{figure:.4f}", str(floor), "pass" if figure >= floor else "FAIL"]
            for name, what, figure, floor in self.floors.figures(ev)
        ]
        blocks.append(_table(["floor", "measures", "figure", "floor value", "verdict"], rows))
        if score.token is not None:
            t = score.token
            blocks += [
                Block("h2", "Token view (de-identification)"),
                Block(
                    "p",
                    f"Word tokens: precision {t.precision:.4f}, recall {t.recall:.4f}, "
                    f"F1 {t.f1:.4f}. PII words hidden: {t.tp} of {t.tp + t.fn}; "
                    f"surviving: {t.fn}. Non-PII words hidden: {t.fp}.",
                ),
            ]
        blocks.append(Block("h2", "Per label"))
        label_rows = [
            [
                label,
                _f(c.precision),
                _f(c.recall),
                _f(c.f1),
                _f(score.label_token_recall(label)),
                str(self.stats.spans.get(label, 0)),
            ]
            for label, c in sorted(score.per_label.items())
        ]
        headers = ["label", "precision", "recall", "F1", "token recall", "redacted in the logs"]
        blocks.append(_table(headers, label_rows))
        if score.per_style:
            blocks.append(Block("h2", "Per style"))
            style_rows = [
                [
                    style,
                    str(s.documents),
                    _f(s.span.precision),
                    _f(s.span.recall),
                    _f(s.span.f1),
                    _f(s.token.recall),
                    _f(s.token.f1),
                ]
                for style, s in sorted(score.per_style.items())
            ]
            headers = ["style", "documents", "precision", "recall", "F1"]
            blocks.append(_table([*headers, "token recall", "token F1"], style_rows))
        blocks.append(Block("h2", "Safe Harbor identifiers"))
        if ev.safe_harbor:
            sh_rows = [
                [category, str(r.tested), str(r.removed), str(r.leaked)]
                for category, r in ev.safe_harbor.items()
            ]
            tested = sum(r.tested for r in ev.safe_harbor.values())
            sh_rows.append(["all", str(tested), str(tested - ev.leaked), str(ev.leaked)])
            blocks += [
                _table(["category", "examples tested", "removed", "leaked"], sh_rows),
                Block("p", f"{LEAK_RULE} Rendered from this evaluation of {self.corpus_uri}."),
            ]
        else:
            blocks.append(
                Block(
                    "p",
                    f"The corpus {self.corpus_uri} carries no Safe Harbor categories (spans "
                    'with a "category"), so this run has no per-category evidence.',
                )
            )
        blocks.append(Block("h2", "Residual-leak scan"))
        stats = self.stats
        if not stats.residual:
            blocks.append(
                Block(
                    "p",
                    f"Residual scan: clean. No leak-shaped string in any string of the "
                    f"{stats.records} records written (max_residual {self.max_residual}).",
                )
            )
        else:
            res_rows = []
            for category, count in sorted(stats.residual.items()):
                lines = stats.residual_lines.get(category, [])
                shown = ", ".join(str(n) for n in lines[:LINES_SHOWN])
                res_rows.append(
                    [category, str(count), shown + (", ..." if len(lines) > LINES_SHOWN else "")]
                )
            blocks += [
                _table(["category", "hits", "records (line numbers)"], res_rows),
                Block(
                    "p",
                    f"Residual scan: {stats.residual_total} hit(s) in {stats.residual_records} "
                    f"record(s), within max_residual {self.max_residual}. Values are not shown.",
                ),
            ]
        blocks.append(Block("p", f"Records redacted: {stats.records} ({stats.format})."))
        return blocks

    def markdown(self) -> str:
        out: list[str] = []
        for block in self.blocks():
            if block.kind == "h1":
                out += [f"# {block.text}", ""]
            elif block.kind == "h2":
                out += [f"## {block.text}", ""]
            elif block.kind == "p":
                out += [block.text, ""]
            else:
                out.append("| " + " | ".join(block.headers) + " |")
                out.append("| " + " | ".join("---" for _ in block.headers) + " |")
                out += ["| " + " | ".join(row) + " |" for row in block.rows]
                out.append("")
        return "\n".join(out).rstrip("\n") + "\n"

    def html(self) -> str:
        """A self-contained HTML page of the same report (KFP shows HTML artifacts inline)."""
        esc = html.escape
        body: list[str] = []
        for block in self.blocks():
            if block.kind != "table":
                body.append(f"<{block.kind}>{esc(block.text)}</{block.kind}>")
                continue
            head = "".join(f"<th>{esc(h)}</th>" for h in block.headers)
            rows = "".join(
                ('<tr class="fail">' if "FAIL" in row else "<tr>")
                + "".join(f"<td>{esc(c)}</td>" for c in row)
                + "</tr>"
                for row in block.rows
            )
            body.append(f"<table><tr>{head}</tr>{rows}</table>")
        return (
            '<!doctype html>\n<html><head><meta charset="utf-8"><title>Redaction report</title>\n'
            "<style>\nbody { font-family: system-ui, sans-serif; margin: 1.5rem; }\n"
            "table { border-collapse: collapse; } td, th { border: 1px solid #ccc; "
            "padding: .3rem .6rem; }\n.fail { background: #ffebe9; }\n</style></head><body>\n"
            + "\n".join(body)
            + "\n</body></html>\n"
        )


def html_beside(report_uri: str) -> str:
    """Where the HTML report goes when only the Markdown one is named: beside it."""
    return (
        report_uri[: -len(".md")] + ".html" if report_uri.endswith(".md") else report_uri + ".html"
    )


def score_engine(
    corpus_uri: str = REFERENCE,
    floors: Floors | None = None,
    *,
    use_model: bool = True,
    locales: list[str] | None = None,
) -> Evaluation:
    """Step 1 of the contract: scores the engine on the corpus; below a floor, refuses.

    The sharded pipeline runs this once, in its own task, before any shard is redacted
    (components/score_redaction_engine); ``redact_clinical_logs`` runs it inline.

    Args:
        corpus_uri: The annotated corpus; ``"reference"`` is the shipped one.
        floors: The figures the engine must reach (default: ``Floors()``, span F1 0.87).
        use_model: Score the engine with its spaCy model, as the redaction will run it.
        locales: The locale packs the redaction will use (None: the engine's default set).

    Raises:
        CheckFailed: a figure below its floor; the message names the figure and the floor.
        InputError: unusable corpus or locale.
    """
    check_locales(locales)
    engine = build_engine(use_model=use_model, locales=locales)
    evaluation = evaluate_engine(engine, load_corpus(corpus_uri))
    failures = (floors or Floors()).failures(evaluation)
    if failures:
        raise CheckFailed(
            f"redaction on {corpus_uri}: {'; '.join(failures)}; refusing to redact "
            "(nothing was written)"
        )
    return evaluation


def redact_clinical_logs(
    input_uri: str,
    output_uri: str,
    *,
    corpus_uri: str = REFERENCE,
    min_f1: float | None = DEFAULT_MIN_F1,
    min_recall: float | None = None,
    min_token_recall: float | None = None,
    max_residual: int = 0,
    options: RedactOptions | None = None,
    report_uri: str | None = None,
    html_report_uri: str | None = None,
) -> RedactionReport:
    """Redacts a log file under the redaction contract (see the module docstring).

    Args:
        input_uri: JSON Lines (``.jsonl``) or plain text, one record a line.
        output_uri: Where the redacted file goes; written only if every step passes.
        corpus_uri: The annotated corpus to measure on; ``"reference"`` is the shipped one.
        min_f1: The span-level F1 the engine must reach on the corpus (None: no floor).
        min_recall: The span-level recall it must reach (None: no floor).
        min_token_recall: The share of PII words it must hide (None: no floor).
        max_residual: Residual-scan hits the output may hold and still be published.
        options: Text fields, unlisted-text policy, format, workers, placeholders, locales.
        report_uri: Where the Markdown report goes.
        html_report_uri: Where the HTML report goes (default: beside the Markdown one).

    Raises:
        CheckFailed: a figure below its floor (nothing is read or written), an unlisted
            field holding free text with ``on_unlisted_text="fail"``, or more residual hits
            than ``max_residual`` (nothing is published).
        InputError: unusable input, corpus, floor, option or locale.
    """
    floors = Floors.checked(min_f1=min_f1, min_recall=min_recall, min_token_recall=min_token_recall)
    if max_residual < 0:
        raise InputError(f"max_residual is {max_residual}; it must be 0 or more")
    options = options or RedactOptions()
    evaluation = score_engine(
        corpus_uri, floors, use_model=options.use_model, locales=options.locales
    )
    stats = redact_file(input_uri, output_uri, options, max_residual=max_residual)
    report = RedactionReport(evaluation, stats, floors, max_residual, corpus_uri)
    report.write(report_uri, html_report_uri)
    return report
