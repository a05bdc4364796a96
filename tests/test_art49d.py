"""East Asia 2022-23, round art49 (sentences written for these tests, branch art49d).

- A draft blocked is a resolution vetoed (129), as a resolution or statement blocked is
  (frames-vocab8.yaml): "China and Russia blocked a US draft" CHN+RUS 129 USA; German "einen
  US-Entwurf blockieren" a rejection (12), as "die Resolution blockieren" is (frames.yaml).
- German boats blocked are a blockade (191), as ships and tankers blocked are (frames.yaml):
  "Chinesische Schiffe blockierten zwei philippinische Boote" CHN 191 PHL.
- Export controls slapped on a state's firms are a sanction (163), as tariffs slapped are
  (frames-13-20.yaml): "The United States slapped export controls on Chinese chip makers".
- A ship chased away is force used (190, frames-art49d.yaml), as German "vertrieb" is.
- German protest notes sent to a state are criticism of it (111, frames-light.yaml), as "Protest"
  sent is: "Manila hat dutzende Protestnoten an Peking gerichtet" PHL 111 CHN.
- German goods seized "für" someone are seized from them (1711, frames.yaml): "hat Vorräte für
  philippinische Marinesoldaten beschlagnahmt" CHN 1711 PHL.
- Persons (leaders-2020s.yaml): Manasseh Sogavare and Jeremiah Manele (Solomon Islands),
  Hirokazu Matsuno (Japan), Joseph Wu (Taiwan), Rahm Emanuel (US ambassador to Japan):
  "Albanese asked Sogavare to reconsider the deal" AUS 020 SLB.
- German exercises of an air force, or any exercises, a government or an army begins are a show
  of force (150, frames-conf24.yaml), as manoeuvres begun are; the exercises then condemned are
  theirs: "Südkorea und die USA begannen gemeinsame Luftwaffenübungen. Pjöngjang verurteilte die
  Übungen." PRK 111 KOR+USA.
- German ships or planes forced away ("drängte ... ab") are force used (190, de frames-art49d.yaml).
- The unnamed authority of a participle that hangs on a state's act is that state's government,
  not the state of those it acts on (``_governing_state``): "Manila expelled two Chinese nationals
  accused of spying" PHL 1125 CHN (was CHN 1125 CHN); words reported keep the old reading.
- A German diplomat summoned in the passive with no agent is summoned by the state of his post,
  which the front-end reads as an attribute of the subject (``Coder._source``, as English reads a
  phrase of the verb): "Der chinesische Botschafter in Manila wurde einbestellt" PHL 114 CHN (was no event);
  German "zitieren" into a ministry takes its place as the summoner too, as "einbestellen" does
  (frames.yaml): "Der chinesische Botschafter wurde ins Außenministerium in Tokio zitiert" JPN 114 CHN.
"""

from __future__ import annotations

import datetime as dt

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
    # export controls slapped on, ships chased away, protest notes sent, goods for someone seized
    ("The United States slapped export controls on Chinese chip makers.", "en", ("USA", "163", "CHN")),
    ("Chinese coast guard vessels chased away a Philippine research ship.", "en", ("CHN", "190", "PHL")),
    ("Manila hat dutzende Protestnoten an Peking gerichtet.", "de", ("PHL", "111", "CHN")),
    ("Die chinesische Küstenwache hat Vorräte für philippinische Marinesoldaten beschlagnahmt.", "de",
     ("CHN", "1711", "PHL")),
    ("Japanische Kampfjets haben ein chinesisches Aufklärungsflugzeug abgedrängt.", "de", ("JPN", "190", "CHN")),
    ("Der chinesische Botschafter in Manila wurde wegen des Vorfalls einbestellt.", "de", ("PHL", "114", "CHN")),
    ("Der russische Botschafter in Japan wurde einbestellt.", "de", ("JPN", "114", "RUS")),
    ("Der chinesische Botschafter wurde ins Außenministerium in Tokio zitiert.", "de", ("JPN", "114", "CHN")),
    # leaders of the Solomon Islands
    ("Albanese asked Sogavare to reconsider the deal.", "en", ("AUS", "020", "SLB")),
    ("Albanese bat Sogavare, das Abkommen zu überdenken.", "de", ("AUS", "020", "SLB")),
]


@pytest.mark.parametrize("text, lang, expected", CASES)
def test_art49d_sentences(text, lang, expected):
    assert [event[:3] for event in coded(text, lang, dt.date(2022, 8, 15))] == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Südkorea und die USA begannen am Montag gemeinsame Luftwaffenübungen. Pjöngjang verurteilte die Übungen.", "de",
     [("KOR+USA", "150", ""), ("PRK", "111", "KOR+USA")]),
    ("Manila expelled two Chinese nationals accused of spying.", "en",
     [("PHL", "174", "CHN"), ("PHL", "1125", "CHN")]),
    ("Russia released two Americans accused of spying.", "en",
     [("RUS", "0841", "USA"), ("RUS", "1125", "USA")]),
])
def test_art49d_articles(text, lang, expected):
    assert [event[:3] for event in coded(text, lang, dt.date(2022, 8, 15))] == expected
