"""Who said a quote, as a span of the text: the frame of saying around it (a verb after, inside or
governing it, 'selon X', a colon, a credit line), else the one the passage is about; pronouns and
descriptions resolved to the name they stand for.  Mapping the span to an actor is speakers.py's job."""
from __future__ import annotations

import itertools
import re
from dataclasses import replace

from .entities import PARTICLES, TITLE_HEADS, clean_entity, first_names
from .quote_words import (
    ADDRESSEE_CLITICS, AGE_AFTER_NAME, ASIDES, COMPANY_NOUNS, COMPLEMENT_BEFORE, CONCERNED, DEMONSTRATIVE_PRONOUNS,
    DIRECT_OBJECT_CLITICS, DOCUMENT_CHANNEL, DOCUMENT_NOUNS, ENGLISH_PRONOUNS, ENGLISH_SPEECH_VERBS, ETRE_VERBS,
    INCISE_VERBS, INSERTED_PREPOSITIONS, INTENT_VERBS, LATTER, MAX_SPEAKER_TOKENS, NP_DEPS, OBJECT_CLITICS,
    OBJECT_CONTROL, ORGANISATION_NOUNS, PERSON_SUFFIXES, PERSON_TITLES, POSTPOSED_FILLERS, POUR, REFLEXIVE,
    RELATIVE_HEADS, RELATIVE_SUBJECTS, REPORTING_VERBS, SENTENCE_END, SPEECH_CONTROL, SPEECH_NOUNS, STRESSED_PRONOUNS,
    SUBJECT_CONTROL, SUBJECT_PRONOUNS, TIME_NOUNS, TIME_OF_SPEAKING, TIME_PREPOSITIONS, UNRESOLVED, person_word,
)
from .quote_base import (
    CLOSERS, INNER_SPACE, OPENERS, Quote, STRAIGHT, _DocIndex, _Pair, _Speaker, _auxiliary, _inverted_pronoun,
    _is_selon, _norm, _opens_sentence, _speech_lemma, _speech_verb,
)
from .text import key


# --- speakers -----------------------------------------------------------------------------------

def _find_speaker(ix: _DocIndex, first: _Pair, last: _Pair, toks, earlier: list[Quote]) -> _Speaker | None:
    """The speaker, tried in order of reliability: a speech verb right after the quote, 'selon X'
    right after it (the source cited for words someone said: "ils ont évoqué «…», selon Le
    Sahel"; a document there is the governing subject's: "X a assuré «…», selon le communiqué"),
    the speech verb governing it, a colon after a speech verb, the speaker of the previous quote
    when this one stands alone as a sentence."""
    para = ix.para_of(first.open)
    translated = _translation(ix, first, last, earlier)
    if translated is not None:
        return translated
    lost = None
    for finder in (lambda: _reported_by(ix, first, _postposed(ix, last, selon=False), toks, para),
                   lambda: _inserted(ix, first, last),
                   lambda: _inner_incise(ix, first, last),
                   lambda: _and_then_infinitive(ix, first, earlier),
                   lambda: _cited_source(ix, last),
                   lambda: _closing_attribution(ix, last),
                   lambda: _opening_participle(ix, first, last),
                   lambda: _comme_opening(ix, first),
                   lambda: _governing_source(ix, first, toks, para),
                   lambda: _postposed(ix, last, selon=True),
                   lambda: _selon_before(ix, first),
                   lambda: _pour_opening(ix, first),
                   lambda: _colon(ix, first),
                   lambda: _incise_before(ix, first),
                   lambda: _narration_incise_before(ix, first),
                   lambda: _incise(ix, toks),
                   lambda: _participle_before(ix, first),
                   lambda: _participle_after_clause(ix, first, earlier),
                   lambda: _said_next(ix, last),
                   lambda: _said_by_next(ix, first, last),
                   lambda: _closing_incise(ix, last),
                   lambda: _verb_before_broken_root(ix, first, toks)):
        found = finder()
        if found is not None:
            speaker = _finish(ix, found, earlier, first.open)
            if speaker is not None:
                return speaker
            lost = _Speaker(-1, -1, UNRESOLVED, found[1])   # the frame is there, its subject lost:
            break                                           # speech all the same, by nobody named
    found = _credit_line(ix, last) or _continuation(ix, first, last, earlier)
    if found is not None:
        return found
    found = _closing_incise(ix, last, after_narration=True) if lost is None else None
    speaker = _finish(ix, found, earlier, first.open) if found is not None else None
    if speaker is not None:     # (further from the quote: not enough to make a word of it speech)
        return replace(speaker, framed=False)
    # No frame of saying: the reader takes the one the passage is about, as long as it is a
    # person or a named organisation (never a pronoun nobody stands for).
    candidates = _clause_subjects(ix, toks) + [
        lambda: _colon_subject(ix, first), lambda: _colon_name(ix, first),
        lambda: _opening_person(ix, first), lambda: _previous_quote(ix, first, last, earlier),
        lambda: _previous_subject(ix, first, earlier), lambda: _heading_next(ix, first, last),
        lambda: _lede_subject(ix, first, last)]
    for found in candidates:
        found = found() if callable(found) else found
        if isinstance(found, _Speaker):
            return found
        if found is not None:
            speaker = _finish(ix, found, earlier, first.open)
            if speaker is not None and _salient(ix, speaker):
                return replace(speaker, framed=lost is not None)
    return lost


_VOCATIVE = re.compile(r"\b(?:M\.|Monsieur|Madame|Mme)\s+(?:le|la)\s+([a-zà-ÿ][\w-]*)")


def _addressed(ix: _DocIndex, first: _Pair, last: _Pair, speaker: _Speaker) -> bool:
    """Whether the quote speaks to its own speaker by title («Je n'ai rien à ajouter, M. le
    président», given to the president of the court): the one addressed does not speak."""
    titles = {m.group(1).lower() for m in _VOCATIVE.finditer(ix.text, first.open, last.close)}
    if not titles or speaker.start < 0:
        return False
    for t in ix.tokens(speaker.start, speaker.end):
        if t.lower_ in titles or t.dep_ == "appos" and t.head.lower_ in titles:
            return True
    return False


def _finish(ix: _DocIndex, found, earlier: list[Quote], before: int) -> _Speaker | None:
    """A (subject token, verb) → a speaker span with its kind; pronouns and documents resolved."""
    subj, verb = found
    if subj is None or not isinstance(subj, tuple) and subj.is_punct:
        return None                             # a dash the parser took for a subject
    if not isinstance(subj, tuple) and subj.text == "-t" and subj.i + 1 < len(ix.doc):
        subj = ix.doc[subj.i + 1]               # "a-t-il souligné, assurant «…»": il, not the -t
    if isinstance(subj, tuple):                 # an explicit (start, end) span, kind computed
        start, end = subj
        return _Speaker(start, end, _kind_of_span(ix, start, end), verb)
    low = _pronoun_word(subj)
    low = _relative_head(subj) or ENGLISH_PRONOUNS.get(low, low)      # "celui qui …": as "il"
    if verb in ("selon", "pour"):
        low = STRESSED_PRONOUNS.get(low, low)
    if low in SUBJECT_PRONOUNS:
        author = _author_of_document(ix, subj)
        if author is not None:         # "X a diffusé un communiqué dans lequel il indique «…»": X
            return _Speaker(*author, _kind_of_span(ix, *author), verb)
        limit = min(subj.idx, before)
        ante = _last_speaker(ix, earlier, limit, low, same_para=True) or _antecedent(ix, subj, before, low) or \
            _last_speaker(ix, earlier, limit, low)
        if ante is None:
            return _Speaker(-1, -1, UNRESOLVED, verb)
        org = _kind_of_span(ix, *ante) == "org"       # "Elle appelle" after "la mairie a expliqué"
        return _Speaker(ante[0], ante[1], "org" if org else "pronoun", verb)
    if low in CONCERNED and any(c.dep_ == "det" for c in subj.children):
        # "L'intéressé a toutefois nuancé son propos : «…»": the person the passage is about, who spoke
        ante = _last_speaker(ix, earlier, min(subj.idx, before), "elle" if low.endswith("ée") else "il")
        return _Speaker(*ante, "pronoun", verb) if ante else _Speaker(-1, -1, UNRESOLVED, verb)
    if _is_latter(subj):
        ante = _latter(ix, subj, before)         # "Ce dernier en appelle au pape «…»"
        return _Speaker(ante[0], ante[1], "pronoun", verb) if ante else _Speaker(-1, -1, UNRESOLVED, verb)
    if low in RELATIVE_SUBJECTS:
        clause = subj.head
        while clause.dep_ == "conj" and clause.head.i < clause.i:
            clause = clause.head                 # "qui refuse la fusion … et qui dénonce «…»"
        ante = _relative_antecedent(clause.head) if clause.dep_ == "acl:relcl" else None
        if ante is None or not (ante.ent_type_ in ("PER", "ORG") or _person_noun(ante)):
            named = _person_before_title(ix, subj)
            if named is not None:   # "X, procureur général auprès de la cour d'appel qui précise"
                return _Speaker(*named, "name", verb)
        if clause.dep_ == "acl:relcl":
            subj = ante
            if subj is None:
                return _Speaker(-1, -1, UNRESOLVED, verb)
            low = _norm(subj.text)
    if low in DEMONSTRATIVE_PRONOUNS:            # "La Cellule … a donné sa version. Selon celle-ci, …"
        ante = _demonstrative_antecedent(ix, subj)
        return _Speaker(*ante, _kind_of_span(ix, *ante), verb) if ante else _Speaker(-1, -1, UNRESOLVED, verb)
    if subj.pos_ == "PRON" and not (subj.ent_type_ and subj.text[:1].isupper()):
        return _Speaker(-1, -1, UNRESOLVED, verb)      # (a name tagged as a pronoun: "Kiev a réclamé")
    start, end = _np_span(ix, subj)
    start = _across_split(ix, start)
    kind = _kind_of_span(ix, start, end)
    named = _NAME_THEN_APPOSITION.match(ix.text[start:end])
    if kind == "org" and named and any(person_word(w) for w in named.group(2).split()):
        end, kind = start + len(named.group(1)), "name"     # "Philippine, jeune lycéenne": Philippine
    if kind == "title":
        named = _name_after(ix, end)
        if named is not None:
            start, end, kind = named.start_char, named.end_char, "name"
    if kind == "document":
        src = _document_source(ix, subj, earlier)
        if src:
            start, end = src
    return _Speaker(start, end, kind, verb)


def _person_before_title(ix: _DocIndex, rel) -> tuple[int, int] | None:
    """A relative the parse did not hang on a noun, right after a person's name and the title in
    apposition to it ("Nicolas Jacquet, procureur général auprès de la cour d'appel qui précise"):
    that person; else None."""
    person = next((e for e in reversed(ix.doc.ents) if e.label_ == "PER" and e.end_char <= rel.idx and
                   e.start_char >= ix.doc[rel.sent.start].idx), None)
    if person is None:
        return None
    words = re.match(r"\s*,\s*([\w'’-]+)[^,.;:«»\"“”()]{0,80}$", ix.text[person.end_char:rel.idx])
    head = ix.doc[ix.token_after(person.end_char + words.start(1))] if words else None
    return (person.start_char, person.end_char) if head is not None and _person_noun(head) else None


def _author_of_document(ix: _DocIndex, pron) -> tuple[int, int] | None:
    """What a pronoun stands for when it is the subject of a relative clause on a document that
    the main clause's subject put out ("le groupe Amaury a diffusé un communiqué dans lequel il
    indique …"): that subject, a person or a body; else None."""
    clause = pron.head
    document = clause.head
    if clause.dep_ != "acl:relcl" or document.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    verb = document.head            # (past the nouns the parse may hang it on: "dans la soirée un communiqué")
    while verb.pos_ == "NOUN" and verb.dep_ != "ROOT" and verb.i < document.i:
        verb = verb.head
    author = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < document.i
                   and c.pos_ in ("NOUN", "PROPN")), None) if verb.pos_ == "VERB" else None
    return _np_span(ix, author) if author is not None else None


def _last_speech(earlier: list[Quote]) -> Quote | None:
    """The last quote found so far that is speech."""
    return next((q for q in reversed(earlier) if q.speech), None)


def _last_speaker(ix: _DocIndex, earlier: list[Quote], limit: int, low: str,
                  same_para: bool = False) -> tuple[int, int] | None:
    """A pronoun whose antecedent is out of reach, when a person's quotes follow each other ("… »,
    a-t-il ajouté. ¶ Mais «…», a-t-il observé"): the person who said the quote before, if it is
    in this paragraph or the two before and no other person is named since. With `same_para`,
    only a quote of this paragraph, whose speaker is not a noun of the other gender ("«…», a
    déclaré l'ancien ministre. «…», a-t-il expliqué": the pronoun goes on with the speaker)."""
    if low.endswith("s"):
        return None
    prev = next((q for q in reversed(earlier) if q.speech and q.end <= limit), None)
    if prev is None or prev.speaker_start is None or prev.speaker_kind not in ("name", "pronoun", "title"):
        return None
    # (a quote opening the next paragraph right after the attribution of the one before counts as
    # in its paragraph: "«…», a asséné l'avocat. ¶ «…», a-t-il conclu")
    next_to = not ix.text[prev.attribution_end:limit].strip(" .\n«»\"“”")
    if ix.para_of(prev.start) < ix.para_of(limit) - (0 if same_para and not next_to else 2):
        return None
    if same_para:
        head = _head_of(ix.tokens(prev.speaker_start, prev.speaker_end))
        if head is None or head.pos_ == "NOUN" and not _gender_ok(head, low.startswith("elle")):
            return None
    since = prev.attribution_end                 # (past its own attribution: "», explique X")
    if any(e.label_ == "PER" and since <= e.start_char < limit and not _in_quote(ix, e.start_char)
           for e in ix.doc.ents):
        return None
    # (nor a body acting before it in the pronoun's own sentence: "…», explique X. Le Conseil
    # scientifique craint … : …, il confirmait")
    j = ix.token_before(limit)
    own = ix.doc[j].sent.start_char if j is not None else limit
    if any(t.dep_ == "nsubj" and t.ent_type_ == "ORG" and not _in_quote(ix, t.idx)
           for t in ix.tokens(max(since, own), limit)):
        return None
    return prev.speaker_start, prev.speaker_end


def _relative_antecedent(noun):
    """What 'qui' stands for: the noun the relative hangs from, or the person whose apposition
    that noun ends ("Idriss Déby, Président du Tchad et de l'Union africaine, qui a rappelé")."""
    node, person = noun, None
    if noun.pos_ in ("VERB", "AUX"):         # hung on the verb: its subject ("a fustigé X, hier soir,
        # sur BFMTV, qui …"), also an inverted one parsed as its object ("», met en garde le rapport, qui …")
        subj = next((c for c in noun.children if c.dep_ == "nsubj"), None) or \
            next((c for c in noun.children if c.dep_ == "obj" and c.i > noun.i), None)
        return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None
    if noun.ent_type_ == "PER" and noun.pos_ == "PROPN":
        return noun                   # "comme X, qui se dit «…», ou encore Y qui salue «…»": Y
    while node.dep_ in ("conj", "nmod", "appos", "flat:name") and node.head.i < node.i:
        node = node.head
        if node.ent_type_ == "PER" and node.pos_ == "PROPN":
            return node
        if person is None and _person_noun(node):
            person = node             # "le chef de mission de MSF pour la Syrie qui considère"
    doc = noun.doc
    if person is None and _person_noun(noun) and noun.pos_ == "NOUN":
        # "Éléonore Pattery, une étudiante de 23 ans, qui dénonce": the name the parse missed
        k = min(t.i for t in noun.subtree if t.i <= noun.i) - 1
        return doc[k - 1] if k > 0 and doc[k].text == "," and doc[k - 1].ent_type_ == "PER" else noun
    if person is None or noun.ent_type_ not in ("LOC", "GPE", "ORG", ""):
        return noun
    k = min(t.i for t in person.subtree) - 1       # "X, le chef de …": the name before the title
    if k > 0 and doc[k].text == "," and doc[k - 1].ent_type_ == "PER":
        return doc[k - 1]
    return person


