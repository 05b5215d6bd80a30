"""How a sandboxed run can end: outcome names, their exit codes and their one-line reasons.

A run that ends by itself gets the exit code `python FILE` would give: 0, the `sys.exit()` value, or 1 for
an uncaught exception (outcome "error"). A run stopped by the loop or by the sandbox gets one of these codes,
chosen from a block that ordinary programs rarely use, so `quizzer run` can be scripted:

    outcome       exit code   stopped because
    deadlock      100         the event loop found that nothing could ever happen again
    unsupported   101         the program used an asyncio API outside tinyloop's subset
    timeout       102         the wall-clock limit passed
    cpu           103         the CPU-time limit (RLIMIT_CPU) passed
    memory        104         the program ran out of its address-space limit (RLIMIT_AS)
    output        105         stdout + stderr exceeded the output cap (the output is truncated)
    refused       106         the audit-hook policy refused an operation (process creation, writes ...)
                              or the program is larger than the sandbox takes (`runner.PROGRAM_LIMIT`, 63 MiB)
    crashed       107         the program died of a signal nobody in the sandbox sent (then the code is
                              128 + signal, as a shell reports `python FILE`), wrote something other than
                              the sandbox's record on its side channel, or the sandbox itself could not run it
                              even after a retry (`RunResult.machinery_fault` says why)
"""

EXIT_CODES = {
    "deadlock": 100,
    "unsupported": 101,
    "timeout": 102,
    "cpu": 103,
    "memory": 104,
    "output": 105,
    "refused": 106,
    "crashed": 107,
}

# Outcomes where the sandbox (not the program, not the loop) ended the run: callers print their reason.
SANDBOX_STOPS = frozenset({"timeout", "cpu", "memory", "output", "refused", "crashed"})


def format_size(num_bytes: int) -> str:
    """`1 MiB`, `512 KiB`, `100 bytes`: sizes in reasons read like the limits a user set."""
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if num_bytes >= size and num_bytes % size == 0:
            return f"{num_bytes // size} {unit}"
    return f"{num_bytes} bytes"


def format_seconds(seconds: float) -> str:
    """`10 s`, `0.5 s`: no trailing `.0` for whole seconds."""
    return f"{seconds:g} s"


def timeout_reason(seconds: float) -> str:
    return f"timeout: the program ran for more than {format_seconds(seconds)}"


def cpu_reason(seconds: float) -> str:
    return f"cpu: the program used more than {format_seconds(seconds)} of CPU time"


def memory_reason(memory_mb: int) -> str:
    return f"memory: the program used more than {format_size(memory_mb << 20)}"


def output_reason(limit: int) -> str:
    return f"output: more than {format_size(limit)} of output; truncated"


def too_large_reason(limit: int) -> str:
    return f"refused: a program of more than {format_size(limit)} (as sent to the sandbox) is not run"


def refused_reason(what: str, operation: str, hint: str = "") -> str:
    return f"refused: {what} ({operation}) is not allowed in the sandbox{hint}"
