"""What the quote rules share: the quote marks and how they pair, the Quote record, a char →
token / paragraph index over one parsed Doc, and token predicates (verbs of saying, 'selon')."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .quote_words import (
    DIRECT_OBJECT_CLITICS, ENGLISH_SPEECH_VERBS, FAIRE_SPEECH, REFLEXIVE, REFLEXIVE_NOT_SPEECH, SELON, SPEECH_VERBS,
    SUBJECT_PRONOUNS,
)


# --- quote marks --------------------------------------------------------------------------------

# Typed opening → closing marks.  Straight double quotes have no direction: they are paired in order.
OPENERS = {"«": "»", "“": "”", "‹": "›"}
CLOSERS = {close: open_ for open_, close in OPENERS.items()}
STRAIGHT = '"'
# Some sites type ” for both marks ("”Lorsque je …”") or close “ with a double prime ("2030″, a-t-elle").
BOTH_WAYS = "”"
DOUBLE_PRIME = "\u2033"
# Spaces that may sit inside the marks: ordinary, no-break, narrow no-break, thin.
INNER_SPACE = " \t\n\r\u00a0\u202f\u2009"
# A quote left open at the end of a paragraph stays open only if its closing mark comes within
# this many further paragraphs (French convention for quotes running over several paragraphs).
MAX_PARAGRAPHS_OPEN = 4


# --- records --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str
    parts: tuple[tuple[int, int], ...]
    speech: bool
    fragment: bool
    speaker_start: int | None
    speaker_end: int | None
    speaker_text: str | None
    speaker_kind: str | None
    verb: str | None
    sentence_start: int
    sentence_end: int

    @property
    def attribution_end(self) -> int:
        """Where the quote and its speaker span end ("«…», explique X" ends after X)."""
        return max(self.end, self.speaker_end if self.speaker_end is not None else self.end)


@dataclass(frozen=True)
class QuoteWarning:
    offset: int
    message: str


@dataclass
class _Pair:
    """One pair of marks: offsets of the opening and closing marks, plus the offsets of the
    paragraph-continuation opening marks in between."""
    open: int
    close: int
    conts: list[int]


@dataclass
class _Speaker:
    start: int
    end: int
    kind: str
    verb: str | None
    framed: bool = True      # found through a frame of saying, not only as the passage's topic


# --- pairing marks ------------------------------------------------------------------------------

def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: text separated by blank lines."""
    spans, pos = [], 0
    for m in re.finditer(r"\n[ \t\u00a0]*\n\s*", text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [s for s in spans if s[1] > s[0]] or [(0, len(text))]


def pair_marks(text: str) -> tuple[list[_Pair], list[QuoteWarning]]:
    """Every matched pair of quote marks (nested ones included) and a warning for each mark left
    unmatched.  A quote open at a paragraph's end continues if the next paragraph opens with the
    same mark (French convention) or if its closing mark comes later before any new opening."""
    paras = paragraph_spans(text)
    pairs: list[_Pair] = []
    warnings: list[QuoteWarning] = []
    stack: list[list] = []          # [mark, offset, conts]
    for pi, (p0, p1) in enumerate(paras):
        if stack:
            first = len(text[p0:p1]) - len(text[p0:p1].lstrip(INNER_SPACE)) + p0
            if first < p1 and text[first] == stack[0][0] and text[first] in OPENERS:
                stack[0][2].append(first)
                p0 = first + 1
        for i in range(p0, p1):
            ch = text[i]
            if ch in OPENERS and any(e[0] == ch for e in stack) and _closing_position(text, i, p1):
                _close(stack, ch, i, pairs, warnings, ch)       # «…femmes« , a écrit X: a typo for »
            elif ch in OPENERS:
                stack.append([ch, i, []])
            elif ch == BOTH_WAYS and not any(e[0] == CLOSERS[ch] for e in stack) and \
                    any(e[0] == ch for e in stack):
                _close(stack, ch, i, pairs, warnings, ch)       # the ” that closes a ”…” quote
            elif ch == BOTH_WAYS and not any(e[0] == CLOSERS[ch] for e in stack) and \
                    _opening_position(text, i, p0):
                stack.append([ch, i, []])                       # a ” that opens one
            elif ch in CLOSERS:
                _close(stack, CLOSERS[ch], i, pairs, warnings, ch)
            elif ch == DOUBLE_PRIME and stack and stack[-1][0] == CLOSERS[BOTH_WAYS]:
                _close(stack, stack[-1][0], i, pairs, warnings, ch)
            elif ch == STRAIGHT and not _measure_mark(text, i):
                if any(e[0] == STRAIGHT for e in stack):
                    _close(stack, STRAIGHT, i, pairs, warnings, ch)
                else:
                    stack.append([ch, i, []])
        kept = []
        for entry in stack:
            if _continues(text, paras, pi, entry[0]):
                kept.append(entry)
            else:
                warnings.append(QuoteWarning(entry[1], f"unbalanced {entry[0]} without a closing "
                                                       f"{_closing_mark(entry[0])}"))
        stack = kept
    for entry in stack:
        warnings.append(QuoteWarning(entry[1], f"unbalanced {entry[0]} without a closing "
                                               f"{_closing_mark(entry[0])}"))
    pairs.sort(key=lambda p: p.open)
    warnings.sort(key=lambda w: w.offset)
    return pairs, warnings


def _closing_mark(mark: str) -> str:
    """The mark that closes `mark` (for warnings)."""
    return OPENERS.get(mark, BOTH_WAYS if mark == BOTH_WAYS else STRAIGHT)


def _closing_position(text: str, i: int, p1: int) -> bool:
    """Whether a mark stands where a quote closes, not where one opens: before punctuation that
    ends a clause or at the paragraph's end, after a word ("femmes« , a écrit X")."""
    after = text[i + 1:p1].lstrip(INNER_SPACE)
    return i > 0 and not text[i - 1].isspace() and (not after or after[0] in ",;.:!?)")


def _opening_position(text: str, i: int, p0: int) -> bool:
    """Whether a mark stands where a quote opens: at a paragraph's start, after a space, an
    elision or a sentence's end, and right before a word ("”Lorsque", "d'”inscrire", "Leyen.”Le")."""
    before = text[i - 1] if i > p0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in INNER_SPACE or before in "'’(.:") and (after.isalnum() or after in "…([")


