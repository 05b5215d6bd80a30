"""What the README tells a user to run exists: a container image it runs is one the repository builds."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _images_run(text: str) -> set[str]:
    """The image of every `docker run` / `podman run` in the text's shell blocks (the first bare word after options)."""
    images = set()
    for block in re.findall(r"```(?:sh|shell|bash|console)\n(.*?)```", text, re.S):
        command = block.replace("\\\n", " ")
        for arguments in re.findall(r"\b(?:docker|podman) run ((?:[^\n])*)", command):
            words = iter(re.findall(r'"[^"]*"|\S+', arguments))
            for word in words:
                if word in ("-v", "--volume", "--network", "--tmpfs", "-e", "--env", "-w", "--workdir", "--name",
                            "--user", "-u", "--mount"):
                    next(words, None)
                elif not word.startswith("-"):
                    images.add(word)
                    break
    return images


def _images_built(text: str) -> set[str]:
    """Images the text builds (`docker build -t NAME`) from a Dockerfile or Containerfile that exists."""
    has_recipe = any((ROOT / name).is_file() for name in ("Dockerfile", "Containerfile"))
    return set(re.findall(r"\b(?:docker|podman) build [^\n]*?(?:-t|--tag)[ =](\S+)", text)) if has_recipe else set()


def test_every_container_image_the_readme_runs_is_built_by_the_repository():
    assert _images_run(README) <= _images_built(README), "the README runs an image nothing in the repository builds"


def test_the_image_reader_finds_images():
    recipe = ('```sh\ndocker run --rm --network none -v "$PWD/a:/a:ro" \\\n  quizzer-image \\\n  quizzer grade\n```\n'
              "```sh\ndocker build -t other .\n```\n")
    assert _images_run(recipe) == {"quizzer-image"}
