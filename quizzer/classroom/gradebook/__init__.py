"""Grading a class: a batch of submissions against a bank (or a pack), and the reports written from it.

`batch.grade_batch` scores every submission; `analysis` computes the item analysis; `outputs`
writes grades.csv, results.json, feedback/*.md, errors.txt and report.html atomically; `choices`
names an option with the letter the student saw and its text; `gradescope` writes Gradescope's
results.json for one submission.
"""
