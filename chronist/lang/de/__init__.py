"""The German language pack: the front-end (sentences, HanTa tags and lemmas, topological
fields, clauses) and German's word data for the shared stages (``words.yaml``, frames, time
rules, place words, inflection of dictionary forms)."""
from __future__ import annotations

from pathlib import Path

from chronist.lang.de import forms
from chronist.lang.pack import Language, Morphology


def _frontend():
    from chronist.lang.de.frontend import GermanFrontEnd
    return GermanFrontEnd()


PACK = Language.from_folder(
    Path(__file__).resolve().parent, code="de", name="German", frontend=_frontend,
    morphology=Morphology(name_forms=forms.name_forms, body_forms=forms.body_forms, adj_forms=forms.adj_forms,
                          people_forms=forms.people_forms, agent_forms=forms.agent_forms),
    compounds=True, linkers=("", "s", "n", "en", "e", "es"), agent_head="first")


def __getattr__(name: str):
    if name == "GermanFrontEnd":          # imported on use: the pack itself loads no model
        from chronist.lang.de.frontend import GermanFrontEnd
        return GermanFrontEnd
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
