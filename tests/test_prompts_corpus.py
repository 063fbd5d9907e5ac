"""The gaming and fair corpora (tests/prompts_corpus/): every gaming attempt earns exactly
the checks it deserves and nothing else, every right answer written another way earns
every answer point. gaming.toml and fair.toml were written with the grader; the
heldout_*.toml corpora were written against it by a red team (issue 11, round 1), the
fresh_*.toml ones after round 2's redesign and before grading them (its generalisation
figure: 3/41 gaming attempts and 5/25 fair answers were scored wrongly before the fixes
that followed); dictation_*.toml hold round 11d's dictations in words, in another
language and by position, with fair prompts that come close to those rules, and round
11e's rules, definitions, figures and foreign quotations with their reverse; round3_*.toml
were written by red team 11c against the grader of b26d895 before grading them (27/54 gaming
attempts and 6/27 fair answers scored wrongly then); round4_own_*.toml are issue 11h's own
attempts at the classes of round 3's last failures, written before their fixes;
round4_own_answers_*.toml hold issue 11i's own final-answer forms after red team 11d;
round4_own_prompts_*.toml, issue 11j's own attempts on the prompt side of red team 11d's
round 4 (marks attached to each review, quotations not asked for, "là" for a role);
round4_*.toml were written by red team 11d against the grader of cf85917 before grading
them (13/55 gaming attempts scored wrongly then; the bare "Tu analyses des avis clients."
relabelled as no role, see the file's header); round5_*.toml were written by red team 11e
against the grader of be2ae07 before grading them (14/54 gaming attempts and 2/30 fair
answers scored wrongly then; two answer-faithful injections are the transcript limit);
round24b_*.toml were written by red team 11zh (prompts and live) against the grader of e67424c
before grading them (13/36 gaming attempts, 7/36 live, and 7/28 fair attempts losing points), and
round24b_own_*.toml are issue 11ar's own variants of its prompt-side classes;
round22b_*.toml (with 22a) were written by red team 11zd (prompts and live) against the
grader of c9e673f before grading them (9/34 gaming attempts, 5/34 live, and 3/25 fair attempts
losing answer and data points, 3/25 live, two more fair files `invalid` by the red team's own
"## Rôle" lines, valid since 1f51538; the files' headers say what was edited and decided since);
round23a_own_*.toml are issue 11ao's own attempts at the classes of red team round 23a,
whose corpus and fix branch were lost, written against the grader of e67424c before their
fixes (40/47 gaming attempts and 16/35 fair attempts scored wrongly then);
round22a_*.toml were written by red team 11zc (answers and live) against the
grader of c9e673f before grading them (15/32 gaming attempts, 13/32 live, and 2/26 fair attempts
losing answer points, 2/26 live; the files' headers say what was edited and decided since);
round21a_*.toml (with 21b) were written by red team 11za (answers and live) against the
grader of 3bca76a before grading them (12/32 gaming attempts, 3 of them the translation
faithfulness transcript limit, 9/32 live, and 1/26 fair attempts losing answer points, 1/26
live; the files' headers say what was edited and decided since);
round20a_*.toml were written by red team 11y (answers and live) against the
grader of b643b03 before grading them (re-graded unchanged on f931b9a: 4/32 gaming attempts,
4/32 live, and 2/26 fair attempts losing answer points, 2/26 live; the files' headers say
what was edited since);
round21b_*.toml were written by red team 11zb (prompts and live) against the
grader of 3bca76a before grading them (12/32 gaming attempts, 8/32 live, and 3/26 fair attempts
losing points, 3/26 live; the files' headers say what was edited and decided since);
round20b_*.toml were written by red team 11z (prompts and live) against the
grader of f931b9a before grading them (8/33 gaming attempts, 6/33 live, and 6/26 fair attempts
losing points, 6/26 live; the files' headers say what was edited and decided since);
round19a_*.toml and round19b_*.toml were written by red teams 11w (answers)
and 11x (prompts and live) against the graders of 96ca717 and 6372c79 before grading them
(19a: 6/32 gaming attempts, 6/32 live, and 5/26 fair attempts losing answer points, 6/26
live, one a stub artefact; 19b: 14/33 gaming attempts, 6/33 live, and 3/26 fair attempts
losing points, 3/26 live; the files' headers say what was edited and decided since);
round18a_*.toml and round18b_*.toml were written by red teams 11u (answers)
and 11v (prompts and live) against the grader of 4e86615 before grading them (18a: 5/35
gaming attempts, 4/35 live, and 11/30 fair attempts losing answer points, 11/30 live; 18b:
22/32 gaming attempts, 14/32 live, and 3/25 fair attempts losing points, 7/25 live; the
files' headers say what was edited and decided since);
round17a_*.toml and round17b_*.toml were written by red teams 11s (answers)
and 11t (prompts and live) against the grader of 3c54444 before grading them (17a: 0/32
gaming attempts, 0/32 live, and 0/27 fair attempts losing points; 17b: 5/32 gaming
attempts, at least 1/32 live, and 0/25 fair attempts losing points; the files' headers say
what was relabelled since); round16a_*.toml and round16b_*.toml were written by red teams 11q (answers)
and 11r (prompts and live) against the grader of 62bd35d before grading them (16a: 12/31
gaming attempts, 10/31 live, and 6/30 fair attempts losing points, 6/30 live; 16b: 15/32
gaming attempts, 4/32 live, and 3/25 fair attempts losing rubric points, 3/25 live; the
files' headers say what was edited and decided since); round15a_*.toml and round15b_*.toml
were written by red teams 11o (answers)
and 11p (prompts and live) against the grader of 983cc4b before grading them (15b: 18/39
gaming attempts, 6/39 live, and 2/26 fair attempts losing points, 2/26 live; 15a below; the
files' headers say what was edited and decided since); round15a_*.toml, by red team 11o:
(13/43 gaming attempts, 13/43 live, and 5/32 fair attempts losing points,
5/32 live; the files' headers say what was edited and decided since); round14_*.toml were
written by red team 11n against the grader of 4e0b7de
before grading them (22/43 gaming attempts, 14/43 live, and 5/35 fair attempts losing points,
8/35 live; the files' headers say what was edited and decided since); round13_*.toml were
written by red team 11m against the grader of 209f71f
before grading them (17/47 gaming attempts, 8/47 live, and 2/35 fair attempts losing points,
2/35 live; the files' headers say what was edited and decided since); round12_*.toml were
written by red team 11l against the grader of 4b875e0
before grading them (17/48 gaming attempts, 15 without one judged-check-only case and one
disputed, 7/48 live, and 5/33 fair attempts losing points, 6/33 live; the files' headers
say what was edited and decided since); round11_*.toml were written by red team 11k against
the grader of 68be52c
before grading them (17/54 gaming attempts, 12 without five answer-faithful transcript
limits, 9/54 live, and 11/37 fair attempts losing points, 3 answer points and 8 rubric
points only, which the fair test now counts too; the files' headers say what was edited
and decided since); round10_*.toml were written by red team 11j against the grader of a55c126
before grading them (11/46 gaming attempts, 7/46 live, and 2/33 fair answers scored wrongly
then; the files' headers say what was edited and decided since); round9_*.toml were
written by red team 11i against the grader of 390842e before grading them (15/45 gaming
attempts, 11/45 live, and 3/36 fair answers scored wrongly then; the files' headers say
what was edited and decided since); round8_*.toml (after round7 below) were written by
red team 11h against the grader of a1ec10d before grading them (21/45 gaming attempts,
16/45 live, and 3/30 fair answers scored wrongly then; the files' headers say what was
edited and decided since);
round6_*.toml were written by red team 11f against the grader of c9b5d0d before grading
them (14/50 gaming attempts and 4/36 fair answers scored wrongly then); round7_*.toml were
written by red team 11g against the grader of a8f5a19 before grading them (16/49 gaming
attempts, 2 disputed, and 5/34 fair answers scored wrongly then; issue 11n corrected four
gaming `deserves` by precedent, see the file's header, and r7f-summary-spaced-colon-and-
semicolon's own words are paid: a year copied is no wording copied).
round23b_own_*.toml are issue 11ap's own attempts at red team round 23b's prompt-side classes (its
corpus and fix branch were lost), written before the fixes (25/38 gaming attempts and 4/30 fair
attempts losing answer points, 8/30 rubric points, on e67424c).
round24a_*.toml were written by red team 11zg (answers and live) against the grader of e67424c
before grading them (6/40 gaming attempts, 5/40 live, and 2/29 fair attempts losing answer
points, 2/29 live; the gaming file's header says what was relabelled and marked since), and
round24a_own_*.toml are issue 11aq's own variants of its classes, written before their fixes.
round24b_fair_own_*.toml are issue 11as's own fair attempts at red team 11zh's round 24b fair
classes (every fair one scored wrongly by e67424c) and their near-misses.
round25b_gaming.toml was written by red team 11zj (prompts and live) against the grader of 7cee29a
before grading it (4/26 gaming attempts, 2/26 live, unchanged on 201a155; wired by issue 11av,
its fair half by issue 11aw), and round25b_own_*.toml are issue 11av's own variants of its
prompt-side classes and of a later red team's, written before their fixes.
round25b_fair.toml was written by red team 11zj (prompts and live) against the grader of 7cee29a
before grading it (0/16 fair attempts losing answer or data points, 2/16 a rubric point, also on
201a155); round25b_fair_own_*.toml are issue 11aw's own attempts at its classes and at the fair
forms a later red team found lost, written against 201a155 before the fixes (10/10 fair attempts
losing points, 2/8 near-misses earning a role then).
round25a_faithful_own_*.toml are issue 11au's own answer-faithful attempts (notes, negations,
padding, quantities and contrary terms of round 25a and the red team after it), written against
201a155 before the fix (12/12 gaming attempts earned answer-faithful then, 0/8 fair lost points).
round25a_*.toml were written by red team 11zi (answers) against the grader of 7cee29a before
grading them (7/29 gaming attempts, 0/17 fair, measured again on 201a155; the gaming file's
header says what was relabelled since), and round25a_own_*.toml are issue 11at's own variants of
its classes, written before their fixes.
round27_*.toml were written by red team redteam27 (answers and prompts) against the grader of 201a155
before grading them (8/53 gaming attempts, 1/24 fair attempts losing answer points and 5/24 rubric
points), and round27_own_*.toml are issue 11ax's own variants of its classes, written before the fixes.
round28_fair.toml was written by red team redteam28 (summary and traduction) against 6f4376c before
grading it (4/24 fair attempts losing answer-faithful on ce66009, 1/24 a rubric point); issue 11ay's
own variants of its negations are tests/test_prompts_round28_own.py. round28_gaming.toml, its gaming
half, was written by the same red team against 6f4376c and committed (25d66b8) before grading: 9/12 gaming
attempts earned points they do not deserve on ca2c215 (answer-faithful kept by meanings moved in the
source's own words); issue 11az's own variants of its classes, written against ca2c215 before the fix
(23/45 failing then: each of its gaming cases), are tests/test_prompts_round28_own2.py.
round29_*.toml were written by red team redteam29 (all seven tasks) against ca2c215 before grading
them (13/43 gaming attempts through, 1/23 fair attempts losing an answer point and 1/23 a rubric point
on ca2c215; 0/43 and 0/23 once issues 11bb and 11bc merged), and round29_own_*.toml are issue 11bb's
own variants of its answer-side and dictation classes, written against 2e55d55 before the fixes (issue
11bc's own variants of its detail swaps are tests/test_prompts_round29_faithful_own.py).
round30_gaming.toml was written by red team redteam30 (the prompt side and live mode, all seven tasks)
against 8ed4078 before grading it (9/41 gaming attempts through in transcript mode, 2/41 live), and
round30_own_*.toml are issue 11bd's own variants of its dictation classes (with
tests/test_prompts_round30_own.py), written against b30423e before the fixes (8/10 through).
round30_fair.toml, its fair half, was written by the same red team before grading it (1/16 fair
attempts losing answer and data points, 4/16 only prompt-role, on 8ed4078 and b30423e), and
round30_fair_own_*.toml are issue 11be's own variants of its classes and their near-misses, written
against b30423e before the fixes (7/7 fair attempts losing points then; more in
tests/test_prompts_round30_fair_own.py).
general_structured_own_*.toml are session 33's general-structured helper's own variants of two
general readers (a schedule in numbers, a label per review), written against 178bbb5 before the
fixes (21/21 gaming attempts earned answer points they do not deserve then, 0/14 fair attempts lost one).
round31_own_*.toml are issue 11bg's own variants of round 31's relation, encoding and rubric-word
classes and their near-misses (with tests/test_prompts_round31_own.py), written against 79eae60
before the fixes (15/16 gaming attempts through, 1/7 fair ones losing a point: a wrong fair label,
fixed before the fix).
lead34_own_*.toml are session 34's own variants of round 31's and round 32's leftover classes (a
pace, remarks on each review, a scale said once, letter ciphers, a request withdrawn) and of the
fair classes round 32 opened (the class's correcting, children as the audience, an English job
title), written against 7cd4c09 before the fixes (12/17 gaming attempts through then, 3/11 fair
attempts losing an answer or data point and 1/11 prompt-role).
round31_*.toml (red team redteam31, against 178bbb5) and round32_*.toml (redteam32, against 7cd4c09)
are held-out rounds, committed before grading, wired in session 34 (tests/prompts_corpus/pending/README.md
has their figures).
lead35_own_*.toml are session 35's own variants of the classes the lead fixed from rounds 33 to 35
(a worked example of another instance, the user's own typo, a marking scheme, a law about kin, "one"
after an ordinal, a quoted saying's cognates, "play the part of"; Morse code, a review's writer by
number, a symbol per review, an idiom after "as a") and their near misses, each written before its
fix (b8476d5 to 143f615): 8 of the 21 fair attempts lost every answer point and 1 lost prompt-role
before their fixes, 6 of the 16 gaming attempts got through.
txt35_own_*.toml are session 35's own variants (helper txt35) of round 33's dictations in the text tasks
(the answer respelled: spaces dropped, reversed, flipped upside down, the initial of every word) and of
the plan's durations through arithmetic over one unknown or levels at a rate per minute, with their near
misses, written against e7d6395 before the fixes (9/12 gaming attempts through then, 0/10 fair ones losing
a point).
rub35_own_*.toml are fix-helper rub35's own variants of round 33's rubric classes (a saying quoted, a
compliment idiom, a format named or defined, a role asked by a verb of playing it), written against
e7d6395 before the fixes (6/6 gaming attempts earning their rubric point, 3/4 fair attempts losing
prompt-role, measured on e79aef4 with the same readers).
plan35_own_*.toml are fix-helper plan35's own variants of round 35's plan dictations (durations in
decimal hours, quarter-hours or tenths of an hour, turns of a timer or a song of stated length, a
progress bar's positions) and their near misses, written against lead35b 9c13ed1 before the fixes
(6/7 gaming attempts through then, 0/6 fair ones losing a point).
round33_*.toml (red team redteam33, against b8476d5), round34_*.toml (redteam34, against e7d6395) and
round35_*.toml (redteam35, against e79aef4) are held-out rounds, committed before grading, wired in
session 35 (tests/prompts_corpus/pending/README.md has their figures).
txt35b_own_*.toml are fix-helper txt35b's own variants of round 34's phonetically spelled draft (French and
English, by ear, words glued) and of a pace per any thing with its counts named or elliptic (songs, laps,
pomodoros, episodes), with their near misses, written against f62df80 before the fixes (8/8 gaming
attempts through then, 0/8 fair ones losing an answer point).
notes36_own_*.toml are fix-helper notes36's own variants of round 35's value dictations in a notation or
a computation (0!, tally marks, a determinant, a complex number's part, bitwise code, a limit, scientific
notation, a primitive triple, a fraction sum in lowest terms, φ's count, one common divisor) and their fair
near misses, written against aa6ccd5 before the fix (23/25 gaming attempts through then, 0/20 fair ones
losing a point).
fair36_own_*.toml are fix-helper fair36's own variants of round 36's fair losses (the student's own
family in the first person, a typo corrected that restates the data, a definition, a term's meaning
asked beside an age, a worked example of another plan) with gaming near misses that stay caught, written
against eb5e537 before the fixes (18/22 fair attempts lose answer points on eb5e537, 0/15 gaming get
through on it or after).
forms36_own_*.toml are fix-helper forms36's own variants of round 33's value-task answers in forms a reader
could learn (a worked example whose answer transfers: the same sisters per brother, the same slope and
intercept, numbers with the same primes; an anagram, the digits place by place, the same word as a quoted
word, a formula with its legend, a count of the statement's symbols), French and English, with their near
misses (worked examples of really different instances, anagrams of nothing, the statement's own
punctuation), written against aa6ccd5 before the fixes (11/17 gaming attempts through then, 0/14 fair ones
losing a point; four more near misses written after the fixes).
gaming36_own_*.toml are fix-helper gaming36's own variants of round 36's non-value classes (a code or a
reaction per review, a summary draft in a language game, plan durations as disc angles, fractions of
another whole, a formula over the part index or a countdown, a think-twice idiom or a saying attributed
after its quote, a word count of another object), with their near misses, written against eb5e537 before
the fixes (17/23 gaming attempts through then, 1/14 fair ones losing an answer point: the reviews named in
reading order).
round36_*.toml (redteam36, against aa6ccd5) are a held-out round, committed before grading, wired in
session 36 (tests/prompts_corpus/pending/README.md has its figures).
fair37_own_*.toml are fix-helper fair37's own variants of round 37's fair classes (the student's own
family with its make-up in apposition, a typo owned up to and the data restored in the next sentence, a
worked example on another instance asking another count, the prime/coprime confusion confessed), with their
near misses (a family tied to the data's member, a restored statement that states the answer, a worked
example with the task's own question and figures, a confusion then a verdict), written against 4c03ea5
before the fixes (8/12 fair attempts losing points then, the gaming near misses already caught).
gaming37_own_*.toml are fix-helper gaming37's own variants of round 37's held-out value dictations (a
tag or rhetorical question that tells, an intercept in words or after a crossing's story, code that states
a value of the unknown, a gcd equal to another pair's or a pair put in analogy with one), French and
English, with their near misses, mostly written before the fix (against 4c03ea5 all 19 replayed: 15/19
gaming attempts through, 0/16 fair ones losing a point).
round37_*.toml (redteam37, against f571103) are a held-out round, committed before grading, wired in
session 37 (tests/prompts_corpus/pending/README.md has its figures).
fair38_own_*.toml are fix-helper fair38's own variants of round 38's fair classes (a worked example of
another line or riddle announced as done in class, a generic review example sharing one phrase with a
review, a role label whose trade has a qualifier, a role then an "ok ?" tag, a role asked as a question
then whom the work is for), with their near misses (a worked example from class that is the task's own
line, an empty role label, "tu es nul ok ?", a doubted role, review 2 quoted as the example, an output
sample with no review), written against 7dc1bc9 before the fixes (16/20 fair attempts losing points then,
6 of them answer points; the gaming near misses already caught).
plan38_own_*.toml are fix-helper plan38's own variants of round 38's plan durations fixed without a
number per part (a sport's period given to each part, a Fibonacci rule, a constant difference or ratio
between parts) and of a student's self-description with and without context, with fair near misses (a
sport or a sequence named, bounds, hedged counts), written before the fix (13/17 gaming attempts through,
2/23 fair attempts losing points against main 3d31093: "Keep each part under 15 minutes", "each part at
least 6 minutes longer than the previous one", read as equal parts).
coprime38_own_*.toml are fix-helper coprime38's own variants of round 38's held-out coprime dictations (the
pair's coprimality told in another field's words: an inverse modulo, a generator of Z/nZ, an affine or RSA
key,
a Farey, Stern-Brocot or Calkin-Wilf term, an irreducible fraction, a Frobenius number, periods meeting after
their product, a star polygon, a fractions module, an empty Venn intersection, a difference argument...), with
near misses (the notion defined in general, named on other numbers, asked, supposed, named as a method or in
passing), mostly written before the fix (against 7dc1bc9: 16/28 gaming attempts through, 7/32 fair ones losing
points).
notes38_own_*.toml are fix-helper notes38's own variants of round 38's value dictations in an encoding, a
position or a memory aid (a digest of the answer, Braille and other numeral scripts, a two's-complement
byte, a base, a power in code, a key's or a number's neighbour, a word with blanks, a position in a list, a
spreadsheet formula, a Fraction left as it is, a value given as a memory aid or stored), French and English,
with their near misses, mostly written before the fix (against 7dc1bc9: 21/30 gaming attempts through, 0/21
fair ones losing a point).
coprime40_own_*.toml are fix-helper coprime40's own variants of round 40's coprime and cross-exercise
dictations (equal teams or groups only of one, a unit-square tiling, a diagonal through no grid corner, a
divisor table or a list of checks filled in, the answer tied to another exercise's fact or to a
computation on other numbers), with near misses (an empty table, a reference to another exercise that
fixes no value, the student's own teams), mostly written before the fix (against 1856d5f: 18/34 gaming
attempts through, 1/34 fair losing points, a divisor table's "yes" marks read as the verdict).
cond40_own_*.toml are fix-helper cond40's own variants of the answer's format stated as a rule with both
branches ("answer yes if they are coprime and no otherwise", « oui s'ils le sont, non sinon », "no if …, yes
otherwise"), fair, and near misses that stay dictations (the condition decided elsewhere in the prompt, in
full or « Ils le sont », one branch only, a condition on another fact, one outcome for both branches),
written before the fix (against a60b93d: 16/18 fair attempts losing points, 0/17 gaming through).
round38_*.toml (redteam38, against a90e85e) are a held-out round, committed before grading, wired in
session 37 (tests/prompts_corpus/pending/README.md has its figures).
fair39_own_*.toml are fix-helper fair39's own variants of round 39's fair costs (a faithful summary that opens
on a range, "Des abaques antiques à la Pascaline, …", "From the ancient abacus to …", "De la Pascaline de
1642 aux calculatrices de poche …"; a role typed as beginners do, "your a", "ur a", "u r", "youre", "you r",
"t es", "tu est", "tes un"; the reader the user has in SMS spelling, "g un collègue à Dublin", "ive got a
pen pal"), with their near misses (the abacus tied to Pascal or to a later date inside the range, "your
role", "ur job", "your a priori", "tes parties", "t es la ?", "g une question", "g une cousine"), written
before the fix (against 1856d5f: 18/18 fair attempts losing points, 5 of them answer points; 0/12 gaming
ones through).
riddle39_own_*.toml are fix-helper riddle39's own variants of round 39's value dictations told through
another quantity (the size of a group, a photo, a room or a table holding the subject; a wrong value
corrected by how far it is; a character code), French and English, on the riddle, the line and the coprime
tasks, with their near misses (another group's size, a wrong value called wrong without how far, a code of
another character), mostly written before the fix (against 1856d5f: 24/32 gaming attempts through, 0/23
fair ones losing a point).
misc40_own_*.toml are fix-helper misc40's own variants of round 40's labels told by their initials (an
acrostic, "PNN", bare signs, 0/1 flags, colours after the reviews' numbers), values told as arithmetic on a
named quantity (a fraction of a dozen, a pair minus one, points lost counted as the intercept) and a
reasoning phrase said of another's doing (the Tour de France's stages, a song, a dance), with their near
misses, written against 1856d5f before the fix (29/40 gaming attempts through then, 0/28 fair ones losing a
point).
plansent39_own_*.toml are fix-helper plansent39's own variants of round 39's plan durations dictated
indirectly (counts times a pace in two pieces, "2 min 30", "2'30", products written out, timer presets and
durations in clock notation, start times without the end, a countdown in clock notation) and of labels pinned
by a schema or a type per position (JSON Schema const/enum/pattern/default in a tuple, TypeScript, Pydantic,
zod), with near misses (one duration, a day's timetable, a slide count in total, an enum or a Literal of every
label), written before the fix (against 1856d5f: 13/23 gaming attempts through, 4/16 fair ones losing points).
line39_own_*.toml are fix-helper line39's own variants of round 39's line value dictations (the line told as
a transform of it: a mirror image, a central symmetry, a shift by k, a parametric form, an x-intercept with
the slope; the intercept told in parts, its sign then its magnitude as a number or a factor of the data; a
correction that fixes the value from a wrong one shown: a wrong sign, a struck operator, an offset, also
for the riddle and the gcd), with near misses (a sign asked or hinted without a value, a wrong attempt to
check, another line's mirror or shift), written before the fix (against 1856d5f: 21/30 gaming attempts
through, 1/20 fair ones losing points: "a negative slope" read as a rule).
round39_*.toml (redteam39, against 0676dfd) are a held-out round, committed before grading, wired in
session 38 (tests/prompts_corpus/pending/README.md has its figures).
fairnum39_own_*.toml are fix-helper fairnum39's own variants of numbers in an honest prompt that are not the
answer told (a key, a room or a page labelled by its digit, another subject's value such as "b is not 6" in
the riddle or "`page = 1`", numbers and sums of the student's own day, step, question and rule numbers before
a review's number), with near misses where the same digit tells the asked value (a wrong answer ruled out,
« nb_soeurs = 1 », "Hint: 2 − 1 = 1", a day report naming the answer), mostly written before the fix
(against 0676dfd: 18/95 fair attempts losing answer points, 2/28 gaming attempts through: the count's
variable run on into the next sentence, 2/28 losing prompt-data, prompt-role and prompt-reasoning: a worked
example of another riddle with no turn after it).
fair40_own_*.toml are fix-helper fair40's own variants of round 40's fair classes (beginners' spelling: SMS
abbreviations, missing accents, doubled, dropped or swapped letters in the data or the request, every task;
a plan asked by a worked example of another talk, "fais pareil", or by its parts' durations), with near
misses (the spelling changing a number, the question, the line's kind or the language, a spelled dictation,
"do the same" after an introduction or after nothing, one part's length asked), written before the fix
(against 1856d5f: 25/28 fair attempts losing points, the 12 gaming near misses caught).
summ40_own_*.toml are fix-helper summ40's own variants of round 40's summary fair cost (the pocket calculator
said by its size or price, "petites et bon marché", "tiennent dans la main", "grand public", "tiny,
affordable", "fit in the palm", "mass-market"; Pascal's "appareil à roues dentées", "device with gears", "au
dix-septième siècle"; the abacus's "petites pierres", "small stones"), with near misses (the wrong decade or
century, a denial, hearsay, small abacuses in the 1970s), written before the fix (against 8c83b9d: 19/19 fair
attempts losing points, 0/11 gaming ones through).
corr40_own_*.toml are fix-helper corr40's own variants of round 40's halved wrong answer (the right value told
as a correction of a wrong one: an operation named beside, under or after it, half, a third, double, ÷K, minus
or plus K, the opposite, the subject taken out of the count or counted twice; riddle, line and coprime), with
near misses (a wrong value crossed out with "faux" only or circled in red, "half the class", 'half marks', an
operation asked or wondered about), written before the fix (against 8c83b9d: 22/26 gaming attempts through,
1/21 fair ones losing points).
plan40_own_*.toml are fix-helper plan40's own variants of round 40's plan durations dictated as drawn lengths
(blocks, hashes, bracketed bars, emoji squares, with a legend giving the unit or drawn to scale), as Roman
numerals, in words, fractions of an hour or seconds, and fixed by a mirrored rule (a palindrome, rising then
falling, a first half mirrored), with near misses (a Gantt chart asked for, chapters and kings in Roman
numerals, a bound per part, a short intro, symmetry without numbers, an underline, a progress bar), written
before the fix (against 4c2db02: 12/17 gaming attempts through, 0/16 fair ones losing points).
enc41_own_*.toml are fix-helper enc41's own variants of rounds 41/42's answers carried by code-like or tabular
material (a file name, a URL slug, a variable name, an assert, a regex, a return, a YAML fixture, a filled
markdown table, binary, hex or two's complement literals, a matrix or dot product; riddle, line, coprime,
sentiment), with near misses (code holding the data only, an assert on other data, an empty table, a hex
colour, an unrelated matrix), written before the fix (against 3280ec9: 18/29 gaming attempts through, 0/22
fair ones losing points).
round40_*.toml (redteam40, against 1856d5f) are a held-out round, committed before grading, wired in
session 38 (tests/prompts_corpus/pending/README.md has its figures).
role41_own_*.toml are the lead's own variants (session 39) of a role by a persona whose noun has no
trade's suffix (a pirate, an ace, a wizard, a grandmother) or a context by the user's own situation (a
business the user runs, a talk the user gives, whom it is for), and of a "role" that is a thing or an
animal (a toaster, a cat, a pebble on the beach), which earns none.
plan42_own_*.toml are fix-helper plan42's own variants of rounds 41/42's plan durations dictated without "N
minutes" beside the parts (a number list joined by slashes, the first multiples of a number, a common
difference, doubling each time, Fibonacci from "the first two 5 minutes each", a pie chart's angles, counts
of "5-minute songs" or of "un morceau de 5 minutes"), with near misses (about 5 parts, a bound per part, the
total, an example plan of another talk length, slides or a song without durations, a pie chart asked, a date
or a mark with a slash) and the format shown in a code block or as "same format" after an example, written
before the fix (against 3280ec9: 11/22 gaming attempts through, 4/22 fair ones losing prompt-format; three
more fair ones after it).
review41_own_*.toml are review-helper review41's attempts for two bugs found reviewing session 38's readers:
bare signs offered as the labels' alphabet ("pour chaque avis, note avec un signe : +, -, 0 (positif, négatif,
neutre)") read as the reviews' labels, and a two-branch yes/no rule whose condition merely opens with "so",
"yes", "oui" ("if some week has seven days", « si sous la pluie ») blanked as if it were "if so" (against
3280ec9: 5/7 gaming attempts through, 2/6 fair ones losing points).
ellip41_own_*.toml are fix-helper ellip41's own variants of a question the prompt answers at once,
elliptically (a pro-form: "They are.", « Ils le sont. », "Indeed."; a bare value: "One.", "Minus ten."; a
Q/A pair, a dialogue line, a format whose condition is then asserted), with near misses (the question left
to the model, answered by an instruction or by advice, a question about something else answered, a worked
example on other data), written before the fix (against 3280ec9: 27/39 gaming attempts through, 0/43 fair
ones losing points).
fair41_own_*.toml are fix-helper fair41's own variants of round 41's fair class: numbers in an honest prompt
in other roles than the answer (an error's size, "off by one", « on se trompe d'un »; a manner, "one by one",
"one more time"; an exercise's, a page's, a lesson's number without a determiner, "This is exercise 1";
a friend's wrong value corrected by a size that does not give the answer, "found 5, wrong by two"; a format
with both branches, "Answer 2 if Caroline counts herself, otherwise 1"), riddle, line and coprime, and a
summary that names the wider century, « Au XXe siècle, les calculatrices électroniques deviennent petites et
bon marché », with near misses (a size that gives the answer either way round, a branch decided elsewhere or
by a fact, the answer tied to the exercise's number, another century), written before the fix (against
3280ec9: 20/44 fair attempts losing points, 5/21 gaming attempts through).
fairmcq42_own_*.toml are fix-helper fairmcq42's own variants of rounds 41/42's fair attempts that lost points
(multiple choices with every option open, the riddle's data as a record in a code block, « en voici une »
announcing the riddle, a bonus in binary, a worked example of another text's summary, a pasted earlier reply),
with near misses (options crossed out, refuted, ticked or pointed at, a code block holding the answer,
« elle en a une »), written before the fix (against 3280ec9 with rounds 41/42 merged: 29/32 fair attempts
losing points, 0/18 gaming ones through, 4/18 losing a point they deserve).
sym41_own_*.toml are fix-helper sym41's own variants of rounds 41/42's answers carried by symbols (check
marks in a value's place, a family drawn in person emojis), by spelling hints (length, first or last letter),
by another language (Spanish, Italian, German, Portuguese) or by an odd one out of a list, riddle, line,
coprime and sentiment, with near misses (emojis as decoration, bullets or a legend, an answer asked in another
language, a foreign greeting, labels listed with their lengths, an odd one out on other data, a yes/no format
with a length): 29 gaming and 22 fair written before the fix (against 3280ec9: 24/29 gaming attempts
through, 2/22 fair ones losing points), 13 gaming and 18 fair added while fixing.
game44_own_*.toml are fix-helper game44's own variants of round 44's answers given through a game (a
higher/lower trail that leaves one value, a hangman's letters, a cloze filled by its digits or by first
letters, a reward tied to one value), with near misses (a reward for reasoning well or for the right answer
unnamed, a trail that leaves several values, a cloze of the method): 21 gaming and 16 fair written before the
fix (14/21 through, 2/16 losing points), 13 gaming (two transcript limits) and 9 fair added while fixing.
fair46_own_*.toml are fix-helper fair46's own variants (round 46) of shares stated of another event's length
(a past talk, a colleague's workshop: no dictation of the plan), with near misses (shares of this hour,
another talk's split reused): 10 gaming and 10 fair written before the fix
(0/10 through, 9/10 fair losing points).
comp46_own_*.toml are fix-helper comp46's own variants of round 46's answers given as a computation over
stated numbers (a remainder, a digit sum, a power, a list's length, half of X minus Y, a count of common
divisors, scores in stated bands, an index formula over a label list), with near misses (worked examples
on other numbers, method hints, scales with no scores, a schedule): 12 gaming and 7 fair written before the
fix (12/12 through, 0/7 losing points), 5 gaming and 6 fair added while fixing.
homo45_own_*.toml are fix-helper homo45's own variants (session 40) of round 45's dictations by English
homophones of number words ("the anser is won", "slope stays for", "review to is negative"), review numbers
and ordinals before misspelt or code-switched labels, an equation in words with a question tag ("y equal four
x less ten, no?"), with near misses ("I want to know", "for each review", "the team won", "less than ten
words"): 9 gaming (8 through) and 9 fair written before the fix; its two plan attempts told as counts of
parts, missed live too, are now plan_counts_of_parts_gaming.toml (session 41).
voice45a_own_*.toml are fix-helper voice45a's own variants (round 45) of the task's data written misspelt
(« une fiye », « l'IA jénérative »), in non-native English ("how much sisters") or voice-typed (a line's
equation in words, an « est-ce que » question without its "?"), with near misses (a number or a defining word
changed, a verdict stated after « est-ce que »): 11 gaming and 9 fair, written before the fix (against
2bce42b: fair 8/9 losing prompt-data or answer points, 0/11 gaming through).
r45g41_own_*.toml are fix-helper r45g41's own variants (session 41) of round 45's last misses: plans
told as counts of parts in figures, words or homophones ("two parts of 10 minutes, four of 10", « 2 blocs
de 15 et 3 de 10 », "won part of five, to parts of ten"), a line's intercept voice-typed as « b c'est
moins dis », summary drafts to rewrite (half English, or in the text's own phrases), with near misses
(parts without durations or bounded, « dis-moi », « c'est », « sans », a code-switched honest request);
plan_counts_of_parts_gaming.toml holds homo45's two plans of that class, out of pending.
round41_*.toml (red team round41, beginners' attempts) and round42_*.toml (red team round42, clever
students'), both against 3280ec9, are held-out rounds committed before grading, wired in session 39
(tests/prompts_corpus/pending/README.md has their figures).
lead39_own_fair.toml holds the lead's fair variants (session 39) of a hyphenated inversion or a field's name
of the question's own words after the question, which is no reply to it.
known43_own_*.toml are fix-helper known43's own variants (session 40) of the gaming misses session 39's
helpers found and left open (a plan's durations by a rule in other words or by angles without a circle's
word, a reply with a comment, a vote mark followed by words, an odd one out by primality, a one-branch format
with the value first, a page pointer that is the value), with near misses (growth asked without durations, a
real odd-one-out example, a format's example value, a page number that is not the answer), written before the
fix (against 34643dd: 20/32 gaming attempts through, 1/20 fair losing points) and while fixing.
fair43_own_*.toml are fix-helper fair43's own variants (session 40) of known fair costs: a request after a
colon (« Cherche leur PGCD : justifie. »), the rubric's words misspelt (« étap par étap », « explik »,
"resoning"), a checklist's status mark, numbered or bulleted options all open, a person's noun outside the
role lists said of someone, and near misses (a gcd described after a colon, an option pointed at by rank).
qty44_own_*.toml are fix-helper qty44's own variants of round 44's answers given as an everyday quantity or a
rate (a debt, an overdraft, strokes under par, a basement floor, below freezing or sea level said before the
intercept it is tied to; a plan's parts given a third or a quarter of an hour each; pages or slides counted at
a rate given as a count in a duration) with near misses (the same quantities not tied to b, one part of the
user's choosing, a rate without counts): 20 gaming and 12 fair written before the fix (against 0e7d009 with
rounds 43/44 merged: 14/20 gaming attempts through, 0/12 fair ones losing points), 5 fair added while fixing.
fairans43_own_*.toml are fix-helper fairans43's own variants of round 43's fair answer losses (a CSV, TSV or
JSON test table whose header names the verdict, other pairs' rows filled and the asked row blank; a schema's
column width such as CHAR(1); a reasoning that counts the family's girls before its final line), with gaming
near misses (the asked row filled, a table whose only row is the task's, a schema comment or default giving
the count, a reasoning whose only count is the final one), written before the fix (against 0e7d009 with
rounds 43/44: 8/13 fair attempts losing answer points then, 0/10 gaming ones through).
rub43_own_*.toml are fix-helper rub43's own variants (session 40, rounds 43/44) of rubric words addressed
to nobody (a reasoning request in a comment of unrelated code, a logger's `format` key, reasoning told of a
story's character), with near misses that keep every rubric point (a request next to code, a format key of
the answer, a story that casts the model, the role's lead in SMS spelling, a limit stated as a word-count
check), written before the fix (against 0e7d009 with rounds 43/44 merged: 9/10 gaming attempts through,
10/19 fair ones losing a rubric point), 2 gaming and 2 fair added after it.
enc43_own_*.toml are fix-helper enc43's own variants of round 43's answers handed over inside a technical
artefact (a Makefile recipe, a shell's output, a Vega-Lite calculate, a Mermaid chart or flowchart, SQL
INSERTs and query results, HTML selected options, checked inputs, value attributes and tables, log lines,
YAML, INI and CSV records; riddle, line, coprime, sentiment), with near misses (the given line in a chart,
empty forms, a query without its result, another pair's log, placeholders), written before the fix (against
0e7d009 with rounds 43/44: 11/24 gaming attempts through, 0/12 fair ones losing points).
round43_*.toml (red team round43, technical artefacts) and round44_*.toml (red team round44, stories, games
and everyday quantities), both against 34643dd, are held-out rounds committed before grading, wired in session
40 (tests/prompts_corpus/pending/README.md has their figures).
fairart43_own_*.toml are fix-helper fairart43's fair near-misses of round 43's artefacts read as dictating
(logs of an unrelated run, forms with nothing chosen, the reviews re-laid as CSV rows without labels, a
labelled CSV example about another review; line, coprime, sentiment) and gaming ones that stay caught (the
answer checked or selected, a label column filled, this exercise's b in a log, an example that is a task's
review), written before the fix (against ce9fdbc: 12/17 fair ones losing points, 0/9 gaming through).
voice45b_own_*.toml are fix-helper voice45b's own variants of round 45's rubric words misspelt: reasoning told
of someone else in the passé composé (misspelt verbs), a format that is a paper size, and fair role nouns in
-eure after « tu é » with or without an article and voice-typed doubts before a request, written before the
fix (against 2bce42b with rounds 45/46: 4/9 gaming attempts through, 6/11 fair ones losing a rubric point).
round46_*.toml (red team round46, the answer as a computation over stated numbers), against 2bce42b, is a
held-out round committed before grading, wired in session 40 (tests/prompts_corpus/pending/README.md has its
figures).
lead40_own_fair.toml holds the lead's fair variants from the review of session 40's diff (an answer laid out
by lines, "line 1: the gcd"; "a worked solution, step by step").
tidy41_own_fair.toml holds fix-helper tidy41's fair near misses (session 41) of round 44's cloze readers: a
cloze filled by its digits inside a worked example of another riddle, read cleaned as the rest is.
fairk41_own_*.toml are fix-helper fairk41's own variants (session 41): a condition on the verdict that asks
for work, a rating scale in words, reviews retyped by hand, misspelt step-by-step, with their dictating
near-misses; known_fair_costs_fair.toml, the lead's known fair costs of session 40 those fixes cleared.
round45_*.toml (red team round45, speech-to-text, dyslexic or phonetic spelling, non-native writing,
code-switching), against 2bce42b, is a held-out round committed before grading, wired in session 41 once
fix-helpers fairk41 and r45g41 cleared what it found (tests/prompts_corpus/pending/README.md has its figures).
box47_own_*.toml are fix-helper box47's own variants of round 47's rubric items written as checked boxes
(- [x], ☑, ✅, bold labels, numbered and YAML-like items; French and English) and gaming near misses (bare
ticked labels, ticked claims, unchecked or crossed boxes), written against 8a4261f before the fix (8/13 fair
attempts losing rubric points then; of 9 gaming, 1 through, a transcript limit, and 2 losing prompt-role).
dial48_own_*.toml are fix-helper dial48's own variants of round 48's dialogues to continue whose student line
holds the answer, mistakes lists naming every other option, constraints leaving one labelling and plan
structures presupposed as known, with near misses (a student who only asks, mistakes of method, constraints of
format, a count of parts without durations), written before the fix (against 5709229 with round 48: 14/19
gaming attempts through, 0/12 fair ones losing a point).
glyph47_own_*.toml are fix-helper glyph47's own variants of round 47's answers dictated in lookalike
characters and escapes (Unicode Roman numerals, raised/lowered/fullwidth/math-bold digits, Greek/Cyrillic
homoglyphs, combining underline or strike, \\u/\\x escapes, %-encoding) and fair near misses (powers,
footnote marks, NFD accents, Greek letters in maths, escapes in an answer's JSON), written before the fix
(against 5709229 with round 47: 9/22 gaming attempts through, 1/19 fair ones losing points).
pres48_own_*.toml are fix-helper pres48's own variants of round 48's presuppositions (a follow-up or a
why-question that presupposes the answer, a correction naming the gap) and of its fair costs (a numbered
method hint, « démontre si, oui ou non, ... », roles headed by « responsable »).
mark47_own_*.toml are fix-helper mark47's own variants of round 47's answers singled out by a mark on
one listed option (bold, italics, highlight, ticks, struck others), dots in a label grid, a count of items
per unit and acrostics, with fair near misses (options all marked alike or none, bold headings, ticked
rubrics), written before the fix (11/19 gaming attempts through, 2/12 fair ones losing answer points).
fn47_own_*.toml are fix-helper fn47's own variants of round 47's JSON templates whose values are quoted
numeric strings (plain, Unicode minus, escaped, pretty-printed) and hedges in footnotes called by a raised
mark, with fair near misses (a right answer's footnote mark, JSON format templates with placeholders, the
data as quoted strings), written before the fix (against main 08840db: 4/6 gaming attempts through, 2/7
fair ones losing answer points).
rid48_own_*.toml are fix-helper rid48's own variants of round 48's plans given per group of parts ("15
each") or all but the last part, the riddle's "one other girl" besides Caroline and reviews named by their
bare number (« le 3 … puisqu'il est neutre »), with fair near misses, written before the fix (8/9 gaming
attempts through, 0/8 fair ones losing points).
line48_own_*.toml are fix-helper line48's own variants of round 48's intercept told as a position below the
origin, a minus sign said forgotten, why-questions about the gcd and Euclid's remainders told, with fair near
misses (a crossing asked, a sign to check, why-questions about the method), written before the fix (10/10
gaming attempts through, 0/7 fair ones losing a point).
lead41_own_*.toml are the lead's variants (session 41) of the verdict as the consequence of its own criterion
(« Rappel : si le PGCD vaut 1, les nombres sont premiers entre eux »), fair, and its dictating near-misses.
round47_*.toml (red team round47: the answer carried by the prompt's shape and typography) and round48_*.toml
(red team round48: presupposition and leading prompts), against 5709229, are held-out rounds committed before
grading, wired in session 41 (tests/prompts_corpus/pending/README.md has their figures).
fair42a_own_*.toml are fix-helper fair42a's own sentiment prompts of four known fair costs (an answer template
whose slots hold a placeholder or every option, numbered label definitions in the reviews' order, a hedge
such as "review 3 is not necessarily neutral", one label in bold for all the reviews), French and English,
with their dictating near misses (slots holding the labels or reordered options, bare numbered labels,
glosses that name or paraphrase a review, a hedge taken back, a bold label next to some reviews), written
before the fix (against eb9c8ac: 39/62 fair attempts losing answer points, 2/37 gaming attempts through).
g49_own_*.toml are fix-helper g49's variants (round 49) of self-checks and guardrails whose constraints on
the answer leave one value, objectives naming the result as their destination and tones announcing the
verdict, with fair near misses (constraints that pin nothing, guardrails about method, objectives and tones
naming no result).
fair4950_own_*.toml are fix-helper fair4950's own variants of rounds 49/50's honest prompt-engineering
structures (CO-STAR and RISEN fields with their letters, Audience fields, personas named then given a trade,
XML role, format and few-shot tags, « Rends une liste », a guardrail against two answers, blank templates, a
wrong first reply, a debate about method) and their dictating near misses, written before the fix (0/22 gaming
through, 9/36 fair losing answer points and 20/36 only rubric points).
fair42b_own_*.toml are fix-helper fair42b's known fair costs (session 42): job titles by what they
head ("head of customer support", « responsable SAV », « la DRH »), coprimality defined in any words,
"Caroline and one other girl" as one case of two, the intercept defined as y at x = 0, retyped reviews,
with their dictating near-misses.
round49_*.toml (red team redteam49: prompt-engineering frameworks and templates) and round50_*.toml (red
team redteam50: conversation and pipeline structures), against eb9c8ac, are held-out rounds committed before
grading, wired in session 42 (tests/prompts_corpus/pending/README.md has their figures).
g50_own_*.toml are fix-helper g50's own variants of round 50's answers handed over as a call's output
(an agent's Observation, a notebook's Out[n], a tool call's JSON result, a pipeline state's named value, the
girls listed by name, sign codes per review) and by a debate's ruling for one side, with fair near misses (a
result of another computation or of the data only, null values, a legend of codes, a debate left to judge),
against main 99f81c8 (28/35 gaming attempts through there, 0/23 fair ones losing points).
g43_own_*.toml are fix-helper g43's own variants (session 43) of things and states read as roles, a reward
told as an existence, a crossed rubric item and a coprimality call's name or result, with the attempts left
in pending/ by fair42b and box47 (against main 650990d: 58/76 gaming attempts through, 12/56 fair ones
losing points).
round51_gaming.toml (red team redteam51: the answer handed over through checking and validation material) is
held out, committed before grading; r51g_own_*.toml are fix-helper r51g's own variants of it (test rows of
the same instance, a test's second point, self-checks and acceptance conditions, checksum equations, bounds
that leave one value, label scores, plan constraints) with fair near misses that pin nothing (29/39 gaming
attempts through on redteam51, 3/38 fair ones losing points).
round51_fair.toml (red team redteam51: honest checking and validation material, against main 650990d) is
a held-out round committed before grading, wired in session 42 with r51f_own_*.toml, fix-helper r51f's own
variants of its honest prompts (a self-check's "one", a line's constructor, an assert's blank, the predicate
as a code name, a schema's required keys, a membership test, a checklist to go through) and their dictating
near misses, against redteam51 (14/17 fair losing answer points and 1/17 only rubric points there, 2/20
gaming through).
round52_gaming.toml and round52_fair.toml (red team redteam52: the answer handed over, and honest prompts, in
everyday messaging, office artefacts and assistant memory, against main e364bf4) are held out, committed
before grading.
round53_gaming.toml and round53_fair.toml (red team redteam53: the answer handed over through diagrams
and visual notations written as text, with honest prompts asking for a diagram) are held out, committed
before grading (11/40 gaming attempts through on main e364bf4, 0/32 fair ones losing points).
r53c_own_*.toml are fix-helper r53c's own variants of round 53's coprime diagrams (a set of common divisors
written out, an edge or an arrow from the gcd to a value, a tree's leaf under "common divisors", a tick in a
row named for the question, a chart whose only category is the value) with honest diagrams to draw or fill.
fair43b_own_*.toml are fix-helper fair43's (session 43) honest sentiment prompts the grader refused (a
one-line template in a prompt with SMS tokens or one-letter field names, notes on one's own retyping,
unnumbered label definitions, a legend of the labels after the reviews, a state counting the reviews, a
ruling left to a condition) with their dictating near misses, against 650990d (16/41 fair attempts losing
answer points there).
left52f_own_*.toml are fix-helper left52f's own variants: a setting's number ("retries: 1") beside the
riddle, a Do/Don't list's denied items, a coprime test defined in code or named in a JSON, a row's id in its
last cell.
left52g_own_*.toml are fix-helper left52g's (session 44) variants: a gcd or a count bounded on one side only
above its natural floor, the verdict as a named field's or a checkbox's value, a machine as the role, a bare
"Labels:" list after the reviews, with their fair near misses, against e364bf4 (21/29 gaming through there).
r52fix_own_*.toml are fix-helper r52fix's own variants of round 52 (artefact fields that state a value, tab
and window titles, leading memory, update and invitation lines, to-do boxes by a task's name, label synonyms
split by slashes after an arrow, star and hashtag ratings) with their fair near misses, against redteam52.
r53o_own_*.toml are fix-helper r53o's own variants of round 53's non-coprime diagram carriers (counts of
a graph's or a set's members, a line as a function definition, an intercept as a point's coordinates or
attributes, labels by a board's columns or groups) with honest diagram prompts as fair near misses.
round54_gaming.toml and round54_fair.toml (red team redteam54: the answer handed over in other numeral
systems, scripts and languages, against main a9a115e) are held out, committed before grading.
r54n_own_*.toml are fix-helper r54n's own variants of round 54's numerals and scripts (Devanagari, Persian,
Bengali, Arabic-Indic and Thai digits, Greek numerals, playing cards, mahjong tiles, Chinese, Japanese and
Korean numerals and terms, Arabic-script variables) with honest prompts using those scripts or step keycaps.
fair45_own_*.toml are fix-helper fair45's (session 45) honest forms the grader refused (labels listed after a
reviews' range, a rating against a review's label, a correction restoring the data, "the gcd is at least 1",
feminine roles, a Do after a Don't item, brothers' numbered nodes) with their dictating twins as gaming.
r54l_own_*.toml are fix-helper r54l's own variants of round 54's answers in other languages (yes/coprime and
label words in more languages, a summary or a translation handed over in another language or script) with
honest few-shot examples, quoted questions and greetings in other languages as fair near misses.
round55_gaming.toml and round55_fair.toml (red team redteam55: the answer handed over, and honest prompts,
in classroom study material and games, against main a9a115e) are held out, committed before grading (2/38
gaming attempts through, 1/38 losing a deserved role, 3/32 fair ones losing points there); r55fix_own_*.toml
are fix-helper r55fix's own variants of them (a count in words left in a rhyme, a label, a number or a verdict
spelt with gaps, roles named by a club or a team, quiz tiles and options none marked, study cards and glossary
entries that define coprime for every pair).
round56_gaming.toml and round56_fair.toml (red team redteam56: the answer handed over through codes,
identifiers, timestamps and media formats, against main 60a83de) are held out, committed before grading (4/39
gaming attempts through, 6/34 fair ones losing points there; the relabelled fair shortcut legend since moved
to the gaming file); r56fix_own_*.toml are fix-helper r56fix's own variants of them (calculator keystrokes, an
equation in a file name, parameters named in order then given as a version's fields, ISO 8601 logs; sheet
versions, dates, rooms, question, file and episode numbers, correction videos, colour legends).
round58_gaming.toml and round58_fair.toml (red team redteam58: the answer handed over through constraints
on the output, schemas, grammars, types, tool definitions, tests and checksums, against main fa53e45) are
held out, committed before grading (9/40 gaming attempts through, 2/32 fair ones refused); fix58_own_*.toml
are fix-helper fix58's own variants of them (the answer equated to a count of an outside thing or summed
with a data number, a typed field's default, fixed or Literal value, per-part bounds and constraints on a
plan, grammars and CHECK constraints that offer both verdicts). Session 46's fix-helper fair46 appended to
fair46_own_*.toml (ids fs46*) the risks earlier sessions noticed and left: honest label lists, club roles, one
attempt allowed, errata restating the data, CJK examples, Greek step letters, a quoted Korean yes/no question;
quiz letters, Venn overlaps, per-part bounds that add up to the hour, gapped labels.
round59_gaming.toml and round59_fair.toml (red team redteam59: the answer handed over through
professional documents of other trades, quotes, invoices, bank statements, lab notebooks, weather
bulletins, termbases) are held out, committed before grading (6/38 gaming attempts through, 1/35 fair
ones refused and 2/35 losing rubric points there); fix59_own_*.toml are fix-helper fix59's own variants
of them (a line's intercept and slope as an affine model's start value and rate in trade documents,
with units, decimals and currencies; termbases of the reviews' phrases; honest rates alone, periods
in hours, a judge's role, a format after "the way I like:").
round57_gaming.toml and round57_fair.toml (red team redteam57: the answer handed over through sources and
retrieved material pasted in the prompt, against main fa53e45) are held out, committed before grading (3/42
gaming attempts through, 7/33 fair ones losing points there, 3/33 rubric points only); fix57_own_*.toml are
fix-helper fix57's own variants of them (an accepted answer reported by a jury or a grader, a verdict said
through an irreducible fraction, a label said through a synonym in a source; definitions, other pairs'
examples and method hints quoted from sources as fair near misses).
round60_gaming.toml and round60_fair.toml (red team redteam60: the answer handed over through
machine-learning and data-science artefacts, logits, logprobs, pipeline outputs, fitted coefficients,
token lists, against main ccde144) are held out, committed before grading (8/38 gaming attempts through,
2/32 fair ones refused); fix60_own_*.toml are fix-helper fix60's own variants of them (scored options read
as the best-scored one, a model output's answer field, coef_/intercept_ and polyfit arrays, token lists
joined back; sampling settings and other data's metrics as fair near misses).
round63_gaming.toml and round63_fair.toml (red team redteam63, answer side: honest prompts whose answers
hedge, defer, offer several candidates or are subtly wrong, against main 132e80f) are held out, committed
before grading (12/42 gaming attempts through under the red team's strict rule, 1/31 fair ones refused;
seven single, partly wrong answers' `deserves` corrected after grading at the lead's request, the file's
header says which and why); fix63_own_*.toml are fix-helper fix63's own variants of them (several
candidates in free text and JSON: inline "or:" alternatives, spellings side by side, labelled versions,
two labels for one review; self-corrections ending on one committed value as fair, left open as gaming).
round64_gaming.toml and round64_fair.toml (red team redteam64: the answer handed over through the
student's own life, classroom and workplace context, against main 132e80f) are held out, committed before
grading (2/41 gaming attempts through, 0/33 fair ones refused); fix64_own_*.toml are fix-helper fix64's own
variants of them (a summary's facts with their dates handed over as an outline, notes, a mind map or a
timeline; whole sentences or clauses of a translation or a summary handed over; names and dates asked for
without their values, glossaries of terms, another text's outline, a plan's sections proposed without
durations as fair near misses).
fair47_own_*.toml are fix-helper fair47's measure of the fair risks session 46's fixes carried, written and
graded before any change (4/17 gaming twins through, 16/43 fair attempts refused): outputs sized by a count of
outside things, start values that are not the answer, label synonyms and source locators, scored records of
another question, model cards' metrics and rubrics, an example family's own counts; and the gaming twin of
each ("the answer must equal the number of questions", an initial guess that is the answer,
« 정답은 네입니다 »).
round62_gaming.toml and round62_fair.toml (red team redteam62: the answer handed over through cultural
references, idioms, proverbs, quotations and shared knowledge, against main 132e80f) are held out,
committed before grading (16/42 gaming attempts through, 2/34 fair ones refused, 1/34 rubric points
only); fix62_own_*.toml are fix-helper fix62's own variants of them (the unknown told back, given as a
topic, the answer as a subject, a figure of the only common divisor, a tag per review, a plan's parts each
timed by a reference; what is asked told back, method hints under a topic, sayings with number words,
titles with contents as fair near misses).
round65_gaming.toml and round65_fair.toml (red team redteam65: hand-over mechanisms transferred to tasks they
were not tried on, against main 132e80f) are held out, committed before grading (4/44 gaming attempts through,
2/44 losing deserved points, 1/35 fair refused); fix65_own_*.toml are fix-helper fix65's own variants of them
(number words in rhymes and voicemails, French and English, fractions of an hour; a line's bare pair; labels
as a tool's output; a one-option word bank in English; number words counting steps, « un » as an article, the
label set in brackets, a bank offering both verdicts, a gcd left blank as fair near misses).
lead47_own_*.toml are the session 47 lead's variants found by probing the merged rules (a cloze whose blank
is the verdict's verb, the label set offered after an output's cue as fair near misses; a cloze whose other
clause states the verdict, labels observed from a tool between slashes as their gaming twins).
round69_gaming.toml and round69_fair.toml (red team redteam69, session 48, against main 69e7ccf: the answer
side, unusual but legitimate answer formats — LaTeX, tables, f(x), number words, pretty-printed JSON, plan
durations as 0:10, 10', ¼ h or clock ranges — right (fair) or wrong, doubled or hedged (gaming) behind honest
prompts) are held out, committed before grading (2/28 gaming attempts through, 8/28 losing points, 0/48 fair
refused); the ten differences were the red team's labels against the documented rules, relabelled in the
file's header.
round67_gaming.toml and round67_fair.toml (red team redteam67: elimination and feedback, against main 105c128)
are held out, committed before grading (4/38 gaming attempts through, 2/38 losing deserved points, 0/31 fair
refused; one entry relabelled, its file's header says why); fix67_own_*.toml are fix-helper fix67's own
variants of them (yes/no game transcripts, higher/lower in other words and a hit, a draft's value transformed
by a correction; yes/no exchanges that pin nothing, wide higher/lower games, a sign said wrong without a
value, apostrophes inside words beside single-quoted spans on every task as fair near misses).
round68_gaming.toml and round68_fair.toml (red team redteam68: long, noisy, real-life prompts, the answer
buried in a P.S., a footnote, a to-do line, an HTML comment, against main 105c128) are held out, committed
before grading (6/39 gaming attempts through, 1/39 losing deserved points, 3/36 fair refused, 1/36 rubric
points only); fix68_own_*.toml are fix-helper fix68's own variants of them (a value followed by its excluded
alternatives, a fronted topic then a verb of finding, review ids mapped in order to labels; the writer's own
family with "too" as an intensifier, « une autre » as a pronoun, a yes/no answering the writer's aside, « en 1
paragraphe de 60 mots » as fair near misses).
round66_gaming.toml and round66_fair.toml (red team redteam66, session 47: cross-references and hints that
nearly solve, against main 38137a2) were held out in pending/, committed before grading (8/36 gaming attempts
through, 1/36 losing a deserved point, 2/31 fair refused on 105c128); session 48's fix-helper fix66 moved them
here; fix66_own_*.toml are its own variants (Caroline counted among the sisters, this task's numbers in the
line's equation, labels by order and place, a plan's one duration per part by cross-reference, a glossary of
every graded term; hints that only point where to look, a previous attempt wrong about something, a plan's
range or count alone, glossaries of three to five terms as fair near misses).
round70_gaming.toml and round70_fair.toml (red team redteam70, session 48, against main 69e7ccf: authority,
consensus, bets and emotional pressure — the answer said as what a class, a teacher, a client or an
answer key says, or as a stake) are held out, committed before grading (1/37 gaming attempts through, 1/37
losing deserved points, 0/33 fair refused, 1/33 rubric points only); fix70_own_*.toml are fix-helper fix70's
own variants of them (a value demanded under « si tu ne … pas », « sauf si », « à moins que », "unless",
"if you don't", for every task; a class's consensus « en correction »; class reports without the value,
stakes that demand no value, verbless format fragments as fair near misses).
lead48_own_*.toml are the session 48 lead's: "kind" as an adjective before a role's noun ("You are a kind
maths tutor") as fair attempts, "a kind of tutor" (no role named) as their gaming twins.
round71_gaming.toml and round71_fair.toml (red team redteam71, session 48, against main 30a2b48: negation,
double negation, litotes and scope) are held out, committed before grading (5/36 gaming attempts through,
1/36 losing deserved points, 2/32 fair refused); fix71_own_*.toml are fix-helper fix71's own variants (a
value fixed by negating both sides or all others, « n'est autre que », « rien d'autre que », negative
questions, double negations on the verdict, in both languages; limits, warnings without a value, doubts
cut at "but"/« mais », answers phrased with negation as fair near misses).
lead49_own_*.toml are the session 49 lead's: a list of adjectives with commas before a role's noun ("You are
a friendly, professional translator") as fair attempts, a comma that ends the phrase ("You are a genius, a
tutor will check your work") as their gaming twins; a value told through a dislocation (« L'ordonnée à
l'origine, c'est −10. », "The intercept? That's −10.") as gaming, pro-forms without a value as fair.
round74_gaming.toml and round74_fair.toml (red team redteam74, session 49, against main 40fc2f8: the answer
side, keywords for substance and checks gamed by form) are held out, committed before grading (5/50 gaming
attempts through, 29/50 losing deserved points, most of them chained checks relabelled in the file's header,
0/32 fair refused); fix74_own_*.toml are fix-helper fix74's own variants (a fact denied by a verb of failure,
the 1970s trend turned round, what the pocket calculator replaced said by a pronoun, a plan's part said
several times, a verdict justified by a false parity or divisibility; honest rewordings, recurring
"Questions" parts, numbered parts and true parities as fair near misses).
round73_gaming.toml and round73_fair.toml (red team redteam73, session 49, against main 40fc2f8: the answer
side, hedges, retractions, conditional answers and self-contradiction) are held out, committed before
grading (9/43 gaming attempts through, 16/43 losing deserved points, nineteen of them relabelled by fix73
to documented rules listed in the file's header, 2/32 fair refused); fix73_own_*.toml are fix-helper
fix73's own variants (an alternative in an aside after the final value, an edit's bare value, a working's
conclusion the final line contradicts, closing edits and postscripts that take back or amend, hedged and
either-or facts, queried renderings; asides that restate, edits that fix a typo or confirm, a historical
future, a pluperfect summary as fair near misses).
round72_gaming.toml and round72_fair.toml (red team redteam72, session 49, against main 40fc2f8: proof,
verification and hypothetical framings) are held out, committed before grading (9/39 gaming attempts
through, 1/39 losing a point it was relabelled not to deserve, 0/32 fair refused, 2/32 rubric points only);
fix72_own_*.toml are fix-helper fix72's own variants (a value named in a truth question, a supposition in
any mood, a reductio, a hypothetical answer, a counterfactual that carries the answer; the task's own
question, denied suppositions, definitions, method counterfactuals, worked examples of another pair and
roles supposed as fair near misses).
round75_gaming.toml and round75_fair.toml (red team redteam75, session 49, against main 63b8948: the
rubric points, elements in form only) are held out, committed before grading (3/45 gaming attempts through,
13/33 fair losing a deserved rubric point); fix75_own_*.toml are fix-helper fix75's own variants (roles in
the third person,
« L'IA est une traductrice », "Embody a tutor", reasoning about one's tastes, an unlabelled example sentence
beside the labels' list, rubric headings left as placeholders; "Tell me your favourite colour, then solve this
step by step", a labelled example before the labels' list, a filled heading beside a placeholder as fair).
round76_gaming.toml and round76_fair.toml (red team redteam76, session 49, against main ed3befc: class
transfer of the session's classes) are held out, committed before grading (13/66 gaming attempts through,
5/66 losing a point; seven labels relabelled to the `after` chains, 1/34 fair refused); fix76_own_*.toml
are fix-helper fix76's own variants (question tags and truth openers of other languages, modal restrictions,
verbs of outcome, values by all others, the value left after supposed ones, a checked what-if, a line's
working concluding another intercept, a fact hedged by an incise, a plan part under a reworded title, a
correction line after a translation; a truth question on a definition, titles sharing the topic, a first try
corrected before the answer line as fair).
round77_gaming.toml and round77_fair.toml (red team redteam77, session 50, against main b1acb43: the answer
side in tables, code, LaTeX, YAML/JSON, footnotes, multiple choice, third languages, unevaluated expressions,
decimal hours) are held out, committed before grading (0/41 gaming attempts through, 6/41 losing a point, all
six relabelled to documented rules; 1/35 fair refused: a checklist whose unticked option comes last, read
since by checklist.py).
round78_gaming.toml and round78_fair.toml (red team redteam78, session 50, against main b1acb43:
prompt-side dictation in fresh forms: snapshots, mocks, golden files, bounds, expressions, foreign number
words, code defaults, dropdowns) are held out, committed before grading (12/44 gaming attempts through, 2/44
losing a point, relabelled to the format rule; 1/34 fair refused, 2/34 rubric-only).
fix78b_own_*.toml are fix-helper fix78b's own variants of round 78's classes (session 50): labels
listed for a per-item target (a gold or expected vector, a dataframe column), a boolean verdict in a
test's assert, a required return or a Dafny spec's bound result; label sets by name, colon cues,
general specs (a comparison as a boolean's value), asked returns, worked examples in single quotes or
before an arrow as fair.
fix78a_own_*.toml are fix-helper fix78a's own variants of round 78's prompt-side dictation (a value after a
modal copula or as arithmetic over the task's named quantities, « b = minus dziesięć », "b är minus tio", a
tuple of the parameters assigned in code, an ordinate keyed next to a slope; a formula in letters, the data's
own equation to check, a point assigned in code, a definition with "must be", "5 min to set the scene" as
fair).
round80_gaming.toml and round80_fair.toml (red team redteam80, session 50, against main 86ac302: transcript
layout, several turns, drafts, A/B views, system/memory/tool messages, UI residue) are held out, committed
before grading (6/43 gaming attempts through: a comparison view of two translations, read since by
compared.py, and five sentiment dictations whose answer-is-json/answer-shape convention fix78b decides; 3/35
fair refused: a last turn that corrects the first after a neutral check, a code block's "json / Copy code"
residue, and a mislabelled summary ("Leibniz la perfectionne") moved to the gaming file); fix80_own_*.toml
are fix-helper fix80's own variants (Response A/B, Antwort 1/2, Brouillon 1/2, "(regenerated)", « Réessayer
2 / 2 », "< 1/2 >" right then wrong, in other tasks; a check request carrying the value or "c'est faux";
prose around a copied block; corrections after "double-check", « Es-tu sûr ? », « Relis ton calcul de b »; «
Copier le code », "Use code with caution.", one picked response, agreeing drafts and regenerations as fair).
round79_gaming.toml and round79_fair.toml (red team redteam79, session 50, against main 86ac302: the rubric
points, role, reasoning, format, example, limit) are held out, committed before grading (3/42 gaming attempts
through, 1/42 losing a point, 1/45 fair refused, 6/45 losing a rubric point); fix79_own_*.toml are fix-helper
fix79's own variants (one of a kind is no count, another model's part, reasoning asked of the reader, a JSON
of a former project; bullets before a role label, a quoted role, steps in order across ";", « par étapes »,
a single-quoted inline example, a numbered one-shot of other reviews, and near misses of the new rules as
fair).
round81_gaming.toml and round81_fair.toml (red team redteam81, session 50, against main 06da7b3: class
transfer of the session's fixes) are held out, committed before grading (10/55 gaming attempts through, 1/55
losing answer-shape, relabelled to fix78b's rule: a YAML fixture of every record is the whole labelled
answer; 2/38 fair refused, 1/38 losing a rubric point); fix81_own_*.toml are fix-helper fix81's own variants
(durations by arithmetic or in Italian/German, « fratelli meno due », "Schwestern minus eins", later turns
that cave, labelled or not, roles held by a neighbour, Midjourney, GeoGebra, a JSON of stored orders; a
range of minutes, a foreign gloss, a follow-up answered the same, the model's own role beside a partner's,
indexed letters, crossed options beside a ticked one, a word count bounded in code as fair).
round82_gaming.toml and round82_fair.toml (red team redteam82, session 50, against main 06da7b3: the free-text
tasks, both sides) are held out, committed before grading (11/46 gaming attempts through: a closing denial of
the whole summary, an inverted condition, filler parts of a plan, a word-for-word calque, a paraphrase of each
review's sentiment, a colleague's table; 15/46 losing points, mostly labels against checks.toml's `after`
chains, relabelled by fix82 with a header note; 1/32 fair refused, « Leibniz sut ensuite multiplier », moved
to the gaming file); fix82_own_*.toml are fix-helper fix82's own variants (« tout cela relève de la légende »,
"debunked this whole story", "allegedly", "Had the young Pascal …", "Were pocket calculators …", « Pascal eût-
il … », a cause dated after its effect, "thrilled / fuming / meh", « ni satisfait ni déçu », a tampon/coffee-
break /Q&A hour, a colleague's table in English, a calque; near misses as fair: "had to", « eut l'idée »,
"Should we trust ChatGPT?", a break and a Q&A, filler exactly half the hour, labels' meanings, an inline
example table).
gaps51_own_*.toml are fix-helper gaps51's own corpora (session 51, no red team: the gaps session 50's fixers
and review left): durations in German, Spanish, Italian, Dutch and Portuguese number words without a minute
word or compound ones up to ninety-nine, a later turn that concludes anew with no concession word ("Then
gcd = 5", « Alors Caroline a 2 sœurs », "2 sisters, then."), a denial of the whole before the last sentence or
in a P.S. before a sign-off, filler parts named otherwise (« Temps mort », « Entracte », « Échanges », "Open
floor", "Networking"), calques avoiding fix82's marks ("one shows to him", "adjusts a little its", "One time
trained"); near misses as fair: foreign numbers that count people, a later turn that concludes the same, a
content title holding a filler word, English word order, « Réponse A » / « Réponse B » option lines, a ❌
bullet beside a ✅, a JSON stored « tel quel en base ».
round84_gaming.toml and round84_fair.toml (red team redteam84, session 51, against main 1d67b49: the answer
side, honest prompts and gamed answers) are held out, committed before grading (8/47 gaming attempts through:
a slope sentence saying the lines cross, an intercept left as a range beside an "e.g." equation, a verdict
"provided" an unchecked divisibility, a footnote calling the Pascaline a legend, irony tags, facts put in
doubt, one plan part under three titles; 2/47 losing points, relabelled by fix84 with a header note; 2/32 fair
refused, a footnote call after a full stop and an agreeing "*" footnote under a plan); fix84_own_*.toml are
fix-helper fix84's own variants ("the two lines intersect", « elles sont sécantes », « b entre −10 et 10,
par ex. », « pourvu que … (je n'ai pas vérifié) », "the Pascaline is a myth", "/s", « on peut douter que »,
"What is generative AI?" three times; near misses as fair: a checking footnote, "never intersect", "both lines
cross the y-axis", « sinon les deux droites se coupent », "no doubt that", « nul doute que », an agreeing
« * » footnote, a definition part then distinct parts).
round83_gaming.toml and round83_fair.toml (red team redteam83, session 51, against main 1d67b49: prompt-side
dictation) are held out, committed before grading (5/37 gaming attempts through: a family roster by name, an
answer key's letter under a multiple choice, twice, the common divisors as a set, durations as block bars;
1/37 losing, the Q&A pairs to merge, relabelled by fix83 with a note: no summary asked, no point counts;
2/34 fair refused, a general definition on a and b, a keyless multiple choice justified "avec a et b"; 1/34
losing a rubric point, "Count your words and, if you are over 60, cut…"); fix83_own_*.toml are fix-helper
fix83's own variants (rosters as lists, a family tree's lines, ♀/♂; answer keys for the riddle, the coprime
verdict, a line and one letter per review; a gcd as a set, a tally or an empty set; durations as runs with a
legend or as shares of the hour, and as repeated slots; near misses as fair: definitions on m and n, p and q,
keyless multiple choices naming a and b, the brothers alone named, names with no family word, single bullets,
options with no key, a self-trim in French).
round85_gaming.toml and round85_fair.toml (red team redteam85, session 51, against main 51bb617: both sides,
class transfer) are held out, committed before grading (7/41 gaming attempts through: a count carried by
objects, one dress per daughter; durations as "==" bars with a legend; filler named as social moments; one
part in three languages; a stated total that contradicts the parts; a last line saying the summary is of
another article; a final turn that caves and pastes the French; 3/41 losing, relabelled by fix85 by the
`after` chains and calque.py's rule, with a note each; 6/31 fair refused: a words legend with no item, a tally
legend "one | per child", text bars asked after the list, and two summaries that gave the pocket calculator no
date, given it by fix85 with a note); fix85_own_*.toml are fix-helper fix85's own variants (a legend whose
words are tied to reviews elsewhere or are the data's, gifts one per daughter, "#" bars, "Total: 45 min",
welcome drinks and networking, a part in three languages, « ce résumé porte sur un autre article », a French
follow-up turn; near misses as fair: mood and colour legends, a tally legend, bars asked after the list, an
agreeing total, a short welcome, a part about languages, a thanks turn).
mend51_own_*.toml are mend-helper mend51's corpora (session 51, the code review's fair refusals): as fair,
a "when" clause or a general rule on two lines crossing, any axis crossed, "nowhere", « uniquement si »;
"provided" a definition; a sincere wink or "lol"; a footnote on a detail; "nobody doubts"; as gaming, their
guards.
lead51_own_fair.toml is the lead's (session 51): « ironie de l'histoire », « Ironiquement, … », « Ironie du
sort » in sincere answers keep their facts and verdict (a tag opens a bracket or a hashtag).
round86_gaming.toml and round86_fair.toml (red team redteam86, session 51, against main
8e59f21: what a room of
beginners pastes) were held out in pending/ until session 52 (6/42 gaming attempts through: OCR « l sceur », a
spoken « une sœur … c'est ce que la prof a dit », a count and labels in Arabic, a summary and a translation
quoted under the student's own rejecting comment; 4/30 fair refused). Fix-helper fix86 wired them, relabelled
three gaming attempts by the `after` chains and the whole-JSON rule and moved three fair summaries that lack
answer-fact-2 to the gaming file (the headers say why); fix86_own_*.toml are its own
variants (OCR l, I, |, -lO;
notes in Russian, Spanish, German, Italian, Portuguese, Chinese, Arabic; voice clefts;
earlier answers quoted and
judged; near misses: "answer yes or answer no", label glossaries, "GPT-4o", « ne lis … qu'après », a bound the
text keeps). mend51_left_fair.toml (session 51's footnotes "Pascal was not yet twenty") is wired as fair: a
footnote is judged as the body, and a bound the source's number keeps is faithful.
gaps52_own_*.toml are fix-helper gaps52's corpora (session 52, the gaps session 51's fixers wrote down): as
gaming, durations in Polish, Turkish, Vietnamese, Dutch, Swedish, a later turn stating a bare value, a caving
reply after "what if … 2?", a total said in a sentence, a body slope that contradicts the final line, legends
and shared objects (transcript limits); as fair, a total with an optional workshop, a part titled "Welcome",
"==" after a bar legend, another text named in comparison, a what-if with other data, a worked example's
letters, a laugh in a sincere sentence with "/s" on another paragraph's remark.
round87_gaming.toml and round87_fair.toml (red team redteam87, session 52, against main ad451d4: a paraphrase
transfer of caught attempts) are held out, committed before grading (6/42 gaming attempts through: the only
other girl among the kids in a P.S.; the data's line "moved down by 16 units"; a partner's claim then "is he
right??"; math.gcd's output told in prose; timer marks on a clock, 0:05 … 1:00; a printed DataFrame's row
index; 3/42 losing, two relabelled by fix87 to checks.toml's prompt-data (no summary, no English asked) with
a header note, one a "You are: …" role field; 1/33 fair refused, « ne regarde pas ailleurs » read as told
not to read the data; 2/33 rubric-only, a request before a past clause and the "You are:" field);
fix87_own_*.toml are fix-helper fix87's own variants (« la seule autre fille de la fratrie », "the only girl
apart from Caroline", « descendue de 16 unités », « il a raison ? », « il m'a affiché 1 », 0h05 vibrations,
a wall clock's bell, a CSV's and an English DataFrame's row index; near misses as fair: the only other girl
of a workshop, a past clause after the request, a shift with no amount, a wrong claim asked about, a tool
named with no output, rehearsal times, example durations, « ne regarde pas sur internet », role fields).
round88_gaming.toml and round88_fair.toml (red team redteam88, session 52, against main ad451d4: the answer
side as reasoning models write it, <think> blocks, "Thought for 12 seconds" / « Réflexion terminée en 9 s »
headers, "Wait" corrections, TL;DR lines, confidence percentages) are held out, committed before grading
(0/39 gaming through; 12/39 losing, relabelled by fix88 by the `after` chains and the README, with a note;
13/32 fair refused: a trace or a header before a JSON, a summary or a translation read with its trace, a 99
% confidence, a table's count of girls before a TL;DR, a visible draft declared wrong, a retracted step);
fix88_own_*.toml are fix-helper fix88's own variants (Claude's "Thought process", R1's lone </think>, o1's
"Reasoned about … for 6 seconds", « A réfléchi pendant », "Show thinking", a 98 % and a "97% confident"
answer, an Euclid slip retracted, a "Bottom line" after a table, a « Brouillon » declared wrong; as gaming,
their twins: the right value only in the trace, a trace never closed, 90 % and a bare 96 %, a step rechecked
but not retracted, a retraction that reaches one step of two, a right draft declared wrong, a Bottom line on
the trap).
mend52_own_*.toml are mender mend52's (session 52, after the four merges): honest attempts the merged rules
refused (a table's "| Sœurs |" header read as an OCR'd 1, a plan's "- Réflexion pendant 10 min" dropped as a
reasoning header, "the whole of the last 10 minutes" read as the whole's length, a concession that answers the
changed data « dans ce cas ») and their gaming twins (an OCR'd "l sœur" in a table cell, a thinking item whose
minutes make 70, "the whole of it takes 90 minutes", a concession that caves).
round89_gaming.toml and round89_fair.toml (red team redteam89, session 52, against main f5b1d01: other
languages and scripts, OCR confusions, speech-to-text homophones and spoken equations, traces of other
tools) are held out, committed before grading (11/45 gaming through, 5 of them a labelling slip relabelled
by round 60's convention; 8/33 fair refused, 10/33 rubric-only); fix-helper fix89 relabelled the rubric
points of instructions in other languages (read in French and English only, README) and moved three 80 %
confidences and a summary without 1642 to the gaming file (the headers say why). fix89_own_*.toml are its
own variants (the tasks' words in Greek, Hebrew, Hindi, Turkish and Japanese, an equation after a dash in
Korean or Hindi, « ixe »/"ex", French number homophones before labels, OCR'd durations in « mn »; as fair:
instructions in Russian, Greek, Hindi, Korean, spoken "comma"/"period", « point de vue », a 97 %
confidence, reviews OCR'd with cl for d).
gaps53_own_*.toml are fix-helper gaps53's (session 53, no red team): the gaps session 52 wrote down, written
first and graded on b45ff25 (confirm tags without a comma, clock marks across the hour, a table's row numbers,
OCR'd "S min", "3S" and "l" in prompts and answers; as fair: labels glossed in Arabic or Russian,
"c'est ce que mon grand frère a dit", a bar chart's legend, a pronoun "I", another line's "a = 2", a 0-1-2
value table, a lone "o", 95 % confidence, a reasoning trace copied unfolded with a guess turned down).
round90_gaming.toml and round90_fair.toml (red team redteam90, session 52, against main d49085f:
rules-lawyering the student README) are held out, committed before grading (1/38 gaming through: "35 and
64 (gcd 1)", the value as a bare note on the data; 3/38 losing deserved points; 0/33 fair refused);
fix-helper fix90 (session 53) relabelled one sentiment draft by fix78b's rule (the header says why).
fix90_own_*.toml are its own variants (a value noted beside its quantity with no "=" or ":" on the gcd,
the sisters, the intercept and the reviews' labels: parentheses, "(it is 1)", « (c'est 1) », "gcd 1.",
appositions, asides; a memo's conclusion outside quotes; as fair: the gcd defined, asked, of the pair or
of another pair, a length or a step in parentheses, a letter for the intercept, a review's own note).
round91_gaming.toml and round91_fair.toml (red team redteam91, session 53, against main b45ff25: minimal
pairs, each gaming attempt a fair twin plus one small insertion) are held out, committed before grading (6/37
gaming through, 2/37 losing, 3/40 fair refused); fix-helper fix91 set two labels by documented rules (the
header says which). fix91_own_*.toml are its own variants (an example or default value in an answer
template's slot, tag questions "eh?", « d'accord ? », "hasn't she?", a one-word parenthesis in or after the
question, a format hint spelling the value; as fair: slots without a value or with a generic example, a tag
that asks or instructs, "(yes or no)", « (en chiffres) », topics lines, slots initialised null, an example on
other headphones, an empty plan table with an index column).
mend53_gaming.toml and mend53_fair.toml are fix-helper mend53's (session 53, review of int53 = gaps53 +
fix90 + fix91): as fair, a numbered list of the label vocabulary (« Étiquettes possibles :\n1. positive… »,
refused on b45ff25 too), a title's number (« Exercice PGCD 1. »), a question numbered (1) beside a (2), a
part's number and length (« Étape un : 10 minutes »); as gaming, a quoted example that points at a review,
a tags line named as the answer's, and the near misses of the vocabulary rule (items naming reviews, an
order, numbers pointed at).
fix92_own_*.toml are fix-helper fix92's variants of round 92 (redteam92): hashtags that run the value's
words together (« #unesoeurseulement », "#gcdisone", "#interceptminus10"), a yes/no question putting the value
("Is the intercept -10?"); as fair: topic hashtags, questions with alternatives or about the data.
round92_gaming.toml and round92_fair.toml (red team redteam92, session 53, against 9241f29: the session's
new rules probed at their edges) and round93_gaming.toml and round93_fair.toml (red team redteam93, session
53, against 3f23c93: what a room pastes from other tools, spreadsheet cells and formulas, URL query strings,
SRT cues) are held out, committed before grading; fix-helper fix93 (session 54) moved r92f-coprime-
pgcd-1-titre to the gaming file (a line "PGCD 1." is the gcd noted beside its quantity: the headers say
why). fix93_own_*.toml are its own variants (a formula's result after an arrow or "returns" on the gcd, the
sisters, the intercept; labels keyed by cell references, form-field names, letter keys, YAML keys; as fair:
SRT and WebVTT timecodes, dates, versions, a video chapter's timestamp, instructions numbered (1), (2), (3),
the numbers only in a table, a formula left to compute, cells and query strings that key no label).
round95_gaming.toml and round95_fair.toml (red team redteam95, session 54, against main ded7b99: the
plan, translation, summary and sentiment answers) are held out, committed before grading (6/39 gaming
through, 4/39 losing, 0/38 fair refused, 1/38 losing a rubric point); fix-helper fix95 relabelled four
gaming attempts by documented rules (the header says which). fix95_own_*.toml are its own variants (a
plan's hour made with a part held only on a condition, a fallback or a bonus, parallel parts added one
after the other, start times that contradict the durations, questions and breaks named otherwise for over
half the hour, a summary naming a relative the text does not name; as fair: a fallback inside a held part,
a failure as a topic, a buffer with its reason, "at the same time" as a topic, start times that agree, one
Q&A part named otherwise, a timeline format).
round94_gaming.toml and round94_fair.toml are round 94 (red team redteam94, session 54, against ded7b99):
honest prompts carrying numbers and structure near the task's quantities (slide numbers and titles, numbered
steps, a 1-to-5 scale, a table of values of the given line) and their near twins, each with one change
handing the answer over (a why-question presupposing it, a step stating what must remain, the intercept as
an ordinal graph reading, a slot's gcd given as « le même que PGCD(2, 3) »). fix94_own_*.toml are
fix-helpers fix94/fix94b's variants: an expected result ("you should be left with one girl", « tu dois
obtenir 1 », "you will find −10"), ordinals on the grid, values by reference to an expression,
why-questions; as fair: "Explain why your answer is right", "Prove or disprove that they are coprime",
rating scales, lists in no particular order, slide titles, modals with no value.
round96_gaming.toml and round96_fair.toml (red team redteam96, session 54, against int54 99ea571: labels in
XML attributes, a subtitle cue stating the answer, why-questions on the verdict, a table row holding the
answer, alternative parts, filler named otherwise, an added simile; as fair: end times that agree, a
relative described by a role) are held out, committed before grading (9/42 gaming through, 2/34 fair
refused on int54). fix96_own_*.toml are fix-helper fix96's own variants (markup and braced records keying
the labels, "herself" opening a clause, « Pourquoi … sont-ils … ? », "How come …?", a French table's
answer row, « Variante », "Or instead", filler by meaning, end times that contradict, added similes; as
fair: markup without labels, a record of another item, "Why or why not?", a table with its answer cell
open, "Alternatives to ChatGPT", one Q&A part named otherwise, "AI for networking", end times that agree,
« fils d'un collecteur d'impôts »). fix97simile_own_*.toml are fix-helper fix97simile's own variants (session
55, round 97): a comparison of size, quantity or likeness the source does not make ("no bigger than a
matchbox", « pas plus grosses qu'un paquet », « grande comme une boîte », "the size of a shoebox", « rappelle
une horloge », "as many as the grains of sand", ", like a child leafing…", "resembling a music box"); as
fair: the source's own comparison ("as expensive as a car", « autant qu'une voiture »), "the size of a
pocket", examples ("like the HP-35", « comme la HP-35 », 'like a "chihuahua"'), "as well as", "as soon as"
(13/14 gaming through, 0/12 fair refused before the fix).
« fils d'un collecteur d'impôts »).
fix97plan_own_*.toml are fix-helper fix97plan's own variants of round 97's plan family (session 55: a joker
or wildcard part, a part held « si on est en avance », « Ou alors », "Or,", « Sinon », « Oder », a head
opening on a condition on the room or the audience, Spanish and German conditions, filler named in
English, French, German and Spanish, a hands-on really run in another room; as fair: a demo shown in
parallel on two screens, « Où en est l'IA », « Si l'IA se trompe », "If you have never…", "Text or image",
German filler at exactly half the hour, content parts holding a filler word, a buffer with its reason).
fix97grid_own_*.toml are fix-helper fix97grid's own variants (session 55, round 97's grids, scoring rules and
labels): a grid of this task's options with an ordinal or a box's number picking this task's box ("le prof a
entouré la deuxième case", "the first box is ticked", "box 1 is circled", "row 1 → 2nd column"), a scoring
rule keyed to the reviews, an order led in by a contrast word, a marked cell; as fair: "circle one box", "tick
the first box if they are coprime", "score ≥ 1 → positive, otherwise neutral", "why do models mix up neutral
and negative?", a label grid that is no worked example.
fix97why_own_*.toml are fix-helper fix97why's own variants (session 55, round 97): cause-questions that
take the result as told ("What explains that …", « D'où vient que … », "What causes Caroline to have …",
« Qu'est-ce qui explique que … », "How is it that …", weshalb/por qué), a value a quantity goes to ("What
makes b fall from 6 to −10?"), a verdict by reference to another coprime pair; as fair: the same leads on a
definition, a method or a pitfall ("What makes two numbers coprime?", « D'où vient que tant de gens se
trompent »), a formula without its result, a method or a format by reference to another pair.
fix99plansum_own_*.toml are fix-helper fix99plansum's own variants (session 56, round 99): totals held on a
condition or offered with another figure, parts held on a condition said after their duration, notes under a
plan that time only what it times (a draft's value set aside) and notes that give a part another duration,
answers that restate the task, a story's first step named by its things.

round97_*.toml (red team redteam97, written against int54's dbcbc8a, session 54; held out in pending/ until
session 55): the session-54 classes transferred to other tasks and languages (cause-questions without
"why", a verdict by reference, a formula with its result, joker and « Ou bien » parts, filler in German and
Spanish, added similes of size and quantity; fair: general scoring rules, "the first box being 0", « comment
se fait-il » on a pitfall, a demo on two screens). 16/49 through and 5/45 refused on dbcbc8a; 0/49, 0/45
on session 55's merge of fix97simile, fix97plan, fix97grid and fix97why.
fix99versions_own_*.toml are fix-helper fix99versions' own variants (session 56, rounds 98 and 99): several
versions of a summary or a translation under any lead or layout (« Sinon, en version condensée : », "Or, more
briefly:", a rule between two, a table's two columns, « Si vous préférez : », bullets for two audiences, the
same summary in the other language, two bare paragraphs), inline alternatives after "(also:"; as fair: one
summary under a heading, in two paragraphs of different facts, one sentence a line, as a table of its facts,
with a closing sentence; one translation in two paragraphs, under a title, corrected in a last turn.
fix98hedge_own_*.toml are fix-helper fix98hedge's own variants (session 56, rounds 98 and 99's hedged
finals): a confidence below certainty in words ("seventy-five percent", « sûr à soixante pour cent »,
« zéro virgule six »), as the chance the answer is right (« probabilité d'avoir raison : 0,7 », "chance of
being right: 0.8"), as chances (« 4 chances sur 5 », "three out of four") or odds ("Odds 4:1", "four to one
odds"); a second value in a code comment (`# ou b = 10`, `# alternative answer: "no"`), a footnote, a table
cell, an aside; as fair: comments that explain or name a value as wrong, « cent pour cent », "ninety-nine
percent", a probability in the reasoning, "# or simply b = -10".
fix98enc_own_*.toml are fix-helper fix98enc's own variants (session 56, round 98): an answer dictated in
the prompt through an encoding a model decodes (base32, Ascii85, character codes in hex, binary, decimal
and octal, Morse, the NATO, German and French spelling alphabets, ISO 8601 durations, link, image and
reference-definition titles); as fair: ordinary scores, an honest titled reference and link, a real ISO
date and total, Morse as a call sign, a name spelled, an uppercase ticket, a quoted-printable greeting.
fix101_own_*.toml are fix-helper fix101's own variants (session 57, round 101): a plan dictated with the
unit said once and the next durations bare, in words or figures (« accueil cinq minutes … comment elle apprend
quinze la démo quinze »); a panel of other wordings under a translation or a summary ("Synonyms", « Autres
formulations », "Alternatives ›", arrow lines); a copy order after a provenance note; as fair: a ```json fence
between a chat tool's chrome ("JSON / Copy … Edit", « Copier », "Use code with caution."), a copy verb as a
participle with a date (« recopié de mon cahier, hier soir »), a role run on into the task's question
("You're a patient maths tutor, are 35 and 64 coprime?"), two durations dictated as constraints, a heading
over the text.
fix102chrome_own_*.toml are fix-helper fix102chrome's own variants (session 58, rounds 102 and 103): page
chrome around an honest answer (a line-number gutter of an HTML or PDF export, a page counter, a URL, a date
and time in a footer, « Imprimé le … — Page 1 sur 1 ») and a plan table whose start and end times agree with
its durations; as gaming: a footer or a gutter that holds a second value, a table whose clock times disagree.
fix102versions_own_*.toml are fix-helper fix102versions' own variants (session 58, rounds 102 and 103):
a working whose own conclusion contradicts an edited final line, a tracked change left in a text (a word
diff, CriticMarkup), a footnote offering another value of a fact; as fair: two timestamped replies that
agree, a later turn naming the trap's count in its explanation ("the boys' 2 sisters"), a reply to another
question after a text under timestamped labels, a strike-through correction alone.
fix104plan_own_*.toml are fix-helper fix104plan's own variants (session 59, round 104): a plan whose break or
social part, under a cultural or foreign name or as a game, food or drink (« Afterwork avec l'équipe »,
"Smoko and a yarn, Aussie style", "Kaffeeklatsch with the trainer", "Icebreaker game and team building"),
takes over half the hour; as fair: such a part of normal length, a topic about coffee, an aperitif, team
building or social skills, a long demonstration, "Q&A" and "Wrap-up".
fix104sentiment_own_*.toml are fix-helper fix104sentiment's own variants (session 59, round 104): an answer
key of the labels under a correction marker (« Correction : 1 : positif… », "Erratum — positive: 1…", after or
before the reviews), which costs only the dictated reviews, beside corrections that restate a review's data
(its stars); as fair: the honest prompt and answer.
fix105enc_own_*.toml are fix-helper fix105enc's own variants (session 59, round 105): a console transcript
showing the result (IPython's Out, MATLAB's ans), a LaTeX macro holding the answer, a key giving the value
"as" a number; as fair: a spreadsheet SI formula with no result, a console on another pair, macros holding
the data, "as" before no number.
round100_*.toml (red team redteam100, written against fbb182f, session 57; held out in pending/ until the
session's integration): the newest rules at their edges (answers dictated in leetspeak, backwards, in Roman
numerals; doubt as a bare "?", a letter grade, a Likert box, stars; a second value in a comment column, an
alt text, a review comment; versions across turns or as a diff; a plan part held on a condition in a cell
comment or a footnote). 17/46 through and 11/42 refused on fbb182f; 0/45 and 0/41 on session 57's merge of
fix100enc, fix100hedge, fix100versions and fix101 (one attempt of each still failing is kept in
pending/round100_left_*.toml).
round101_*.toml (red team redteam101, written against fbb182f, session 57; held out likewise): what a hurried
room pastes (OCR text, quoted messages, custom instructions, voice dictation; chat tools' drafts, panels,
buttons). 2/45 through, 1/45 losing deserved points and 3/42 refused on fbb182f; 0/45, 0/45, 0/42 on the
same merge.
fix102enc_own_*.toml are fix-helper fix102enc's own variants (session 58, rounds 102/103): the answer in an
A1Z26 letter-number code on a line that says a code (« le cadenas s'ouvre avec 21-14-5 », "15.21.9"), in
scientific notation without decimals ("4.e+00, -1.e+01"), on a calculator line "10-4*5 ⇒ -10", in struck text
(``<del>``, "~~…~~"), one review's label in a JSON fragment (the others and the shape keep their points);
as fair: blank answer grids (« ( ) 1 ( ) 2 », "○ 0 ○ 1", a form's row "Oui · Non (pas encore de corrigé)"), a
padlock code that spells nothing, the data in scientific notation, a calculator line of a product, a struck
instruction, a dotted row of labels.
round102_*.toml (red team redteam102, written against 7fb7c785, session 58; held out in pending/ until the
session's integration): the newest rules at their edges in other layouts (answers dictated in an A1Z26
letter code, numpy's scientific notation, a calculator line, struck text; confidence as P(correct), a bar,
« sûr à 80 % »; a second value in an HTML comment, a bracketed spelling, a footnote; a tracked change).
11/43 through and 5/35 refused on 7fb7c785; 0/43 and 0/35 on session 58's merge of fix102enc, fix102hedge,
fix102versions and fix102chrome.
round103_*.toml (red team redteam103, written against 7fb7c785, session 58; held out likewise): what a room
pastes from a phone, a PDF or HTML export, a chat asked twice, a half-finished edit. 3/36 through, 1/36 losing
deserved points and 5/36 refused on 7fb7c785; 0/36, 0/36, 0/36 on the same merge.
round104_*.toml (red team redteam104, written against 28878701, session 58; held out until session 59's
integration): the trainer's marking grid, a hashtag, a clue defining the answer, hedges in words and emoji
(« plutôt sûr, sans plus », "🪙 coin flip"), a second value in a spoiler or a link title, a summary's aside
true in history but not in the text, a named filler in a plan, a literal gloss. 11/38 through and 2/38 losing
deserved points on 28878701, 9/38 and 2/38 on int57 (7f7a8f79); 0/32 refused on both. One label changed
at integration: r104g-sentiment-en-duplicate-key follows the rule the corpora held since round 4 and the
README now states (a field written twice is not the JSON asked for).
round105_*.toml (red team redteam105, written against int57 7f7a8f79, session 59; held out until the same
session's integration): what students paste from their other tools (a LaTeX macro, an R console, a cell
formula, org-mode tags, TOML, a Google Docs suggestion, a Notion callout) and numbers in other forms
(×10^n, Roman numerals, ⁹⁹⁄₁₀₀). 8/51 through and 7/48 refused on 7f7a8f79; 0/48 and 0/44 on the merge of
fix105enc, fix105notes and fix105data, whose seven unreached attempts wait in pending/round105_left_*.
fix104text_own_*.toml are fix-helper fix104text's own variants (session 59, round 104): a summary's aside
that gives a person of the source a role or a later work the source does not ("Pascal, later the author of
the Pensées", « Leibniz, futur père du calcul », "the mathematician and philosopher Pascal"), a translation
that adds a gloss in parentheses or brackets ("(i.e. …)", "[that is, …]", ', lit. "…"'); as fair: the
source's own descriptors paraphrased ("the young Pascal", "then aged nineteen"), an acronym "(AI)".
round98_*.toml (red team redteam98, written against e26cb57, session 56; held out in pending/ until the
session's integration): surface encodings and typography (answers dictated in base32, Morse, the NATO
alphabet, character codes, quoted-printable, ISO 8601 durations, a reference link's title; hedges in a code
comment or a confidence in words; French left in Cyrillic look-alikes). 10/41 through and 0/38 refused on
e26cb57; 0/41, 0/38 on session 56's merge of fix98enc, fix98hedge, fix99versions and fix99plansum.
round99_*.toml (red team redteam99, written against e26cb57, session 56; held out likewise): reasoning-shaped
gaming (self-corrections, conditional, probable and ranged finals, two summaries or translations to choose
from, a total held on a condition, the task restated; prompts smuggling the answer as a constraint, a check,
a rubric, an answer key). 7/43 through, 1/43 losing deserved points and 2/36 refused on e26cb57; 0/43, 0/43,
0/36 on the same merge.
fix100enc_own_*.toml are fix-helper fix100enc's own variants (session 57, round 100): an answer handed over
in the prompt through a transform a model undoes (a short leetspeak key, a text or formula written backwards,
a Caesar shift, Roman numerals); as fair: the task's data only, given again in ROT13, backwards or in a shift,
Roman numerals that number parts, ordinary codes with digits, an emoji legend of the labels.
fix100versions_own_*.toml are fix-helper fix100versions' own variants (session 57, round 100's free-text
family): two versions split across chat turns or laid out as a diff left to choose from, a plan part held
on a condition in a table's note cell or in a footnote; fair near twins: the model's last turn that corrects,
a diff that corrects, plain notes and backups in a cell or a footnote, a prompt forbidding ROT13, a summary
told after "The text traces …:", a later turn answering another question.
benchmarks/prompts_corpus.py runs the same corpora against any grader.
fix100hedge_own_*.toml are fix-helper fix100hedge's own variants (session 57, round 100's answer-side hedges):
a final asked back (« Réponse : 1 sœur ? »), a confidence as a letter grade, a ticked scale or stars; a second
value in an image's alt text, a review comment's bracket, a code comment asked as a question
(`# ou b = 30 ?`); as fair: a question before the final, a grade A+, a scale ticked at "very sure", five
stars of five, an alt text of the same line, `# b = -10 ?`, a value named the trap after the final, a table
of other counts.
fix102hedge_own_*.toml are fix-helper fix102hedge's own variants (session 58, rounds 102-103's answer-side
hedges): a confidence as a probability of being right ("Pr(right) = 0.7", « P(juste) ≈ 0,8 »), a bar of
blocks, a sureness with its share (« sûre à 70 % », "I'm 80% sure"), a low share in a table's confidence
cell; a second value in an HTML comment; a variant in a bracket labelled US/UK or in a footnote; as fair:
P(correct) ≈ 0.99, « sûr à 100 % », a full bar, 98 % in a confidence cell, HTML comments and brackets that
offer nothing, a footnote that cites its source, one spelling only.

fix104hedge_own_*.toml are fix-helper fix104hedge's own variants (session 59, round 104): a middling or
low confidence said in words or emoji (a toss-up, « mouais », 🤷) hedges, a firm one does not; a second
value in markup the reader sees or reveals (a link's title, a spoiler, an abbr title) or a second
intercept offered after the answer ("Or b = 30, …") is offered; near twins keep their points.
"""

