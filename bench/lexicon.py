"""Word lists the synthetic benchmark corpus is built from (invented for the benchmark).

Names are common French and foreign first names and surnames combined at random,
so the people are fictional; organisations and places are real-world-like so
spaCy's NER has something familiar to find.
"""

FIRST_M = ("Jean", "Pierre", "Michel", "Philippe", "Alain", "Nicolas", "François", "Olivier",
           "Laurent", "Thierry", "Bruno", "Didier", "Yannick", "Sébastien", "Antoine", "Hugo",
           "Karim", "Mehdi", "Youssef", "Sergueï", "Dmitri", "Wang", "Li", "Carlos", "Miguel",
           "Hans", "Lars", "Giorgio", "Ahmed", "Ibrahima", "Kofi", "Tomasz", "Andreï", "Emmanuel",
           "Gérald", "Rachid", "Luc", "Marc", "Julien", "Vincent")
FIRST_F = ("Marie", "Sophie", "Isabelle", "Nathalie", "Catherine", "Valérie", "Christine",
           "Sandrine", "Claire", "Anne", "Élisabeth", "Agnès", "Rachida", "Fatou", "Aminata",
           "Olga", "Natalia", "Mei", "Ana", "Ursula", "Giorgia", "Kamala", "Yasmina", "Hélène",
           "Julie", "Camille", "Léa", "Inès", "Amélie", "Margot")
SURNAMES = ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
            "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David",
            "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier",
            "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure",
            "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin",
            "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier",
            "Ivanov", "Petrov", "Zhang", "Chen", "Schmidt", "Kowalski", "Rossi", "Diallo",
            "Traoré", "Benali", "Haddad", "Okafor", "Nakamura", "Fernandes", "Jansen", "Novak")

# (noun phrase as used in running text, short form or None, kind).
ORGS = (
    ("l'Organisation des Nations unies", "l'ONU", "intl"),
    ("l'Union européenne", "l'UE", "intl"),
    ("l'Organisation du traité de l'Atlantique Nord", "l'OTAN", "intl"),
    ("le Fonds monétaire international", "le FMI", "intl"),
    ("la Banque mondiale", None, "intl"),
    ("l'Organisation mondiale de la santé", "l'OMS", "intl"),
    ("l'Union africaine", "l'UA", "intl"),
    ("l'Association des Nations de l'Asie du Sud-Est", "l'ASEAN", "intl"),
    ("la Banque centrale européenne", "la BCE", "intl"),
    ("la Commission européenne", None, "intl"),
    ("la Croix-Rouge", None, "ngo"),
    ("Médecins sans frontières", "MSF", "ngo"),
    ("Amnesty International", None, "ngo"),
    ("Reporters sans frontières", "RSF", "ngo"),
    ("la Confédération générale du travail", "la CGT", "union"),
    ("la Confédération française démocratique du travail", "la CFDT", "union"),
    ("Force ouvrière", "FO", "union"),
    ("le Mouvement des entreprises de France", "le Medef", "business"),
    ("Airbus", None, "business"),
    ("TotalEnergies", None, "business"),
    ("Renault", None, "business"),
    ("Orange", None, "business"),
    ("la Société nationale des chemins de fer français", "la SNCF", "business"),
    ("Électricité de France", "EDF", "business"),
    ("l'Institut national de la statistique et des études économiques", "l'Insee", "agency"),
    ("la Cour des comptes", None, "agency"),
    ("le Conseil constitutionnel", None, "agency"),
    ("l'Assemblée nationale", None, "agency"),
    ("le Sénat", None, "agency"),
    ("le ministère des Affaires étrangères", None, "ministry"),
    ("le ministère de l'Intérieur", None, "ministry"),
    ("le ministère des Armées", None, "ministry"),
    ("le ministère de l'Économie", None, "ministry"),
    ("le Parti socialiste", "le PS", "party"),
    ("les Républicains", "LR", "party"),
    ("le Rassemblement national", "le RN", "party"),
    ("la France insoumise", "LFI", "party"),
    ("Europe Écologie Les Verts", "EELV", "party"),
)

# (country, adjective masc. sing., capital, article "la"/"le"/"l'"/"les")
COUNTRIES = (
    ("France", "français", "Paris", "la"),
    ("Allemagne", "allemand", "Berlin", "l'"),
    ("Espagne", "espagnol", "Madrid", "l'"),
    ("Italie", "italien", "Rome", "l'"),
    ("Russie", "russe", "Moscou", "la"),
    ("Chine", "chinois", "Pékin", "la"),
    ("Ukraine", "ukrainien", "Kiev", "l'"),
    ("Pologne", "polonais", "Varsovie", "la"),
    ("Belgique", "belge", "Bruxelles", "la"),
    ("Turquie", "turc", "Ankara", "la"),
    ("Algérie", "algérien", "Alger", "l'"),
    ("Tunisie", "tunisien", "Tunis", "la"),
    ("Sénégal", "sénégalais", "Dakar", "le"),
    ("Mali", "malien", "Bamako", "le"),
    ("Niger", "nigérien", "Niamey", "le"),
    ("Japon", "japonais", "Tokyo", "le"),
    ("Inde", "indien", "New Delhi", "l'"),
    ("Brésil", "brésilien", "Brasilia", "le"),
    ("Canada", "canadien", "Ottawa", "le"),
    ("Maroc", "marocain", "Rabat", "le"),
    ("Iran", "iranien", "Téhéran", "l'"),
    ("Israël", "israélien", "Jérusalem", ""),
    ("Liban", "libanais", "Beyrouth", "le"),
    ("Égypte", "égyptien", "Le Caire", "l'"),
    ("Royaume-Uni", "britannique", "Londres", "le"),
    ("États-Unis", "américain", "Washington", "les"),
)

