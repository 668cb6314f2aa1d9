"""Where the gates leave what a person may want to look at after a run: screenshots and counts."""

import json
from pathlib import Path

from django.conf import settings

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"


def artifact_path(name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / name


def record_counts(gate: str, **counts):
    """Add a gate's figures (pages checked, violations, examples run) to test-artifacts/gates.json."""
    path = artifact_path("gates.json")
    figures = json.loads(path.read_text()) if path.exists() else {}
    figures[gate] = counts
    path.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")
