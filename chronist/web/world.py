"""Country outlines for the map: Natural Earth (public domain) as TopoJSON from the npm package
``world-atlas`` (ISC), which ``make install`` puts in ``chronist/web/node_modules``. Nothing of it
is copied into the repository; this module decodes it into SVG paths in an equirectangular
projection. Without the package the map draws a latitude/longitude grid and says so.

Set ``CHRONIST_WORLD_ATLAS`` to another ``countries-*.json`` of the package to use it instead.
"""
from __future__ import annotations

import functools
import json
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

WIDTH = 960.0
HEIGHT = 480.0
PACKAGE = Path(__file__).resolve().parent / "node_modules" / "world-atlas"
ATLAS = PACKAGE / "countries-110m.json"
INSTALL_HINT = "run `make install` (npm install in chronist/web) to get the world-atlas package"


def project(lon: float, lat: float) -> tuple[float, float]:
    """Equirectangular: longitude -180..180 to 0..WIDTH, latitude 90..-90 to 0..HEIGHT."""
    return (lon + 180.0) * WIDTH / 360.0, (90.0 - lat) * HEIGHT / 180.0


def atlas_path() -> Path:
    return Path(os.environ.get("CHRONIST_WORLD_ATLAS") or ATLAS)


def _decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            points = []
            for dx, dy in arc:
                x += dx
                y += dy
                points.append((x * sx + tx, y * sy + ty))
        else:
            points = [(p[0], p[1]) for p in arc]
        arcs.append(points)
    return arcs


def _ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def _unwrap(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Keep longitudes continuous across the antimeridian (179 then -179 becomes 179, 181)."""
    out: list[tuple[float, float]] = []
    for lon, lat in ring:
        if out:
            previous = out[-1][0]
            while lon - previous > 180:
                lon -= 360
            while previous - lon > 180:
                lon += 360
        out.append((lon, lat))
    return out


def _path(ring: list[tuple[float, float]], shift: float = 0.0) -> str:
    coords = [project(lon + shift, lat) for lon, lat in ring]
    return "M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in coords) + "Z"


def country_paths(path: Path | None = None) -> list[tuple[str, str]]:
    """(country name, SVG path data) per country; empty when the atlas is not installed."""
    path = path or atlas_path()
    try:
        topology = json.loads(path.read_text("utf-8"))
    except OSError:
        log.warning("world map: %s not found; %s", path, INSTALL_HINT)
        return []
    arcs = _decode_arcs(topology)
    out: list[tuple[str, str]] = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        polygons = ([geometry["arcs"]] if kind == "Polygon" else geometry["arcs"] if kind == "MultiPolygon"
                    else [])
        pieces = []
        for polygon in polygons:
            for indices in polygon:
                ring = _unwrap(_ring(indices, arcs))
                pieces.append(_path(ring))
                lons = [lon for lon, _ in ring]
                if max(lons) > 180:
                    pieces.append(_path(ring, -360.0))
                if min(lons) < -180:
                    pieces.append(_path(ring, 360.0))
        name = (geometry.get("properties") or {}).get("name", "")
        if pieces:
            out.append((name, "".join(pieces)))
    return out


def _grid() -> str:
    lines = []
    for lon in range(-180, 181, 30):
        x, _ = project(lon, 0)
        lines.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{HEIGHT:.0f}"/>')
    for lat in range(-90, 91, 30):
        _, y = project(0, lat)
        lines.append(f'<line x1="0" y1="{y:.1f}" x2="{WIDTH:.0f}" y2="{y:.1f}"/>')
    return "".join(lines)


@functools.lru_cache(maxsize=2)
def world_svg(path: str = "") -> str:
    """A standalone SVG of the country outlines (or only the grid when the atlas is missing)."""
    countries = country_paths(Path(path) if path else None)
    body = "".join(f'<path d="{d}"><title>{_text(name)}</title></path>' for name, d in countries)
    # presentation attributes, not a <style>: the Content-Security-Policy allows no inline styles
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w:.0f} {h:.0f}" width="{w:.0f}" '
            'height="{h:.0f}"><rect width="100%" height="100%" fill="#f4f8fb"/>'
            '<g stroke="#d0d6dc" stroke-width=".5">{grid}</g>'
            '<g fill="#e6e2d6" stroke="#9a958a" stroke-width=".4">{body}</g></svg>').format(
                w=WIDTH, h=HEIGHT, grid=_grid(), body=body)


def has_atlas() -> bool:
    return atlas_path().is_file()


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
