"""The mock interview: which questions it asks, and the readiness report it ends with.

Questions are drawn at random, weighted towards what interviewers ask: an `interview` tag
triples a question's weight, and harder questions weigh more (weight x difficulty). The report
rates each topic and, for each weak one, points into the reference loop's source where the
mechanism the topic is about is implemented, to read before the real interview.
"""

from __future__ import annotations

import random

from quizzer.session.summary import topic_scores
from quizzer.ui.bars import bar, percent

READY, ALMOST = 0.8, 0.5

# topic -> where the reference loop implements it: (file, qualified name), the places to read first.
SOURCE_POINTERS = {
    "coroutines": (("quizzer/tinyloop/tasks.py", "Task._run"),
                   ("quizzer/tinyloop/futures.py", "Future.__await__")),
    "futures": (("quizzer/tinyloop/futures.py", "Future.set_result"),
                ("quizzer/tinyloop/futures.py", "Future._schedule_callbacks"),
                ("quizzer/tinyloop/futures.py", "Future.add_done_callback")),
    "tasks": (("quizzer/tinyloop/tasks.py", "Task._run"),
              ("quizzer/tinyloop/tasks.py", "Task.cancel"),
              ("quizzer/tinyloop/tasks.py", "create_task")),
    "event-loop": (("quizzer/tinyloop/loop.py", "BaseLoop._run_once"),
                   ("quizzer/tinyloop/loop.py", "BaseLoop.call_soon"),
                   ("quizzer/tinyloop/loop.py", "BaseLoop.call_at")),
    "io": (("quizzer/tinyloop/loop.py", "BaseLoop._poll_io"),
           ("quizzer/tinyloop/io/sockets.py", "EventLoop._wait_until_ready"),
           ("quizzer/tinyloop/io/streams.py", "StreamReader.readline")),
    "sync": (("quizzer/tinyloop/locks.py", "Lock.acquire"),
             ("quizzer/tinyloop/locks.py", "Event.wait"),
             ("quizzer/tinyloop/queues.py", "Queue.get")),
}
# A topic the table does not know: the loop's heart, where every topic meets.
DEFAULT_POINTERS = (("quizzer/tinyloop/loop.py", "BaseLoop._run_once"),)


def interview_order(questions, count: int, rng: random.Random) -> list:
    """`count` questions, weighted; easiest first, as an interview warms up."""
    def weight(question):
        return (3 if "interview" in question.tags else 1) * question.difficulty

    # Weighted sampling without replacement (Efraimidis & Spirakis): the largest u ** (1 / w) win.
    keyed = sorted(questions, key=lambda q: rng.random() ** (1 / weight(q)), reverse=True)
    return sorted(keyed[:count], key=lambda q: q.difficulty)


def readiness(fraction: float) -> str:
    return "ready" if fraction >= READY else "almost" if fraction >= ALMOST else "not yet"


def render_readiness(outcomes, *, titles: dict, style) -> str:
    scores = topic_scores(outcomes)
    if not scores:
        return style("Readiness:", bold=True) + " no question answered, nothing to judge."
    lines = [style("Readiness by topic:", bold=True)]
    width = max(len(titles.get(topic) or topic) for topic in scores)
    weak = []
    for topic, (earned, possible, _) in scores.items():
        fraction = earned / possible
        lines.append(f"  {titles.get(topic) or topic:<{width}}  {bar(fraction)}  {percent(fraction)}  "
                     f"{readiness(fraction)}")
        if fraction < READY:
            weak.append(topic)
    if weak:
        lines += ["", style("Read before the interview:", bold=True)]
        for topic in weak:
            lines.append(f"  {titles.get(topic) or topic}:")
            lines.extend(f"    {path}: {name}" for path, name in SOURCE_POINTERS.get(topic, DEFAULT_POINTERS))
    else:
        lines += ["", "Every topic asked is at the ready level."]
    return "\n".join(lines)
