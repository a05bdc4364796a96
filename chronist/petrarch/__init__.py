"""PETRARCH compatibility: coding with PETRARCH/TABARI dictionaries as PETRARCH does
(:mod:`chronist.petrarch.coder` on Treebank trees), the verb dictionary with all pattern
elements (:mod:`chronist.petrarch.verbs`), dictionary specs ``builtin``/``petrarch:DIR``
(:mod:`chronist.petrarch.spec`) and PETRARCH's validation records
(:mod:`chronist.petrarch.records`). Actor and agent files are read by
:mod:`chronist.actors.petrarch`."""
