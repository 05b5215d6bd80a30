"""Text bars for proportions, in plain ASCII so they survive any terminal, pipe or log file."""


def bar(fraction: float, width: int = 20) -> str:
    fraction = min(max(fraction, 0.0), 1.0)
    filled = round(fraction * width)
    return "[" + "#" * filled + "-" * (width - filled) + "]"


def percent(fraction: float) -> str:
    return f"{round(fraction * 100):>3}%"
