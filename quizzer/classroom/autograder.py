"""A Gradescope autograder, ready to upload: quizzer grades each submission in Gradescope's own container.

Gradescope (https://gradescope-autograders.readthedocs.io/en/latest/specs/) builds an image from an
uploaded zip by running its `setup.sh` once, then runs `run_autograder` for every submission, in a
fresh container, with the zip's contents in /autograder/source, the student's files in
/autograder/submission, and the result expected in /autograder/results/results.json. The zip holds:

    setup.sh                       installs Python >= 3.11 and bubblewrap when missing (apt), then
                                   quizzer from the wheel below into /autograder/venv (its
                                   dependencies from PyPI), and computes the pack's answer keys once
    run_autograder                 `quizzer grade --format gradescope` on the submission; whatever
                                   happens, it leaves a results.json (score 0 and why, at worst)
    quizzer-VERSION-py3-none-any.whl   the quizzer that built the zip (see `wheel`)
    pack.yaml                      the pack the students took
    bank/*.yaml                    the bank with its keys (never shown to students)

Both scripts take the root from AUTOGRADER_ROOT (default /autograder), so the autograder can be
tried on any machine in a folder laid out like Gradescope's.
"""

from __future__ import annotations

import shlex
import tempfile
from pathlib import Path

from quizzer.classroom.wheel import quizzer_wheel, write_zip

SETUP = """\
#!/usr/bin/env bash
# Built by `quizzer autograder gradescope`. Gradescope runs this once, as root, when it builds the
# autograder's image: it installs quizzer (the wheel beside this script; its dependencies come from
# PyPI) into a virtualenv, with bubblewrap, the jail quizzer runs students' programs in.
set -euo pipefail
source_dir="$(cd "$(dirname "${{BASH_SOURCE[0]}}")" && pwd)"
root="${{AUTOGRADER_ROOT:-/autograder}}"

# quizzer needs Python 3.11 or newer: the newest python3.X on PATH, else the distribution's python3.11.
recent() {{ "$1" -c 'import sys, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }}
python="${{QUIZZER_PYTHON:-}}"
if [ -z "$python" ]; then
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null && recent "$candidate"; then python="$candidate"; break; fi
  done
fi
missing=()
[ -n "$python" ] || missing+=(python3.11 python3.11-venv)
command -v bwrap >/dev/null || missing+=(bubblewrap)
if [ "${{#missing[@]}}" -gt 0 ]; then
  echo "installing ${{missing[*]}}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${{missing[@]}}"
  python="${{python:-python3.11}}"
fi

"$python" -m venv "$root/venv"
"$root/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$source_dir"/{wheel}
"$root/venv/bin/quizzer" --version

# Grade a blank submission of every variant: it proves the install works and computes the pack's
# answer keys once, into the image, instead of once per submission.
check="$(mktemp -d)"
for variant in {variants}; do
  mkdir -p "$check/$variant/submission"
  printf 'student: setup-check\\nvariant: %s\\nanswers: {{}}\\n' "$variant" > "$check/$variant/submission/blank.yaml"
  "$root/venv/bin/quizzer" grade --format gradescope --pack "$source_dir/pack.yaml" --bank "$source_dir/bank" \\
      --cache-dir "$root/cache" --out "$check/$variant/results" "$check/$variant/submission"
done
rm -rf "$check"
echo "quizzer's autograder is ready"
"""

RUN = """\
#!/usr/bin/env bash
# Built by `quizzer autograder gradescope`. Gradescope runs this for every submission, in a fresh
# container: it grades the one file in submission/ against the pack and writes results/results.json.
set -uo pipefail
root="${{AUTOGRADER_ROOT:-/autograder}}"
mkdir -p "$root/results"
rm -f "$root/results/results.json"
"$root/venv/bin/quizzer" grade --format gradescope --pack "$root/source/pack.yaml" --bank "$root/source/bank" \\
    --cache-dir "$root/cache" --out "$root/results" --timeout {timeout} \\
    --visibility {tests} --answer-visibility {answers} --stdout-visibility {stdout} "$root/submission"
status=$?
if [ ! -s "$root/results/results.json" ]; then
  # quizzer itself failed (its messages are above, in the log only the instructor sees): the student
  # still gets a result, with the pack's maximum and a reason.
  echo "quizzer exited with status $status without writing results.json"
  cat > "$root/results/results.json" <<'RESULTS'
{fallback}RESULTS
fi
exit 0
"""


def build_gradescope_autograder(out: Path, *, bank_path: Path, pack_path: Path, pack, max_score, visibility,
                                timeout: float) -> list[str]:
    """Write the autograder zip to `out`; returns the names of its files."""
    from quizzer.bank.loader import bank_files
    from quizzer.classroom.gradebook.gradescope import failed_results, to_json

    with tempfile.TemporaryDirectory() as scratch:
        wheel = quizzer_wheel(Path(scratch))
        fallback = failed_results("The autograder could not run quizzer on this submission; your instructor can "
                                  "see why in the autograder's log.", max_score, visibility, title=pack.title)
        members = {
            "setup.sh": SETUP.format(wheel=wheel.name, variants=" ".join(shlex.quote(v) for v in pack.variant_names)),
            "run_autograder": RUN.format(timeout=timeout, tests=visibility.tests, answers=visibility.answers,
                                         stdout=visibility.stdout, fallback=to_json(fallback)),
            wheel.name: wheel.read_bytes(),
            "pack.yaml": pack_path.read_bytes(),
        }
        for path in bank_files(bank_path):
            members[f"bank/{path.name}"] = path.read_bytes()
    write_zip(out, members, executable={"setup.sh", "run_autograder"})
    return sorted(members)
