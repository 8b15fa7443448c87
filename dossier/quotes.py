"""Quotations in a parsed French (or English) article: where they are, whether they are speech,
and the surface span of who said them.

One pass over the text pairs the quote marks; each outermost quote is then classified and given
a speaker from the dependency parse of the Doc the caller already made (no re-parsing).  The
speaker is a *span* of the text (a name, a title, an organisation, a document, or the antecedent
of a pronoun); mapping it to a registry actor is the linker's job.  When unsure: no speaker.

This module finds and classifies the quotes; quote_speakers.py finds their speaker spans,
quote_base.py holds what both share (marks, records, the Doc index, token predicates) and
quote_words.py the word lists.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .quote_words import (
    AMBIGUOUS_PARTICIPLES, FIRST_SECOND_PERSON, NAMING_NOUNS, NAMING_PARTICIPLES, SENTENCE_END,
    UNRESOLVED,
)
from .quote_base import (
    INNER_SPACE, Quote, QuoteWarning, pair_marks, _DocIndex, _Pair, _Speaker, _inverted_pronoun,
    _is_selon, _norm, _opens_sentence, _speech_verb,
)
from .quote_speakers import _addressed, _find_speaker, _translated
from .text import words


# --- the doc ------------------------------------------------------------------------------------

def find_quotes(doc) -> tuple[list["Quote"], list["QuoteWarning"]]:
    """All outermost quotes of the Doc, classified, with speaker spans; plus warnings for
    unbalanced marks.  Never raises on odd text (look-alike letters, stray marks)."""
    ix = _DocIndex(doc)
    pairs, warnings = pair_marks(doc.text)
    ix.pairs = pairs
    outer = [p for p in pairs if not any(q.open < p.open and p.close < q.close for q in pairs)]
    groups = _merge_split(ix, outer)
    quotes: list[Quote] = []
    unattributed: set[int] = set()          # short fragments that may be speech said elsewhere
    for group in groups:
        made = _make_quote(ix, group, quotes)
        if made is not None:
            if made[1]:
                unattributed.add(len(quotes))
            quotes.append(made[0])
    return _inherit_repeated(quotes, unattributed), warnings


def _inner(text: str, pair: _Pair) -> tuple[int, int]:
    """Char span of the quoted words, without marks, surrounding spaces or a trailing comma."""
    s, e = pair.open + 1, pair.close
    while s < e and text[s] in INNER_SPACE:
        s += 1
    while e > s and text[e - 1] in INNER_SPACE:
        e -= 1
    if e > s and text[e - 1] == ",":          # English «“We leave,” said X»
        e -= 1
    return s, e


def _merge_split(ix: _DocIndex, pairs: list[_Pair]) -> list[list[_Pair]]:
    """Group «A», a-t-il ajouté, «B» into one quote of two parts: consecutive quotes in one
    paragraph separated by a short comma-delimited clause with a speech verb or 'selon'."""
    groups: list[list[_Pair]] = []
    for p in pairs:
        if groups:
            prev = groups[-1][-1]
            gap = ix.text[prev.close + 1:p.open]
            inner = ix.text[prev.open + 1:prev.close].rstrip(INNER_SPACE)
            if (re.fullmatch(r"\s*,[^.;!?«»“”\n]{1,80},\s*", gap) and not (inner and inner[-1] in SENTENCE_END)
                    and _gap_has_speech(ix, prev.close + 1, p.open)):
                groups[-1].append(p)
                continue
        groups.append([p])
    return groups


def _gap_has_speech(ix: _DocIndex, start: int, end: int) -> bool:
    return any(_speech_verb(t) or _is_selon(t) or _inverted_pronoun(t)
               for t in ix.tokens(start, end))


# --- one quote ----------------------------------------------------------------------------------

def _make_quote(ix: _DocIndex, group: list[_Pair], earlier: list[Quote]) -> tuple[Quote, bool] | None:
    """The Quote of one group of marks, and whether it is a short unattributed fragment (not
    speech here, but speech if the same words are attributed elsewhere in the article)."""
    text = ix.text
    parts = tuple(_inner(text, p) for p in group)
    if any(e <= s for s, e in parts):
        return None
    words = " […] ".join(_strip_continuations(text, s, e, p) for (s, e), p in zip(parts, group))
    toks = [t for s, e in parts for t in ix.tokens(s, e)]
    if not toks:
        return None
    first, last = group[0], group[-1]
    speaker = _find_speaker(ix, first, last, toks, earlier)
    if speaker is not None and _addressed(ix, first, last, speaker):
        speaker = replace(speaker, start=-1, end=-1, kind=UNRESOLVED)    # speech, by nobody named
    speech = _translated(ix, first, last, earlier) or _is_speech(ix, first, toks, words, speaker, earlier)
    if not speech or (speaker is not None and speaker.kind == UNRESOLVED):
        speaker = None
    unattributed = speech is None
    speech = bool(speech)
    s0, s1 = _sentence_bounds(ix, parts[0][0], parts[-1][1])
    sp_text = text[speaker.start:speaker.end] if speaker else None
    return Quote(parts[0][0], parts[-1][1], words, parts, speech, speech and _is_fragment(words, toks),
                 speaker.start if speaker else None, speaker.end if speaker else None, sp_text,
                 speaker.kind if speaker else None, speaker.verb if speaker else None, s0, s1), unattributed


def _strip_continuations(text: str, s: int, e: int, pair: _Pair) -> str:
    """The words of [s, e) without the « that reopen each continued paragraph."""
    out, pos = [], s
    for c in pair.conts:
        if s <= c < e:
            out.append(text[pos:c])
            pos = c + 1
            while pos < e and text[pos] in " \u00a0\u202f\u2009":
                pos += 1
    out.append(text[pos:e])
    return "".join(out)


def _sentence_bounds(ix: _DocIndex, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) around [start, end), clipped to the paragraphs holding the quote."""
    t0 = ix.token_after(start)
    t1 = ix.token_before(end)
    if t0 is None or t1 is None:
        return start, end
    s0 = max(ix.doc[t0].sent.start_char, ix.paras[ix.para_of(start)][0])
    s1 = min(ix.doc[t1].sent.end_char, ix.paras[ix.para_of(max(end - 1, start))][1])
    s1 = max(s1, end)
    while s1 > s0 and ix.text[s1 - 1].isspace():
        s1 -= 1
    return min(s0, start), s1


