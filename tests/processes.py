"""Run one function in several fresh processes at once, as two open notebooks would."""

from __future__ import annotations

import multiprocessing


def run_together(target, argument_lists, timeout: float = 120) -> None:
    context = multiprocessing.get_context("spawn")
    processes = [context.Process(target=target, args=args) for args in argument_lists]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout)
        assert process.exitcode == 0
