"""KFP shell for score_redaction_engine."""

from kfp.dsl import Artifact, Output

from mlgate.component import component


@component(image="redaction")
def score_redaction_engine(
    evaluation: Output[Artifact],
    min_f1: float = 0.87,
    min_recall: float = 0.0,
    min_token_recall: float = 0.0,
    corpus_uri: str = "reference",
    locales: list = [],  # noqa: B006 - KFP reads defaults from here
) -> None:
    """Scores the PII redactor on an annotated corpus, once; below any floor, refuses.

    The first step of sharded redaction: the redact_log_shard tasks run after it, so an
    engine below a floor redacts nothing. merge_redacted_logs renders the report and the
    metrics from its evaluation. Figures and counts only: no corpus text is logged.

    Args:
        evaluation: The evaluation (JSON): span and token figures, per label and style,
            Safe Harbor counts, the floors it passed and the engine settings it measured;
            written only if every floor holds.
        min_f1: The span-level F1 floor of the contract.
        min_recall: The span-level recall floor; 0 means no floor.
        min_token_recall: The token-level recall floor (share of PII words hidden); 0 means
            no floor.
        corpus_uri: The annotated corpus (JSONL); "reference" is the one mlgate ships.
        locales: Locale packs, e.g. ["en-AU", "en-US"]; empty means the engine's default set.
            Give the shards the same.
    """
    from mlgate.components.score_redaction_engine.logic import score_redaction_engine as score

    scored = score(
        evaluation.path,
        corpus_uri=corpus_uri,
        min_f1=min_f1,
        min_recall=min_recall or None,
        min_token_recall=min_token_recall or None,
        locales=locales or None,
    )
    overall = scored.evaluation.score.overall
    evaluation.metadata.update(
        {
            "corpus": corpus_uri,
            "documents": scored.evaluation.score.documents,
            "f1": overall.f1,
            "recall": overall.recall,
        }
    )
    print("\n".join(scored.evaluation.summary()))
