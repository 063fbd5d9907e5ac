"""How many attempts of the prompts corpora a grader scores wrongly (transcript mode).

    PYTHONPATH=src python benchmarks/prompts_corpus.py [--course PATH] [--gaming NAME ...] [--fair NAME ...]

Gaming corpus: an attempt "gets through" when it earns any point on a check it does not
deserve; one that loses a point it deserves (a rubric point its prompt earns, say) is listed
apart, as the grader's cost on a gaming attempt. Fair corpus: an attempt is "refused" when it loses any answer point (or
prompt-data); the rubric points it deserves and loses are listed apart. The last lines
total both over every corpus given. Run it with another checkout's source and course (e.g.
main's) to compare graders."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "prompts_corpus"))

import corpus  # noqa: E402

from workshop.course import Course  # noqa: E402
from workshop.prompts.grade import grade_prompts  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--course", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument(
        "--gaming",
        nargs="*",
        default=[
            "gaming",
            "heldout_gaming",
            "fresh_gaming",
            "dictation_gaming",
            "round3_gaming",
            "round4_own_gaming",
            "round4_own_answers_gaming",
            "round4_own_prompts_gaming",
            "round4_gaming",
            "round5_gaming",
            "round6_gaming",
            "round7_gaming",
            "round8_gaming",
            "round9_gaming",
            "round10_gaming",
            "round11_gaming",
            "round12_gaming",
            "round13_gaming",
            "round14_gaming",
            "round15a_gaming",
            "round15b_gaming",
            "round18a_gaming",
            "round16b_gaming",
            "round16a_gaming",
            "round17b_gaming",
            "round17a_gaming",
            "round18b_gaming",
            "round19a_gaming",
            "round19b_gaming",
            "round20a_gaming",
            "round20b_gaming",
            "round21b_gaming",
            "round21a_gaming",
            "round22b_gaming",
            "round22a_gaming",
            "round23a_own_gaming",
            "round23b_own_gaming",
            "round24a_gaming",
            "round24a_own_gaming",
            "round24b_gaming",
            "round24b_own_gaming",
            "round24b_fair_own_gaming",
            "round25b_gaming",
            "round25b_own_gaming",
            "round25b_fair_own_gaming",
            "round25a_faithful_own_gaming",
            "round25a_gaming",
            "round25a_own_gaming",
            "round27_gaming",
            "round27_own_gaming",
            "round28_gaming",
            "round29_own_gaming",
            "round29_gaming",
            "round30_gaming",
            "round30_own_gaming",
            "round30_fair_own_gaming",
            "general_structured_own_gaming",
            "round31_own_gaming",
            "lead34_own_gaming",
            "round31_gaming",
            "round32_gaming",
            "lead35_own_gaming",
            "txt35_own_gaming",
            "rub35_own_gaming",
            "round33_gaming",
            "round34_gaming",
            "plan35_own_gaming",
            "txt35b_own_gaming",
            "round35_gaming",
            "notes36_own_gaming",
            "fair36_own_gaming",
            "forms36_own_gaming",
            "gaming36_own_gaming",
            "round36_gaming",
            "fair37_own_gaming",
            "gaming37_own_gaming",
            "round37_gaming",
            "fair38_own_gaming",
            "plan38_own_gaming",
            "coprime38_own_gaming",
            "notes38_own_gaming",
            "round38_gaming",
            "fair39_own_gaming",
            "riddle39_own_gaming",
            "misc40_own_gaming",
            "plansent39_own_gaming",
            "line39_own_gaming",
            "coprime40_own_gaming",
            "round39_gaming",
            "fairnum39_own_gaming",
            "fair40_own_gaming",
            "summ40_own_gaming",
            "corr40_own_gaming",
            "cond40_own_gaming",
            "plan40_own_gaming",
            "round40_gaming",
            "role41_own_gaming",
            "plan42_own_gaming",
            "review41_own_gaming",
            "ellip41_own_gaming",
            "fair41_own_gaming",
            "enc41_own_gaming",
            "fairmcq42_own_gaming",
            "sym41_own_gaming",
            "round41_gaming",
            "round42_gaming",
            "known43_own_gaming",
            "fair43_own_gaming",
            "qty44_own_gaming",
            "fairans43_own_gaming",
            "rub43_own_gaming",
            "enc43_own_gaming",
            "game44_own_gaming",
            "round43_gaming",
            "round44_gaming",
            "fairart43_own_gaming",
            "fair46_own_gaming",
            "comp46_own_gaming",
            "homo45_own_gaming",
            "voice45b_own_gaming",
            "voice45a_own_gaming",
            "round46_gaming",
            "fairk41_own_gaming",
            "r45g41_own_gaming",
            "plan_counts_of_parts_gaming",
            "round45_gaming",
            "box47_own_gaming",
            "dial48_own_gaming",
            "glyph47_own_gaming",
            "pres48_own_gaming",
            "mark47_own_gaming",
            "fn47_own_gaming",
            "rid48_own_gaming",
            "line48_own_gaming",
            "lead41_own_gaming",
            "round47_gaming",
            "round48_gaming",
            "fair42a_own_gaming",
            "g49_own_gaming",
            "fair4950_own_gaming",
            "fair42b_own_gaming",
            "round49_gaming",
            "round50_gaming",
            "g50_own_gaming",
            "g43_own_gaming",
            "round51_gaming",
            "round52_gaming",
            "r51g_own_gaming",
            "r51f_own_gaming",
            "round53_gaming",
            "fair43b_own_gaming",
            "left52f_own_gaming",
            "left52g_own_gaming",
            "r52fix_own_gaming",
            "r53o_own_gaming",
            "r53c_own_gaming",
            "round54_gaming",
            "r54n_own_gaming",
            "fair45_own_gaming",
            "r54l_own_gaming",
            "round55_gaming",
            "r55fix_own_gaming",
            "round56_gaming",
            "r56fix_own_gaming",
            "round58_gaming",
            "fix58_own_gaming",
            "round59_gaming",
            "fix59_own_gaming",
            "round57_gaming",
            "fix57_own_gaming",
            "round60_gaming",
            "fix60_own_gaming",
            "round63_gaming",
            "fix63_own_gaming",
            "round64_gaming",
            "fix64_own_gaming",
            "fair47_own_gaming",
            "round62_gaming",
            "fix62_own_gaming",
            "round65_gaming",
            "fix65_own_gaming",
            "lead47_own_gaming",
            "round69_gaming",
            "round67_gaming",
            "fix67_own_gaming",
            "round68_gaming",
            "fix68_own_gaming",
            "round66_gaming",
            "fix66_own_gaming",
            "round70_gaming",
            "fix70_own_gaming",
            "lead48_own_gaming",
            "round71_gaming",
            "fix71_own_gaming",
            "lead49_own_gaming",
            "round74_gaming",
            "fix74_own_gaming",
            "round73_gaming",
            "fix73_own_gaming",
            "round72_gaming",
            "fix72_own_gaming",
            "round75_gaming",
            "fix75_own_gaming",
            "round76_gaming",
            "fix76_own_gaming",
            "round77_gaming",
            "round78_gaming",
            "fix78b_own_gaming",
            "fix78a_own_gaming",
            "round80_gaming",
            "fix80_own_gaming",
            "round79_gaming",
            "fix79_own_gaming",
            "round81_gaming",
            "fix81_own_gaming",
            "round82_gaming",
            "fix82_own_gaming",
            "round83_gaming",
            "fix83_own_gaming",
        ],
    )
    parser.add_argument(
        "--fair",
        nargs="*",
        default=[
            "fair",
            "heldout_fair",
            "fresh_fair",
            "dictation_fair",
            "round3_fair",
            "round4_own_fair",
            "round4_own_answers_fair",
            "round4_own_prompts_fair",
            "round4_fair",
            "round5_fair",
            "round6_fair",
            "round7_fair",
            "round8_fair",
            "round9_fair",
            "round10_fair",
            "round11_fair",
            "round12_fair",
            "round13_fair",
            "round14_fair",
            "round15a_fair",
            "round15b_fair",
            "round18a_fair",
            "round16b_fair",
            "round16a_fair",
            "round17b_fair",
            "round17a_fair",
            "round18b_fair",
            "round19a_fair",
            "round19b_fair",
            "round20a_fair",
            "round20b_fair",
            "round21b_fair",
            "round21a_fair",
            "round22b_fair",
            "round22a_fair",
            "round23a_own_fair",
            "round23b_own_fair",
            "round24a_fair",
            "round24a_own_fair",
            "round24b_fair",
            "round24b_own_fair",
            "round24b_fair_own_fair",
            "round25b_own_fair",
            "round25b_fair",
            "round25b_fair_own_fair",
            "round25a_faithful_own_fair",
            "round25a_fair",
            "round25a_own_fair",
            "round27_fair",
            "round27_own_fair",
            "round28_fair",
            "round29_fair",
            "round29_own_fair",
            "round30_fair",
            "round30_own_fair",
            "round30_fair_own_fair",
            "general_structured_own_fair",
            "round31_own_fair",
            "lead34_own_fair",
            "round31_fair",
            "round32_fair",
            "lead35_own_fair",
            "txt35_own_fair",
            "rub35_own_fair",
            "round33_fair",
            "round34_fair",
            "plan35_own_fair",
            "txt35b_own_fair",
            "round35_fair",
            "notes36_own_fair",
            "fair36_own_fair",
            "forms36_own_fair",
            "gaming36_own_fair",
            "round36_fair",
            "fair37_own_fair",
            "gaming37_own_fair",
            "round37_fair",
            "fair38_own_fair",
            "plan38_own_fair",
            "coprime38_own_fair",
            "notes38_own_fair",
            "round38_fair",
            "fair39_own_fair",
            "riddle39_own_fair",
            "misc40_own_fair",
            "plansent39_own_fair",
            "line39_own_fair",
            "coprime40_own_fair",
            "round39_fair",
            "fairnum39_own_fair",
            "fair40_own_fair",
            "summ40_own_fair",
            "corr40_own_fair",
            "cond40_own_fair",
            "plan40_own_fair",
            "round40_fair",
            "role41_own_fair",
            "plan42_own_fair",
            "review41_own_fair",
            "ellip41_own_fair",
            "fair41_own_fair",
            "enc41_own_fair",
            "fairmcq42_own_fair",
            "sym41_own_fair",
            "round41_fair",
            "round42_fair",
            "lead39_own_fair",
            "known43_own_fair",
            "fair43_own_fair",
            "qty44_own_fair",
            "fairans43_own_fair",
            "rub43_own_fair",
            "enc43_own_fair",
            "game44_own_fair",
            "round43_fair",
            "round44_fair",
            "fairart43_own_fair",
            "fair46_own_fair",
            "comp46_own_fair",
            "homo45_own_fair",
            "voice45b_own_fair",
            "voice45a_own_fair",
            "round46_fair",
            "lead40_own_fair",
            "tidy41_own_fair",
            "fairk41_own_fair",
            "known_fair_costs_fair",
            "r45g41_own_fair",
            "round45_fair",
            "box47_own_fair",
            "dial48_own_fair",
            "glyph47_own_fair",
            "pres48_own_fair",
            "mark47_own_fair",
            "fn47_own_fair",
            "rid48_own_fair",
            "line48_own_fair",
            "lead41_own_fair",
            "round47_fair",
            "round48_fair",
            "fair42a_own_fair",
            "g49_own_fair",
            "fair4950_own_fair",
            "fair42b_own_fair",
            "round49_fair",
            "round50_fair",
            "g50_own_fair",
            "g43_own_fair",
            "r51g_own_fair",
            "round51_fair",
            "round52_fair",
            "r51f_own_fair",
            "round53_fair",
            "fair43b_own_fair",
            "left52f_own_fair",
            "left52g_own_fair",
            "r52fix_own_fair",
            "r53o_own_fair",
            "r53c_own_fair",
            "round54_fair",
            "r54n_own_fair",
            "fair45_own_fair",
            "r54l_own_fair",
            "round55_fair",
            "r55fix_own_fair",
            "round56_fair",
            "r56fix_own_fair",
            "round58_fair",
            "fix58_own_fair",
            "round59_fair",
            "fix59_own_fair",
            "round57_fair",
            "fix57_own_fair",
            "round60_fair",
            "fix60_own_fair",
            "round63_fair",
            "fix63_own_fair",
            "round64_fair",
            "fix64_own_fair",
            "fair47_own_fair",
            "round62_fair",
            "fix62_own_fair",
            "round65_fair",
            "fix65_own_fair",
            "lead47_own_fair",
            "round69_fair",
            "round67_fair",
            "fix67_own_fair",
            "round68_fair",
            "fix68_own_fair",
            "round66_fair",
            "fix66_own_fair",
            "round70_fair",
            "fix70_own_fair",
            "lead48_own_fair",
            "round71_fair",
            "fix71_own_fair",
            "lead49_own_fair",
            "round74_fair",
            "fix74_own_fair",
            "round73_fair",
            "fix73_own_fair",
            "round72_fair",
            "fix72_own_fair",
            "round75_fair",
            "fix75_own_fair",
            "round76_fair",
            "fix76_own_fair",
            "round77_fair",
            "round78_fair",
            "fix78b_own_fair",
            "fix78a_own_fair",
            "round80_fair",
            "fix80_own_fair",
            "round79_fair",
            "fix79_own_fair",
            "round81_fair",
            "fix81_own_fair",
            "round82_fair",
            "fix82_own_fair",
            "round83_fair",
            "fix83_own_fair",
        ],
    )
    args = parser.parse_args()
    missing = [n for n in [*args.gaming, *args.fair] if not (corpus.HERE / f"{n}.toml").is_file()]
    if missing:
        parser.error(f"no corpus {', '.join(missing)} in {corpus.HERE}: give names of its .toml files, without .toml")
    exercise = Course.locate(args.course).exercise("prompts")
    starter = (exercise.public_dir / "prompts.md").read_text(encoding="utf-8")

    def grade(attempt: corpus.Attempt) -> dict[str, tuple[float, float]]:
        text = corpus.transcript(starter, attempt)
        return corpus.task_results(grade_prompts(exercise, {"prompts.md": text.encode()}), attempt.task)

    totals = {"gaming": 0, "through": 0, "limits": 0, "cost": 0, "fair": 0, "refused": 0, "rubric": 0}
    for name in args.gaming:
        through = []
        cost: list[tuple[corpus.Attempt, dict[str, float]]] = []
        gaming = corpus.load(name)
        for attempt in gaming:
            results = grade(attempt)
            extra = {n: e for n, (e, _) in results.items() if e > 0 and not corpus.deserved(n, attempt)}
            if extra:
                through.append((attempt, extra))
            lost = {n: p - e for n, (e, p) in results.items() if e < p and corpus.deserved(n, attempt)}
            if lost:
                cost.append((attempt, lost))
        totals["gaming"] += len(gaming)
        totals["through"] += len(through)
        totals["limits"] += sum(1 for attempt, _ in through if attempt.transcript_limit)
        totals["cost"] += len(cost)
        print(f"{name}: {len(through)}/{len(gaming)} attempts earned points they do not deserve")
        for attempt, extra in through:
            limit = " (transcript limit)" if attempt.transcript_limit else ""
            print(
                f"  {attempt.id:40} {attempt.klass:10} +{sum(extra.values()):g}: {', '.join(sorted(extra))}{limit}"
            )
        if cost:
            print(f"{name}: {len(cost)}/{len(gaming)} gaming attempts lost points they deserve")
        for attempt, lost in cost:
            print(f"  {attempt.id:40} {attempt.klass:10} -{sum(lost.values()):g}: {', '.join(sorted(lost))}")
    for name in args.fair:
        refused = []
        rubric: list[tuple[corpus.Attempt, dict[str, float]]] = []
        fair = corpus.load(name)
        for attempt in fair:
            results = grade(attempt)
            lost = {
                n: p - e
                for n, (e, p) in results.items()
                if (n.startswith("answer") or n == "prompt-data") and e < p
            }
            if lost or not results:
                refused.append((attempt, lost))
                continue
            others = {n: p - e for n, (e, p) in results.items() if e < p and corpus.deserved(n, attempt)}
            if others:
                rubric.append((attempt, others))
        totals["fair"] += len(fair)
        totals["refused"] += len(refused)
        totals["rubric"] += len(rubric)
        print(f"{name}: {len(refused)}/{len(fair)} right answers lost answer (or prompt-data) points")
        for attempt, lost in refused:
            print(f"  {attempt.id:40} -{sum(lost.values()):g}: {', '.join(sorted(lost)) or 'task unknown'}")
        if rubric:
            print(f"{name}: {len(rubric)}/{len(fair)} fair attempts lost only rubric points they deserve")
        for attempt, lost in rubric:
            print(f"  {attempt.id:40} -{sum(lost.values()):g}: {', '.join(sorted(lost))}")
    print(
        f"total gaming: {totals['through']}/{totals['gaming']} earned points they do not deserve "
        f"({totals['limits']} of them marked transcript limits), "
        f"{totals['cost']}/{totals['gaming']} lost points they deserve"
    )
    print(
        f"total fair: {totals['refused']}/{totals['fair']} lost answer (or prompt-data) points, "
        f"{totals['rubric']}/{totals['fair']} lost only rubric points"
    )


if __name__ == "__main__":
    main()
