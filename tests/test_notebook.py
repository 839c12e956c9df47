"""The quick-start notebook runs from top to bottom and shows what it promises."""

import shutil

import nbformat
from nbclient import NotebookClient

from .conftest import ROOT, SEED_STATEMENTS


def test_quickstart_notebook_runs(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    notebook = nbformat.read(ROOT / "notebooks" / "quickstart.ipynb", as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = ["".join(o.get("text", "") or str(o.get("data", {}).get("text/plain", ""))
                       for o in cell.get("outputs", [])) for cell in notebook.cells if cell.cell_type == "code"]
    assert outputs[0].startswith(f"1 article(s), {len(SEED_STATEMENTS)} statement(s)")
    assert "Kim Jong-un | blame | 112 | United States | False | None" in outputs[1]
    assert "'label': 'Kim Jong-un'" in outputs[2]
    assert "Kim Jong-un | United States | 2" in outputs[3]
    last = notebook.cells[-1].outputs
    assert [o["output_type"] for o in last] == ["execute_result"], last
    html_output = last[0]["data"]["text/html"]
    assert html_output.startswith("<div><iframe srcdoc=") and "vis.Network" in html_output
    assert sorted(p.name for p in (tmp_path / "output").iterdir()) == ["graph.html", "graph.ttl",
                                                                      "statements.jsonl"]
