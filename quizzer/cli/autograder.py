"""`quizzer autograder gradescope`: a zip to upload to Gradescope, which then grades every submission itself."""

from __future__ import annotations

from pathlib import Path

import click

from quizzer.cli.options import answer_timeout_option, bank_option, visibility_options


@click.group("autograder")
def command():
    """Build an autograder for a course platform, which then runs quizzer on every submission."""


@command.command("gradescope")
@bank_option
@click.option("--pack", "pack_path", type=click.Path(dir_okay=False, exists=True, path_type=Path), required=True,
              metavar="PACK",
              help="The pack the students take.")
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The zip to write (upload it as the assignment's autograder).")
@visibility_options
@answer_timeout_option
def gradescope(bank_path, pack_path, out_path, visibility, timeout):
    """Write a Gradescope autograder for PACK: setup.sh, run_autograder, quizzer, the pack and the bank.

    Upload the zip on the assignment's "Configure Autograder" page. Gradescope runs setup.sh once (it
    installs Python 3.11+ and bubblewrap if the image lacks them, and quizzer into a virtualenv), then
    run_autograder for every submission: the student uploads the one YAML or JSON file that
    `quizzer quiz --pack PACK --save FILE` wrote. Each question is a test worth its points; by default
    students see their score and feedback at once and the right answers when you publish the grades.
    Anything that cannot be graded (no file, two files, a malformed one) scores 0 with the reason.
    """
    from quizzer.bank.locate import default_bank_path
    from quizzer.classroom.autograder import build_gradescope_autograder
    from quizzer.classroom.gradebook.gradescope import Visibility, pack_max_score
    from quizzer.cli.options import load_bank_or_fail, load_pack_or_fail

    bank = load_bank_or_fail(bank_path)
    pack = load_pack_or_fail(pack_path)
    missing = sorted({item.id for variant in pack.variants for item in variant.items if bank.get(item.id) is None})
    if missing:
        raise click.ClickException(f"{pack_path}: question(s) {', '.join(missing)} of the pack are not in the bank "
                                   f"({bank_path or default_bank_path()}); pass the pack's bank with --bank")
    try:
        names = build_gradescope_autograder(out_path, bank_path=Path(bank_path) if bank_path else default_bank_path(),
                                            pack_path=pack_path, pack=pack, max_score=pack_max_score(bank, pack),
                                            visibility=visibility or Visibility(), timeout=timeout)
    except OSError as error:
        raise click.ClickException(f"cannot write {out_path}: {error.strerror or error}") from None
    click.echo(f"wrote {out_path}: {', '.join(names)}")
