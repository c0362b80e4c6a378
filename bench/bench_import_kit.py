"""Cost of `import kit` against `import ipywidgets, plotly.graph_objects, textblob` (target: at most 1.2x)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

TARGET_RATIO = 1.2
STATEMENTS = {
    "nothing": "pass",
    "kit": "import kit",
    "reference": "import ipywidgets, plotly.graph_objects, textblob",
    "kit, first article shown": "import kit; kit.show(kit.load_article('china-counter-espionage'))",
}


def _seconds(statement: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], check=True)
    return time.perf_counter() - start


def run(repeats: int = 9) -> dict:
    samples: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    for _ in range(repeats):  # interleaved, so that machine noise hits every statement alike
        for name, statement in STATEMENTS.items():
            samples[name].append(_seconds(statement))
    median = {name: statistics.median(values) for name, values in samples.items()}
    interpreter = median["nothing"]
    cost = {
        name: max(value - interpreter, 0.0) for name, value in median.items() if name != "nothing"
    }
    ratio = cost["kit"] / cost["reference"]
    return {
        "name": "import kit",
        "interpreter_start_s": round(interpreter, 3),
        "import_kit_s": round(cost["kit"], 3),
        "import_reference_s": round(cost["reference"], 3),
        "kit_first_article_shown_s": round(cost["kit, first article shown"], 3),
        "ratio": round(ratio, 3),
        "target_ratio": TARGET_RATIO,
        "meets_target": ratio <= TARGET_RATIO,
    }


if __name__ == "__main__":
    print(run())
