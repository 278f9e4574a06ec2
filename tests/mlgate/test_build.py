"""Stripping debug info from wheels: smaller objects, a consistent RECORD, nothing else touched."""

from __future__ import annotations

import base64
import hashlib
import shutil
import zipfile
from pathlib import Path

import pytest

from mlgate.gitops.build import strip_debug_info


def _debug_object() -> bytes:
    import spacy.tokens.doc as doc  # spaCy's wheels ship their modules with debug info

    data = Path(doc.__file__).read_bytes()
    assert b".debug_info" in data
    return data


def _hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


@pytest.mark.skipif(shutil.which("strip") is None, reason="binutils' strip is not installed")
def test_strip_removes_debug_info_and_keeps_the_record_true(tmp_path: Path) -> None:
    obj, vendored = _debug_object(), _debug_object()
    files = {
        "pkg/__init__.py": b"x = 1\n",
        "pkg/fast.cpython-311-x86_64-linux-gnu.so": obj,
        "pkg.libs/libvendored.so.1": vendored,  # auditwheel's: must not be touched
    }
    record = "".join(f"{name},{_hash(data)},{len(data)}\n" for name, data in files.items())
    record += "pkg-1.0.dist-info/RECORD,,\n"
    wheel = tmp_path / "pkg-1.0-cp311-cp311-linux_x86_64.whl"
    with zipfile.ZipFile(wheel, "w") as out:
        for name, data in files.items():
            out.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), data)
        out.writestr("pkg-1.0.dist-info/RECORD", record)

    saved = strip_debug_info(wheel)

    with zipfile.ZipFile(wheel) as result:
        assert result.namelist() == [*files, "pkg-1.0.dist-info/RECORD"]
        stripped = result.read("pkg/fast.cpython-311-x86_64-linux-gnu.so")
        assert b".debug_info" not in stripped and saved == len(obj) - len(stripped) > 0
        assert result.read("pkg.libs/libvendored.so.1") == vendored
        assert result.read("pkg/__init__.py") == b"x = 1\n"
        assert result.getinfo("pkg/__init__.py").date_time == (2020, 1, 1, 0, 0, 0)
        lines = dict(
            line.split(",", 1)
            for line in result.read("pkg-1.0.dist-info/RECORD").decode().splitlines()
        )
        assert (
            lines["pkg/fast.cpython-311-x86_64-linux-gnu.so"]
            == f"{_hash(stripped)},{len(stripped)}"
        )
    assert strip_debug_info(wheel) == 0  # a second pass finds nothing to do
