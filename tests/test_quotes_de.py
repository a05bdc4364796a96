"""German counterpart of the English quotations over several sentences (cd5b050, English
speech.carry_quotes): a quotation opened after a speaker's colon carries him over the sentences
the splitter cuts it into (straight marks, "»...«", "‚...‘"), and one the splitter keeps whole
("„...“") is cut into its sentences' clauses (fields._is_boundary), so that 'wir' inside is the
speaker's. A sentence after the closing mark is no longer his."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, event", [
    ('Orban sagte am Montag in Budapest: "Die Sanktionen schaden Europa. Wir fordern Brüssel auf, '
     'sie aufzuheben."', ("HUN", "10", "IGO:EU")),
    ("Der kenianische Präsident Ruto sagte in Nairobi: »Die Lage an der Grenze ist ernst. Wir verurteilen "
     "die Angriffe Somalias.«", ("KEN", "11", "SOM")),
    ("Selenskyj erklärte am Abend: ‚Die Nacht war schwer. Wir danken Polen für die Hilfe.‘",
     ("UKR", "05", "POL")),
    ("Orban sagte am Montag in Budapest: „Die Sanktionen schaden Europa. Wir fordern Brüssel auf, "
     "sie aufzuheben.“", ("HUN", "10", "IGO:EU")),
    ("Orban sagte am Montag in Budapest: „Wir fordern Brüssel auf, die Sanktionen aufzuheben.“",
     ("HUN", "10", "IGO:EU")),
], ids=["straight", "guillemets-german", "single-german", "low-high-two-sentences", "low-high-after-date"])
def test_a_quotation_after_a_colon_is_its_speakers(text, event):
    found = [e[:2] + (e[2],) for e in coded(text, "de")]
    assert any(e[0] == event[0] and e[1].startswith(event[1]) and e[2] == event[2] for e in found), found


def test_a_sentence_after_the_closing_mark_is_not_the_speakers():
    text = ('Orban sagte am Montag in Budapest: "Die Sanktionen schaden Europa." '
            'Wir fordern Brüssel auf, die Sanktionen aufzuheben.')
    assert not [e for e in coded(text, "de") if e[0] == "HUN" and e[1].startswith("10")]


def test_an_unclosed_mark_carries_no_speaker_through_an_article():
    text = ('Orban sagte am Montag: "Die Lage ist ernst. Die Verhandlungen dauern an. Die Preise steigen. '
            'Die Gespräche sind schwierig. Der Winter kommt. Wir fordern Brüssel auf, die Sanktionen aufzuheben.')
    assert not [e for e in coded(text, "de") if e[0] == "HUN" and e[1].startswith("10")]
