"""The closing summary: the score, results per topic as text bars, and the questions missed.

Only the questions the learner saw count (answered or skipped); those never reached because the
session ended early are reported as a number, not as zeros.
"""

from __future__ import annotations

from fractions import Fraction

from quizzer.grading.score import exact, points_text
from quizzer.ui.bars import bar, percent

PROMPT_WIDTH = 60  # of a missed question's prompt, so that each missed question takes one line


def render_summary(outcomes, *, planned: int, titles: dict, style) -> str:
    if not outcomes:
        return style("Summary:", bold=True) + " no question answered."
    earned = sum(o.verdict.points for o in outcomes if not o.skipped)
    possible = sum(exact(o.item.question.points) for o in outcomes)
    answered = sum(1 for o in outcomes if not o.skipped)
    counts = f"{answered} answered, {len(outcomes) - answered} skipped"
    if planned > len(outcomes):
        counts += f", {planned - len(outcomes)} not reached"
    lines = [f"{style('Score:', bold=True)} {points_text(earned)}/{points_text(possible)} points "
             f"({percent(earned / possible).strip()}) - {counts}", "", style("By topic:", bold=True)]
    lines.extend(_topic_lines(outcomes, titles))
    missed = [o for o in outcomes if o.skipped or not o.verdict.correct]
    if missed:
        lines += ["", style("Missed:", bold=True)]
        width = max(len(o.item.question.id) for o in missed)
        for outcome in missed:
            how = "skipped" if outcome.skipped else (
                f"{outcome.verdict.status} {points_text(outcome.verdict.points)}/"
                f"{points_text(outcome.verdict.max_points)}")
            first_line = outcome.item.question.prompt.strip().splitlines()[0]
            if len(first_line) > PROMPT_WIDTH:
                first_line = first_line[:PROMPT_WIDTH - 3].rstrip() + "..."
            lines.append(f"  {outcome.item.question.id:<{width}}  {how:<13}  {first_line}")
    return "\n".join(lines)


def topic_scores(outcomes) -> dict[str, tuple[float, float, int]]:
    """topic -> (points earned, points possible, questions), in the order topics first came up."""
    scores: dict[str, list] = {}
    for outcome in outcomes:
        entry = scores.setdefault(outcome.item.question.topic, [Fraction(0), Fraction(0), 0])
        entry[0] += 0 if outcome.skipped else outcome.verdict.points
        entry[1] += exact(outcome.item.question.points)
        entry[2] += 1
    return {topic: tuple(entry) for topic, entry in scores.items()}


def _topic_lines(outcomes, titles: dict) -> list[str]:
    scores = topic_scores(outcomes)
    names = {topic: titles.get(topic) or topic for topic in scores}
    width = max(len(name) for name in names.values())
    return [f"  {names[topic]:<{width}}  {bar(earned / possible)}  "
            f"{points_text(earned)}/{points_text(possible)}  "
            f"{percent(earned / possible)}" for topic, (earned, possible, _) in scores.items()]
