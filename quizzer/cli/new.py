"""`quizzer new TYPE --topic T`: a filled-in question skeleton to paste into a bank file."""

from __future__ import annotations

import click

from quizzer.bank.model import TYPES

_COMMON = """\
- id: {topic}-new-{type}
  type: {type}
  difficulty: 2                 # 1 easy, 2 medium, 3 hard
  tags: [interview]             # optional
  prompt: {prompt}
"""

_BODY = {
    "choice": """\
  choices:                      # exactly one is correct; shown as a, b, c ...
    - text: The right option
      correct: true
      feedback: Yes - say why it is right.
    - text: A plausible misconception
      feedback: No - say why it is wrong.
    - text: Another misconception
      feedback: No - say why it is wrong.
""",
    "multi": """\
  choices:                      # at least one is correct
    - text: A right option
      correct: true
    - text: Another right option
      correct: true
    - text: A wrong option
      feedback: No - say why it is wrong.
""",
    "truefalse": "  answer: true\n",
    "short": """\
  accept: [call_soon]           # compared case-insensitively, whitespace collapsed
  pattern: "(loop\\\\.)?call_soon(\\\\(\\\\))?"   # optional: a regular expression for other spellings
  example: loop.call_soon       # optional: the answer students are shown (default: the first accept)
""",
    "predict": """\
  code: |                       # the answer is what this prints on the reference loop
    import asyncio

    async def main():
        print("hello")

    asyncio.run(main())
""",
    "write": """\
  entry: fetch_all              # what the student writes; the cases call it
  starter: |                    # handed to the student
    import asyncio

    async def fetch_all(names, fetch):
        return [await fetch(name) for name in names]
  solution: |                   # the reference: each case compares an answer with what this does
    import asyncio

    async def fetch_all(names, fetch):
        return await asyncio.gather(*(fetch(name) for name in names))
  fixtures: |                   # never shown: fakes and helpers the cases use, run before every case
    import asyncio

    class Fetcher:
        \"\"\"fetch(name): waits the name's delay, returns the name in capitals; logs its calls.\"\"\"

        def __init__(self, delays):
            self.delays, self.calls = delays, []

        async def __call__(self, name):
            self.calls.append(name)
            await asyncio.sleep(self.delays[name])
            return name.upper()
  cases:
    - call: fetch_all(["a", "b", "c"], fetch)    # evaluated, then awaited; the value is compared
      given: |
        fetch = Fetcher({"a": 0.3, "b": 0.1, "c": 0.2})
      observe: sorted(fetch.calls)               # what the call did to its inputs, compared too
      max_time: 0.35                             # concurrent: virtual seconds the call may take
    - hidden: true                               # the student sees only whether it passed, and why not
      repeat: 3                                  # three cases, each with inputs of its own
      given: |                                   # rng: seeded by the grading run's secret seed
        names = [f"n{i}" for i in range(rng.randint(2, 6))]
        fetch = Fetcher({name: rng.choice([0.1, 0.2, 0.3]) for name in names})
      call: fetch_all(names, fetch)
      observe: sorted(fetch.calls)
      max_time: 0.35
      points: 2                                  # this case's share of the question's points
""",
}

_PROMPTS = {
    "choice": "What happens when ...?",
    "multi": "Which of these are true? (several may be)",
    "truefalse": "A statement that is true or false.",
    "short": "Which loop method schedules a callback for the next iteration? (the method name)",
    "predict": "What does this program print?",
    "write": ("Write `async def fetch_all(names, fetch)` that awaits fetch(name) for every name at once and returns "
              "the results in the order of names."),
}


def skeleton(qtype: str, topic: str) -> str:
    return (_COMMON.format(topic=topic, type=qtype, prompt=_PROMPTS[qtype]) + _BODY[qtype]
            + "  explanation: |\n    Why the answer is what it is: teach, don't just restate it.\n")


@click.command("new")
@click.argument("qtype", metavar="TYPE", type=click.Choice(TYPES))
@click.option("--topic", default="topic", show_default=True, metavar="TOPIC", help="The topic slug, used in the id.")
def command(qtype, topic):
    """Print a filled-in skeleton of a TYPE question, to paste under `questions:` in a bank file."""
    import re

    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", topic):
        raise click.UsageError("--topic must be a slug such as event-loop")
    click.echo(skeleton(qtype, topic), nl=False)
