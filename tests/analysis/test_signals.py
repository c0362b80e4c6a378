from kit.analysis.signals import comment_sentiment, sentence_signals, sentiment


def test_sentiment_works_offline_and_reads_tone():
    judging = sentiment("What a miserable regime.")
    neutral = sentiment("The revised law allows authorities to gain access to data.")
    assert judging.polarity < 0 and judging.subjectivity == 1.0
    assert neutral.subjectivity == 0.0


def test_signals_per_sentence_and_per_comment(article):
    sentences = sentence_signals(article.body_sentences())
    assert list(sentences.columns) == ["text", "polarity", "subjectivity"]
    assert len(sentences) == 12 and sentences["subjectivity"].between(0, 1).all()
    comments = comment_sentiment(article)
    assert len(comments) == 11 and list(comments.columns) == ["polarity", "subjectivity"]
    assert comments.loc["c10", "polarity"] == -1.0
    assert comment_sentiment(article) is comments  # computed once per article content
