"""profile_dataset's logic: a table in, a small profile JSON out."""

from pathlib import Path

import pytest

from mlgate.components.profile_dataset.logic import profile_dataset
from mlgate.data.profile import Profile
from mlgate.errors import InputError


def test_profiles_the_sample_table(tmp_path: Path) -> None:
    out = tmp_path / "profile.json"
    profile = profile_dataset("sample:breast_cancer", str(out), label="target")
    assert Profile.parse(out.read_bytes()) == profile
    assert profile.rows == 569 and len(profile.columns) == 30 and profile.label == "target"
    assert out.stat().st_size < 16_000


def test_a_missing_label_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="'diagnosis'.*not in the table"):
        profile_dataset("sample:breast_cancer", str(tmp_path / "p.json"), label="diagnosis")
    assert not (tmp_path / "p.json").exists()
