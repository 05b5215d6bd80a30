"""What an instructor hands out and takes back: quiz packs, students' submissions and the gradebook.

- `packs`: building, writing and reading pack files (variants, shuffled choices, hashed practice keys).
- `submissions`: reading students' YAML, JSON and CSV submissions.
- `gradebook`: grading a batch of submissions and writing the reports.
- `autograder`: a Gradescope autograder zip that grades each submission with quizzer.
- `wheel`: quizzer as a wheel, built from the running package, for the autograder to install.
"""