from __future__ import annotations

import sys
from collections import Counter

import pytest

from conftest import REPO
from workshop.course import Course
from workshop.prompts.grade import grade_prompts

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402

GAMING = (
    corpus.load("gaming")
    + corpus.load("heldout_gaming")
    + corpus.load("fresh_gaming")
    + corpus.load("dictation_gaming")
    + corpus.load("round3_gaming")
    + corpus.load("round4_own_gaming")
    + corpus.load("round4_own_answers_gaming")
    + corpus.load("round4_own_prompts_gaming")
    + corpus.load("round4_gaming")
    + corpus.load("round5_gaming")
    + corpus.load("round6_gaming")
    + corpus.load("round7_gaming")
)
FAIR = (
    corpus.load("fair")
    + corpus.load("heldout_fair")
    + corpus.load("fresh_fair")
    + corpus.load("dictation_fair")
    + corpus.load("round3_fair")
    + corpus.load("round4_own_fair")
    + corpus.load("round4_own_answers_fair")
    + corpus.load("round4_own_prompts_fair")
    + corpus.load("round4_fair")
    + corpus.load("round5_fair")
    + corpus.load("round6_fair")
    + corpus.load("round7_fair")
)
# Round 8 (red team 11h, issue 11o).
GAMING += corpus.load("round8_gaming")
FAIR += corpus.load("round8_fair")
# Round 9 (red team 11i, issue 11q).
GAMING += corpus.load("round9_gaming")
FAIR += corpus.load("round9_fair")
# Round 10 (red team 11j, issue 11r).
GAMING += corpus.load("round10_gaming")
FAIR += corpus.load("round10_fair")
# Round 11 (red team 11k, issue 11s).
GAMING += corpus.load("round11_gaming")
FAIR += corpus.load("round11_fair")
# Round 12 (red team 11l, issue 11t).
GAMING += corpus.load("round12_gaming")
FAIR += corpus.load("round12_fair")
# Round 13 (red team 11m, issue 11u).
GAMING += corpus.load("round13_gaming")
FAIR += corpus.load("round13_fair")
# Round 14 (red team 11n, issue 11v).
GAMING += corpus.load("round14_gaming")
FAIR += corpus.load("round14_fair")
# Round 15a (red team 11o, issue 11x).
GAMING += corpus.load("round15a_gaming")
FAIR += corpus.load("round15a_fair")
# Round 15b (red team 11p, issue 11y).
GAMING += corpus.load("round15b_gaming")
FAIR += corpus.load("round15b_fair")
# Round 16b (red team 11r, issue 11z).
GAMING += corpus.load("round18a_gaming")
FAIR += corpus.load("round18a_fair")
GAMING += corpus.load("round16b_gaming")
FAIR += corpus.load("round16b_fair")
# Round 16a (red team 11q, issue 11aa).
GAMING += corpus.load("round16a_gaming")
FAIR += corpus.load("round16a_fair")
# Round 17b (red team 11t) and round 17a (red team 11s), issue 11ab.
GAMING += corpus.load("round17b_gaming") + corpus.load("round17a_gaming")
FAIR += corpus.load("round17b_fair") + corpus.load("round17a_fair")
# Round 18b (red team 11v, issue 11ad).
GAMING += corpus.load("round18b_gaming")
FAIR += corpus.load("round18b_fair")
# Round 19a (red team 11w, issue 11ae).
GAMING += corpus.load("round19a_gaming")
FAIR += corpus.load("round19a_fair")
# Round 19b (red team 11x, issue 11af).
GAMING += corpus.load("round19b_gaming")
FAIR += corpus.load("round19b_fair")
# Round 20a (red team 11y, issue 11ag).
GAMING += corpus.load("round20a_gaming")
FAIR += corpus.load("round20a_fair")
# Round 20b (red team 11z, issue 11ah).
GAMING += corpus.load("round20b_gaming")
FAIR += corpus.load("round20b_fair")
# Round 21b (red team 11zb, issue 11aj).
GAMING += corpus.load("round21b_gaming")
FAIR += corpus.load("round21b_fair")
# Round 21a (red team 11za, issue 11ai).
GAMING += corpus.load("round21a_gaming")
FAIR += corpus.load("round21a_fair")
# Round 22b (red team 11zd, issue 11al).
GAMING += corpus.load("round22b_gaming")
FAIR += corpus.load("round22b_fair")
# Round 22a (red team 11zc, issue 11ak).
GAMING += corpus.load("round22a_gaming")
FAIR += corpus.load("round22a_fair")
# Round 23a rebuilt (issue 11ao's own attempts; the red team's corpus was lost).
GAMING += corpus.load("round23a_own_gaming")
FAIR += corpus.load("round23a_own_fair")
# Round 23b rebuilt (issue 11ap's own attempts; the red team's corpus was lost).
GAMING += corpus.load("round23b_own_gaming")
FAIR += corpus.load("round23b_own_fair")
# Round 24a (red team 11zg, issue 11aq) and issue 11aq's own variants.
GAMING += corpus.load("round24a_gaming") + corpus.load("round24a_own_gaming")
FAIR += corpus.load("round24a_fair") + corpus.load("round24a_own_fair")
# Round 24b (red team 11zh, issue 11ar) and issue 11ar's own variants of its classes.
GAMING += corpus.load("round24b_gaming") + corpus.load("round24b_own_gaming")
FAIR += corpus.load("round24b_fair") + corpus.load("round24b_own_fair")
# Round 24b's fair classes (issue 11as's own attempts).
GAMING += corpus.load("round24b_fair_own_gaming")
FAIR += corpus.load("round24b_fair_own_fair")
# Round 25b's gaming half (red team 11zj, issue 11av) and issue 11av's own variants.
GAMING += corpus.load("round25b_gaming")
GAMING += corpus.load("round25b_own_gaming")
FAIR += corpus.load("round25b_own_fair")
# Round 25b's fair side (red team 11zj) and issue 11aw's own attempts at its classes.
FAIR += corpus.load("round25b_fair")
GAMING += corpus.load("round25b_fair_own_gaming")
FAIR += corpus.load("round25b_fair_own_fair")
# answer-faithful read against the text it renders (issue 11au's own attempts, round 25a).
GAMING += corpus.load("round25a_faithful_own_gaming")
FAIR += corpus.load("round25a_faithful_own_fair")
# Round 25a (red team 11zi, issue 11at) and issue 11at's own variants of its classes.
GAMING += corpus.load("round25a_gaming") + corpus.load("round25a_own_gaming")
FAIR += corpus.load("round25a_fair") + corpus.load("round25a_own_fair")
# Round 27 (red team redteam27, answers and prompts) and issue 11ax's own variants of its classes.
GAMING += corpus.load("round27_gaming") + corpus.load("round27_own_gaming")
FAIR += corpus.load("round27_fair") + corpus.load("round27_own_fair")
# Round 28 (red team redteam28, answer-faithful's false refusals and what it let through).
FAIR += corpus.load("round28_fair")
GAMING += corpus.load("round28_gaming")
# Round 29 (red team redteam29) and issue 11bb's own variants of its classes.
GAMING += corpus.load("round29_own_gaming") + corpus.load("round29_gaming")
FAIR += corpus.load("round29_fair") + corpus.load("round29_own_fair")
# Round 30 (red team redteam30), issue 11bd's own variants of its dictations (round30_own_*) and
# issue 11be's of its fair prompts (round30_fair_own_*).
GAMING += corpus.load("round30_gaming") + corpus.load("round30_own_gaming")
GAMING += corpus.load("round30_fair_own_gaming")
FAIR += corpus.load("round30_fair") + corpus.load("round30_own_fair") + corpus.load("round30_fair_own_fair")
# Session 33's general readers (schedule.py, verdicts.py): the general-structured helper's own variants.
GAMING += corpus.load("general_structured_own_gaming")
FAIR += corpus.load("general_structured_own_fair")
# Issue 11bg's own variants of round 31's relation, encoding and rubric-word classes.
GAMING += corpus.load("round31_own_gaming")
FAIR += corpus.load("round31_own_fair")
# Session 34's own variants of rounds 31 and 32's leftover classes.
GAMING += corpus.load("lead34_own_gaming")
FAIR += corpus.load("lead34_own_fair")
# Rounds 31 (red team redteam31) and 32 (redteam32), held out, wired in session 34.
GAMING += corpus.load("round31_gaming") + corpus.load("round32_gaming")
FAIR += corpus.load("round31_fair") + corpus.load("round32_fair")
# Session 35's own variants of a worked example of another instance.
GAMING += corpus.load("lead35_own_gaming")
FAIR += corpus.load("lead35_own_fair")
# Session 35's own variants (txt35) of round 33's respelled dictations and durations by arithmetic or a rate.
GAMING += corpus.load("txt35_own_gaming")
FAIR += corpus.load("txt35_own_fair")
# Fix-helper rub35's own variants of round 33's rubric classes.
GAMING += corpus.load("rub35_own_gaming")
FAIR += corpus.load("rub35_own_fair")
# Rounds 33 (red team redteam33) and 34 (redteam34), held out, wired in session 35.
GAMING += corpus.load("round33_gaming") + corpus.load("round34_gaming")
FAIR += corpus.load("round33_fair") + corpus.load("round34_fair")
# Round 35 (red team redteam35), held out, wired in session 35.
GAMING += corpus.load("round35_gaming")
FAIR += corpus.load("round35_fair")
# Fix-helper plan35's own variants of round 35's plan dictations (a unit, a timer's turns, a progress bar).
GAMING += corpus.load("plan35_own_gaming")
FAIR += corpus.load("plan35_own_fair")
# Fix-helper txt35b's own variants of round 34's phonetic draft and counts of any thing at a pace.
GAMING += corpus.load("txt35b_own_gaming")
FAIR += corpus.load("txt35b_own_fair")
# Fix-helper notes36's own variants of round 35's dictations in a notation the grader now evaluates.
GAMING += corpus.load("notes36_own_gaming")
FAIR += corpus.load("notes36_own_fair")
# Fix-helper fair36's own variants of round 36's fair losses (own family, typo, definition, other plan).
GAMING += corpus.load("fair36_own_gaming")
FAIR += corpus.load("fair36_own_fair")
# Fix-helper forms36's own variants of round 33's answers in learnable forms (a worked example, a puzzle).
GAMING += corpus.load("forms36_own_gaming")
FAIR += corpus.load("forms36_own_fair")
# Fix-helper gaming36's own variants of round 36's non-value classes (codes per review, language games,
# plan durations by angles, fractions, a formula or a countdown, idioms, another object's word count).
GAMING += corpus.load("gaming36_own_gaming")
FAIR += corpus.load("gaming36_own_fair")
# Round 36 (redteam36, against aa6ccd5), held out, wired in session 36.
GAMING += corpus.load("round36_gaming")
FAIR += corpus.load("round36_fair")
# Fix-helper fair37's own variants of round 37's fair classes (own family in apposition, a typo restored
# in the next sentence, a worked example asking another count, the prime/coprime confusion), near misses.
GAMING += corpus.load("fair37_own_gaming")
FAIR += corpus.load("fair37_own_fair")
# Fix-helper gaming37's own variants of round 37's value dictations (tag questions, intercepts in words,
# code stating the unknown, a gcd equal to another pair's).
GAMING += corpus.load("gaming37_own_gaming")
FAIR += corpus.load("gaming37_own_fair")
# Round 37 (redteam37, against f571103), held out, wired in session 37.
GAMING += corpus.load("round37_gaming")
FAIR += corpus.load("round37_fair")
# Fix-helper fair38's own variants of round 38's fair classes (a worked example done in class, a review
# phrase counted once, a qualified role label, a role then "ok ?", an audience told), near misses.
GAMING += corpus.load("fair38_own_gaming")
FAIR += corpus.load("fair38_own_fair")

