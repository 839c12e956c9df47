"""View: the interactive HTML actor graph (pyvis-shaped node and edge data, vis-network inline).

The page is one self-contained file: vis-network's script and style are
inlined from the copy pyvis ships, so it opens offline and makes no network
request. Article text only ever reaches the page as JSON data that the page
shows with ``textContent``/tooltips as text, never as markup. The page filters
by event class, CAMEO root, date range and actor type, and shows at most the
``top`` most connected actors, saying how many it leaves out.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pyvis.edge import Edge
from pyvis.node import Node

from . import data
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


#: How many actors a page shows unless told otherwise (``--top``): the most connected ones.
DEFAULT_TOP = 150
_OTHER_STYLE = {"shape": "dot", "color": "#9d9d9d"}

#: Above this many edges the page lays out more cheaply (see ``network_options``).
LARGE_PAGE_EDGES = 600


def network_options(edges: int) -> dict:
    """vis-network options for a page of ``edges`` edges: ``NETWORK_OPTIONS``, except that a
    large page uses straight edges (a "dynamic" smooth edge adds one more body to the physics
    per edge), no Kamada-Kawai initial layout and fewer stabilisation iterations."""
    options = json.loads(json.dumps(NETWORK_OPTIONS))
    if edges > LARGE_PAGE_EDGES:
        options["layout"]["improvedLayout"] = False
        options["edges"]["smooth"] = False
        options["physics"]["stabilization"]["iterations"] = 200
    return options


@dataclass(frozen=True)
class EventRoot:
    """A CAMEO root (two-digit code) present on the page, for the event-type filter."""

    root: str  # "11"; "" for statements without a CAMEO code
    label: str
    edges: int


@dataclass(frozen=True)
class PageData:
    """What the page shows: vis-network nodes and edges, and what the filters and header need.

    ``actors`` counts every actor of the graph, ``shown`` those drawn (the ``top`` most
    connected); states drawn only to tie a person or body to its state count in neither.
    ``first_date``/``last_date`` span the statements' dates (None when none is dated).
    """

    nodes: list[dict]
    edges: list[dict]
    statements: int
    articles: int
    actors: int = 0
    shown: int = 0
    roots: tuple[EventRoot, ...] = ()
    first_date: str | None = None
    last_date: str | None = None

    @property
    def hidden(self) -> int:
        """How many actors of the graph the page leaves out."""
        return self.actors - self.shown


def _vis_asset(name: str) -> str:
    base = Path(str(resources.files("pyvis"))) / "lib" / "vis-9.1.2"
    return (base / name).read_text(encoding="utf-8")


def top_actors(projection: nx.MultiDiGraph, top: int | None) -> list[str]:
    """The ``top`` actors with the most statements (all when ``top`` is None), most first;
    ties go by label, then id, so the same graph always keeps the same actors."""
    ranked = sorted(projection.nodes(data=True),
                    key=lambda item: (-item[1]["statements"], item[1]["label"], item[0]))
    if top is not None:
        if top < 1:
            raise ValueError(f"top must be at least 1, not {top}")
        ranked = ranked[:top]
    return [node for node, _ in ranked]


def _node(node_id: str, label: str, kind: str, country: str | None, statements: int) -> dict:
    """A vis-network node, made by pyvis's ``Node``."""
    style = TYPE_STYLES.get(kind, _OTHER_STYLE)
    return Node(node_id, style["shape"], label, actorType=kind, color=style["color"], country=country or "",
                value=max(statements, 1),
                title=_node_title({"label": label, "type": kind, "country": country,
                                   "statements": statements})).options


def _statement_edge(source: str, target: str, attrs: dict) -> dict:
    """A vis-network edge for one aggregated projection edge, with the fields the filters read:
    ``quad``, ``root`` (CAMEO root, "" without a code), ``dates`` (distinct, sorted) and
    ``undated`` (whether any of its statements has no date)."""
    dates = sorted({s["date"][:10] for s in attrs["statements"] if s["date"]})
    return Edge(source, target, directed=True, code=attrs["code"] or "",
                color={"color": QUAD_COLORS.get(attrs["quad"], "#8c8c8c")},
                dashes=bool(attrs["negated"]), dates=dates, kind="statement", label=attrs["lemma"],
                negated=bool(attrs["negated"]), quad=attrs["quad"] or "", root=(attrs["code"] or "")[:2],
                title=_edge_title(attrs), undated=any(not s["date"] for s in attrs["statements"]),
                value=attrs["count"]).options


