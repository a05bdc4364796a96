"""Descriptions of a pair or group of states named before, branch art52c (passages written for
these tests, in wire style; coref.description_kind and Mentions.refer):

- "the neighbours", "die Nachbarn" with no number word are the two states named last, as "the two
  neighbours" are (pack words ``pair_nouns``): "India accused Pakistan of backing militants. The
  neighbours later agreed to restore a ceasefire" IND+PAK 03 (was no event); none when the sentence
  before names three states and no two stand out, nor after a sentence naming no state ("Die
  Nachbarn alarmierten die Polizei").
- German "die beiden Nachbarn" are two states as "die beiden Länder" (``countries_nouns``): "Angola
  rief die beiden Nachbarn zum Dialog auf" after Rwanda and Congo AGO 026 RWA+COG (was no target).
- "the allies", "die Verbündeten" are the states named last together in one phrase (pack words
  ``allies_nouns``, coref._together): "Russia and Belarus held joint military exercises. Poland
  condemned the allies" POL 111 RUS+BLR (was no event); "the two allies", "den beiden
  Verbündeten" only when two were named together (were "persons", no one); never two states named
  apart, who may be foes ("India accused Pakistan ... Russia criticised the allies": no event), nor
  a group that holds the clause's own state ("France and Germany ... France praised the allies").
- One word between the article and such a noun counts nothing: "the feuding neighbours", "die
  verfeindeten Nachbarn", "the close allies", "die engen Verbündeten".
- A party or pair noun with a possessive mark, or a pair noun in a genitive or "of" phrase, is a
  description of the pair's own officials, as "the two countries' leaders" is: "Greece accused
  Turkey ... The rivals' leaders agreed to meet" GRC+TUR 036 (was UNK); "the neighbours' foreign
  ministers", "die Außenminister der Nachbarn", "the foreign ministers of the neighbours"; with an
  allies noun, of the states named together ("the allies' defence ministers", "die
  Verteidigungsminister der Verbündeten" after Russia and Belarus: RUS+BLR 040).
- A capital named as the owner of allies or partners is not the actor, as a state's name is not
  ("China criticised Washington's allies", "... the allies of Washington" were CHN 111 USA; now no
  event); a person's allies stay of his country ("Trump's allies"). (German "die Verbündeten
  Washingtons" still gives USA, as "die Verbündeten der Ukraine" gives UKR on main: the coder takes
  the noun's genitive possessor; left open.)

- English: a state's short name in a list before an agent noun is an adjective of it, as a demonym
  is (pack words ``modifier_names``, actors.matcher): "US, French and Turkish forces were deployed in
  northern Syria. Damascus demanded that the foreign forces withdraw" SYR 10 USA+FRA+TUR (was
  FRA+TUR: the US taken for its government); "The US and Britain" stay the states.

Passages of the same kind that main already coded right ("both sides", "the two leaders", "die
beiden Staatschefs", "die Konfliktparteien", "the three states", "die ausländischen Streitkräfte")
are kept as a guard in ``test_already_right``.
"""
from __future__ import annotations

import pytest

from tests.coded_events import sectored, triples as _events



