"""East Asia 2022-23, round art49 (sentences written for these tests, branch art49d).

- A draft blocked is a resolution vetoed (129), as a resolution or statement blocked is
  (frames-vocab8.yaml): "China and Russia blocked a US draft" CHN+RUS 129 USA; German "einen
  US-Entwurf blockieren" a rejection (12), as "die Resolution blockieren" is (frames.yaml).
- German boats blocked are a blockade (191), as ships and tankers blocked are (frames.yaml):
  "Chinesische Schiffe blockierten zwei philippinische Boote" CHN 191 PHL.
"""

from __future__ import annotations

import pytest

from tests.coded_events import coded

CASES = [
    # a draft blocked is a veto (EN 129) or a rejection (DE 12)
    ("China and Russia blocked a US draft.", "en", ("CHN+RUS", "129", "USA")),
    ("Moscow blocked a British draft on Syria.", "en", ("RUS", "129", "GBR")),
    ("China und Russland blockierten einen US-Entwurf.", "de", ("CHN+RUS", "12", "USA")),
    ("Russland blockierte einen britischen Resolutionsentwurf.", "de", ("RUS", "12", "GBR")),
    # boats blocked are a blockade
    ("Chinesische Schiffe blockierten zwei philippinische Boote.", "de", ("CHN", "191", "PHL")),
    ("Die chinesische Küstenwache blockierte ein philippinisches Versorgungsboot.", "de", ("CHN", "191", "PHL")),
]


@pytest.mark.parametrize("text, lang, expected", CASES)
def test_art49d_sentences(text, lang, expected):
    assert [event[:3] for event in coded(text, lang)] == [expected]