def _postposed(ix: _DocIndex, last: _Pair, selon: bool = False):
    """«…», a déclaré X / «…», précise-t-il / «…,» said X / «…», X a dit; with selon=True only
    «…», selon X (weaker than a verb governing the quote)."""
    j = ix.token_after(last.close + 1)
    if j is None or ix.para_of_tok[j] != ix.para_of(last.close):
        return None
    doc = ix.doc
    inner_end = ix.text[last.open + 1:last.close].rstrip(INNER_SPACE)
    comma = doc[j].text == ","
    colon = doc[j].text == ":"
    if comma or colon:
        j += 1
    said = _SAID_SO.match(ix.text, doc[j].idx) if j < len(doc) else None
    if colon and not said:
        return None
    if said:                          # "«…», c'est ce qu'a souligné X": the verb after it
        while j < len(doc) and doc[j].idx < said.end():
            j += 1
        if j >= len(doc):
            return None
        if not selon and doc[j].pos_ not in ("VERB", "AUX"):
            # "«…» : c'est ainsi que le procureur …, Hervé Pavy, a qualifié …": the clause's subject
            verb = _finite_above(doc[j])
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i >= j), None) if verb else None
            if subj is None or ix.para_of_tok[verb.i] != ix.para_of_tok[j]:
                return None
            return subj, _verb_name(verb)
    # English puts the comma inside: “We leave,” John Kirby said.  Without any comma only the
    # inverted form counts («…» a déclaré X), never "«…» Le ministre a dit que…".
    comma = comma or inner_end.endswith(",")
    det = ix.token_before(last.open)
    if not comma and det is not None and doc[det].pos_ == "DET" and "Dem" in doc[det].morph.get("PronType"):
        return None       # "Ce «haut responsable» décrit un …": the quote is in the subject
    window = []
    k = j
    while k < min(j + 8, len(doc)):
        if doc[k].is_punct and doc[k].text not in ("-",) or doc[k].is_space or \
                ix.para_of_tok[k] != ix.para_of_tok[j]:
            break
        if window and window[-1].pos_ == "AUX":       # "», a pour sa part déclaré X": past the aside
            after = _past_asides(doc, k)
            if after > k:
                k = after
                continue
        window.append(doc[k])
        k += 1
    if not window:
        return None
    if selon:        # (also past an adverb: "», toujours selon la présidence")
        first = next((t for t in window if t.pos_ != "ADV"), None)
        return (_selon_np(ix, first), "selon") if first is not None and _is_selon(first) else None
    source = _source_of_on(ix, window)
    if source is not None:
        return source
    # the word opening the clause, after a reflexive ("», s'indigne X"), may be mistagged
    opening = [n == 0 or all(_norm(x.text) in REFLEXIVE for x in window[:n]) for n in range(len(window))]
    if not any(_incise_verb(t, opening[n]) for n, t in enumerate(window)):
        return _late_incise(ix, j)
    for n, t in enumerate(window):
        if _incise_verb(t, opening[n]):
            before = window[:n]
            pron = next((x for x in before + window[n + 1:n + 3] if _inverted_pronoun(x)), None)
            if pron is not None:
                return pron, _verb_name(t)
            person = [p for x in [t, *before] if x.pos_ in ("VERB", "AUX") for p in x.morph.get("Person")]
            if t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("PROPN", "DET"):
                person.append("3")   # a noun subject after it ("», me lancera Thomas Mulcair", tagged 1st)
            if all(_postposed_filler(x, person) for x in before):
                if "Part" in t.morph.get("VerbForm") and "Pres" in t.morph.get("Tense"):
                    return None      # «…» qualifiant la tribune de «…»: what follows is its object
                return _subject_after(ix, t), _verb_name(t)
            introduces = _next_lower(doc, t) in ("que", "qu'", "qu’", ":")    # "X déclare que «…»": a new quote
            if comma and len(before) == 1 and _norm(before[0].text) in {**ENGLISH_PRONOUNS, **STRESSED_PRONOUNS}:
                return before[0], _verb_name(t)          # «…», he said / «…», il a dit
            if comma and not introduces and \
                    all(x.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PRON", "AUX", "ADV") for x in before):
                head = next((x for x in before if x.pos_ in ("PROPN", "NOUN", "PRON")), None)
                if head is not None and head.pos_ == "PRON":
                    return head, _verb_name(t)
                names = [x for x in before if x.pos_ in ("PROPN", "NOUN", "DET", "ADJ")]
                if names:
                    return (names[0].idx, names[-1].idx + len(names[-1].text)), _verb_name(t)
            return None
        if t.pos_ not in POSTPOSED_FILLERS and t.pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "PRON", "X") \
                and t.text != "-t" and not _postposed_filler(t, []):
            return None
    return None


def _source_of_on(ix: _DocIndex, window: list):
    """«…», apprend-on auprès du British Council / indique-t-on auprès de la préfecture: the
    one the words were learnt from speaks."""
    doc = ix.doc
    for n, x in enumerate(window[:4]):
        if _pronoun_word(x) != "on" or n == 0 or x.i + 2 >= len(doc) or doc[x.i + 1].lower_ != "auprès":
            continue
        head = next((t for t in doc[x.i + 2:x.i + 6] if t.pos_ in ("NOUN", "PROPN", "X")), None)
        if head is None or ix.para_of_tok[head.i] != ix.para_of_tok[x.i]:
            return None
        while head.head.i > head.i and head.head.i < x.i + 8 and head.dep_ in ("amod", "flat:name", "compound"):
            head = head.head
        return _np_span(ix, head), _verb_name(window[0] if window[0].pos_ != "PRON" else window[1])
    return None


_SAID_SO = re.compile(r"c['’]\s*est\s+(?:ce|ainsi)\s+qu(?:e\s+|['’]\s*)", re.I)


def _postposed_filler(x, person: list[str]) -> bool:
    """A word that may stand between a quote and the verb saying it: an auxiliary or adverb
    ("», a-t-il encore insisté"), a reflexive ("», s'est exclamé X"), an object pronoun before a
    verb in the third person ("», nous confie Anna", "», m'a dit le maire"), a verb leading to
    the saying ("», n'hésite pas à expliquer X", "», a tenu à préciser X"), the preposition of an
    adverb ("», a d'ailleurs commenté X"); `person`: the persons of the verb and its auxiliary."""
    return x.pos_ in POSTPOSED_FILLERS or x.text == "-t" or _norm(x.text) in REFLEXIVE or _auxiliary(x) or \
        x.pos_ == "ADP" and x.i + 1 < len(x.doc) and x.doc[x.i + 1].pos_ == "ADV" or \
        _norm(x.text) in ADDRESSEE_CLITICS and "3" in person or \
        x.lemma_ in SPEECH_CONTROL or \
        x.lower_ in ("à", "de", "d'", "d’") and x.i > 0 and x.doc[x.i - 1].lemma_ in SPEECH_CONTROL | {"pas"}


def _reported_by(ix: _DocIndex, first: _Pair, found, toks, para: int):
    """The attribution `found` right after the quote, unless it is a body reporting words a named
    person is the subject of saying before it («X a qualifié … de «…», note Le Figaro»): the person
    says them, the body only reports them (as with "Selon l'AFP qui a rapporté la déclaration, X a
    soutenu que «…»")."""
    if found is None or found[0] is None or isinstance(found[0], tuple) or found[1] not in REPORTING_VERBS or \
            found[0].ent_type_ != "ORG" and not (found[0].pos_ == "PROPN" and found[0].ent_type_ != "PER"):
        return found
    governing = _governing_source(ix, first, toks, para)
    if governing is None or governing[0] is None or isinstance(governing[0], tuple):
        return found
    subj = governing[0]
    if subj.ent_type_ != "PER" or subj.idx > first.open or _in_quote(ix, subj.idx) or _hearsay(subj.head):
        return found
    return governing


def _cited_source(ix: _DocIndex, last: _Pair):
    """«…», selon X right after a quote, X naming a source rather than a document ("selon le
    quotidien Le Sahel", not "selon le communiqué" of the one who speaks)."""
    found = _postposed(ix, last, selon=True)
    if found is None or found[0] is None or found[0].lemma_.lower() in DOCUMENT_NOUNS:
        return None
    return found


def _inner_incise(ix: _DocIndex, first: _Pair, last: _Pair):
    """«A, a reconnu X. B»: an attribution written inside the marks, after a comma and before a
    full stop or a comma that the quoted words go on after."""
    for t in ix.tokens(first.open + 1, last.close):
        if t.text != "," or _in_quote_inside(ix, t.idx, first, last):
            continue
        found = _postposed(ix, _Pair(first.open, t.idx - 1, []))
        if found is None or found[0] is None or _first_person(found[0]):
            continue                    # (the speaker's own "je dis bien" is no attribution)
        end = t.i + 1
        while end < len(ix.doc) and ix.doc[end].idx < last.close and ix.doc[end].text not in (".", ","):
            end += 1
        rest = ix.text[ix.doc[end].idx + 1:last.close].strip(INNER_SPACE) if end < len(ix.doc) else ""
        if end - t.i <= 8 and ix.doc[end].idx < last.close and rest:
            return found
    return None


def _first_person(subj) -> bool:
    """A subject in the first person ("je", "nous"): the quoted one speaking, never a reporter."""
    return not isinstance(subj, tuple) and _pronoun_word(subj) in ("je", "j'", "nous", "moi")


def _in_quote_inside(ix: _DocIndex, offset: int, first: _Pair, last: _Pair) -> bool:
    """Whether `offset` lies inside a quote nested in the one from `first` to `last`."""
    return any(first.open < p.open < offset < p.close < last.close for p in ix.pairs)


def _closing_attribution(ix: _DocIndex, last: _Pair):
    """«A» et «B», a déclaré l'Elysée: the attribution after the last quote of a sentence gives
    the quotes before it in that sentence too, when only words without a verb of their own stand
    between them (the source cited for all of them, as with 'selon X')."""
    j = ix.token_after(last.close + 1)
    if j is None:
        return None
    sent = ix.doc[j].sent
    later = [p for p in ix.pairs if last.close < p.open and p.close < sent.end_char]
    if not later:
        return None
    gaps = [(last.close + 1, later[0].open)] + [(a.close + 1, b.open) for a, b in zip(later, later[1:])]
    if any(t.pos_ in ("VERB", "AUX") and _finite(t) for a, b in gaps for t in ix.tokens(a, b)):
        return None
    found = _attribution_after(ix, later[-1])
    return found if found is not None and found[0] is not None else None


def _late_incise(ix: _DocIndex, j: int):
    """«…» mardi, mettant fin à la grève, a déclaré le maire X: the attribution closes the
    sentence after words that add no clause of their own (no finite verb, no other quote)."""
    doc = ix.doc
    para = ix.para_of_tok[j]
    for k in range(j, min(j + 30, len(doc) - 1)):
        t = doc[k]
        if ix.para_of_tok[k] != para or t.text in SENTENCE_END or _is_mark(t) or \
                t.pos_ in ("VERB", "AUX") and _finite(t) or t.lower_ in RELATIVE_SUBJECTS:
            return None
        if t.text == ",":
            v = k + 1
            while v < len(doc) and doc[v].pos_ == "AUX":
                v += 1
            if v > k + 1 and v < len(doc) and _speech_verb(doc[v]) and \
                    _next_lower(doc, doc[v]) not in ("que", "qu'", "qu’", ":"):    # ", a déclaré X"
                pron = doc[v + 1] if v + 1 < len(doc) and _inverted_pronoun(doc[v + 1]) else None
                return (pron or _subject_after(ix, doc[v])), _verb_name(doc[v])
    return None


def _next_lower(doc, t) -> str:
    """Lowercased text of the token after t ('' at the end)."""
    return doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""


def _inserted(ix: _DocIndex, first: _Pair, last: _Pair):
    """The clause between the parts of a split quote: «A», a-t-il ajouté, «B»."""
    if first is last:
        return None
    return _attribution_after(ix, first)


def _attribution_after(ix: _DocIndex, pair: _Pair):
    """A verb of saying, else 'selon X', right after the closing mark of `pair`."""
    return _postposed(ix, pair, selon=False) or _postposed(ix, pair, selon=True)


def _incise_verb(t, first: bool = False) -> bool:
    """A verb reporting the speech of the quote right before it: any speech verb, and those
    that report speech only there («…», reprend-il).  `first`: t opens the clause after the
    quote, where a present tagged as a noun, adjective, adverb or unknown word is still the verb
    («…», analyse le propriétaire, «…», dément X, «…», s'indigne X, «…», commente X)."""
    if _speech_verb(t):
        return True
    incise = _speech_lemma(t, INCISE_VERBS)
    if t.pos_ in ("VERB", "AUX"):
        return bool(incise)
    return first and t.pos_ in ("NOUN", "ADJ", "ADV", "X") and t.lower_.endswith(("e", "t")) and \
        t.i + 1 < len(t.doc) and (t.doc[t.i + 1].pos_ in ("DET", "PROPN") or t.doc[t.i + 1].text in ("-t", "-t-")) \
        and bool(incise or _speech_lemma(t))          # («…, raconte-t-elle», the verb tagged an adjective)


def _verb_name(t) -> str:
    if t.lower_ in ENGLISH_SPEECH_VERBS:
        return t.lower_
    return _speech_lemma(t) or _speech_lemma(t, INCISE_VERBS) or t.lemma_.lower()


def _subject_after(ix: _DocIndex, verb):
    """The subject of an inverted speech verb: its nsubj child, else the first name after it."""
    doc = ix.doc
    # an inverted subject is often parsed as an object, or as a noun's complement when the verb
    # was tagged as a noun («…», analyse le propriétaire)
    for dep in ("nsubj", "obj", "nmod") if verb.pos_ == "NOUN" else ("nsubj", "obj"):
        for c in verb.children:
            if c.i >= 2 and doc[c.i - 1].lower_ == "à" and doc[c.i - 2].lower_ == "quant":
                continue                    # "», constate, quant à elle, X": the aside, not the subject
            if c.dep_.startswith(dep) and c.i > verb.i and ix.para_of_tok[c.i] == ix.para_of_tok[verb.i] \
                    and not c.is_punct and (dep == "nsubj" or c.pos_ in ("NOUN", "PROPN") or _is_latter(c)
                                            or _one_of(c)) and \
                    not any(x.dep_ == "case" for x in c.children) and \
                    _norm(c.text) not in TIME_OF_SPEAKING and c.lemma_.lower() not in TIME_NOUNS and \
                    not (c.pos_ == "NUM" and any(x.lemma_.lower() in TIME_NOUNS for x in c.subtree)):
                # (not "a annoncé lundi la présidente", "expliquait une semaine avant … X", "a
                # indiqué le 8 juillet la ministre")
                return _np_span(ix, c) if _one_of(c) else _with_name_in_apposition(ix, c)
    if verb.i + 1 < len(doc) and _inverted_pronoun(doc[verb.i + 1]):
        return doc[verb.i + 1]
    after = _past_addressee(doc, verb.i + 1)      # "a confié, à Reuters, le directeur de …"
    if after is not None and doc[after].pos_ == "DET" and doc[after].head.i > after and \
            ix.para_of_tok[after] == ix.para_of_tok[verb.i]:
        return _with_name_in_apposition(ix, doc[after].head)
    # "… sur la chaîne TV Azteca, Anaelda Garcia, la mère"
    named = _entity_at(doc, after) if after is not None else None
    if named is not None and named.label_ == "PER":
        return named.start_char, named.end_char
    # "a réagi auprès de l'AFP le maire de la ville, X": a person's title after the channel (also
    # after a day: "a déclaré jeudi à l'Agence France-Presse le maire de …")
    channel = _past_asides(doc, verb.i + 1)
    if channel < len(doc) and doc[channel].lower_ in INSERTED_PREPOSITIONS | {"auprès"}:
        for t in doc[channel + 1:channel + 9]:
            if t.pos_ in ("PUNCT", "VERB", "AUX"):       # (the hyphen of "France-Presse" is no stop)
                break
            if t.pos_ == "DET" and t.head.i > t.i and _person_noun(t.head) and t.head.pos_ == "NOUN":
                return _with_name_in_apposition(ix, t.head)
        # "a annoncé dans un communiqué commun le Parti socialiste": a body right after the channel
        k = channel + 1
        while k < len(doc) and k <= channel + 4 and (doc[k].pos_ == "ADJ" or k == channel + 1 and doc[k].pos_ == "DET"
                                                     or k == channel + 2 and doc[k].pos_ == "NOUN"):
            k += 1
        if channel + 2 < k < len(doc) and doc[k - 1].pos_ in ("NOUN", "ADJ") and doc[k].pos_ == "DET" and \
                doc[k].head.i > k and doc[k].head.ent_type_ == "ORG" and ix.para_of_tok[k] == ix.para_of_tok[verb.i]:
            return _with_name_in_apposition(ix, doc[k].head)
    # "a averti mercredi le secrétaire général …, X" (the parse may hang the title on the day),
    # "a tweeté le président"
    k = _past_asides(doc, verb.i + 1)
    if k < len(doc) and _relative_head(doc[k]):
        return doc[k]              # "», se souvient celui qui a déroulé du câble": one named before
    # (a title tagged as an adjective still heads it: "a ajouté le futur chancelier")
    if k < len(doc) and doc[k].pos_ == "DET" and (doc[k].head.pos_ == "NOUN" or _person_noun(doc[k].head)) \
            and k < doc[k].head.i <= k + 3 and ix.para_of_tok[k] == ix.para_of_tok[verb.i]:
        return _with_name_in_apposition(ix, doc[k].head)
    # a name right after the verb, however the parse hung it ("», prévient Météo-France")
    named = _entity_at(doc, k) if k < len(doc) else None
    if named is not None and ix.para_of_tok[k] == ix.para_of_tok[verb.i]:
        return named.start_char, named.end_char
    run, channel = [], False
    for k in range(verb.i + 1, min(verb.i + 10, len(doc))):
        t = doc[k]
        if t.is_punct or t.is_space:
            break
        # "sur Facebook", "à Reuters": only a person's name may follow there
        channel = channel or not run and t.pos_ == "ADP"
        if (t.pos_ == "PROPN" or t.ent_type_ in ("PER", "ORG")) and (not channel or t.ent_type_ == "PER"):
            run.append(t)
        elif run:
            break
    if run:
        return (run[0].idx, run[-1].idx + len(run[-1].text))
    return None


