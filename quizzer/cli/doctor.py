"""`quizzer doctor`: which of the sandbox's protections are active on this machine, and why any is missing."""

from __future__ import annotations

import click


@click.command("doctor")
@click.pass_context
def command(ctx: click.Context) -> None:
    """Show what guards this machine from the programs quizzer runs (students' answers, bank programs).

    One line per protection or prerequisite: ok or MISSING, then the details (what to install when
    something is missing). Exit status: 0 when programs run in the jail, 1 when they would not.
    """
    from quizzer.sandbox import jail_status
    from quizzer.sandbox.jail import protection_checks

    status = jail_status()
    checks = protection_checks(status)
    width = max(len(check.name) for check in checks)
    for check in checks:
        click.echo(f"{check.name:<{width}}  {'ok     ' if check.ok else 'MISSING'}  {check.detail}")
    ctx.exit(0 if status.active else 1)
