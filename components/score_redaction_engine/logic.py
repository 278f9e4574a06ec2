"""Step 1 of the redaction contract, alone: score the engine once, before any shard is redacted.

The sharded pipeline runs this task first; the shard tasks wait for it, so an engine
below a floor redacts nothing, as in ``redact_clinical_logs``. The evaluation it writes
(``ScoredEngine``: the figures, the floors, the corpus, and the engine settings they
were measured with) is what merge_redacted_logs renders the report and metrics from,
and what it checks the shards against: the corpus is scored once, not once a shard.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, ValidationError

from mlgate import storage
from mlgate.components.redact_clinical_logs.logic import DEFAULT_MIN_F1, score_engine
from mlgate.errors import InputError, describe_validation_error
from mlgate.redaction import REFERENCE
from mlgate.redaction.corpus import Evaluation, Floors

__all__ = ["ScoredEngine", "score_redaction_engine"]


class ScoredEngine(BaseModel):
    """An evaluation that passed its floors, and what it was measured under.

    Attributes:
        corpus_uri: The annotated corpus it was measured on.
        floors: The floors it passed.
        use_model: Whether the engine ran its spaCy model.
        locales: The locale packs it read national formats in (None: its default set).
        evaluation: The figures: span and token views, per label and style, Safe Harbor.
    """

    # ser_json_inf_nan: a corpus scored faster than the clock ticks has an infinite speed.
    model_config = ConfigDict(extra="forbid", frozen=True, ser_json_inf_nan="constants")

    corpus_uri: str
    floors: Floors
    use_model: bool
    locales: list[str] | None
    evaluation: Evaluation

    def write(self, uri: str) -> None:
        storage.write_bytes(uri, self.model_dump_json(indent=1).encode("utf-8"))

    @classmethod
    def read(cls, uri: str) -> ScoredEngine:
        """Reads what ``score_redaction_engine`` wrote.

        Raises:
            InputError: the file is not such an evaluation (the message names the field).
        """
        try:
            return cls.model_validate_json(storage.read_bytes(uri))
        except ValidationError as exc:
            raise InputError(
                f"{uri}: not an evaluation from score_redaction_engine: "
                f"{describe_validation_error(exc)}; pass that task's evaluation output"
            ) from None


def score_redaction_engine(
    evaluation_uri: str,
    *,
    corpus_uri: str = REFERENCE,
    min_f1: float | None = DEFAULT_MIN_F1,
    min_recall: float | None = None,
    min_token_recall: float | None = None,
    use_model: bool = True,
    locales: list[str] | None = None,
) -> ScoredEngine:
    """Scores the engine on the corpus and writes the evaluation, only if it passes every floor.

    Args:
        evaluation_uri: Where the evaluation (JSON) goes; nothing is written on a refusal.
        corpus_uri: The annotated corpus to measure on; ``"reference"`` is the shipped one.
        min_f1: The span-level F1 the engine must reach on the corpus (None: no floor).
        min_recall: The span-level recall it must reach (None: no floor).
        min_token_recall: The share of PII words it must hide (None: no floor).
        use_model: Score the engine with its spaCy model (the shards must match).
        locales: Locale packs (None: the engine's default set; the shards must match).

    Raises:
        CheckFailed: a figure below its floor; the message names the figure and the floor.
        InputError: unusable corpus, floor or locale.
    """
    floors = Floors.checked(min_f1=min_f1, min_recall=min_recall, min_token_recall=min_token_recall)
    evaluation = score_engine(corpus_uri, floors, use_model=use_model, locales=locales)
    scored = ScoredEngine(
        corpus_uri=corpus_uri,
        floors=floors,
        use_model=use_model,
        locales=locales,
        evaluation=evaluation,
    )
    scored.write(evaluation_uri)
    return scored
