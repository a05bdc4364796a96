"""The offline gazetteer and event locations."""
import datetime as dt
import shutil

import pytest

from chronist.errors import ConfigError
from chronist.geo.gazetteer import DATA_DIR, Gazetteer, english_form, fold, load_places, load_words
from chronist.geo.locate import locate
from chronist.lang import available, get
from chronist.model import Article
from chronist.pipeline import Pipeline


@pytest.mark.parametrize("lang, phrase, countries, name, country", [
    ("de", "im Grenzort Panmunjom", (), "Panmunjom", "PRK"),
    ("de", "in Moskau", ("USA",), "Moscow", "RUS"),
    ("en", "in Moscow", ("USA",), "Moscow", "RUS"),
    ("en", "in Singapore", (), "Singapore", "SGP"),
    ("de", "im Gazastreifen", (), "Gaza Strip", "PSE"),
    ("de", "im besetzten Westjordanland", (), "West Bank", "PSE"),
    ("en", "in a West Bank refugee camp", (), "West Bank", "PSE"),
    ("de", "auf der Krim", (), "Crimea", "UKR"),
    ("de", "im Donbass", (), "Donbas", "UKR"),
    ("de", "im Norden Syriens", (), "northern Syria", "SYR"),
    ("de", "in der Osttürkei", (), "eastern Turkey", "TUR"),
    ("de", "im Südlibanon", (), "southern Lebanon", "LBN"),
    ("de", "im Osten Beiruts", (), "Beirut", "LBN"),
    ("en", "in the northern city of Kirkuk", (), "Kirkuk", "IRQ"),
    ("de", "in der Hauptstadt Algier", (), "Algiers", "DZA"),
    ("de", "in Genua", (), "Genoa", "ITA"),
    ("de", "in Köln", (), "Cologne", "DEU"),
    ("de", "in Frankfurt am Main", (), "Frankfurt am Main", "DEU"),
    ("de", "in der Demokratischen Republik Kongo", (), "Democratic Republic of the Congo", "COD"),
    ("en", "near the town of Samarra", (), "Samarra", "IRQ"),
    ("en", "in Kirkuk, Iraq", (), "Kirkuk", "IRQ"),
    ("de", "nahe der Stadt Rafah", ("ISR", "PSE"), "Rafah", "PSE"),
    ("de", "nahe der Stadt Rafah", ("EGY",), "Rafah", "EGY"),
    # an old name of a capital (Amman's "Philadelphia") is no capital's claim on a city's own name
    ("en", "in Philadelphia", (), "Philadelphia", "USA"),
    ("de", "in Tripolis", (), "Tripoli", "LBY"),
    # a district named after its city
    ("de", "in Wien-Hietzing", (), "Vienna", "AUT"),
    ("de", "in Köln-Ehrenfeld", (), "Cologne", "DEU"),
], ids=lambda v: str(v))
def test_locate(lang, phrase, countries, name, country):
    place = locate(phrase, lang=lang, countries=countries)
    assert place is not None, phrase
    assert (place.name, place.country) == (name, country)
    assert place.lat is not None and -90 <= place.lat <= 90 and -180 <= place.lon <= 180


@pytest.mark.parametrize("lang, phrase", [
    ("de", None), ("de", ""), ("de", "im Norden"), ("de", "in der Stadt"), ("en", "in the capital"),
    ("de", "am Ende"), ("de", "im Iran-Abkommen"), ("de", "in Moskau-treuen Gebieten"),
    ("de", "am Rande des UN-Gipfels"),
], ids=lambda v: str(v))
def test_no_place(lang, phrase):
    assert locate(phrase, lang=lang) is None


def test_coordinates_are_where_the_place_is():
    moscow = locate("Moskau", lang="de")
    assert abs(moscow.lat - 55.75) < 0.1 and abs(moscow.lon - 37.62) < 0.1
    germany = locate("Deutschland", lang="de")
    assert germany.kind == "country" and 47 < germany.lat < 55 and 6 < germany.lon < 15


@pytest.mark.parametrize("raw, folded", [
    ("Sāmarrā’", "samarra"), ("Rafaḩ", "rafah"), ("Köln", "koln"), ("Jae-In", "jae in"), ("Łódź", "lodz"),
], ids=lambda v: str(v))
def test_fold(raw, folded):
    assert fold(raw) == folded


@pytest.mark.parametrize("raw, english", [
    ("Sāmarrā’", "Samarra"), ("São Paulo", "São Paulo"), ("Goražde", "Gorazde"),
], ids=lambda v: str(v))
def test_english_form(raw, english):
    assert english_form(raw) == english


def test_gazetteer_covers_every_actor_country_and_big_cities():
    from chronist.actors.dictionary import ActorDictionary
    gaz = Gazetteer.default()
    missing = [code for code in ActorDictionary.default().countries if code not in gaz.countries]
    assert missing == []
    for name in ("Berlin", "Kyiv", "Kiew", "Peking", "Genf", "Damaskus", "Mailand", "Warschau"):
        assert any(e.place.kind == "city" for e in gaz.candidates(name)), name


def test_hand_table_and_word_lists_are_valid():
    places, english = load_places(DATA_DIR / "places.yaml")
    names = [p.name for p, _ in places]
    assert len(names) == len(set(names))
    assert {"Panmunjom", "Gaza Strip", "West Bank", "Donbas", "Crimea"} <= set(names)
    assert english["Köln"] == "Cologne"
    for lang in available():
        pack = get(lang)
        assert load_words(pack.data("places.yaml"), compass=pack.words.compass_prefixes).skip
    assert "Nord" in Gazetteer.default().words["de"].direction_prefixes     # the pack's compass prefixes


@pytest.mark.parametrize("edit, message", [
    ("lat: 37.956", "lat/lon 137.956"),
    ("country: PRK", "country is 'North Korea'"),
], ids=["latitude", "country-code"])
def test_bad_hand_table_is_refused(tmp_path, edit, message):
    path = tmp_path / "places.yaml"
    shutil.copy(DATA_DIR / "places.yaml", path)
    text = path.read_text(encoding="utf-8")
    assert edit in text
    bad = edit.replace("37.956", "137.956") if "lat" in edit else edit.replace("PRK", "North Korea")
    path.write_text(text.replace(edit, bad, 1), encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_places(path)


PIPELINE = Pipeline.default()


@pytest.mark.parametrize("lang, text, location, country", [
    ("de", "Putin traf Abe in Moskau.", "Moscow", "RUS"),
    ("de", "Israelische Soldaten beschossen Palästinenser im Gazastreifen.", "Gaza Strip", "PSE"),
    ("en", "Putin met Abe in Moscow.", "Moscow", "RUS"),
    ("de", "Wien – Die Polizei hat am Montag in Köln-Ehrenfeld zwei Islamisten festgenommen.", "Cologne", "DEU"),
], ids=["de-moskau", "de-gazastreifen", "en-moscow", "de-district-after-a-dateline"])
def test_pipeline_locates_events(lang, text, location, country):
    doc = PIPELINE.process(Article(text=text, id="t", date=dt.date(2018, 5, 27)), lang=lang)
    assert doc.events, text
    event = doc.events[0]
    assert (event.location, event.country) == (location, country)
    assert event.lat is not None and event.lon is not None


def test_a_place_phrase_is_located_from_its_tokens():
    from chronist.geo.locate import locate_words
    assert locate_words(["im", "Norden", "Syriens", ","], lang="de").name == "northern Syria"
    assert locate_words(["in", "Moskau"], lang="de", countries=["RUS"]).name == "Moscow"
    assert locate_words([], lang="de") is None
