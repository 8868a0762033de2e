"""Where benchmark scripts leave their JSON results (bench/results/, ignored by git)."""

from __future__ import annotations

import json
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def write_results(name: str, data: object) -> None:
    """Writes bench/results/NAME.json and says so."""
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, indent=2))
    print(f"wrote bench/results/{path.name}")
