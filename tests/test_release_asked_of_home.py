"""A release asked for with no addressee named is asked of the country the article is about, which
holds them, when the one asking is of another ("ANKARA - ... Pence demanded his immediate
release"); sentences written for these tests."""
from tests.coded_events import coded

PASTOR = ("ANKARA (Reuters) - Turkey will not bow to pressure over a detained pastor, Turkey's president said.\n"
          "A Turkish court has kept the pastor in jail, and Turkey's government backed the court.\n"
          "U.S. Vice President Mike Pence demanded his immediate release.")
PROTESTERS = ("MOSCOW (Reuters) - Russian police detained hundreds of protesters in Moscow.\n"
              "The European Union called for the release of the detained protesters.")
OPPOSITION = ("MOSCOW (Reuters) - Russian police detained hundreds of protesters in Moscow.\n"
              "Russian opposition leaders called for the release of the protesters.")


def test_a_foreign_demand_for_release_is_aimed_at_the_holder():
    assert ("USA", "1053", "TUR") in [e[:3] for e in coded(PASTOR, "en")]


def test_an_appeal_for_release_is_aimed_at_the_holder():
    assert ("IGO:EU", "02", "RUS") in [e[:3] for e in coded(PROTESTERS, "en")]


def test_the_holders_own_people_ask_no_foreign_state():
    assert all(e[2] in ("RUS", "") for e in coded(OPPOSITION, "en") if e[0] == "RUS")


def test_german_release_demand():
    text = ("Moskau – Die russische Polizei hat in Moskau Hunderte Demonstranten festgenommen.\n"
            "Die EU forderte die Freilassung der Festgenommenen.")
    assert any(e[0] == "IGO:EU" and e[1].startswith("10") and e[2] == "RUS" for e in coded(text, "de"))
