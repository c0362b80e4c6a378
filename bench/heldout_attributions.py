"""Held-out news-style sentences with their attributions (source, cue), written before measuring and
never used to tune the rules: the extractor's score here says how it fares beyond the bundled articles."""

HELDOUT = [
    (
        "The storm killed at least 12 people, local officials told AFP on Sunday.",
        [("local officials", "told")],
    ),
    (
        '"This is not over," Senator Maria Gomez told reporters after the vote.',
        [("Senator Maria Gomez", "told")],
    ),
    (
        "Inflation eased to 3.1 percent in May, the statistics office said.",
        [("the statistics office", "said")],
    ),
    (
        "The company expects profits to double next year, its chief executive said in an interview.",
        [("its chief executive", "said")],
    ),
    (
        "According to the World Health Organization, cases have fallen for six weeks.",
        [("the World Health Organization", "according to")],
    ),
    ("Police said the suspect had been arrested near the border.", [("Police", "said")]),
    (
        "Two people familiar with the talks said a deal could come within days.",
        [("Two people familiar with the talks", "said")],
    ),
    (
        "The study, published in Nature, found that the ice is melting faster than expected.",
        [("The study, published in Nature", "found")],
    ),
    ("Residents said the water had been brown for a week.", [("Residents", "said")]),
    (
        "Washington has accused Tehran of supplying the drones, a charge Iran denies.",
        [("Washington", "accused")],
    ),
    ("The minister resigned on Friday.", []),
    ("Shares in the firm fell 8 percent after the announcement.", []),
    (
        '"We did nothing wrong," a spokeswoman for the bank said, declining to comment further.',
        [("a spokeswoman for the bank", "said")],
    ),
    ("The mayor warned that the city could run out of money by March.", [("The mayor", "warned")]),
    ("Analysts say the merger will face tough scrutiny.", [("Analysts", "say")]),
    ("The government denied the report.", [("The government", "denied")]),
    (
        "Doctors at the hospital said three patients were in critical condition.",
        [("Doctors at the hospital", "said")],
    ),
    ("The law, critics argue, gives the police too much power.", [("critics", "argue")]),
    (
        "In a post on X, the president wrote that the election had been stolen.",
        [("the president", "wrote")],
    ),
    ("Temperatures reached 45 degrees in parts of Spain on Tuesday.", []),
]
