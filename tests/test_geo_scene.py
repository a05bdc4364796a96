"""Where events happen: compass regions, spellings, place phrases anywhere in the sentence,
the scene an article goes on at, and the dateline."""
import datetime as dt

import pytest

from chronist.geo.gazetteer import Gazetteer
from chronist.geo.locate import locate, mentions
from chronist.geo.scene import place_phrases, whole_names
from chronist.model import Article
from chronist.pipeline import Pipeline


@pytest.mark.parametrize("lang, phrase, name, kind", [
    ("de", "im Nordirak", "northern Iraq", "region"),
    ("de", "in der Ostukraine", "eastern Ukraine", "region"),
    ("de", "im Nordwesten Syriens", "northwestern Syria", "region"),
    ("de", "im Süden von Libyen", "southern Libya", "region"),
    ("en", "in northern Syria", "northern Syria", "region"),
    ("en", "in the north of Iraq", "northern Iraq", "region"),
    ("de", "in Nordkorea", "North Korea", "country"),          # a state, not the north of Korea
    ("de", "in Nordmazedonien", "North Macedonia", "country"),
    ("de", "im Südsudan", "South Sudan", "country"),
    ("de", "im Süden von Beirut", "Beirut", "city"),           # a city's south is the city
    ("de", "in Ostjerusalem", "East Jerusalem", "place"),
], ids=lambda v: str(v))
def test_compass_words_name_a_region(lang, phrase, name, kind):
    place = locate(phrase, lang=lang)
    assert (place.name, place.kind) == (name, kind)
    assert place.lat is not None


@pytest.mark.parametrize("phrase, name, country", [
    ("östlich von Chan Junis", "Khan Yunis", "PSE"),               # German spelling of a name of two words
    ("in Raka", "Raqqa", "SYR"),                                   # the English name, not the transliteration
    ("in der Stadt Azaz", "Azaz", "SYR"),
    ("in Dschisr asch-Schughur", "Jisr al-Shughur", "SYR"),
], ids=lambda v: str(v))
def test_german_spellings_give_english_names(phrase, name, country):
    place = locate(phrase, lang="de")
    assert (place.name, place.country) == (name, country)


def _phrased(lang, words, proper=()):
    gaz = Gazetteer.default()
    found = whole_names(mentions(words, lang=lang, gazetteer=gaz), set(proper))
    return [" ".join(words[m.start:m.end]) for m in place_phrases(words, found, gaz.words[lang])]


def test_a_place_of_a_phrase_is_opened_by_a_place_word():
    words = "Bei Kämpfen nahe der syrischen Stadt Homs starben Soldaten aus Jordanien".split()
    assert _phrased("de", words) == ["Homs"]                       # "aus Jordanien" says where they are from
    words = "Raketen trafen Schulen in Aleppo und Idlib , sagte Moskau".split()
    assert _phrased("de", words) == ["Aleppo", "Idlib"]
    words = "Damaskus kritisierte die Angriffe".split()
    assert _phrased("de", words) == []
    words = "fighting near the besieged city of Aleppo".split()
    assert _phrased("en", words) == ["Aleppo"]


def test_a_place_inside_a_longer_name_is_not_that_place():
    words = "Kämpfe um die Ortschaft Tal Abu Samra".split()
    found = mentions(words, lang="de")
    assert found and not whole_names(found, {4, 5, 6})            # "Tal" alone is some other town


PIPELINE = Pipeline.default()


def _locations(lang, text):
    doc = PIPELINE.process(Article(text=text, id="t", date=dt.date(2018, 5, 27)), lang=lang)
    return [(e.sentence_index, e.location) for e in doc.events]


def test_the_next_sentence_goes_on_at_the_same_place():
    text = ("Damaskus – Syrische Truppen griffen am Montag Rebellen in der Stadt Homs an. "
            "Dabei töteten die Soldaten mindestens zehn Rebellen.")
    assert _locations("de", text) == [(0, "Homs"), (1, "Homs")]


