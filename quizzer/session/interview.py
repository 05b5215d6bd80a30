"""The mock interview: which questions it asks, and the readiness report it ends with.

The questions follow the shape of a 45-minute technical interview: a short warm-up on easy ground,
a core of medium questions, and a deep dive into hard ones at the end (`interview_arc`). Along the
way it covers the ground before it digs: among the questions of the right difficulty, each comes
from the topic asked least so far, and not from the previous question's topic when another will do,
so every topic is visited before any comes back. Within those constraints it asks what interviewers ask - questions tagged `interview`
first - and varies the format. The seeded random order of the candidates breaks the remaining ties.

The report rates each topic and, for each weak one, points into the reference loop's source where
the mechanism the topic is about is implemented, to read before the real interview.
"""

from __future__ import annotations

import random
from collections import Counter
from functools import partial

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


# Shares of an interview's questions spent warming up (difficulty 1) and on the deep dive at the end
# (difficulty 3); the core in between is medium (difficulty 2).
WARM_UP, DEEP_DIVE = 0.2, 0.3


def interview_arc(count: int) -> list[int]:
    """The difficulty of each question of a `count`-question interview, in the order asked: at least
    one warm-up question from 3 questions on, at least one hard one from 2 on."""
    easy = max(1, round(count * WARM_UP)) if count >= 3 else 0
    hard = max(1, round(count * DEEP_DIVE)) if count >= 2 else 0
    return [1] * easy + [2] * (count - easy - hard) + [3] * hard


def interview_order(questions, count: int, rng: random.Random) -> list:
    """`count` questions (all of them if there are fewer) in the order the interview asks them."""
    candidates = list(questions)
    rng.shuffle(candidates)  # min() keeps the first of equally fitting questions: the shuffle picks it
    asked = Counter()
    chosen = []
    for difficulty in interview_arc(min(count, len(candidates))):
        previous = chosen[-1] if chosen else None
        question = min(candidates, key=partial(_fit, difficulty=difficulty, previous=previous, asked=asked))
        candidates.remove(question)
        asked[question.topic] += 1
        chosen.append(question)
    return chosen


def _fit(question, *, difficulty: int, previous, asked: Counter) -> tuple:
    """How well `question` fits the next slot, best first (smallest), one criterion after another."""
    return (abs(question.difficulty - difficulty),  # the arc (the nearest difficulty when none is left)
            asked[question.topic],  # breadth: the topic asked least so far
            previous is not None and question.topic == previous.topic,
            "interview" not in question.tags,  # what interviewers ask
            previous is not None and question.type == previous.type)  # a change of format


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
