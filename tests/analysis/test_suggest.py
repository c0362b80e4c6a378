import pytest

from kit.analysis.suggest import suggest_statement_type


@pytest.mark.parametrize(
    ("text", "label", "reason"),
    [
        (
            "Don't most countries have a way to report crimes already?",
            "not-a-claim",
            "question mark",
        ),
        ('"We are ready," Chen said.', "attributed", '"said"'),
        ("Wow, just wow....", "not-a-claim", "very short"),
        ("Foreign companies could be punished for regular business.", "prediction", '"could"'),
        ("Citizens should look out for their countries.", "opinion", '"should"'),
        ("What a miserable regime it has become.", "opinion", '"miserable"'),
        ("The law took effect in July.", "fact", "neutral tone"),
    ],
)
def test_each_rule_gives_its_label_and_reason(text, label, reason):
    suggestion = suggest_statement_type(text)
    assert suggestion.label == label
    assert reason in suggestion.reason