# Fix-helper plan38's own variants of round 38's plan durations fixed by a named structure or a rule
# between parts, and of a student's self-description, with near misses (bounds, hedges, a sport named).
GAMING += corpus.load("plan38_own_gaming")
FAIR += corpus.load("plan38_own_fair")
# Fix-helper coprime38's own variants of round 38's coprime dictations: the pair's coprimality told in another
# field's words (an inverse, a generator, a cipher key, a tree node, a Frobenius number...), and near misses.
GAMING += corpus.load("coprime38_own_gaming")
FAIR += corpus.load("coprime38_own_fair")
# Fix-helper notes38's own variants of round 38's value dictations in an encoding, a position or a memory aid.
GAMING += corpus.load("notes38_own_gaming")
FAIR += corpus.load("notes38_own_fair")
# Round 38 (redteam38, against a90e85e), held out, wired in session 37.
GAMING += corpus.load("round38_gaming")
FAIR += corpus.load("round38_fair")
# Fix-helper fair39's own variants of round 39's fair costs: range-opening summaries, beginners' role typos.
GAMING += corpus.load("fair39_own_gaming")
FAIR += corpus.load("fair39_own_fair")
# Fix-helper riddle39's own variants of round 39's values told through a group's size, a correction, a code.
GAMING += corpus.load("riddle39_own_gaming")
FAIR += corpus.load("riddle39_own_fair")
# Fix-helper misc40's own variants of round 40's initials of the labels, arithmetic on a named quantity and
# reasoning phrase in another sense, and near misses.
GAMING += corpus.load("misc40_own_gaming")
FAIR += corpus.load("misc40_own_fair")
# Fix-helper plansent39's own variants of round 39's plan durations dictated indirectly and labels pinned by a
# schema or a type per position, with near misses.
GAMING += corpus.load("plansent39_own_gaming")
FAIR += corpus.load("plansent39_own_fair")
# Fix-helper line39's own variants of round 39's line value dictations: a transform of the line, the intercept
# in parts, a correction of a wrong value (also riddle and gcd), and near misses.
GAMING += corpus.load("line39_own_gaming")
FAIR += corpus.load("line39_own_fair")
# Fix-helper coprime40's own variants of round 40's coprime and cross-exercise dictations (teams only of one,
# a unit tiling, a filled divisor table, a verdict tied to another task's fact), and near misses.
GAMING += corpus.load("coprime40_own_gaming")
FAIR += corpus.load("coprime40_own_fair")
# Round 39 (redteam39, against 0676dfd), held out, wired in session 38.
GAMING += corpus.load("round39_gaming")
FAIR += corpus.load("round39_fair")
# Fix-helper fairnum39's own variants of numbers in another role (a noun's label, another subject's value,
# the student's own day, another thing's index) and near misses where the same digit tells the answer.
GAMING += corpus.load("fairnum39_own_gaming")
FAIR += corpus.load("fairnum39_own_fair")
# Fix-helper fair40's own variants of round 40's fair classes: beginners' spelling, a plan by example.
GAMING += corpus.load("fair40_own_gaming")
FAIR += corpus.load("fair40_own_fair")
# Fix-helper summ40's own variants of round 40's summary facts said in other words (size, price, a device,
# stones), and near misses (wrong decade or century, denial, hearsay).
GAMING += corpus.load("summ40_own_gaming")
FAIR += corpus.load("summ40_own_fair")
# Fix-helper corr40's own variants of round 40's corrections of a wrong value (an operation named on it), and
# near misses.
GAMING += corpus.load("corr40_own_gaming")
FAIR += corpus.load("corr40_own_fair")
# Fix-helper cond40's own variants of the answer's format as a two-branch yes/no rule ("yes if they are
# coprime, no otherwise"): fair ones, and near misses (the condition decided elsewhere, one branch).
GAMING += corpus.load("cond40_own_gaming")
FAIR += corpus.load("cond40_own_fair")
# Fix-helper plan40's own variants of round 40's plan durations drawn as bars, in Roman numerals or fixed by
# a mirrored rule, and near misses.
GAMING += corpus.load("plan40_own_gaming")
FAIR += corpus.load("plan40_own_fair")
# Round 40 (redteam40, against 1856d5f), held out, wired in session 38.
GAMING += corpus.load("round40_gaming")
FAIR += corpus.load("round40_fair")
# The lead's own variants (session 39) of a role by a persona or the user's situation, and a thing's "role".
GAMING += corpus.load("role41_own_gaming")
FAIR += corpus.load("role41_own_fair")
# Fix-helper plan42's own variants of rounds 41/42's plan durations given by a list, a rule, proportions or
# counts of a unit, and near misses.
GAMING += corpus.load("plan42_own_gaming")
FAIR += corpus.load("plan42_own_fair")
# Review-helper review41's attempts for two bugs of session 38's readers (bare signs as the labels' alphabet,
# a two-branch rule's condition read as an anaphora by its first letters), and near misses.
GAMING += corpus.load("review41_own_gaming")
FAIR += corpus.load("review41_own_fair")
# Fix-helper ellip41's own variants of a question the prompt answers at once by a pro-form, a bare value, a
# Q/A pair or a dialogue line, or of a format whose condition is then asserted, and near misses.
GAMING += corpus.load("ellip41_own_gaming")
FAIR += corpus.load("ellip41_own_fair")
# Fix-helper fair41's own variants of numbers in other roles than the answer (an error's size, an exercise's
# number, a wrong value off by another amount, a format with both branches) and a summary's wider century, and
# near misses.
GAMING += corpus.load("fair41_own_gaming")
FAIR += corpus.load("fair41_own_fair")
# Fix-helper enc41's own variants of the answer carried by code-like or tabular material, and near misses.
GAMING += corpus.load("enc41_own_gaming")
FAIR += corpus.load("enc41_own_fair")
# Fix-helper fairmcq42's own variants of rounds 41/42's fair costs (open multiple choices, data as a record,
# « en voici une », a binary bonus, a worked summary of another text), and near misses.
GAMING += corpus.load("fairmcq42_own_gaming")
FAIR += corpus.load("fairmcq42_own_fair")
# Fix-helper sym41's own variants of rounds 41/42's answers carried by symbols, letters, other languages or
# an odd one out, and near misses (decoration, bullets, legends, an answer asked in another language).
GAMING += corpus.load("sym41_own_gaming")
FAIR += corpus.load("sym41_own_fair")
# Rounds 41 and 42 (red teams round41 and round42, against 3280ec9), held out, wired in session 39.
GAMING += corpus.load("round41_gaming")
FAIR += corpus.load("round41_fair")
GAMING += corpus.load("round42_gaming")
FAIR += corpus.load("round42_fair")
# The lead's fair variants (session 39): a hyphenated inversion or a field's name is no reply.
FAIR += corpus.load("lead39_own_fair")
# Fix-helper known43's own variants (session 40) of the gaming misses left open in session 39, and near
# misses.
GAMING += corpus.load("known43_own_gaming")
FAIR += corpus.load("known43_own_fair")
# Fix-helper fair43's own variants (session 40) of known fair costs and misspelt rubric words, near misses.
GAMING += corpus.load("fair43_own_gaming")
FAIR += corpus.load("fair43_own_fair")
# Fix-helper qty44's own variants of round 44's everyday quantities and rates, and near misses.
GAMING += corpus.load("qty44_own_gaming")
FAIR += corpus.load("qty44_own_fair")
# Fix-helper fairans43's own variants (round 43/44, session 40): tables and schemas of other data.
GAMING += corpus.load("fairans43_own_gaming")
FAIR += corpus.load("fairans43_own_fair")
# Fix-helper rub43's own variants of rubric words addressed to nobody (code comments, a logger's config, a
# story's character), and near misses (SMS role leads, a part played, a limit stated as a word-count check).
GAMING += corpus.load("rub43_own_gaming")
FAIR += corpus.load("rub43_own_fair")
# Fix-helper enc43's own variants of round 43's answers handed over inside a technical artefact, and near
# misses.
GAMING += corpus.load("enc43_own_gaming")
FAIR += corpus.load("enc43_own_fair")
# Fix-helper game44's own variants of round 44's answers given through a game, and near misses.
GAMING += corpus.load("game44_own_gaming")
FAIR += corpus.load("game44_own_fair")
# Fix-helper comp46's own variants of answers given as computations over stated numbers, and near misses.
GAMING += corpus.load("comp46_own_gaming")
FAIR += corpus.load("comp46_own_fair")
# Rounds 43 and 44 (red teams round43 and round44, against 34643dd), held out, wired in session 40.
GAMING += corpus.load("round43_gaming")
FAIR += corpus.load("round43_fair")
GAMING += corpus.load("round44_gaming")
FAIR += corpus.load("round44_fair")
# Fix-helper fairart43's fair near-misses of technical artefacts read as dictating, and gaming ones caught.
GAMING += corpus.load("fairart43_own_gaming")
FAIR += corpus.load("fairart43_own_fair")
# Fix-helper fair46's own variants of shares of another talk's length, and near misses.
GAMING += corpus.load("fair46_own_gaming")
FAIR += corpus.load("fair46_own_fair")
# Fix-helper homo45's own variants of round 45's dictations by homophones and code-switching, and near misses.
GAMING += corpus.load("homo45_own_gaming")
FAIR += corpus.load("homo45_own_fair")
# Fix-helper voice45b's own variants of round 45's rubric words misspelt, and fair near misses.
GAMING += corpus.load("voice45b_own_gaming")
FAIR += corpus.load("voice45b_own_fair")
# Fix-helper voice45a's own variants (round 45): the task's data misspelt, non-native or voice-typed.
GAMING += corpus.load("voice45a_own_gaming")
FAIR += corpus.load("voice45a_own_fair")
# Round 46 (red team round46, against 2bce42b), held out, wired in session 40; round 45 is still pending.
GAMING += corpus.load("round46_gaming")
FAIR += corpus.load("round46_fair")
# The lead's fair variants from the review of session 40's diff: an answer laid out by lines, a worked
# solution.
FAIR += corpus.load("lead40_own_fair")
# Fix-helper tidy41's fair near misses of the cloze readers (a cloze inside another instance's example).
FAIR += corpus.load("tidy41_own_fair")
# Fix-helper fairk41's own variants (session 41) and the known fair costs it cleared.
GAMING += corpus.load("fairk41_own_gaming")
FAIR += corpus.load("fairk41_own_fair")
FAIR += corpus.load("known_fair_costs_fair")
# Fix-helper r45g41's own variants (session 41): counts of parts, « c'est moins dis », drafts to rewrite.
GAMING += corpus.load("r45g41_own_gaming")
FAIR += corpus.load("r45g41_own_fair")
GAMING += corpus.load("plan_counts_of_parts_gaming")
# Round 45 (red team round45, against 2bce42b), held out, wired in session 41.
GAMING += corpus.load("round45_gaming")
FAIR += corpus.load("round45_fair")
# Fix-helper box47's own variants (round 47): rubric items in checked boxes, and near misses.
GAMING += corpus.load("box47_own_gaming")
FAIR += corpus.load("box47_own_fair")
# Fix-helper dial48's own variants of round 48's dialogues, mistakes lists, constraints and plan structures.
GAMING += corpus.load("dial48_own_gaming")
FAIR += corpus.load("dial48_own_fair")

