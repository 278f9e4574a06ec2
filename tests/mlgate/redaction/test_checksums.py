"""Check digits of national identifiers: published examples pass, one changed digit fails."""

import pytest

from mlgate.redaction import checksums as cs


@pytest.mark.parametrize(
    ("check", "valid", "invalid"),
    [
        (cs.medicare_valid, "2123 45670 1", "2123 45671 1"),
        (cs.tfn_valid, "123 456 782", "123 456 783"),
        (cs.abn_valid, "51 824 753 556", "51 824 753 557"),
        (cs.nhs_valid, "943 476 5919", "943 476 5918"),
        (cs.ssn_valid, "219 09 9999", "666 09 9999"),
        (cs.iban_valid, "GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 33"),
        (cs.vin_valid, "1M8GDM9AXKP042788", "1M8GDM9AYKP042788"),
        (cs.provider_valid, "2426621B", "2426621C"),
        (cs.ihi_valid, "8003 6000 0000 0015", "8003 6000 0000 0014"),
        (cs.dni_valid, "12345678Z", "12345678A"),
        (cs.dni_valid, "X1234567L", "X1234567M"),
        (cs.pesel_valid, "44051401359", "44051401358"),
        (cs.hetu_valid, "131052-308T", "131052-308U"),
        (cs.nir_valid, "1 84 12 76 451 089 46", "1 84 12 76 451 089 47"),
    ],
)
def test_valid_passes_and_one_digit_off_fails(check, valid: str, invalid: str) -> None:
    assert check(valid)
    assert not check(invalid)


def test_luhn() -> None:
    assert cs.luhn_valid("4111111111111111")
    assert not cs.luhn_valid("4111111111111112")
