"""The README shows what the shipped presets really return on the seed's output/graph.ttl."""

import re

import pytest

from kg import data
from kg.pipeline import query

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
PARAMETERLESS = [name for name in data.preset_names() if not data.preset(name).parameters]


def test_every_parameterless_preset_is_shown():
    for name in PARAMETERLESS:
        assert f"$ kg query output/graph.ttl --preset {name}\n" in README, name


@pytest.mark.parametrize("name", PARAMETERLESS)
def test_readme_preset_outputs_are_current(name):
    shown = re.search(rf"\$ kg query output/graph\.ttl --preset {re.escape(name)}\n(.*?)(?=\n\$ |\n```)",
                      README, re.S).group(1).rstrip("\n") + "\n"
    assert query(ROOT / "output" / "graph.ttl", data.preset_query(name)).text == shown