@pytest.mark.parametrize("lang, text, expected", [
    ("en", "India accused Pakistan of backing militants in Kashmir. The neighbours later agreed to restore a "
           "ceasefire.", ("IND+PAK", "03", "IND+PAK")),
    ("en", "Pakistan accused Afghanistan of sheltering militants. The neighbours agreed to reopen the border "
           "crossing.", ("AFG+PAK", "0351", "AFG+PAK")),
    ("en", "Thailand accused Cambodia of firing rockets across the border. The neighbors agreed to a ceasefire on "
           "Monday.", ("KHM+THA", "0356", "KHM+THA")),
    ("de", "Indien warf Pakistan die Unterstützung von Extremisten vor. Die Nachbarn vereinbarten später eine "
           "Waffenruhe.", ("IND+PAK", "037", "IND+PAK")),
    ("de", "Pakistan warf Afghanistan vor, Extremisten Unterschlupf zu gewähren. Die Nachbarn vereinbarten die "
           "Öffnung des Grenzübergangs.", ("AFG+PAK", "03", "AFG+PAK")),
    ("de", "Thailand warf Kambodscha vor, Raketen über die Grenze abgefeuert zu haben. Die Nachbarn vereinbarten "
           "am Montag eine Waffenruhe.", ("KHM+THA", "037", "KHM+THA")),
    ("de", "Ruanda und Kongo warfen sich gegenseitig die Unterstützung von Rebellen vor. Angola rief die beiden "
           "Nachbarn zum Dialog auf.", ("AGO", "026", "RWA+COG")),
    # one word between the article and the noun
    ("en", "Eritrea accused Ethiopia of massing troops on the border. The feuding neighbours agreed to hold talks "
           "in Jeddah.", ("ERI+ETH", "036", "ERI+ETH")),
    ("de", "Indien warf Pakistan die Unterstützung von Extremisten vor. Die verfeindeten Nachbarn vereinbarten eine "
           "Waffenruhe.", ("IND+PAK", "037", "IND+PAK")),
    ("de", "Eritrea warf Äthiopien einen Truppenaufmarsch vor. Die verfeindeten Nachbarn vereinbarten Gespräche in "
           "Dschidda.", ("ERI+ETH", "036", "ERI+ETH")),
])
def test_the_neighbours_are_the_pair_named_last(lang, text, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Russia and Belarus held joint military exercises. Poland condemned the allies over the drills.",
     ("POL", "111", "RUS+BLR")),
    ("de", "Russland und Belarus hielten ein gemeinsames Manöver ab. Polen verurteilte die Verbündeten.",
     ("POL", "111", "RUS+BLR")),
    ("en", "The United States and Britain struck Houthi targets in Yemen. The Houthis threatened the allies with "
           "retaliation.", ("YEM", "13", "USA+GBR")),
    ("de", "Frankreich und Großbritannien verhängten Sanktionen gegen den Iran. Teheran drohte den Verbündeten mit "
           "Konsequenzen.", ("IRN", "131", "FRA+GBR")),
    ("en", "Russia and Belarus held joint exercises near the border. Lithuania accused the two allies of "
           "provocations.", ("LTU", "1123", "RUS+BLR")),
    ("en", "Russia and Belarus held joint exercises near the border. Lithuania accused the close allies of "
           "provocations.", ("LTU", "1123", "RUS+BLR")),
    ("de", "Russland und Belarus hielten Manöver an der Grenze ab. Litauen verurteilte die engen Verbündeten.",
     ("LTU", "111", "RUS+BLR")),
    ("de", "Russland und Belarus hielten Manöver an der Grenze ab. Litauen kritisierte die beiden Verbündeten "
           "scharf.", ("LTU", "111", "RUS+BLR")),
])
def test_the_allies_are_the_states_named_together(lang, text, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, expected", [
    ("Greece accused Turkey of violating its airspace. The rivals' leaders agreed to meet in Brussels.",
     ("GRC+TUR", "036", "GRC+TUR")),
    ("Kenya accused Somalia of violating its airspace. The neighbours' foreign ministers met in Nairobi on "
     "Tuesday.", ("KEN+SOM", "040", "KEN+SOM")),
    ("Venezuela accused Guyana of provocations over the Essequibo region. The neighbours' presidents agreed to "
     "meet in St Vincent.", ("GUY+VEN", "036", "GUY+VEN")),
])
def test_the_pair_s_officials(text, expected):
    assert expected in _events(text, "en")


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Kenia warf Somalia die Verletzung seines Luftraums vor. Die Außenminister der Nachbarn trafen sich am "
           "Dienstag in Nairobi.", ("KEN+SOM", "040", "KEN+SOM")),
    ("en", "Kenya accused Somalia of violating its airspace. The foreign ministers of the neighbours met in Nairobi "
           "on Tuesday.", ("KEN+SOM", "040", "KEN+SOM")),
    ("de", "Russland und Belarus hielten Manöver ab. Die Verteidigungsminister der Verbündeten trafen sich in Minsk.",
     ("RUS+BLR", "040", "RUS+BLR")),
    ("en", "Russia and Belarus held joint exercises. The allies' defence ministers met in Minsk on Tuesday.",
     ("RUS+BLR", "040", "RUS+BLR")),
])
def test_officials_of_the_neighbours_and_allies(lang, text, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Egypt, Sudan and Ethiopia held talks on the dam in Cairo. The foreign ministers of the neighbours met "
           "again on Tuesday."),
    ("de", "Indien warf Pakistan die Unterstützung von Extremisten vor. Die Verteidigungsminister der Verbündeten "
           "trafen sich in Delhi."),
])
def test_officials_of_no_fitting_group_are_no_one(lang, text):
    # only the first sentence's own events
    first = text.split(". ")[0] + "."
    assert _events(text, lang) == _events(first, lang)