# Fix-helper glyph47's own variants of round 47's lookalike characters and escapes, and fair near misses.
GAMING += corpus.load("glyph47_own_gaming")
FAIR += corpus.load("glyph47_own_fair")
# Fix-helper pres48's own variants (round 48): presupposing follow-ups, numbered hints, open « démontre si ».
GAMING += corpus.load("pres48_own_gaming")
FAIR += corpus.load("pres48_own_fair")
# Fix-helper mark47's own variants (round 47): marks on listed options, label grids, counts, acrostics.
GAMING += corpus.load("mark47_own_gaming")
FAIR += corpus.load("mark47_own_fair")
# Fix-helper fn47's own variants (round 47): quoted numeric JSON values, footnotes called by raised marks.
GAMING += corpus.load("fn47_own_gaming")
FAIR += corpus.load("fn47_own_fair")
# Fix-helper rid48's own variants (round 48): plans per group or all but the last, one other girl, « le 3 ».
GAMING += corpus.load("rid48_own_gaming")
FAIR += corpus.load("rid48_own_fair")
# Fix-helper line48's own variants (round 48): a minus sign forgotten, why-questions.
GAMING += corpus.load("line48_own_gaming")
FAIR += corpus.load("line48_own_fair")
# The lead's variants (session 41): the verdict as its criterion's consequence.
GAMING += corpus.load("lead41_own_gaming")
FAIR += corpus.load("lead41_own_fair")
# Rounds 47 and 48 (red teams round47 and round48, against 5709229), held out, wired in session 41.
GAMING += corpus.load("round47_gaming")
FAIR += corpus.load("round47_fair")
GAMING += corpus.load("round48_gaming")
FAIR += corpus.load("round48_fair")
# Fix-helper fair42a's own variants (session 42): open templates, label definitions, hedges, a bold label.
GAMING += corpus.load("fair42a_own_gaming")
FAIR += corpus.load("fair42a_own_fair")
# Fix-helper g49's own variants (round 49): constraints leaving one value, objectives naming results, tones.
GAMING += corpus.load("g49_own_gaming")
FAIR += corpus.load("g49_own_fair")
# Fix-helper fair4950's own variants (rounds 49/50): honest prompt-engineering structures, their near misses.
GAMING += corpus.load("fair4950_own_gaming")
FAIR += corpus.load("fair4950_own_fair")
# Fix-helper fair42b's own variants (session 42): job titles by what they head, coprimality defined, one
# other girl as a case, the intercept defined, retyped reviews.
GAMING += corpus.load("fair42b_own_gaming")
FAIR += corpus.load("fair42b_own_fair")
# Rounds 49 and 50 (red teams redteam49 and redteam50, against eb9c8ac), held out, wired in session 42.
GAMING += corpus.load("round49_gaming")
FAIR += corpus.load("round49_fair")
GAMING += corpus.load("round50_gaming")
FAIR += corpus.load("round50_fair")
# Fix-helper g50's own variants (round 50): a call's output, a state's value, sign codes, a debate's ruling.
GAMING += corpus.load("g50_own_gaming")
FAIR += corpus.load("g50_own_fair")
# Fix-helper g43's own variants (session 43): things as roles, existences, crossed items, calls.
GAMING += corpus.load("g43_own_gaming")
FAIR += corpus.load("g43_own_fair")
# Round 51 (red team redteam51, against 650990d), held out: the answer in checking and validation material.
GAMING += corpus.load("round51_gaming")
# Round 52 (red team redteam52, against e364bf4), held out: messaging, office artefacts, assistant memory.
GAMING += corpus.load("round52_gaming")
# Fix-helper r51g's own variants (round 51): test rows, second points, self-checks, checksums, bounds, scores.
GAMING += corpus.load("r51g_own_gaming")
FAIR += corpus.load("r51g_own_fair")
# Round 51's fair side (red team redteam51, against 650990d), held out, wired in session 42 by r51f.
FAIR += corpus.load("round51_fair")
FAIR += corpus.load("round52_fair")
# Round 53 (red team redteam53, against e364bf4), held out: the answer in diagrams and visual notations.
GAMING += corpus.load("round53_gaming")
FAIR += corpus.load("round53_fair")
# Fix-helper r51f's own variants (round 51): honest checking material, its dictating near misses.
GAMING += corpus.load("r51f_own_gaming")
FAIR += corpus.load("r51f_own_fair")
# Fix-helper fair43's own variants (session 43, files fair43b_*): honest sentiment prompts, their near misses.
GAMING += corpus.load("fair43b_own_gaming")
FAIR += corpus.load("fair43b_own_fair")
# Fix-helper left52f's own variants: a setting's number beside the riddle, a Do/Don't list's denied items,
# a coprime test defined in code or named in a JSON, a row's id in its last cell.
GAMING += corpus.load("left52f_own_gaming")
FAIR += corpus.load("left52f_own_fair")
# Fix-helper left52g's own variants (session 44): one-sided bounds above a floor, fields' values, machines.
GAMING += corpus.load("left52g_own_gaming")
FAIR += corpus.load("left52g_own_fair")
# Fix-helper r52fix's own variants (round 52): artefact fields, leading artefact lines, to-do boxes, stars.
GAMING += corpus.load("r52fix_own_gaming")
FAIR += corpus.load("r52fix_own_fair")
# Fix-helper r53o's own variants (round 53): graph and set counts, functions, coordinates, boards.
GAMING += corpus.load("r53o_own_gaming")
FAIR += corpus.load("r53o_own_fair")
# Fix-helper r53c's own variants (round 53): coprime diagrams (sets, edges, arrows, trees, ticks, charts).
GAMING += corpus.load("r53c_own_gaming")
FAIR += corpus.load("r53c_own_fair")
# Round 54 (red team redteam54, against a9a115e), held out: other numeral systems, scripts and languages.
GAMING += corpus.load("round54_gaming")
FAIR += corpus.load("round54_fair")
# Fix-helper r54n's own variants (round 54): numerals and scripts (digits, Greek numerals, cards, CJK).
GAMING += corpus.load("r54n_own_gaming")
FAIR += corpus.load("r54n_own_fair")
# Fix-helper fair45's own variants (session 45): honest forms refused, with their dictating twins.
GAMING += corpus.load("fair45_own_gaming")
FAIR += corpus.load("fair45_own_fair")
# Fix-helper r54l's own variants (round 54): the answer's words in other languages and scripts.
GAMING += corpus.load("r54l_own_gaming")
FAIR += corpus.load("r54l_own_fair")
# Round 55 (red team redteam55, against a9a115e), held out: the answer in classroom study material and games.
GAMING += corpus.load("round55_gaming")
FAIR += corpus.load("round55_fair")
# Fix-helper r55fix's own variants (round 55): rhymes, gaps, club roles, unmarked tiles, definition cards.
GAMING += corpus.load("r55fix_own_gaming")
FAIR += corpus.load("r55fix_own_fair")
# Round 56 (red team redteam56, against 60a83de), held out: codes, identifiers, timestamps, media formats.
GAMING += corpus.load("round56_gaming")
FAIR += corpus.load("round56_fair")
# Fix-helper r56fix's own variants (round 56): keystrokes, file names, versions, logs, legends, sheet codes.
GAMING += corpus.load("r56fix_own_gaming")
FAIR += corpus.load("r56fix_own_fair")
# Round 58 (red team redteam58, against fa53e45), held out: constraints on the output (schemas, grammars).
GAMING += corpus.load("round58_gaming")
FAIR += corpus.load("round58_fair")
# Fix-helper fix58's own variants (round 58): counts of outside things, typed defaults, per-part plan bounds.
GAMING += corpus.load("fix58_own_gaming")
FAIR += corpus.load("fix58_own_fair")
# Round 59 (red team redteam59, against fa53e45), held out: the answer in other trades' documents.
GAMING += corpus.load("round59_gaming")
FAIR += corpus.load("round59_fair")
# Fix-helper fix59's own variants (round 59): start values and rates in trade documents, termbases.
GAMING += corpus.load("fix59_own_gaming")
FAIR += corpus.load("fix59_own_fair")
# Round 57 (red team redteam57, against fa53e45), held out: sources and retrieved material in the prompt.
GAMING += corpus.load("round57_gaming")
FAIR += corpus.load("round57_fair")
# Fix-helper fix57's own variants (round 57): accepted answers reported, irreducible fractions, synonyms.
GAMING += corpus.load("fix57_own_gaming")
FAIR += corpus.load("fix57_own_fair")
# Round 60 (red team redteam60, against ccde144), held out: machine-learning and data-science artefacts.
GAMING += corpus.load("round60_gaming")
FAIR += corpus.load("round60_fair")
# Fix-helper fix60's own variants (round 60): scored options, model outputs, fitted coefficients, tokens.
GAMING += corpus.load("fix60_own_gaming")
FAIR += corpus.load("fix60_own_fair")
# Round 63 (red team redteam63, against 132e80f), held out: answers that hedge, offer candidates, are wrong.
GAMING += corpus.load("round63_gaming")
FAIR += corpus.load("round63_fair")
# Fix-helper fix63's own variants (round 63): several candidates in free text and JSON, self-corrections.
GAMING += corpus.load("fix63_own_gaming")
FAIR += corpus.load("fix63_own_fair")
# Round 64 (red team redteam64, against 132e80f), held out: the student's own life, classroom and workplace.
GAMING += corpus.load("round64_gaming")
FAIR += corpus.load("round64_fair")
# Fix-helper fix64's own variants (round 64): a summary's selection outlined, a text answer's clauses handed.
GAMING += corpus.load("fix64_own_gaming")
FAIR += corpus.load("fix64_own_fair")
# Fix-helper fair47's own corpora (session 47): session 46's fair risks measured, and their gaming twins.
GAMING += corpus.load("fair47_own_gaming")
FAIR += corpus.load("fair47_own_fair")
# Round 62 (red team redteam62, against 132e80f), held out: cultural references, idioms, proverbs, quotations.
GAMING += corpus.load("round62_gaming")
FAIR += corpus.load("round62_fair")
# Fix-helper fix62's own variants (round 62): the unknown tied by other shapes, tags per review, timed parts.
GAMING += corpus.load("fix62_own_gaming")
FAIR += corpus.load("fix62_own_fair")
# Round 65 (red team redteam65, against 132e80f), held out: hand-over mechanisms transferred across tasks.
GAMING += corpus.load("round65_gaming")
FAIR += corpus.load("round65_fair")
# Fix-helper fix65's own variants (round 65): number words in speech, answers by position, word banks.
GAMING += corpus.load("fix65_own_gaming")
FAIR += corpus.load("fix65_own_fair")
# The session 47 lead's own (merge mends): a cloze blank's clause asked, a label set offered after a cue.
GAMING += corpus.load("lead47_own_gaming")
FAIR += corpus.load("lead47_own_fair")
# Round 69 (red team redteam69, against 69e7ccf), held out: unusual answer formats behind honest prompts.
GAMING += corpus.load("round69_gaming")
FAIR += corpus.load("round69_fair")
# Round 67 (red team redteam67, against 105c128), held out: the answer left by elimination or feedback.
GAMING += corpus.load("round67_gaming")
FAIR += corpus.load("round67_fair")
# Fix-helper fix67's own variants (round 67): yes/no transcripts, bracketing guesses, draft values changed.
GAMING += corpus.load("fix67_own_gaming")
FAIR += corpus.load("fix67_own_fair")
# Round 68 (red team redteam68, against 105c128), held out: long, noisy, real-life prompts.
GAMING += corpus.load("round68_gaming")
FAIR += corpus.load("round68_fair")
# Fix-helper fix68's own variants (round 68): excluded values, a topic and its value found, ids to labels.
GAMING += corpus.load("fix68_own_gaming")
FAIR += corpus.load("fix68_own_fair")
# Round 66 (red team redteam66, against 38137a2), held out: cross-references and hints that nearly solve.
GAMING += corpus.load("round66_gaming")
FAIR += corpus.load("round66_fair")
# Fix-helper fix66's own variants (round 66): decisive steps, labels by place, durations by cross-reference.
GAMING += corpus.load("fix66_own_gaming")
FAIR += corpus.load("fix66_own_fair")
# Round 70 (red team redteam70, against 69e7ccf), held out: authority, consensus, bets and emotional pressure.
GAMING += corpus.load("round70_gaming")
FAIR += corpus.load("round70_fair")
# Fix-helper fix70's own variants (round 70): values demanded under stakes, consensus in correction.
GAMING += corpus.load("fix70_own_gaming")
FAIR += corpus.load("fix70_own_fair")
# The session 48 lead's own: "kind" before a role's noun is an adjective, "a kind of" names no role.
GAMING += corpus.load("lead48_own_gaming")
FAIR += corpus.load("lead48_own_fair")
# Round 71 (red team redteam71, against 30a2b48), held out: negation, double negation, litotes and scope.
GAMING += corpus.load("round71_gaming")
FAIR += corpus.load("round71_fair")
# Fix-helper fix71's own variants (round 71): values said through negation, negative questions.
GAMING += corpus.load("fix71_own_gaming")
FAIR += corpus.load("fix71_own_fair")
# The session 49 lead's own: adjectives listed with commas before a role's noun.
GAMING += corpus.load("lead49_own_gaming")
FAIR += corpus.load("lead49_own_fair")
# Round 74 (red team redteam74, against 40fc2f8), held out: keywords for substance, checks gamed by form.
GAMING += corpus.load("round74_gaming")
FAIR += corpus.load("round74_fair")
# Fix-helper fix74's own variants (round 74): failure verbs, trends turned round, repeated plan parts.
GAMING += corpus.load("fix74_own_gaming")
FAIR += corpus.load("fix74_own_fair")
# Round 73 (red team redteam73, against 40fc2f8), held out: hedges, retractions, self-contradiction.
GAMING += corpus.load("round73_gaming")
FAIR += corpus.load("round73_fair")
# Fix-helper fix73's own variants (round 73): asides, edits, conclusions, hedged and either-or facts.
GAMING += corpus.load("fix73_own_gaming")
FAIR += corpus.load("fix73_own_fair")
# Round 72 (red team redteam72, against 40fc2f8), held out: proof, verification and hypothetical framings.
GAMING += corpus.load("round72_gaming")
FAIR += corpus.load("round72_fair")
# Fix-helper fix72's own variants (round 72): truth questions, suppositions, hypotheticals, counterfactuals.
GAMING += corpus.load("fix72_own_gaming")
FAIR += corpus.load("fix72_own_fair")
# Round 75 (red team redteam75, against 63b8948), held out: rubric elements in form only.
GAMING += corpus.load("round75_gaming")
FAIR += corpus.load("round75_fair")
# Fix-helper fix75's own variants (round 75): third-person roles, off-task reasoning, placeholder headings.
GAMING += corpus.load("fix75_own_gaming")
FAIR += corpus.load("fix75_own_fair")
# Round 76 (red team redteam76, against ed3befc), held out: class transfer of the session's classes.
GAMING += corpus.load("round76_gaming")
FAIR += corpus.load("round76_fair")
# Fix-helper fix76's own variants (round 76): foreign tags and truth openers, modal and outcome verbs.
GAMING += corpus.load("fix76_own_gaming")
FAIR += corpus.load("fix76_own_fair")
# Round 77 (red team redteam77, against b1acb43), held out: the answer side in tables, code, LaTeX, boxes.
GAMING += corpus.load("round77_gaming")
FAIR += corpus.load("round77_fair")
# Fix-helper fix78b's own variants (round 78): per-item label lists, verdicts in asserts and specs, examples.
# Round 78 (red team redteam78, against b1acb43), held out: prompt-side dictation in fresh forms.
GAMING += corpus.load("round78_gaming")
FAIR += corpus.load("round78_fair")
GAMING += corpus.load("fix78b_own_gaming")
FAIR += corpus.load("fix78b_own_fair")
# Fix-helper fix78a's own variants (round 78): values as expressions, foreign number words, tuples in code.
GAMING += corpus.load("fix78a_own_gaming")
FAIR += corpus.load("fix78a_own_fair")
# Round 80 (red team redteam80, against 86ac302), held out: transcript layout, turns, drafts, A/B views.
GAMING += corpus.load("round80_gaming")
FAIR += corpus.load("round80_fair")
# Fix-helper fix80's own variants (round 80): several whole answers, corrected last turns, copy residue.
GAMING += corpus.load("fix80_own_gaming")
FAIR += corpus.load("fix80_own_fair")
# Round 79 (red team redteam79, against 86ac302), held out: the rubric points in form only.
GAMING += corpus.load("round79_gaming")
FAIR += corpus.load("round79_fair")
# Fix-helper fix79's own variants (round 79): another model's part, the reader addressed, other inputs.
GAMING += corpus.load("fix79_own_gaming")
FAIR += corpus.load("fix79_own_fair")
# Round 81 (red team redteam81, against 06da7b3), held out: class transfer of session 50's fixes.
GAMING += corpus.load("round81_gaming")
FAIR += corpus.load("round81_fair")
# Fix-helper fix81's own variants (round 81): reckoned durations, foreign expressions, caving turns, third
# parties.
GAMING += corpus.load("fix81_own_gaming")
FAIR += corpus.load("fix81_own_fair")
# Round 82 (red team redteam82, against 06da7b3), held out: the free-text tasks, both sides.
GAMING += corpus.load("round82_gaming")
FAIR += corpus.load("round82_fair")
# Fix-helper fix82's own variants (round 82): whole denials, inverted conditions, filler parts, labels.
GAMING += corpus.load("fix82_own_gaming")
FAIR += corpus.load("fix82_own_fair")
# Fix-helper gaps51's own variants (session 51): the gaps session 50 left (foreign durations without a unit,
# later turns that conclude anew, denials before the last sentence, filler named otherwise, calques).
GAMING += corpus.load("gaps51_own_gaming")
FAIR += corpus.load("gaps51_own_fair")
# Round 84 (red team redteam84, against 1d67b49), held out: the answer side (hedges, reversals, footnotes).
GAMING += corpus.load("round84_gaming")
FAIR += corpus.load("round84_fair")
# Fix-helper fix84's own variants (round 84): lines said to cross, open intercepts, footnotes, irony.
GAMING += corpus.load("fix84_own_gaming")
FAIR += corpus.load("fix84_own_fair")
# Round 83 (red team redteam83, against 1d67b49), held out: prompt-side dictation.
GAMING += corpus.load("round83_gaming")
FAIR += corpus.load("round83_fair")
# Fix-helper fix83's own variants (round 83): rosters, answer-key letters, sets and tallies, unary durations.
GAMING += corpus.load("fix83_own_gaming")
FAIR += corpus.load("fix83_own_fair")
# Round 85 (red team redteam85, against 51bb617), held out: both sides, class transfer.
GAMING += corpus.load("round85_gaming")
FAIR += corpus.load("round85_fair")
# Fix-helper fix85's own variants (round 85): legends, objects one per child, ASCII bars, totals, fillers.
GAMING += corpus.load("fix85_own_gaming")
FAIR += corpus.load("fix85_own_fair")
# Mend-helper mend51 (session 51): the code review's fair refusals of session 51's rules, mended.
GAMING += corpus.load("mend51_own_gaming")
FAIR += corpus.load("mend51_own_fair")
# The lead (session 51): the word "irony" in a sincere sentence is no irony tag.
FAIR += corpus.load("lead51_own_fair")
# Round 86 (red team redteam86, held out until session 52) and fix-helper fix86's own
# variants; mend51's footnotes.
GAMING += corpus.load("round86_gaming")
FAIR += corpus.load("round86_fair")
GAMING += corpus.load("fix86_own_gaming")
FAIR += corpus.load("fix86_own_fair")
FAIR += corpus.load("mend51_left_fair")
# Fix-helper gaps52 (session 52): the gaps session 51's fixers wrote down, closed by class.
GAMING += corpus.load("gaps52_own_gaming")
FAIR += corpus.load("gaps52_own_fair")
# Round 87 (red team redteam87, against ad451d4), held out: a paraphrase transfer of caught attempts.
GAMING += corpus.load("round87_gaming")
FAIR += corpus.load("round87_fair")
# Fix-helper fix87's own variants (round 87): the only other girl, shifts, confirm tags, clock marks.
GAMING += corpus.load("fix87_own_gaming")
FAIR += corpus.load("fix87_own_fair")
# Round 88 (red team redteam88, against ad451d4), held out: reasoning-model outputs on the answer side.
GAMING += corpus.load("round88_gaming")
FAIR += corpus.load("round88_fair")
# Fix-helper fix88's own variants (round 88): reasoning traces, UI headers, high confidence, retracted steps.
GAMING += corpus.load("fix88_own_gaming")
FAIR += corpus.load("fix88_own_fair")
# Mender mend52's own variants (session 52): fair attempts the merged rules refused, and their gaming twins.
GAMING += corpus.load("mend52_own_gaming")
FAIR += corpus.load("mend52_own_fair")
# Round 89 (red team redteam89, against f5b1d01), held out: other scripts, OCR, speech-to-text.
GAMING += corpus.load("round89_gaming")
FAIR += corpus.load("round89_fair")
# Fix-helper fix89's own variants (round 89): more scripts, dashes, spoken x, homophone runs, OCR'd durations.
GAMING += corpus.load("fix89_own_gaming")
FAIR += corpus.load("fix89_own_fair")
# Fix-helper gaps53's own variants (session 53): the gaps session 52 wrote down, and its rules' fair risks.
GAMING += corpus.load("gaps53_own_gaming")
FAIR += corpus.load("gaps53_own_fair")
# Round 90 (red team redteam90, against d49085f), held out: rules-lawyering the student README.
GAMING += corpus.load("round90_gaming")
FAIR += corpus.load("round90_fair")
# Fix-helper fix90's own variants (round 90): a value noted beside its quantity, a memo's conclusion.
GAMING += corpus.load("fix90_own_gaming")
FAIR += corpus.load("fix90_own_fair")
# Round 91 (red team redteam91, against b45ff25), held out: minimal pairs, one insertion hands it over.
GAMING += corpus.load("round91_gaming")
FAIR += corpus.load("round91_fair")
# Fix-helper fix91's own variants (round 91): slots' examples, tag questions, one-word parentheses.
GAMING += corpus.load("fix91_own_gaming")
FAIR += corpus.load("fix91_own_fair")
# Fix-helper mend53's (session 53, review of the merge int53): the merged rules' fair refusals and holes.
GAMING += corpus.load("mend53_gaming")
FAIR += corpus.load("mend53_fair")
# Fix-helper fix92's own variants (round 92): hashtags holding the value, yes/no questions putting it.
GAMING += corpus.load("fix92_own_gaming")
FAIR += corpus.load("fix92_own_fair")
# Rounds 92 and 93 (red teams redteam92 and redteam93, against 9241f29 and 3f23c93), held out.
GAMING += corpus.load("round92_gaming")
FAIR += corpus.load("round92_fair")
GAMING += corpus.load("round93_gaming")
FAIR += corpus.load("round93_fair")
# Fix-helper fix93's own variants (rounds 92-93): formulas' results, keyed labels, stamps, numberings, tables.
GAMING += corpus.load("fix93_own_gaming")
FAIR += corpus.load("fix93_own_fair")
# Round 95 (red team redteam95, against ded7b99), held out: plans, translations, summaries answered unfairly.
GAMING += corpus.load("round95_gaming")
FAIR += corpus.load("round95_fair")
# Fix-helper fix95's own variants (round 95): conditional and parallel parts, start times, filler, names.
GAMING += corpus.load("fix95_own_gaming")
FAIR += corpus.load("fix95_own_fair")
# Round 94 (red team redteam94, against ded7b99), held out: presuppositions, expected results, references.
GAMING += corpus.load("round94_gaming")
FAIR += corpus.load("round94_fair")
# Fix-helpers fix94/fix94b's own variants (round 94): expected results, ordinals, references, why-questions.
GAMING += corpus.load("fix94_own_gaming")
FAIR += corpus.load("fix94_own_fair")
# Round 96 (red team redteam96, against int54), held out: what a room pastes, why-questions, plans, similes.
GAMING += corpus.load("round96_gaming")
FAIR += corpus.load("round96_fair")
# Fix-helper fix96's own variants (round 96): attributes, table rows, alternatives, filler, similes.
GAMING += corpus.load("fix96_own_gaming")
FAIR += corpus.load("fix96_own_fair")
# Fix-helper fix97simile's own variants (round 97): comparisons of size, quantity or likeness added.
GAMING += corpus.load("fix97simile_own_gaming")
FAIR += corpus.load("fix97simile_own_fair")
# Fix-helper fix97plan's own variants (round 97's plans): conditional parts, alternatives, filler.
GAMING += corpus.load("fix97plan_own_gaming")
FAIR += corpus.load("fix97plan_own_fair")
# Fix-helper fix97grid's own variants (round 97): answer grids, ranks that pick a box, scoring rules, labels.
GAMING += corpus.load("fix97grid_own_gaming")
FAIR += corpus.load("fix97grid_own_fair")
# Fix-helper fix97why's own variants (round 97): cause-questions, a value gone to, a verdict by reference.
GAMING += corpus.load("fix97why_own_gaming")
FAIR += corpus.load("fix97why_own_fair")
# Round 97 (red team redteam97, against int54 dbcbc8a), held out: the session-54 classes transferred.
GAMING += corpus.load("round97_gaming")
FAIR += corpus.load("round97_fair")
# Fix-helper fix99versions' own variants (rounds 98 and 99): several versions of a summary or a translation.
GAMING += corpus.load("fix99versions_own_gaming")
FAIR += corpus.load("fix99versions_own_fair")
# Fix-helper fix99plansum's own variants (round 99): conditional totals and parts, plan notes, restatements.
GAMING += corpus.load("fix99plansum_own_gaming")
FAIR += corpus.load("fix99plansum_own_fair")
# Fix-helper fix98hedge's own variants (rounds 98, 99): confidences in any notation, code-comment options.
GAMING += corpus.load("fix98hedge_own_gaming")
FAIR += corpus.load("fix98hedge_own_fair")
# Fix-helper fix98enc's own variants (round 98): answers dictated through an encoding a model decodes.
GAMING += corpus.load("fix98enc_own_gaming")
FAIR += corpus.load("fix98enc_own_fair")
# Rounds 98 and 99 (red teams redteam98 and redteam99, against e26cb57), held out: encodings, reasoning.
GAMING += corpus.load("round98_gaming")
FAIR += corpus.load("round98_fair")
GAMING += corpus.load("round99_gaming")
FAIR += corpus.load("round99_fair")
# Fix-helper fix100enc's own variants (round 100): answers dictated through a transform a model undoes.
GAMING += corpus.load("fix100enc_own_gaming")
FAIR += corpus.load("fix100enc_own_fair")
# Fix-helper fix100hedge's own variants (round 100): finals hedged in other notations, values in annotations.
GAMING += corpus.load("fix100hedge_own_gaming")
FAIR += corpus.load("fix100hedge_own_fair")
# Fix-helper fix100versions' own variants (round 100): versions across turns or in a diff, corrections, notes.
GAMING += corpus.load("fix100versions_own_gaming")
FAIR += corpus.load("fix100versions_own_fair")
# Fix-helper fix101's own variants (round 101): dictated plans, alternatives panels, run-on roles, chrome.
GAMING += corpus.load("fix101_own_gaming")
FAIR += corpus.load("fix101_own_fair")
# Rounds 100 and 101 (red teams redteam100 and redteam101, against fbb182f), held out: the newest rules at
# their edges, what a hurried room pastes.
GAMING += corpus.load("round100_gaming")
FAIR += corpus.load("round100_fair")
GAMING += corpus.load("round101_gaming")
FAIR += corpus.load("round101_fair")
# Fix-helper fix102hedge's own variants (rounds 102-103): a confidence as P(correct), a bar or « sûr à 80 % »,
# a second value in an HTML comment, a variant in a bracket labelled US/UK or in a footnote.
GAMING += corpus.load("fix102hedge_own_gaming")
FAIR += corpus.load("fix102hedge_own_fair")
# Fix-helper fix102enc's own variants (rounds 102/103): letter-number codes, numeric notations, struck text.
GAMING += corpus.load("fix102enc_own_gaming")
FAIR += corpus.load("fix102enc_own_fair")
# Fix-helper fix102chrome's own variants (rounds 102 and 103): export chrome, plan tables with clock times.
GAMING += corpus.load("fix102chrome_own_gaming")
FAIR += corpus.load("fix102chrome_own_fair")
# Fix-helper fix102versions' own variants (rounds 102 and 103): versions, turns, tracked changes.
GAMING += corpus.load("fix102versions_own_gaming")
FAIR += corpus.load("fix102versions_own_fair")
# Fix-helper fix105data's own variants (round 105): the reviews pasted as TOML, YAML, a dict or JSON keyed
# by their number; a channel or a day as a tag on a review's heading (no label) and twins that label.
GAMING += corpus.load("fix105data_own_gaming")
FAIR += corpus.load("fix105data_own_fair")

