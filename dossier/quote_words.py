"""Word lists of the quote rules: verbs and nouns of saying, cues that a quoted span is a name,
person titles, pronouns, and the dependency labels a speaker's span is grown along."""
from __future__ import annotations

import re


# --- speech verbs -------------------------------------------------------------------------------

# Lemmas (spaCy fr) of verbs that introduce reported speech or a stated opinion.
SPEECH_VERBS = frozenset("""
    déclarer affirmer ajouter assurer estimer juger insister préciser indiquer souligner annoncer
    expliquer dénoncer reconnaître prévenir marteler dire répondre confier lancer rappeler avertir
    réagir commenter poursuivre conclure témoigner regretter exclamer écrire tweeter twitter
    admettre avouer promettre menacer accuser déplorer alerter signaler noter observer relever
    soutenir prétendre réclamer demander exiger appeler plaider proclamer clamer répéter raconter
    résumer ironiser railler fustiger critiquer condamner saluer féliciter confirmer démentir nier
    contester rétorquer répliquer objecter protester indigner réjouir espérer souhaiter considérer
    penser croire décrire évoquer mentionner publier communiquer informer détailler justifier
    lâcher glisser souffler crier tonner asséner trancher prédire garantir jurer interroger
    inquiéter avancer argumenter qualifier renchérir enchaîner nuancer confesser concéder certifier
    assener exhorter encourager inviter implorer supplier interpeller vanter défendre reprocher
    parler rapporter revendiquer étonner remarquer exprimer constater suggérer recommander arguer agacer
    désoler alarmer insurger fulminer tempêter soupirer plaisanter écrier murmurer hurler réitérer
    conseiller relativiser tempérer rassurer réfuter plaindre relater énumérer offusquer lamenter
    chuchoter minimiser révéler
""".split())
# Verbs that report speech only in the clause right after a quote («…», analyse X; «…», reprend-il;
# «…», sourit-elle): elsewhere they mostly do something else ("en analysant le mouvement").
INCISE_VERBS = frozenset("""
    analyser reprendre continuer compléter sourire amuser souvenir enthousiasmer décrypter
    pronostiquer rire abonder emporter tacler opposer envoyer balancer embrayer développer motiver
    craindre redouter
""".split())
# Verbs of saying that mean something else with a reflexive pronoun ("se lancer dans",
# "s'appeler", "s'avancer", "se relever", "se rapporter à").
REFLEXIVE_NOT_SPEECH = frozenset("lancer appeler avancer relever rapporter".split())
# English verb forms (the French model does not lemmatise English): matched on the lowercased text.
ENGLISH_SPEECH_VERBS = frozenset("""
    said says say told tells added adds stated states warned warns explained explains declared
    insisted noted wrote tweeted asked replied claimed announced argued stressed confirmed
""".split())
# "faire savoir", "faire part de": the verb is "faire", the speech is its complement.
FAIRE_SPEECH = frozenset({"savoir", "part", "valoir"})
# Attribution without a verb: "selon X", "d'après X", "according to X".
SELON = frozenset({"selon", "d'après", "d’après"})
# "Pour X, «…»": 'pour' opening the sentence attributes an opinion to a person.
POUR = frozenset({"pour"})
# Suffixes of French nouns of persons (agent nouns, nationalities): "le meurtrier", "le Jamaïcain".
PERSON_SUFFIXES = ("eur", "euse", "rice", "ier", "ière", "iste", "ien", "ienne", "ain", "aine", "ais", "aise",
                   "ant", "ante", "ois", "oise")

# --- not-speech cues ----------------------------------------------------------------------------