@pytest.mark.parametrize("text", [
    "Japan and South Korea signed a defence pact. China criticised Washington's allies.",
    "Japan and South Korea held joint drills. China criticised the allies of Washington.",
])
def test_a_capital_owning_allies_is_not_the_actor(text):
    assert not [e for e in _events(text, "en") if e[0] == "CHN"]


def test_a_person_s_allies_stay_of_his_country():
    assert _events("Russia condemned Trump's allies.", "en") == [("RUS", "111", "USA")]


@pytest.mark.parametrize("lang, text", [
    # two states named apart may be foes: no allies
    ("en", "India accused Pakistan of backing militants. Russia criticised the allies."),
    # "the two allies" after three states named together
    ("en", "Russia, Belarus and Iran held joint exercises. Lithuania accused the two allies of provocations."),
    ("de", "Russland, Belarus und Iran hielten ein Manöver ab. Litauen kritisierte die beiden Verbündeten scharf."),
    # the group holds the subject's own state
    ("en", "France and Germany held talks in Paris. France praised the allies."),
    # three states, none stands out: no pair of neighbours
    ("en", "Egypt, Sudan and Ethiopia held talks on the dam in Cairo. The neighbours agreed to meet again."),
    ("de", "Ägypten, Sudan und Äthiopien führten Gespräche über den Staudamm. Die Nachbarn vereinbarten ein neues "
           "Treffen."),
])
def test_no_group_fits_no_event_of_it(lang, text):
    # only the first sentence's own event
    assert len(_events(text, lang)) <= 1


@pytest.mark.parametrize("lang, text", [
    ("de", "Ein Mann hat in Köln seine Frau angegriffen. Die Nachbarn alarmierten die Polizei."),
    ("en", "Thieves broke into a house in Leeds. The neighbours called the police."),
])
def test_neighbours_of_a_house_are_no_states(lang, text):
    # (the first sentence may code its own act: since s18d a man attacking his wife in Cologne is
    # DEU 18 DEU; the neighbours add nothing to it)
    first = text.split(". ")[0] + "."
    assert not [e for e in _events(text, lang) if e[0] not in ("", "UNK") and e not in _events(first, lang)]


