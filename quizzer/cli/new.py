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
  starter: |                    # handed to the student
    import asyncio

    async def main():
        for _ in range(3):
            await asyncio.sleep(1)
        print("done")

    asyncio.run(main())
  solution: |                   # a reference solution; `quizzer check` runs it
    import asyncio

    async def main():
        await asyncio.gather(*(asyncio.sleep(1) for _ in range(3)))
        print("done")

    asyncio.run(main())
  max_virtual_time: 1.5         # seconds of the reference loop's virtual clock an answer may take
""",
}

_PROMPTS = {
    "choice": "What happens when ...?",
    "multi": "Which of these are true? (several may be)",
    "truefalse": "A statement that is true or false.",
    "short": "Which loop method schedules a callback for the next iteration? (the method name)",
    "predict": "What does this program print?",
    "write": "Make the three waits run concurrently, then print done.",
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
