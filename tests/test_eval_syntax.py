"""Subject and object finding against UD trees: a small tree written here, and the UD German dev set."""
from pathlib import Path

import pytest

from chronist.eval.syntax import evaluate_syntax, read_conllu
from chronist.lang.de import GermanFrontEnd

UD = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "ud" / "de_gsd-ud-dev.conllu"
TREE = """# text = Den Vertrag unterschrieb der Minister.
1\tDen\tder\tDET\tART\t_\t2\tdet\t_\t_
2\tVertrag\tVertrag\tNOUN\tNN\t_\t3\tobj\t_\t_
3\tunterschrieb\tunterschreiben\tVERB\tVVFIN\t_\t0\troot\t_\t_
4\tder\tder\tDET\tART\t_\t5\tdet\t_\t_
5\tMinister\tMinister\tNOUN\tNN\t_\t3\tnsubj\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t$.\t_\t3\tpunct\t_\t_

# text = Das Gesetz wurde vom Parlament beschlossen.
1\tDas\tder\tDET\tART\t_\t2\tdet\t_\t_
2\tGesetz\tGesetz\tNOUN\tNN\t_\t6\tnsubj:pass\t_\t_
3\twurde\twerden\tAUX\tVAFIN\t_\t6\taux:pass\t_\t_
4-5\tvom\t_\t_\t_\t_\t_\t_\t_\t_
4\tvon\tvon\tADP\tAPPR\t_\t6\tcase\t_\t_
5\tdem\tder\tDET\tART\t_\t6\tdet\t_\t_
6\tParlament\tParlament\tNOUN\tNN\t_\t7\tobl:agent\t_\t_
7\tbeschlossen\tbeschließen\tVERB\tVVPP\t_\t0\troot\t_\tSpaceAfter=No
8\t.\t.\tPUNCT\t$.\t_\t7\tpunct\t_\t_
"""


def test_a_small_tree_is_read_and_scored(tmp_path):
    path = tmp_path / "tiny.conllu"
    path.write_text(TREE, "utf-8")
    sentences = read_conllu(path)
    assert [len(s.words) for s in sentences] == [6, 8]   # "vom" is two syntactic words
    score = evaluate_syntax(sentences, GermanFrontEnd())
    assert score.gold["nsubj"] == 1 and score.found["nsubj"] == 1
    assert score.gold["obj"] == 1 and score.found["obj"] == 1
    assert score.gold["nsubj:pass"] == 1 and score.found["nsubj:pass"] == 1


@pytest.mark.skipif(not UD.exists(), reason="../shared/eval/ud is not beside the project")
def test_ud_german_dev_subject_and_object_floors():
    score = evaluate_syntax(read_conllu(UD), GermanFrontEnd())
    # floors at what was measured; they only go up
    assert score.group(("nsubj", "nsubj:pass")) >= 0.880
    assert score.group(("obj", "iobj")) >= 0.914