def _relative_head(t) -> str | None:
    """'il' / 'elle' for the "celui" / "celle" of "celui qui …", else None."""
    after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return RELATIVE_HEADS.get(t.lower_) if after is not None and after.lower_ == "qui" else None


def _past_asides(doc, k: int) -> int:
    """The token after the days and set phrases that start at k ("mercredi", "de son côté")."""
    while k < len(doc):
        if _norm(doc[k].text) in TIME_OF_SPEAKING:
            k += 1
            continue
        after_time = _time_phrase_end(doc, k)
        if after_time is not None:
            k = after_time
            continue
        rest = doc.text[doc[k].idx:doc[k].idx + 16].lower()
        aside = next((a for a in ASIDES if rest.startswith(a + " ")), None)
        if aside is None and doc[k].text == ",":     # set off by commas: "», constate, quant à elle, X"
            raw = doc.text[doc[k].idx + 1:doc[k].idx + 20]
            aside = next((a for a in ASIDES if raw.lstrip().lower().startswith(a + ",")), None)
            if aside is not None:
                end = doc[k].idx + 1 + len(raw) - len(raw.lstrip()) + len(aside) + 1     # (past its comma)
                while k < len(doc) and doc[k].idx < end:
                    k += 1
                continue
        if aside is None:
            return k
        end = doc[k].idx + len(aside)
        while k < len(doc) and doc[k].idx < end:
            k += 1
    return k


def _time_phrase_end(doc, k: int) -> int | None:
    """The token after a span of time starting at k ("une semaine", "deux jours plus tard", "une
    semaine avant la reprise des cours" up to the name that follows), else None."""
    if k + 1 >= len(doc) or doc[k].pos_ not in ("DET", "NUM") or doc[k + 1].lemma_.lower() not in TIME_NOUNS:
        return None
    end = k + 2
    if end >= len(doc) or doc[end].lower_ not in TIME_PREPOSITIONS:
        return end
    if doc[end].lower_ == "plus":
        return end + 2                            # "deux jours plus tard"
    for j in range(end + 1, min(end + 9, len(doc))):
        if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX"):
            break
        if doc[j].ent_type_ == "PER" and doc[j].ent_iob_ == "B":
            return j                              # "… avant la reprise des cours Benoît Teste"
    return None


def _past_addressee(doc, k: int) -> int | None:
    """The token after an inserted addressee, channel or day (", à Reuters,", ", dans une note,",
    ", samedi 17 août,", also with no comma before it: "sur la chaîne TV Azteca,") that starts at
    k; else None."""
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ not in INSERTED_PREPOSITIONS and doc[k].lower_ not in TIME_OF_SPEAKING:
        return None
    for j in range(k + 1, min(k + 8, len(doc) - 1)):
        if doc[j].text == ",":
            return j + 1
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].is_sent_start:
            return None
    return None


def _recognised(verb) -> bool:
    """'reconnaître' in the passive, which means recognised, not admitted ("que son «innocence»
    soit reconnue"): no verb of saying."""
    return verb.lemma_.lower() == "reconnaître" and any(c.dep_ == "aux:pass" for c in verb.children)


def _governing(ix: _DocIndex, toks, para: int):
    """Speech verb above the quote in the parse: "X a assuré que … «…»" → (subject, verb).
    A subjectless speech verb (gerund, participle) hands over to a speech verb above it
    ("a déclaré, tout en reconnaissant les «risques»") or to the noun it modifies."""
    doc = ix.doc
    inside = {t.i for t in toks}
    for k in (toks[0].i - 1, toks[-1].i + 1):               # the marks belong to the quote too
        if 0 <= k < len(doc) and _is_mark(doc[k]):
            inside.add(k)
    for root in (t for t in toks if t.head.i == t.i):       # the quote is the whole clause
        found = _attribution_without_verb(root, inside)
        if found is not None:
            return found
    members = list(toks) + [doc[k] for k in sorted(inside - {t.i for t in toks})]
    heads = [t for t in members if t.head.i not in inside and t.head.i != t.i]
    for h in heads[:3]:
        node, steps, verb, prev = h.head, 0, None, h
        while steps < 12 and ix.para_of_tok[node.i] == para and node.i not in inside:
            if verb is None:
                # a speech verb after the quote that opens its own "que" clause speaks of something
                # else, unless the quote sits in a participle clause of it ("Se disant «confiant»,
                # le conseil a estimé que…")
                later = node.i > max(inside) and _next_lower(ix.doc, node) in ("que", "qu'", "qu’", ":") and \
                    not (prev is not None and prev.dep_ == "advcl" and not _finite(prev))
                if _speech_verb(node) and not later and not _recognised(node):
                    verb = node
                elif node.dep_ == "advcl" and _speech_verb(node.head) and any(
                        c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i not in inside for c in node.children):
                    return None     # "», a-t-il rétorqué, alors que le jeune homme semblait … avec un «…»"
                else:
                    found = _attribution_without_verb(node, inside)
                    if found is not None:
                        return found
            if node is verb or (verb is not None and _speech_verb(node)):
                subj = _subject_of(ix, node)
                if subj is not None and subj.i not in inside:
                    return _reporting(ix, node, inside) or (subj, _verb_name(verb))
                detached = _detached_host(node)       # "X a délivré un message au représentant
                if node.dep_ == "acl" and _names_person(node.head) and detached is None:   # de Y,
                    return node.head, _verb_name(verb)      # appelant «…»": X; "Trump se vantant «…»"
                agent = _agent_of_participle(ix, node, inside)
                if agent is not None:                       # "Qualifié de journal qui «…» par X"
                    return agent, _verb_name(verb)
                host = _gerund_host(node) or detached   # "X a créé la polémique en dénonçant une «…»"
                shared = _subject_of(ix, host) if host is not None else None
                if shared is not None:
                    return shared, _verb_name(verb)
                if _finite(node):
                    return None                  # a finite verb whose subject the parse lost
            elif verb is not None and any(c.dep_.startswith("nsubj") for c in node.children):
                participle = prev is not None and prev.dep_ == "advcl" and "Part" in prev.morph.get("VerbForm")
                # (also one hung on an infinitive: "X a déclaré que le PLD devait se renouveler,
                # mettant en garde contre le «…»": X)
                participle = participle or prev is not None and prev.dep_ == "xcomp" and verb.head.i == prev.i and \
                    verb.dep_ == "advcl" and "Part" in verb.morph.get("VerbForm")
                if participle:
                    while node.dep_ == "ccomp" and any(c.dep_ == "mark" for c in node.children) and \
                            node.head.pos_ in ("VERB", "AUX"):   # "X a démenti que Y soit malade,
                        node = node.head                         # indiquant que «…»": X
                    return _subject_of(ix, node), _verb_name(verb)   # "en se félicitant de «…»"
                if prev is verb and prev.dep_ in ("xcomp", "advcl") and "Inf" in prev.morph.get("VerbForm"):
                    if node.lemma_.lower() in INTENT_VERBS and prev.dep_ == "xcomp":
                        return _subject_of(ix, node), _verb_name(verb)   # "X entend dénoncer «…»"
                    agent = _controller(node, verb)
                    if agent is not None:                # "Ce chiffre a permis à la ministre X
                        return agent, _verb_name(verb)   # de déclarer que «…»"
                return None                                  # another clause's subject: stop
            prev = node
            if node.head.i == node.i:
                break
            node, steps = node.head, steps + 1
    return None