def _measure_mark(text: str, i: int) -> bool:
    """A straight double quote inside a number (3'30"65, 46"97) is not a quote mark."""
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _close(stack, opener, i, pairs, warnings, ch) -> None:
    """Close the innermost open `opener` at offset i; marks opened inside it and never closed
    are reported.  A closing mark with nothing to close is reported and skipped."""
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth][0] == opener:
            for inner in stack[depth + 1:]:
                warnings.append(QuoteWarning(inner[1], f"unbalanced {inner[0]} without a closing "
                                                       f"{_closing_mark(inner[0])}"))
            mark, start, conts = stack[depth]
            del stack[depth:]
            pairs.append(_Pair(start, i, conts))
            return
    warnings.append(QuoteWarning(i, f"unbalanced {ch} without an opening {opener}"))


def _continues(text: str, paras, pi: int, mark: str) -> bool:
    """Whether a typed quote open at the end of paragraph pi runs into the following ones."""
    if mark not in OPENERS or pi + 1 >= len(paras):
        return False
    nxt = text[paras[pi + 1][0]:paras[pi + 1][1]].lstrip(INNER_SPACE)
    if nxt.startswith(mark):
        return True
    last = paras[min(pi + MAX_PARAGRAPHS_OPEN, len(paras) - 1)][1]
    rest = text[paras[pi + 1][0]:last]
    close_at, open_at = rest.find(OPENERS[mark]), rest.find(mark)
    return close_at >= 0 and (open_at < 0 or close_at < open_at)


# --- the doc ------------------------------------------------------------------------------------

class _DocIndex:
    """Char → token and char → paragraph lookups over one Doc."""

    def __init__(self, doc):
        self.doc = doc
        self.text = doc.text
        self.paras = paragraph_spans(doc.text)
        self.tok_at = [-1] * (len(doc.text) + 1)
        for t in doc:
            for c in range(t.idx, t.idx + len(t.text)):
                self.tok_at[c] = t.i
        self.pairs: list[_Pair] = []
        self.para_of_tok = []
        pi = 0
        for t in doc:
            while pi + 1 < len(self.paras) and t.idx >= self.paras[pi + 1][0]:
                pi += 1
            self.para_of_tok.append(pi)

    def token_after(self, offset: int) -> int | None:
        """Index of the first token starting at or after offset."""
        for c in range(offset, len(self.text)):
            if self.tok_at[c] >= 0 and self.doc[self.tok_at[c]].idx >= offset:
                return self.tok_at[c]
        return None

    def token_before(self, offset: int) -> int | None:
        """Index of the last token ending at or before offset."""
        for c in range(min(offset, len(self.text)) - 1, -1, -1):
            t = self.tok_at[c]
            if t >= 0 and self.doc[t].idx + len(self.doc[t].text) <= offset:
                return t
        return None

    def tokens(self, start: int, end: int) -> list:
        """The tokens that start in [start, end), found through the char index, not a scan."""
        i = self.token_after(start)
        out = []
        while i is not None and i < len(self.doc) and self.doc[i].idx < end:
            out.append(self.doc[i])
            i += 1
        return out

    def para_of(self, offset: int) -> int:
        for pi, (p0, p1) in enumerate(self.paras):
            if offset < p1 or pi == len(self.paras) - 1:
                return pi
        return 0


# --- token predicates ---------------------------------------------------------------------------