# Words right before a quote that make it a name, not speech ("surnommé «le Boucher»").
NAMING_PARTICIPLES = frozenset("""
    baptisé baptisée baptisés baptisées surnommé surnommée surnommés surnommées intitulé intitulée
    intitulés intitulées nommé nommée nommés nommées alias
""".split())
# Ambiguous participles: a name after a noun ("le mouvement dit «…»"), speech after an auxiliary
# ("il a dit «non»", "il a qualifié de «honteuse»…").
AMBIGUOUS_PARTICIPLES = frozenset("dit dite dits dites appelé appelée appelés appelées qualifié qualifiée qualifiés qualifiées".split())
# Nouns naming the quoted thing ("l'opération «Barkhane»", "le mouvement des «gilets jaunes»").
NAMING_NOUNS = frozenset("""
    opération mouvement journal quotidien hebdomadaire magazine revue film livre ouvrage roman album
    chanson émission série spectacle documentaire pièce site blog programme plan loi projet campagne
    collectif association groupe parti liste label marque concept doctrine formule surnom nom titre
    thème notion initiative dispositif expression terme mot slogan hashtag mot-dièse devise
    nom_de_code code sommet pacte affaire scandale tribune rubrique page compte réseau application
    festival prix trophée exposition manifeste rapport dossier chapitre article auteur autrice
    manifestation marche grève rassemblement réforme
    réalisateur réalisatrice interprète organisation entreprise société navire bateau mission
    équipe club opérateur plateforme division service département secteur catégorie branche filière
    pôle cellule unité section vigilance niveau arrêté seuil stade phase statut
""".split())
SENTENCE_END = frozenset(".!?…")

# --- speaker words --------------------------------------------------------------------------------

