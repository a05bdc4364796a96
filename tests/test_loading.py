"""chronist.loading: building tables with the garbage collector paused, and reading YAML."""
from __future__ import annotations

import gc
from pathlib import Path

import pytest
import yaml

from chronist.loading import read_yaml, without_gc

PACKAGE = Path(__file__).resolve().parents[1] / "chronist"


def test_collector_is_paused_during_a_build_and_restored_after() -> None:
    seen = []

    @without_gc
    def inner():
        seen.append(("inner", gc.isenabled()))
        return 1

    @without_gc
    def outer():
        seen.append(("outer", gc.isenabled()))
        return inner() + 1

    assert gc.isenabled()
    assert outer() == 2
    assert seen == [("outer", False), ("inner", False)]
    assert gc.isenabled()


def test_collector_is_restored_when_a_build_fails() -> None:
    @without_gc
    def broken():
        raise ValueError("bad data")

    with pytest.raises(ValueError):
        broken()
    assert gc.isenabled()


def test_a_caller_that_paused_the_collector_keeps_it_paused() -> None:
    gc.disable()
    try:
        assert without_gc(gc.isenabled)() is False
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.yaml")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_read_yaml_gives_what_safe_load_gives(path: Path) -> None:
    text = path.read_text("utf-8")
    assert read_yaml(text) == yaml.safe_load(text)


def test_read_yaml_raises_yaml_errors() -> None:
    with pytest.raises(yaml.YAMLError):
        read_yaml("a: [1, 2\nb: 3")