def test_a_country_the_dateline_city_lies_in_leaves_the_city():
    text = ("Havanna – Bei seinem Besuch in Kuba traf Obama den kubanischen Präsidenten Raúl Castro. "
            "Am Dienstag traf Obama den kubanischen Außenminister.")
    assert _locations("de", text) == [(0, "Cuba"), (1, "Havana")]


def test_the_scene_keeps_the_town_its_events_were_placed_in():
    text = ("Kairo – Ägyptische Soldaten töteten am Montag in der Stadt Rafah drei Extremisten. "
            "Nach Angaben der Armee wurden außerdem vier Soldaten verletzt.")
    doc = PIPELINE.process(Article(text=text, id="t", date=dt.date(2018, 5, 27)), lang="de")
    assert [(e.location, e.country) for e in doc.events] == [("Rafah", "EGY"), ("Rafah", "EGY")]


@pytest.mark.parametrize("lang, text, location", [
    ("de", "Russische Kampfjets bombardierten die Stadt Azaz im Norden Syriens.", "Azaz"),
    ("de", "Bei einem Angriff auf ein Krankenhaus in Idlib töteten syrische Soldaten zwei Ärzte.", "Idlib"),
    ("de", "Syrische Soldaten töteten am Rande von Homs zwölf Rebellen.", "Homs"),
    ("de", "In der Ostukraine kämpfen Regierungstruppen gegen prorussische Separatisten.", "eastern Ukraine"),
    ("en", "Turkish jets bombed PKK positions in northern Iraq.", "northern Iraq"),
    ("en", "Syrian troops shelled rebels near the town of Azaz on Monday.", "Azaz"),
], ids=lambda v: str(v)[:40])
def test_the_place_phrase_of_a_sentence(lang, text, location):
    assert [loc for _, loc in _locations(lang, text)] == [location]


@pytest.mark.parametrize("lang, text, locations", [
    ("en", "Talks were held in Geneva on Monday. The Iranian foreign minister will visit Baghdad next week.",
     [(1, "Baghdad")]),
    ("en", "Leaders met in Brussels on Friday. Turkey's president visited the United States in May.",
     [(1, "United States")]),
    ("de", "Genf – Der indische Regierungschef besuchte am Montag Islamabad.", [(0, "Islamabad")]),
    ("de", "Genf – Ankara empfing am Montag den iranischen Außenminister.", [(0, "Ankara")]),
    ("en", "Madrid — Tokyo hosted the Indian prime minister on Monday.", [(0, "Tokyo")]),
    ("en", "Talks were held in Geneva on Monday. Russian troops shelled Kharkiv overnight.", [(1, "Kharkiv")]),
    ("de", "Genf – Russische Truppen beschossen in der Nacht die Stadt Mariupol.", [(0, "Mariupol")]),
], ids=lambda v: str(v)[:40])
def test_a_visit_or_an_attack_is_at_the_place_its_other_side_is_named_by(lang, text, locations):
    assert [item for item in _locations(lang, text) if item[0] == locations[0][0]] == locations


@pytest.mark.parametrize("lang, text", [
    ("en", "Russian drones struck Odessa overnight."),
    ("de", "Russland griff Odessa in der Nacht mit Drohnen an."),
])
def test_odessa_is_the_ukrainian_port_not_the_texan_town(lang, text):
    doc = PIPELINE.process(Article(text=text, id="t", date=dt.date(2023, 5, 27)), lang=lang)
    assert [([a.code for a in e.target], e.location, e.country) for e in doc.events] == [(["UKR"], "Odesa", "UKR")]


def test_a_visit_to_a_person_keeps_the_place_of_the_scene():
    text = "Berlin – Der französische Präsident besuchte am Montag die Kanzlerin."
    assert _locations("de", text) == [(0, "Berlin")]


# -- armed groups that act in several states ----------------------------------------------

def _pairs(lang: str, text: str) -> list[tuple[list[str], list[str]]]:
    doc = PIPELINE.process(Article(text=text, id="t", date=dt.date(2016, 2, 20)), lang=lang)
    return [([f"{a.code}/{a.sector}" for a in e.source], [f"{a.code}/{a.sector}" for a in e.target])
            for e in doc.events]


