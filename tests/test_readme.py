"""The README shows real output: the tour's printed blocks are what chronos prints today."""

import contextlib
import io
from pathlib import Path

import chronos
from chronos.cli import main

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _output_blocks(markdown):
    """The fenced blocks without a language tag: the README's printed output."""
    blocks, current, language = [], None, None
    for line in markdown.splitlines(keepends=True):
        if line.startswith("```"):
            if current is None:
                current, language = [], line[3:].strip()
            else:
                if not language:
                    blocks.append("".join(current))
                current = None
        elif current is not None:
            current.append(line)
    return blocks


BLOCKS = _output_blocks(README)


def _printed(call):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        call()
    return out.getvalue()


def test_extract_block_is_real():
    def call():
        for e in chronos.extract("Putin visited Japan last December.", dct="2017-03-17"):
            print(e.text, e.start, e.end, e.type, e.value)

    assert _printed(call) in BLOCKS


def test_timeline_block_is_real():
    text = (ROOT / "examples/data/tass_kurils_2017-03-17.txt").read_text(encoding="utf-8")
    assert repr(chronos.timeline(text, dct="2017-03-17")) + "\n" in BLOCKS


def test_command_line_block_is_real():
    sample = str(ROOT / "examples/data/tass_kurils_2017-03-17.txt")
    assert _printed(lambda: main([sample, "--dct", "2017-03-17", "--timeline"])) in BLOCKS