# Heads of a speaker NP that name a person by function → speaker_kind "title".
PERSON_TITLES = frozenset("""
    président présidente ministre premier première porte-parole secrétaire chef cheffe directeur
    directrice dirigeant dirigeante leader ambassadeur ambassadrice député députée sénateur
    sénatrice maire gouverneur général générale officier commandant représentant représentante
    chancelier chancelière roi reine prince princesse pape juge procureur procureure avocat avocate
    conseiller conseillère candidat candidate patron patronne responsable expert experte analyste
    médecin professeur professeure chercheur chercheuse diplomate émissaire envoyé envoyée
    négociateur commissaire préfet préfète vice-président vice-présidente homologue opposant
    opposante militant militante témoin habitant habitante victime acteur actrice comédien
    comédienne chanteur chanteuse entraîneur joueur joueuse sélectionneur capitaine évêque imam
    cardinal policier policière enquêteur fondateur fondatrice auteur autrice journaliste
    correspondant correspondante économiste spécialiste politologue historien historienne élu élue
    monarque dictateur ex-président dirigeant président-directeur sénateur ministre-président
    coordinateur coordinatrice délégué déléguée rapporteur rapporteure médiateur haut-commissaire
    commissaire-priseur colonel lieutenant sergent soldat pilote capitaine amiral secrétaire-général
    homme femme mère père fils fille frère sœur porte-voix patriarche ayatollah président-élu
    archevêque rabbin pasteur prêtre curé abbé champion championne judoka judokate athlète
    international internationale attaquant attaquante défenseur défenseure gardien gardienne buteur
    buteuse milieu coach technicien arbitre tennisman tenniswoman cycliste skieur skieuse nageur nageuse
    inspecteur inspectrice adjoint adjointe docteur docteure universitaire scientifique courtier courtière
    prévenu prévenue accusé accusée détenu détenue suspect suspecte
    ami amie voisin voisine collègue camarade cousin cousine oncle tante mari époux épouse compagnon compagne
    agriculteur agricultrice éleveur éleveuse entrepreneur entrepreneuse commerçant commerçante sociologue
    psychologue psychiatre philosophe écrivain écrivaine romancier romancière réalisateur réalisatrice
    producteur productrice musicien musicienne artiste photographe architecte ingénieur ingénieure
    infirmier infirmière pompier pharmacien pharmacienne vétérinaire biologiste climatologue
    épidémiologiste virologue juriste notaire magistrat magistrate syndicaliste pdg fonctionnaire
    agent agente salarié salariée employé employée parlementaire eurodéputé eurodéputée
    lycéen lycéenne collégien collégienne élève retraité retraitée
""".split())
# Heads of a speaker NP that are documents → speaker_kind "document", pointed at their author.
DOCUMENT_NOUNS = frozenset("""
    communiqué déclaration texte rapport lettre message note document tweet courrier statement
    publication résolution compte-rendu circulaire motion avis bulletin dépêche
""".split())
# Heads of a speaker NP that name an organisation by its kind: a name right after one is the
# organisation's, whatever NER says ("l'agence Spunik" tagged as a person).
ORGANISATION_NOUNS = frozenset("""
    agence journal quotidien hebdomadaire magazine chaîne radio association société entreprise
    groupe compagnie firme banque ong organisation parti syndicat fondation institut fédération
    opérateur constructeur laboratoire cabinet centrale institution organisme autorité commission office
    observatoire collectif coalition mouvement comité géant fabricant start-up distributeur équipementier
""".split())
# Nouns with a person's ending that the press uses for companies ("le géant américain").
COMPANY_NOUNS = frozenset({"géant", "géants", "fabricant", "distributeur", "équipementier"})
# Prepositions presenting a document as the channel of a statement ("dans un communiqué").
DOCUMENT_CHANNEL = frozenset({"dans", "par", "via", "sur"})
# Nouns of speech acts: "l'affirmation du président selon laquelle il avait «obtenu»…".
SPEECH_NOUNS = frozenset("affirmation déclaration propos annonce promesse accusation avertissement appel assurance".split())
SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
# English subject pronouns read as their French counterparts (gender and number for resolution).
ENGLISH_PRONOUNS = {"he": "il", "she": "elle", "they": "ils"}
# Stressed pronouns after 'selon' stand for the same persons: "selon lui", "selon eux".
STRESSED_PRONOUNS = {"lui": "il", "elle": "elle", "eux": "ils", "elles": "elles"}
# First and second person words: a quote containing them is speech, not a name.
FIRST_SECOND_PERSON = frozenset("""
    je j' j’ me m' m’ moi nous vous tu te t' t’ toi notre nos votre vos mon ma mes ton ta tes
    i we my our us you your
""".split())
# Relatives standing for the noun their clause modifies ("X, qui a ajouté que…").
RELATIVE_SUBJECTS = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
# "celui qui …", "celle qui …" after a verb of saying: the person named before, read as il / elle.
RELATIVE_HEADS = {"celui": "il", "celle": "elle"}
# Verbs that may lead to the verb of saying after a quote ("», a tenu à préciser X", "», devait-il
# soutenir", "», vient-il d'ajouter", "», va-t-il répéter").
SPEECH_CONTROL = frozenset({"hésiter", "tenir", "vouloir", "permettre", "devoir", "venir", "aller", "plaire", "aimer"})
DEMONSTRATIVE_PRONOUNS = frozenset({"celui-ci", "celle-ci"})     # "Selon celle-ci, …"
LATTER = frozenset({"dernier", "dernière"})            # "ce dernier", "cette dernière"
CONCERNED = frozenset({"intéressé", "intéressée"})     # "l'intéressé": the one the passage is about
# Dependency labels kept when growing a speaker's head noun into its NP.
NP_DEPS = frozenset({"det", "amod", "nmod", "case", "flat:name", "flat", "flat:foreign", "appos",
                     "compound", "nummod", "fixed", "punct", "cc", "conj"})
MAX_SPEAKER_TOKENS = 16
# Kind of a speaker that is attributed (so the quote is speech) but cannot be named: "on", an
# unresolved "il".  Reported as no speaker.
UNRESOLVED = "unresolved"
# Verbs whose infinitive complement shares their subject and keeps its speech sense ("X entend
# dénoncer «…»", "X a tenu à préciser"); not "décider de lancer un «…»", where the act is no speech.
INTENT_VERBS = frozenset("vouloir entendre tenir souhaiter chercher oser".split())
# Verbs whose compound tenses take "être": "il est arrivé" is not a passive.
ETRE_VERBS = frozenset("""
    arriver venir revenir partir rester mourir naître tomber entrer rentrer sortir monter descendre
    retourner devenir passer parvenir intervenir décéder
""".split())
SUBJECT_CONTROL = frozenset({"promettre", "jurer"})     # "X promet à Y de dire": X says
# "conduire X à exprimer": X says
OBJECT_CONTROL = frozenset("conduire pousser amener inciter forcer obliger contraindre encourager inviter "
                           "autoriser exhorter".split())
