"""Stage 3 — link: entity mentions → actors across the whole dossier.

Order of authority: annotations, then the registry (names, aliases, role aliases valid on the
article's date), then NER. Persons and organisations found by NER that match nothing become
automatic actors, marked unreviewed. Within an article a name found once is found at every
occurrence, and a surname joins the full name met in the same article (issue 3).

What is a person is decided over the whole dossier, not one NER label at a time: a name's
labels are counted over all its occurrences (spaCy calls "Mars" a person once and a place
ten times), a lone word that is the surname of a person named in the same article is that
person whatever its label ("Lavillenie" tagged MISC beside "Renaud Lavillenie"), and a full
name found once is found in every article, so NER misses are recovered.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .analyse import Analysis
from .entities import TITLE_HEADS, Entity, spelled_out
from .errors import ContentError, Report
from .model import RESERVED_IDS, Actor, Annotation, Article, Mention
from .anchors import find_anchor
from .text import fold, key, slugify

PARTICLES = {"de", "du", "des", "le", "la", "van", "von", "der", "den", "da", "di", "del", "ben", "bin", "al", "el", "d'"}
INITIAL = re.compile(r"^[A-ZÀ-Þ]\.$")          # "R." of "R. Lavillenie"
_PARTICLE_GLUED = re.compile(r"^(%s)-[A-ZÀ-Þ]" % "|".join(p for p in PARTICLES if p.isalpha()))
_WORD = re.compile(r"\w+(?:-\w+)*")


@dataclass
class Unlinked:
    """A name the linker saw but did not link (ambiguous, or rejected)."""

    text: str
    label: str
    article: str
    start: int
    end: int
    reason: str


@dataclass
class Linked:
    actors: dict[str, Actor]
    mentions: list[Mention]
    unlinked: list[Unlinked] = field(default_factory=list)


def surnames(name: str) -> list[str]:
    """The forms a person is called by alone: 'Jean-Yves Le Drian' → ['Le Drian', 'Drian']."""
    tokens = name.split()
    out = []
    for i in range(1, len(tokens)):
        rest = tokens[i:]
        if all(key(t) in PARTICLES for t in rest) or len(key(" ".join(rest))) < 3:
            continue    # "Karabatic L." is not called "L."
        if key(tokens[i]) in PARTICLES or tokens[i][:1].isupper() or _PARTICLE_GLUED.match(tokens[i]):
            out.append(" ".join(rest))      # "al-Joulani" too
    return out


def is_full_name(name: str) -> bool:
    """'Renaud Lavillenie' yes; 'Lavillenie', 'R. Lavillenie', 'De Gendt' no (surname forms)."""
    tokens = name.split()
    return len(tokens) >= 2 and not INITIAL.match(tokens[0]) and key(tokens[0]) not in PARTICLES


class Names:
    """Finds whole-word occurrences of many names (folded keys) in a folded text, longest
    first. Word n-gram lookups, so thousands of names cost no more than a few."""

    def __init__(self, forms: dict[str, str]):
        self.forms: dict[str, str] = {}
        self.longest: dict[str, int] = {}
        for form, value in forms.items():
            k = key(form)
            words = _WORD.findall(k)
            if words and k not in self.forms:
                self.forms[k] = value
                self.longest[words[0]] = max(self.longest.get(words[0], 0), len(words))

    def find(self, folded: str) -> list[tuple[int, int, str]]:
        """(start, end, value) of each non-overlapping occurrence."""
        words = list(_WORD.finditer(folded))
        out, i = [], 0
        while i < len(words):
            n, step = self.longest.get(words[i].group(), 0), 1
            for j in range(min(n, len(words) - i), 0, -1):
                s, e = words[i].start(), words[i + j - 1].end()
                value = self.forms.get(re.sub(r"\s+", " ", folded[s:e]))
                if value is not None:
                    out.append((s, e, value))
                    step = j
                    break
            i += step
        return out


class Index:
    """Folded-name lookups over the actors known so far."""

    def __init__(self):
        self.by_key: dict[str, str] = {}
        self.by_surname: dict[str, set[str]] = defaultdict(set)
        self.roles: dict[str, list[tuple[str, object]]] = defaultdict(list)

    def add(self, actor: Actor, forms: list[str]) -> None:
        for form in forms:
            self.by_key.setdefault(key(form), actor.id)
        if actor.kind == "person":
            for form in [actor.name, *actor.aliases]:
                for s in surnames(form):
                    self.by_surname[key(s)].add(actor.id)
        for role in actor.roles:
            self.roles[_role_key(role.text)].append((actor.id, role))

    def role_actor(self, text: str, date: str) -> str | None:
        """The one actor a role names on `date` ('le président ukrainien', 'du président
        ukrainien' and 'président ukrainien' alike), or None when none or several do."""
        valid = {a for a, role in self.roles.get(_role_key(text), []) if role.valid_on(date)}
        return valid.pop() if len(valid) == 1 else None


_LEADING_DETERMINER = re.compile(r"^(?:le|la|les|l'|du|de la|de l'|des|au|aux)\s*")


def _after_title(text: str, ent: Entity) -> bool:
    """Whether a title stands with the name or right before it ("le pape François")."""
    before = key(text[max(0, ent.start - 30):ent.start]).split()
    return bool(ent.title) or bool(before) and before[-1] in TITLE_HEADS


def _first_name(name: str) -> str | None:
    """The first name of a full name, when its first word looks like one ('Pierrick' of
    'Pierrick Le Penru'; not 'INPN' of 'INPN Espèces')."""
    first = name.split()[0] if is_full_name(name) else ""
    return first if len(first) > 1 and first.replace("-", "").isalpha() and first.istitle() else None


def _first_names(entities: list[Entity]) -> set[str]:
    """The first names (folded) of the persons an article names in full."""
    return {key(first) for e in entities if e.label == "person" and (first := _first_name(e.text))}


def _role_key(text: str) -> str:
    return _LEADING_DETERMINER.sub("", key(text))


class Linker:
    def __init__(self, registry: list[Actor], rejected: set[str], report: Report):
        self.actors: dict[str, Actor] = {a.id: a for a in registry}
        self.rejected = {key(r) for r in rejected}
        self.report = report
        self.index = Index()
        for actor in registry:
            self.index.add(actor, [actor.name, *actor.aliases])
        self.registry_pattern = _alternation(
            [f for a in registry for f in [a.name, *a.aliases]] + [r.text for a in registry for r in a.roles])

    # --- the whole dossier -------------------------------------------------------------------

    def link(self, articles: list[Article], analyses: dict[str, Analysis],
             annotations: list[Annotation]) -> Linked:
        self.votes = _label_votes(analyses[a.id].entities for a in articles)
        self._create_automatic_actors(articles, analyses)
        self.full_names = Names({form: a.id for a in self.actors.values() if a.kind == "person"
                                 for form in [a.name, *a.aliases] if is_full_name(form)})
        mentions, unlinked = [], []
        by_article = defaultdict(list)
        for ann in annotations:
            by_article[ann.article].append(ann)
        for article in articles:
            found, missed = self.link_article(article, analyses[article.id], by_article[article.id])
            mentions += found
            unlinked += missed
        return Linked(self.actors, mentions, unlinked)

    def is_person_name(self, text: str) -> bool:
        """Called a person at least as often as anything else over the dossier."""
        votes = self.votes.get(key(text))
        return bool(votes) and votes["person"] > 0 and 2 * votes["person"] >= votes.total()

    def _create_automatic_actors(self, articles, analyses) -> None:
        """Full names (and organisations) first, so that lone surnames can join them."""
        singles = []
        for article in articles:
            before = None
            for ent in analyses[article.id].entities:
                introduced, before = before, ent
                if key(ent.text) in self.rejected or self._registry_or_known(ent.text) is not None:
                    continue
                named = introduced and self._registry_or_known(introduced.text)
                between = article.text[introduced.end:ent.start].strip() if introduced else ""
                # "l'Inventaire national du patrimoine naturel (INPN)", "Julien Ducros, alias Daemon"
                if named and (between == "(" and spelled_out(introduced.text, ent.text) == introduced.text or
                              between in (", alias", "alias") and self.actors[named].kind == "person"):
                    self.actors[named].aliases.append(ent.text)
                    self.index.add(self.actors[named], [ent.text])
                    continue
                if ent.label not in ("person", "organisation"):
                    continue
                if self.is_person_name(ent.text):
                    if is_full_name(ent.text):
                        self.new_actor(ent.text, "person", ent.title)
                    else:
                        singles.append((article, ent))
                elif ent.label == "organisation":
                    self.new_actor(ent.text, ent.label, None)
        first_names: dict[str, set[str]] = {}     # article id → first names of its full names
        for article, ent in singles:
            if key(ent.text.split()[0]) in ("le", "la", "les"):
                continue    # 'Le Pen' alone joins a full name or nothing: 'Le Canard' is no person
            if article.id not in first_names:
                first_names[article.id] = _first_names(analyses[article.id].entities)
            if not _after_title(article.text, ent) and key(ent.text) in first_names[article.id]:
                continue    # 'Pierrick' beside 'Pierrick Le Penru': that person (see _remember_local)
            if self._person_by_name(ent.text) is None and self._registry_or_known(ent.text) is None:
                self.new_actor(ent.text, "person", ent.title)

    def new_actor(self, name: str, kind: str, title: str | None = None) -> Actor:
        """An automatic (unreviewed) actor, with a unique ASCII id."""
        base = slugify(name) or "actor"
        actor_id, n = base, 2
        while actor_id in self.actors or actor_id in RESERVED_IDS:
            actor_id, n = f"{base}-{n}", n + 1
        actor = Actor(id=actor_id, name=name, kind=kind, reviewed=False, origin="automatic")
        if title:
            actor.titles.append(title)
        self.actors[actor_id] = actor
        self.index.add(actor, [name])
        return actor

    def _registry_or_known(self, text: str) -> str | None:
        return self.index.by_key.get(key(text))

    def _person_by_name(self, text: str, local: dict[str, str] | None = None) -> str | None:
        """A person for a partial name: a surname, or 'V. Poutine'. Article-local first."""
        tokens = text.split()
        if tokens and INITIAL.match(tokens[0]) and len(tokens) > 1:
            initial, rest = key(tokens[0])[0], key(" ".join(tokens[1:]))
            candidates = {a for a in self.index.by_surname.get(rest, set())
                          if key(self.actors[a].name).startswith(initial)}
            return candidates.pop() if len(candidates) == 1 else None
        k = key(text)
        if local and k in local:
            return local[k]
        candidates = self.index.by_surname.get(k, set())
        return next(iter(candidates)) if len(candidates) == 1 else None

    # --- one article -------------------------------------------------------------------------

    def link_article(self, article: Article, analysis: Analysis, annotations: list[Annotation]):
        folded = fold(article.text)
        taken: list[Mention] = []
        unlinked: list[Unlinked] = []
        rejected_spans = self._apply_rejections(article, annotations)
        for ann in annotations:
            if ann.kind == "links" or (ann.kind == "reject" and ann.fields.get("actor")):
                taken += self._annotation_mentions(article, ann)
        annotated = list(taken)             # annotations win over the registry
        taken += [m for m in self._registry_mentions(article, folded)
                  if not _inside(m.start, m.end, rejected_spans) and not _overlaps(m.start, m.end, annotated)]
        named = [Mention(article.id, actor_id, s, e, article.text[s:e], "propagated")
                 for s, e, actor_id in self.full_names.find(folded)
                 if article.text[s:s + 1].isupper() and not _inside(s, e, rejected_spans)]
        local: dict[str, str] = {}       # surname key → actor, from the full names of this article
        for m in [*taken, *named]:
            self._remember_local(m.actor, local)
        for ent in analysis.entities:
            if _overlaps(ent.start, ent.end, [m for m in taken if not self._holds(m, ent)]) or \
                    _inside(ent.start, ent.end, rejected_spans):
                continue
            actor_id, reason = self._resolve(ent, local, article.text)
            if actor_id is None:
                if reason and ent.label in ("person", "organisation"):
                    unlinked.append(Unlinked(ent.text, ent.label, article.id, ent.start, ent.end, reason))
                continue
            if ent.title and ent.title not in self.actors[actor_id].titles:
                self.actors[actor_id].titles.append(ent.title)
            taken.append(Mention(article.id, actor_id, ent.start, ent.end, ent.text, "ner"))
        taken += [m for m in named if not _overlaps(m.start, m.end, taken)]
        taken += self._propagate(article, folded, taken, rejected_spans, analysis.entities)
        return sorted(taken, key=lambda m: m.start), unlinked

    def _holds(self, m: Mention, ent: Entity) -> bool:
        """An organisation's or place's name holding a person's: 'Fondation Bill Gates'."""
        return ent.label == "person" and self.actors[m.actor].kind != "person" and \
            m.start <= ent.start and ent.end <= m.end and m.end - m.start > ent.end - ent.start

    def _resolve(self, ent: Entity, local: dict[str, str], text: str) -> tuple[str | None, str | None]:
        k = key(ent.text)
        if k in self.rejected:
            return None, "rejected"
        if k in local and ent.label != "place" and \
                not (" " not in k and k not in self.index.by_surname and _after_title(text, ent)):
            # (a lone name after a title is the name that person goes by: "le pape François")
            return (local[k], None) if local[k] else (None, "ambiguous surname")
        actor_id = self.index.by_key.get(k)
        person = ent.label != "place" and self.is_person_name(ent.text)
        if actor_id is not None and (self.actors[actor_id].kind != "person" or person or
                                     self.actors[actor_id].origin == "registry"):
            return actor_id, None
        if person:
            actor_id = self._person_by_name(ent.text, local)
            return (actor_id, None) if actor_id else (None, "ambiguous surname")
        if ent.label == "organisation":
            return None, "unknown organisation"
        return None, None

    def _remember_local(self, actor_id: str, local: dict[str, str | None]) -> None:
        """The surnames and first name of a person named in this article; one two persons share
        is ambiguous (None): 'Brownlee' beside Jonathan and Alistair Brownlee."""
        actor = self.actors[actor_id]
        if actor.kind != "person":
            return
        for form in [actor.name, *actor.aliases]:
            shorts = surnames(form) + [f for f in [_first_name(form)] if f]
            for short in shorts:
                k = key(short)
                local[k] = actor_id if local.get(k, actor_id) == actor_id else None

    def _registry_mentions(self, article: Article, folded: str) -> list[Mention]:
        """Registry names, aliases and role aliases valid on the article's date."""
        out = []
        if self.registry_pattern is None:
            return out
        for m in self.registry_pattern.finditer(folded):
            form = m.group(0)
            actor_id = self.index.by_key.get(key(form)) or self.index.role_actor(form, article.date)
            if actor_id is not None:
                origin = "registry" if key(form) in self.index.by_key else "role"
                out.append(Mention(article.id, actor_id, m.start(), m.end(), article.text[m.start():m.end()], origin))
        return _drop_roles_beside_names(article.text, out)

    def _propagate(self, article: Article, folded: str, taken: list[Mention], rejected_spans,
                   entities: list[Entity]) -> list[Mention]:
        """Every other occurrence of a name already linked in this article. A lone surname is
        not looked for inside another kind of name ('prix Nobel', 'Comité Nobel')."""
        forms: dict[str, str] = {}
        lone: set[str] = set()
        for m in taken:
            person = self.actors[m.actor].kind == "person"
            if m.origin in ("ner", "registry", "annotation") or person:
                forms.setdefault(m.text, m.actor)
                if person and m.origin != "annotation":
                    for s in surnames(m.text):
                        forms.setdefault(s, m.actor)
                        lone.add(key(s))
        others = [(e.start, e.end) for e in entities if e.label != "person"]
        out = []
        for s, e, actor_id in Names(forms).find(folded):
            if _overlaps(s, e, taken) or _overlaps(s, e, out) or _inside(s, e, rejected_spans):
                continue
            if not article.text[s:s + 1].isupper():
                continue
            if key(folded[s:e]) in lone and any(a <= s and e <= b and b - a > e - s for a, b in others):
                continue
            out.append(Mention(article.id, actor_id, s, e, article.text[s:e], "propagated"))
        return out

    # --- annotations -------------------------------------------------------------------------

    def _annotation_mentions(self, article: Article, ann: Annotation) -> list[Mention]:
        actor_id = str(ann.fields.get("actor", ""))
        self.check_actor(actor_id, ann)
        return [Mention(article.id, actor_id, s, e, article.text[s:e], "annotation")
                for s, e in find_anchor(article, ann, every=True)]

    def _apply_rejections(self, article: Article, annotations: list[Annotation]) -> list[tuple[int, int]]:
        spans = []
        for ann in annotations:
            if ann.kind == "reject":
                spans += find_anchor(article, ann, every=True)
        return spans

    def check_actor(self, actor_id: str, ann: Annotation) -> None:
        if actor_id not in self.actors:
            from .errors import did_you_mean
            raise ContentError(f"unknown actor '{actor_id}'", ann.path, ann.line,
                               did_you_mean(actor_id, self.actors) or "add the actor to content/actors.yml")


def _drop_roles_beside_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """'le porte-parole du Pentagone, John Kirby' is one mention of Kirby, by name."""
    keep = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if m.origin == "role" and nxt is not None and nxt.actor == m.actor \
                and re.fullmatch(r"[\s,]{0,3}", text[m.end:nxt.start]):
            continue
        keep.append(m)
    return keep


def _label_votes(entity_lists) -> dict[str, Counter]:
    """{name key: Counter of labels} over every entity of the dossier."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for ents in entity_lists:
        for ent in ents:
            votes[key(ent.text)][ent.label] += 1
    return votes


def _alternation(forms) -> re.Pattern | None:
    """One regex matching any of `forms` (folded) as whole words, longest first."""
    folded = sorted({fold(f).strip() for f in forms if f and f.strip()}, key=len, reverse=True)
    if not folded:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in folded) + r")(?![\w-])")


def _overlaps(start: int, end: int, mentions) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


def _inside(start: int, end: int, spans) -> bool:
    return any(s < end and start < e for s, e in spans)


def mention_counts(mentions: list[Mention]) -> Counter:
    return Counter(m.actor for m in mentions)
