"""report.html: one self-contained page (inline CSS and SVG, no scripts, nothing fetched) for the instructor."""

from __future__ import annotations

from html import escape

from quizzer.classroom.gradebook.outputs import percent

_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;color:#222;padding:0 1rem}
h1,h2{font-weight:600} table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4} td.num{text-align:right;font-variant-numeric:tabular-nums}
.flag{color:#a40000;font-weight:600} .muted{color:#666} svg{max-width:100%}
"""


def histogram_svg(percents: list[float], bins: int = 10) -> str:
    counts = [0] * bins
    for value in percents:
        counts[min(int(value // (100 / bins)), bins - 1)] += 1
    width, height, bar = 520, 180, 48
    top = max(counts) or 1
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 40}" '
             f'role="img" aria-label="Score histogram">']
    for index, count in enumerate(counts):
        h = round(height * count / top)
        x = 10 + index * (bar + 4)
        parts.append(f'<rect x="{x}" y="{height - h + 10}" width="{bar}" height="{h}" fill="#3a6ea5"/>')
        parts.append(f'<text x="{x + bar / 2}" y="{height - h + 5}" font-size="11" text-anchor="middle">{count}</text>')
        parts.append(f'<text x="{x + bar / 2}" y="{height + 25}" font-size="10" text-anchor="middle">'
                     f'{index * 100 // bins}-{(index + 1) * 100 // bins}%</text>')
    parts.append("</svg>")
    return "".join(parts)


def _bar(value: float) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="12"><rect width="200" height="12" '
            f'fill="#eee"/><rect width="{round(2 * value)}" height="12" fill="#3a6ea5"/></svg>')


def topic_averages(batch, bank) -> dict:
    earned, possible = {}, {}
    for student in batch.students:
        for result in student.results:
            topic = bank.get(result.question_id).topic
            earned[topic] = earned.get(topic, 0) + result.verdict.points
            possible[topic] = possible.get(topic, 0) + result.verdict.max_points
    return {topic: percent(earned[topic], possible[topic]) for topic in sorted(earned)}


def render_report(batch, bank, items, title: str = "Quiz results") -> str:
    percents = [percent(s.score, s.max_score) for s in batch.students]
    mean = round(sum(percents) / len(percents), 1) if percents else 0
    out = [f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>{escape(title)}</title>"
           f"<style>{_CSS}</style></head><body><h1>{escape(title)}</h1>",
           f"<p>{len(batch.students)} students graded, {len(batch.problems)} submissions skipped; "
           f"mean score {mean} %.</p>",
           "<h2>Scores</h2>", histogram_svg(percents),
           "<h2>Per topic</h2><table><tr><th>topic</th><th>average</th><th></th></tr>"]
    for topic, value in topic_averages(batch, bank).items():
        out.append(f"<tr><td>{escape(bank.title(topic))}</td><td class=num>{value} %</td><td>{_bar(value)}</td></tr>")
    out.append("</table><h2>Item analysis</h2><p class=muted>Facility: mean score on the item. Discrimination: "
               "correlation between the item and the rest of the test (x100); negative values suggest a broken "
               "question.</p><table><tr><th>question</th><th>type</th><th>takers</th><th>facility</th>"
               "<th>discrimination</th><th>options chosen</th><th>flags</th></tr>")
    for item in items:
        question = bank.get(item.question_id)
        facility = "" if item.facility is None else f"{item.facility} %"
        discrimination = "n/a" if item.discrimination is None else f"{item.discrimination}"
        correct = set(question.correct_letters)
        shares = " ".join(f"{'<b>' if letter in correct else ''}{letter}: {share} %{'</b>' if letter in correct else ''}"
                          for letter, share in item.option_shares.items())
        flags = "".join(f'<span class=flag>{escape(flag)}</span> ' for flag in item.flags)
        out.append(f"<tr><td>{escape(item.question_id)}</td><td>{question.type}</td><td class=num>{item.takers}</td>"
                   f"<td class=num>{facility}</td><td class=num>{discrimination}</td><td>{shares}</td><td>{flags}</td></tr>")
    out.append("</table>")
    if batch.problems:
        out.append("<h2>Skipped submissions</h2><ul>")
        out.extend(f"<li>{escape(str(problem))}</li>" for problem in batch.problems)
        out.append("</ul>")
    out.append("</body></html>\n")
    return "\n".join(out)