def _is_speech(ix: _DocIndex, pair: _Pair, toks, words: str, speaker: _Speaker | None,
               earlier: list[Quote]) -> bool | None:
    """True for speech, False for a name/title/term; None for a short fragment that nobody says
    here (a term, unless the same words are attributed elsewhere in the article)."""
    n_words = len(words.split())
    clause = any(_norm(t.text) in FIRST_SECOND_PERSON for t in toks) or \
        any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in toks)
    # a name does not open with a preposition: "suspendre le mouvement «en cas de…»" is speech
    if _naming_cue(ix, pair.open, short=not clause and toks[0].pos_ not in ("ADP", "SCONJ")):
        return False
    if clause:
        return True
    if _listed_after_name(ix, pair, earlier) or _in_speaker_span(pair, earlier) or \
            n_words <= 3 and _AGENT_BEFORE.search(ix.text[max(0, pair.open - 16):pair.open]):
        return False                         # "par les «gilets jaunes»": who acts, named
    if words[:1].isupper() and not _opens_sentence(ix, pair.open) and words.rstrip()[-1:] not in SENTENCE_END:
        return False                         # «Etat islamique», «Le Roi des aulnes»: a name
    if speaker is not None and (speaker.framed or n_words > 3) and \
            not (speaker.verb in ("selon", "pour") and n_words <= 3 and toks[0].pos_ in ("DET", "NOUN", "PROPN")):
        return True                          # (a bare noun far from 'selon X' is only a term)
    if speaker is not None and speaker.kind in ("name", "pronoun") and _wording(words, toks):
        return True                          # "qu'il avait menacé de «déchirer»": his word
    if words.rstrip()[-1:] in SENTENCE_END and n_words > 3:
        return True
    if n_words >= 5:
        return True                          # a long phrase is somebody's words
    return None if n_words <= 3 else False


def _wording(words: str, toks) -> bool:
    """A lowercase fragment built on a verb, an adjective, an adverb or a preposition («déchirer»,
    «pour désengorger Paris», «inutile et inamicale»), with no number: somebody's wording, where
    a noun («malbouffe», «top 10») is as often a term. Not a predicate whose subject is outside
    the marks: that is what someone did, in words that may be anyone's."""
    inside = {t.i for t in toks}
    if any(c.dep_ in ("nsubj", "nsubj:pass", "obl:agent") and c.i not in inside for t in toks for c in t.children):
        return False                         # "Poutine a «probablement approuvé»": what he did, said by others
    return words[:1].islower() and not any(t.like_num or t.pos_ == "NUM" for t in toks) and \
        (toks[0].pos_ in ("VERB", "AUX", "ADJ", "ADV", "ADP", "SCONJ") or any(t.pos_ == "VERB" for t in toks))


def _is_fragment(words: str, toks) -> bool:
    """1–3 words that are not a whole sentence («ouverte», «par prudence»; not «Nous partirons»)."""
    sentence = words[:1].isupper() and any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
                                           or _norm(t.text) in FIRST_SECOND_PERSON for t in toks)
    return len(words.split()) <= 3 and not sentence


