"""`quizzer doctor` says which protections are active and why any is missing; runs without the jail warn once."""

import textwrap

from click.testing import CliRunner

from quizzer.cli import main


def doctor():
    return CliRunner().invoke(main, ["doctor"])


def test_with_the_jail_every_protection_is_listed_as_ok(jailed):
    result = doctor()
    assert result.exit_code == 0
    names = [line.split("  ")[0] for line in result.stdout.splitlines()]
    assert names == ["bubblewrap", "user namespaces", "jail", "unprivileged uid", "seccomp filter",
                     "resource limits", "audit-hook policy"]
    assert "MISSING" not in result.stdout
    assert "jail               ok       each run in its own user, pid, mount, network and ipc namespaces" \
        in result.stdout


def test_without_bubblewrap_doctor_says_what_is_missing_and_how_to_install_it(unjailed):
    result = doctor()
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == ("bubblewrap         MISSING  not found; install bubblewrap: `sudo apt install bubblewrap` "
                        "(Debian, Ubuntu), `sudo dnf install bubblewrap` (Fedora), `sudo pacman -S bubblewrap` "
                        "(Arch)")
    assert lines[2].startswith("jail               MISSING  bubblewrap (bwrap) is not installed;")
    assert "quizzer grade refuses students' programs unless --trust-submissions" in lines[2]


def test_without_the_jail_run_warns_once_and_still_runs(unjailed, tmp_path):
    program = tmp_path / "prog.py"
    program.write_text(textwrap.dedent("""\
        print("hello")
    """))
    for _ in range(2):
        result = CliRunner().invoke(main, ["run", str(program)])
        assert (result.exit_code, result.stdout) == (0, "hello\n")
    assert unjailed == ["bubblewrap (bwrap) is not installed; install bubblewrap: `sudo apt install bubblewrap` "
                        "(Debian, Ubuntu), `sudo dnf install bubblewrap` (Fedora), `sudo pacman -S bubblewrap` "
                        "(Arch)"]


def test_the_warning_is_one_line_on_stderr(capsys):
    from quizzer.sandbox.runner import warn_unjailed

    warn_unjailed("bubblewrap (bwrap) is not installed")
    assert capsys.readouterr().err == ("warning: running programs without the jail: bubblewrap (bwrap) is not "
                                       "installed; only the audit-hook policy guards this machine\n")
