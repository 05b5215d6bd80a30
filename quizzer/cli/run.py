"""`quizzer run FILE`: run a program in the sandbox, on the reference loop (default) or on real asyncio.

The program's stdout and stderr pass through and the exit status is what `python FILE` gives; a run the sandbox
stopped prints its one-line reason on stderr and exits with the outcome's code (see `quizzer.sandbox.outcomes`).

Except on a terminal: there what the program wrote is shown with its control characters as escapes, but for line
ends, tabs and colours (`on_screen`). The jail keeps the program off this machine, but a terminal acts on what it
is sent: a program run to see what it does wrote the clipboard (OSC 52, pasted later into a shell), retitled the
window, or moved the cursor back over lines to show a tidy ending. A pipe or a file still gets the text as it is.
"""

from __future__ import annotations

import sys
import tokenize

import click

from quizzer.cli.options import python_option, python_or_host, write_output


def read_source(path: str) -> str:
    """The program's text, decoded as the interpreter would (a coding cookie or BOM, else UTF-8)."""
    try:
        with tokenize.open(path) as source:
            return source.read()
    except (OSError, SyntaxError, UnicodeDecodeError) as error:
        raise click.FileError(path, hint=str(error)) from None


def format_stats(stats: dict) -> str:
    parts = []
    if "virtual_time" in stats:
        parts.append(f"virtual time {stats['virtual_time']:g} s")
    parts.append(f"real time {stats.get('real_time', 0.0):.3f} s")
    if "tasks" in stats:
        clean_up = stats.get("clean_up_tasks", 0)
        parts.append(f"tasks {stats['tasks']}" + (f" (and {clean_up} of asyncio.run's clean-up)" if clean_up else ""))
    if "steps" in stats:
        parts.append(f"steps {stats['steps']}")
    return "stats: " + ", ".join(parts)


def _shown(stream):
    """How the program's text is written to `stream`: as it is, or on a terminal through `on_screen`."""
    if hasattr(stream, "isatty") and stream.isatty():
        from quizzer.ui.printable import on_screen

        return on_screen
    return lambda text: text


@click.command("run")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=str))
@click.option("--loop", type=click.Choice(["tiny", "asyncio"]), default="tiny", show_default=True,
              help="tiny: quizzer's reference loop on a virtual clock; asyncio: real asyncio in real time.")
@click.option("--trace", "show_trace", is_flag=True, help="Print the timeline of the run on stderr (tiny only).")
@click.option("--trace-json", "trace_json", type=click.Path(dir_okay=False, writable=True, path_type=str),
              default=None, help="Write the trace events to FILE as JSON lines (tiny only).")
@click.option("--explore", "explore_path", type=click.Path(dir_okay=False, writable=True, path_type=str),
              default=None, help="Write a web page that steps through the run to FILE (one HTML file; tiny only).")
@click.option("--stats", "show_stats", is_flag=True, help="Print virtual time, real time, tasks and steps on stderr.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=10.0, show_default=True,
              metavar="SECONDS", help="Stop the program after this many seconds of wall-clock time.")
@python_option
@click.pass_context
def command(ctx: click.Context, file: str, loop: str, show_trace: bool, trace_json: str | None,
            explore_path: str | None, show_stats: bool, timeout: float, python: str | None) -> None:
    """Run FILE in the sandbox, as `python FILE` would but on quizzer's reference loop.

    The reference loop behaves like the asyncio of the Python given with --python (default: the
    Python quizzer runs on); --loop asyncio runs real asyncio of that Python (python3.X on PATH or
    pyenv's installation when it is not the one quizzer runs on).
    """
    from quizzer.sandbox import run_code
    from quizzer.sandbox.outcomes import SANDBOX_STOPS

    tracing = show_trace or trace_json is not None or explore_path is not None
    if tracing and loop != "tiny":
        raise click.UsageError("--trace, --trace-json and --explore need the reference loop (--loop tiny)")
    interpreter = None
    if loop == "asyncio" and python not in (None, python_or_host(None)):
        from quizzer.sandbox.interpreters import find

        found = find(python)
        if found is None:
            raise click.UsageError(f"--loop asyncio --python {python} needs Python {python}: none found "
                                   f"(python{python} on PATH, pyenv's installations)")
        interpreter = found.executable
    source = read_source(file)
    result = run_code(source, loop=loop, filename=file, timeout=timeout, trace=tracing, stats=show_stats,
                      python=python_or_host(python) if loop == "tiny" else None, interpreter=interpreter)
    show_out, show_err = _shown(sys.stdout), _shown(sys.stderr)
    click.echo(show_out(result.stdout), nl=False)
    click.echo(show_err(result.stderr), nl=False, err=True)
    if result.outcome in SANDBOX_STOPS:
        # On a line of its own, after whatever the program had written of its last line when it was stopped. The
        # reason quotes the program (the path it was refused, the API it named).
        click.echo(show_err(("\n" if result.stderr and not result.stderr.endswith("\n") else "") + result.reason),
                   err=True)
    if result.trace is not None:
        from quizzer.tinyloop import trace
        from quizzer.ui.wrap import terminal_width

        if show_trace:  # the program names its tasks and writes the output the timeline quotes
            click.echo(show_err(trace.render_timeline(result.trace, width=terminal_width())), err=True)
        if trace_json is not None:
            write_output(trace_json, trace.to_json_lines(result.trace))
    if explore_path is not None:
        from quizzer.explorer import explorer_page

        write_output(explore_path, explorer_page(source, filename=file, result=result))
    if show_stats and result.stats is not None:
        click.echo(format_stats(result.stats), err=True)
    ctx.exit(result.exit_code)