# Rounds 102 and 103 (red teams redteam102 and redteam103, against 7fb7c785), held out: the newest rules at
# their edges in other layouts, what a room pastes from phones, PDF exports and half-finished edits.
GAMING += corpus.load("round102_gaming")
FAIR += corpus.load("round102_fair")
GAMING += corpus.load("round103_gaming")
FAIR += corpus.load("round103_fair")
# Fix-helper fix104plan's own variants (round 104): a break or a social part named otherwise, over half.
GAMING += corpus.load("fix104plan_own_gaming")
FAIR += corpus.load("fix104plan_own_fair")
# Fix-helper fix104hedge's own variants (round 104): hedges in words, values in markup.
GAMING += corpus.load("fix104hedge_own_gaming")
FAIR += corpus.load("fix104hedge_own_fair")
# Fix-helper fix104text's own variants (round 104): a role or later work added to a summary's person, a gloss
# added to a translation.
GAMING += corpus.load("fix104text_own_gaming")
FAIR += corpus.load("fix104text_own_fair")

# Fix-helper fix104sentiment's own variants (session 59) of round 104's sentiment classes: an answer
# key of the labels under a correction marker costs only the dictated reviews (not the data).
GAMING += corpus.load("fix104sentiment_own_gaming")
FAIR += corpus.load("fix104sentiment_own_fair")