def page_data(projection: nx.MultiDiGraph, top: int | None = None) -> PageData:
    """Nodes and edges for vis-network from the actor graph, keeping the ``top`` most connected
    actors (``top_actors``; all when None) and the statement edges between them.

    Nodes and edges are pyvis's ``Node`` and ``Edge``; ``Network.add_node``/``add_edge`` are not
    used because they check every id against a list, which is quadratic and took most of the
    time on 2,000 actors.
    A person's or body's state is drawn, tied to it by a dashed edge, even when no
    statement names that state; a state that is in the graph but cut by ``top`` is not.
    """
    kept = top_actors(projection, top)
    kept_set = set(kept)
    actors = sorted(kept, key=lambda node: (projection.nodes[node]["label"], node))
    nodes = [_node(node, attrs["label"], attrs["type"], attrs.get("country"), attrs["statements"])
             for node, attrs in ((node, projection.nodes[node]) for node in actors)]
    country_nodes = {attrs["country"]: node for node, attrs in projection.nodes(data=True)
                     if attrs["type"] == "Country" and attrs.get("country")}
    wanted = {projection.nodes[node].get("country") for node in actors} - {None}
    for code in sorted(wanted - set(country_nodes)):
        try:
            state = country_actor(code)
        except KeyError:
            continue
        nodes.append(_node(state.id, state.label, "Country", code, 0))
        country_nodes[code] = state.id
        kept_set.add(state.id)
    edges = []
    for node in actors:
        attrs = projection.nodes[node]
        country_node = country_nodes.get(attrs.get("country"))
        if attrs["type"] != "Country" and country_node in kept_set:
            edges.append(Edge(node, country_node, directed=True, arrows={"to": {"enabled": False}},
                              color={"color": "#bbbbbb"}, dashes=[2, 4], kind="membership", physics=True,
                              quad="", title="belongs to", width=1).options)
    statements, articles, roots, dates = 0, set(), Counter(), []
    for source, target, key, attrs in sorted(projection.edges(keys=True, data=True),
                                             key=lambda e: (e[0], e[1], str(e[2]))):
        statements += attrs["count"]
        articles.update(s["article"] for s in attrs["statements"])
        if source in kept_set and target in kept_set:
            edge = _statement_edge(source, target, attrs)
            edges.append(edge)
            roots[edge["root"]] += 1
            dates += edge["dates"][:1] + edge["dates"][-1:]
    codes = data.cameo_codes()
    present = tuple(EventRoot(root, codes[root].label if root in codes else "No CAMEO code", count)
                    for root, count in sorted(roots.items(), key=lambda item: item[0] or "99"))
    return PageData(nodes=nodes, edges=edges, statements=statements, articles=len(articles),
                    actors=projection.number_of_nodes(), shown=len(kept), roots=present,
                    first_date=min(dates, default=None), last_date=max(dates, default=None))


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


def hidden_note(data: PageData) -> str:
    """The header note on actors left out by ``top``; "" when the page shows every actor."""
    if not data.hidden:
        return ""
    return (f"showing {data.shown:,} of {data.actors:,} actors; {data.hidden:,} hidden "
            "\u2014 rebuild with --top N to change")


def render_html(projection: nx.MultiDiGraph, title: str = "kg actor graph",
                top: int | None = DEFAULT_TOP) -> str:
    """The complete offline HTML page for an actor graph, showing its ``top`` most connected
    actors (all when None) with a header note saying how many are hidden."""
    data = page_data(projection, top)
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
                                 "options": network_options(len(data.edges))}),
        legend=legend,
        types=types,
        roots=data.roots,
        first_date=data.first_date or "",
        last_date=data.last_date or "",
        hidden_note=hidden_note(data),
        actor_count=f"{data.actors:,}",
        statement_count=f"{data.statements:,}",
        article_count=f"{data.articles:,}",
    )
