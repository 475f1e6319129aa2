"""English cues for sentence splitting, clauses, tense and event labels, as data.

:mod:`chronos.text` is the engine that reads these tables; everything it knows about English is
here. Words are lower case, with a straight apostrophe (the engine folds ``’`` to ``'``); a cue
of several words matches those words separated by white space only, and the longest cue wins
("was going to" beats "going to", "may have" beats "may").

>>> "due to be" in FUTURE_CUES and "ago" in PAST_CUES and "says" in PRESENT_CUES
True
>>> "Sept." in ABBREVIATIONS and "Mr." in TITLE_ABBREVIATIONS
True
"""

from __future__ import annotations

__all__ = [
    "ABBREVIATIONS", "TITLE_ABBREVIATIONS", "SENTENCE_STARTERS", "CLOSING_PUNCTUATION",
    "OPENING_PUNCTUATION", "LINE_CONTINUATION_WORDS",
    "FUTURE_CUES", "PAST_CUES", "PRESENT_CUES", "IRREGULAR_PAST", "NOUN_LIKE_PAST", "NOT_CUES", "NOUN_CUES", "SCHEDULE_PHRASE_HEADS",
    "REDUCED_CLAUSE_OPENERS", "REDUCED_HABIT_WORDS", "NAMING_PARTICIPLES", "SINGULAR_SUBJECTS", "FLOATING_QUANTIFIERS", "PLURAL_PRONOUNS", "DATE_PREPOSITIONS", "SUBJECT_PRONOUNS",
    "S_NOT_VERBS", "CUE_SUFFIXES",
    "AUXILIARIES", "MODALS", "PERFECT_AUXILIARIES", "GROUP_ADVERBS", "ED_NOT_PAST", "EED_PAST", "HYPHEN_VERB_PREFIXES",
    "DETERMINERS", "POSSESSIVES", "PREPOSITIONS", "CONJUNCTIONS",
    "SUBORDINATORS", "COMMA_SUBORDINATORS", "RELATIVE_PRONOUNS", "CLAUSE_OPENERS", "REPORTING_VERBS",
    "LABEL_TRIM_WORDS", "EXPRESSION_LEAD_WORDS", "LABEL_MAX_CHARS",
]

# --- sentences -----------------------------------------------------------------------------------

#: Abbreviations that may also end a sentence: after one, a sentence ends only when the next
#: word is one of :data:`SENTENCE_STARTERS` ("in the U.S. The talks ..."). Case matters.
#: Dotted initialisms ("U.N.", "a.m.", "e.g.") and single capital initials ("George W. Bush")
#: are recognised by their shape and behave the same way.
ABBREVIATIONS = (
    # months and days
    "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
    "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thur.", "Thurs.", "Fri.", "Sat.", "Sun.",
    # companies and addresses
    "Inc.", "Corp.", "Co.", "Cos.", "Ltd.", "Bros.", "Assn.", "Dept.", "Univ.", "Intl.",
    "St.", "Ave.", "Blvd.", "Rd.", "Mt.", "Ft.", "No.", "Nos.", "Vol.", "Fig.", "pp.",
    # name suffixes
    "Jr.", "Sr.", "Esq.",
    # Latin and other
    "etc.", "vs.", "al.", "cf.", "approx.", "ca.", "est.", "Ph.D.",
    # US states, as news datelines write them
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
    "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.",
    "Nev.", "Okla.", "Ore.", "Pa.", "Tenn.", "Tex.", "Va.", "Vt.", "Wash.", "Wis.", "Wyo.",
)

#: Abbreviations that precede a name or number and so never end a sentence ("Mr. Putin").
TITLE_ABBREVIATIONS = (
    "Mr.", "Mrs.", "Ms.", "Messrs.", "Mmes.", "Dr.", "Prof.", "Gen.", "Sen.", "Rep.", "Gov.",
    "Lt.", "Col.", "Capt.", "Cmdr.", "Sgt.", "Adm.", "Maj.", "Rev.", "Hon.", "Pres.", "Supt.",
    "Gens.", "Sens.", "Reps.", "Fr.", "Lt.-Gen.", "Maj.-Gen.",
)