# Round 104 (red team redteam104, against 28878701), held out: the trainer's marking grid, a hashtag, a clue
# defining the answer, hedges in words and emoji, values in spoilers and link titles, asides true in history.
GAMING += corpus.load("round104_gaming")
FAIR += corpus.load("round104_fair")

# Round 105 (red team redteam105, against 7f7a8f79), held out: what students paste from their other tools
# (LaTeX, consoles, spreadsheets, org-mode, Notion, Slack) and numbers in other forms. Its seven attempts
# no fixer reached are in pending/round105_left_*.
GAMING += corpus.load("round105_gaming")
FAIR += corpus.load("round105_fair")

# Fix-helper fix105enc's own variants (round 105): consoles, LaTeX macros, "as" a value; formulas that ask.
GAMING += corpus.load("fix105enc_own_gaming")
FAIR += corpus.load("fix105enc_own_fair")

# Fix-helper fix105notes's own variants (round 105): confidences in other number forms (scientific notation,
# Roman numerals, fractions) read by their value, notes and callouts after a translation, copied-code chrome.
GAMING += corpus.load("fix105notes_own_gaming")
FAIR += corpus.load("fix105notes_own_fair")
# fix106puzzle (session 60): puzzles pinning the answer (ranks, rhymes, verses, eliminations, letter counts)
GAMING += corpus.load("fix106puzzle_own_gaming")
FAIR += corpus.load("fix106puzzle_own_fair")

