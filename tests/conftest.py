"""Fixtures shared by the actor tests."""
from __future__ import annotations

import pytest

from chronist.actors.dictionary import ActorDictionary
from chronist.actors.matcher import ActorMatcher


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return ActorDictionary.default()


@pytest.fixture(scope="module")
def matcher(dictionary: ActorDictionary) -> ActorMatcher:
    return ActorMatcher(dictionary)
