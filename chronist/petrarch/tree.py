"""Penn Treebank parses (as PETRARCH's records carry them) read into a small tree, and the
noun phrases PETRARCH codes as actors ("NE" phrases) found in it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_TOKEN = re.compile(r"\(|\)|[^\s()]+")
CLAUSES = ("S", "SBAR", "SINV", "SQ", "SBARQ")


class ParseError(ValueError):
    """A parse that is not a balanced Treebank tree (PETRARCH's ``bad_input_parse``)."""


@dataclass(slots=True)
class Node:
    label: str
    children: list["Node"] = field(default_factory=list)
    word: str | None = None          # leaves: the word, upper case
    index: int = -1                  # leaves: position in the sentence
    parent: "Node | None" = None

    @property
    def leaf(self) -> bool:
        return self.word is not None

    def leaves(self, stop: tuple[str, ...] = ()) -> list["Node"]:
        if self.leaf:
            return [self]
        out: list[Node] = []
        for child in self.children:
            if child.label in stop:
                continue
            out += child.leaves(stop)
        return out

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


def read_tree(text: str) -> tuple[Node, list[Node]]:
    """The tree and its leaves in order; raises :class:`ParseError` when unbalanced."""
    tokens = _TOKEN.findall(text)
    if tokens.count("(") != tokens.count(")") or not tokens:
        raise ParseError("the parse's brackets are not balanced")
    leaves: list[Node] = []
    pos = 0

    def node(parent: Node | None) -> Node:
        nonlocal pos
        if tokens[pos] != "(":
            raise ParseError(f"expected '(' at token {pos}")
        pos += 1
        label = tokens[pos] if tokens[pos] not in "()" else ""
        if label:
            pos += 1
        me = Node(label, parent=parent)
        while pos < len(tokens) and tokens[pos] != ")":
            if tokens[pos] == "(":
                me.children.append(node(me))
            else:
                leaf = Node(label, word=tokens[pos].upper(), index=len(leaves), parent=me)
                leaves.append(leaf)
                me.children.append(leaf)
                pos += 1
        if pos >= len(tokens):
            raise ParseError("the parse ends inside a phrase")
        pos += 1
        return me

    root = node(None)
    if pos != len(tokens):
        raise ParseError("text after the end of the parse")
    return root, leaves