def _speech_verb(t) -> bool:
    """A token that reports speech: a French speech-verb lemma, an English form, 'faire savoir',
    'mettre en garde', 'laisser entendre'."""
    if t.pos_ in ("DET", "ADP", "PUNCT", "PRON", "CCONJ", "SCONJ"):
        return False
    if t.lower_ == "dire" and "à" in t.doc.text[max(0, t.idx - 3):t.idx]:
        return False                     # c'est-à-dire
    lemma = _speech_lemma(t)
    if lemma in REFLEXIVE_NOT_SPEECH and any(_norm(c.text) in REFLEXIVE for c in t.children if c.i < t.i):
        return False                     # "s'est lancé dans", "s'appelle", "se relever"
    if lemma and t.pos_ in ("VERB", "AUX", "NOUN", "ADJ", "X", "PROPN"):
        # a participle mis-tagged as noun/adjective still follows its auxiliary ("a déclaré"); a
        # present mis-tagged as noun still has its subject ("Elle juge que", "L'armée annonce"),
        # or its object pronoun and a colon ("X, directeur de campagne, le résume :")
        return t.pos_ in ("VERB", "AUX") or _after_auxiliary(t) or _has_own_subject(t) or _clitic_and_colon(t)
    if t.lower_ in ENGLISH_SPEECH_VERBS:
        return True
    after = t.doc[t.i + 1:t.i + 3]
    if t.lemma_ == "mettre" and len(after) == 2 and after[0].lower_ == "en" and after[1].lower_ == "garde":
        return True                      # "a mis en garde X"
    if t.lemma_ == "laisser" and len(after) > 0 and after[0].lower_ == "entendre":
        return True                      # "a-t-il laissé entendre"
    return t.lemma_ == "faire" and (any(c.lower_ in FAIRE_SPEECH for c in t.children) or
                                    len(after) > 0 and after[0].lower_ in FAIRE_SPEECH)   # "a fait savoir X"


def _clitic_and_colon(t) -> bool:
    """A lowercase word between an object pronoun and a colon ("le résume :"): a verb."""
    doc = t.doc
    return t.text.islower() and 0 < t.i < len(doc) - 1 and doc[t.i + 1].text == ":" and \
        _norm(doc[t.i - 1].text) in DIRECT_OBJECT_CLITICS


def _has_own_subject(t) -> bool:
    """A noun with a subject and no copula: a verb the tagger took for a noun."""
    return any(c.dep_ == "nsubj" and c.i < t.i for c in t.children) and not any(c.dep_ == "cop" for c in t.children)


def _auxiliary(t) -> bool:
    """An auxiliary, also when the tagger did not know the verb after it ("a tweeté" may come
    out as two unknown words)."""
    return t.pos_ == "AUX" or t.pos_ == "X" and t.lemma_ in ("avoir", "être")


def _after_auxiliary(t) -> bool:
    """Whether t follows an auxiliary, across adverbs and inverted pronouns ("a-t-il encore insisté")."""
    for k in range(t.i - 1, max(t.i - 5, -1), -1):
        prev = t.doc[k]
        if _auxiliary(prev):
            return True
        if not (prev.pos_ == "ADV" or prev.text == "-t" or _inverted_pronoun(prev)):
            return False
    return False


def _speech_lemma(t, verbs=SPEECH_VERBS) -> str | None:
    """The speech-verb lemma of a token (one of `verbs`), mending the lemmatiser's misses on -er
    verbs ('estime' → estimer, 'précisé' → préciser)."""
    low = t.lower_
    grave = low[:-1][::-1].replace("è", "é", 1)[::-1]         # "inquiète" → inquiéter
    for cand in (t.lemma_.lower(), low, low + "r", low[:-1] + "er", low[:-2] + "er", low[:-3] + "er",
                 grave + "er", low + "ir"):                     # "dément" → démentir
        if cand in verbs and (cand == t.lemma_.lower() or low[:-3] in cand):
            return cand
    return None


def _is_selon(t) -> bool:
    """'selon', 'd'après' (one token or two), 'according (to)', the 'de' of 'de l'aveu (même) de',
    'aux dires de'."""
    low = _norm(t.text)
    if low in SELON or low == "according":
        return True
    if low == "d'" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "après":
        return True
    if low in ("de", "d'", "du", "des"):
        k = t.i - 1 - (t.i > 0 and t.doc[t.i - 1].lower_ == "même")
        return k >= 1 and t.doc[k].lower_ in ("aveu", "dires", "dire") and \
            _norm(t.doc[k - 1].text) in ("l'", "aux", "au")
    return low == "après" and t.i > 0 and _norm(t.doc[t.i - 1].text) == "d'"


def _inverted_pronoun(t) -> bool:
    """'-il', '-elle', '-ils', '-elles' of 'a-t-il ajouté', 'précise-t-elle'."""
    return t.text.startswith("-") and t.text[1:].lower() in SUBJECT_PRONOUNS


def _norm(s: str) -> str:
    return s.replace("’", "'").lower()


# --- sentence starts ------------------------------------------------------------------------------

def _opens_sentence(ix: _DocIndex, open_off: int) -> bool:
    """Whether a quote starts a sentence (or follows a colon or a speech verb: "a crié «Allah
    Akbar»"), where a capital means nothing."""
    j = ix.token_before(open_off)
    if j is not None and _speech_verb(ix.doc[j]):
        return True
    before = ix.text[ix.paras[ix.para_of(open_off)][0]:open_off].rstrip(INNER_SPACE + "—–-")
    return not before or before[-1] in ".:!?…»”"