# Fix-helper fix106notes's own variants (round 106): hedges carried by tone, a summary ending on the
# writer's opinion, another rendering after a translation, capitalised glosses, a named note holding a part.
GAMING += corpus.load("fix106notes_own_gaming")
FAIR += corpus.load("fix106notes_own_fair")

# Round 105's and fix105notes's attempts left unreached (session 60, fix106notes): a suggestion-mode
# alternative in a summary, an AsciiDoc NOTE holding a plan part, a callout, an admonition, an rST note.
GAMING += corpus.load("round105_left_gaming")
GAMING += corpus.load("fix105notes_left_gaming")

# Fix-helper fix105left (session 60): copy-button chrome around a fenced text answer, a LaTeX \footnote, a
# spreadsheet IF formula's branches; round 105's and fix105notes's left fair attempts it reached, moved up.
GAMING += corpus.load("fix105left_own_gaming")
FAIR += corpus.load("fix105left_own_fair")
FAIR += corpus.load("round105_left_fair")
FAIR += corpus.load("fix105notes_left_fair")

# Fix-helper fix107report's own variants (round 107): a grader's report line quoted (on a value: dictation;
# on a length: none), a value after a dotted leader, a "would recommend" field as a label, a limit waived.
GAMING += corpus.load("fix107report_own_gaming")
FAIR += corpus.load("fix107report_own_fair")

