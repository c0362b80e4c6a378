import pytest
from pydantic import ValidationError

from kit.model.claim_key import KeyEntry


def test_the_expected_label_is_not_also_an_alternative():
    with pytest.raises(ValidationError, match="also listed as an acceptable alternative"):
        KeyEntry(text="x", label="fact", also=["fact"], explanation="y")
