"""Record what real asyncio of every supported Python prints for the version-sensitive corpus.

    python tests/differential/record_versions.py [--runs N] [NAME ...]

Each program of `versions/` runs as `python3.X FILE` on each supported version this machine has (found as
`quizzer check --differential` finds them: see `quizzer.sandbox.interpreters`), N times (default 3); the runs
must agree, or the program is reported as unstable and nothing is written. The results go to
`versions.recorded.json`: per program and version, stdout, exit status and the exception line. Versions this
machine lacks keep their old recording. `test_versions.py` compares tinyloop modelling each version with these
recordings, and with live runs where the interpreter is present.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from quizzer.sandbox import interpreters
from quizzer.tinyloop.versions import SUPPORTED

try:
    from .test_differential import exception_line
except ImportError:  # run as a script: make the test package importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from differential.test_differential import exception_line

HERE = Path(__file__).parent
PROGRAMS_DIR = HERE / "versions"
RECORDED = HERE / "versions.recorded.json"
VERSIONS = tuple(f"{major}.{minor}" for major, minor in SUPPORTED)
TIMEOUT = 30.0


def programs() -> list[Path]:
    return sorted(PROGRAMS_DIR.glob("ver_*.py"))


def run_real(path: Path, executable: str, cwd: str) -> dict:
    """`python FILE` on `executable`: what it printed, its exit status, its exception line (for status 1)."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    for name in ("PYTHONUNBUFFERED", "PYTHONPATH", "PYTHONHOME", "PYTHONWARNINGS", "PYTHONDEVMODE"):
        env.pop(name, None)
    try:
        proc = subprocess.run([executable, str(path)], cwd=cwd, env=env, capture_output=True, timeout=TIMEOUT,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return {"stdout": "", "exit_code": None, "exception": None, "timed_out": True}
    stdout = proc.stdout.decode("utf-8", "replace")
    stderr = proc.stderr.decode("utf-8", "replace")
    status = proc.returncode if proc.returncode >= 0 else 128 - proc.returncode
    return {"stdout": stdout, "exit_code": status, "exception": exception_line(stderr) if status == 1 else None}


def load() -> dict:
    if RECORDED.exists():
        return json.loads(RECORDED.read_text(encoding="utf-8"))
    return {"interpreters": {}, "programs": {}}


def record(names: list[str], runs: int) -> int:
    found = {version: interpreters.find(version) for version in VERSIONS}
    for version, interpreter in found.items():
        print(f"{version}: {interpreter.executable + ' (' + interpreter.release + ')' if interpreter else 'absent'}",
              file=sys.stderr)
    selected = [path for path in programs() if not names or path.stem in names]
    jobs = [(path, version, run) for path in selected for version, interpreter in found.items() if interpreter
            for run in range(runs)]
    results: dict = {}
    with tempfile.TemporaryDirectory() as cwd, cf.ThreadPoolExecutor(max_workers=2) as pool:
        futures = {pool.submit(run_real, path, found[version].executable, cwd): (path.stem, version)
                   for path, version, _ in jobs}
        for future, key in futures.items():
            results.setdefault(key, []).append(future.result())
    unstable = []
    recorded = load()
    for (name, version), outcomes in sorted(results.items()):
        first = outcomes[0]
        if first.get("timed_out") or any(outcome != first for outcome in outcomes[1:]):
            unstable.append(f"{name} on {version}: " + ("timed out" if first.get("timed_out") else
                                                         f"{len({json.dumps(o) for o in outcomes})} different outcomes"))
            continue
        recorded["programs"].setdefault(name, {})[version] = first
    if unstable:
        print("not recorded, the runs disagree:\n  " + "\n  ".join(unstable), file=sys.stderr)
        return 1
    for version, interpreter in found.items():
        if interpreter is not None:
            recorded["interpreters"][version] = interpreter.release
    known = {path.stem for path in programs()}
    recorded["programs"] = {name: recorded["programs"][name] for name in sorted(recorded["programs"]) if name in known}
    RECORDED.write_text(json.dumps(recorded, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"recorded {len(selected)} program(s) on {', '.join(v for v, i in found.items() if i)}", file=sys.stderr)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="program names (file stems) to re-record; default: all")
    parser.add_argument("--runs", type=int, default=3, help="runs per program and version, which must agree")
    options = parser.parse_args()
    return record(options.names, options.runs)


if __name__ == "__main__":
    sys.exit(main())
