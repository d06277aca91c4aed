import pytest

from svarsinkorg.intake.addresses import (
    find_addresses,
    is_valid_address,
    normalize_address,
    split_addresses,
    to_ascii_address,
)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("Samordnare <samordnare@xn--malm-8qa.se>", "samordnare@malmö.se"),
        ("SAMORDNARE@MALMÖ.SE", "samordnare@malmö.se"),
        ("<Kansli@HyllieIF.se>", "kansli@hyllieif.se"),
        ("info@xn--rbro-4qa.se", "info@örbro.se"),
        ("not an address", None),
        ("", None),
    ],
)
def test_normalize_address_makes_idn_and_case_compare_equal(given, expected):
    assert normalize_address(given) == expected


def test_to_ascii_address_punycodes_the_domain_only():
    assert to_ascii_address("samordnare@malmö.se") == "samordnare@xn--malm-8qa.se"


def test_split_addresses_takes_semicolons_and_commas():
    assert split_addresses("a@x.se; b@y.se,c@z.se") == ["a@x.se", "b@y.se", "c@z.se"]


def test_is_valid_address():
    assert is_valid_address("kontakt@latinhuset-malmo.se")
    assert is_valid_address("samordnare@malmö.se")
    assert not is_valid_address("kontakt@latinhuset")
    assert not is_valid_address("kontakt at latinhuset.se")


def test_find_addresses_in_free_text_once_each():
    text = "<kontakt@latinhuset-malmo.se>: host said 550 <KONTAKT@latinhuset-malmo.se> unknown"
    assert find_addresses(text) == ["kontakt@latinhuset-malmo.se"]
