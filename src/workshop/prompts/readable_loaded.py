"""Imported by the grading fork server (:mod:`workshop.prompts.isolate`): the French and
English word lists and the other languages' number words of :mod:`workshop.prompts.readable`,
read once there (a second or so) rather than in each child it forks, which would spend that
time under the grading's CPU limit and hold the lists under its memory limit on every
submission."""

from workshop.prompts.readable import english, lexicon, number_words, rare_french

lexicon()
english()
number_words()
rare_french()

# issue 11bg: the prefix index that spells SMS shorthand out, and wordfreq's French list
from wordfreq import zipf_frequency  # noqa: E402

from workshop.prompts.decode import by_prefix  # noqa: E402

by_prefix()
zipf_frequency("abaque", "fr")
zipf_frequency("model", "en")
