"""Shared pytest fixtures (keep this file to fixtures only)."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def sample_path() -> Path:
    """The TASS news article of 2017-03-17 shipped in examples/data."""
    return ROOT / "examples" / "data" / "tass_kurils_2017-03-17.txt"


@pytest.fixture(scope="session")
def sample_text(sample_path: Path) -> str:
    """The text of :func:`sample_path`."""
    return sample_path.read_text(encoding="utf-8")
