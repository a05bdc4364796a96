"""Towns of current wars that resolve to the wrong state (branch art40b).

The city list knows some front-line towns by a name another state's place shares: "Pokrovsk"
is also an old name of Engels in Russia, so with a Russian actor in the sentence the shelled town
was Russian; "Sloviansk" is an alias of Nikopol. Other towns of the wars in Ukraine,
Gaza, Kashmir and Syria the list lacks in one language or both ("Tschassiw Jar", "Sudscha",
"Deir al-Balah", "Kupwara"), so the attacked town gave no target. All of them are now in the
hand-made place table (chronist/geo/data/places.yaml).
"""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, lang, expected", [
    ("Russian forces shelled Pokrovsk overnight.", "en", ("RUS", "194", "UKR")),
    ("Russland hat Pokrowsk am Sonntag erneut beschossen.", "de", ("RUS", "194", "UKR")),
    ("Russian troops attacked Chasiv Yar on Friday.", "en", ("RUS", "190", "UKR")),
    ("Russische Truppen griffen Tschassiw Jar an.", "de", ("RUS", "190", "UKR")),
    ("Russische Truppen griffen Wuhledar an.", "de", ("RUS", "190", "UKR")),
    ("Russian artillery shelled Kupiansk on Monday.", "en", ("RUS", "194", "UKR")),
    ("Die ukrainische Armee griff Sudscha an.", "de", ("UKR", "190", "RUS")),
    ("Israelische Panzer beschossen Beit Hanun.", "de", ("ISR", "194", "PSE")),
    ("Israeli tanks shelled Deir al-Balah.", "en", ("ISR", "194", "PSE")),
    ("Russische Truppen haben Isjum und Huljajpole beschossen.", "de", ("RUS", "194", "UKR")),
    ("Russian forces shelled Orikhiv overnight.", "en", ("RUS", "194", "UKR")),
    ("Russland griff die Hafenstadt Otschakiw an.", "de", ("RUS", "190", "UKR")),
    ("Russian troops captured Velyka Novosilka.", "en", ("RUS", "190", "UKR")),
    ("Israeli troops raided the Nur Shams camp on Tuesday.", "en", ("ISR", "190", "PSE")),
    ("Hamas fighters attacked Kfar Aza and Nir Oz.", "en", ("PSE", "190", "ISR")),
    ("Die Hamas feuerte Raketen auf Aschkelon.", "de", ("PSE", "190", "ISR")),
    ("Israeli settlers attacked Huwara.", "en", ("ISR", "190", "PSE")),
    ("Die RSF griffen das Lager Samsam an.", "de", ("SDN", "190", "SDN")),
    ("Dschihadisten griffen Ménaka an.", "de", ("MLI", "190", "MLI")),
])
def test_war_town_is_its_state(text, lang, expected):
    events = [e[:3] for e in coded(text, lang)]
    assert expected in events, events


@pytest.mark.parametrize("name, lang, place, country", [
    ("Pokrovsk", "en", "Pokrovsk", "UKR"), ("Sloviansk", "en", "Sloviansk", "UKR"),
    ("Slowjansk", "de", "Sloviansk", "UKR"), ("Kupwara", "en", "Kupwara", "IND"),
    ("Latschin", "de", "Lachin", "AZE"), ("Dscharablus", "de", "Jarabulus", "SYR"),
    ("Nakura", "de", "Naqoura", "LBN"), ("Bilhorod-Dnistrovskyi", "en", "Bilhorod-Dnistrovskyi", "UKR"),
])
def test_war_town_located(name, lang, place, country):
    from chronist.geo.locate import locate
    found = locate(name, lang=lang, countries=("RUS", "PAK", "ARM", "TUR", "ISR"))
    assert (found.name, found.country) == (place, country)


@pytest.mark.parametrize("text, expected", [
    # an uninflected state adjective before a participle of leading or controlling, as
    # "Saudi-geführte" and "von Saudi-Arabien geführte" already were
    ("Die saudisch geführte Koalition bombardierte Stellungen der Huthis.", ("SAU", "195", "YEM")),
    ("Die saudisch-geführte Militärkoalition griff den Hafen von Hodeida an.", ("SAU", "190", "YEM")),
    ("Die amerikanisch geführte Koalition griff Stellungen des IS an.", ("USA", "190", "SYR")),
    ("Die Huthis griffen die saudisch angeführte Allianz an.", ("YEM", "190", "SAU")),
    ("Ukrainische Drohnen griffen die russisch kontrollierten Gebiete im Süden an.", ("UKR", "190", "RUS")),
])
def test_bare_adjective_before_leading_participle(text, expected):
    events = [e[:3] for e in coded(text, "de")]
    assert expected in events, events


@pytest.mark.parametrize("text", [
    "Die russisch-orthodoxe Kirche kritisierte die Regierung.",
    "Er spricht russisch und griff die Armee an.",
])
def test_bare_adjective_alone_names_no_state(text):
    assert not [e for e in coded(text, "de") if "RUS" in (e[0], e[2])]


@pytest.mark.parametrize("text, lang, expected", [
    # an armed group of several states that an earlier sentence placed stays there while the
    # article goes on about it in sentences that name no place
    ("Islamic State fighters stormed a village in northeastern Nigeria on Sunday. "
     "Nigerian troops later arrested two Islamic State fighters.", "en", ("NGA", "173", "NGA")),
    ("Islamic State militants attacked a police post in Iraq's Diyala province. "
     "Iraqi forces killed an Islamic State commander on Tuesday.", "en", ("IRQ", "18", "IRQ")),
    ("Der IS griff in Mosambik ein Dorf an. Später entführte der IS zehn Frauen.", "de",
     ("MOZ", "181", "CVL")),
])
def test_roaming_group_stays_where_the_article_placed_it(text, lang, expected):
    events = coded(text, lang)
    assert expected[:2] in [e[:2] for e in events], events
    assert not [e for e in events if "SYR" in (e[0], e[2])], events


def test_roaming_group_bound_by_adjective_keeps_its_state():
    # the group's own state adjective still binds, whatever an earlier sentence placed
    text = ("Islamic State militants attacked a checkpoint in Iraq on Monday. "
            "U.S. officials accused the Libyan Islamic State of planning attacks.")
    assert ("USA", "112", "LBY") in [e[:3] for e in coded(text, "en")]


@pytest.mark.parametrize("text, lang, expected", [
    # a state's adjective before a noun of a group's parts and a genitive places the group
    ("Der libysche Ableger des Islamischen Staates griff Soldaten an.", "de", ("LBY", "190", "LBY")),
    ("Der afghanische Zweig des IS griff Soldaten an.", "de", ("AFG", "190", "AFG")),
    ("The Libyan affiliate of Islamic State attacked soldiers.", "en", ("LBY", "190", "LBY")),
    ("The Afghan branch of Islamic State attacked soldiers in the east.", "en", ("AFG", "190", "AFG")),
])
def test_state_adjective_before_branch_places_the_group(text, lang, expected):
    assert expected in [e[:3] for e in coded(text, lang)]


def test_south_of_a_town_the_city_list_also_has_is_the_town() -> None:
    # (after the merge: Azaz, on the hand-made list for its German spelling "Asas", made "im Süden
    # von Azaz" the region "southern Azaz"; a town's south is the town, as for the city list's towns)
    from chronist.geo.locate import locate
    assert locate("im Süden von Azaz", lang="de").name == "Azaz"
    assert locate("im Norden Syriens", lang="de").name == "northern Syria"