def _reporting(ix: _DocIndex, verb, inside: set[int]):
    """The speech verb whose complement clause holds `verb`, and its subject: words reported
    inside someone's statement go to the one the article cites ("X avait affirmé qu'Apple
    «menaçait» … et «refusait» …": X); else None."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head
    outer = clause.head
    if clause.dep_ != "ccomp" or outer.i in inside or not _speech_verb(outer):
        return None
    subj = _subject_of(ix, outer)
    return (subj, _verb_name(outer)) if subj is not None and subj.i not in inside else None


def _detached_host(verb):
    """The finite verb whose subject a present participle set off by a comma describes ("X a
    délivré un message au représentant de Y, appelant «…»"), when the parse hung the participle
    on a noun that is not that subject; None otherwise."""
    if verb.dep_ != "acl" or "Part" not in verb.morph.get("VerbForm") or "Pres" not in verb.morph.get("Tense") \
            or verb.head.dep_ in ("nsubj", "nsubj:pass") or verb.left_edge.i < 1 or \
            verb.doc[verb.left_edge.i - 1].text != ",":
        return None
    return _finite_above(verb, through_subject=False)


def _gerund_host(verb):
    """The finite verb whose subject a gerund ("en dénonçant") shares, however the parse hung the
    gerund (on a noun, or coordinated to another gerund); None if `verb` is no gerund."""
    if not any(c.lower_ == "en" and c.dep_ == "mark" and verb.i - 3 <= c.i < verb.i for c in verb.children):
        return None
    return _finite_above(verb)


def _finite_above(verb, through_subject: bool = True):
    """The nearest finite verb above `verb` in the parse, eight steps at most; None past the root
    or, unless `through_subject`, past a subject."""
    node = verb
    for _ in range(8):
        if node.head.i == node.i:
            return None
        node = node.head
        if not through_subject and node.dep_ in ("nsubj", "nsubj:pass"):
            return None
        if node.pos_ in ("VERB", "AUX") and _finite(node):
            return node
    return None


def _agent_of_participle(ix: _DocIndex, verb, inside: set[int]):
    """The 'par X' of a passive participle of saying with no auxiliary, even when the parse hung
    it on a word of the quote ("Qualifié de journal qui «s'est couché» par le directeur X")."""
    if "Part" not in verb.morph.get("VerbForm") or "Past" not in verb.morph.get("Tense") or _finite(verb):
        return None
    return next((t for t in verb.sent if t.dep_ == "obl:agent" and t.i not in inside and
                 (t.head == verb or t.head.i in inside)), None)


def _controller(verb, infinitive):
    """Who does the saying of an infinitive under `verb`: the person 'à X' ("permettre à X de
    déclarer", "demander à X de préciser"; not after 'promettre', whose subject says), or the
    named object of a verb that makes someone act ("conduire le Conseil de sécurité à exprimer")."""
    if verb.lemma_.lower() in SUBJECT_CONTROL:
        return None
    dative = next((c for c in verb.children if c.dep_ in ("obl:arg", "iobj", "obl:mod") and c.i < infinitive.i
                   and any(g.lower_ == "à" for g in c.children if g.dep_ == "case") and
                   (_names_person(c) or any(t.ent_type_ == "PER" for t in c.subtree))), None)
    if dative is not None or verb.lemma_.lower() not in OBJECT_CONTROL:
        return dative
    named = [c for c in verb.children if c.dep_ == "obj" and c.i < infinitive.i and
             (_names_person(c) or c.ent_type_ in ("PER", "ORG"))]
    return named[-1] if named else None


def _attribution_without_verb(node, inside):
    """'Selon X, il s'agit de «…»' and 'l'affirmation du président selon laquelle «…»'."""
    selon_np = next((c for c in node.children if c.i not in inside and
                     any(_is_selon(g) for g in c.children if g.dep_ == "case")), None)
    if selon_np is not None and not any("Yes" in d.morph.get("Poss") for d in selon_np.children):
        return selon_np, "selon"     # ("X annonce que, selon ses sources, «…»": X, further up)
    if node.lemma_.lower() in SPEECH_NOUNS:
        owner = _owner_of_speech_noun(node)
        if owner is not None and owner.i not in inside:
            return owner, node.lemma_.lower()
    if node.dep_ == "acl:relcl" and any(c.lower_ in RELATIVE_SUBJECTS and
                                        any(_is_selon(g) for g in c.children) for c in node.children):
        owner = node.head if node.head.lemma_.lower() not in SPEECH_NOUNS else \
            _owner_of_speech_noun(node.head)
        if owner is not None and owner.pos_ in ("NOUN", "PROPN"):
            return owner, "selon"
    return None


def _finite(verb) -> bool:
    return "Fin" in verb.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in verb.children)


def _names_person(t) -> bool:
    return t.ent_type_ == "PER" or _person_noun(t)


def _person_noun(t) -> bool:
    """A noun naming a person by function or trait: a listed title, or a singular agent noun
    ('le nageur', 'le meurtrier', 'le Jamaïcain')."""
    if t.lemma_.lower() in PERSON_TITLES or t.lower_ in PERSON_TITLES:
        return True
    if t.lower_ in COMPANY_NOUNS:
        return False                  # "le géant américain": a company
    return t.pos_ == "NOUN" and "Plur" not in t.morph.get("Number") and t.lower_.endswith(PERSON_SUFFIXES) \
        and t.lemma_.lower() not in TIME_NOUNS          # ("Pour l'instant, «…»": no one)


def _owner_of_speech_noun(noun):
    return next((c for c in noun.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")), None)


def _subject_of(ix: _DocIndex, verb):
    """nsubj of a verb (agent of a passive), else the NP written right before it when the parse
    lost it (e.g. after a paragraph break the parser did not see)."""
    same_para = [c for c in verb.children if ix.para_of_tok[c.i] == ix.para_of_tok[verb.i]]
    for c in same_para:
        if c.dep_ == "nsubj" and c.i < verb.i and _participle_like(c):
            continue                     # "Interrogée sur …, Marine Le Pen a répondu": no subject
        if c.dep_ in ("nsubj", "obl:agent") or (c.dep_ == "expl:subj" and _inverted_pronoun(c)):
            return c
        if c.dep_ == "expl:subj" and c.lower_ in SUBJECT_PRONOUNS and c.i < verb.i and _speech_verb(verb):
            return c                             # "il explique que…" mistagged as impersonal
    for c in same_para:
        if c.dep_ == "nsubj:pass":
            # a passive has no speaker here; "Il a jugé" mistagged as passive (no être) does
            passive = any(a.dep_ == "aux:pass" for a in verb.children) and verb.lemma_ not in ETRE_VERBS
            return None if passive else c        # ("X est arrivé et évoque «…»": not a passive)
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        return _subject_of(ix, verb.head)        # "X est arrivé et évoque «…»"
    inverted = _inverted_after_relative(ix, verb, same_para) or _person_before_participle(ix, verb)
    if inverted is not None:
        return inverted
    return _subject_written_before(ix, verb)


def _participle_like(t) -> bool:
    """A past participle, however tagged ("Interrogée" may come out as VERB, ADJ or X)."""
    return "Part" in t.morph.get("VerbForm") or t.pos_ in ("VERB", "ADJ", "X") and \
        t.lower_.endswith(("é", "ée", "és", "ées"))


def _subject_written_before(ix: _DocIndex, verb):
    """The subject of a finite verb the parse lost, read from the words right before it: a name
    ("Robert Fico (Smer-DS) a dit"), the NP a name ends ("la société des journalistes d'I-Télé
    indiquait"), a name before a relative clause or an apposition the parser split off."""
    if verb.pos_ != "VERB" or not _finite(verb):
        return None
    k = verb.i - 1
    doc = ix.doc
    while k >= 0 and (doc[k].pos_ in ("AUX", "ADV") or doc[k].lower_ in ("ne", "n'", "n’") or
                      _norm(doc[k].text) in REFLEXIVE):
        k -= 1
    k = _before_parenthesis(doc, k, verb.sent.start)     # "Robert Fico (Smer-DS) a dit"
    if k > 0 and doc[k].text == "," and verb.sent.start == k:
        node = doc[k - 1]       # split at the comma: "Louis Dreyfus, président du directoire|, estime"
        while node.dep_ in ("nmod", "appos", "amod", "flat:name") and node.head.i < node.i:
            node = node.head
        same_para = ix.para_of_tok[node.i] == ix.para_of_tok[verb.i]
        return node if same_para and node.ent_type_ == "PER" and node.pos_ == "PROPN" else None
    if k > 0 and doc[k].text == ",":
        return _name_before_relative(ix, verb, k)
    if k >= 0 and ix.para_of_tok[k] == ix.para_of_tok[verb.i] and doc[k].pos_ == "NOUN":
        # "Après une rencontre avec des victimes, le chef du gouvernement a assuré": a person by
        # function, the NP opening the clause after a comma
        node = doc[k]
        while node.dep_ == "nmod" and node.head.pos_ == "NOUN" and node.head.i < node.i:
            node = node.head
        det = node.i - 1
        opens = det >= 0 and doc[det].pos_ == "DET" and det - 1 >= verb.sent.start and doc[det - 1].text == ","
        return node if opens and _person_noun(node) else None
    if k < 0 or ix.para_of_tok[k] != ix.para_of_tok[verb.i] or doc[k].pos_ != "PROPN":
        return None
    # "la société des journalistes d'I-Télé indiquait": from the name up to the whole NP
    start = next((e.start for e in doc.ents if e.start <= k < e.end), k)
    node = doc[_after_sentence_end(doc, start, k)]
    if node.pos_ == "DET":
        node = node.head
    while node.dep_ in ("nmod", "flat", "flat:name") and node.head.pos_ in ("NOUN", "PROPN") \
            and node.head.i < node.i and node.head.i >= verb.sent.start:
        node = node.head
    return node


def _name_before_relative(ix: _DocIndex, verb, comma: int):
    """"X, qui avait échangé avec lui …, s'est dit «…»": the name before the relative clause that
    ends at `comma`, when the parse lost the verb's subject; else None."""
    doc = ix.doc
    for j in range(comma - 1, max(verb.sent.start, comma - 30), -1):
        if doc[j].lower_ == "qui" and doc[j - 1].text == ",":
            ent = next((e for e in doc.ents if e.end == j - 1 and e.label_ == "PER"), None)
            if ent is not None and ix.para_of_tok[ent.start] == ix.para_of_tok[verb.i]:
                return doc[ent.start]
            return None
        if doc[j].pos_ == "VERB" and _finite(doc[j]) and doc[j].dep_ != "acl:relcl":
            return None                          # another clause: not a relative of the name
    return None


def _name_after(ix: _DocIndex, end: int):
    """The PER name that a title cut short by the parse leads to, before any verb ("L'ancien
    maire et actuel premier adjoint au maire de la ville, Christian Estrosi parle")."""
    k = ix.token_after(end)
    doc = ix.doc
    if k is None:
        return None
    for t in doc[k:k + 12]:
        if t.ent_type_ == "PER" and t.ent_iob_ == "B":
            if doc[t.i - 1].text != ",":
                return None
            return _entity_at(doc, t.i)
        if t.pos_ in ("VERB", "AUX") or _is_mark(t) or t.is_sent_start or t.text in (".", ";", ":"):
            return None
    return None


def _entity_at(doc, i: int):
    """The entity starting at token i, if any."""
    return next((e for e in doc.ents if e.start == i), None)


def _one_of(t) -> bool:
    """'l'un des acteurs du film, Lee Sun-kyun': a pronoun 'un' heading its group, which the parse
    reads as the object of an inverted verb."""
    return t.pos_ == "PRON" and t.lower_ in ("un", "une") and any(c.dep_ == "nmod" for c in t.children)


def _with_name_in_apposition(ix: _DocIndex, subj):
    """A person's title followed by ", Name" ("a expliqué l'entraîneur français, Olivier
    Krumbholz, à la radio") or a noun right before a name ("estime le météorologue Dave
    Phillips"): the span of both, since the parse may hang the name elsewhere."""
    if subj.pos_ != "NOUN":
        return subj
    start, end = _np_span(ix, subj)
    # (past a body's initials in parentheses: "la déléguée générale à … (DER/FJ), Aissatou Mbodji")
    m = (_person_noun(subj) and re.match(r"[ \u00a0]*(\([^()\n]{1,20}\)[ \u00a0]*)?,[ \u00a0]*", ix.text[end:])) or \
        re.match(r"[ \u00a0]+", ix.text[end:])
    if m is None:
        return subj
    ent = next((e for e in ix.doc.ents if e.label_ == "PER" and e.start_char == end + m.end()), None)
    if ent is None and _person_noun(subj):      # "l'analyste indépendant basé en Allemagne Timo Emden"
        ent = _name_after_participle(ix, end) or _name_after_second_title(ix, end)
    if ent is None:       # "le demi d'ouverture bordelais Maxime Lucu": the function's words, then the name
        ent = next((e for e in ix.doc.ents if e.label_ == "PER" and end < e.start_char <= end + 40), None)
        between = ix.tokens(end, ent.start_char) if ent is not None else []
        if ent is None or not between or len(between) > 5 or any(
                not t.text.islower() or t.pos_ not in ("NOUN", "ADJ", "DET", "ADP") or
                t.pos_ == "ADP" and _norm(t.text) not in ("de", "du", "des", "d'") for t in between):
            ent = None
    return (start, ent.end_char) if ent is not None else subj


def _name_after_second_title(ix: _DocIndex, end: int):
    """The name closing a title written in two parts ("le haut représentant de l'UA (UA) pour la
    Corne de l'Afrique, l'ex-président nigérian Olusegun Obasanjo"): past a parenthesis and a short
    complement, a comma, then an article, title words and the PER name; else None."""
    doc = ix.doc
    k = ix.token_after(end)
    if k is None:
        return None
    limit = min(k + 10, len(doc))
    while k < limit and doc[k].text != ",":        # the rest of the title: no verb, no other stop
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in SENTENCE_END or doc[k].text in (";", ":", "«", "»"):
            return None
        k += 1
    if k >= limit or k + 1 >= len(doc) or doc[k + 1].pos_ != "DET":
        return None
    for j in range(k + 2, min(k + 7, len(doc))):
        t = doc[j]
        if t.ent_type_ == "PER" and (_person_noun(doc[j - 1]) or doc[j - 1].pos_ in ("ADJ", "PROPN")):
            return next((e for e in doc.ents if e.start <= j < e.end), None)
        if not (_person_noun(t) or t.pos_ in ("ADJ", "NOUN")) or t.is_punct:
            return None
    return None


def _name_after_participle(ix: _DocIndex, end: int):
    """The PER entity closing a participle phrase right after a title ("basé en Allemagne Timo
    Emden"), with no comma, verb or other name before it; else None."""
    k = ix.token_after(end)
    doc = ix.doc
    if k is None or not ("Part" in doc[k].morph.get("VerbForm") and "Past" in doc[k].morph.get("Tense")):
        return None
    for t in doc[k + 1:k + 7]:
        if t.ent_type_ == "PER" and t.ent_iob_ == "B":
            return _entity_at(doc, t.i)
        if t.is_punct or t.pos_ in ("VERB", "AUX") or t.ent_type_ == "PER":
            return None
    return None


def _inverted_after_relative(ix: _DocIndex, verb, same_para):
    """The subject written after a verb whose object is a relative 'que' before it ("c'est ce
    qu'a annoncé le président X"): the parser reads that subject as a second object."""
    if not any(c.dep_ == "obj" and c.i < verb.i and _norm(c.text) in ("que", "qu'") for c in same_para):
        return None
    return next((c for c in same_para if c.dep_ == "obj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")), None)


def _before_parenthesis(doc, k: int, floor: int) -> int:
    """The token before a parenthesis that ends at k ("X (parti) a dit" → X), else k."""
    if k < floor or doc[k].text != ")":
        return k
    for j in range(k - 1, max(floor, k - 12) - 1, -1):
        if doc[j].text == "(":
            return j - 1
        if doc[j].text in (")", ".", ";"):
            break
    return k


def _host_subject(ix: _DocIndex, verb):
    """The subject of the clause a gerund or infinitive hangs from ("en disant", "de déclarer"),
    or the noun 'pour' gives an infinitive ("l'occasion pour la candidate d'asséner")."""
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i and \
            any(c.dep_ == "case" and c.lower_ == "pour" for c in verb.head.children):
        return verb.head
    node = verb
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return _subject_of(ix, node)
    return None


def _selon_before(ix: _DocIndex, first: _Pair):
    """selon X[, de Y] : «…» — 'selon' earlier in the sentence, with no verb of saying in between
    ("Selon le négociateur, Guy Chevrette, cette annonce est «…»")."""
    j = ix.token_before(first.open)
    doc = ix.doc
    if j is None:
        return None
    para = ix.para_of(first.open)
    for k in range(j, max(j - 25, -1), -1):
        t = doc[k]
        # (past an earlier quote of the same sentence: "Selon X, «A» était …, et «B» …")
        closes_sentence = t.text in ("»", "”") and (k == 0 or doc[k - 1].text in (".", "!", "?", "…"))
        if ix.para_of_tok[k] != para or t.text in (".", "!", "?") or closes_sentence or _speech_verb(t):
            return None
        if _is_selon(t):
            head = _selon_np(ix, t)
            return (head, "selon") if head is not None and head.idx < first.open else None
    return None


def _governing_source(ix: _DocIndex, first: _Pair, toks, para: int):
    """The speech verb governing the quote, and its subject — unless the sentence opens with
    'Selon X,': X is then the source of the words it says someone said ("Selon les policiers du
    RAID, le meurtrier aurait crié «…»")."""
    found = _governing(ix, toks, para)
    j = ix.token_before(first.open)
    if found is not None and found[0] is not None and not isinstance(found[0], tuple) and \
            _in_quote(ix, found[0].idx) and found[0].idx < first.open:
        return None                  # a verb inside an earlier quote ("«J'ai dit …», a ajouté X, …")
    if found is None or j is None:
        return found
    t = _opener(ix.doc, j)
    if not _is_selon(t) or ix.para_of_tok[t.i] != para or "," not in ix.text[t.idx:first.open]:
        return found
    head = _selon_np(ix, t)
    if head is None or head.idx >= first.open or "," in ix.text[t.idx:head.idx]:
        return found
    subj = found[0]
    if subj is not None and not isinstance(subj, tuple) and subj.ent_type_ == "PER" and not _hearsay(subj.head):
        return found                 # "Selon l'AFP qui a rapporté la déclaration, François Hollande a
    return head, found[1]            # soutenu que «…»": the one named says it, the source reports it


def _hearsay(verb) -> bool:
    """A verb in the conditional, or with a conditional auxiliary ("aurait crié"): told by others."""
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    return any("Cnd" in t.morph.get("Mood") for t in [verb, *auxiliaries])


def _opener(doc, j: int):
    """The first word of the sentence holding token j."""
    t = doc[doc[j].sent.start]
    while t.is_space and t.i < j:
        t = doc[t.i + 1]
    return t


def _pour_opening(ix: _DocIndex, first: _Pair):
    """A sentence, or a clause after its colon, opening with 'Pour X,' where X is a person or a
    named organisation ("Pour L'Opinion, il s'agit d'une «…»", "… roule japonais : pour Suzuki,
    Carla Bruni incarne la «…»")."""
    doc = ix.doc
    j = ix.token_before(first.open)
    if j is None:
        return None
    t = _opener(doc, j)
    colon = next((k for k in range(j, t.i, -1) if doc[k].text in (":", ";")), None)
    if colon is not None and colon + 1 <= j and doc[colon + 1].lower_ in POUR:
        t = doc[colon + 1]
    if t.lower_ not in POUR or ix.para_of_tok[t.i] != ix.para_of(first.open) or \
            "," not in ix.text[t.idx:first.open]:
        return None
    head = _selon_np(ix, t)
    span = _np_span(ix, head) if head is not None else None
    if span and head.idx < first.open and "," not in ix.text[t.idx:span[0]] and (
            head.lower_ in ("lui", "elle") or                  # "Pour elle, sa médaille «…»"
            _kind_of_span(ix, *span) in ("name", "title") or head.pos_ == "PROPN" or head.text[:1].isupper() or any(
            e.label_ in ("PER", "ORG") and span[0] <= e.start_char < span[1] for e in doc.ents)):
        return head, "pour"
    return None


def _comme_opening(ix: _DocIndex, first: _Pair):
    """'Comme l'écrit X dans un communiqué, «…»': 'comme' and a verb of saying, its subject
    written after it, then a comma right before the quote."""
    doc = ix.doc
    j = ix.token_before(first.open)
    if j is None or doc[j].text != ",":
        return None
    # (back to the nearest punctuation, past a sentence break the parse may have made)
    t = next((x for x in reversed(doc[max(0, j - 25):j]) if x.text in ",;:.!?" or x.lower_ == "comme"
              or ix.para_of_tok[x.i] != ix.para_of_tok[j]), None)
    if t is None or t.lower_ != "comme" or ix.para_of_tok[t.i] != ix.para_of_tok[j]:
        return None
    k = t.i + 1
    if k < j and _norm(doc[k].text) in DIRECT_OBJECT_CLITICS:
        k += 1                                   # "comme l'écrit", "comme le dit"
    while k < j and doc[k].pos_ == "AUX":
        k += 1                                   # "comme l'a rappelé"
    verb = doc[k] if k < j else None
    if verb is None or not _speech_verb(verb) or verb.lemma_ in INCISE_VERBS:
        return None
    subj = _subject_after(ix, verb)
    if subj is None:
        return None
    start = subj[0] if isinstance(subj, tuple) else subj.idx
    return (subj, _verb_name(verb)) if start < doc[j].idx else None      # (written before the comma)


def _selon_np(ix: _DocIndex, selon):
    """The NP governed by 'selon', as a subject token (for kind and document resolution)."""
    def nominal(t) -> bool:             # (a name the tagger did not know: "selon Meta" as X)
        return t.pos_ in ("NOUN", "PROPN", "PRON") or t.pos_ == "X" and t.text[:1].isupper()

    head = selon.head
    if head.i > selon.i and nominal(head):
        return head
    nxt = selon.i + 1
    while nxt < len(ix.doc) and ix.doc[nxt].pos_ in ("DET", "ADJ"):
        nxt += 1
    return ix.doc[nxt] if nxt < len(ix.doc) and nominal(ix.doc[nxt]) and ix.doc[nxt].pos_ != "PRON" else None


def _verb_before_broken_root(ix: _DocIndex, first: _Pair, toks):
    """X appelle élus et citoyens à se retrouver …, «afin d'échanger …» — when the parse made a word
    of the quote the root of its sentence, the frame is lost to the parse: the nearest verb of
    saying before the quote in that sentence, with a subject of its own outside any quote."""
    if not any(t.dep_ == "ROOT" for t in toks):
        return None
    j = ix.token_before(first.open)
    if j is None:
        return None
    doc, para = ix.doc, ix.para_of(first.open)
    for k in range(j, max(doc[j].sent.start, j - 30) - 1, -1):
        t = doc[k]
        if ix.para_of_tok[k] != para or t.text in SENTENCE_END or _in_quote(ix, t.idx):
            return None
        if _speech_verb(t) and _finite(t):
            subj = _subject_of(ix, t)
            return (subj, _verb_name(t)) if subj is not None and not _in_quote(ix, subj.idx) else None
    return None


def _colon_before(ix: _DocIndex, first: _Pair) -> int | None:
    """The colon right before a quote, also at the end of the paragraph before (a block quote)."""
    j = ix.token_before(first.open)
    while j is not None and j > 0 and ix.doc[j].is_space:
        j -= 1
    return j if j is not None and ix.doc[j].text == ":" else None


def _colon(ix: _DocIndex, first: _Pair):
    """X a déclaré : «…» — the nearest speech verb before the colon, in the same sentence."""
    j = _colon_before(ix, first)
    doc = ix.doc
    if j is None:
        return None
    sent_start = doc[j].sent.start
    para = ix.para_of_tok[j]
    for k in range(j - 1, max(sent_start, j - 25) - 1, -1):
        if ix.para_of_tok[k] != para:
            break
        nearer = next((c for c in doc[k].children if c.dep_ == "nsubj" and c.i < k and not _in_quote(ix, c.idx)
                       and (any(t.ent_type_ == "PER" for t in c.subtree) or _person_noun(c))), None) \
            if doc[k].pos_ == "VERB" and _finite(doc[k]) and not _speech_verb(doc[k]) else None
        if nearer is not None:       # "… ont plaidé … quand le président, X, reprend la main : «…»": X
            return nearer, _verb_name(doc[k])
        if _speech_verb(doc[k]):
            verb = doc[k]
            subj = _subject_of(ix, verb)
            if subj is None and not _finite(verb):
                subj = _host_subject(ix, verb)            # "Il a terminé en disant : «…»"
            return subj, _verb_name(verb)
    return None


def _and_then_infinitive(ix: _DocIndex, first: _Pair, earlier: list[Quote]):
    """Et de préciser : «…» / Et ce dernier de dénoncer une «…» — a sentence opening with 'Et',
    then 'de' and an infinitive of saying (the narrative infinitive): the one named between them
    says it, else the speaker of the quote before, in this paragraph or the one before."""
    doc = ix.doc
    j = ix.token_before(first.open)
    if j is None:
        return None
    opener = _opener(doc, j)
    if opener.lower_ != "et" or ix.para_of_tok[opener.i] != ix.para_of(first.open):
        return None
    de = next((k for k in range(opener.i + 1, min(opener.i + 5, j + 1)) if _norm(doc[k].text) in ("de", "d'")), None)
    verb = doc[de + 1] if de is not None and de + 1 <= j else None
    if verb is None or "Inf" not in verb.morph.get("VerbForm") or not _speech_verb(verb):
        return None
    if de > opener.i + 1:                                        # "Et ce dernier de dénoncer"
        return (doc[opener.i + 1].idx, doc[de - 1].idx + len(doc[de - 1].text)), _verb_name(verb)
    prev = _last_speech(earlier)
    if prev is None or prev.speaker_start is None or ix.para_of(prev.start) < ix.para_of(first.open) - 1:
        # no quote before: the one the sentence before, in this paragraph, has for subject ("Le
        # ministre Gérald Darmanin a dénoncé la manifestation. Et d'ajouter : «…»")
        before = doc[opener.i - 1].sent if opener.i > 0 and ix.para_of_tok[opener.i - 1] == ix.para_of_tok[opener.i] \
            else None
        subj = next((c for c in before.root.children if c.dep_ == "nsubj" and not _in_quote(ix, c.idx) and
                     (c.pos_ == "PROPN" or c.ent_type_ in ("PER", "ORG") or _person_noun(c))), None) \
            if before is not None else None
        return (subj, _verb_name(verb)) if subj is not None else None
    return (prev.speaker_start, prev.speaker_end), _verb_name(verb)


def _incise_before(ix: _DocIndex, first: _Pair):
    """Depuis dix ans, constate-t-elle, le PCF «…» — a verb of saying with its pronoun inverted,
    set off by commas earlier in the quote's sentence: that pronoun says the quote."""
    doc = ix.doc
    j = ix.token_before(first.open)
    if j is None:
        return None
    for k in range(j - 1, max(doc[j].sent.start, j - 25), -1):
        t = doc[k]
        if _is_mark(t) or t.text in (".", ";", ":") or ix.para_of_tok[k] != ix.para_of_tok[j]:
            return None
        if not _inverted_pronoun(t) or doc[k + 1].text != ",":
            continue
        verb = doc[k - 2] if doc[k - 1].text in ("-t", "-t-") else doc[k - 1]   # "constate-t-elle"
        if verb.i > 0 and doc[verb.i - 1].text == "," and _incise_verb(verb):
            return t, _verb_name(verb)
        return None
    return None


def _narration_incise_before(ix: _DocIndex, first: _Pair):
    """La France attend des vaccins, a indiqué le 8 juillet la ministre, Annie Genevard, pour
    pouvoir «…» — a verb of saying with its subject inverted, set off by a comma after narration
    earlier in the quote's sentence: its subject says what the sentence reports, the quote too."""
    doc = ix.doc
    j = ix.token_before(first.open)
    if j is None:
        return None
    start = doc[j].sent.start
    for k in range(j - 1, max(start, j - 30), -1):
        t = doc[k]
        if _is_mark(t) or t.text in (".", ";", ":") or ix.para_of_tok[k] != ix.para_of_tok[j]:
            return None
        if t.text != ",":
            continue
        v = k + 1
        while v < j and doc[v].pos_ == "AUX":
            v += 1
        verb = doc[v]
        if v >= j or verb.pos_ != "VERB" or not _speech_verb(verb) or v == k + 1 and not _finite(verb) or \
                any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children):
            continue
        subj = _subject_after(ix, verb)
        if subj is None or (subj[0] if isinstance(subj, tuple) else subj.idx) >= first.open:
            continue
        if any(x.pos_ in ("VERB", "AUX") and _finite(x) and not _in_quote(ix, x.idx) for x in doc[start:k]):
            return subj, _verb_name(verb)
        return None
    return None


def _colon_subject(ix: _DocIndex, first: _Pair):
    """X a fait le premier pas : «…» — with no verb of saying, the clause before a colon still
    presents the quote: its subject, or the person a cleft puts forward ("C'est Maradona qui…")."""
    j = _colon_before(ix, first)
    if j is None:
        return None
    root = ix.doc[j].sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "expl:subj") and not _in_quote(ix, c.idx)), None)
    if subj is None:
        return None
    if subj.lower_ in ("c'", "c’", "ce", "cela", "ça") or subj.dep_ == "expl:subj":
        return (root, None) if root.ent_type_ == "PER" else None     # "C'est Maradona qui a fait…"
    return subj, _verb_name(root)


