"""The closing-line model (parsers/line_model.py): shipped, pure, and cutting only what it may."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import BRIEF_QUESTIONS

from svarsinkorg.parsers import line_model
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.framing import cut_closing_lines, trim_closing

QUESTIONS = BRIEF_QUESTIONS
TEXTS = [q.text for q in QUESTIONS]
ROOT = Path(__file__).resolve().parent.parent


def _reply(tail: str) -> str:
    return ("Hej!\n\n1. Vi är en kulturförening i Malmö med ungefär 60 medlemmar.\n\n2. Ja\n\n"
            "3. Vi har öppna kvällar där alla grannar kan komma och laga mat tillsammans.\n\n"
            "4. Vi har för få volontärer. Samtidigt är intresset från grannarna stort.\n\n"
            + tail)


def test_the_shipped_model_loads_with_the_features_it_was_trained_on() -> None:
    model = line_model.load_model()
    assert model is not None
    assert len(model.weights) == len(line_model.FEATURES)
    assert 0.5 <= model.threshold < 1
    raw = json.loads(line_model.MODEL_FILE.read_text("utf-8"))
    assert raw["features"] == list(line_model.FEATURES)
    assert "unseen9" not in raw["trained_on"] and "clients3" not in raw["trained_on"]


def test_a_model_file_for_other_features_is_not_used(tmp_path: Path) -> None:
    raw = json.loads(line_model.MODEL_FILE.read_text("utf-8"))
    raw["features"] = raw["features"][:-1]
    bad = tmp_path / "m.json"
    bad.write_text(json.dumps(raw), "utf-8")
    assert line_model.load_model(bad) is None
    assert line_model.load_model(tmp_path / "missing.json") is None


@pytest.mark.parametrize("tail", [
    "Дзякуй,\nАлесь Караткевіч",  # Belarusian: no rule lists it
    "З повагою,\nОксана Коваленко",
    "Saygılarımla,\nAyşe Demir",
    "peace\nMo",
])
def test_a_closing_in_any_language_leaves_the_last_answer(tail: str) -> None:
    ex = extract_answers(_reply(tail), QUESTIONS)
    assert ex.answers["obstacles_opportunities"].value == (
        "Vi har för få volontärer. Samtidigt är intresset från grannarna stort.")
    assert ex.reasons == []


def test_the_rules_alone_keep_such_a_closing_and_flag_it() -> None:
    old = line_model.ENABLED
    line_model.ENABLED = False
    try:
        ex = extract_answers(_reply("Дзякуй,\nАлесь Караткевіч"), QUESTIONS)
    finally:
        line_model.ENABLED = old
    assert ex.answers["obstacles_opportunities"].value.endswith("Алесь Караткевіч")
    assert any(r.code == "unassigned_text" for r in ex.reasons)


@pytest.mark.parametrize("lines", [
    # a short answer that ends a sentence: no closing, whatever its shape
    ["4. Hinder: lokalen.", "", "Vet ej."],
    # a wrapped paragraph's last line
    ["Hinder: höga hyror och lite tid hos ledarna. Möjligheter: samarbete med",
     "skolorna i Oxie"],
])
def test_answer_lines_the_model_may_not_cut(lines: list[str]) -> None:
    assert cut_closing_lines(lines, TEXTS) == lines


def test_nothing_is_cut_when_the_line_above_the_closing_may_be_one_too() -> None:
    # "Przepraszam za zamieszanie." (a sentence: not the model's to cut) above a name: the
    # name stays with it, where the self-check sees both
    lines = ["3. Kören är öppen för alla sedan november.", "", "Przepraszam za zamieszanie.",
             "Agnieszka Nowak"]
    assert cut_closing_lines(lines, TEXTS) == lines


def test_an_attachments_text_is_read_by_the_rules_alone() -> None:
    lines = ["Vi har för få volontärer.", "", "Дзякуй,", "Алесь Караткевіч"]
    assert trim_closing(lines, None) == lines
    assert trim_closing(lines, TEXTS) == ["Vi har för få volontärer."]


def test_inference_is_a_dot_product_without_scikit_learn() -> None:
    code = ("import sys; from svarsinkorg.parsers import line_model as m; "
            "p = m.closing_probability(['Svar.', '', 'Дзякуй,'], 2, ()); "
            "assert p is not None and 'sklearn' not in sys.modules; print(round(p, 3))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert 0 <= float(out.stdout) <= 1


def test_training_is_reproducible_and_gives_the_shipped_model(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    script = ROOT / "bench" / "train_line_model.py"
    out = tmp_path / "line_model.json"
    subprocess.run([sys.executable, str(script), "--output", str(out)], capture_output=True,
                   text=True, check=True)
    assert out.read_text("utf-8") == line_model.MODEL_FILE.read_text("utf-8")


def test_the_model_reads_only_the_last_lines() -> None:
    # a pathological mail of many short "closing-like" lines: bounded work, first line kept
    lines = ["Svaret är ja."] + ["Hälsningar,", "Anna Berg"] * 5000
    out = cut_closing_lines(lines, TEXTS)
    assert len(lines) - len(out) <= 11
    assert cut_closing_lines(["Дзякуй,"], TEXTS) == ["Дзякуй,"]
    assert cut_closing_lines([], TEXTS) == []


# --- a name signed alone under a last answer typed without a stop (unseen98) ----------------

@pytest.mark.parametrize(("last", "name"), [
    ("Vi saknar en lokal för våra möten", "Birgitta"),
    ("Vi behöver fler ledare på helgerna", "Göran Ek"),
    ("We need more volunteers at weekends", "Tom"),
])
def test_a_name_under_an_answer_without_a_stop_is_cut(last: str, name: str) -> None:
    # a phone's reply: one line an answer, no full stops, the name on the line under the
    # last one; the model doubts the unstopped answer line, not the name
    body = (f"Hej här kommer svaren\n1 Vi är en pensionärsförening med 60 medlemmar\n2 ja\n"
            f"3 Alla får vara med på våra träffar\n4 {last}\n{name}\n\n"
            "Skickat från min Samsung Galaxy-smartphone.")
    ex = extract_answers(body, QUESTIONS)
    assert ex.answers["obstacles_opportunities"].value == last
    assert ex.answers["about"].value == "Vi är en pensionärsförening med 60 medlemmar"
    assert "signature_in_answer" not in {r.code for r in ex.reasons}