def test_rivals_leaders_with_no_states_named_are_no_one():
    events = _events("The talks ended without result. The rivals' leaders agreed to meet again.", "en")
    assert all(e[0] == "UNK" for e in events)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Armenia accused Azerbaijan of shelling border villages. The two countries agreed on Friday to hold talks "
           "in Geneva.", ("ARM+AZE", "036", "ARM+AZE")),
    ("en", "Serbia and Kosovo traded accusations over the border closure. The EU urged the rivals to return to "
           "talks.", ("IGO:EU", "02", "SRB+XKX")),
    ("en", "Chinese President Xi Jinping met U.S. President Joe Biden in California. The two leaders agreed to "
           "resume military talks.", ("CHN+USA", "036", "CHN+USA")),
    ("en", "Estonia, Latvia and Lithuania expelled Russian diplomats. Moscow condemned the three states.",
     ("RUS", "111", "EST+LVA+LTU")),
    ("en", "Armenia accused Azerbaijan of shelling villages. Russia urged the two sides to show restraint.",
     ("RUS", "02", "ARM+AZE")),
    ("en", "Israel struck Hamas positions in Gaza. Egypt urged the warring parties to accept a ceasefire.",
     ("EGY", "02", "ISR+PSE")),
    ("en", "Rwanda and Congo traded accusations over the rebel offensive. Angola urged the two neighbours to talk.",
     ("AGO", "02", "RWA+COG")),
    ("en", "Iran and Saudi Arabia restored diplomatic ties in Beijing. The two rivals agreed to reopen embassies.",
     ("IRN+SAU", "032", "IRN+SAU")),
    ("en", "Britain and France imposed sanctions on Iran. Tehran condemned the allies.", ("IRN", "111", "GBR+FRA")),
    ("de", "Armenien warf Aserbaidschan den Beschuss von Grenzdörfern vor. Die beiden Länder vereinbarten am "
           "Freitag Gespräche in Genf.", ("ARM+AZE", "036", "ARM+AZE")),
    ("de", "Der chinesische Präsident Xi Jinping traf US-Präsident Joe Biden in Kalifornien. Die beiden Staatschefs "
           "vereinbarten neue Gespräche.", ("CHN+USA", "036", "CHN+USA")),
    ("de", "Griechenland warf der Türkei die Verletzung seines Luftraums vor. Die Staatsoberhäupter der Rivalen "
           "vereinbarten ein Treffen in Brüssel.", ("GRC+TUR", "036", "GRC+TUR")),
    ("de", "Estland, Lettland und Litauen wiesen russische Diplomaten aus. Moskau verurteilte die drei Staaten.",
     ("RUS", "111", "EST+LVA+LTU")),
    ("de", "Armenien warf Aserbaidschan den Beschuss von Dörfern vor. Russland rief beide Seiten zur Zurückhaltung "
           "auf.", ("RUS", "0256", "ARM+AZE")),
    ("de", "Israel griff Stellungen der Hamas in Gaza an. Ägypten forderte die Kriegsparteien zu einer Waffenruhe "
           "auf.", ("EGY", "1056", "ISR+PSE")),
    ("de", "Iran und Saudi-Arabien nahmen in Peking wieder diplomatische Beziehungen auf. Die beiden Rivalen "
           "vereinbarten die Wiedereröffnung der Botschaften.", ("IRN+SAU", "032", "IRN+SAU")),
    ("de", "Amerikanische, französische und türkische Truppen waren in Nordsyrien stationiert. Damaskus forderte "
           "den Abzug der ausländischen Streitkräfte.", ("SYR", "1056", "USA+FRA+TUR")),
    ("de", "Russische und belarussische Truppen drangen in die Ukraine ein. Kiew verurteilte die ausländischen "
           "Streitkräfte.", ("UKR", "111", "RUS+BLR")),
    ("de", "Großbritannien und Frankreich verhängten Sanktionen gegen Iran. Teheran verurteilte die Verbündeten.",
     ("IRN", "111", "GBR+FRA")),
])
def test_already_right(lang, text, expected):
    # passages of the same kind that main coded right: a guard
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, expected", [
    ("US, French and Turkish forces were deployed in northern Syria. Damascus demanded that the foreign forces "
     "withdraw.", ("SYR", "10", "USA+FRA+TUR")),
    ("U.S. and French troops were stationed in Niger. The junta in Niamey ordered the foreign forces to leave.",
     ("NER", "10", "USA+FRA")),
])
def test_a_short_name_in_a_list_of_forces(text, expected):
    assert expected in _events(text, "en")


def test_a_short_name_alone_stays_the_state():
    assert sectored("The US and Britain struck Houthi targets in Yemen.", "en")[0][0] == "USA/GOV+GBR/GOV"