# Tokens allowed between a quote and a postposed speech verb: "», a-t-il encore insisté".
POSTPOSED_FILLERS = frozenset({"AUX", "ADV", "PART"})
DIRECT_OBJECT_CLITICS = frozenset({"le", "la", "les", "l'"})      # "comme l'écrit X", "X le résume :"
OBJECT_CLITICS = DIRECT_OBJECT_CLITICS | {"lui", "leur"}          # "X le qualifiant «…»"
REFLEXIVE = frozenset({"se", "s'"})                  # "«…» s'est exclamé X"
# A name after these words is a complement of the noun before it ("le recruteur de Manchester City",
# "le président de la Fifa").
COMPLEMENT_BEFORE = re.compile(r"(\b(de|du|des|à|au|aux|of)\s+|\bd['’]\s*|\b(de|à)\s+(la\s+|l['’]\s*))$", re.I)
# A capitalised word in apposition to a person noun is a person's name ("Philippine, jeune
# lycéenne, explique"), whatever NER said: the words of that apposition.
APPOSITION_AFTER_NAME = re.compile(r"[ \u00a0]*,[ \u00a0]*((?:[\w'’-]+[ \u00a0]+){0,2}[\w'’-]+)[ \u00a0]*[,:]")


def person_word(word: str) -> bool:
    """A lowercase word that names a person by function or trait: a listed title or a singular
    agent noun ("lycéenne", "retraité", "le nageur")."""
    return word.islower() and (word in PERSON_TITLES or word.endswith(PERSON_SUFFIXES))


# Verbs with which a body, after a quote, reports words someone else is said to have said before
# it ("X a qualifié … de «…», note Le Figaro").
REPORTING_VERBS = frozenset("noter rapporter relater écrire révéler indiquer préciser souligner rappeler".split())
# A name followed by an age is a person's ("Olena, 43 ans, réfugiée à Lviv"), whatever NER said.
AGE_AFTER_NAME = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:âgée?s? de[ \u00a0]+)?\d{1,3}[ \u00a0]+ans\b")
# Words opening a phrase inserted between a verb of saying and its subject ("», a estimé, dans
# une note, l'analyste …").
INSERTED_PREPOSITIONS = frozenset("à au aux dans sur lors devant auprès via en".split())
ADDRESSEE_CLITICS = frozenset({"nous", "vous", "me", "m'", "te", "t'", "lui", "leur"})  # "», nous confie X"
# When words an inverted subject may follow ("», a averti mercredi le secrétaire général …").
TIME_OF_SPEAKING = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui "
                             "avant-hier matin soir midi après-midi encore aussi également".split())
# Nouns of a span of time, which head no speaker: "», expliquait une semaine avant la rentrée X".
TIME_NOUNS = frozenset("seconde minute heure jour journée nuit soir soirée matin matinée semaine week-end "
                       "mois an année veille lendemain fois instant moment janvier février mars avril mai juin "
                       "juillet août septembre octobre novembre décembre".split())
# Prepositions that carry such a time on: "une semaine avant la reprise des cours".
TIME_PREPOSITIONS = frozenset("avant après depuis pendant plus".split())
# Set phrases that may stand between an inverted verb of saying and its subject ("», ajoute de
# son côté la journaliste …", "», estime pour sa part le ministre").
ASIDES = ("de son côté", "de leur côté", "pour sa part", "pour leur part", "à son tour", "à leur tour",
          "quant à lui", "quant à elle", "d'ailleurs", "d’ailleurs", "en outre", "par ailleurs")