_PERSONAL_SUBJECTS = SUBJECT_PRONOUNS | {"on", "je", "j'", "nous", "vous"}


def _colon_name(ix: _DocIndex, first: _Pair):
    """The one person the clause before a colon names, when the parse gives that clause no usable
    subject ("c'est le constat que se fait Majdi Chaarana, vice-président de l'Unef : «…»", "De son
    confinement, Hamza, étudiant …, en garde un souvenir amer : «…»"): a PER name, or a name the
    NER called otherwise set off by a comma and a person's noun. Two persons there: nobody."""
    j = _colon_before(ix, first)
    if j is None:
        return None
    doc, para = ix.doc, ix.para_of_tok[j]
    start = doc[j].sent.start
    if any(t.dep_.startswith("nsubj") and _pronoun_word(t) in _PERSONAL_SUBJECTS and not _in_quote(ix, t.idx)
           for t in doc[start:j]):
        return None                     # "Il est allé consoler Gemili : «…»": he speaks, not Gemili
    named = set()
    for ent in doc.ents:
        if not (start <= ent.start and ent.end <= j) or ix.para_of_tok[ent.start] != para or \
                _in_quote(ix, ent.start_char):
            continue
        k = ent.start - 1
        while k > start and (doc[k].pos_ in ("DET", "ADJ") or _person_noun(doc[k])):
            k -= 1
        if k >= start and doc[k].pos_ == "ADP":
            continue                    # "dirigée par l'Algérien X", "la mère de X"
        after = doc[ent.end + 1] if ent.end + 1 < j and doc[ent.end].text == "," else None
        apposed = after is not None and (_person_noun(after) or after.pos_ == "ADJ" and     # ("étudiant"
                                         after.lower_.endswith(PERSON_SUFFIXES))             # as an ADJ)
        if ent.label_ == "PER" or apposed and ent[0].pos_ == "PROPN":
            named.add((ent.start_char, ent.end_char))
    if len(named) != 1:
        return None
    return next(iter(named)), None


def _incise(ix: _DocIndex, toks):
    """A speech clause written inside the marks: «A, a-t-il raconté, B»."""
    for n, t in enumerate(toks):
        if not _incise_verb(t) or n == 0:
            continue
        k = n - 1
        while k > 0 and (toks[k].pos_ in ("AUX", "ADV") or toks[k].text == "-t" or _inverted_pronoun(toks[k])):
            k -= 1
        if toks[k].text != ",":
            continue
        around = toks[k + 1:n] + toks[n + 1:n + 3]
        pron = next((x for x in around if _inverted_pronoun(x)), None)
        closing = next((x for x in toks[n + 1:n + 8] if x.text == ","), None)
        if pron is not None and closing is not None:
            return pron, _verb_name(t)
    return None


def _participle_before(ix: _DocIndex, first: _Pair):
    """…, Télérama le qualifiant «…» — a present participle of speech right before the quote,
    after an object clitic and a name set off by a comma: the name is its subject."""
    doc = ix.doc
    j = ix.token_before(first.open)
    if j is None or not _speech_verb(doc[j]) or "Part" not in doc[j].morph.get("VerbForm") or \
            "Pres" not in doc[j].morph.get("Tense"):
        return None
    k = j - 1
    while k >= 0 and _norm(doc[k].text) in OBJECT_CLITICS:
        k -= 1
    hi = k
    while k >= 0 and doc[k].pos_ == "PROPN" and ix.para_of_tok[k] == ix.para_of_tok[j]:
        k -= 1
    if hi == k or hi == j - 1 or k < 0 or doc[k].text != ",":
        return None
    return (doc[k + 1].idx, doc[hi].idx + len(doc[hi].text)), _verb_name(doc[j])


# Words that may stand between a participle of saying and the quote it introduces.
_PARTICIPLE_TO_QUOTE = frozenset({"que", "qu'", "avoir", "être", "ne", "pas", "de", "d'", "alors", "encore"})


def _participle_after_clause(ix: _DocIndex, first: _Pair, earlier: list[Quote]):
    """…, soulignant «…» — a present participle of saying after a comma, ending a clause: the
    one that clause is about says the quote. After an attribution ("«…», a ajouté le président,
    affirmant avoir alors «…»") that is its speaker; else the subject of the clause's finite verb
    ("L'organisation n'a pas attribué ces attaques, soulignant «ne pas avoir de mandat»")."""
    doc = ix.doc
    j = ix.token_before(first.open)
    k = j
    while k is not None and k > 0 and j - k < 4 and (_norm(doc[k].text) in _PARTICIPLE_TO_QUOTE or
                                                    doc[k].pos_ == "ADV"):
        k -= 1
    if k is None or k < 1 or not _speech_verb(doc[k]) or "Part" not in doc[k].morph.get("VerbForm") or \
            "Pres" not in doc[k].morph.get("Tense") or doc[k - 1].text != ",":
        return None
    participle, comma = doc[k], doc[k - 1]
    sent_start = min(participle.sent.start, comma.sent.start)
    prev = _last_speech(earlier)
    if prev is not None and prev.speaker_start is not None and \
            prev.attribution_end <= comma.idx and doc[sent_start].idx <= prev.start and \
            not ix.text[prev.attribution_end:comma.idx].strip(" ,»"):
        return (prev.speaker_start, prev.speaker_end), _verb_name(participle)
    verbs = [t for t in doc[sent_start:comma.i] if t.pos_ in ("VERB", "AUX") and _finite(t) and
             t.dep_ not in ("aux", "aux:tense", "aux:pass", "cop") and not _in_quote(ix, t.idx)]
    if not verbs:
        return None
    subj = next((c for c in verbs[-1].children if c.dep_ in ("nsubj", "nsubj:pass") and
                 c.pos_ in ("NOUN", "PROPN", "PRON") and not _in_quote(ix, c.idx)), None)
    return (subj, _verb_name(participle)) if subj is not None else None


def _opening_participle(ix: _DocIndex, first: _Pair, last: _Pair):
    """Qualifiant cette décision de «…», le directeur de PlayStation, Jim Ryan, a déclaré … — a
    sentence opening with a present participle of saying: the subject of the main clause after
    the comma that closes the participle's clause says the quote."""
    doc = ix.doc
    j = ix.token_after(first.open)
    if j is None:
        return None
    opener = _opener(doc, j)
    if not (_speech_verb(opener) and "Part" in opener.morph.get("VerbForm") and
            "Pres" in opener.morph.get("Tense")):
        return None
    k = ix.token_after(last.close + 1)
    if k is None or doc[k].text != "," or any(t.text in (",", ".", ";", ":") or _is_mark(t) and t.idx < first.open
                                             for t in doc[opener.i + 1:ix.token_before(first.open) + 1]):
        return None
    for v in range(k + 1, min(k + 20, len(doc))):
        t = doc[v]
        if t.text in SENTENCE_END or _is_mark(t) or t.pos_ in ("VERB", "AUX") and not _finite(t):
            return None
        if t.pos_ in ("VERB", "AUX") and _finite(t):
            np = [x for x in doc[k + 1:v] if not x.is_punct]
            while np and np[-1].pos_ in ("PRON", "ADV"):           # "Jean Dupont s'est lancé"
                np.pop()
            if not np or not any(x.pos_ in ("NOUN", "PROPN") for x in np):
                return None
            return (np[0].idx, np[-1].idx + len(np[-1].text)), _verb_name(opener)
    return None


def _person_before_participle(ix: _DocIndex, verb):
    """The person a present participle without subject goes with, named right before it:
    "montrait Trump se vantant «…»", "un clip de la comédienne Josiane Balasko, dénonçant «…»"."""
    if "Part" not in verb.morph.get("VerbForm") or "Pres" not in verb.morph.get("Tense"):
        return None
    doc = ix.doc
    k = verb.i - 1
    while k >= verb.sent.start and (_norm(doc[k].text) in OBJECT_CLITICS or _norm(doc[k].text) in REFLEXIVE):
        k -= 1
    if k >= verb.sent.start and doc[k].text == ",":
        k -= 1
    named = next((e for e in doc.ents if e.label_ == "PER" and e.end - 1 == k and e.start >= verb.sent.start), None)
    if named is None:
        return None
    host = _detached_host(verb)
    subject = next((c for c in host.children if c.dep_ == "nsubj"), None) if host is not None else None
    if subject is not None and _names_person(subject) and named.root.i not in {t.i for t in subject.subtree}:
        return None     # "X a pris la défense de la porte-parole Y, qualifiant de «…»": X, the subject
    head = named.root.head
    return head if named.root.dep_ in ("appos", "flat:name", "nmod") and _person_noun(head) else named.root


def _said_next(ix: _DocIndex, last: _Pair):
    """«…». C'est ce qu'a annoncé X — the next sentence of the paragraph, or the clause after a
    colon, credits the one holding the quote ("c'est ce qu'a indiqué X", "c'est ce qu'il a
    déclaré", "«…» : c'est ainsi que X a qualifié la décision")."""
    doc = ix.doc
    nxt = ix.token_after(last.close + 1)
    if nxt is None:
        return None
    while nxt < len(doc) and (doc[nxt].text in (".", ":", "—", "–") or doc[nxt].is_space):
        nxt += 1
    if nxt >= len(doc):
        return None
    words = [_norm(t.text) for t in doc[nxt:nxt + 6]]
    if len(words) < 4 or ix.para_of_tok[nxt] != ix.para_of(last.close) or \
            words[0] not in ("c'", "ce") or words[1] not in ("est", "était"):
        return None
    rest = " ".join(words[2:])
    manner = next((m for m in SAID_THAT_WAY if rest.startswith(m)), None)
    if manner is None:
        return None
    start = nxt + 2 + len(manner.split())
    for t in doc[start:min(start + 8, len(doc))]:
        if _speech_verb(t) and t.pos_ in ("VERB", "AUX"):
            # its subject after 'que', or the first noun there when the parse took the quote for it
            subject = next((c for c in t.children if c.dep_ == "nsubj" and c.i >= start), None) or \
                next((x for x in doc[start:t.i] if x.pos_ in ("PROPN", "NOUN")), None)
            return subject or _subject_of(ix, t), _verb_name(t)
        if t.pos_ in ("VERB", "AUX") and _finite(t) and t.lemma_ not in ("avoir", "être") or _is_mark(t):
            return None
    return None


def _said_by_next(ix: _DocIndex, first: _Pair, last: _Pair):
    """«…» Restée célèbre depuis qu'elle a été prononcée par X …: a quote standing as a sentence
    of its own, and the next sentence of its paragraph names who said it, as the agent of a
    passive verb of saying."""
    before = ix.text[:first.open].rstrip()
    if before and before[-1] not in ".!?»…\n":
        return None
    nxt = ix.token_after(last.close + 1)
    while nxt is not None and nxt < len(ix.doc) and (ix.doc[nxt].is_punct or ix.doc[nxt].is_space):
        nxt += 1
    if nxt is None or nxt >= len(ix.doc) or ix.para_of_tok[nxt] != ix.para_of(last.close):
        return None
    for t in ix.doc[nxt].sent:
        if t.i >= nxt and t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") and \
                (_speech_verb(t) or t.lemma_ in ("prononcer", "écrire")) and \
                any(c.dep_ == "aux:pass" for c in t.children):
            agent = next((c for c in t.children if c.dep_ == "obl:agent"), None)
            if agent is not None:
                return agent, _verb_name(t)
    return None


def _closing_incise(ix: _DocIndex, last: _Pair, after_narration: bool = False):
    """«…» … «…», a précisé X. — a verb of saying with its subject after it, closing the sentence
    after a later quote, frames the whole sentence: every quote in it is X's ("Les cas ont été
    détectés «dans un même secteur», «confirmant la circulation du virus», et datent «de
    juillet», a précisé l'agence"). `after_narration`: such a verb set off by commas after words
    of the narration ("Mis en examen pour «…», il était emprisonné pour vol, précise France
    Info, et …"), not after a reflexive ("…, vient s'ajouter à la liste")."""
    sent = ix.doc[ix.tok_at[last.close]].sent
    if after_narration:
        points = [(t.idx - 1, _Pair(last.open, t.idx - 1, [])) for t in ix.tokens(last.close + 1, sent.end_char)
                  if t.text == "," and not _in_quote(ix, t.idx) and t.idx - 1 > last.close and
                  not any(_norm(x.text) in REFLEXIVE for x in ix.doc[t.i + 1:t.i + 3])]
    else:
        points = [(p.close, p) for p in ix.pairs if last.close < p.open and p.close < sent.end_char]
    for close, pair in points:
        between = ix.tokens(last.close + 1, close + 1)
        if any((_speech_verb(t) or _is_selon(t) or t.text in SENTENCE_END) and not _in_quote(ix, t.idx)
               for t in between):
            return None                          # another frame, or another sentence, in between
        found = _postposed(ix, pair)
        if found is None:
            continue
        subj, verb = found
        if subj is None or isinstance(subj, tuple) or subj.idx < pair.close:
            return None                          # not an inverted subject ("», X a dit")
        return found
    return None


