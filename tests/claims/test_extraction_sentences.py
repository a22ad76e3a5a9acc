"""Sentences with exact offsets: abbreviations, quotes, Telegram line breaks, run-on lines."""

from claims.extraction.sentences import MAX_SENTENCE, split_sentences


def texts(text):
    return [s.text for s in split_sentences(text)]


def test_abbreviations_do_not_end_a_sentence():
    text = "Lt. Gen. Kim met Mr. Lee on Oct. 8 in the U.S. embassy. Then he left."
    assert texts(text) == ["Lt. Gen. Kim met Mr. Lee on Oct. 8 in the U.S. embassy.", "Then he left."]


def test_a_quotation_of_several_sentences_stays_with_its_speaker():
    text = '"They are here. We have seen them," he said. The ministry agreed.'
    assert texts(text) == ['"They are here. We have seen them," he said.', "The ministry agreed."]


def test_a_sentence_ending_inside_a_closing_quote_ends_there():
    text = 'He called it "fake." The next day he changed his mind.'
    assert texts(text) == ['He called it "fake."', "The next day he changed his mind."]


def test_every_line_break_ends_a_sentence_as_in_telegram_posts():
    text = "HUR update:\nNorth Korean units reached Kursk\n\n- 3,000 soldiers\n- 500 officers"
    assert texts(text) == [
        "HUR update:",
        "North Korean units reached Kursk",
        "- 3,000 soldiers",
        "- 500 officers",
    ]


def test_offsets_point_back_into_the_text():
    text = "  First one.   Second one!\n\nThird? Fourth."
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text


def test_a_platform_named_by_a_single_letter_still_ends_its_sentence():
    assert texts("He wrote on X. Then he deleted it.") == ["He wrote on X.", "Then he deleted it."]


def test_a_run_on_line_is_cut_into_bounded_pieces():
    text = "word " * 2000
    pieces = split_sentences(text)
    assert len(pieces) > 1 and all(len(p.text) <= MAX_SENTENCE for p in pieces)


def test_empty_and_blank_text_has_no_sentences():
    assert split_sentences("") == [] and split_sentences(" \n\n \t") == []