#: Capitalized words that start a new sentence after an ambiguous abbreviation (no period).
SENTENCE_STARTERS = (
    "The", "A", "An", "This", "That", "These", "Those", "There", "Here", "It", "He", "She", "They",
    "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My", "In", "On", "At", "By", "For",
    "From", "With", "After", "Before", "During", "Since", "Under", "Despite", "According", "But",
    "And", "Or", "So", "Yet", "However", "Meanwhile", "Moreover", "Also", "Still", "Now", "Then",
    "Later", "Earlier", "Last", "Next", "When", "While", "If", "As", "Although", "Though",
    "Because", "What", "Who", "Why", "How", "Where", "Some", "Many", "Most", "All", "Both",
    "Each", "Such", "Other", "Several", "No", "Not", "Mr", "Mrs", "Ms", "Dr",
)

#: Characters that may follow the final period of a sentence and still belong to it.
CLOSING_PUNCTUATION = "\"')]}»”’"
#: Characters that may open a sentence before its first word.
OPENING_PUNCTUATION = "\"'`([{«“‘"

#: A line ending in one of these words continues on the next line (no headline break).
LINE_CONTINUATION_WORDS = (
    "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
    "but", "that", "which", "who", "as", "is", "are", "was", "were", "will", "be", "has", "have",
    "had", "his", "her", "its", "their", "our", "this", "these", "those", "than", "into", "said",
)

# --- tense ---------------------------------------------------------------------------------------

#: Cues of a future (or scheduled) event.
FUTURE_CUES = (
    "will", "shall", "won't", "shan't", "would", "wouldn't",
    "may", "might", "can", "should", "must", "ought to",
    # an obligation ahead, no modal perfect ("days lost might have to be made up in June")
    "may have to", "might have to", "could have to", "would have to", "should have to",
    "is to", "are to", "am to", "is due", "are due", "due to be",
    "is expected to", "are expected to", "is set to", "are set to", "is scheduled", "are scheduled",
    "is slated", "are slated", "is poised to", "are poised to", "is about to", "are about to",
    "going to", "is going to", "are going to", "am going to",
    "plans to", "plan to", "intends to", "intend to", "aims to", "aim to", "expects to",
    "supposed to", "is expected", "are expected", "expected", "expect", "expects", "anticipate",
    "anticipates", "predict", "predicts", "plan",
    "scheduled", "slated", "planned", "plans", "planning", "set to", "set for", "upcoming",
    "forthcoming", "next", "payable", "effective", "takes effect", "take effect",
    "goes into effect", "go into effect",
    # possibility and intention point ahead ("officials said the bridge could reopen Saturday")
    "could", "hopes to", "hope to", "wants to", "want to", "seeks to", "seek to", "is likely to",
    "are likely to", "is unlikely to", "are unlikely to", "is considering", "are considering",
    "is preparing to", "are preparing to", "is ready to", "are ready to",
    "looking to", "looks to", "looking ahead to", "looks ahead to", "looking forward to", "look forward to",  # "retailers are now looking to the weekend"
    # what was arranged is mostly still ahead when the news reports it
    "was scheduled", "were scheduled", "was planned", "were planned", "was set to",
    "were set to", "was due", "were due", "was planning", "were planning", "has scheduled",
    "have scheduled", "has planned", "have planned", "is planned", "are planned",
    # a date after these is where something starts or moves to ("mourning starting Wednesday",
    # "postponed until Monday")
    "starting", "beginning", "postponed until", "postponed to", "postponed till", "delayed until",
    "delayed to", "rescheduled for", "adjourned until", "pushed back to",
    # a simple present that schedules: "The film opens Friday", "The phone ships in October"
    "opens", "arrives", "ships", "launches", "premieres", "debuts", "expires", "reopens", "resumes", "resume",
    "hosts", "visits", "faces", "travels to", "welcomes", "takes place", "take place",
    "ends on", "end on", "closes on", "concludes on",  # "the event, which ends on Sunday" (not "ends three weeks of ...")
    "ends in", "end in",  # "Its current fiscal year ends in September"
    "open on", "reopen on", "begin on", "resume on",  # "The Games open on July 26" (not "its record close on July 17")
    # a plan made before, the nearest date: "The election, originally set for February 14, was delayed"
    "convenes", "airs", "takes office", "goes on sale", "hits stores", "hits theaters", "kicks off",
    "begins", "starts", "returns", "runs", "meets", "turns", "comes into force", "come into force",
    "goes into force", "enters into force", "enter into force", "is available", "are available",
    "is forecast", "are forecast", "was forecast", "were forecast", "is targeting", "are targeting",
    "is possible", "are possible", "is likely", "are likely",  # "More snow is possible over the weekend"
    "was possible", "were possible", "was likely", "were likely",  # "Forecasters said thunderstorms were likely on Wednesday"
)