# Fix-helper fix107hedge's own variants (round 107): the writer's doubt on their answer or wording said by
# tone or emoji (🤞, "at least that's what I get"), a duration left to the day, a hashtag line under a
# translation.
GAMING += corpus.load("fix107hedge_own_gaming")
FAIR += corpus.load("fix107hedge_own_fair")

# Round 107 (red team redteam107, against main 73685367, session 60), held out: students who read the README
# and their last report and game what they do not say (the report quoted back, waived limits, receipts,
# quiet hedges).
GAMING += corpus.load("round107_gaming")
FAIR += corpus.load("round107_fair")


@pytest.fixture(scope="module")
def prompts():
    return Course.locate(REPO).exercise("prompts")


def _grade(prompts, attempt: corpus.Attempt) -> dict[str, tuple[float, float]] | None:
    """The attempt's checks, or None when the whole file is refused as the attempt
    documents (`invalid`): a refused file earns nothing, which is all there is to check."""
    starter = (prompts.public_dir / "prompts.md").read_text(encoding="utf-8")
    text = corpus.transcript(starter, attempt)
    result = grade_prompts(prompts, {"prompts.md": text.encode()})
    if attempt.invalid:  # the whole file refused by the transcript format's own rule
        assert result.status.value == "invalid", result.status
        assert result.score == 0, result.score
        return None
    assert result.status.value in ("passed", "failed"), result.log
    return corpus.task_results(result, attempt.task)


def test_the_corpora_are_large_enough_and_cover_every_task_and_class():
    assert len(GAMING) >= 30 and len(FAIR) >= 20
    tasks = {"riddle", "parallel-line", "coprime", "sentiment", "summary", "plan", "traduction"}
    assert {a.task for a in GAMING} == tasks and {a.task for a in FAIR} == tasks
    classes = Counter(a.klass for a in GAMING)
    assert {"hedging", "negation", "keywords", "dictation", "trap", "injection"} <= set(classes)
    assert len({a.id for a in GAMING + FAIR}) == len(GAMING) + len(FAIR)


def _transcript_cases(attempts: list[corpus.Attempt]) -> list:  # type: ignore[type-arg]
    """Attempts whose dictation transcript mode cannot see are expected to get through
    (strict: the day the grader sees them, the marker must go); live mode catches them."""
    return [
        pytest.param(a, id=a.id, marks=pytest.mark.xfail(strict=True, reason=a.transcript_limit))
        if a.transcript_limit
        else pytest.param(a, id=a.id)
        for a in attempts
    ]


@pytest.mark.parametrize("attempt", _transcript_cases(GAMING))
def test_gaming_attempt_earns_exactly_what_it_deserves(prompts, attempt):
    results = _grade(prompts, attempt)
    if results is None:
        return
    unknown = [name for name in attempt.deserves if name not in results]
    assert not unknown, f"deserves names no check of {attempt.task}: {unknown}"
    earned = {name: earned for name, (earned, _) in results.items()}
    deserved = {
        name: (points if corpus.deserved(name, attempt) else 0) for name, (_, points) in results.items()
    }
    assert earned == deserved


@pytest.mark.parametrize("attempt", FAIR, ids=[a.id for a in FAIR])
def test_right_answer_in_other_words_earns_every_answer_point(prompts, attempt):
    """Every answer point and prompt-data, and every other check the attempt deserves (its
    rubric points: round 11's fair attempts lost only those, which no test counted)."""
    results = _grade(prompts, attempt)
    assert results is not None, "a fair attempt is never refused whole"
    answer = {name: earned for name, (earned, _) in results.items() if name.startswith("answer")}
    assert answer == {name: points for name, (_, points) in results.items() if name.startswith("answer")}
    assert results["prompt-data"][0] == results["prompt-data"][1]
    unknown = [name for name in attempt.deserves if name not in results]
    assert not unknown, f"deserves names no check of {attempt.task}: {unknown}"
    lost = {name: e for name, (e, p) in results.items() if e < p and corpus.deserved(name, attempt)}
    assert lost == {}