# "c'est ce qu'a dit X", "c'est ainsi que X l'a qualifié", "c'est en ces termes que X a réagi"
SAID_THAT_WAY = ("ce que", "ce qu'", "ainsi que", "ainsi qu'", "en ces termes que", "en ces termes qu'",
                 "par ces mots que", "par ces mots qu'")


def _continuation(ix: _DocIndex, first: _Pair, last: _Pair, earlier: list[Quote]) -> _Speaker | None:
    """A quote standing alone as a sentence right after an attributed quote of the same
    paragraph continues that speaker («A», a dit X. «B.»), and so does a quote after a colon
    that follows an attributed quote with no verb or person in between."""
    if not earlier or earlier[-1].speaker_start is None:
        return None
    prev = earlier[-1]
    if ix.para_of(prev.start) != ix.para_of(first.open):
        return None
    between = ix.text[prev.attribution_end:first.open].strip(INNER_SPACE + "»”›\"")
    if between.endswith(":") and prev.speaker_end <= prev.start and not any(
            t.pos_ in ("VERB", "AUX") and _finite(t) or t.ent_type_ == "PER" or t.text in SENTENCE_END
            for t in ix.tokens(prev.end + 1, first.open)):
        # "Ce serait «une option», pas une obligation : «…»": the same speaker goes on
        return _Speaker(prev.speaker_start, prev.speaker_end, prev.speaker_kind, prev.verb)
    if between == "" and prev.speaker_end > prev.start:
        return None                          # something else is said in between
    if between not in (".", "") and not _ends_attribution(ix, prev, between, first.open):
        return None
    inner = ix.text[first.open + 1:last.close].rstrip(INNER_SPACE)
    after_tok = ix.token_after(last.close + 1)
    after = ix.doc[after_tok] if after_tok is not None and \
        ix.para_of_tok[after_tok] == ix.para_of(first.open) else None
    if after is not None and after.text not in (".", "!", "?", "…") and \
            not (inner[-1:] in SENTENCE_END and after.text[:1].isupper()):
        return None
    return _Speaker(prev.speaker_start, prev.speaker_end, prev.speaker_kind, prev.verb)


def _translated(ix: _DocIndex, first: _Pair, last: _Pair, earlier: list[Quote]) -> bool:
    """Whether a quote in parentheses right after a speech quote gives the same words in another
    language («Jusqu'à la victoire, toujours !» («Hasta la victoria, siempre»))."""
    prev = earlier[-1] if earlier else None
    return prev is not None and prev.speech and \
        re.fullmatch(r"[\s»”›\"]*\(\s*", ix.text[prev.end:first.open]) is not None and \
        re.match(r"[\s»”›\"]*\)", ix.text[last.close:last.close + 4]) is not None


def _translation(ix: _DocIndex, first: _Pair, last: _Pair, earlier: list[Quote]) -> _Speaker | None:
    """The speaker of the quote a translated one repeats."""
    if not _translated(ix, first, last, earlier):
        return None
    prev = earlier[-1]
    if prev.speaker_start is None:
        return _Speaker(-1, -1, UNRESOLVED, prev.verb)
    return _Speaker(prev.speaker_start, prev.speaker_end, prev.speaker_kind, prev.verb)


def _credit_line(ix: _DocIndex, last: _Pair) -> _Speaker | None:
    """A block quote credited on the line after it: «…» / — Société Dark Star; or an intertitle
    that is a quote, credited after a dash on its own line: «…» - Fabrice David, secrétaire …."""
    pi = ix.para_of(last.close)
    rest = ix.text[last.close + 1:ix.paras[pi][1]]
    if re.match(r"\s*[—–-]\s", rest) and ix.para_of(last.open) == pi and \
            not any(p.open < last.open and ix.para_of(p.open) == pi for p in ix.pairs) and \
            not ix.text[ix.paras[pi][0]:last.open].strip():
        p0, p1 = last.close + 1, ix.paras[pi][1]
    elif rest.strip(INNER_SPACE + ".") or pi + 1 >= len(ix.paras):
        return None
    else:
        p0, p1 = ix.paras[pi + 1]
    line = ix.text[p0:p1].strip()
    m = re.match(r"[—–-]\s*([^,\n]+)(,[^\n]*)?$", line)    # "— Jennifer Psaki , directrice de …"
    if m is None or len(m.group(1).split()) > 8 or len(line.split()) > 20 or " et " in m.group(1):
        return None                                       # (two signatories are not one speaker)
    start = ix.text.index(m.group(1), p0)
    end = start + len(m.group(1).rstrip(" ."))
    kind = _kind_of_span(ix, start, end)
    return _Speaker(start, end, kind, None)


def _clause_subjects(ix: _DocIndex, toks) -> list:
    """The subjects of the clauses the quote stands in, written before it, innermost first,
    when no verb of saying governs the quote ("Christian Estrosi parle de «…»", "le pape
    François «s'associe…»", "Buzzfeed a découvert que 15 joueurs «perdaient…»")."""
    inside = {t.i for t in toks}
    found = []

    def subject_of(node):
        # the agent of a passive acts, never its subject ("X ont été écartés par Y au motif que «…»";
        # "Le chef de l'État est condamné pour avoir «…»": the one condemned did not say it)
        subj = next((c for dep in ("obl:agent", "nsubj") for c in node.children
                     if c.dep_ == dep and c.i < toks[0].i and c.i not in inside and not _in_quote(ix, c.idx)), None)
        # (never one written inside an earlier quote, where a broken parse may find it); what a
        # copula says of its subject describes it, its subject does not say it ("Hangzhou
        # Spark, qui est une équipe «extrêmement novatrice»")
        if subj is not None and not any(c.dep_ == "cop" for c in node.children):
            found.append((subj, _verb_name(node)))

    for root in (t for t in toks if t.head.i == t.i or t.head.i not in inside):
        subject_of(root)                         # «…» is the predicate
    node = next((t.head for t in toks if t.head.i not in inside), None)
    para = ix.para_of_tok[toks[0].i]
    for _ in range(12):
        if node is None or ix.para_of_tok[node.i] != para or node.sent.start != toks[0].sent.start:
            break
        if node.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
            subject_of(node)
        if node.head.i == node.i:
            break
        node = node.head
    return found


def _opening_person(ix: _DocIndex, first: _Pair):
    """The person a sentence opens with, before its first verb, when the parse is too broken to
    give the quote's clause a subject ("Brian Teefey, beau-père de …, a ouvert …, déclarant …
    : «…»"): a PER name, or il/elle."""
    doc = ix.doc
    k = ix.token_before(first.open)
    if k is None:
        return None
    start = doc[k].sent.start
    para = ix.para_of(first.open)
    while start > 0 and ix.para_of_tok[start - 1] == para and doc[start - 1].text[-1:] not in SENTENCE_END:
        start = doc[start - 1].sent.start        # "Jean-Luc|Laurent (PS)|, a lui cherché…": one sentence
    for t in doc[start:k + 1]:
        if ix.para_of_tok[t.i] != para or _in_quote(ix, t.idx) or _is_mark(t):
            return None
        if t.ent_type_ == "PER" and t.ent_iob_ == "B":
            before = t.i - 1
            while before > start and doc[before].pos_ in ("DET", "ADJ"):
                before -= 1                      # "dirigée par l'Algérien Fatsah Ouguergouz"
            if t.i > start and (doc[before].pos_ == "ADP" or doc[start].pos_ == "ADP"):
                return None                      # "Après les réactions de Marine Le Pen, …"
            ent = _entity_at(doc, t.i)
            return (ent.start_char, ent.end_char), None
        if t.i == start and _untagged_name(doc, t.i):
            run = _untagged_name(doc, t.i)       # a name the NER missed: "Jean-Luc Laurent (PS), a…"
            return (run[0].idx, run[-1].idx + len(run[-1].text)), None
        if _norm(t.text) in ("il", "elle") and t.dep_.startswith("nsubj"):
            return t, None
        if t.pos_ in ("VERB", "AUX") and _finite(t) or t.lower_ in RELATIVE_SUBJECTS:
            return None
    return None


def _untagged_name(doc, i: int):
    """Two or three capitalised proper nouns outside any entity, set off by a comma or a
    parenthesis: a person's name the NER missed; else None."""
    run = []
    for t in doc[i:i + 4]:
        if t.pos_ != "PROPN" or not t.text[:1].isupper() or t.ent_type_:
            break
        run.append(t)
    end = i + len(run)
    return run if 2 <= len(run) <= 3 and end < len(doc) and doc[end].text in (",", "(") else None


def _previous_quote(ix: _DocIndex, first: _Pair, last: _Pair, earlier: list[Quote]) -> _Speaker | None:
    """A quote with no attribution in the paragraph of an attributed quote, or opening the next
    paragraph, carries on that speaker when nobody else is named in between."""
    prev = _last_speech(earlier)
    if prev is None or prev.speaker_start is None:
        return None
    if not _carries_on(ix, ix.para_of(prev.end), first):
        return _interview_goes_on(ix, first, last, prev)
    lo = prev.attribution_end
    between = [e for e in ix.doc.ents if lo <= e.start_char < first.open and e.label_ == "PER"
               and not _in_quote(ix, e.start_char) and not _same_person(ix, e, prev)]
    # a sentence that is only a cause given for what was reported ("X a témoigné que Y n'était pas
    # «…». Notamment parce que le Français «…»") goes on with the report: its subject does not act
    reason = _opens_with_reason(ix, first)
    others = [t for t in ix.tokens(lo, reason if reason is not None else first.open)
              if t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ in ("NOUN", "PROPN") and not _in_quote(ix, t.idx)
              and not (prev.verb == "selon" and _described(t))]
    j = ix.token_before(first.open)
    opener = _opener(ix.doc, j) if j is not None and ix.doc[j].sent.start_char > prev.end else None
    if between or others or opener is not None and _norm(opener.text) in ("pour", "selon", "d'après") and \
            opener.i < j:
        return None      # somebody else acts in between, or a source opens the quote's sentence
        # ("Pour les avocats «…»")
    if len(ix.text[first.open + 1:last.close].split()) <= 3 and j is not None and \
            ix.doc[j].pos_ in ("DET", "ADP") and not re.search(r"[.!?]", ix.text[prev.attribution_end:first.open]):
        return None      # a noun in the attribution's own sentence ("…», a déclaré X, après le
        # constat d'un «échec»")
    return _Speaker(prev.speaker_start, prev.speaker_end, prev.speaker_kind, prev.verb)


_REASON = re.compile(r"(?:(?:notamment|surtout|justement|simplement)\s+)?(?:parce\s+qu|puisqu|car\b)", re.I)


def _opens_with_reason(ix: _DocIndex, first: _Pair) -> int | None:
    """The start of the quote's sentence when that sentence opens with a cause and has no main
    clause of its own ("Notamment parce que …", "Car …", "Puisque …"); else None."""
    j = ix.token_before(first.open)
    if j is None:
        return None
    start = ix.doc[j].sent.start_char
    return start if _REASON.match(ix.text, start) else None


def _described(subj) -> bool:
    """Whether a subject is only what a source's account describes ("Selon X, «…». Le
    gouvernement est devenu «…»"): a common noun, no person, no entity, no verb of saying."""
    return not subj.ent_type_ and subj.pos_ == "NOUN" and not _person_noun(subj) and \
        not _speech_verb(subj.head)


def _interview_goes_on(ix: _DocIndex, first: _Pair, last: _Pair, prev: Quote) -> _Speaker | None:
    """A quote that is a whole sentence of its own, within two paragraphs of a person's quote,
    when the narration in between names no one else: the same person still speaking ("«…»,
    précise-t-il. ¶ Cette collaboration a permis … «Avant, tout était manuel.»"). A description
    of a person in between ("la directrice du prélèvement pointe …") is that person."""
    if prev.speaker_kind not in ("name", "pronoun", "title") or \
            ix.para_of(first.open) > ix.para_of(prev.end) + 2 or not _opens_sentence(ix, first.open):
        return None
    rest = ix.text[last.close + 1:ix.paras[ix.para_of(last.close)][1]]
    if rest.strip(INNER_SPACE + ".…!?") and not re.match(r"[\s.…!?]*\n", rest):
        return None                              # the sentence goes on: a frame may follow
    lo = prev.attribution_end
    for t in ix.tokens(lo, first.open):
        if _in_quote(ix, t.idx):
            continue
        if t.ent_type_ == "PER" and not _same_person(ix, t, prev):
            return None                          # somebody else is named
        if t.dep_ in ("nsubj", "nsubj:pass") and (t.pos_ == "PROPN" or _person_noun(t) and not (
                "Sing" in t.morph.get("Number") and any(c.dep_ == "det" and "Def" in c.morph.get("Definite")
                                                        for c in t.children))):
            return None                          # somebody else acts
    return _Speaker(prev.speaker_start, prev.speaker_end, prev.speaker_kind, prev.verb)


def _carries_on(ix: _DocIndex, para: int, first: _Pair) -> bool:
    """Whether a quote can carry on what paragraph `para` said: it is in the same paragraph, or
    it opens the next one."""
    pb = ix.para_of(first.open)
    return pb == para or (pb == para + 1 and not ix.text[ix.paras[pb][0]:first.open].strip())


def _same_person(ix: _DocIndex, named, prev: Quote) -> bool:
    """Whether a name (an entity or one of its words) is the previous quote's speaker's."""
    name = ix.text[prev.speaker_start:prev.speaker_end]
    return named.text.split()[-1] in name


def _previous_subject(ix: _DocIndex, first: _Pair, earlier: list[Quote]):
    """A quote opening its sentence, with no attribution, after a sentence whose subject is a
    person: that person ("Péladeau a annoncé … . «Aujourd'hui, je…»"); when that sentence makes
    a statement, an organisation even with no proper name, given at once (a _Speaker)."""
    if not _opens_sentence(ix, first.open):
        return None
    k = ix.token_before(first.open)
    doc = ix.doc
    if k is None:
        return None
    sent = doc[k].sent
    if doc[k].text == ":" or sent.end > k + 1:
        return None                               # a colon: the clause before is the frame
    if not _carries_on(ix, ix.para_of_tok[k], first):
        return None
    opening = [t for t in sent if not t.is_space and not (t.pos_ in ("CCONJ", "ADV") or t.text == ",")][:1]
    pour = opening[0] if opening and _norm(opening[0].text) == "pour" else None
    end = pour.i + 1 if pour is not None else len(doc)
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    if pour is not None and (2 <= end - pour.i - 1 <= 3 or any(e.label_ == "PER" and e.start == pour.i + 1 and
                                                             e.end == end for e in doc.ents)) and \
            end < len(doc) and doc[end].text == ",":
        return (doc[pour.i + 1].idx, doc[end - 1].idx + len(doc[end - 1].text)), "pour"
        # "Mais, pour Nadjim Kettou, cela ne suffira pas. «…»": the one whose view the sentence gives
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass") and not _in_quote(ix, c.idx)), None)
    if subj is not None and subj.i < root.i and _norm(subj.text) in ADDRESSEE_CLITICS and _speech_verb(root):
        subj = _subject_after(ix, root)          # "De différentes manières, nous explique le Dr X, …"
    if subj is None and root.pos_ == "NOUN":     # a sentence with no verb: "Une préoccupation partagée
        subj = next((a for c in root.children if c.dep_ == "acl" for a in c.children   # par Mario, …"
                     if a.dep_ == "obl:agent" and a.ent_type_ == "PER"), None)
    if subj is None:
        return None
    if _states(root):                            # "X a émis un avertissement … . «…»": the statement
        speaker = _finish(ix, (subj, _verb_name(root)), earlier, first.open)
        if speaker is not None and speaker.kind == "org" and "Plur" not in subj.morph.get("Number"):
            return speaker
    return subj, _verb_name(root)


def _lede_subject(ix: _DocIndex, first: _Pair, last: _Pair):
    """A quote opening its paragraph as a sentence of its own, with no frame: the person named as
    the subject of the next sentence ("«Les pompiers m'ont dit …» Eliane n'est pas près
    d'oublier l'incendie …")."""
    para = ix.para_of(first.open)
    if ix.text[ix.paras[para][0]:first.open].strip() or ix.para_of(last.close) != para:
        return None
    inner = ix.text[last.open + 1:last.close].rstrip(INNER_SPACE)
    nxt = ix.token_after(last.close + 1)
    if nxt is None or ix.para_of_tok[nxt] != para or \
            not (inner[-1:] in SENTENCE_END or ix.doc[nxt].text in SENTENCE_END):
        return None
    return _person_subject(ix, [t for t in ix.doc[nxt].sent if t.i >= nxt])


