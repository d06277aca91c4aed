"""The aside model (parsers/aside_model.py): shipped, pure, reproducible from the corpora, and
the self-check reason it gives ("aside_in_answer")."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import BRIEF_QUESTIONS

from svarsinkorg.parsers import aside_model
from svarsinkorg.parsers.answers import extract_answers

QUESTIONS = BRIEF_QUESTIONS
TEXTS = [q.text for q in QUESTIONS]
ROOT = Path(__file__).resolve().parent.parent


def _p(sentence: str) -> float:
    p = aside_model.aside_probability(sentence, TEXTS)
    assert p is not None
    return p


def test_the_shipped_model_loads_and_is_small() -> None:
    m = aside_model.load_model()
    assert m is not None
    assert 0.3 <= m.threshold < 1
    raw = json.loads(aside_model.MODEL_FILE.read_text("utf-8"))
    assert raw["dense"] == list(aside_model.DENSE)
    assert len(raw["weights"]) <= 700
    assert aside_model.MODEL_FILE.stat().st_size < 40_000


@pytest.mark.parametrize("sentence", [
    "Kan ni skicka resultatet till oss när det är klart?",
    "Vi tränar tre kvällar i veckan i Rosengårds sporthall.",
    "Thank you so much for asking us!",
    "Hinder: lokaler. Möjligheter: många unga vill vara med.",
])
def test_the_trainers_scoring_and_the_self_checks_agree(sentence: str) -> None:
    # the trainer scores named features (probability of features); the self-check takes the
    # fast path (score): one model, so the two must give the same number
    m = aside_model.load_model()
    assert m is not None
    named = m.probability(aside_model.features(sentence, TEXTS))
    fast = m.score(sentence, aside_model._question_stems(tuple(TEXTS)))
    assert fast == pytest.approx(named, abs=1e-12)
    assert 0.0 < fast < 1.0


def test_a_model_file_for_other_features_is_not_used(tmp_path: Path) -> None:
    raw = json.loads(aside_model.MODEL_FILE.read_text("utf-8"))
    raw["dense"] = raw["dense"][:-1]
    bad = tmp_path / "m.json"
    bad.write_text(json.dumps(raw), "utf-8")
    assert aside_model.load_model(bad) is None
    assert aside_model.load_model(tmp_path / "missing.json") is None


# in words the corpora do not use
@pytest.mark.parametrize("sentence", [
    "Kan ni skicka rapporten till oss när den är klar?",
    "Stort tack för att ni hörde av er till oss!",
    "Ni är hjärtligt välkomna på vår julmarknad i december!",
    "Ursäkta att svaret dröjde så länge.",
])
def test_asides_score_high(sentence: str) -> None:
    assert _p(sentence) >= aside_model.load_model().threshold  # type: ignore[union-attr]


@pytest.mark.parametrize("sentence", [
    "Vi är en brukshundklubb i Husie med ungefär 140 medlemmar.",
    "Våra kurser i agility är gratis för barn under femton år.",
    "Det svåraste är att hitta ledare som kan ställa upp på helgerna.",
    "We train on Tuesdays and our members come from twelve countries.",
])
def test_plain_answers_score_low(sentence: str) -> None:
    assert _p(sentence) < 0.1


def _reply(last: str) -> str:
    return ("Hej!\n\n1. Vi är en brukshundklubb i Husie med ungefär 140 medlemmar.\n\n2. Ja\n\n"
            "3. Våra kurser är gratis för barn och vi har ledare som talar arabiska.\n\n"
            f"4. Det svåraste är att hitta ledare som kan ställa upp på helgerna. {last}\n\n"
            "Hälsningar\nEva Lind\n")


def test_an_aside_glued_to_an_answer_is_flagged() -> None:
    # inside the answer, where no closing trim reaches it
    ex = extract_answers(_reply("Ni är hjärtligt välkomna på vår julmarknad i december! "
                                "Möjligheten är att många unga vill börja."), QUESTIONS)
    reasons = [r for r in ex.reasons if r.code == "aside_in_answer"]
    assert [(r.key, r.detail) for r in reasons] == [
        ("obstacles_opportunities", "Ni är hjärtligt välkomna på vår julmarknad i december!")]


def test_plain_answers_stay_quiet() -> None:
    ex = extract_answers(_reply("Möjligheten är att många unga vill börja."), QUESTIONS)
    assert not [r for r in ex.reasons if r.code == "aside_in_answer"]


def test_switched_off_no_reason() -> None:
    aside_model.ENABLED = False
    try:
        ex = extract_answers(_reply("Ni är hjärtligt välkomna på vår julmarknad i december! "
                                    "Möjligheten är att många unga vill börja."), QUESTIONS)
    finally:
        aside_model.ENABLED = True
    assert not [r for r in ex.reasons if r.code == "aside_in_answer"]


def test_inference_is_pure_python() -> None:
    code = ("import sys; from svarsinkorg.parsers import aside_model as m; "
            "p = m.aside_probability('Kan ni skicka resultatet?'); "
            "assert p is not None and 'sklearn' not in sys.modules; print(round(p, 3))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert 0 <= float(out.stdout) <= 1


def test_training_is_reproducible_and_gives_the_shipped_model(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    out = tmp_path / "aside_model.json"
    subprocess.run([sys.executable, str(ROOT / "bench" / "train_aside_model.py"), "--output",
                    str(out)], capture_output=True, text=True, check=True)
    assert out.read_text("utf-8") == aside_model.MODEL_FILE.read_text("utf-8")


@pytest.mark.parametrize("sentence", [
    "det bästa är att ingen bryr sig var du kommer ifrån när du står på brädan",
    "On the pitch nobody asks where you come from.",
])
def test_you_as_anyone_in_a_clause_of_its_own_is_no_aside(sentence: str) -> None:
    assert aside_model._generic_you(sentence)
    assert aside_model.asides_in_answers([("obstacles_opportunities", sentence)],
                                         QUESTIONS) == []


@pytest.mark.parametrize("sentence", [
    "Om du vill veta mer kan du ringa mig.",
    "Var bor du, förresten?",
    "Vi undrar när ni vill komma.",
])
def test_a_reader_addressed_is_not_taken_for_anyone(sentence: str) -> None:
    assert not aside_model._generic_you(sentence)
