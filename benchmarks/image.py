"""Benchmark: the component image. Size, cold build against a one-line rebuild, start-up.

    BASE_IMAGE=mlgate/debian-python:bookworm-slim python benchmarks/image.py

1. Cold build: the wheelhouse and ``docker build`` with no layer cache.
2. Reproducibility: a second cold build from the same inputs; are the image id, the
   layers and the installed files (/opt/mlgate, content-hashed) the same?
3. Rebuild after a one-line change to mlgate (in a copy of the repository):
   only the mlgate wheel and the last layers should rebuild. Prints the ratio.
4. Size of the image and what takes the space.
5. Start-up: from ``docker run`` to a component's first log line, against the same
   code in a local ``python`` process, and the function's own time in-process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mlgate.gitops.build import build_image, docker_client, make_wheelhouse

REPO = Path(__file__).resolve().parents[1]
TAGS = {"runtime": "mlgate/python-runtime:bench", "redaction": "mlgate/redaction-runtime:bench"}
TAG = TAGS["runtime"]
SNIPPET = (
    "from mlgate.components.load_dataset.logic import load_dataset; "
    "print('first log', flush=True); "
    "load_dataset('sample:breast_cancer', '/tmp/out.parquet')"
)


def _timed_build(root: Path, base: str, *, nocache: bool) -> tuple[float, dict[str, str]]:
    """Wheelhouse and both images (runtime, then redaction on top of it)."""
    client = docker_client()
    start = time.perf_counter()
    make_wheelhouse(root, root / "images" / "base")
    ids = {
        target: build_image(
            root / "images" / "base",
            tag,
            base_image=base,
            client=client,
            log=lambda _: None,
            nocache=nocache,
            target=target,
        )
        for target, tag in TAGS.items()
    }
    return time.perf_counter() - start, ids


def _file_set(image_id: str) -> str:
    """sha256 over the path and content of every file the image installs under /opt/mlgate."""
    script = "cd /opt/mlgate && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum"
    return subprocess.run(
        ["docker", "run", "--rm", "--entrypoint", "sh", image_id, "-c", script],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()[0]


def _compare_builds(target: str, first: str, second: str) -> None:
    client = docker_client()
    layers = [client.images.get(i).attrs["RootFS"]["Layers"] for i in (first, second)]
    same = sum(a == b for a, b in zip(*layers, strict=True))
    print(f"{target} image, two cold builds from the same inputs:")
    verdict = "identical" if first == second else "differ"
    print(f"  image ids {verdict}: {first[7:19]} / {second[7:19]}")
    print(f"  layers identical: {same} of {len(layers[0])}")
    files = _file_set(first), _file_set(second)
    print(f"  installed files (/opt/mlgate): {'identical' if files[0] == files[1] else 'DIFFER'}")


def _first_line_seconds(command: list[str]) -> float:
    start = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
        assert process.stdout is not None
        process.stdout.readline()
        elapsed = time.perf_counter() - start
        process.wait()
    return elapsed


def main() -> None:
    base = os.environ.get("BASE_IMAGE", "python:3.11-slim")
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "repo"
        files = subprocess.run(
            ["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True
        ).stdout.split()
        for name in files:
            target = copy / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if (REPO / name).is_symlink():
                target.symlink_to(os.readlink(REPO / name))
            else:
                shutil.copy2(REPO / name, target)  # modes too: the Dockerfile runs a script
        cold, first = _timed_build(copy, base, nocache=True)
        _, second = _timed_build(copy, base, nocache=True)  # same inputs, no cache again
        init = copy / "mlgate" / "__init__.py"
        init.write_text(init.read_text() + "\n# a one-line change\n")
        warm, ids = _timed_build(copy, base, nocache=False)
    print(f"cold build (no cache):            {cold:7.1f} s")
    print(f"rebuild after a one-line change:  {warm:7.1f} s   ratio {warm / cold:.2f} of cold")

    for target in TAGS:
        _compare_builds(target, first[target], second[target])

    image = docker_client().images.get(ids["runtime"])
    redaction = docker_client().images.get(ids["redaction"])
    print(f"runtime image size: {image.attrs['Size'] / 1e6:.0f} MB (target < 600 MB)")
    print(
        f"redaction image: {redaction.attrs['Size'] / 1e6:.0f} MB, of which "
        f"{(redaction.attrs['Size'] - image.attrs['Size']) / 1e6:.0f} MB are its own layer"
    )
    for layer in image.history()[:6]:
        if layer["Size"] > 1e6:
            print(f"  {layer['Size'] / 1e6:7.0f} MB  {layer['CreatedBy'][:90]}")
    usage = subprocess.run(
        [
            "docker",
            "run",
            "--rm",
            "--entrypoint",
            "sh",
            TAG,
            "-c",
            "du -s /opt/mlgate/lib/python3.11/site-packages/* | sort -rn | head -6",
        ],
        capture_output=True,
        text=True,
    ).stdout
    print("  largest packages (KB):\n" + "\n".join("    " + line for line in usage.splitlines()))

    runs = 3
    container = min(
        _first_line_seconds(["docker", "run", "--rm", TAG, "python3", "-c", SNIPPET])
        for _ in range(runs)
    )
    local = min(_first_line_seconds([sys.executable, "-c", SNIPPET]) for _ in range(runs))
    from mlgate.components.load_dataset.logic import load_dataset

    start = time.perf_counter()
    load_dataset("sample:breast_cancer", str(Path(tempfile.mkdtemp()) / "out.parquet"))
    in_process = time.perf_counter() - start
    print(f"start to first log, container:      {container:6.2f} s")
    print(
        f"start to first log, local process:  {local:6.2f} s   "
        f"container / local {container / local:.2f}"
    )
    print(f"the function itself, in-process:    {in_process:6.2f} s")


if __name__ == "__main__":
    main()