def _heading_next(ix: _DocIndex, first: _Pair, last: _Pair):
    """An intertitle that is only a quote, with no frame («Certains n'ont fait que nuire au club»
    alone on its line): the person named as the subject of the next paragraph's first sentence
    ("À Meslay-du-Maine, le maire Christian Boulay invite …")."""
    para = ix.para_of(first.open)
    if para + 1 >= len(ix.paras) or ix.para_of(last.close) != para:
        return None
    p0, p1 = ix.paras[para]
    around = ix.tokens(p0, first.open) + ix.tokens(last.close + 1, p1)
    if any(t.pos_ in ("VERB", "AUX") or t.text in SENTENCE_END for t in around) or \
            sum(not t.is_punct for t in around) > 3:
        return None
    return _person_subject(ix, ix.tokens(*ix.paras[para + 1]))


def _person_subject(ix: _DocIndex, toks):
    """The subject of the first finite verb of `toks` (before any sentence end or quote), with the
    verb's name, when that subject names a person; else None."""
    for t in toks:
        if t.text in SENTENCE_END or _in_quote(ix, t.idx):
            return None
        if t.pos_ in ("VERB", "AUX") and _finite(t):
            verb = t.head if t.dep_.startswith("aux") else t      # ("n'est pas près d'oublier")
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None or not any(s.ent_type_ == "PER" for s in subj.subtree) or \
                    any(c.dep_ == "mark" and c.lower_ not in ("de", "d'", "d’", "à") for c in verb.children):
                return None                                       # ("Si Johan a opté …, c'est …")
            return subj, _verb_name(verb)
    return None


def _states(verb) -> bool:
    """Whether a clause makes a statement: a verb of saying, or one whose object is a statement
    ("a émis un avertissement", "a lancé un appel")."""
    return _speech_verb(verb) or any(c.dep_ == "obj" and c.lemma_.lower() in SPEECH_NOUNS
                                     for c in verb.children)


def _salient(ix: _DocIndex, speaker: _Speaker) -> bool:
    """Whether a speaker found without a verb of saying is safe to give: a named person, a
    resolved pronoun or a person's title, or an organisation with a proper name."""
    toks = ix.tokens(speaker.start, speaker.end)
    head = _head_of(toks)
    if head is not None and "Plur" in head.morph.get("Number") and speaker.kind != "pronoun":
        return False                             # "15 joueurs", "les pèlerins": not one source
    if speaker.kind in ("name", "pronoun", "title"):
        return True
    if speaker.kind == "org" and head is not None and head.pos_ == "NOUN" and \
            any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’") for c in head.children):
        # "La cour «annule …»" after "La Cour constitutionnelle roumaine a annoncé": the body named before
        folded = key(head.text)
        if any(e.label_ == "ORG" and e.end_char <= speaker.start and
               key(e.text).removeprefix("la ").removeprefix("le ").removeprefix("l'").split()[:1] == [folded]
               for e in ix.doc.ents):
            return True
    return speaker.kind == "org" and any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PER") for t in toks)


def _ends_attribution(ix: _DocIndex, prev: Quote, between: str, before: int) -> bool:
    """Whether the words between a postposed speaker and the next quote only end the sentence
    of the attribution («A» a déclaré X après la victoire. «B»): one sentence, no verb."""
    if prev.speaker_start < prev.end or between[-1:] not in SENTENCE_END or \
            any(ch in SENTENCE_END for ch in between[:-1]):
        return False
    toks = ix.tokens(prev.speaker_end, before)
    return all(t.pos_ not in ("VERB", "AUX") for t in toks) and len(toks) <= 8


def _np_span(ix: _DocIndex, head) -> tuple[int, int]:
    """Char span of the NP around a speaker's head: determiners, adjectives, complements, the
    name in apposition ('le porte-parole du Kremlin Dmitri Peskov'); no relative clauses."""
    keep = {head.i}
    todo = [head]
    while todo:
        t = todo.pop()
        for c in t.children:
            if c.dep_ in NP_DEPS and c.i not in keep and not c.is_space \
                    and (c.pos_ not in ("VERB", "AUX") or c.text[:1].isupper()) \
                    and not (c.dep_ == "det" and c.i > t.i) and not _foreign_complement(c):
                keep.add(c.i)
                todo.append(c)
    doc = ix.doc
    keep = {k for k in keep if not _in_quote(ix, doc[k].idx) and not _is_mark(doc[k])} | {head.i}
    lo = hi = head.i
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    named = next((e for e in ix.doc.ents if e.label_ == "PER" and head.i < e.start <= hi and e.start in keep),
                 None) if hi - lo + 1 > MAX_SPEAKER_TOKENS else None
    if named is not None:
        # too long to trust, with a person's name in it: the name ("le président de la Cour de
        # justice de la République (CJR), Dominique Pauthe", "le demi d'ouverture bordelais Maxime
        # Lucu après la victoire …")
        lo, hi = named.start, named.end - 1
    elif hi - lo + 1 > MAX_SPEAKER_TOKENS:           # too long to trust: the head and its name only
        lo = hi = head.i
        while lo - 1 >= 0 and doc[lo - 1].dep_ in ("det", "amod") and doc[lo - 1].head == head:
            lo -= 1
        while hi + 1 < len(doc) and doc[hi + 1].dep_ in ("flat:name", "amod", "appos") and \
                doc[hi + 1].head.i in range(lo, hi + 1):
            hi += 1
    for e in doc.ents:                           # never cut a name: "La Corée du Sud", "Pierre Dartout"
        if e.start <= hi and lo < e.end and (e.start < lo or e.end - 1 > hi) and e.end - e.start <= 6 \
                and e.sent.start == doc[head.i].sent.start:
            lo, hi = min(lo, e.start), max(hi, e.end - 1)
    while hi + 1 < len(doc) and not doc[hi].whitespace_ and "-" in (doc[hi].text, doc[hi + 1].text):
        hi += 1                                  # never cut a hyphenated word: "l'état-major"
    lo = max(lo, _after_sentence_end(doc, lo, head.i))
    opened = [k for k in range(lo, hi + 1) if doc[k].text == "("]
    if opened and not any(doc[k].text == ")" for k in range(opened[-1], hi + 1)):
        if hi + 1 < len(doc) and doc[hi + 1].text == ")":
            hi += 1                              # "la Gendarmerie royale du Canada (GRC)"
        else:
            hi = opened[-1] - 1
    while lo < hi and (doc[lo].is_punct or doc[lo].pos_ in ("ADP", "CCONJ")):
        lo += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space or doc[hi].pos_ in ("ADP", "CCONJ", "DET", "PRON")) and \
            not (doc[hi].text == ")" and any(doc[k].text == "(" for k in range(lo, hi))):
        hi -= 1
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _after_sentence_end(doc, lo: int, hi: int) -> int:
    """Where a span [lo, hi] really starts when an entity glued it across a sentence end the
    splitter missed ("la bombe H. La Corée du Sud a annoncé"): after the last "X." before a
    capitalised determiner; else lo."""
    for k in range(hi - 1, lo - 1, -1):
        if doc[k].text.endswith(".") and doc[k + 1].pos_ == "DET" and doc[k + 1].text[:1].isupper():
            return k + 1
    return lo


def _foreign_complement(c) -> bool:
    """An nmod that is not a 'de' complement ('au cours de son enseignement', 'à Beyrouth' is
    kept: short place complements are part of a title)."""
    if c.dep_ != "nmod":
        return False
    cases = [g for g in c.children if g.dep_ == "case"]
    return bool(cases) and not any(g.lemma_.lower() in ("de", "à", "of") for g in cases) or \
        any(len(list(g.children)) or g.i < c.i - 3 for g in cases) and not cases[0].lemma_.lower() == "de"


def _kind_of_span(ix: _DocIndex, start: int, end: int) -> str:
    """name (a person named inside), document, title (a person by function), or org."""
    doc = ix.doc
    toks = ix.tokens(start, end)
    nouns = [t for t in toks if t.pos_ == "NOUN"]
    head = _head_of(toks)
    if _named_organisation_noun(head, end):
        return "org"
    if any(e.label_ == "PER" and start <= e.start_char and e.end_char <= end and _names_someone(e) for e in doc.ents):
        return "name"
    if head is not None and head.pos_ == "PROPN" and all(t.pos_ == "PROPN" for t in toks) and \
            any(e.label_ == "PER" and len(e) > 1 and e[-1].text == toks[-1].text and e.end_char <= start
                for e in doc.ents):
        return "name"                            # "Mouallem" after "Walid Mouallem", tagged a place this time
    if head is not None and head.pos_ == "PRON" and not head.ent_type_:
        return "pronoun"
    lemma = head.lemma_.lower() if head is not None else ""
    if lemma in DOCUMENT_NOUNS or (nouns and nouns[0].lemma_.lower() in DOCUMENT_NOUNS):
        return "document"
    if head is not None and _acronym(head) and not any(start <= e.start_char < end for e in doc.ents):
        return "org"                             # "précise l'INPN"
    if head is not None and head.pos_ == "PROPN" and all(t.pos_ == "PROPN" for t in toks if t.is_alpha) \
            and len(toks) in (2, 3) and not any(start <= e.start_char < end for e in doc.ents):
        return "name"
    if lemma in PERSON_TITLES:
        return "title"
    if any(e.label_ in ("ORG", "LOC") and start <= e.start_char and e.end_char == end and
           not COMPLEMENT_BEFORE.search(ix.text[start:e.start_char]) for e in doc.ents):
        return "org"                             # "l'opérateur Sprint", not "recruteur de Manchester City"
    if head is not None and _person_noun(head):
        return "title"
    # "le tempétueux entrepreneur", parsed with the adjective for its head
    before_complement = itertools.takewhile(lambda t: t.pos_ != "ADP", toks)
    if head is not None and head.pos_ == "NOUN" and \
            any(t.pos_ == "NOUN" and _person_noun(t) for t in before_complement):
        return "title"
    if head is not None and head.pos_ == "PROPN" and AGE_AFTER_NAME.match(ix.text, end):
        return "name"                            # "Olena, 43 ans"
    return "org"


# A capitalised name of one to three words, then an apposition of a few words.
_NAME_THEN_APPOSITION = re.compile(r"([A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){0,2})\s*,\s*((?:[\w'’-]+\s+){0,2}[\w'’-]+)\s*,?")


def _names_someone(ent) -> bool:
    """Whether a PER entity is more than a title ("Le Général", "Président de la République"):
    one the entity cleaning keeps as no person, or a title word alone after a particle (unless a
    longer name ends so: "Bruno Le Maire")."""
    if not any(key(t.text) in TITLE_HEADS for t in ent):
        return True
    cleaned = clean_entity(ent.doc, ent.start, ent.end, "person")
    if cleaned is None or cleaned.label != "person":
        return False
    core = [w for w in cleaned.text.split() if key(w) not in PARTICLES]
    return len(core) > 1 or any(e.label_ == "PER" and e.text.endswith(" " + cleaned.text) for e in ent.doc.ents)


def _acronym(t) -> bool:
    """A word of two to eight capitals, letters only ("INPN", "CCAT"): a body's initials."""
    return 2 <= len(t.text) <= 8 and t.text.isalpha() and t.text.isupper()


def _head_of(toks):
    """The token of a span whose head lies outside it (the span's syntactic head)."""
    return next((t for t in toks if t.head.i < toks[0].i or t.head.i > toks[-1].i or t.head == t),
                toks[0]) if toks else None


def _across_split(ix: _DocIndex, start: int) -> int:
    """The start of a speaker NP the sentence splitter cut inside a hyphenated or elided name
    ("la société des journalistes d'I-" | "Télé indiquait"): the NP of the previous sentence
    that the glued pieces complete; else `start`."""
    doc = ix.doc
    k = ix.token_after(start)
    if k is None or k == 0 or not doc[k].is_sent_start:
        return start
    j = k
    while j > 0 and doc[j - 1].idx + len(doc[j - 1].text) == doc[j].idx and not doc[j - 1].is_space:
        j -= 1
    glued = ix.text[doc[j].idx:doc[k].idx]
    if j == k or not any(ch in glued for ch in "-'’") or ix.para_of_tok[j] != ix.para_of_tok[k]:
        return start
    node = next((doc[i] for i in range(j, k) if doc[i].is_alpha), None)
    if node is None:
        return start
    while node.dep_ in ("nmod", "flat", "flat:name", "appos", "amod") and node.head.pos_ in ("NOUN", "PROPN") \
            and node.head.i < node.i:
        node = node.head
    return min(_np_span(ix, node)[0], doc[j].idx, start)


def _named_organisation_noun(head, end: int) -> bool:
    """'l'agence Spunik': an organisation noun followed by the name that ends the span."""
    if head is None or head.pos_ != "NOUN" or head.lemma_.lower() not in ORGANISATION_NOUNS:
        return False
    name = [t for t in head.doc[head.i + 1:] if t.idx < end]
    return bool(name) and all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in name)


