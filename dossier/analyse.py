"""Stage 2 — analyse: one spaCy pass per article → entities, sentences, quotes, dates.

Pure per article and cached by content hash (text, article date, model, analyser version):
an unchanged article is never analysed twice, across builds and across `dossier serve`
rebuilds.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from . import date_resolve, date_values, date_words
from . import dates as date_rules
from . import quote_base, quote_speakers, quote_words
from . import quotes as quote_rules
from . import entities as entities_module
from .entities import Entity, entities
from .errors import ConfigError
from .model import Article

def _rules_fingerprint() -> str:
    """A hash of the analysis code itself: editing a rule invalidates cached analyses."""
    h = hashlib.sha256()
    rules = (date_rules, date_resolve, date_values, date_words, quote_rules, quote_base, quote_speakers,
             quote_words, entities_module)
    for path in (*(module.__file__ for module in rules), __file__):
        h.update(Path(path).read_bytes())
    return h.hexdigest()[:16]


@dataclass
class Analysis:
    entities: list[Entity]
    sentences: list[tuple[int, int]]
    quotes: list[quote_rules.Quote]
    quote_warnings: list[quote_rules.QuoteWarning]
    dates: list[date_rules.DateMention]

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> "Analysis":
        return cls(
            entities=[Entity(*e) for e in data["entities"]],
            sentences=[tuple(s) for s in data["sentences"]],
            quotes=[quote_rules.Quote(**{**q, "parts": tuple(tuple(p) for p in q["parts"])})
                    for q in data["quotes"]],
            quote_warnings=[quote_rules.QuoteWarning(**w) for w in data["quote_warnings"]],
            dates=[date_rules.DateMention(**d) for d in data["dates"]],
        )


def analyse_doc(doc, anchor: str, lang: str = "fr") -> Analysis:
    """Everything the later stages need from one parsed article."""
    found_quotes, warnings = quote_rules.find_quotes(doc)
    return Analysis(
        entities=entities(doc),
        sentences=[(s.start_char, s.end_char) for s in doc.sents],
        quotes=found_quotes,
        quote_warnings=warnings,
        dates=date_rules.find_dates(doc.text, anchor, lang),
    )


def load_model(name: str):
    """The spaCy pipeline `name`, or a ConfigError saying how to install it."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("paragraph_breaks"):
        Language.component("paragraph_breaks", func=_paragraph_breaks)
    if not Language.has_factory("first_name_persons"):
        Language.component("first_name_persons", func=entities_module.first_name_persons)
    try:
        nlp = spacy.load(name)
    except OSError:
        raise ConfigError(f"spaCy model '{name}' is not installed", "dossier.yml", None,
                          f"pip install {name.replace('_', '-')}  (or set `model:` in dossier.yml)") from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("first_name_persons", after="ner")
    return nlp


_SOFT_BREAK = re.compile(r"(?<=[^\n])\n(?=[^\n])")


def unwrap(text: str) -> str:
    """The text as a reader sees it: a line break inside a paragraph is a space (Markdown's soft
    break), so hard-wrapped articles parse like flowing text.  Same length, same offsets."""
    return _SOFT_BREAK.sub(" ", text)


def _paragraph_breaks(doc):
    """A sentence never runs across a blank line: headings and paragraphs stay apart.  Nor does
    one start inside a word ("état-|major") or between two capitalised words ("Philippe|Germain").
    We also ask the parser not to start one at a comma, which spaCy honours only in part
    (explosion/spaCy#7716); quotes.py reads through the splits it still makes."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n\n" in prev.text_with_ws:
            token.is_sent_start = True
        elif token.text in _NEVER_OPENS or (not prev.whitespace_ and "-" in (prev.text[-1:], token.text[:1])) \
                or (_capitalised_word(prev) and _capitalised_word(token)):
            token.is_sent_start = False
    return doc


_NEVER_OPENS = frozenset({",", ";", ")", "]"})


def _capitalised_word(token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.is_upper


RULES = _rules_fingerprint()


class Analyser:
    """Analyses articles with one lazily loaded pipeline and a cache folder."""

    def __init__(self, model: str, cache_dir: Path | None):
        self.model_name = model
        self.cache_dir = cache_dir
        self._nlp = None

    @property
    def model_version(self) -> str:
        """The installed model's version, read without loading it."""
        from importlib import metadata
        try:
            return metadata.version(self.model_name)
        except metadata.PackageNotFoundError:
            return "unknown"

    @property
    def nlp(self):
        if self._nlp is None:
            self._nlp = load_model(self.model_name)
        return self._nlp

    def cache_key(self, article: Article) -> str:
        h = hashlib.sha256()
        for part in (RULES, self.model_name, self.model_version, article.date, article.lang, article.text):
            h.update(part.encode("utf-8") + b"\0")
        return h.hexdigest()

    def analyse(self, articles: list[Article], progress: bool = False) -> dict[str, Analysis]:
        """{article id: Analysis}, reading the cache first and parsing only what changed."""
        results, todo = {}, []
        for article in articles:
            cached = self._read_cache(article)
            if cached is not None:
                results[article.id] = cached
            else:
                todo.append(article)
        if todo:
            docs = self.nlp.pipe((unwrap(a.text) for a in todo), batch_size=16)
            if progress:
                from tqdm import tqdm
                docs = tqdm(docs, total=len(todo), desc="analysing", unit="article", leave=False, disable=None)
            for article, doc in zip(todo, docs):
                analysis = analyse_doc(doc, article.date, article.lang)
                results[article.id] = analysis
                self._write_cache(article, analysis)
        return results

    def _cache_path(self, article: Article) -> Path | None:
        return self.cache_dir / f"{self.cache_key(article)}.json" if self.cache_dir else None

    def _read_cache(self, article: Article) -> Analysis | None:
        path = self._cache_path(article)
        if path is None or not path.exists():
            return None
        try:
            return Analysis.from_json(json.loads(path.read_text(encoding="utf-8")))
        except (ValueError, KeyError, TypeError):
            return None     # a stale or corrupt cache entry is simply recomputed

    def _write_cache(self, article: Article, analysis: Analysis) -> None:
        path = self._cache_path(article)
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(analysis.to_json(), ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
