"""Run every benchmark and write bench/results/latest.json."""

from __future__ import annotations

import json
import platform
import sys
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import (  # noqa: E402
    bench_claims,
    bench_import_kit,
    bench_import_page,
    bench_lessons,
    bench_report,
    bench_sourcing,
    bench_votes,
)


def main() -> None:
    results = {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "cpus": __import__("os").cpu_count(),
        "benchmarks": [
            bench_import_page.run(),
            bench_import_kit.run(),
            bench_lessons.run(),
            bench_claims.run(),
            bench_votes.run(),
            bench_sourcing.run(),
            bench_report.run(),
        ],
    }
    out = Path(__file__).resolve().parent / "results" / "latest.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
