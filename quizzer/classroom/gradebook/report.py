"""report.html: one self-contained page (inline CSS and SVG, no scripts, nothing fetched) for the instructor.

Its sections, in order, each an element with an id: `summary` (how many were graded, the mean score),
`scores` (a histogram), `topics` (the average per topic), `items` (per question: answered, unanswered,
right, facility, discrimination, flags), `options` (per choice question: each option's text and the
share who chose it), `wrong-outputs` (per predict question: the most common wrong outputs) and
`problems` (skipped submissions, unreadable answers and answers the sandbox could not run). Scores are exact until
printed here. A student with an answer the sandbox could not run has no score yet: the statistics leave them out
(`graded_students`), and the summary says how many they are.
"""

from __future__ import annotations

import statistics
from fractions import Fraction
from html import escape

from quizzer.classroom.gradebook.outputs import percent, ungraded_lines
from quizzer.grading.score import points_text

_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;color:#222;padding:0 1rem}
h1,h2,h3{font-weight:600} h3{font-size:1rem;margin:1.4rem 0 .3rem} h3 .muted{font-weight:400}
table{border-collapse:collapse;width:100%;margin:.6rem 0 1rem}
th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4} td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.flag{color:#a40000;font-weight:600} .muted{color:#666} .right{color:#17692e;font-weight:600}
pre{margin:0;font:13px/1.35 ui-monospace,monospace;white-space:pre-wrap} code{font:13px ui-monospace,monospace}
svg.histogram{width:100%;max-width:640px;height:auto;display:block}
table.topics{width:auto} table.topics td:first-child{padding-right:3rem}
table.wrong{table-layout:fixed} table.wrong col.count{width:8rem} table.wrong col.output{width:45%}
"""

_BLUE = "#3a6ea5"


def histogram_svg(percents: list[float], bins: int = 10) -> str:
    """Students per tenth of the score range; every label inside the drawing (the viewBox holds them all)."""
    counts = [0] * bins
    for value in percents:
        counts[min(int(value // (100 / bins)), bins - 1)] += 1
    left, top, bar, gap, height = 36, 22, 50, 6, 160
    width = left + bins * (bar + gap) + gap
    total = top + height + 48
    peak = max(counts) or 1
    parts = [f'<svg class=histogram xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {total}" '
             f'role="img" aria-label="Number of students per score range">',
             f'<line x1="{left}" y1="{top + height}" x2="{width}" y2="{top + height}" stroke="#999"/>',
             f'<text x="12" y="{top + height / 2}" font-size="12" text-anchor="middle" '
             f'transform="rotate(-90 12 {top + height / 2})">students</text>']
    for index, count in enumerate(counts):
        h = round(height * count / peak)
        x = left + gap + index * (bar + gap)
        low, high = index * 100 // bins, (index + 1) * 100 // bins
        parts.append(f'<rect x="{x}" y="{top + height - h}" width="{bar}" height="{h}" fill="{_BLUE}">'
                     f'<title>{count} student(s) scored {low}-{high} %</title></rect>')
        parts.append(f'<text x="{x + bar / 2}" y="{top + height - h - 6}" font-size="12" '
                     f'text-anchor="middle">{count}</text>')
        parts.append(f'<text class=range x="{x + bar / 2}" y="{top + height + 18}" font-size="12" '
                     f'text-anchor="middle">{low}-{high}</text>')
    parts.append(f'<text x="{left + (width - left) / 2}" y="{total - 6}" font-size="12" '
                 f'text-anchor="middle">score (%)</text></svg>')
    return "".join(parts)


def _bar(value: float, width: int = 160) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="12" aria-hidden="true">'
            f'<rect width="{width}" height="12" fill="#eee"/>'
            f'<rect width="{round(width * value / 100)}" height="12" fill="{_BLUE}"/></svg>')


def graded_students(batch) -> list:
    """The students whose every answer has a mark: the ones whose scores statistics may count."""
    return [student for student in batch.students if student.complete]


def topic_averages(batch, bank) -> dict:
    earned, possible = {}, {}
    for student in graded_students(batch):
        for result in student.results:
            topic = bank.get(result.question_id).topic
            earned[topic] = earned.get(topic, 0) + result.verdict.points
            possible[topic] = possible.get(topic, 0) + result.verdict.max_points
    return {topic: percent(earned[topic], possible[topic]) for topic in sorted(earned)}


def render_report(batch, bank, items, title: str = "Quiz results") -> str:
    questions = {q.id: q for q in batch.questions}
    out = [f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>{escape(title)}</title>"
           f"<style>{_CSS}</style></head><body><h1>{escape(title)}</h1>",
           _summary(batch),
           "<section id=scores><h2>Scores</h2>",
           histogram_svg([percent(s.score, s.max_score) for s in graded_students(batch)]), "</section>",
           "<section id=topics><h2>Per topic</h2><table class=topics><tr><th>topic</th><th class=num>average</th>"
           "<th></th></tr>"]
    for topic, value in topic_averages(batch, bank).items():
        out.append(f"<tr><td>{escape(bank.title(topic))}</td><td class=num>{value} %</td><td>{_bar(value)}</td></tr>")
    out.append("</table></section>")
    out.append(_items_table(items, questions))
    out.append(_options(items, questions))
    out.append(_wrong_outputs(items, questions))
    out.append(_cases(items, questions))
    out.append(_problems(batch))
    out.append("</body></html>\n")
    return "\n".join(out)


def _summary(batch) -> str:
    skipped = sum(1 for p in batch.problems if p.skipped)
    unreadable = len(batch.problems) - skipped
    students = graded_students(batch)
    counts = (f"{len(students)} student(s) graded, {skipped} submission(s) skipped, "
              f"{unreadable} answer(s) could not be read.")
    if len(students) < len(batch.students):
        counts += (f" {len(batch.students) - len(students)} student(s) not graded yet: the sandbox could not run "
                   "an answer of theirs (see below); they are left out of every figure here.")
    if not students:
        return f"<section id=summary><p>{escape(counts)}</p></section>"
    scores = [s.score for s in students]
    mean = sum(scores, Fraction(0)) / len(scores)
    maxima = {s.max_score for s in students}
    out_of = f" / {points_text(maxima.pop())} points" if len(maxima) == 1 else " points"
    average = percent(sum(s.score for s in students), sum(s.max_score for s in students))
    return (f"<section id=summary><p>{escape(counts)}</p><p>Mean score <b>{points_text(mean)}{out_of}</b> ({average} %), "
            f"median {points_text(statistics.median(scores))}.</p></section>")


def _items_table(items, questions) -> str:
    out = ["<section id=items><h2>Item analysis</h2><p class=muted>Per question, over the students whose quiz "
           "had it. Right: full points. Facility: the mean score on the item. Discrimination: the correlation "
           "between the item and the rest of the test (x100); a negative value suggests a wrong key or a "
           "misleading wording.</p><table><tr><th>#</th><th>question</th><th>type</th><th class=num>answered</th>"
           "<th class=num>unanswered</th><th class=num>right</th><th class=num>facility</th>"
           "<th class=num>discrimination</th><th>flags</th></tr>"]
    for number, item in enumerate(items, 1):
        question = questions[item.question_id]
        right = f"{item.right} ({percent(item.right, item.answered)} %)" if item.answered else "0"
        facility = "" if item.facility is None else f"{item.facility} %"
        discrimination = "n/a" if item.discrimination is None else f"{item.discrimination}"
        flags = "".join(f"<span class=flag>{escape(flag)}</span> " for flag in item.flags)
        if item.takers and not item.answered:
            flags += "<span class=muted>nobody answered</span>"
        out.append(f"<tr><td class=num>{number}</td><td>{escape(item.question_id)}</td><td>{question.type}</td>"
                   f"<td class=num>{item.answered}</td><td class=num>{item.unanswered}</td><td class=num>{right}</td>"
                   f"<td class=num>{facility}</td><td class=num>{discrimination}</td><td>{flags}</td></tr>")
    out.append("</table></section>")
    return "\n".join(out)


def _heading(question, item) -> str:
    prompt = question.prompt.strip().splitlines()[0]
    return (f"<h3>{escape(question.id)} <span class=muted>- {escape(prompt)} ({item.answered} answered)"
            f"</span></h3>")


def _options(items, questions) -> str:
    out = ["<section id=options><h2>Options chosen</h2><p class=muted>For each choice question, each option (in the "
           "bank's order; variants showed them in other orders) and the share of the students who answered "
           "that chose it. Right options are marked.</p>"]
    for item in items:
        question = questions[item.question_id]
        if not question.choices:
            continue
        out.append(_heading(question, item))
        out.append("<table><tr><th></th><th>option</th><th class=num>chosen</th><th></th></tr>")
        for index, choice in enumerate(question.choices):
            share = item.option_shares.get(index, 0.0)
            mark = "<span class=right>right</span>" if choice.correct else ""
            out.append(f"<tr><td>{mark}</td><td>{escape(choice.text.strip())}</td><td class=num>{share} %</td>"
                       f"<td>{_bar(share)}</td></tr>")
        out.append("</table>")
    out.append("</section>")
    return "\n".join(out)


def _wrong_outputs(items, questions) -> str:
    out = ["<section id=wrong-outputs><h2>Most common wrong outputs</h2><p class=muted>For each code-prediction "
           "question, the wrong answers grouped (spacing aside), most common first, with their share of the "
           "students who answered and the first line where they depart from the key: where the class's "
           "misconceptions show.</p>"]
    for item in items:
        question = questions[item.question_id]
        if question.type != "predict":
            continue
        out.append(_heading(question, item))
        if not item.answered:
            out.append("<p class=muted>Nobody answered.</p>")
            continue
        if not item.wrong_outputs:
            out.append("<p class=muted>No wrong answer.</p>")
            continue
        out.append("<table class=wrong><colgroup><col class=count><col class=output><col></colgroup>"
                   "<tr><th class=num>students</th><th>output given</th><th>first departure</th></tr>")
        for wrong in item.wrong_outputs:
            out.append(f"<tr><td class=num>{wrong.count} ({wrong.share} %)</td><td><pre>{escape(wrong.text)}</pre>"
                       f"</td><td>{_code_spans(wrong.departs)}</td></tr>")
        out.append("</table>")
    out.append("</section>")
    return "\n".join(out)


def _cases(items, questions) -> str:
    out = ["<section id=cases><h2>Cases passed</h2><p class=muted>For each code-writing question graded by cases, "
           "the share of the answers that passed each case. A hidden case few pass while the visible ones pass "
           "tests something the prompt may not say.</p>"]
    for item in items:
        if not item.case_facility:
            continue
        out.append(_heading(questions[item.question_id], item))
        out.append("<table><tr><th>case</th><th>call</th><th class=num>passed</th><th></th></tr>")
        for case in item.case_facility:
            call = "<span class=muted>hidden</span>" if case.hidden else f"<code>{escape(case.call or '')}</code>"
            out.append(f"<tr><td class=num>{case.number}</td><td>{call}</td><td class=num>{case.passed} %</td>"
                       f"<td>{_bar(case.passed)}</td></tr>")
        out.append("</table>")
    out.append("</section>")
    return "\n".join(out)


def _code_spans(text: str) -> str:
    """`a` -> <code>a</code>, everything escaped."""
    parts = text.split("`")
    return "".join(f"<code>{escape(part)}</code>" if index % 2 else escape(part) for index, part in enumerate(parts))


def _problems(batch) -> str:
    out = ["<section id=problems><h2>Skipped submissions, unreadable answers and answers not graded</h2>"]
    ungraded = ungraded_lines(batch)
    if not batch.problems and not ungraded:
        out.append("<p class=muted>None.</p>")
    else:
        out.append("<ul>")
        out.extend(f"<li>{'skipped' if p.skipped else 'scored 0'}: {escape(str(p))}</li>" for p in batch.problems)
        out.extend(f"<li>no mark yet: {escape(line)}</li>" for line in ungraded)
        out.append("</ul>")
    out.append("</section>")
    return "\n".join(out)
