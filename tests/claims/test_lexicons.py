"""Every language's lexicon holds the same concepts, so that a stage reads `lang.speech.NAME` as a
plain attribute and a concept a new language forgets fails here, not silently in a stage."""

from __future__ import annotations

import types

import pytest

from claims.extraction.lexicon import LANGUAGES, concept

CONCEPTS = ("actors", "grammar", "numbers", "places", "speech", "time")


def _constants(module: types.ModuleType) -> dict[str, object]:
    return {
        name: getattr(module, name) for name in dir(module) if name.isupper() and not name.startswith("_")
    }


@pytest.mark.parametrize("name", CONCEPTS)
def test_every_language_defines_the_same_constants_for_a_concept(name):
    names = {code: set(_constants(concept(code, name))) for code in LANGUAGES}
    everything = set().union(*names.values())
    missing = {code: sorted(everything - defined) for code, defined in names.items() if everything - defined}
    assert not missing, f"lexicon/<lang>/{name}.py lacks: {missing}"


@pytest.mark.parametrize("name", CONCEPTS)
def test_a_constant_has_the_same_kind_of_value_in_every_language(name):
    kinds = {}
    for code in LANGUAGES:
        for constant, value in _constants(concept(code, name)).items():
            if value is None:  # an optional setting ("no nation is implied in this language")
                continue
            kind = "set" if isinstance(value, (set, frozenset)) else type(value).__name__
            kinds.setdefault(constant, {})[code] = kind
    differing = {constant: by for constant, by in kinds.items() if len(set(by.values())) > 1}
    assert not differing, f"{name}: constants whose kind differs by language: {differing}"


def test_no_stage_reads_a_lexicon_constant_with_a_fallback():
    """A fallback (`getattr(lexicon, NAME, default)`) hides a concept a language forgot."""
    import pathlib
    import re

    stages = pathlib.Path(__file__).resolve().parents[2] / "claims" / "extraction"
    pattern = re.compile(r'getattr\([^()]*(?:\([^()]*\))?[^()]*,\s*"[A-Z_]+",')
    offenders = [
        f"{path.name}: {m.group(0)}"
        for path in stages.rglob("*.py")
        if "lexicon" not in path.parts
        for m in pattern.finditer(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
