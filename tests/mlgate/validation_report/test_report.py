"""The HTML report: failures first, passing rules collapsed, a picture per column, offline.

The browser test opens the report in headless Chromium (Debian's ``chromium``) at
1280 px, checks there is no horizontal scroll, and saves a screenshot. Without
Chromium it skips, unless ``MLGATE_REQUIRE_BROWSER=1`` makes that a failure (CI).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from mlgate.data.contract import parse_suite
from mlgate.data.validation import render_html, validate_table
from tests.conftest import REPO

CONTRACT = """
name: admissions_with_a_rather_long_contract_name_that_must_wrap_rather_than_widen_the_page
row_count: {min: 1}
primary_key: [admission_id]
freshness: {column: admitted_at, max_age_hours: 100000}
columns:
  - {name: admission_id, type: int}
  - {name: patient_name, type: str, sensitive: true, regex: "^[A-Z][a-z]+ [A-Z][a-z]+$"}
  - {name: age, type: int, min: 0, max: 110}
  - {name: weight_kg, type: float, nullable: true, max_null_fraction: 0.2, min: 2, max: 250}
  - {name: ward, type: str, allowed: [cardiology, oncology, neurology, surgery]}
  - {name: admitted_at, type: datetime}
  - {name: discharged, type: bool}
  - {name: note, type: str, nullable: true}
checks:
  - {name: weight_over_age_is_silly_but_wide, type: greater_than, left: weight_kg, right: age}
"""
SENSITIVE_NAMES = ["Ada Lovelace", "Alan Turing", "Grace Hopper"]


def _table(rows: int = 400) -> pd.DataFrame:
    rng = np.random.default_rng(3)
    frame = pd.DataFrame(
        {
            "admission_id": np.arange(rows),
            "patient_name": [SENSITIVE_NAMES[i % 3] for i in range(rows)],
            "age": rng.integers(0, 100, rows),
            "weight_kg": rng.normal(75, 15, rows),
            "ward": rng.choice(["cardiology", "oncology", "neurology", "surgery"], rows),
            "admitted_at": pd.Timestamp("2025-01-01")
            + pd.to_timedelta(rng.integers(0, 300, rows), "D"),
            "discharged": rng.random(rows) < 0.7,
            "note": ["x" * 300 if i == 7 else None for i in range(rows)],
        }
    )
    frame.loc[3, "age"] = 140  # out of range
    frame.loc[5, "ward"] = "a-ward-name-so-long-that-it-could-push-the-table-wider-than-the-window"
    frame.loc[9, "patient_name"] = "lowercase name"  # sensitive: must not be shown
    return frame


def _report() -> tuple[str, object]:
    suite = parse_suite(CONTRACT, "admissions.yaml")
    result = validate_table(_table(), suite, profile=True)
    return render_html(result), result


def test_failures_first_then_passing_rules_collapsed() -> None:
    page, result = _report()
    assert not result.passed  # type: ignore[attr-defined]
    failures = page.index("Failures and warnings")
    details = page.index("<details>")
    assert failures < details < page.index("passing rules</summary>")
    assert page.index("columns.age.range") < details
    assert page.index("columns.admission_id.present") > details


def test_every_column_but_the_sensitive_one_has_a_picture_with_its_bounds() -> None:
    page, _ = _report()
    cards = re.findall(r'<section class="card[^"]*"><h3>([^<]+)</h3>(.*?)</section>', page, re.S)
    by_name = dict(cards)
    assert set(by_name) == {
        "admission_id", "patient_name", "age", "weight_kg", "ward", "admitted_at", "discharged", "note",
    }  # fmt: skip
    assert "<svg" not in by_name["patient_name"] and "withheld" in by_name["patient_name"]
    for name in ("admission_id", "age", "weight_kg", "ward", "admitted_at", "discharged", "note"):
        assert "<svg" in by_name[name], name
    assert "histogram of age" in by_name["age"] and "contract min" in by_name["age"]
    assert "contract max" in by_name["age"]
    assert "most frequent values of ward" in by_name["ward"]
    assert "#cf222e" in by_name["ward"]  # the value outside the allowed set is drawn red
    assert "histogram of admitted_at" in by_name["admitted_at"]


def test_sensitive_values_are_nowhere_in_the_page() -> None:
    page, _ = _report()
    for name in [*SENSITIVE_NAMES, "lowercase name"]:
        assert name not in page


def test_the_page_is_self_contained() -> None:
    page, _ = _report()
    assert "<script" not in page.lower()
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    assert "@import" not in page and "url(" not in page


def test_a_report_renders_without_a_profile() -> None:
    suite = parse_suite(CONTRACT, "admissions.yaml")
    page = render_html(validate_table(_table(), suite))
    assert "Columns (" not in page and "columns.age.range" in page


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    message = "headless Chromium not installed (Debian: apt-get install chromium)"
    if os.environ.get("MLGATE_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{message}, and MLGATE_REQUIRE_BROWSER=1")
    pytest.skip(message)


def _headless(browser: str, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         "--no-first-run", "--disable-extensions", f"--user-data-dir={home}",
         "--window-size=1280,900", *args],
        capture_output=True, text=True, timeout=120, env={**os.environ, "HOME": str(home)},
    )  # fmt: skip


def test_report_in_headless_chromium_at_1280px(tmp_path: Path) -> None:
    browser = _chromium()
    page, _ = _report()
    report = tmp_path / "report.html"
    report.write_text(page, encoding="utf-8")
    # The report has no script; this copy adds one that writes the page's widths into
    # its title, which --dump-dom then shows.
    probe = tmp_path / "probe.html"
    probe.write_text(
        page.replace(
            "</body>",
            "<script>document.title = 'widths ' + document.documentElement.scrollWidth + ' '"
            " + document.documentElement.clientWidth + ' ' + document.body.scrollWidth + ' '"
            " + document.querySelectorAll('svg').length;</script></body>",
        ),
        encoding="utf-8",
    )
    dumped = _headless(browser, "--dump-dom", probe.as_uri(), home=tmp_path / "home")
    found = re.search(r"<title>widths (\d+) (\d+) (\d+) (\d+)</title>", dumped.stdout)
    assert found, dumped.stderr[-2000:]
    scroll, client, body, pictures = map(int, found.groups())
    assert client <= 1280
    assert scroll <= client and body <= client, f"horizontal scroll: {scroll} > {client}"
    assert pictures == 7  # every column but the sensitive one

    shots = REPO / ".mlgate" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    shot = shots / "validation_report_1280.png"
    taken = _headless(
        browser, f"--screenshot={tmp_path / 'report.png'}", "--window-size=1280,2400",
        report.as_uri(), home=tmp_path / "home",
    )  # fmt: skip
    assert (tmp_path / "report.png").exists(), taken.stderr[-2000:]
    shutil.copyfile(tmp_path / "report.png", shot)
    print(f"\nscreenshot of the report at 1280 px: {shot}")
