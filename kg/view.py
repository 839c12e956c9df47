"""View: the interactive HTML actor graph (pyvis options and data, vis-network inline).

The page is one self-contained file: vis-network's script and style are
inlined from the copy pyvis ships, so it opens offline and makes no network
request. Article text only ever reaches the page as JSON data that the page
shows with ``textContent``/tooltips as text, never as markup.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .actors import country_actor

QUAD_COLORS = {
    "verbal_cooperation": "#59a14f",
    "material_cooperation": "#1b7837",
    "verbal_conflict": "#f28e2b",
    "material_conflict": "#d62728",
    None: "#8c8c8c",
}
QUAD_LABELS = {
    "verbal_cooperation": "Verbal cooperation",
    "material_cooperation": "Material cooperation",
    "verbal_conflict": "Verbal conflict",
    "material_conflict": "Material conflict",
    None: "No event type",
}
TYPE_STYLES = {
    "Country": {"shape": "hexagon", "color": "#4e79a7"},
    "Person": {"shape": "dot", "color": "#e15759"},
    "Organization": {"shape": "square", "color": "#76b7b2"},
    "Group": {"shape": "triangle", "color": "#b07aa1"},
}
#: vis-network options: a fixed seed and physics that stops once stable, so the same
#: graph is laid out the same way every time it is opened.
NETWORK_OPTIONS = {
    "layout": {"randomSeed": 42, "improvedLayout": True},
    "physics": {
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 140, "avoidOverlap": 0.4},
        "stabilization": {"enabled": True, "iterations": 400, "fit": True},
    },
    "edges": {"smooth": {"type": "dynamic"}, "font": {"size": 11, "align": "middle"},
              "scaling": {"min": 1, "max": 8, "label": {"enabled": False}}},
    "nodes": {"font": {"size": 15}, "scaling": {"min": 12, "max": 42, "label": {"enabled": False}}},
    "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False},
}


@dataclass(frozen=True)
class PageData:
    """What the page shows: vis-network nodes and edges plus the legend."""

    nodes: list[dict]
    edges: list[dict]
    statements: int
    articles: int


def _vis_asset(name: str) -> str:
    base = Path(str(resources.files("pyvis"))) / "lib" / "vis-9.1.2"
    return (base / name).read_text(encoding="utf-8")


def page_data(projection: nx.MultiDiGraph) -> PageData:
    """Nodes and edges for vis-network, built with pyvis from the actor graph."""
    from pyvis.network import Network

    network = Network(directed=True, cdn_resources="remote")
    actors = sorted(projection.nodes(data=True), key=lambda item: (item[1]["label"], item[0]))
    for node, attrs in actors:
        style = TYPE_STYLES.get(attrs["type"], {"shape": "dot", "color": "#9d9d9d"})
        network.add_node(node, label=attrs["label"], title=_node_title(attrs), shape=style["shape"],
                         color=style["color"], value=max(attrs["statements"], 1),
                         actorType=attrs["type"], country=attrs.get("country") or "")
    country_nodes = {attrs.get("country"): node for node, attrs in projection.nodes(data=True)
                     if attrs["type"] == "Country"}
    # A person's or body's state is drawn even when no statement names it, to show the tie.
    for code in sorted({attrs.get("country") for _, attrs in actors} - set(country_nodes) - {None}):
        try:
            state = country_actor(code)
        except KeyError:
            continue
        network.add_node(state.id, label=state.label, shape=TYPE_STYLES["Country"]["shape"],
                         color=TYPE_STYLES["Country"]["color"], value=1, actorType="Country",
                         country=code, title=_node_title({"label": state.label, "type": "Country",
                                                          "country": code, "statements": 0}))
        country_nodes[code] = state.id
    for node, attrs in actors:
        country_node = country_nodes.get(attrs.get("country"))
        if attrs["type"] != "Country" and country_node:
            network.add_edge(node, country_node, color={"color": "#bbbbbb"}, dashes=[2, 4],
                             arrows={"to": {"enabled": False}}, width=1, title="belongs to",
                             kind="membership", quad="", physics=True)
    statements = 0
    articles = set()
    for source, target, key, attrs in sorted(projection.edges(keys=True, data=True),
                                             key=lambda e: (e[0], e[1], str(e[2]))):
        statements += attrs["count"]
        articles.update(s["article"] for s in attrs["statements"])
        network.add_edge(source, target, label=attrs["lemma"], title=_edge_title(attrs),
                         value=attrs["count"], color={"color": QUAD_COLORS.get(attrs["quad"], "#8c8c8c")},
                         dashes=bool(attrs["negated"]), arrows="to", kind="statement",
                         quad=attrs["quad"] or "", code=attrs["code"] or "",
                         negated=bool(attrs["negated"]))
    nodes, edges, *_ = network.get_network_data()
    return PageData(nodes=list(nodes), edges=list(edges), statements=statements,
                    articles=len(articles))


def _node_title(attrs: dict) -> str:
    country = attrs.get("country") or "none"
    return (f"{attrs['label']}\nType: {attrs['type']}\nCountry: {country}\n"
            f"Statements: {attrs['statements']}")


def _edge_title(attrs: dict) -> str:
    code = f"CAMEO {attrs['code']} {attrs['label']}" if attrs["code"] else "no CAMEO code"
    head = f"{attrs['lemma']} ({code}){' - NEGATED' if attrs['negated'] else ''}: {attrs['count']} statement(s)"
    lines = [head]
    for statement in attrs["statements"][:20]:
        source = f"{statement['date'] or 'undated'} - {statement['article']}"
        if statement["attributed_to"]:
            source += f" - according to {statement['attributed_to']}"
        lines.append(f"\n{source}\n\"{statement['sentence']}\"")
    if attrs["count"] > 20:
        lines.append(f"\n... and {attrs['count'] - 20} more")
    return "\n".join(lines)


def _script_json(value) -> str:
    """JSON that is safe inside a <script> element: no "<", ">" or "&" survive literally."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render_html(projection: nx.MultiDiGraph, title: str = "kg actor graph") -> str:
    """The complete offline HTML page for an actor graph."""
    data = page_data(projection)
    environment = Environment(
        loader=FileSystemLoader(str(resources.files("kg") / "templates")),
        autoescape=select_autoescape(["html", "j2"]),
        keep_trailing_newline=True,
    )
    template = environment.get_template("graph.html.j2")
    legend = [{"quad": quad or "", "label": QUAD_LABELS[quad], "color": color}
              for quad, color in QUAD_COLORS.items()]
    types = [{"type": kind, **style} for kind, style in TYPE_STYLES.items()]
    return template.render(
        title=title,
        vis_js=_vis_asset("vis-network.min.js"),
        vis_css=_vis_asset("vis-network.css"),
        graph_json=_script_json({"nodes": data.nodes, "edges": data.edges,
                                 "options": NETWORK_OPTIONS}),
        legend=legend,
        types=types,
        actor_count=len(data.nodes),
        statement_count=data.statements,
        article_count=data.articles,
    )
