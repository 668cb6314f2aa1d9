"""An activity's registration link can only be a web, e-mail or phone link: never script."""

import pytest
from django.core.exceptions import ValidationError

from tests.agenda.factories import ActivityPageFactory

HOSTILE = [
    "javascript:alert(document.cookie)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "\x01javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
]


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("registration", ["link", "email", "phone"])
def test_script_links_are_refused(agenda, value, registration):
    activity = ActivityPageFactory(parent=agenda)
    activity.registration, activity.registration_detail = registration, value

    with pytest.raises(ValidationError) as refused:
        activity.full_clean()

    assert "registration_detail" in refused.value.error_dict


@pytest.mark.parametrize(
    ("registration", "value"),
    [
        ("link", "https://welzijn.example/aanmelden"),
        ("link", "http://welzijn.example"),
        ("email", "aanmelden@welzijn.example"),
        ("email", "mailto:aanmelden@welzijn.example"),
        ("phone", "0223-123456"),
        ("phone", "tel:+31223123456"),
        ("none", "Gewoon binnenlopen"),
    ],
)
def test_web_mail_and_phone_are_accepted(agenda, registration, value):
    activity = ActivityPageFactory(parent=agenda)
    activity.registration, activity.registration_detail = registration, value

    activity.full_clean()


def test_a_website_registration_needs_a_web_address(agenda):
    activity = ActivityPageFactory(parent=agenda)
    activity.registration, activity.registration_detail = "link", "welzijn.example"

    with pytest.raises(ValidationError):
        activity.full_clean()