def _document_source(ix: _DocIndex, doc_noun, earlier: list[Quote]) -> tuple[int, int] | None:
    """The author of a document ('le communiqué du ministère', or the ministry credited with an
    earlier quote whose sentence mentions the same document, in this or the previous paragraph)."""
    for c in doc_noun.children:
        if c.dep_ == "nmod" and c.lemma_.lower() not in DOCUMENT_NOUNS and \
                (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "PER", "LOC") or _person_noun(c) or
                 any(g.dep_ == "det" for g in c.children)):
            return _np_span(ix, c)               # "le communiqué du ministère", not "de presse"
    for c in doc_noun.children:                  # "un communiqué publié mardi par l'état-major"
        agent = next((g for g in c.children if g.dep_ == "obl:agent"), None) if c.dep_ == "acl" else None
        if agent is not None:
            return _np_span(ix, agent)
    para = ix.para_of(doc_noun.idx)
    lemma = doc_noun.lemma_.lower()
    for q in reversed(earlier):
        if q.speaker_start is None or ix.para_of(q.start) < para - 1:
            continue
        sent_toks = ix.tokens(q.sentence_start, q.sentence_end)
        if q.speaker_kind == "document":
            # "Selon le communiqué du procureur, «…». ¶ «…», poursuit le communiqué": the author
            # found for the same document before
            if not any(t.lemma_.lower() in DOCUMENT_NOUNS for t in ix.tokens(q.speaker_start, q.speaker_end)) \
                    and any(t.lemma_.lower() == lemma for t in sent_toks):
                return q.speaker_start, q.speaker_end
            continue
        # "Dans un communiqué …, le ministère a expliqué : «…»": the document is the channel, or
        # the one its speaker put out ("un communiqué dans lequel il indique «…»")
        if any(t.lemma_.lower() == lemma and (_channel(t) or any(c.dep_ == "acl:relcl" for c in t.children))
               for t in sent_toks):
            return q.speaker_start, q.speaker_end
    # "Le ministère … a publié un communiqué. Selon le communiqué, «…»": the subject of the verb
    # whose object was that document, or that it was the channel of ("Dans un communiqué …, le
    # ministère a fait état de …"), earlier in this or the previous paragraph
    for t in reversed(ix.doc[:doc_noun.i]):
        if ix.para_of_tok[t.i] < para - 1:
            break
        if t.lemma_.lower() == lemma and (t.dep_ == "obj" or t.dep_.startswith("obl") and _channel(t)) \
                and t.head.pos_ == "VERB" \
                and not _in_quote(ix, t.idx):
            subject = next((c for c in t.head.children
                            if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
            return _np_span(ix, subject) if subject is not None else None
    return _announced_before(ix, doc_noun)


def _announced_before(ix: _DocIndex, doc_noun) -> tuple[int, int] | None:
    """'un communiqué' (indefinite) right after a sentence of the same paragraph whose verb of
    saying has a body for subject ("…, a annoncé le ministère des armées tchadien. «…», selon un
    communiqué"): that body's; else None."""
    if not any(c.dep_ == "det" and c.lower_ in ("un", "une") for c in doc_noun.children):
        return None
    k = doc_noun.sent.start - 1
    while k >= 0 and all(t.is_punct or t.is_space for t in ix.doc[k].sent):
        k = ix.doc[k].sent.start - 1             # (past a sentence that is only a quote mark)
    if k < 0 or ix.para_of_tok[k] != ix.para_of_tok[doc_noun.i]:
        return None
    for t in reversed(list(ix.doc[k].sent)):
        if _speech_verb(t) and _finite(t) and not _in_quote(ix, t.idx):
            subj = _subject_of(ix, t)
            if subj is None or isinstance(subj, tuple) or subj.pos_ not in ("NOUN", "PROPN"):
                subj = _subject_after(ix, t)      # "…, a annoncé le ministère …": inverted
            if subj is None:
                return None
            span = subj if isinstance(subj, tuple) else _np_span(ix, subj)
            return span if _kind_of_span(ix, *span) == "org" and any(
                tok.pos_ == "PROPN" or tok.ent_type_ == "ORG" or tok.lemma_.lower() in ORGANISATION_NOUNS
                or tok.text[:1].isupper() for tok in ix.tokens(*span)) else None
    return None


def _channel(t) -> bool:
    """Whether a document noun is written as the channel of what is said ("dans un communiqué")."""
    return any(c.dep_ == "case" and c.lemma_.lower() in DOCUMENT_CHANNEL for c in t.children)


def _pronoun_word(t) -> str:
    """A word as written, folded, without the hyphen of an inverted pronoun ("-il": il)."""
    return _norm(t.text).lstrip("-")


def _pronoun_subject(t, low: str) -> bool:
    """Whether a token is the pronoun `low` as a subject, also inverted ("a-t-il", which the parse
    may call an expletive)."""
    inverted = t.text.startswith("-")
    return _pronoun_word(t) == low and (t.dep_ == "nsubj" or inverted and t.dep_ == "expl:subj")


def _antecedent(ix: _DocIndex, pron, before: int, low: str) -> tuple[int, int] | None:
    """The person an il/elle stands for: the nearest preceding subject naming a person (or a
    person's title) in this or the previous paragraph, else the nearest PER entity."""
    doc = ix.doc
    para = ix.para_of(before)
    limit = min(pron.idx, before)
    feminine = low.startswith("elle")
    sents, seen = [], set()
    # back to the previous paragraph, or to the one before the last link of a chain of the same
    # pronoun or before an intertitle in capitals, three paragraphs at most
    floor = para - 1
    for t in reversed(doc[:ix.token_before(limit) + 1 if ix.token_before(limit) is not None else 0]):
        if ix.para_of_tok[t.i] < floor:
            break
        link = _pronoun_subject(t, low) and not _in_quote(ix, t.idx)
        if t.sent.start not in seen:
            seen.add(t.sent.start)
            sents.append(t.sent)
            link = link or t.sent.text.isupper()
        if link:
            floor = max(min(floor, ix.para_of_tok[t.i] - 1), para - 3)
    for sent in sents:
        toks = [t for t in sent if t.idx < limit and ix.para_of_tok[t.i] >= floor]
        if sent.start <= pron.i < sent.end:
            # in the pronoun's own sentence, only what comes before the same pronoun's first use
            # ("S'il estime que le décès de Nahel est «…», il condamne": not Nahel)
            same = next((t for t in toks if _pronoun_subject(t, low)), None)
            toks = [t for t in toks if same is None or t.i < same.i]
        source = _selon_source(ix, sent) if not sent.start <= pron.i < sent.end else None
        if source is not None:
            return source         # "Selon X, Elizabeth II devrait …. «…» explique-t-il": X speaks
        if sent.start <= pron.i < sent.end and _selon_same_pronoun(ix, sent, low):
            continue      # "Selon lui, la FFR (Cadet) …, «…», a-t-il précisé": he is named before
        subjects = [t for t in toks if (t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ != "PRON" or
                                        _subject_of_lost_verb(t) or _inverted_name(t))
                    and not _in_quote(ix, t.idx) and _number_ok(t, low)]
        # the one a verb of saying has for subject goes on speaking ("X propose …, a déclaré Y. «…»,
        # a-t-il indiqué": Y), then the one named most often
        subjects.sort(key=lambda t: (not _speech_verb(t.head), -_times_named(ix, t, limit),
                                     t.head.dep_ != "ROOT", -t.i))
        for s in subjects:
            start, end = _np_span(ix, s)
            if _kind_of_span(ix, start, end) == "name":
                return _person_in(ix, s, start, end)
            if _person_noun(s) and _gender_ok(s, feminine):
                named = _with_name_in_apposition(ix, s)    # "La directrice de X, Simone Guidi, a"
                if isinstance(named, tuple):
                    return named
                named = next((e for e in doc.ents if e.label_ == "PER" and e.end_char < start and
                              ix.text[e.end_char:start].strip() == ","), None)
                return (named.start_char, named.end_char) if named is not None else (start, end)
                # ("Friedrich Merz, le candidat de la CDU, a déclaré": the parse may take the title)
            name = _name_after_title(ix, s)
            if name is not None:
                return name
        own = sent.start <= pron.i < sent.end
        if not low.endswith("s") and (sent is sents[0] and not own and _says_something(sent) or own):
            # "La mairie a expliqué … . Elle appelle «…»": the body speaking; in the pronoun's own
            # sentence, the body before its colon ("Le Conseil scientifique craint … : …, il confirmait")
            body = next((s for s in subjects if (s.head == sent.root or own) and s.pos_ == "NOUN" and s.morph.get("Gender")
                         and _gender_ok(s, feminine) and _kind_of_span(ix, *_np_span(ix, s)) == "org"
                         and (not own or ":" in ix.text[s.idx:pron.idx] and s.ent_type_ == "ORG")), None)
            if body is not None:
                return _np_span(ix, body)
        if low.endswith("s") or sent.start <= pron.i < sent.end:
            continue      # "ils": not one person named somewhere; "Interrogé sur X, il…": not X
        chain = [t for t in toks if _pronoun_subject(t, low) and not _in_quote(ix, t.idx)]
        if chain:         # "… elle s'est fait prendre par Trstenjak. … a-t-elle dit": the chain
            named = [e for e in doc.ents if e.label_ == "PER" and sent.start_char <= e.start_char and
                     e.end_char <= chain[0].idx and not _in_quote(ix, e.start_char)]
            # (not one of the other gender: "Encouragée par son mari, Gaël Monfils, elle …")
            named = [e for e in named if not _other_gender(ix, e, feminine)]
            if named:     # of 'elle' goes on past the person the sentence merely mentions, and
                return named[-1].start_char, named[-1].end_char    # starts at one named before it
            continue      # ("Juliette Carpezat s'est précipitée lorsqu'elle a su")
        persons = [e for e in doc.ents if e.label_ == "PER" and e.start_char < limit and
                   not _in_quote(ix, e.start_char) and
                   sent.start_char <= e.start_char < sent.end_char and ix.para_of(e.start_char) >= para - 1]
        # the last person the sentence names, not one in a complement when it names another ("Elina
        # Svitolina … a validé son billet pour les quarts de finale de Roland-Garros")
        persons = [e for e in persons if not COMPLEMENT_BEFORE.search(
            ix.text[max(sent.start_char, e.start_char - 6):e.start_char])] or persons
        if persons:
            e = persons[-1]
            return None if _other_gender(ix, e, feminine) else (e.start_char, e.end_char)
    return None


def _selon_same_pronoun(ix: _DocIndex, sent, low: str) -> bool:
    """Whether a sentence opens with 'Selon lui,' ('Selon elle,') for the pronoun `low`."""
    first = _opener(ix.doc, sent.end - 1)
    nxt = ix.doc[first.i + 1] if first.i + 1 < len(ix.doc) else None
    return _is_selon(first) and nxt is not None and STRESSED_PRONOUNS.get(nxt.lower_) == low


def _is_latter(t) -> bool:
    """"ce dernier" / "cette dernière", which the parse may tag as an adjective."""
    return _norm(t.text) in LATTER and any(_norm(c.text) in ("ce", "cette") for c in t.children if c.dep_ == "det")


def _latter(ix: _DocIndex, subj, before: int) -> tuple[int, int] | None:
    """The person "ce dernier" / "cette dernière" stands for: the last one named before it in
    its sentence outside quote marks; when that part of the sentence names nothing at all, the
    last one named in the sentence before ("«…», a commenté ce dernier" after "…, saluant la
    contribution du député Éric Caire."); None when the last thing named is no person ("l'aide
    demandée à l'état-major, ce dernier estimant…")."""
    doc = ix.doc
    det = min(c.i for c in subj.children if c.dep_ == "det")
    sent = subj.sent
    for _ in range(2):
        persons = [e for e in doc.ents if sent.start <= e.start and e.end <= det and
                   not _in_quote(ix, e.start_char) and e.label_ == "PER"]
        if persons:
            return persons[-1].start_char, persons[-1].end_char
        if any(t.pos_ in ("NOUN", "PROPN") and not _in_quote(ix, t.idx) for t in doc[sent.start:det]):
            return None                          # the last thing named is no person
        k = ix.token_before(min(before, doc[sent.start].idx))     # the sentence before (the quote)
        if k is None or ix.para_of_tok[k] < ix.para_of(before) - 1:
            return None
        sent = doc[k].sent
    return None


def _demonstrative_antecedent(ix: _DocIndex, pron) -> tuple[int, int] | None:
    """What "celui-ci" / "celle-ci" opening its sentence stands for: the subject of the sentence
    before, a noun of the same gender, in the same paragraph; else None."""
    doc = ix.doc
    sent = pron.sent
    if sent.start == 0 or pron.i > sent.start + 2:
        return None
    before = doc[sent.start - 1].sent
    if ix.para_of_tok[before.start] != ix.para_of_tok[pron.i]:
        return None
    feminine = _norm(pron.text).startswith("celle")
    subject = next((t for t in before if t.dep_ == "nsubj" and t.head == before.root and
                    t.pos_ in ("NOUN", "PROPN") and _gender_ok(t, feminine)), None)
    return _np_span(ix, subject) if subject is not None else None


def _selon_source(ix: _DocIndex, sent) -> tuple[int, int] | None:
    """The person a sentence opening with 'Selon X,' or 'Pour X,' cites ("Or, pour le président,
    il n'en était rien"), else None."""
    doc = ix.doc
    first = _opener(doc, sent.end - 1)
    if first.lower_ in ("or", "mais", "et") and first.i + 2 < sent.end:       # "Or, pour X,"
        first = doc[first.i + 2] if doc[first.i + 1].text == "," else doc[first.i + 1]
    if not _is_selon(first) and first.lower_ not in POUR:
        return None
    head = _selon_np(ix, first)
    if head is None:
        return None
    start, end = _np_span(ix, head)
    if first.lower_ in POUR and not ix.text[end:end + 2].lstrip().startswith(","):
        return None
    kind = _kind_of_span(ix, start, end)
    if kind == "name":
        return _person_in(ix, head, start, end)
    if kind != "title":
        return None
    named = next((e for e in ix.doc.ents if e.label_ == "PER" and head.i < e.start < sent.root.i
                  and ix.doc[e.start - 1].text == ","), None)   # "Selon le Premier ministre d'X, Jay W.,"
    return (named.start_char, named.end_char) if named is not None else (start, end)


def _inverted_name(t) -> bool:
    """A person's name, or a person's title, right after a verb of saying that has no subject,
    parsed as its object: the inverted subject ("… de travaux confirme André Kaufmann, adjoint au
    maire", "«…», a affirmé le Premier ministre Bart De Wever")."""
    v = t.head
    between = t.doc[v.i + 1:t.i]
    right_after = v.i == t.i - 1 if t.ent_type_ == "PER" else \
        v.i < t.i and _person_noun(t) and all(w.dep_ in ("det", "amod") and w.head == t for w in between)
    return t.dep_ == "obj" and right_after and _incise_verb(v) and \
        not any(c.dep_.startswith("nsubj") for c in v.children)


def _subject_of_lost_verb(t) -> bool:
    """A name coordinated to a verb: the subject of a second clause whose verb the tagger
    missed ("Kharlan finit par réagir et Brunet flanche")."""
    return t.dep_ == "conj" and t.pos_ == "PROPN" and t.ent_type_ == "PER" and t.head.pos_ == "VERB"


def _says_something(sent) -> bool:
    """Whether a sentence has a verb of saying (else its subject is only what it talks about)."""
    return any(_speech_verb(t) for t in sent)


def _times_named(ix: _DocIndex, subj, limit: int) -> int:
    """How often the person a subject names was named before `limit`: the one the passage is
    about wins over another subject of the same sentence ("Kharlan réagit et Brunet flanche.
    «…» a-t-elle dit", Brunet named throughout). 0 for a subject that names no one."""
    ent = next((e for e in ix.doc.ents if e.start <= subj.i < e.end), None)
    if ent is None and subj.pos_ == "PROPN" and subj.text[:1].isupper():
        return ix.doc.text.count(subj.text, 0, limit)      # a surname the NER missed this time
    if ent is None or ent.label_ != "PER":
        return 0
    return ix.doc.text.count(ent[-1].text, 0, limit)


def _name_after_title(ix: _DocIndex, s) -> tuple[int, int] | None:
    """A name written after a person's title and a comma ("L'entraîneur parisien, Staffan
    Olsson, juge…"): a person whatever NER labelled it; the span of the name alone."""
    doc = ix.doc
    if s.pos_ != "PROPN" or s.i < 2 or doc[s.i - 1].text != ",":
        return None
    if not any(_person_noun(doc[k]) and doc[k].pos_ == "NOUN" for k in range(max(0, s.i - 4), s.i - 1)):
        return None
    hi = s.i
    while hi + 1 < len(doc) and doc[hi + 1].dep_ == "flat:name" and doc[hi + 1].head.i == s.i:
        hi += 1
    return s.idx, doc[hi].idx + len(doc[hi].text)


def _person_in(ix: _DocIndex, head, start: int, end: int) -> tuple[int, int]:
    """The subject NP when its head is the person ('le porte-parole … John Kirby'), else the
    person named inside it ('la vidéo de Khaled Freak' → 'Khaled Freak')."""
    if head.pos_ == "PROPN" or head.ent_type_ == "PER" or _person_noun(head):
        return start, end
    persons = [e for e in ix.doc.ents if e.label_ == "PER" and start <= e.start_char and e.end_char <= end]
    return (persons[-1].start_char, persons[-1].end_char) if persons else (start, end)


def _number_ok(noun, pronoun: str) -> bool:
    det = next((c for c in noun.children if c.dep_ == "det" and c.morph.get("Number")), None)
    n = (det or noun).morph.get("Number")        # "Le Français": the article says singular
    if not n:                                    # a person's name is one person, never "ils"
        return not (pronoun.endswith("s") and noun.ent_type_ == "PER")
    return (n[0] == "Plur") == pronoun.endswith("s")


def _is_mark(t) -> bool:
    return any(ch in OPENERS or ch in CLOSERS or ch == STRAIGHT for ch in t.text)


def _in_quote(ix: _DocIndex, offset: int) -> bool:
    return any(p.open < offset < p.close for p in ix.pairs)


def _gender_ok(noun, feminine: bool) -> bool:
    g = noun.morph.get("Gender")
    return not g or (g[0] == "Fem") == feminine


_KIN = frozenset("mari époux femme épouse compagnon compagne père mère fils fille frère sœur soeur oncle tante "
                 "veuf veuve".split())
_CIVILITY = {"m.": "Masc", "m": "Masc", "monsieur": "Masc", "mme": "Fem", "madame": "Fem", "mlle": "Fem"}


def _person_gender(ix: _DocIndex, ent) -> str | None:
    """'Fem' or 'Masc' for a person the article names, when what surrounds the name agrees more
    one way than the other over all its mentions: a civility ("Mme"), the article of a title before
    it ("la ministre X"), the noun it is in apposition to and that noun's article ("son mari, X"),
    an adjective right after it ("X, ancienne numéro trois"); else None."""
    doc, votes = ix.doc, {"Fem": 0, "Masc": 0}
    given = first_names().get(ent[0].text)
    if given:
        votes[given] += 1            # the first name, when one sex mostly bears it ("Valérie Pécresse")
    for e in doc.ents:
        if e.label_ != "PER" or e[-1].text != ent[-1].text:
            continue
        cues = []
        before = doc[e.start - 1] if e.start else None
        if before is not None and _norm(before.text) in _CIVILITY:
            votes[_CIVILITY[_norm(before.text)]] += 2
        if before is not None and before.pos_ == "NOUN":             # "la ministre Florence Parly"
            cues += [c for c in before.children if c.dep_ == "det"]
        head = e.root.head
        if e.root.dep_ == "appos" and head.pos_ == "NOUN" and (_person_noun(head) or head.lower_ in _KIN):
            cues += [c for c in head.children if c.dep_ == "det"] + ([head] if head.lower_ in _KIN else [])
            # ("son mari, Gaël Monfils"; not "Agriculteur à la retraite, X", hung on "retraite")
        if e.end + 1 < len(doc) and doc[e.end].text == "," and doc[e.end + 1].pos_ == "ADJ":
            cues.append(doc[e.end + 1])                               # "X, ancienne …"
        for t in cues:
            for g in t.morph.get("Gender"):
                votes[g] = votes.get(g, 0) + 1
    if votes["Fem"] == votes["Masc"]:
        return None
    return "Fem" if votes["Fem"] > votes["Masc"] else "Masc"


def _other_gender(ix: _DocIndex, ent, feminine: bool) -> bool:
    """Whether a person is known to be of the other gender than il (elle) asks for."""
    g = _person_gender(ix, ent)
    return g is not None and (g == "Fem") != feminine