# The agent of a passive right before a quote: "contestée par les «gilets jaunes»".
_AGENT_BEFORE = re.compile(r"\bpar\s+(?:les|le|la|l['’]|des|du|ces|ce|cette)\s*$", re.I)


def _in_speaker_span(pair: _Pair, earlier: list[Quote]) -> bool:
    """Whether the marks enclose the head of the quote before's speaker: words in the subject of
    its verb of saying ("«…», rapporte le «comité de résistance» de …") name who speaks."""
    prev = earlier[-1] if earlier else None
    return prev is not None and prev.speaker_start is not None and pair.open < prev.speaker_start < pair.close


def _listed_after_name(ix: _DocIndex, pair: _Pair, earlier: list[Quote]) -> bool:
    """«A», «B» et «C»: an item listed right after a quote that is a name is a name too."""
    if not earlier or earlier[-1].speech:
        return False
    gap = ix.text[earlier[-1].end:pair.open]
    return re.fullmatch(r"\s*[»”›\"]\s*(,|,?\s*(et|ou|ou encore|ni))\s*", gap) is not None


def _naming_cue(ix: _DocIndex, open_off: int, short: bool = True) -> bool:
    """Whether the words right before the opening mark name what follows ("surnommé",
    "le mouvement des", "l'opération", "le mouvement dit")."""
    j = ix.token_before(open_off)
    seen = 0
    while j is not None and j >= 0 and seen < 3:
        t = ix.doc[j]
        low = _norm(t.text)
        if t.is_punct or t.is_space:
            return False
        if low in NAMING_PARTICIPLES:
            return True
        if low in AMBIGUOUS_PARTICIPLES or (low == "de" and seen == 0 and j > 0 and
                                            _norm(ix.doc[j - 1].text) in AMBIGUOUS_PARTICIPLES):
            k = j if low in AMBIGUOUS_PARTICIPLES else j - 1
            prev = ix.doc[k - 1] if k > 0 else None
            after = ix.text[open_off + 1:open_off + 3].lstrip(INNER_SPACE)
            if after[:1].isupper() and not _norm(ix.doc[k].text).startswith("dit"):
                return True                      # "qu'il avait appelés «Liberté»": a name
            return prev is None or (prev.pos_ not in ("AUX", "PRON") and prev.lemma_ != "avoir")
        if t.pos_ == "NOUN" or t.pos_ == "PROPN":
            # "le journal «Le Monde»" names; "le journal «n'a jamais publié…»" is its subject talking
            if seen and _norm(ix.doc[j + 1].text) in ("de", "d'") and _judged(t):
                return False                     # "a qualifié ce sommet de «…»", "une campagne de «…»"
            return short and (t.lemma_.lower() in NAMING_NOUNS or low in NAMING_NOUNS)
        if t.pos_ not in ("DET", "ADP", "ADJ") or t.pos_ == "ADP" and low not in ("de", "du", "des", "d'", "au",
                                                                                "aux"):
            return False      # (past an adjective: "au slogan initial de «…»"; not past "la loi comme une «…»")
        j -= 1
        seen += 1
    return False


def _judged(noun) -> bool:
    """Whether what follows "<noun> de" says what the noun is judged to be, not its name: the
    noun is the object of 'qualifier' / 'traiter' ("a qualifié ce sommet de «transformatif»"), or
    an indefinite one ("une campagne de «nettoyage ethnique»")."""
    return noun.dep_ == "obj" and noun.head.lemma_.lower() in ("qualifier", "traiter") or \
        any(c.dep_ == "det" and c.lower_ in ("un", "une") for c in noun.children)


# --- repeated quotes ------------------------------------------------------------------------------

def _inherit_repeated(quotes: list[Quote], unattributed: set[int]) -> list[Quote]:
    """A quote without speaker takes the speaker of the same words quoted elsewhere in the
    article (a headline or an intertitle echoing the body, also when the body quotes more);
    a short unattributed fragment then becomes speech."""
    known = {}
    for q in quotes:
        if q.speech and q.speaker_start is not None:
            known.setdefault(words(q.text), q)
    out = []
    for n, q in enumerate(quotes):
        said = words(q.text)
        # the same words, or a part of at least three words of a longer quote (an intertitle)
        src = known.get(said) or next((k for w, k in known.items() if len(said.split()) >= 3 and
                                       f" {said} " in f" {w} "), None)
        if (q.speech or n in unattributed) and q.speaker_start is None and src is not None:
            q = replace(q, speech=True, fragment=len(q.text.split()) <= 3, speaker_start=src.speaker_start, speaker_end=src.speaker_end,
                        speaker_text=src.speaker_text, speaker_kind=src.speaker_kind, verb=src.verb)
        out.append(q)
    return out
