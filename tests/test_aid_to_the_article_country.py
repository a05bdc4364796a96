"""Aid given, sent or provided with no recipient named goes to the country the article is about,
when the giver is another ("PALU, Indonesia - ... The United States said it was providing 100,000
dollars in emergency aid"); sentences written for these tests."""
from tests.coded_events import coded

REPORT = ("PALU, Indonesia (Reuters) - Foreign aid began arriving in the Indonesian city of Palu on "
          "Wednesday after an earthquake killed more than 1,400 people in Indonesia.\n"
          "The United States said it was providing 100,000 dollars in emergency aid.\n"
          "Singapore and Japan also sent planes and rescue teams.\n"
          "The European Union released 1.5 million euros in emergency funding.\n"
          "The Indonesian government provided tents and food to the survivors.")


def test_aid_with_no_recipient_goes_to_the_article_country():
    events = [e[:3] for e in coded(REPORT, "en")]
    assert ("USA", "07", "IDN") in events
    assert any(e[0] == "SGP+JPN" and e[1].startswith("07") and e[2] == "IDN" for e in events)
    assert any(e[0] == "IGO:EU" and e[1].startswith("07") and e[2] == "IDN" for e in events)


def test_no_aid_of_a_state_to_itself():
    events = [e[:3] for e in coded(REPORT, "en")]
    assert not any(e[0] == "IDN" and e[1].startswith("07") for e in events)


def test_without_an_article_country_no_recipient():
    assert coded("The United States said it was providing 100,000 dollars in emergency aid.", "en") == []


def test_what_a_school_provides_is_no_aid():
    text = ("AMMAN (Reuters) - Jordan's government met British officials in Amman on Monday.\n"
            "Scottish independent schools are dedicated to providing a learning environment for children.")
    assert not any(e[1].startswith("07") for e in coded(text, "en"))


def test_a_pledge_of_aid_goes_to_the_article_country():
    text = ("PALU, Indonesia (Reuters) - Foreign aid began arriving in Indonesia on Wednesday, after "
            "Indonesia's president accepted offers from abroad.\n"
            "Australia pledged 5 million Australian dollars in humanitarian assistance.")
    assert ("AUS", "033", "IDN") in [e[:3] for e in coded(text, "en")]
