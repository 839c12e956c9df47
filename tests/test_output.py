"""The committed output/ is what `kg build seeds/` writes today, and builds are deterministic."""

import pytest

import kg
from kg.files import write_atomic

from .conftest import ROOT, SEEDS

OUTPUT = ROOT / "output"


@pytest.mark.parametrize("name", ["graph.ttl", "statements.jsonl", "graph.html"])
def test_committed_output_is_current(seed_build, name):
    _, out = seed_build
    assert (out / name).read_bytes() == (OUTPUT / name).read_bytes(), \
        f"output/{name} is stale: run `make graph` and commit output/"


def test_same_input_same_bytes(seed_build, tmp_path):
    _, first = seed_build
    kg.build([SEEDS], tmp_path)
    for name in ("graph.ttl", "statements.jsonl", "graph.html"):
        assert (tmp_path / name).read_bytes() == (first / name).read_bytes(), name


def test_a_failed_write_leaves_the_old_file_whole(tmp_path, monkeypatch):
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"old")

    def fail(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", fail)
    with pytest.raises(OSError):
        write_atomic(target, b"new content")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]
