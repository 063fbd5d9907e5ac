"""Round 89 (fix89): the readers added for other scripts, spoken punctuation and equations, homophone runs,
OCR'd durations and copies (issue 11)."""

from __future__ import annotations

from workshop.prompts import homophones, readable, retyped, scanned, symbols, verdicts, voiced
from workshop.prompts.text import fold


def test_the_tasks_words_in_greek_hebrew_hindi_turkish_are_read():
    assert (
        symbols.translated(fold("התשובה: כן, המחלק המשותף הגדול ביותר הוא 1.")) == "reponse: oui, pgcd est 1."
    )
    assert "une soeur" in symbols.translated(fold("Η απάντηση: μία αδελφή"))
    assert "seulement 1 soeur" in symbols.translated(fold("Cevap: sadece 1 kız kardeşi var"))
    assert "1 soeur" in symbols.translated(fold("उत्तर: सिर्फ़ 1 बहन है"))
    # a Greek word that folds to Latin letters alone is not listed: "vai" stays Portuguese
    assert symbols.translated(fold("vai al negozio")) == fold("vai al negozio")


def test_a_rank_counter_in_korean_and_japanese_is_no_word():
    assert "1   positif" in symbols.translated(fold("1번 긍정"))
    assert "positif" in symbols.translated(fold("1番 ポジティブ"))


def test_requests_in_other_scripts_are_read_and_latin_text_is_not():
    assert "traduis" in symbols.requests_read(fold("Μετάφρασε αυτό το κείμενο στα αγγλικά"))
    assert "en anglais" in symbols.requests_read(fold("이 문단을 영어로 번역하세요"))
    assert "resume" in symbols.requests_read(fold("次の文章を要約してください"))
    assert symbols.requests_read("resume this text") == "resume this text"


def test_a_greek_instruction_asks_only_unless_it_says_a_task_word():
    assert readable.script_asks_only(fold("Είσαι επαγγελματίας μεταφραστής"), set())
    assert not readable.script_asks_only(fold("Η απάντηση είναι μία αδελφή"), set())
    assert not readable.script_asks_only(fold("Είσαι επαγγελματίας μεταφραστής 7"), set())


def test_a_vietnamese_instruction_asks_only_unless_it_says_a_value():
    assert readable.asks_only("hay phan loai cam xuc cua ba nhan xet sau", set(), set())
    assert not readable.asks_only("b la am muoi", set(), set())


def test_reviews_numbers_as_homophones_before_labels_only_in_a_run():
    assert homophones.reread("won positive too negative tree neutral") == (
        "avis 1 positive avis 2 negative avis 3 neutral"
    )
    assert "avis 2 negatif" in homophones.reread("hun positif, deu negatif, troi neutre")
    kept = "flip it from negative to positive"
    assert homophones.reread(kept) == kept
    same = "won positive won negative"
    assert homophones.reread(same) == same


def test_ocr_durations_before_minutes():
    assert (
        scanned.reread("intro : lo min / demos : is min / fin : l0 mn")
        == "intro : 10 min / demos : 15 min / fin : 10 mn"
    )
    assert scanned.reread("it is min. 10") == "it is min. 10"


def test_x_said_as_it_sounds_in_a_spoken_equation():
    assert voiced.equations_read("le prof a dit y égale quatre iks moins dix") == "le prof a dit y = 4x - 10"
    assert voiced.equations_read("y equals four ex minus ten") == "y = 4x - 10"


def test_spoken_punctuation_on_an_unpunctuated_line():
    read = voiced.punctuation_read("tu es formateur virgule fais le plan point donne une durée")
    assert read == "tu es formateur, fais le plan. donne une durée"
    for kept in ("le point de vue du point 5 virgule 10", "Tu es prof, explique ce point donne"):
        assert voiced.punctuation_read(kept) == kept


def test_a_review_copied_through_ocr_is_the_data():
    data = ("Il a été livré mardi, comme annoncé.",)
    assert retyped.respelled("Il a été livré rnardi, comme annoncé.", data) == data[0]


def test_or_of_other_languages_offers_the_labels():
    for said in ("positive, negative hoặc neutral", "positivo, negativo o neutro", "positif walla négatif"):
        assert verdicts._CHOICE.search(fold(said)), said
    assert not verdicts._CHOICE.search(fold("le premier positif, le deuxième négatif"))
