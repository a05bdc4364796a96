"""SVG geometry for the charts: stacked timeline bars with a Goldstein line, network edges,
map markers. Plain numbers and colours; the templates write the elements (and escape text)."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from chronist.coding.ontology import QUADS
from chronist.web.data import Bucket, Edge, Node, Place
from chronist.web.world import project

QUAD_COLOURS = {
    "verbal cooperation": "#8cc5e3",
    "material cooperation": "#1f78b4",
    "verbal conflict": "#f4a582",
    "material conflict": "#ca0020",
}


def goldstein_colour(value: float | None) -> str:
    """Red for conflict (-10), grey for 0, blue for cooperation (+10)."""
    if value is None:
        return "#999999"
    t = max(-1.0, min(1.0, value / 10.0))
    grey = (150, 150, 150)
    end = (31, 120, 180) if t > 0 else (202, 0, 32)
    r, g, b = (round(grey[i] + (end[i] - grey[i]) * abs(t)) for i in range(3))
    return f"#{r:02x}{g:02x}{b:02x}"


@dataclass(slots=True)
class Bar:
    period: str
    x: float
    width: float
    events: int
    goldstein_mean: float | None
    rects: list[tuple[str, float, float, str, int]] = field(default_factory=list)   # quad, y, h, colour, n


@dataclass(slots=True)
class TimelineChart:
    width: float
    height: float
    top: float
    bottom: float
    left: float
    right: float
    bars: list[Bar]
    line: str                      # SVG points of the Goldstein line
    y_ticks: list[tuple[float, int]]
    g_ticks: list[tuple[float, int]]
    labels: list[tuple[float, str]]
    max_events: int


def timeline_chart(buckets: list[Bucket], *, width: float = 960, height: float = 320) -> TimelineChart:
    left, right, top, bottom = 48.0, width - 48.0, 16.0, height - 40.0
    n = max(len(buckets), 1)
    step = (right - left) / n
    bar_w = min(max(step * 0.8, 1.0), 60.0)
    most = max((b.events for b in buckets), default=0) or 1
    scale = (bottom - top) / most
    bars: list[Bar] = []
    points: list[str] = []
    for i, bucket in enumerate(buckets):
        x = left + i * step + (step - bar_w) / 2
        bar = Bar(bucket.period, round(x, 1), round(bar_w, 1), bucket.events, bucket.goldstein_mean)
        y = bottom
        for quad in QUADS:
            count = bucket.quads.get(quad, 0)
            if count:
                h = count * scale
                y -= h
                bar.rects.append((quad, round(y, 1), round(h, 1), QUAD_COLOURS[quad], count))
        bars.append(bar)
        if bucket.goldstein_mean is not None:
            gy = top + (10.0 - bucket.goldstein_mean) / 20.0 * (bottom - top)
            points.append(f"{x + bar_w / 2:.1f},{gy:.1f}")
    ticks = _nice_ticks(most)
    y_ticks = [(round(bottom - t * scale, 1), t) for t in ticks]
    g_ticks = [(round(top + (10.0 - g) / 20.0 * (bottom - top), 1), g) for g in (-10, -5, 0, 5, 10)]
    every = max(1, math.ceil(n / 12))
    labels = [(round(b.x + b.width / 2, 1), b.period) for i, b in enumerate(bars) if i % every == 0]
    return TimelineChart(width, height, top, bottom, left, right, bars, " ".join(points), y_ticks, g_ticks,
                         labels, most)


def _nice_ticks(most: int) -> list[int]:
    if most <= 5:
        return list(range(0, most + 1))
    raw = most / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(s * magnitude for s in (1, 2, 5, 10) if s * magnitude >= raw)
    return list(range(0, most + 1, int(step)))


@dataclass(slots=True)
class EdgeShape:
    source: str
    target: str
    events: int
    goldstein_mean: float | None
    d: str
    width: float
    colour: str


def edge_shapes(nodes: list[Node], edges: list[Edge]) -> list[EdgeShape]:
    """Each directed edge as a quadratic curve bent to its left, so A->B and B->A both show."""
    where = {n.actor: n for n in nodes}
    most = max((e.events for e in edges), default=1)
    out = []
    for e in edges:
        a, b = where[e.source], where[e.target]
        dx, dy = b.x - a.x, b.y - a.y
        length = math.hypot(dx, dy) or 1.0
        # stop short of the target's circle so the arrow head shows
        shorten = 16.0 / length
        bx, by = b.x - dx * shorten, b.y - dy * shorten
        mx, my = (a.x + bx) / 2 - dy / length * 24, (a.y + by) / 2 + dx / length * 24
        out.append(EdgeShape(e.source, e.target, e.events, e.goldstein_mean,
                             f"M{a.x:.1f},{a.y:.1f} Q{mx:.1f},{my:.1f} {bx:.1f},{by:.1f}",
                             round(1.0 + 5.0 * math.sqrt(e.events / most), 2), goldstein_colour(e.goldstein_mean)))
    return out


def node_radius(node: Node, nodes: list[Node]) -> float:
    most = max((n.events for n in nodes), default=1) or 1
    return round(8.0 + 14.0 * math.sqrt(node.events / most), 1)


@dataclass(slots=True)
class Marker:
    place: Place
    x: float
    y: float
    r: float
    colour: str


def markers(places: list[Place]) -> list[Marker]:
    most = max((p.events for p in places), default=1) or 1
    out = []
    for p in sorted(places, key=lambda p: -p.events):        # big ones first, small ones drawn on top
        x, y = project(p.lon, p.lat)
        out.append(Marker(p, round(x, 1), round(y, 1), round(2.5 + 9.0 * math.sqrt(p.events / most), 1),
                          goldstein_colour(p.goldstein_mean)))
    return out