#: Words after a participle that make it a reduced relative clause of a habit, no past event:
#: "The summit, held every other year since 1975, ends on Sunday".
REDUCED_HABIT_WORDS = ("every", "each", "annually", "yearly", "twice", "once")

#: Participles that name what comes before them: after a comma and before a name or "as", a reduced
#: relative clause, no past event: "Twenty-two states hold contests on Feb. 5, dubbed Super Tuesday".
NAMING_PARTICIPLES = ("dubbed", "known", "called", "named", "nicknamed", "billed", "labeled", "labelled", "branded", "titled", "styled")

#: Irregular past tenses that are also nouns: after a determiner and a modifier, before a
#: preposition, they are the noun ("its year-end forecast on Dec. 11", "a rate cut in March").
NOUN_LIKE_PAST = ("forecast", "cut", "cost", "hit", "bid", "set", "spread", "bet", "broadcast", "upset", "split", "shut", "cast")

#: Irregular past tenses and past participles (regular ones end in "-ed").
IRREGULAR_PAST = (
    "said", "told", "made", "took", "taken", "gave", "given", "went", "gone", "came", "saw", "seen",
    "knew", "known", "thought", "found", "held", "met", "began", "begun", "brought", "bought",
    "built", "sent", "spent", "left", "lost", "won", "led", "kept", "felt", "stood", "fell",
    "fallen", "rose", "risen", "ran", "wrote", "written", "spoke", "spoken", "broke", "broken",
    "chose", "chosen", "drove", "driven", "grew", "grown", "threw", "thrown", "flew", "flown",
    "drew", "drawn", "shown", "sought", "fought", "caught", "taught", "paid", "laid", "sold",
    "meant", "heard", "became", "forgot", "forgotten", "got", "gotten", "hid", "hidden", "struck",
    "stole", "stolen", "swore", "sworn", "woke", "withdrew", "withdrawn", "undertook",
    "undertaken", "overtook", "overtaken", "understood", "arose", "arisen", "fled", "bore",
    "born", "borne", "tore", "torn", "wore", "worn", "sank", "sunk", "sang", "sung", "swam",
    "shot", "slept", "lent", "dealt", "done", "been", "had", "shrank", "shrunk", "sprang",
    "sprung", "stuck", "swung", "wept", "bent", "bled", "bred", "clung", "crept", "dug", "flung",
    "forbade", "forgave", "forgiven", "froze", "frozen", "hung", "knelt", "lit", "overcame",
    "rode", "ridden", "rang", "rung", "sat", "shook", "shaken", "shone", "slid", "spun", "strode",
    "strove", "swept", "trod", "wove", "woven", "mistook", "mistaken", "foresaw", "foreseen",
    "upheld", "withheld", "overthrew", "overthrown", "underwent", "undergone", "oversaw",
    "overseen", "beaten", "bit", "bitten", "blew", "blown", "leapt", "sped", "ate", "eaten",
    "outgrew", "outgrown", "overheard", "mislaid", "misled", "rebuilt", "resold", "retold",
    # the same form in present and past: news mostly reports what happened
    "put", "set", "cut", "hit", "let", "cost", "shut", "spread", "hurt", "quit", "split", "beat",
    "bet", "burst", "cast", "upset", "broadcast", "forecast", "shed",  # not "fed": the Fed
)

#: Cues of a past event (auxiliaries, "ago", modal perfects) and :data:`IRREGULAR_PAST`.
PAST_CUES = (
    "was", "were", "did", "wasn't", "weren't", "hadn't", "didn't", "ago",
    "retroactive to", "backdated to",  # "Raises will be retroactive to July 1": back
    "was going to", "were going to", "used to",
    "may have", "might have", "must have", "could have", "should have", "would have",
    "can't have", "couldn't have", "could not", "couldn't",
) + IRREGULAR_PAST

#: Cues of a present state.
PRESENT_CUES = (
    "is", "are", "am", "isn't", "aren't", "has", "have", "hasn't", "haven't", "does", "do",
    "doesn't", "don't", "says", "say", "believes", "thinks", "remains", "continues", "seems",
    "appears", "knows", "includes",
    # a plan that was changed: the date is the nearest ("The election, originally set for February 14, was delayed")
    "originally set for", "originally scheduled for", "originally planned for", "initially set for",
    "initially scheduled for", "initially planned for", "previously scheduled for", "previously set for",
    "it's", "he's", "she's", "that's", "there's", "here's", "what's", "who's", "where's",
)

