"""Context words around a candidate: Presidio's lemma context enhancer, made linear in the size of the prompt.

Presidio deep-copies every candidate, finds the token of each one by walking the whole document and tests each
neighbour against the keyword list by a linear scan, so a long prompt with many candidates pays
tokens x candidates. Here candidates are updated in place (they are fresh from the recognizers of this call),
the token is found by bisection and the keywords are a set computed once per document. What counts as context
is the nearest non-stop-word tokens before and after the candidate, adding ``context_similarity_factor`` to the
score (at least ``min_score_with_context_similarity``). A word counts as a context word when it is one or its
plural, never when it merely contains one (Presidio's default: "attached" held "ach", "first"
held "irs").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts


class FastContextEnhancer(LemmaContextAwareEnhancer):
    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None or not nlp_artifacts.tokens:
            return raw_results
        by_id = {r.id: r for r in recognizers}
        extra = [w.lower() for w in context or ()]
        keywords = frozenset(nlp_artifacts.keywords)
        for result in raw_results:
            meta = result.recognition_metadata or {}
            recognizer = by_id.get(meta.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            if recognizer is None or not recognizer.context:
                continue
            if meta.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY):
                continue
            words = self.surrounding_words(nlp_artifacts, keywords, result.start) + extra
            word = supporting_word(words, recognizer.context)
            if word:
                result.score = min(
                    max(result.score + self.context_similarity_factor, self.min_score_with_context_similarity),
                    self.MAX_SCORE,
                )
                if result.analysis_explanation is not None:
                    result.analysis_explanation.set_supportive_context_word(word)
                    result.analysis_explanation.set_improved_score(result.score)
        return raw_results

    def surrounding_words(self, nlp_artifacts: NlpArtifacts, keywords: frozenset[str], start: int) -> list[str]:
        """The context words before and after the token at ``start``."""
        tokens = nlp_artifacts.tokens
        indices = nlp_artifacts.tokens_indices
        i = max(bisect_right(indices, start) - 1, 0)
        if start >= indices[i] + len(tokens[i]) and i + 1 < len(indices):
            i += 1
        lemmas = nlp_artifacts.lemmas
        words = _collect(lemmas, keywords, i, -1, self.context_prefix_count)
        words += _collect(lemmas, keywords, i, 1, self.context_suffix_count)
        return words


def _collect(lemmas: Sequence[str], keywords: frozenset[str], index: int, step: int, n_words: int) -> list[str]:
    # Like Presidio, the candidate's own token counts too (a context word glued to the value: "SSN#212...").
    out: list[str] = []
    remaining = n_words + 1
    i = index
    while 0 <= i < len(lemmas) and remaining > 0:
        lemma = lemmas[i].lower()
        if lemma in keywords:
            out.append(lemma)
            remaining -= 1
        i += step
    return out


def supporting_word(words: Sequence[str], context: Sequence[str]) -> str:
    """The first of ``words`` that is a context word or its plural; "" if none is."""
    wanted = {c.lower() for c in context}
    for word in words:
        w = word.lower()
        for form in (w, w.removesuffix("s"), w.removesuffix("es")):
            if form in wanted:
                return form
    return ""