CITIES = ("Marseille", "Lyon", "Toulouse", "Nice", "Nantes", "Strasbourg", "Montpellier",
          "Bordeaux", "Lille", "Rennes", "Grenoble", "Dijon", "Brest", "Genève", "Bruxelles",
          "Luxembourg", "Vienne", "Jakarta", "Abidjan", "Montréal", "Davos", "Munich", "Milan",
          "Barcelone", "Istanbul", "Doha", "Riyad", "Nairobi", "Addis-Abeba", "Séoul")

ROLES_GOV = ("ministre des Affaires étrangères", "ministre de l'Intérieur", "ministre des Armées",
             "ministre de l'Économie", "Premier ministre", "président", "porte-parole du gouvernement",
             "chef de la diplomatie", "ministre de la Santé", "ministre du Travail",
             "secrétaire d'État chargé du Numérique", "ambassadeur")
ROLES_ORG = ("secrétaire général", "président", "directeur général", "porte-parole",
             "présidente du conseil d'administration", "responsable des relations extérieures",
             "économiste en chef", "délégué général", "vice-président", "directrice exécutive")

DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
        "ce week-end", "mardi soir", "jeudi matin", "en fin de semaine")
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")

SAY_PAST = ("a déclaré", "a affirmé", "a estimé", "a souligné", "a indiqué", "a assuré",
            "a expliqué", "a prévenu", "a martelé", "a reconnu", "a rappelé", "a insisté",
            "a dénoncé", "a jugé", "a confié", "a précisé")
SAY_INVERTED = ("a-t-il déclaré", "a-t-il ajouté", "a-t-il estimé", "a-t-il souligné",
                "a-t-il assuré", "a-t-il expliqué", "a-t-il prévenu", "a-t-il précisé",
                "a-t-il insisté", "a-t-il reconnu")
SAY_INDIRECT = ("a affirmé que", "a estimé que", "a assuré que", "a indiqué que", "a rappelé que",
                "a averti que", "a reconnu que", "a jugé que", "a annoncé que", "a expliqué que",
                "a fait savoir que", "a laissé entendre que", "considère que", "estime que")

# Relational verbs (past tense, transitive on a person/organisation/country).
MEET = ("a rencontré", "s'est entretenu avec", "a reçu", "a téléphoné à", "a consulté")
SUPPORT = ("a apporté son soutien à", "a salué l'action de", "a félicité", "soutient")
ACCUSE = ("a accusé", "a vivement critiqué", "a mis en cause", "a condamné l'attitude de")
REQUEST = ("a appelé", "a exhorté", "a demandé à", "a pressé")
AGREE = ("a signé un accord avec", "a conclu un partenariat avec", "s'est mis d'accord avec")
REJECT = ("a rejeté la proposition de", "a refusé de suivre", "a opposé une fin de non-recevoir à")
THREATEN = ("a menacé de sanctions", "a mis en garde", "a lancé un avertissement à")

TOPICS = ("la réforme des retraites", "la transition énergétique", "la sécurité alimentaire",
          "le conflit en Ukraine", "la lutte contre le terrorisme", "la crise migratoire",
          "l'inflation", "le pouvoir d'achat", "la dette publique", "le réchauffement climatique",
          "la coopération militaire", "les échanges commerciaux", "la santé publique",
          "l'intelligence artificielle", "la souveraineté industrielle", "la sécurité nucléaire",
          "l'aide humanitaire", "la stabilité régionale", "les droits de l'homme",
          "le prix de l'électricité", "l'approvisionnement en gaz", "la liberté de la presse")
GOALS = ("renforcer la coopération", "apaiser les tensions", "relancer les négociations",
         "protéger les plus vulnérables", "garantir la sécurité des approvisionnements",
         "préserver l'emploi", "défendre nos intérêts", "accélérer les investissements",
         "respecter le droit international", "trouver une solution politique",
         "soutenir les entreprises", "réduire les émissions", "maîtriser les dépenses",
         "rétablir la confiance", "lutter contre la désinformation")
ADJ_SITUATION = ("préoccupante", "inacceptable", "encourageante", "fragile", "sans précédent",
                 "extrêmement tendue", "sous contrôle", "difficile mais pas désespérée")
NOUNS_PLURAL = ("les sanctions", "les mesures annoncées", "les engagements pris",
                "les discussions", "les propositions", "les chiffres publiés", "les accords",
                "les efforts consentis", "les critiques", "les inquiétudes")
REGIONS = ("l'Europe", "l'Afrique de l'Ouest", "le Moyen-Orient", "l'Asie du Sud-Est",
           "la région", "le Sahel", "la Méditerranée", "l'Europe de l'Est", "le continent")