#: Phrases that look like cues but are not ("next to the embassy", "due to the crisis"); a
#: "due to" before a determiner, possessive or name is a cause, whatever comes before it.
NOT_CUES = ("next to", "due to", "than expected", "as expected", "followed by", "housing starts")

#: First words of schedule cues that are states after an auxiliary ("The border was open on
#: Thursday", "will open on" is the "will"'s).
SCHEDULE_PHRASE_HEADS = ("open", "reopen", "begin", "resume", "close", "end")

#: Future cues that are nouns after a determiner or possessive ("filed its plans in April"). After
#: one, a past or present cue is a noun or adjective too ("another cut", "the set"); the other
#: future cues stay adjectives that point ahead ("the planned merger", "the upcoming vote").
NOUN_CUES = ("plans", "plan", "ships", "starts", "returns", "runs", "visits", "hosts", "faces")

#: Words after which a participle is a condition, not a past event ("expires at the end of the
#: year unless renewed", "if approved", "once completed").
REDUCED_CLAUSE_OPENERS = ("if", "unless", "once", "whether")

#: Subjects after which a word in "-s" is a present-tense verb ("it currently holds").
SINGULAR_SUBJECTS = ("he", "she", "it", "which", "who")

#: Words in "-s" that are not verbs, after :data:`SINGULAR_SUBJECTS`.
S_NOT_VERBS = (
    "its", "his", "this", "thus", "whereas", "was", "has", "is", "as", "us", "yes", "always",
    "perhaps", "news", "series", "various", "nevertheless", "less", "unless", "afterwards",
    "towards", "besides", "sometimes", "nowadays", "whose",
)

#: Contracted endings of a word, and the tense they mark ("we'll", "they're").
CUE_SUFFIXES = {"'ll": "future", "'re": "present", "'m": "present"}

#: Words after which a verb form belongs to the same verb group and is not a cue of its own
#: ("is concerned", "will be held", "to say", "has deployed").
AUXILIARIES = (
    "be", "been", "being", "is", "are", "am", "was", "were", "isn't", "aren't", "wasn't", "weren't",
    "have", "has", "had", "having", "haven't", "hasn't", "hadn't", "do", "does", "did", "don't",
    "doesn't", "didn't", "will", "shall", "would", "may", "might", "can", "could", "should",
    "must", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "get", "gets", "got", "getting",
    "to", "remain", "remains", "stay", "stays",  # "will remain closed Tuesday": "closed" is no past
)
#: words before a bare verb: a past form right after that verb is an adjective ("will tour damaged
#: areas", "to inspect flooded homes")
MODALS = ("will", "shall", "would", "may", "might", "can", "could", "should", "must", "won't", "wouldn't",
          "can't", "couldn't", "shouldn't", "to")

#: Present-tense auxiliaries that make a present perfect, read as past, before a participle.
PERFECT_AUXILIARIES = ("has", "have", "hasn't", "haven't")

#: Adverbs that may stand inside a verb group ("is seriously concerned", "was well founded");
#: words in "-ly" count too.
GROUP_ADVERBS = (
    "not", "also", "never", "already", "still", "just", "now", "well", "even", "only", "yet",
    "soon", "again", "ever", "often", "once", "long", "then", "further", "since",
)

#: Words in "-ed" that are not past verbs.
ED_NOT_PAST = (
    "bed", "red", "wed", "shred", "sled", "hundred", "hundreds", "kindred", "sacred",
    "naked", "wicked", "rugged", "ragged", "jagged", "crooked", "beloved", "embed", "infrared",
    "biped", "moped",
)

#: Words in "-eed" that are past verbs (other "-eed" words, "need", "speed", "proceed", are not).
EED_PAST = ("agreed", "disagreed", "freed", "decreed", "guaranteed", "refereed", "emceed")
#: a hyphenated word in -ed is a past verb only after these ("re-elected", "crash-landed"); after
#: others it is an adjective ("the long-awaited report", "U.S.-backed forces")
HYPHEN_VERB_PREFIXES = ("re", "co", "pre", "test", "crash", "fast", "cross", "double", "triple", "short")

# --- word classes ---------------------------------------------------------------------------------