@pytest.mark.parametrize("lang, text, pair", [
    ("de", "Amerikanische Kampfjets bombardierten am Freitag ein Lager der Terrormiliz IS in Libyen.",
     (["USA/MIL"], ["LBY/REB"])),
    ("de", "Kämpfer des IS griffen am Sonntag in Tunesien eine Kaserne der Armee an.",
     (["TUN/REB"], ["TUN/MIL"])),
    ("en", "Nigerian troops attacked Boko Haram fighters in Cameroon on Sunday.", (["NGA/MIL"], ["CMR/REB"])),
    ("en", "Iraqi soldiers fought Islamic State militants near Mosul on Monday.", (["IRQ/MIL"], ["IRQ/REB"])),
], ids=lambda v: v if isinstance(v, str) and len(v) < 4 else None)
def test_a_group_of_several_states_takes_the_state_its_event_is_placed_in(lang, text, pair):
    assert pair in _pairs(lang, text)


def test_a_dateline_alone_does_not_move_a_group_of_several_states():
    """"Washington –" says where the report was filed, not where the Islamic State acted."""
    assert _pairs("de", "Washington – Die US-Armee hat erneut Stellungen des IS angegriffen.") == [
        (["USA/MIL"], ["SYR/REB"])]


def test_a_place_of_the_sentence_before_does_not_move_a_group_of_several_states():
    """The scene of a campaign speech is not where the Islamic State would be fought."""
    text = ("Washington – Der Kandidat sprach am Montag in Iowa vor Anhängern. "
            "Die US-Armee werde den IS angreifen, sagte er.")
    assert all("USA/REB" not in target for _, target in _pairs("de", text))


def test_an_organisation_that_roams_must_say_true_or_false(tmp_path):
    from chronist.actors.dictionary import ActorDictionary
    from chronist.errors import ConfigError
    bad = tmp_path / "organisations.yaml"
    bad.write_text("organisations:\n  Some Militia:\n    code: SYR\n    sector: REB\n    roams: often\n"
                   "    names: [Some Militia]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="roams"):
        ActorDictionary()._load_organisations(bad)


@pytest.mark.parametrize("lang, text, pair", [
    ("de", "Der libysche IS-Chef drohte am Dienstag mit neuen Angriffen auf Italien.", (["LBY/REB"], ["ITA/GOV"])),
    ("de", "Die libysche Terrormiliz IS hat am Montag Zivilisten getötet.", (["LBY/REB"], ["LBY/CVL"])),
    ("de", "Die nigrische Boko Haram hat am Sonntag Soldaten angegriffen.", (["NER/REB"], ["NER/MIL"])),
    ("en", "The Libyan Islamic State commander threatened Italy on Tuesday.", (["LBY/REB"], ["ITA/GOV"])),
    ("en", "The Libyan IS commander threatened Italy on Tuesday.", (["LBY/REB"], ["ITA/GOV"])),
], ids=lambda v: v if isinstance(v, str) and len(v) < 4 else None)
def test_a_state_adjective_places_a_group_of_several_states(lang, text, pair):
    """An adjective naming one state before the group gives it that state, in its own sector."""
    assert pair in _pairs(lang, text)


@pytest.mark.parametrize("lang, text, pair", [
    # a group of one state keeps its home
    ("de", "Die irakische PKK hat am Montag Soldaten angegriffen.", (["TUR/REB"], ["TUR/MIL"])),
    # the adjective of another actor's phrase before the group
    ("de", "Eine von kenianischen Soldaten belagerte Al-Shabaab-Miliz hat Zivilisten getötet.",
     (["SOM/REB"], ["SOM/CVL"])),
    ("en", "The Iraqi prime minister condemned the Islamic State on Monday.", (["IRQ/GOV"], ["SYR/REB"])),
], ids=lambda v: v if isinstance(v, str) and len(v) < 4 else None)
def test_an_adjective_moves_only_a_group_of_several_states_it_names(lang, text, pair):
    assert pair in _pairs(lang, text)
