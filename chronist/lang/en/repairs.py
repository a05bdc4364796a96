"""Repairs of spaCy parses that the clause builder relies on.

* "kidnapped up to 16 advisers": the parser takes "up" for a particle; the number
  phrase is the object.
* "granted asylum to five officers holed up in ...": the parser makes the noun the
  subject of the participle and leaves "to" without an object.
"""
from __future__ import annotations

from spacy.tokens import Token as SpToken


def up_to(prt: SpToken) -> SpToken | None:
    """The noun of "up to 16 advisers" when the parser took "up" for a particle."""
    if prt.lower_ != "up":
        return None
    nxt = prt.doc[prt.i + 1] if prt.i + 1 < len(prt.doc) else None
    to = nxt if (nxt is not None and nxt.lower_ == "to" and nxt.dep_ == "prep"
                 and nxt.head.i in (prt.i, prt.head.i)) else None
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if pobj is not None and any(c.dep_ == "nummod" or c.like_num for c in pobj.subtree):
        return pobj
    return None


def stray_object(prep: SpToken) -> SpToken | None:
    """"granted asylum to five officers holed up in ...": the parser made the noun the
    subject of the participle and left the preposition without object."""
    doc = prep.doc
    nxt = prep.i + 1
    for t in doc[nxt:min(len(doc), nxt + 10)]:
        if (t.dep_ == "nsubj" and t.left_edge.i == nxt and t.head.i > t.i
                and t.head.dep_ in ("advcl", "acl", "relcl", "ccomp") and t.head.head.i == prep.head.i):
            return t
    return None