#: Determiners: an "-ed" word after one is an adjective ("the scheduled meeting"); labels drop them.
DETERMINERS = (
    "the", "a", "an", "this", "that", "these", "those", "some", "any", "no", "every", "each",
    "all", "both", "another", "such",
)

#: Possessive determiners (kept in labels: "Russia deployed its Bastion").
#: Determiners that may float after a plural subject, before its verb: "The 49ers both lost on
#: Sunday", "they all agreed in March" (after a plural or one of :data:`PLURAL_PRONOUNS`).
FLOATING_QUANTIFIERS = ("both", "all", "each")
PLURAL_PRONOUNS = ("they", "we", "you")

#: A clause may open with its date after "and"/"but": one of these prepositions, then one of the
#: subject pronouns within a few words ("and on Saturday they will renew their vows").
DATE_PREPOSITIONS = ("on", "in", "at", "by", "from", "since", "until")
SUBJECT_PRONOUNS = ("he", "she", "it", "they", "we", "i", "you")

POSSESSIVES = ("its", "his", "her", "their", "our", "my", "your")

#: Prepositions: they end a subject or noun phrase when labels are shortened.
PREPOSITIONS = (
    "in", "on", "at", "by", "for", "from", "with", "of", "to", "into", "onto", "over", "under",
    "about", "between", "among", "through", "throughout", "during", "since", "until", "till",
    "before", "after", "against", "toward", "towards", "within", "without", "across", "along",
    "around", "amid", "despite", "via", "per", "than", "upon", "near", "beyond",
)

#: Coordinating conjunctions and connectives.
CONJUNCTIONS = (
    "and", "or", "but", "nor", "so", "yet", "then", "also", "however", "meanwhile", "moreover",
    "furthermore", "thus", "therefore", "hence", "still",
)

# --- clauses --------------------------------------------------------------------------------------

#: Words that open a clause wherever they stand.
SUBORDINATORS = (
    "because", "although", "though", "whereas", "while", "when", "whenever", "whereby", "unless",
    "but",
)

#: Words that open a clause after a comma (", which was ...", ", then I think ...").
COMMA_SUBORDINATORS = SUBORDINATORS + (
    "which", "who", "whom", "whose", "where", "if", "so", "yet", "since", "as", "after", "before",
    "until", "then", "once",
)

#: Relative pronouns: a clause opened by ", which" ends at the next comma, and its label takes
#: in the noun before it ("The talks, which were held in 2013, ..." -> "talks were held").
RELATIVE_PRONOUNS = ("which", "who", "whom", "whose")

#: Words that, after ", and" / ", or" or after "that", show a new clause begins.
CLAUSE_OPENERS = (
    "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i",
    "you", "there", "his", "her", "its", "their", "our", "my", "your", "some", "many", "most",
    "no", "all", "both", "each",
)

#: Verbs of saying: "said that ..." opens a clause; ", Morgulov said." is a clause of its own.
REPORTING_VERBS = (
    "said", "says", "say", "told", "tells", "noted", "notes", "added", "adds", "stated", "states",
    "stressed", "stresses", "explained", "explains", "announced", "announces", "reported",
    "reports", "claimed", "claims", "warned", "warns", "argued", "argues", "insisted", "insists",
    "believes", "believed", "thinks", "thought", "wrote", "writes", "confirmed", "confirms",
    "denied", "denies", "admitted", "admits", "suggested", "suggests", "emphasized",
    "emphasised", "underlined", "pointed", "recalled", "recalls", "hopes", "hoped", "asked",
    "asks", "replied", "replies", "according", "recall", "remember", "remembers", "remembered",
)

# --- labels ---------------------------------------------------------------------------------------

#: Labels are at most this many characters.
LABEL_MAX_CHARS = 80

#: Words trimmed from both ends of a label: connectives, prepositions, determiners.
LABEL_TRIM_WORDS = CONJUNCTIONS + PREPOSITIONS + DETERMINERS + (
    "as", "because", "although", "though", "whereas", "while", "when", "if", "unless", "which",
    "who", "whom", "where", "whose", "after", "before", "once",
)

#: Words removed with a time expression they lead into ("was held in November 2013",
#: "as early as 2015").
EXPRESSION_LEAD_WORDS = (
    "in", "on", "at", "by", "since", "during", "until", "till", "from", "to", "through",
    "throughout", "for", "of", "as", "early", "late", "around", "about", "before", "after",
    "between", "within", "the",
)
