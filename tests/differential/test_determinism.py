"""tinyloop must be deterministic: the trickiest programs of the corpus, run 30 times each, give one outcome."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.differential

HERE = Path(__file__).parent
RUNS = 30

TRICKY = [
    "programs/core_002_callbacks_scheduled_during_iteration_run_next.py",
    "programs/core_006_call_at_same_deadline_many.py",
    "programs/core_007_call_later_zero_after_call_soon.py",
    "programs/core_013_sleep0_yields_once.py",
    "programs/core_017_task_names_across_runs.py",
    "programs/core_044_future_awaited_by_several_tasks.py",
    "programs/core_055_task_created_in_callback.py",
    "programs/library_004_gather_one_fails_others_keep_running.py",
    "programs/library_015_wait_for_task_started_first_same_deadline.py",
    "programs/library_036_lock_release_then_reacquire_queues_behind.py",
    "programs/library_045_queue_producer_consumer_maxsize.py",
    "programs/library_054_lock_woken_waiter_cancelled.py",
    "programs/io_014_streamreader_waits_for_feed.py",
    "programs/threads_522_join_a_thread_running_asyncio_run.py",
    "programs/threads_524_two_loops_in_two_threads.py",
    "programs/threads_526_queue_get_fed_by_the_loop_thread.py",
    "programs/threads_527_run_coroutine_threadsafe_into_a_loop_thread_with_timers.py",
    "programs/threads_528_main_thread_sleeps_beside_a_loop_thread.py",
    "programs/threads_529_asyncio_run_inside_to_thread.py",
    "hangs/hang_007_tasks_wait_on_each_other.py",
]


@pytest.mark.parametrize("rel", TRICKY, ids=[Path(r).stem for r in TRICKY])
def test_one_outcome_over_many_runs(rel: str):
    from quizzer.sandbox import run_many

    path = HERE / rel
    source = path.read_text(encoding="utf-8")
    results = run_many([source] * RUNS, jobs=2, loop="tiny", filename=str(path), timeout=20.0)
    seen = {(r.stdout, r.exit_code, r.outcome) for r in results}
    assert len(seen) == 1, (f"{path.name}: {len(seen)} different outcomes over {RUNS} runs:\n"
                            + "\n=====\n".join(f"exit {c} outcome {o}\n{out}" for out, c, o in seen))
