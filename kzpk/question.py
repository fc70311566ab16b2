"""What a question asks, and which sentence of a text answers it. Plain functions, no Whoosh.

A lookup ("When did Nazarbayev visit Pakistan?", "How much was bilateral trade in 2018?") wants a
dated event, a figure, a person in a role or a place, not a text that is merely about its subject.
`ask_of` says which; `answers` says whether a sentence holds that kind of answer; `best_sentence`
finds the sentence of a hit that holds most of the question's rare words and the answer.

English words come from lemminflect's lexicon (part of speech of 80,000 words), read lazily and
only when a query word is missing from the index or a "who" question needs to tell names apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kzpk.text import (NUMBER_WORDS, ORDINAL_WORDS, longest_first, number_word, number_words,
                       ordinal_word, ordinal_words)

WHEN, HOW_MUCH, HOW_MANY, HOW_LONG, WHO, WHERE = ("when", "how much", "how many", "how long", "who",
                                            "where")
SAID = "said"  # what someone said ('What did Nuryshev say about uranium?'): their words
PUBLISHED = "published"  # when a text came out ('When was the TDI article ... published?')
CALLED = "called"  # what someone called a thing ('What did the ambassador call the visit?')
WHICH = "which"  # which named things ('Which countries are observer states?'): a list of names
WHY = "why"  # a reason ('Why did Russia ban Pakistani potatoes?'): the sentence giving a cause
THEME = "theme"  # a theme, topic or title ('What was the theme of the council?'): a title given
MEANS = "means"  # a means or a way ('By what means ...?', 'How can the pandemic be beaten?'): the
# sentence saying through what, by what or what someone proposed
ADOPTED = "adopted"  # what a meeting adopted or signed ('What was adopted at the summit?'): a
# document's name ('the Almaty Act', 'the Declaration on Eliminating Terrorism')
RANKED = "ranked"  # a standing ('Where does X rank among …?'): an ordinal or a superlative
WEBSITE = "website"  # a web address ('Which website do applicants use?'): a domain ('studyin.kz')
CLOCK = "clock"  # a time of day ('What time did the quake hit?'): '03:20', '10.37 a.m.'
HOW_FAR = "how far"  # a distance ('How far did he throw?', 'How far is X from Y?'): '92.97 metres'

# what a "which" question asks for a list of: the kind of answer, not its subject
WHICH_NOUNS = frozenset("""countries states nations cities provinces regions republics members
organisations organizations companies firms banks universities""".split())

# (kind, words one of which every match holds, pattern). A pattern is compiled (Python's `re`
# keeps it for the process) only for a question holding one of its words: compiling these costs
# more than the rest of this module's import, and a keyword query needs none of them.
# people a question asks for by what they are or do, not by a title beside their name
# ('Which Kazakh resident got stuck in ...?'): any person named answers
PERSON_KINDS = tuple("""resident citizen student refugee businessman businesswoman
entrepreneur journalist reporter activist scientist researcher expert analyst artist
singer musician writer poet teacher doctor engineer pilot climber mountaineer wrestler boxer
cricketer batsman bowler skier winner champion volunteer farmer worker pupil
sister brother son daughter wife husband mother father widow nephew niece cousin
judge prosecutor lawyer attorney professor lecturer academic associate fellow historian
woman women girl boy""".split())

# and those named by what they keep, make, sell, grow or own ('Which Sargodha beekeeper ...?',
# 'Which shoemaker ...?', 'Which shop owner ...?')
_PERSON_AGENT = r"[a-z]*(?:keeper|maker|seller|grower|owner|dealer|trader)"

# verbs a "what did X say ...?" question asks what someone said by (SAID): the clause after
# one says what was said, and its verbs are not the question's ('say must be enhanced')
SAID_VERBS = frozenset("say tell announce stress propose suggest promise urge warn".split())

# the size of a body of people, which is a count of them ('How large was the audience of the
# roundtable?' -> 'attended by 45 participants'): the body's noun is group 1
_BODY_SIZE = (r"\bhow (?:large|big|strong) (?:is|was|are|were|will be) (?:the |its |their |his "
              r"|her )?(?:[\w'’–-]+ ){0,6}?(audience|crowd|delegation|contingent|workforce|"
              r"attendance|turnout|membership)\b")

# the buildings and grounds a text names with their word ('the Radisson hotel', 'the Gaddafi
# Stadium'), which a "where" question may ask for ('To which hospital was he taken?')
_BUILDINGS = frozenset("hotel stadium arena airport museum mosque theatre theater hospital "
                       "cinema".split())

_ASKS = [
    # (and keywords naming a time of day by what happened at it: 'jail attack start time')
    (CLOCK, {"time"}, r"\b(?:at\s+)?what time\b|\b(?:start|starting|arrival|departure|launch|"
                      r"landing|opening|closing|kick-?off|take-?off)\s+time\b"),
    # ('How far back does the building go?' asks an age, no distance)
    (HOW_FAR, {"far", "distance", "long"},
     r"\bhow far\b(?!\s+(?:back|ahead|along|into|off)\b)|\b(?:what|which) distance\b|"
     # ('How long is the Caspian coastline in km?', 'How long is the border?': a length)
     r"\bhow long\b(?=.*\b(?:km|kilomet(?:re|er)s?|miles?|metres?|meters?)\b)|"
     r"\bhow long (?:is|was|will be) (?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:coast(?:line)?|"
     r"border|frontier|road|railway|rail line|pipeline|river|bridge|tunnel|runway|canal|"
     r"corridor|motorway|highway|line|route|cable|stretch|section|segment)\b"),
    (PUBLISHED, {"published", "written", "released", "issued", "posted", "appeared", "date",
                 "dated", "publication", "publish", "release", "issue", "post", "report",
                 "write"},
     r"^\s*when (was|were|is|did) (the|this|that|an?|[\w-]+['’]s?) .+? (published|written|"
     r"posted|appeared)\b|"
     # (a text released or issued; a film, a song or a bond released is an event a text dates:
     # 'When was The Legend of Maula Jatt released worldwide?' -> 'released ... on 13 October')
     r"^\s*when (was|were|is) (the|this|that|an?|[\w-]+['’]s?) ([\w'’-]+ ){0,4}?(article|"
     r"report|story|piece|feature|news item|press release|paper|text|interview|op-ed|editorial|"
     r"statement|study|survey|book|index|ranking)s? ([\w'’-]+ ){0,7}?(released|issued|dated)\b|"
     # 'When did TDI publish its article on ...?'
     r"^\s*when did .+? (publish|release|issue|post) (the|this|that|an?|its|their|his|her) "
     r"([\w'’-]+ ){0,3}?(article|report|story|piece|feature|news item|press release|paper|"
     r"text|interview|op-ed|editorial)\b|"
     # 'When did TDI report on Kazakhstan's reforms?': when its report came out
     r"^\s*when did [\w'’.-]+( [\w'’.-]+)? (report|write) (on|about)\b|"
     # 'date of the TDI article on ...', 'publication date of the report': a text's own date
     r"\bpublication date\b|\bdate of (the|this|that|an?) ([\w'’-]+ ){0,3}?(article|report|"
     r"story|piece|feature|news item|press release|paper|text|interview|op-ed|editorial)\b"),
    (WHY, {"why", "reason", "reasons", "cause", "causes", "caused", "prompted", "behind",
           "purpose", "purposes", "aim", "aims", "goal", "goals", "objective", "objectives",
           "led", "come"},
     r"^\s*why\b|\b(what|which) (is|was|are|were) (the )?(main )?(reasons?|causes?)\b|"
     r"\b(reasons?|causes?) (for|of|behind)\b|^\s*what (caused|prompted)\b|"
     # 'What led Mongolia to ban ...?', 'How come ...?', 'What was behind ...?'
     r"^\s*what (has |had )?led (to|.+? to)\b|^\s*how come\b|^\s*what (is|was|lies|lay) behind\b|"
     # a purpose: 'What was the aim of the visit?', 'For what purpose ...?'
     r"\b(what|which) (is|was|are|were) (the )?(main )?(purpose|aim|goal|objective)s? (of|for|behind)\b|"
     r"^\s*(for )?what purpose\b"),
    (WHEN, {"when", "year", "date", "day", "month", "years", "dates", "days", "months",
            "weekday", "weekdays"},
     # ('expo 2017 astana from when to when': keywords asking the first and the last day)
     r"\bfrom\s+when\s+(to|till|until)\s+when\b|"
     r"^\s*(when|since when|(in|on|by) (what|which) (year|date|day|month|weekday)s?|"
     r"what (year|date|day|month|weekday)s?)\b|\b(what|which) (year|date|weekday)s?\b|"
     r"\bdates? of\b|\bday of the week\b|"
     # (a clause after keywords: 'kazatomprom npcil memorandum when was it signed')
     r"\bwhen (was|were|did) (it|they|he|she)\b"),
    (HOW_LONG, {"long", "duration", "length"},
     r"\bhow long\b|\b(what|which) (duration|length of time)\b"),
    (HOW_MANY, {"many", "number", "often", "toll", "population", "large", "big", "strong"},
     # (not 'a number of', several: 'What did he say they plan to relaunch after a number of
     # consultations?')
     r"\bhow many\b|(?<!\ba )\bnumber of\b|\bhow often\b|"
     # 'What population did the census give?': a count of people
     r"^\s*what ((total|overall|combined|estimated|current|urban|rural) )?population\b|"
     # a toll is a count of people, whatever word asks its size ('To what figure did Saudi
     # Arabia raise the death toll ...?' -> 'to 769, with 934 people injured')
     r"^\s*(to |at )?(what|how)\b.*\b(death|casualty|casualties|final|official) toll\b|"
     r"^\s*" + _BODY_SIZE),
    (HOW_MUCH, {"how", "what", "volume", "value", "amount"},
     # ('How far back ...?' asks a time, not a distance)
     r"\bhow (much|large|big|high|low|tall|deep|wide|heavy|fast|far(?!\s+back)|hot|cold|"
     r"warm|expensive|costly|powerful)\b|\bwhat (share|percentage|proportion|fraction|portion|"
     r"amount|volume|value|figure|sum|level)\b|\b(volume|value|amount) of\b|"
     # ('What was the turnout in East Kazakhstan ...?' -> 'at 90.9 percent')
     r"^\s*what (is|was|were|will be) (the )?([\w'’-]+ ){0,2}?turnout\b|"
     # 'What did the bank cut its rate to?', 'What was the price raised to in May?': the level
     # a change brought a figure to
     r"^\s*what (did|does|do|will|would|has|have|had) .+? (cut|raise|lower|increase|reduce|"
     r"lift|hike|set|bring|take|push|fix|peg|revise|adjust|slash|trim|put)(s|d|ed)?"
     r"( [\w'’-]+){0,4}? to(\s*[?.]?\s*$|\s+(after|when|in|on|from|following|last|this|by)\b)|"
     r"^\s*what (is|was|were|are|has been|had been|have been) .+? (cut|raised|lowered|increased|"
     r"reduced|lifted|hiked|set|brought|taken|pushed|fixed|revised|adjusted|slashed|trimmed|put)"
     r"( [\w'’-]+){0,2}? to(\s*[?.]?\s*$|\s+(after|when|in|on|from|following|last|this|by)\b)|"
     r"^\s*(to )?what (level|rate)\b|"
     # 'What is the most that can be sent ...?', 'What is the most the voucher pays?': a limit
     r"^\s*what (is|was|are|were|will be) the (most|maximum|least|minimum)\b(?!\s+(?:\w+ly\s+)?"
     r"(?:important|common|popular|famous|likely|recent|visited|senior|prominent)\b)|"
     # 'What did a litre of petrol cost ...?', 'What did a kilo of saffron sell for?', 'What did
     # the official put the sales at?': a sum or a size
     r"^\s*what (did|does|do|will|would|could|might) .+? (cost|fetch|(sell|sold|go|went) for)\b|"
     r"^\s*what (did|does|do|has|have|had) .+? (put|estimate|value|peg|reckon) .+? at\s*[?.]?\s*$|"
     # 'What annual population growth rate did the census record?': a rate is a figure
     r"^\s*(at )?what ([\w'’-]+ ){1,3}?rates?\b(?!-)|"
     # 'What temperature did the station record?', 'At what height ...?': a measure's figure
     r"^\s*(at |to )?what (maximum |minimum |record |peak |average |highest |lowest )?"
     r"(temperature|height|weight|speed|depth|altitude)s?\b|"
     # 'What capacity is planned for ...?', 'What output ...?': a measure, a figure answers
     # (not 'What capacity-building ...', a kind of work)
     r"\b(what|which) (installed |generating |annual |planned |total )?(capacity|output)\b"
     r"(?![\s-]+build)|"
     # 'What was trade between them in 2022?': a flow of goods named alone asks its size
     r"^\s*what (is|was|are|were) (the )?((bilateral|two-way|total|annual) )?(trade|turnover|"
     r"exports|imports)(?=\s+(between|with|of|from|to|in)\b|\s*[?.]?\s*$)|"
     # 'What is two-way trade worth ...?': what a thing is worth is a sum of money
     r"^\s*what (is|was|are|were) .+? worth\b|"
     # 'What import duty will Uzbekistan charge ...?', 'What fare do passengers pay?': a charge
     # or a pay named as the thing asked, before the question's verb, is a sum or a rate
     r"^\s*(at )?what ([\w'’-]+ ){0,2}?(price|fare|fee|toll|tariff|duty|duties|tax|levy|salary|"
     r"wage|rent|premium|stipend|subsidy|fine|penalty|charge)s?( (per|a|an|each|every) "
     r"[\w'’-]+)? (did|does|do|will|would|is|was|are|were|has|have|had|can|could|must|should|"
     r"applies|apply|applied)\b|"
     # 'What was the price of a loaf?', 'What is the fee for a visa?': the charge itself
     r"^\s*what (is|was|are|were|will be) the ([\w'’-]+ ){0,2}?(price|fare|fee|toll|tariff|"
     r"salary|wage|rent|premium|stipend|fine|penalty)s? (of|for|per)\b"),
    (WHO, {"who", "whom", "whose", "which", "what", "name"},
     # (a preposition may lead: 'To whom did he hand ...?', 'With whom ...?')
     r"^\s*((to|with|from|for|by|of|on|against|under) )?(who|whom|whose)\b|"
     # 'Which Kazakh ambassador ...', 'which ministers', 'which Pakistani university': up to
     # three words qualifying a person's role or a body ('Which Pakistani religious affairs
     # minister ...'); a role may take a prefix ('under-secretary', 'vice-chancellor')
     r"\b(which|what) ((?!(?:is|was|are|were|do|does|did|has|have|had|will|would|can|could|"
     r"the|an?)\b)[\w'’-]+ ){0,3}(?:[a-z]+-)?(person|people|official|minister|ambassador|"
     r"envoy|president|captain|coach|adviser|advisor|commissioner|officer|chancellor|editor|"
     r"founder|leader|scholar|speaker|head|director|chairman|chairperson|secretary|spokesperson|"
     r"spokesman|governor|mayor|consul|rector|dean|author|chief|commander|general|premier|"
     r"diplomat|member(?![\s-]+(?:states?|countr|nations?))|signatory|schoolmaster|"
     r"researcher|manager|"
     # (and a body by what it does: 'Which news agency ...', 'Which lender ...')
     r"group|lender|importer|exporter|investor|"
     r"insurer|regulator|manufacturer|retailer|supplier|perfumery|"
     r"senator|lawmaker|legislator|parliamentarian|aide|admiral|viceroy|ombudsman|"
     r"surgeon|physician|nurse|labou?rer|actor|actress|composer|archaeologist|potter|veteran|"
     r"staffer|photographer|painter|sculptor|dancer|designer|architect|chef|tailor|driver|"
     r"miner|fisherman|shepherd|herder|jockey|footballer|goalkeeper|cyclist|runner|swimmer|"
     r"villager|passenger|victim|survivor|patient|pilgrim|traveller|"
     r"player|pair|team|athlete|company|firm|think tank|institute|organi[sz]ation|"
     r"institution|university|bank|king|queen|prince|princess|emir|sultan|monarch)(s|es)?\b|"
     # a person by what they are or do, at the head of the question: 'Which Kazakh resident
     # got stuck in ...?' (not 'Where were the games at which Kazakh boxers ...?')
     r"^\s*(which|what) ((?!(?:is|was|are|were|do|does|did|has|have|had|will|would|can|could|"
     r"the|an?)\b)[\w'’-]+ ){0,2}(" + "|".join(PERSON_KINDS) + r")s?\b|"
     # (one named by what they keep or make, not another's: 'Which country's peacekeepers
     # ...?' asks a country)
     r"^\s*(which|what) ((?!(?:is|was|are|were|do|does|did|has|have|had|will|would|can|could|"
     r"the|an?)\b)[\w-]+ ){0,2}(" + _PERSON_AGENT + r")s?\b|"
     # ('the name of the minister'; not what a name means: 'What does the Persian name of the
     # plant mean?')
     r"\bname of the\b(?![^?]*\bmean[st]?\b)|"
     r"^\s*what (is|was) [\w .'’-]+?(position|role|title|job|post)\b"
     r"(?!\s+of\s+(?:the|a|an|this|that|its|their)\b)|"
     # 'What position does X hold?', 'What ministerial post did X hold ...?': the role a person
     # holds
     r"^\s*(what|which) ([a-z-]+ )?(position|role|title|job|post|office)s? "
     r"(does|did|do|is|was|has|had)\b"
     # (not a part someone says a country plays, or a title someone gives: 'What role did
     # the ambassador say Kazakhstan has played ...?')
     r"(?![^?]*\b(?:say|says|said|claim|claims|claimed|assign|assigned|give|gave|given|play|"
     r"plays|played|playing|want|wants)\b)"),
    # ('Where does X rank among …?', 'Where did the list place Almaty?' ask a standing, no
    # place; 'Where did the talks take place?' asks one)
    (WEBSITE, {"website", "websites", "site", "portal", "web", "webpage", "address"},
     r"\b(which|what) (website|web ?site|site|portal|web ?page|web address|online portal)s?\b|"
     r"\b(which|what) (is|was) the (website|web address|portal)\b"),
    (RANKED, {"rank", "ranks", "ranked", "ranking", "place", "placed", "stand", "stands", "stood"},
     r"^\s*where\b.*\b(?:rank(?:s|ed|ing)?|placed|stands?|stood)\b|"
     r"^\s*where\b.*(?<!take )(?<!takes )(?<!took )(?<!taken )(?<!taking )\bplace\b"),
    (WHERE, {"where", "what", "which"},
     r"^\s*where\b|\b(in|to|at|from|through|via) (what|which) (city|place|country|port|venue|"
     r"building|hall|town|province|region|locality|" + "|".join(sorted(_BUILDINGS)) + r")s?\b|"
     # (a word may stand between: 'In which Tehran neighbourhood ...?', 'In which housing
     # district ...?')
     r"\b(in|to|at|from|through|via) (what|which) (?:[\w'’-]+ ){0,2}(district|neighbou?rhood|"
     r"village|suburb|oblast|county|port|terminal|pad|capital|harbou?r|lock-up|"
     r"forestry|reserve|park)\b|"
     # ('Which country was admitted as a member?' asks for the country a sentence names as
     # the one that did or underwent the thing, seldom after 'in' or 'to': no place)
     r"\b(which|what) (city|place|port|venue)\b|"
     r"\b(which|what) country\b(?!\s+(?:was|were|is|are|has|have|had)\b)"),
    (THEME, {"theme", "themes", "topic", "topics", "title", "subject", "slogan", "motto", "about",
             "called", "titled", "entitled", "named"},
     r"\b(what|which) (is|was|are|were|will be) (the )?((main|central|overall|official) )?"
     r"(themes?|topics?|titles?|subjects?|slogan|motto)\b|"
     r"\b(themes?|topics?|title|slogan|motto) (of|for)\b|\bunder what (theme|title|slogan)\b|"
     # 'What was the fourth session of the roundtable about?'
     r"^\s*what (is|was|are|were|will be) .+? about\s*[?.]?\s*$|"
     # 'What was the round table in Islamabad called?': the name it was held under
     r"^\s*what (is|was|are|were) (the|this|that|its|their|a|an) .+? (called|titled|entitled|named)"
     r"\s*[?.]?\s*$"),
    (CALLED, {"call", "term", "describe", "name", "dub", "characterise", "characterize",
              "portray"},
     # (not what a name means: 'What does the Persian name of the plant mean?')
     r"^\s*what (did|does|do|has|have) .+? (call|term|describe|name|dub)\b"
     r"(?![^?]*\bmean[st]?\b)|"
     # 'How did the ambassador describe the visit?': the same ask
     r"^\s*how (did|does|do|has|have|would) .+? (describe|characteri[sz]e|portray|call|term)\b"),
    (SAID, SAID_VERBS,
     r"^\s*what (did|does|do|has|have) .+? (" + "|".join(sorted(SAID_VERBS)) + r")\b"),
    (MEANS, {"how", "means", "way", "ways", "method", "methods"},
     r"^\s*(by|through|with) (what|which) (means|ways?|methods?)\b|\bin (what|which) ways?\b|"
     # 'How can the pandemic be beaten?', 'According to X, how did Y propose to ...?': how a
     # thing is done (not 'How is the relationship?': a state)
     r"^\s*(according to [^,?]+,\s*)?how (can|could|would|will|should|might|may|do|does|did|to)"
     r"\b"),
    (WHICH, {"which", "what"},
     # ('Which two other countries were admitted ...?': how many, and that the question's own
     # are not among them)
     r"^\s*(which|what) ((two|three|four|five|six|other|more) ){0,2}(" +
     "|".join(sorted(WHICH_NOUNS)) + r") (are|were|have|had|did|do|make|"
     r"made|form|formed|joined|signed|took|take)\b|"
     # ('In which four sectors should ...?': so many, each named; not two, which a text says
     # as 'X and Y', as any pair of things)
     r"^\s*((in|from|of|to|with|by|at|on|for|into) )?(which|what) (three|four|five|six) "
     r"[\w-]+s\b"),
    (ADOPTED, {"adopted", "signed", "approved", "concluded", "endorsed", "ratified", "adopt",
               "sign", "approve", "conclude", "endorse", "ratify"},
     r"^\s*(what|which)( [\w'’-]+){0,2}? (was|were|has been|have been|had been|got) "
     r"(\w+ )?(adopted|signed|approved|concluded|endorsed|ratified)\b|"
     r"^\s*what (did|do|does|will|would) .+? (adopt|sign|approve|conclude|endorse|ratify)\b"),
]


# A keyword query that names a role ('IPRI director', 'head of the institute') asks who holds
# it, and one asking for a person's role ('Kaliyeva role') the person in it; one that names an
# amount ('trade volume 2023') asks for the figure. ('vice-president', 'director-general': each
# part is a word of its own.)
# units of time, and what is served for a time, that keywords asking how long name (ask_of)
_TIME_UNITS = frozenset("years months weeks days hours minutes".split())
_TERMS_SERVED = frozenset("sentence term jail prison".split())
_KEYWORD_ASKS = [
    (WHO, frozenset("""head president director chairman chairperson chairwoman ambassador
                    minister coordinator secretary envoy spokesperson spokesman moderator founder
                    editor governor mayor consul rector dean author chief role position
                    economist analyst lawyer journalist curator commander
                    designation post job
                    driver pilot surgeon captain coach jockey senator""".split())),
    (HOW_MUCH, frozenset("volume amount worth turnover figure figures share percentage "
                         "proportion distance length height weight price cost value money "
                         # (a sum asked in dollars: '... deal total investment dollars'; not
                         # 'tenge', a subject too: 'digital tenge')
                         "sum dollars usd limit ceiling altitude elevation depth budget "
                         "speed velocity turnout "
                         # ('kyrgyzstan plastic bag law maximum fine': a sum of money)
                         "fine fines".split())),  # ('nimroz ... wind speed')
    # ('audience size of the online discussion', 'delegation size', 'flood death toll',
    # 'greenhouses number', though not 'flight number'): a count, of people mostly, which a
    # count answers ('attended by 45 participants')
    (HOW_MANY, frozenset("size count toll number".split())),
    (WHERE, frozenset("venue location dateline".split())),  # ('... report dateline city')
    # ('date relations began', '... observer year'; 'strikers deadline for officials': a date)
    (WHEN, frozenset("date dates year deadline".split())),
    (THEME, frozenset("theme themes topic topics slogan motto".split())),
    # ('kistafin how he described tokayev visit': the words he called it by)
    (CALLED, frozenset("described termed dubbed".split())),
    (WEBSITE, frozenset("website websites portal".split())),
]


# the words a query uses for a title someone holds ('minister', 'envoy', 'rector')
PERSON_TITLES = _KEYWORD_ASKS[0][1] - {"role", "position", "designation", "post", "job"}
# the last word of a two-word title a text writes ('Vice Chancellor', 'Director General',
# 'Foreign Minister'), whose initials a query may use instead ('VC', 'DG', 'FM')
TITLE_HEADS = PERSON_TITLES | frozenset("""chancellor general officer commissioner adviser justice
                                        advisor representative manager speaker""".split())


_QUESTION_WORDS = frozenset("""who whom whose what which when where why how is are was were do
                            does did can could will would has have had should""".split())


# the words asking where a text was filed from, which its dateline says
DATELINE_ASKED = frozenset("dateline datelined".split())


def dateline_asked(question: str) -> bool:
    """Whether a "where" question asks where a text was filed from ('Where was the report
    datelined?', 'From which city was the TDI report filed?'), not where something was filed
    ('Citizens of which country filed the most applications?')."""
    words = words_of(question)
    return bool(words & DATELINE_ASKED) or "filed" in words and bool(
        words & {"report", "story", "dispatch", "article", "item", "piece", "news"})


def words_of(text: str) -> set[str]:
    """The words of a text as `\\b` in a regular expression delimits them, lower-cased."""
    return set(re.findall(r"\w+", text.lower()))


def is_question(text: str) -> bool:
    """Whether a query is a question ('Who chairs ...?', 'who is the president of IRS'), not
    keywords ('irs president'), whose kind of answer is a guess from one of its words."""
    first = re.match(r"\s*(\w+)", text)
    return text.rstrip().endswith("?") or bool(first and first.group(1).lower() in _QUESTION_WORDS)


def ask_of(text: str) -> str | None:
    """The kind of answer a question or a keyword query wants, or None."""
    # (a question may open by whom it asks by: 'According to Kistafin, what was new ...?')
    if text[:12].lower().lstrip().startswith("according"):
        text = re.sub(r"^\s*according\s+to\s+[^,?]+,\s*", "", text, flags=re.I)
    words = words_of(text)
    # ('Where is the office whose head did not know how long the ban would last?' asks where:
    # a 'how' in a clause after the question's own word asks nothing)
    opener = re.match(r"\s*(where|when|who|whom|whose|why)\b", text, re.I)
    for kind, needed, pattern in _ASKS:
        if words & needed:
            m = re.search(pattern, text, re.I)
            if m and not (opener and kind in (HOW_LONG, HOW_MUCH, HOW_MANY, HOW_FAR) and
                          re.match(r"how\b", text[m.start():], re.I) and m.start() > 0):
                head = re.match(r"\s*(which)\b", text, re.I) \
                    if kind in (HOW_MUCH, HOW_MANY) and m.start() > 0 else None
                if head:
                    # ('Which union leader confirmed the final number of dead?' asks who: the
                    # question's own "which" phrase, not a count its clause names)
                    for other, _, asks in _ASKS:
                        at = re.search(asks, text, re.I) if other in (WHO, WHERE) else None
                        if at and at.start() <= head.start(1):
                            return other
                return kind
    # (a question may open with a preposition: 'In which province ...?', 'At what height ...?')
    first = re.match(r"\s*(?:(?:in|at|on|by|for|from|to|of|with|into|under|during|since|"
                     r"after|before|between|among|through|within)\s+(?=(?:which|what|whom|"
                     r"whose)\b))?(\w+)", text, re.I)
    if not (first and first.group(1).lower() in _QUESTION_WORDS):
        if "post" in words and re.search(r"\bpost-", text, re.I):
            words = words - {"post"}  # ('post-visit reflections' name no post held)
        if "year" in words and re.search(r"\b(?:per|a|each|every|next|last|this|coming|"
                                         r"current|previous)\s+year\b", text, re.I):
            words = words - {"year"}  # ('scholarships per year': a rate, no date asked; nor
            # 'target next year': the time of what is asked)
        if "number" in words and _numbered(text) is None:
            words = words - {"number"}  # ('flight number': which one, not how many)
        # a span of time: 'oil contract length years' (not a distance), 'espionage maximum
        # sentence' (a term, 'up to 20 years in prison')
        if "duration" in words or "length" in words and words & _TIME_UNITS or \
                words & {"maximum", "minimum", "length"} and words & _TERMS_SERVED:
            return HOW_LONG
        for kind, named in _KEYWORD_ASKS:
            if words & named:
                return kind
        # (the name of one who does a thing: 'ipl player auction auctioneer name', 'final
        # referee name')
        agent = re.search(_AGENT_NAME_ASKED, text.lower())
        if agent and agent.group(1) not in _MACHINES:
            return WHO
        # (a figure's noun that ends the keywords, the thing asked of what they name before it:
        # 'hub salt refinery investment', 'copper smelter annual capacity')
        last = re.search(r"\b([a-z]+)\s*$", text.lower())
        if last and last.group(1) in _FIGURE_LAST:
            return HOW_MUCH
    return None


# the name of one who does a thing, ending a keyword query ('... auctioneer name')
_AGENT_NAME_ASKED = r"\b([a-z]{3,}(?:eer|er|or|ist|ian))\s+names?\s*$"
# the agent nouns that name a machine, not a person ('noor satellite launcher name': a rocket)
_MACHINES = frozenset("""launcher booster carrier tanker freighter liner cruiser destroyer bomber
                      reactor tractor generator computer trailer harvester excavator scanner
                      printer processor transformer compressor""".split())
# the nouns of a figure that, ending a keyword query, ask for it (ask_of)
_FIGURE_LAST = frozenset("""investment investments capacity output production revenue revenues
                         salary salaries wage wages fare fares fee fees funding loan grant
                         population area speed tonnes tons tonne barrels acres hectares
                         megawatts refund refunds ransom compensation""".split())


# ------------------------------------------------------------------ English words

LEXICON_FILE = "english.csv"  # in each index generation: `word,part of speech` lines
_lexicon_file: list[str] = []  # the one a search reads, set by `use_lexicon`


def use_lexicon(path: str) -> None:
    """Read the parts of speech from `path` (an index generation's LEXICON_FILE)."""
    if _lexicon_file != [path]:
        _lexicon_file[:] = [path]
        _lexicon.cache_clear()
        parts_of_speech.cache_clear()


def write_lexicon(path: str) -> None:
    """Write lemminflect's table as sorted `word,part of speech` lines, each pair once: a search
    reads this 1 MB file in well under a millisecond and looks a word up by halving, where
    inflating the gzip file it comes from takes tens of milliseconds in every process that asks
    a 'who' question or meets a word no document holds."""
    with open(path, "wb") as fh:
        fh.write(_pairs(_inflated()))


def _pairs(table: bytes) -> bytes:
    """lemminflect's `word,part of speech,lemma` lines as `\\nword,part of speech` lines, each
    pair once, sorted bytewise (the order `parts_of_speech` searches in), ending in a newline."""
    pairs = {b",".join(line.split(b",", 2)[:2]) for line in table.split(b"\n")
             if line.count(b",") >= 2}
    return b"".join(b"\n" + pair for pair in sorted(pairs)) + b"\n"


def _inflated() -> bytes:
    import importlib.util
    import os
    import zlib

    spec = importlib.util.find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        return b""
    path = os.path.join(spec.submodule_search_locations[0], "resources", "lemma_lu.csv.gz")
    try:
        with open(path, "rb") as fh:
            return zlib.decompress(fh.read(), 31)  # 31: a gzip stream
    except OSError:
        return b""


@lru_cache(maxsize=1)
def _lexicon() -> bytes:
    """Sorted `\\nword,part of speech` lines: the index's own file when a search set one, else
    made from lemminflect's table (slower: an index built before kzpk wrote the file, or none)."""
    for path in _lexicon_file:
        try:
            with open(path, "rb") as fh:
                return fh.read()
        except OSError:
            pass
    return _pairs(_inflated())


@lru_cache(maxsize=4096)
def parts_of_speech(word: str) -> frozenset[str]:
    """The parts of speech an English word can be ('noun', 'verb', ...); empty for other words
    (names, most transliterations, misspellings). Looked up by halving the sorted table (a scan
    of its megabyte took a millisecond a word), without importing lemminflect (which imports
    numpy)."""
    word = word.lower()
    if not re.fullmatch(r"[a-z][a-z'-]*", word):
        return frozenset()
    data, key = _lexicon(), b"\n" + word.encode() + b","
    lo, hi = 0, len(data)  # find the first line, counted with the newline before it, >= key
    while lo < hi:
        mid = data.rfind(b"\n", lo, (lo + hi) // 2 + 1)
        if mid < lo:  # no line starts in the lower half: look at the first line after it
            mid = data.find(b"\n", (lo + hi) // 2)
            if mid < 0 or mid >= hi:
                break
        end = data.find(b"\n", mid + 1)
        end = len(data) if end < 0 else end
        if data[mid:end] < key:
            lo = end
        else:
            hi = mid
    found, at = set(), lo
    while data.startswith(key, at):
        end = data.find(b"\n", at + 1)
        found.add(data[at + len(key):end].decode())
        at = end
    return frozenset(found)


# English words the lexicon leaves out: it lists nouns, verbs, adjectives and adverbs only.
FUNCTION_WORDS = frozenset("""the a an this that these those his her its their our my your he she
it they we i me him them us at for from with of and but or nor neither either during who whom
whose what which than some any all each every both among against into until upon
per despite amid amidst toward towards beneath beside onto unto atop amongst versus vs upto
whilst although unless whereas whether because if whoever whatever whichever cannot
itself himself herself themselves themself ourselves yourself yourselves myself oneself""".split())
# (the lexicon kzpk reads gives no part of speech for the last four lines' words: without them
# 'despite', 'beneath' or 'itself' would be read as a name no document mentions)


def is_english(word: str) -> bool:
    return word.lower() in FUNCTION_WORDS or bool(parts_of_speech(word))


def is_calendar_word(word: str) -> bool:
    """Whether a word is a month's or a weekday's name, or a month's as kzpk reads it cut short
    ('jan', 'sept': dates.MONTH_WORDS)."""
    from kzpk.dates import MONTH_WORDS

    w = word.lower()
    return w in MONTH_WORDS or w in _calendar_words()


def calendar_slip(word: str) -> str | None:
    """The month's or weekday's name a word of five letters or more is one slip from
    ('febuary' -> 'february', 'wenesday' -> 'wednesday'), or None."""
    w = word.lower()
    if len(w) < 5 or w in _calendar_words():
        return None
    return next((c for c in sorted(_calendar_words()) if edit_distance(w, c, 1) == 1), None)


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    from kzpk.dates import MONTH_NAMES, WEEKDAYS

    return frozenset(MONTH_NAMES + WEEKDAYS)


# Nouns and adjectives that name the kind of answer wanted, or frame it, rather than a subject:
# "trade volume", "the outcome of the talks", "current figure", "according to".
FRAMING = frozenset("""volume volumes amount amounts number numbers figure figures total totals
size value values share percentage percentages proportion level levels rate rates count sum
date dates year years day days month months time times period name names role roles title
titles position positions post posts job jobs designation long duration outcome outcomes result results purpose reason reasons detail details
status aim aims topic topics theme themes kind kinds type types sort place location person
list summary description significance importance impact effect effects state situation current
latest recent main key overall exact approximate approximately roughly according regarding concerning
including known first last previous next former ex latest new now today currently presently
turnover worth venue dateline datelined
affiliation affiliations employer occupation profession nationality background biography
career portfolio degree degrees qualification qualifications
feature features aspect aspects characteristic characteristics trait traits
""".split())


# Nouns for a measure of a thing ('At what height is Camp 2?', 'maximum sentence') or for the
# one who holds it ('logistics company owner'): they name the kind of answer, a figure, a person
# or a web address, which a text gives without the word ('Camp 2 at 6,700m', 'up to 20 years',
# 'X, whose company handles ...', 'through studyin.kz'; a sum in rupees, 'Rs183 billion'). A
# query saying one that no document writes is searched without it; unlike FRAMING they are no
# framing when a document does say them.
MEASURES = frozenset("""height altitude elevation length width breadth depth weight distance
speed temperature price cost owner founder proprietor website webpage rupee
maximum minimum average""".split())
# the kinds of name a question may ask for by an adjective ('What is the Latin name of ...?'),
# which a text gives without saying it is one ('Aconitum soongaricum')
NAME_KINDS = frozenset("latin scientific botanical binomial".split())
# the currencies of the region and the world's main ones, by name (_CURRENCIES); an amount is
# asked in one ('... fine in dirhams', '... fine dirhams') that a text may write by its sign ('Dh2.5
# million'): the kind of answer, not the subject ('manat black market rate' asks about the manat)
CURRENCY_NAMES = frozenset("""dollar dirham riyal rial dinar tenge somoni manat toman lira dram
yen taka euro yuan renminbi rouble ruble ringgit baht""".split())
# and by their codes ('project cost PKR'), which are no initials of a name
CURRENCY_CODES = frozenset("""USD EUR GBP KZT PKR INR AFN CNY RMB AED SAR QAR KWD OMR BHD IRR UZS
KGS TJS TMT AZN RUB TRY JPY CHF""".split())
# (and the code a text may name one by alone: 'KZT 20,000 per tonne')
CURRENCY_CODE_OF = {"dollar": "USD", "euro": "EUR", "tenge": "KZT", "rupee": "PKR",
                    "yuan": "CNY", "renminbi": "RMB", "dirham": "AED", "riyal": "SAR",
                    "somoni": "TJS", "manat": "TMT", "rouble": "RUB", "ruble": "RUB", "lira": "TRY",
                    "yen": "JPY"}


# General English abbreviations a query may use where texts write the words out ('36
# memorandums of understanding' answers 'number of MoUs'); names of bodies come from records.
ABBREVIATIONS = {"mou": "memorandum of understanding", "fta": "free trade agreement",
                 "fdi": "foreign direct investment", "gdp": "gross domestic product",
                 "ceo": "chief executive", "pm": "prime minister",
                 "lpg": "liquefied petroleum gas", "lng": "liquefied natural gas",
                 "cng": "compressed natural gas", "mp": "member of parliament",
                 "it": "information technology", "ipo": "initial public offering",
                 "epc": "engineering procurement and construction",
                 "ngo": "non-governmental organisation", "sez": "special economic zone",
                 "sme": "small and medium enterprises",
                 "idp": "internally displaced persons", "ppa": "power purchase agreement"}


# A question asking what a name means, or what it is in another language, names the language it
# wants the answer in ('What does the Persian name ... mean in English?'): that language is
# how the answer is put, not what is asked about, and no document need write it
# (compiled on first use, by re's cache)
_MEANING_IN = (r"\b(?:mean|means|meant|meaning|translat\w*|stands? for|called|say)\b"
               r"[^?.]*\bin (English|Urdu|Russian|Kazakh|Persian|Farsi|Arabic|"
               r"Chinese|Turkish|Uzbek|Pashto|Punjabi|Sindhi|Hindi|French|German)\b")


def language_asked_in(text: str) -> str | None:
    """The language a question wants a name's meaning put in ('... mean in English?' ->
    'English'), or None."""
    found = re.search(_MEANING_IN, text, re.IGNORECASE)
    return found.group(1) if found else None


def written_out(word: str) -> str | None:
    """What an abbreviation written with a capital ('MoU', 'MoUs', 'FDI') stands for, or None;
    written in small letters too ('ceo', 'mou' in hurried keywords) when it is no English word
    ('it' is the pronoun)."""
    if not any(c.isupper() for c in word) and is_english(word):
        return None
    lower = word.lower()
    return ABBREVIATIONS.get(lower) or (ABBREVIATIONS.get(lower[:-1]) if lower.endswith("s")
                                        else None)


# Words and phrases of general English that mean the same in the news of two countries; a
# query saying one finds texts saying another ('capital punishment' -> 'the death penalty').
SYNONYMS = (("capital punishment", "death penalty"), ("target", "goal", "ambition"),
            ("envoy", "ambassador"), ("accord", "agreement"), ("judge", "justice"),
            ("charter", "statute"), ("pipeline", "conduit"),
            ("penalty", "punishment", "sentence"),
            ("world fair", "world exhibition", "international exhibition", "universal exhibition"),
            # a clipped word and the whole one ('kilos of cargo' -> '5,000 kilograms')
            ("kilo", "kilogram", "kg"), ("tonne", "ton"),
            # units of power and length as the news abbreviates them ('megawatts' -> '1,300 MW')
            ("megawatt", "mw"), ("kilowatt", "kw"), ("gigawatt", "gw"),
            ("kilometre", "kilometer", "km"),
            ("freight", "cargo"), ("harvest", "crop"),
            ("hydropower", "hydroelectric", "hydel"),
            ("youngster", "child", "children", "kid"), ("grown-up", "adult"),
            # those who attend an event ('audience size' -> 'attended by 45 participants')
            ("audience", "participant", "attendee"),
            # the parts of a law or a charter ('clauses of the constitution' -> '33 articles')
            ("clause", "article"), ("constitution", "basic law"),
            # an online meeting ('the anniversary webinar' -> 'the online conference')
            ("webinar", "conference"),
            # the news's other words for one thing: a question in its own words finds the text
            ("agreement", "deal", "pact"), ("talks", "negotiations", "discussions"),
            ("border", "frontier"), ("town", "city"),
            ("student", "learner", "pupil"),
            # ('How many car journeys ...?' -> '480 million vehicle trips')
            ("trip", "visit", "tour", "journey", "voyage"),
            ("event", "happening"), ("largest", "biggest"),
            ("programme", "program", "scheme"), ("aid", "assistance", "relief"),
            ("lawmaker", "legislator", "parliamentarian"), ("parliament", "legislature"),
            ("machinery", "equipment"), ("warehouse", "depot", "storage"),
            ("disaster", "calamity", "catastrophe"),
            ("railway", "railroad"), ("vehicle", "automobile"), ("cost", "price"),
            ("goods", "products", "commodities"),
            ("quake", "earthquake", "tremor"), ("deadline", "timeframe"),
            ("medicine", "drug", "pharmaceutical"), ("hospital", "clinic"),
            ("creche", "daycare", "nursery"),
            ("athlete", "sportsman", "sportsperson"), ("championship", "tournament"),
            ("award", "prize", "honour", "honor"),
            ("tongue", "language"), ("lorry", "truck"),
            ("coronavirus", "covid", "pandemic"), ("internet", "online", "broadband"),
            ("seaport", "port"), ("restart", "resume", "relaunch"),
            ("hurdle", "obstacle", "barrier", "challenge"), ("overturn", "overrule"),
            ("ties", "relations"), ("stage", "phase"), ("merge", "integrate"),
            ("neighbour", "neighbor", "border"), ("neighbouring", "neighboring", "bordering"),
            ("sovereign", "independent"),
            ("gathering", "meeting"), ("gadget", "device"), ("spacecraft", "satellite"),
            ("akim", "governor", "mayor"), ("clay", "terracotta"),
            ("warrior", "soldier"),
            ("village", "settlement"), ("factory", "plant"), ("traveller", "tourist"),
            ("shortage", "gap", "deficit"), ("recognise", "recognize", "acknowledge"),
            # an office said in plain words ('the boss of the operator') as a text titles it
            # ('its chief executive', 'the head of')
            ("boss", "chief", "head"),
            ("seize", "impound", "confiscate"),
            # ('How many employees ... downed tools?' -> 'some 65,000 PTCL staff stopped work')
            ("employee", "staff"), ("sibling", "brother", "sister"),
            ("fingerprint", "thumbprint"), ("fowl", "poultry"), ("bloom", "flower"),
            ("lab", "laboratory"), ("grasshopper", "locust"),
            # ('cost in total' -> 'worth a combined 173 billion tenge')
            ("total", "altogether"),
            # a toll as the news words it ('How many people died ...?' -> '..., killing 12
            # people', '15 dead')
            ("died", "killed", "dead"), ("closed", "shut"),
            # the start of a thing ('When did construction begin?' -> 'Building work started in
            # May 2016')
            ("begin", "start", "commence"), ("began", "started", "commenced"),
            # study and rule in other words ('doctoral candidates' -> 'PhD students', 'its
            # self-government' -> 'its autonomy', 'rural postmen' -> 'villages are served by')
            ("phd", "doctoral", "doctorate"), ("autonomy", "self-government", "self-rule"),
            ("rural", "village", "countryside"),
            # an occasion's parts and people ('the principal invitee at the closing part' ->
            # 'the chief guest of the concluding session'), a trade's ('a big supplier of')
            ("invitee", "guest"), ("closing", "concluding"),
            ("supplier", "exporter", "provider"),
            # British and American words for one thing ('gasoline' -> 'petrol')
            ("petrol", "gasoline"), ("motorist", "driver"), ("greenback", "dollar"),
            ("petrol pump", "filling station", "petrol station", "fuel station", "gas station"),
            # an envoy's papers ('copies of his credentials' -> 'letters of credence')
            ("credentials", "credence"), ("plebiscite", "referendum"),
            # a court's word on a case ('supreme court ruling date' -> 'took the decision on 16
            # July')
            ("ruling", "verdict", "decision", "judgment", "judgement"),
            # a rise in pay as the news words it ('pay rise agreed' -> 'will raise wages by 30
            # percent')
            ("pay rise", "pay raise", "pay increase", "wage increase", "wage rise",
             "salary increase", "raise wages", "raise salaries", "increase wages"),
            # a thing's former name ('its earlier name' -> 'previously known as')
            ("earlier", "previously", "formerly"),
            # what the news says of people and harm in other words ('How many were wounded?' ->
            # '58 people were injured'; 'convicts' -> '1,500 inmates')
            ("injured", "wounded", "hurt"), ("fatality", "death"),
            ("convict", "inmate", "prisoner"), ("jihadist", "militant", "insurgent"),
            ("blaze", "fire"), ("blast", "explosion"), ("firm", "company"),
            ("spokesman", "spokesperson"), ("plane", "aircraft"),
            # devices and homes in everyday words ('smartphone application' -> 'mobile app')
            ("smartphone", "mobile", "cellphone"), ("application", "app"),
            ("dwelling", "housing", "home"), ("cheap", "low-cost", "affordable", "inexpensive"),
            # a seat at a body in other words ('watchers', 'onlookers' for observers)
            ("watcher", "onlooker", "observer"),
            # who paid for or wrote a thing ('bankrolling the tour', 'who penned the essay')
            ("sponsor", "bankroll", "fund", "finance"),
            ("sponsoring", "bankrolling", "funding", "financing"),
            ("sponsored", "bankrolled", "funded", "financed"),
            ("penned", "wrote", "authored"), ("essay", "article", "paper"),
            # directions as adjectives and as nouns ('the northern valley' -> 'north of')
            ("northern", "north"), ("southern", "south"), ("eastern", "east"),
            ("western", "west"),
            # everyday words for what the news names formally
            ("debris", "rubble"), ("makeshift", "temporary", "improvised"),
            ("counterfeit", "fake", "forged", "bogus"),
            ("native", "local", "indigenous"), ("inhabitant", "resident"), ("lineage", "breed"),
            ("jab", "vaccine", "shot"), ("inoculation", "vaccination"),
            ("thoroughfare", "road", "street", "avenue"),
            ("web seminar", "online conference"), ("relatives", "family", "kin"),
            ("medic", "doctor", "physician"), ("rebranded", "relaunched", "renamed"),
            ("brand", "trademark"),
            # work lost in everyday words ('jobless cover' for unemployment insurance)
            ("jobless", "unemployment", "unemployed"),
            # a measure's irregular plural ('tunnel length feet' -> 'a 1,050-foot tunnel')
            ("feet", "foot"),
            # more of the news's other words for one thing ('How many infants were born ...?' ->
            # '124 babies'; 'How many pictures competed?' -> 'Twenty-two films')
            ("infant", "baby", "newborn"), ("picture", "film", "movie"), ("lender", "bank"),
            ("coach", "bus"), ("expressway", "motorway", "highway"),
            ("guideline", "direction", "instruction"),
            ("journalist", "reporter", "correspondent"), ("dearest", "costliest"),
            ("offence", "offense", "crime"),
            # ('its yearly spending plan' -> 'approves the annual budget')
            ("yearly", "annual"), ("benefit", "gain"),
            # ('trickle watering' -> 'drip irrigation')
            ("trickle", "drip"), ("watering", "irrigation"),
            # the legal ground of ties as diplomats translate it ('the treaty base' -> 'the
            # contractual and legal framework')
            ("treaty", "contractual"), ("base", "basis", "framework"),
            # ('famous cafes' -> 'the best-known and busiest places')
            ("famous", "well-known", "best-known", "renowned"),
            # the weather and what is said of it ahead ('the weather service that predicted' ->
            # 'the national centre for meteorology had forecast')
            ("weather", "meteorology", "meteorological"),
            # a post in the press's short words ('the premier's aide' -> 'Special Assistant to
            # the Prime Minister'), and media online ('online media' -> 'Digital Media')
            ("premier", "prime minister"), ("aide", "assistant", "adviser", "advisor"),
            ("online media", "digital media"),
            # a thing's name before ('the garden's old name' -> 'Formerly known as Siraj Bagh')
            ("old name", "former name", "formerly known", "previously known"),
            ("predict", "forecast", "foresee"), ("predicted", "forecast", "forecasted"),
            # a signing in other words ('put her signature to the deal' -> 'signed the Agreement')
            ("signature", "signed", "signing"),
            # a weight asked by its noun and given by its verb ('torc weight' -> 'weighing about
            # one kilogram')
            ("weight", "weigh", "weighs", "weighing", "weighed"))


def said_otherwise(words: set[str]) -> set[str]:
    """The one-word synonyms (SYNONYMS) of any of the words: 'envoys' holding the post
    'ambassador', '33 articles' counting 'clauses'."""
    return {o for group in SYNONYMS if words & set(group) for o in group if " " not in o}

# The countries the news on the two names most: the adjectives of their peoples, their capital
# and, where it is another city, their largest. A question naming a city by its country ('in
# Pakistan's capital', 'the Afghan capital', 'Kazakhstan's biggest city') searches the city as
# the word 'capital' or 'city' is (synonyms); a question naming a people's thing ('the Kazakh
# delegation') is not answered by another people's (people_clash).
_COUNTRIES = {"kazakhstan": (("kazakh",), "astana", "almaty"),
              "pakistan": (("pakistani",), "islamabad", "karachi"),
              "afghanistan": (("afghan",), "kabul", None),
              "uzbekistan": (("uzbek",), "tashkent", None),
              "kyrgyzstan": (("kyrgyz",), "bishkek", None),
              "tajikistan": (("tajik",), "dushanbe", None),
              "turkmenistan": (("turkmen",), "ashgabat", None),
              "china": (("chinese",), "beijing", "shanghai"),
              "russia": (("russian",), "moscow", None),
              "iran": (("iranian",), "tehran", None),
              "india": (("indian",), "delhi", "mumbai"),
              "azerbaijan": (("azerbaijani", "azeri"), "baku", None),
              "turkey": (("turkish",), "ankara", "istanbul"),
              "saudi": (("saudi",), "riyadh", None),
              "united states": (("american",), None, None),
              "britain": (("british",), None, None),
              "emirates": (("emirati",), None, None),
              "qatar": (("qatari",), None, None)}
_PEOPLES = frozenset(a for peoples, _, _ in _COUNTRIES.values() for a in peoples)
# other countries' capitals, which the news uses for their states as it does these ('Budapest's
# government-funded study places'): only to read such a capital no document writes as its
# country
_OTHER_CAPITALS = {
    "budapest": "hungary", "seoul": "korea", "tokyo": "japan", "berlin": "germany",
    "paris": "france", "london": "britain", "washington": "united states", "rome": "italy",
    "cairo": "egypt", "minsk": "belarus", "kyiv": "ukraine", "kiev": "ukraine",
    "tbilisi": "georgia", "yerevan": "armenia", "ulaanbaatar": "mongolia", "baghdad": "iraq",
    "damascus": "syria", "amman": "jordan", "muscat": "oman", "doha": "qatar",
    "jakarta": "indonesia", "dhaka": "bangladesh", "colombo": "sri lanka",
    "kathmandu": "nepal", "warsaw": "poland", "prague": "czech republic", "vienna": "austria",
    "madrid": "spain", "ottawa": "canada", "canberra": "australia", "athens": "greece",
    "bucharest": "romania", "belgrade": "serbia", "beirut": "lebanon", "kuwait": "kuwait",
    "manama": "bahrain", "brasilia": "brazil", "stockholm": "sweden", "oslo": "norway",
    # (and the city the European Union sits in: 'What did Brussels decide ...?')
    "brussels": "european union"}
_STATE_OF = {**_OTHER_CAPITALS,
             **{capital: country for country, (_, capital, _) in _COUNTRIES.items() if capital}}


def _city_of(word: str, largest: bool = False) -> str | None:
    """The capital (or the largest city) of the country a word names or whose people it names."""
    for country, (peoples, capital, biggest) in _COUNTRIES.items():
        if word == country or word in peoples:
            return (biggest or capital) if largest else capital
    return None


# Words after a capital that make it its state, not a place: its people or bodies ('Baku news
# outlet', 'Kabul officials'); a lower-case word ending as a verb's past or present does after
# it ('Riyadh accepted', 'Ashgabat wants') acts as a state does, unless it names a gathering
_STATE_NOUNS = frozenset("news media press officials government authorities leadership regime "
                         "diplomats diplomacy administration".split())
_GATHERINGS = frozenset("talks meetings summits visits consultations negotiations agreements "
                        "accords protocols".split())
_PLACE_PREPOSITIONS = frozenset("in at to from near into via through around outside inside "
                                "towards toward across within visit visited visiting".split())


_CAPITAL_OF = {**{country: capital for capital, country in _OTHER_CAPITALS.items()
                  if " " not in country and capital != country},
               **{country: capital for country, (_, capital, _) in _COUNTRIES.items()
                  if capital and " " not in country}}


def capital_of_state(word: str) -> str | None:
    """The capital of the country a word names ('Qatar' -> 'Doha', 'Hungary' -> 'Budapest'):
    where no document names the country, one filed from or telling of its capital is about it
    ('DOHA, Dec 6 - ...' for 'the Games in Qatar')."""
    capital = _CAPITAL_OF.get(word.lower())
    return capital.title() if capital else None


def state_of_capital(word: str, question: str) -> str | None:
    """The country a capital of `_COUNTRIES` stands for when a question uses it for its state,
    as the news does ('Kabul's leadership', 'the halal checks Riyadh accepted', 'Tashkent and
    Ashgabat', 'Which Baku news outlet ...'); None for the city as a place ('in Dushanbe', 'the
    Bishkek summit', 'Ashgabat summit outcome'), which a document that never names it does not
    answer."""
    w = word.lower()
    country = _STATE_OF.get(w)
    if not country:
        return None
    tokens = re.findall(r"[\w'’-]+", question)
    low = [t.lower().replace("’", "'") for t in tokens]
    for i, t in enumerate(low):
        bare = t[:-2] if t.endswith("'s") else t.rstrip("'")
        if bare != w:
            continue
        before = low[i - 1] if i else ""
        after = low[i + 1] if i + 1 < len(low) else ""
        if t != bare:
            return country.title()  # possessive: 'Kabul's leadership'
        if before in _PLACE_PREPOSITIONS:
            continue
        if after in _STATE_NOUNS or before in ("and", "or") and i >= 2 and (
                low[i - 2] in _COUNTRIES or low[i - 2] in _STATE_OF):
            return country.title()
        if after and after not in _GATHERINGS and tokens[i + 1].islower() and \
                re.fullmatch(r"[a-z]{3,}(ed|s)", after) and not after.endswith("ss"):
            return country.title()
        if before in _AUX_WORDS and after and tokens[i + 1].islower() and \
                after not in FUNCTION_WORDS:
            return country.title()  # the doer of a question's act: 'did Bishkek stop ...?'
    return None



# States and bodies the news names by an acronym or adjective that is no initialism of the
# name the texts use ('USSR' for 'the Soviet Union', 'American' for 'the United States'): a
# query word no document writes is searched as the name a document does write, and said so
COMMON_NAMES = {"ussr": ("Soviet Union",), "us": ("United States",), "usa": ("United States",),
                "american": ("United States", "US"), "america": ("United States", "US"),
                "uk": ("United Kingdom", "Britain"), "british": ("Britain", "United Kingdom"),
                "english": ("England", "Britain"),  # ('In which English city ...?')
                "uae": ("United Arab Emirates", "Emirates"), "un": ("United Nations",),
                "eu": ("European Union",), "european": ("Europe",), "prc": ("China",),
                "ksa": ("Saudi Arabia",),
                # a country by another of its names ('moved from Holland')
                "holland": ("Netherlands", "Dutch"), "burma": ("Myanmar",),
                "ceylon": ("Sri Lanka",), "persia": ("Iran",), "turkiye": ("Turkey",),
                "czechia": ("Czech Republic",), "bharat": ("India",),
                # (and the two countries by their names in other European languages: 'the
                # First Deputy Foreign Minister of Kasachstan', 'Kazajistán')
                "kasachstan": ("Kazakhstan",), "kazachstan": ("Kazakhstan",),
                "kazajistan": ("Kazakhstan",), "kazajistán": ("Kazakhstan",),
                "kazakhstán": ("Kazakhstan",), "casaquistão": ("Kazakhstan",),
                "casaquistao": ("Kazakhstan",), "kazakistan": ("Kazakhstan",),
                "kazakistán": ("Kazakhstan",), "pakistán": ("Pakistan",),
                # (or by its Soviet or colonial name: 'gas from Turkmenia', 'flights to Frunze')
                "turkmenia": ("Turkmenistan",), "kirghizia": ("Kyrgyzstan",),
                "kirgizia": ("Kyrgyzstan",), "tadzhikistan": ("Tajikistan",),
                "byelorussia": ("Belarus",), "belorussia": ("Belarus",), "moldavia": ("Moldova",),
                "siam": ("Thailand",), "frunze": ("Bishkek",), "stalinabad": ("Dushanbe",),
                "leninabad": ("Khujand",),
                "semipalatinsk": ("Semey",), "guryev": ("Atyrau",), "chimkent": ("Shymkent",),
                "lyallpur": ("Faisalabad",), "bombay": ("Mumbai",), "calcutta": ("Kolkata",),
                "madras": ("Chennai",), "peking": ("Beijing",), "pekin": ("Beijing",),
                "dzhambul": ("Taraz",), "aktyubinsk": ("Aktobe",),
                # (and India's cities by their older English names: 'the Mysore event')
                "mysore": ("Mysuru",), "bangalore": ("Bengaluru",), "trivandrum":
                ("Thiruvananthapuram",), "tuticorin": ("Thoothukudi",), "poona": ("Pune",),
                "benares": ("Varanasi",), "baroda": ("Vadodara",), "gurgaon": ("Gurugram",),
                "mangalore": ("Mangaluru",), "allahabad": ("Prayagraj",),
                # a city by its initials ('PIA's NYC hotel'); China as the press's prefix
                # ('Sino-Pakistani relations')
                "nyc": ("New York",), "sino": ("China",),
                # a government named by its seat ('the Kremlin said')
                "kremlin": ("Russia",),
                # a city's people by their own name ('Muscovites pay with their faces'; a plural
                # is looked up as its singular)
                "muscovite": ("Moscow",), "londoner": ("London",), "parisian": ("Paris",),
                "karachiite": ("Karachi",), "lahori": ("Lahore",), "almatian": ("Almaty",),
                # (Pakistan's press for a prime minister's special assistant, whom a text names
                # 'the prime minister's special assistant on ...')
                "sapm": ("special assistant",),
                "fy": ("fiscal year",)}  # ('In which FY did ...?')
# (and two abbreviations of the press, searched as written out when no document writes them,
# said so as these names are; an abbreviation a document may write either way, 'MoU', is
# ABBREVIATIONS's)
# (an adjective whose country its endings give, 'Chinese' -> 'China', is Searcher._demonyms's;
# a name holding the word itself, 'Saudi Arabia' for 'Saudi', could never be written instead)

# A people's adjective that no ending of English makes of its country's name ('Spain's Abengoa'
# for 'the Spanish partner'): Searcher._demonyms reads these both ways beside its endings
IRREGULAR_DEMONYMS = {"spanish": "spain", "french": "france", "dutch": "netherlands",
                      "greek": "greece", "swiss": "switzerland", "danish": "denmark",
                      "swedish": "sweden", "finnish": "finland", "polish": "poland",
                      "irish": "ireland", "welsh": "wales", "scottish": "scotland",
                      "norwegian": "norway", "thai": "thailand", "filipino": "philippines",
                      "portuguese": "portugal", "peruvian": "peru", "belgian": "belgium",
                      "azeri": "azerbaijan", "lebanese": "lebanon", "cypriot": "cyprus",
                      "malaysian": "malaysia", "argentine": "argentina", "mexican": "mexico",
                      "canadian": "canada", "ukrainian": "ukraine", "croatian": "croatia",
                      "serbian": "serbia", "british": "britain"}
# a people's adjective, one word, in small letters: these and others the news uses ('the prize
# for best Saudi film' names no film)
DEMONYMS = _PEOPLES | IRREGULAR_DEMONYMS.keys() | frozenset(
    """arab egyptian georgian armenian israeli iraqi syrian jordanian omani kuwaiti bahraini
    yemeni bangladeshi nepali japanese korean mongolian belarusian german italian austrian
    european asian african indonesian nigerian australian brazilian czech""".split())


# Common words as notes and headlines clip them ('peshawar univ director', 'IR dept', 'dep FM'):
# a query word no document writes is searched as the whole word, said as a correction
CLIPPED = {"univ": "university", "dept": "department", "dep": "deputy", "dy": "deputy",
           "govt": "government", "intl": "international", "natl": "national",
           "assoc": "association", "secy": "secretary", "inst": "institute", "acad": "academy",
           "corp": "corporation", "admin": "administration", "mgmt": "management",
           "asst": "assistant", "prof": "professor", "amb": "ambassador",
           "pres": "president", "dir": "director", "mgr": "manager",
           # informal spellings
           "thru": "through", "tho": "though", "yr": "year", "yrs": "years",
           "approx": "approximately", "info": "information", "lab": "laboratory",
           "labs": "laboratories"}


# Verbs the news uses for one act, each as its root and the endings of its forms: who hosted
# a forum organised it, or convened it ('co-hosted' the roundtable -> 'jointly organized by')
SAME_ACTS = ((("host", ("", "s", "ed", "ing")), ("organis", ("e", "es", "ed", "ing")),
              ("organiz", ("e", "es", "ed", "ing")), ("conven", ("e", "es", "ed", "ing"))),
             # who scrapped a law or a penalty abolished it, or repealed it
             (("abolish", ("", "es", "ed", "ing")), ("scrap", ("", "s", "ped", "ping")),
              ("repeal", ("", "s", "ed", "ing"))),
             # who defeated someone beat them ('was beaten by Sukhroj Azizov')
             (("defeat", ("", "s", "ed", "ing")), ("beat", ("", "s", "en", "ing"))),
             # what a firm owned belonged to it ('a site belonging to Inter Logistics LLC')
             (("own", ("", "s", "ed", "ing")), ("belong", ("", "s", "ed", "ing"))))


# Verbs that say little on their own, whose forms stand in any text ('making up one-third of the
# constitution' is no answer to 'How many countries make up CAREC?'): no form of theirs is
# added to what a question says (IRREGULAR; query.word_matchers' '-ing')
LIGHT_VERBS = frozenset("make take give come see know have use get go put do".split())


# Verbs whose past the stemmer cannot reach from the base form a question asks with after 'did'
# ('What did she speak about?' of a text saying 'spoke about'): base -> its past forms. Only
# the base form is looked up, never the past: 'led' is no question's 'lead'. No light verb
# (LIGHT_VERBS): 'How many countries make up CAREC?' is not asked of '33 articles ... are made'
IRREGULAR = {"speak": ("spoke", "spoken"), "meet": ("met",), "bring": ("brought",),
             "hold": ("held",), "lead": ("led",), "win": ("won",), "tell": ("told",),
             "begin": ("began", "begun"), "grow": ("grew", "grown"), "pay": ("paid",),
             "sell": ("sold",), "buy": ("bought",), "write": ("wrote", "written"),
             "send": ("sent",), "choose": ("chose", "chosen"), "rise": ("rose", "risen"),
             "fall": ("fell", "fallen"), "build": ("built",), "spend": ("spent",),
             "draw": ("drew", "drawn"), "fly": ("flew", "flown"), "lose": ("lost",),
             "seek": ("sought",), "teach": ("taught",), "break": ("broke", "broken"),
             "lend": ("lent",), "strike": ("struck",), "throw": ("threw", "thrown"),
             "withdraw": ("withdrew", "withdrawn"), "oversee": ("oversaw", "overseen"),
             "undertake": ("undertook", "undertaken"), "fight": ("fought",),
             "sing": ("sang", "sung"), "forgive": ("forgave", "forgiven"),
             "overcome": ("overcame",), "deal": ("dealt",)}


_PAST_FORMS = frozenset(p for forms in IRREGULAR.values() for p in forms)


def same_act(word: str) -> list[str]:
    """For a form of a verb of SAME_ACTS ('co-hosted', 'organising', 'convened'), the other verbs
    of its group ('organise', 'organize', 'convene'); [] for any other word ('hostile')."""
    w = word.lower()
    w = w[3:] if w.startswith("co-") else w
    for group in SAME_ACTS:
        for root, ends in group:
            if w.startswith(root) and w[len(root):] in ends:
                return [r + e[0] if e[0] else r for r, e in group if r != root]
    return []


@lru_cache(maxsize=1)
def _synonyms_by_first() -> dict[str, list[tuple[list[str], list[list[str]]]]]:
    """SYNONYMS's phrases by their first word: each phrase's words, with its group's."""
    out: dict[str, list[tuple[list[str], list[list[str]]]]] = {}
    for group in SYNONYMS:
        phrases = [p.split() for p in group]
        for phrase in phrases:
            out.setdefault(phrase[0], []).append((phrase, phrases))
    return out


# Other words for one thing read only for a query word no document writes: each group's first
# word is common in the news in other senses ('stop', 'port', 'site', 'area'), so a query saying
# it is not searched for the rest ('When did the flights cease?' -> 'stopped on 7 November'; but
# 'halted' stays 'halted' where a document writes it)
UNWRITTEN_SYNONYMS = {"cease": ("stop", "halt", "end"), "ceased": ("stopped", "halted", "ended"),
                      # a parliament by its own name, which a text may not write
                      "majlis": ("parliament",), "mazhilis": ("parliament",),
                      # a people for its language, and its language for it ('the language of
                      # the Pashtuns' -> 'in Pashto'; 'Farsi' for 'Persian')
                      "pashtun": ("pashto", "pakhtun"), "pashtuns": ("pashto", "pakhtuns"),
                      "pakhtun": ("pashto", "pashtun"), "farsi": ("persian",),
                      "duma": ("parliament",), "drugstore": ("pharmacy",),
                      "jab": ("vaccine", "dose"), "jabs": ("vaccines", "doses"),
                      "harbour": ("port",), "harbor": ("port",), "spot": ("location", "site"),
                      "neighbourhood": ("district", "area"), "locality": ("town", "area"),
                      "bullion": ("gold",), "highway": ("road",), "cab": ("taxi",),
                      "subway": ("metro",),
                      "tally": ("count", "total"), "outlay": ("cost", "spending"),
                      "reckoned": ("estimated", "valued"), "reckon": ("estimate", "value"),
                      "statehood": ("independence", "sovereignty"),
                      "lecturer": ("teacher", "professor", "faculty"),
                      "coastline": ("coast", "sea"), "predecessor": ("forerunner",),
                      "sweetener": ("sugar",), "car": ("vehicle",), "daytime": ("day",),
                      "workshop": ("training", "seminar"), "pilgrimage": ("hajj", "umrah"),
                      "lawyer": ("advocate", "counsel"), "jail": ("prison",),
                      "prison": ("jail",), "airfield": ("airport",), "warship": ("navy",),
                      "physician": ("doctor",), "vessel": ("ship",), "ship": ("vessel",),
                      "chairman": ("chair", "head"), "murdered": ("killed",),
                      "sacked": ("dismissed", "removed"), "fired": ("dismissed",),
                      "graft": ("corruption",), "probe": ("investigation", "inquiry"),
                      "polls": ("election", "vote"), "ballot": ("vote", "election"),
                      "hike": ("increase", "rise"), "slump": ("fall", "decline", "drop"),
                      "surge": ("rise", "increase", "jump"), "levy": ("tax", "duty", "fee"),
                      "outage": ("blackout", "failure"), "blackout": ("outage",),
                      "downpour": ("rain",), "deluge": ("flood",), "wage": ("salary", "pay"),
                      "salary": ("wage", "pay"), "consignment": ("shipment", "cargo"),
                      "shipment": ("consignment", "cargo"), "carrier": ("airline",),
                      "airline": ("carrier",), "jet": ("aircraft", "plane"),
                      "loan": ("credit", "lending"), "profit": ("earnings", "income"),
                      "revenue": ("income", "earnings", "sales"), "output": ("production",),
                      "production": ("output",), "livestock": ("cattle", "animals"),
                      "cattle": ("livestock", "cows"), "cow": ("cattle",),
                      "premises": ("grounds", "site"), "cleric": ("imam", "mullah"),
                      "bourse": ("exchange",),
                      # a building and a place to eat in everyday words ('Which skyscraper
                      # project ...?' -> 'the twin towers of ...'; 'eatery' -> 'restaurant')
                      "skyscraper": ("tower",), "eatery": ("restaurant",),
                      "partygoer": ("guest",),
                      # ('How many inhabitants ...?' -> 'the city of about 600,000 people')
                      "inhabitant": ("people", "population"),
                      # a feast by the day a text dates it ('no classes on 25 December')
                      "christmas": ("december",),
                      # who takes a post another leaves ('Who is to replace X?' -> 'Y would be
                      # appointed to lead the bank')
                      "replace": ("succeed", "successor", "appointed"),
                      "replaces": ("succeeds", "successor", "appointed"),
                      "treaty": ("agreement",), "summit": ("meeting", "conference"),
                      # a question's plainer or grander word for what a text says formally
                      # ('yearly budget' -> 'annual budget', 'headquartered in' -> 'based in')
                      "yearly": ("annual",), "headquartered": ("based", "headquarters"),
                      "adjoin": ("border",), "adjoins": ("borders",),
                      "attendance": ("participants", "visitors", "attended"),
                      "headcount": ("participants", "attended"),
                      "staffer": ("employee", "officer", "staff"),
                      "virtual": ("online",), "drills": ("exercises",),
                      "principal": ("chief", "main"), "sovereign": ("independent",),
                      "racecourse": ("hippodrome",), "commerce": ("trade",),
                      "reinstate": ("restore",), "scrap": ("abolish", "cancel"),
                      "exam": ("test", "examination"), "exams": ("tests", "examinations"),
                      "forecast": ("expected", "projected"), "calm": ("peace",),
                      "rewrite": ("amend", "change"), "rewrote": ("amended", "changed"),
                      "smokes": ("cigarettes",), "schoolbooks": ("textbooks", "books"),
                      "boatmen": ("fishermen",), "rug": ("carpet",), "rugs": ("carpets",),
                      "dromedary": ("camel",), "dromedaries": ("camels",),
                      "equine": ("horse",), "equines": ("horses",), "stream": ("river",),
                      "saloon": ("car", "sedan"), "motor": ("engine",),
                      "outgoings": ("expenses", "costs"), "slice": ("share",),
                      "portion": ("share",), "smash": ("crash", "collision"),
                      "quarrel": ("dispute",), "swamped": ("flooded",),
                      "perished": ("died", "killed"), "haulage": ("transport", "trucking"),
                      "clemency": ("amnesty", "pardon"), "rebelled": ("rioted", "riot"),
                      "mast": ("tower",), "erected": ("built",), "enclave": ("zone",),
                      "nickname": ("called", "dubbed"), "shrink": ("cut", "reduce"),
                      "homebuilder": ("developer",), "gem": ("stone",),
                      "discovered": ("found",), "discover": ("find",),
                      # the headline verbs and nouns of the news for the plain ones
                      "inked": ("signed",), "ink": ("sign",), "axed": ("cancelled", "dismissed"),
                      "ousted": ("removed", "overthrown"), "curb": ("restrict", "limit"),
                      "curbs": ("restrictions", "limits"), "slashed": ("cut", "reduced"),
                      "boosted": ("increased", "raised"), "plunged": ("fell", "dropped"),
                      "soared": ("rose", "jumped"), "mulled": ("considered",),
                      "nabbed": ("arrested", "detained"),
                      "watchdog": ("regulator", "authority"), "outfit": ("company", "group"),
                      "panel": ("committee", "commission"), "cash": ("money", "funds"),
                      "blueprint": ("plan",), "spat": ("dispute",),
                      "holidaymakers": ("tourists",), "flyers": ("passengers",),
                      "youths": ("young", "youth"), "pensioners": ("retirees",),
                      "retirees": ("pensioners",), "workforce": ("workers", "employees", "staff"),
                      "labourers": ("workers",), "growers": ("farmers",), "farmers": ("growers",),
                      "medics": ("doctors",), "pills": ("tablets", "medicines"),
                      "autos": ("cars",), "crude": ("oil",), "wed": ("married",),
                      # who won, where a text says only that they won ('tender winner' ->
                      # 'AWB won the tender')
                      "winner": ("won",), "winners": ("won",)}


def synonyms(words: list[str], unwritten=None) -> dict[int, set[str]]:
    """For each query word in a phrase of SYNONYMS, the words standing in its place in the
    phrase's synonyms of as many words: {2: {'death'}, 3: {'penalty'}} for '... capital
    punishment'. A plural counts as its singular ('targets'). With `unwritten` (whether no
    document writes a word), UNWRITTEN_SYNONYMS's words too for such a word."""
    folded = [w.lower()[:-1] if w.lower().endswith("s") and len(w) > 4 else w.lower()
              for w in words]
    lower = [w.lower() for w in words]
    out: dict[int, set[str]] = {}
    by_first = _synonyms_by_first()
    if unwritten is not None:
        for i, w in enumerate(words):
            others = UNWRITTEN_SYNONYMS.get(lower[i]) or UNWRITTEN_SYNONYMS.get(folded[i])
            if others and unwritten(w):
                out.setdefault(i, set()).update(others)
    for i in range(len(words)):
        # (only the phrases beginning with this word, as said or as its singular)
        for phrase, phrases in by_first.get(folded[i], []) + by_first.get(lower[i], []):
            n = len(phrase)
            if folded[i:i + n] != phrase and lower[i:i + n] != phrase:
                continue
            for other in phrases:
                if other != phrase and len(other) == n:
                    for k in range(n):
                        out.setdefault(i + k, set()).add(other[k])
    for i, w in enumerate(lower):
        # a city named by its country: '<country> capital', 'capital <country>' (of dropped),
        # '<country> biggest city'
        if w == "capital":
            for j in (i - 1, i + 1):
                city = _city_of(lower[j]) if 0 <= j < len(words) else None
                if city:
                    out.setdefault(i, set()).add(city)
        elif w == "city" and i >= 2 and lower[i - 1] in ("biggest", "largest") and \
                _city_of(lower[i - 2], largest=True):
            out.setdefault(i, set()).add(_city_of(lower[i - 2], largest=True))
        elif said := _network_generation(w, lower[i - 1] if i else ""):
            # a network's generation in words ('fifth-generation service', 'fifth generation')
            # is written by its figure and letter ('launches 5G services')
            for k in ((i,) if "-" in w else (i - 1, i)):
                out.setdefault(k, set()).add(said)
        elif i and lower[i - 1] == "air" and w in _AIR_LINKS:
            out.setdefault(i, set()).add("flight")  # 'air links', 'air service': flights
        elif w == "part" and i and singular(lower[i - 1]) in _PARTAKERS:
            # those who took part (its verb is no query word) participated, attended: 'How
            # many people took part ...?' -> 'attended by 45 participants'
            out.setdefault(i, set()).update(("participant", "participate", "attend"))
    for i, w in enumerate(words):
        if w.lower() in _MOSTLY:
            out.setdefault(i, set()).update(_MAIN)
        elif w.lower() in _PLANE:
            out.setdefault(i, set()).update(_BY_AIR)
    return out


def _network_generation(word: str, before: str) -> str | None:
    """The figure and letter a text writes a mobile network's generation by, for 'generation'
    after an ordinal up to the sixth, joined to it or the word before ('fifth-generation',
    'fifth generation' -> '5g'); None for any other word ('next-generation')."""
    nth = ordinal_word(word.removesuffix("-generation") if "-" in word else before)
    return f"{nth}g" if nth is not None and nth <= 6 and word.endswith("generation") else None


# An adverb saying which part matters most ('What does X mainly export?') is said in texts as
# an adjective ('the main exports', 'primary exports', 'principal export items'): the adverb
# is searched as those. One way only: a text's 'mainly' does not answer 'main'.
_MOSTLY = frozenset("mainly mostly chiefly primarily principally largely predominantly".split())
_MAIN = ("main", "primary", "principal")
# What goes by plane goes by air ('5,000 kilograms of air cargo' for 'freight carried by
# plane'). One way only: 'air' alone is no plane ('aircraft leasing' is not 'air links').
_PLANE = frozenset("plane planes airplane airplanes aeroplane aeroplanes".split())
_BY_AIR = ("air", "aircraft")
# what the news calls flights after 'air' ('resuming air links', 'a non-stop air service')
_AIR_LINKS = frozenset("link links service services connection connections route routes "
                       "connectivity traffic".split())


_SPELLING_ENDS = tuple(z + e for z in ("is", "iz") for e in
                       ("e", "ed", "es", "ing", "ation", "ations", "er", "ers")) + \
    ("our", "ours", "oured", "ouring", "tre", "tres", "ter", "ters")


# British and American spellings no rule below gives, each way
_SPELLED_APART = {a: b for pair in """jewellery jewelry; jewellers jewelers; jeweller jeweler;
programme program; programmes programs; defence defense; offence offense; licence license;
licences licenses; grey gray; aluminium aluminum; catalogue catalog; dialogue dialog;
sulphur sulfur; mould mold; plough plow; manoeuvre maneuver; manoeuvres maneuvers;
paediatric pediatric; orthopaedic orthopedic; gynaecology gynecology; anaemia anemia;
diarrhoea diarrhea; haemorrhage hemorrhage; oesophagus esophagus; foetus fetus;
enrol enroll; enrolment enrollment; fulfil fulfill; fulfilment fulfillment; instalment
installment; cosy cozy; sceptical skeptical; storeys stories""".split(";")
                  for one, other in [pair.split()] for a, b in ((one, other), (other, one))}


# the endings after an 'or' (or 'our') inside a word that other_spelling reads
_OUR_INSIDE = tuple("r" + e for e in "hood hoods ite ites able ful er ers".split())


def other_spelling(word: str) -> str | None:
    """The word in the other of British and American spelling: organised <-> organized,
    organisation <-> organization, centre <-> center, labour <-> labor, neighbourhood <->
    neighborhood, travelled <-> traveled, jewellery <-> jewelry; None for other words."""
    if not word.islower():
        return None
    if word in _SPELLED_APART:
        return _SPELLED_APART[word]
    if len(word) >= 7 and word.endswith(_OUR_INSIDE):
        # 'our' inside a word: 'neighbourhood', 'favourite', 'honourable', 'labourer'
        m = re.search(r"(?<=[^aeiou])(ou?)r(hood|hoods|ite|ites|able|ful|er|ers)$", word)
        if m and not word.endswith(("ter", "ters")):
            return word[:m.start()] + ("o" if m.group(1) == "ou" else "ou") + "r" + m.group(2)
    if len(word) >= 7 and word.endswith(("elled", "elling", "eled", "eling")):
        # a verb in -el doubles its l before -ed and -ing in British spelling only
        # ('travelled', 'cancelled', 'labelling'); 'feeling' and 'spelled' have no other
        m = re.search(r"(?<=[^e])e(ll?)(ed|ing)$", word)
        if m and not word.endswith(("spelled", "spelling", "smelled", "smelling")):
            return word[:m.start()] + "e" + ("l" if m.group(1) == "ll" else "ll") + m.group(2)
    if len(word) < 6 or not word.endswith(_SPELLING_ENDS):
        return None  # (and the patterns below, which only such endings match, stay uncompiled)
    for a, b in ((r"is(e|ed|es|ing|ation|ations|er|ers)$", r"iz\1"),
                 (r"iz(e|ed|es|ing|ation|ations|er|ers)$", r"is\1"),
                 (r"(?<=[^aeiou])our(s|ed|ing)?$", r"or\1"), (r"tre(s)?$", r"ter\1"),
                 (r"(?<=[^aeiou])ter(s)?$", r"tre\1")):
        other = re.sub(a, lambda m: m.expand(b), word)
        if other != word:
            return other
    return None


def latin_plural(word: str) -> str | None:
    """The other number of a long Latin noun in -um/-a ('memoranda' <-> 'memorandum', 'referenda'
    <-> 'referendum'), which a stemmer leaves apart; None for other words."""
    if not word.islower() or len(word) < 7:
        return None
    if word.endswith("ums"):
        return word[:-3] + "a"
    if word.endswith("um"):
        return word[:-2] + "a"
    if word.endswith("a"):
        return word[:-1] + "um"
    return None


def is_filler(word: str) -> bool:
    """A word that can be a verb or an adverb ('watched', 'flies', 'fall', 'off'), or a word
    naming the kind of answer ('volume', 'outcome'): it frames a question rather than naming its
    subject, whatever else it can be. Words that can only be nouns or adjectives ('wheat',
    'hydroelectric') are subjects."""
    if word.lower() in FRAMING or word.lower() in _INDEFINITES or word.lower() in _AUX_JOINED:
        return True
    return bool(parts_of_speech(word) & {"verb", "adv", "aux"})


# pronouns standing for what a question asks ('turning the forum into something new'): no subject
_INDEFINITES = frozenset("""something anything everything nothing someone anyone everyone
somebody anybody everybody whatever whoever whichever""".split())


# an auxiliary and 'not' written as one word, which the lexicon does not hold: framing
_AUX_JOINED = frozenset({"cannot"})


_WH_WORDS = frozenset("who whom whose what which when where why how".split())
# what a question measures or sorts: the words after it name its subject ('How much uranium
# ...?', 'the number of dengue cases', 'What kind of caviar ...?')
_MEASURED = (r"\b(?:how\s+(?:much|many)|(?:number|amount|volume|quantity|value|kind|type|sort)s?"
             r"\s+of)\s+((?:[\w'’-]+\s+)*)$")


def only_describes(word: str, question: str) -> bool:
    """Whether a lower-case word of a wh-question ('Which ...?', 'On which day ...?') may only
    describe what the question asks about, in words a text need not use: an adjective ('the
    actual delivery', 'the jubilee summit'), the kind of answer ('Which two airlines ...?'), a
    noun the question says of a subject it names otherwise ('expressed gratitude', 'as an
    onlooker'). Never in a yes/no question or keywords (there each word names the subject asked
    about: 'Was caviar served ...?'), never what the question measures or sorts ('How much
    uranium ...?', 'What kind of caviar ...?'), never a noun naming the kind of a thing before
    it ('the locust swarms', 'Which glacier melt ...?'): those are subjects. Whether the rest of
    the question still finds its subject is the index's to say (Searcher._stand_together)."""
    head = re.findall(r"[a-z]+", question[:40].lower())[:2]
    if not head or not (head[0] in _WH_WORDS or
                        head[0] in _OPENING_PREPOSITIONS and head[1:] and head[1] in _WH_WORDS):
        return False
    at = _said(word, question)
    if not at or _measured(at, question):
        return False
    possessive, after = at.group(1), at.group(2)
    pos = parts_of_speech(after) if after.islower() and not possessive else ()
    if pos and "noun" in pos and not pos & {"adv", "aux"} and after not in FUNCTION_WORDS \
            and "adj" not in parts_of_speech(word) and after != main_verb(question):
        return False  # a noun before a noun names the kind of thing: 'locust swarms'
    return True


_AUX_WORDS = frozenset("did does do will would can could should shall may might has have had".split())


def _said(word: str, question: str) -> re.Match | None:
    """Where a question says a word, with a possessive 's and the word after it as groups."""
    return re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])(['’]s\b)?\s*([\w'’-]*)",
                     question, re.I)


def _measured(at: re.Match, question: str) -> bool:
    """Whether the word where `at` (_said) found it is what a question measures or sorts,
    within three words of 'how much', 'how many' or 'what kind of'."""
    measured = re.search(_MEASURED, question[:at.start()], re.I)
    return bool(measured) and len(measured.group(1).split()) <= 3 and not \
        set(measured.group(1).lower().split()) & (_AUX_WORDS | _ANSWER_NOUN_AUX)


def is_yes_no(question: str) -> bool:
    """Whether a question asks yes or no: it opens with a verb ('Was caviar served ...?', 'Did
    ...', 'Is there ...')."""
    head = re.match(r"\s*([A-Za-z]+)", question)
    return bool(head) and head.group(1).lower() in _AUX_WORDS | {"is", "was", "are", "were"}


_AUX = rf"\b({'|'.join(sorted(_AUX_WORDS))})\s+(.*)"
_DETERMINERS = {"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "these",
                "those", "any", "each", "every"}


_NOUN_PHRASE_GOES_ON = frozenset("between of among with from".split())
# (words that follow a verb as its adverb, though each may be a verb too: 'did X fly home',
# 'did the envoy come back'; not 'up', whose verbs mean another thing alone: 'blow up')
_VERB_PARTICLES = frozenset("home back".split())


def main_verb(question: str) -> str | None:
    """The main verb of a question like 'When did President Nazarbayev pay a visit?' ('pay'):
    the first lowercase word after the auxiliary that can be a verb and follows no determiner.
    It frames the question, whatever else the word can mean ('pay', 'run', 'tour')."""
    m = re.search(_AUX, question, re.I) if words_of(question) & _AUX_WORDS else None
    if not m:
        return None
    words = re.findall(r"[\w'-]+", m.group(2))
    # 'How many families will benefit from ...': the subject stands before the auxiliary, so
    # the word after it is the verb whatever follows ('from' does not make it a noun)
    before = [w.lower() for w in re.findall(r"[\w'-]+", question[:m.start()])]
    subject_before = len(before) >= 2 and before[0] in _WH_WORDS and \
        before[-1] not in _WH_WORDS | {"much", "many", "long", "far", "often", "old"} and \
        "noun" in parts_of_speech(before[-1])
    previous, first = "", None
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        if word.lower() in SAID_VERBS and previous not in _DETERMINERS:
            return word  # 'What did X say must be enhanced?': what follows is what was said
        if word.lower() == "according" and after.lower() == "to":
            break  # '... have according to its director': the source, after the verb
        # (a word in -s after it is its object, no verb: after 'did' the verb is bare, 'did X
        # hand copies of ...')
        if (word.islower() and previous not in _DETERMINERS and "verb" in parts_of_speech(word)
                and not (after.islower() and "verb" in parts_of_speech(after)
                         and after.lower() not in _VERB_PARTICLES and not (
                    after.endswith("s") and not after.endswith("ss") and not word.endswith("s")
                    and previous not in _NOUN_PHRASE_GOES_ON))
                and not _modifies_noun(previous, word, after)):
            if after.lower() in _NOUN_PHRASE_GOES_ON and first is None and not subject_before:
                first = word  # 'did trade between X and Y reach': 'trade' heads the subject
            elif after.lower() not in _NOUN_PHRASE_GOES_ON or subject_before:
                return word  # 'did trade grow': 'trade' is the subject, 'grow' the verb
        previous = word.lower()
    return first



def passive_verb(question: str) -> str | None:
    """The verb of a question in the passive, which main_verb does not read: 'born' in 'When
    was Pirouz born?', 'held' in 'When was the first joint exercise held?'. The first word
    after 'was', 'were', 'is', 'are' or 'been' that is a past participle and nothing else
    ('exercise' may be a verb, but is no participle; 'red' ends in -ed but is none)."""
    m = re.search(r"\b(?:was|were|is|are|be|been)\s+(.*)", question, re.I)
    if not m:
        return None
    irregular = {form for forms in IRREGULAR.values() for form in forms} | {"born"}
    for word in re.findall(r"[\w'-]+", m.group(1)):
        if not word.islower():
            continue
        kinds = parts_of_speech(word)
        if "verb" in kinds and (word in irregular or
                                word.endswith("ed") and "noun" not in kinds):
            return word
    return None


def _modifies_noun(previous: str, word: str, after: str) -> bool:
    """Whether `word`, a noun that may be a verb, stands inside a noun phrase between a word
    qualifying it and the noun it qualifies: 'the Central Asian nuclear-weapon-free zone treaty
    take effect' ('zone'), not 'did Kazakh officials visit Pakistan' ('visit')."""
    if not previous or not after.islower() or "noun" not in parts_of_speech(word):
        return False
    before, next_ = parts_of_speech(previous), parts_of_speech(after)
    return "verb" not in before and before <= {"adj", "noun"} and \
        "noun" in next_ and "verb" not in next_


def answer_noun(question: str) -> str | None:
    """The noun that says what kind of answer a question wants when an auxiliary follows it:
    'degree' in 'What degree does X hold?', 'stadium' in 'Which stadium did ...', and after a
    preposition the question opens with: 'height' in 'At what height do ...?', 'city' in 'In
    which city did ...?'. It names no subject, so a document need not say it."""
    head = question.lstrip()[:20].lower().split(None, 2)
    if not head or not (head[0] in ("what", "which") or
                        head[0] in _OPENING_PREPOSITIONS and head[1:2] in (["what"], ["which"])):
        return None  # (and the pattern stays uncompiled)
    m = re.match(r"\s*(?:[a-z]+\s+)?(?:what|which)\s+([a-z]+)\s+"
                 r"(?:does|did|do|is|was|are|were|has|have|had)\b",
                 question, re.I) if words_of(question) & _ANSWER_NOUN_AUX else None
    return m.group(1) if m and m.group(1).islower() else None  # never a name or an acronym


# prepositions a question may open with before 'what' or 'which' ('At what height ...?')
_OPENING_PREPOSITIONS = frozenset("""at by in on for from to of with into through under over
during since until after before between among across along via within""".split())


_ANSWER_NOUN_AUX = frozenset("does did do is was are were has have had".split())


# verbs of saying and naming ('How did X describe the visit?'): they frame what is asked
SAYING_VERBS = frozenset("""say said says tell told describe described call called term termed
name named dub dubbed characterise characterize label""".split())


def noun_of(verb: str) -> re.Pattern | None:
    """The nouns a verb makes ('shipping': 'shipment', 'shipments'; 'invested': 'investment';
    'agreed': 'agreement'), for telling whether a text says what a question's verb does; None
    for a root too short to tell by."""
    root = re.sub(r"(?:ing|ed|es|s)$", "", verb.lower())
    root = re.sub(r"([^aeiou])\1$", r"\1", root)
    if len(root) < 4:
        return None
    return re.compile(rf"\b{re.escape(root)}e?(?:ment|ion|al)s?\b", re.I)


def verb_tells(verb: str, ask: str | None, question: str, kind_unwritten: bool = False) -> bool:
    """Whether a question's main verb names part of what it is about ('How much did Kazakhstan
    import …?', 'What does the Act condemn?', 'When did the air link open?'), rather than
    framing a person's particulars or words ('Where does X teach?', 'Who works at …?', 'How did
    X describe …?', 'What degree does X hold?'), which their records answer without the verb,
    or a thing the question names the kind of ('At which summit did X and Y meet?')."""
    if ask in (WHO, WHERE, SAID, CALLED) or verb.lower() in SAYING_VERBS:
        return False
    # 'At which summit did X and Y meet?', 'What degree does X hold?': the thing asked for is
    # named, and the verb only says how it relates to the question's subjects; unless no
    # document writes that noun (`kind_unwritten`), which is then not searched, and the verb is
    # all that says what is asked ('Which punishment did Kazakhstan abolish?')
    if kind_unwritten:
        return True
    return not re.search(r"\b(?:which|what)\s+[a-z]+\s+(?:does|did|do|is|was|are|were|has|have|"
                         r"had)\b", question, re.I)


# A question asking how long someone may hold a post ('How long can a president serve?', 'How
# many years can a governor stay in office?') asks the length of a term: texts give it as 'a
# seven-year term', 'a five-year tenure', without the question's verb or 'office'
_TENURE = (r"\bhow (?:long|many years)\b.*?\b(?:serves?|served|serving|"
           r"(?:stays?|stayed|remains?|remained|be|hold|holds|held|keeps?|kept)\s+(?:in\s+)?"
           r"(?:office|power|post)|rules?|ruled|ruling|reigns?|reigned)\b")
# the words of such a question that say the post is held, not what it is ('office', 'power')
_HOLDING = frozenset("office power post".split())


def tenure_asked(question: str) -> bool:
    """Whether a question asks how long someone may hold a post: its term (_TENURE)."""
    words = words_of(question)
    if not ({"long", "years"} & words and {"how"} & words):
        return False  # (and the pattern stays uncompiled)
    return re.search(_TENURE, question, re.I) is not None


# What the adjective of a 'how' question measures, as a text names it ('How hot did it get?' is
# answered by 'the temperature went up to 47 degrees'); a text that names no such measure
# still answers (MEASURES: searched without it)
_MEASURE_OF = {"hot": "temperature", "cold": "temperature", "warm": "temperature",
               "far": "distance", "tall": "height", "deep": "depth", "heavy": "weight",
               "fast": "speed"}


def as_asked(words: list[str], question: str) -> list[str]:
    """A question's words as what it asks: without the adjective of its 'how' ('large' in 'How
    large was the harvest?', 'big', 'high', 'far'), which says a figure is wanted and nothing of
    what the figure is of ('a large cotton grower' is no answer, and a pile that never writes
    'large' still answers); and, when it asks how long someone may hold a post (tenure_asked),
    with 'term' for the 'office' or 'power' of 'stay in office', as texts name it ('limited to
    one seven-year term'). 'day of the week' asks a weekday (asks_weekday): its 'week' is no
    subject; nor is the 'day' of 'On what day ...?'."""
    if asks_weekday(question):
        words = [w for w in words if w.lower() not in ("week", "weekday", "weekdays")]
    elif re.search(r"\b(?:what|which)\s+day\b", question, re.I) and "day" in words:
        # 'On what day ...?' asks a date: its 'day' is no subject ('within a day of being called
        # off' says nothing of it), as 'month' is none in 'In which month ...?'; a second 'day'
        # is ('... get its own national day')
        words = list(words)
        words.remove("day")
    m = re.search(r"\bhow\s+([a-z]+)\b", question, re.I) if "how" in question.lower() else None
    how = m.group(1).lower() if m else None
    if how and how not in _AUX_WORDS and parts_of_speech(how) & {"adj", "adv"}:
        words = [w for w in words if w.lower() != how]
        if how in _MEASURE_OF:  # ('How hot did it get?': the temperature)
            words = words + [_MEASURE_OF[how]]
    if not tenure_asked(question):
        return words
    return [w for w in words if w.lower() not in _HOLDING] + ["term"]


def counted(question: str) -> frozenset[str]:
    """What a "how many" question counts, singular: {'news', 'agency'} in 'How many news
    agencies attended?', {'visitor'} in 'expected number of visitors', {'country'} in 'how many
    countries kazakhstan defence exhibition'; empty when it names none."""
    part = re.search(r"\bhow many of\b.*\b(?:were|are|was|is)\s+([a-z]{3,})\s*[?.]?\s*$", question,
                     re.I)
    if part and part.group(1).lower() not in _COUNT_STOP:
        # 'How many of the cheetahs ... were female?' counts the females ('five females and three
        # males'), not the cheetahs ('Eight cheetahs')
        thing = singular(part.group(1).lower())
        return frozenset({thing, part.group(1).lower()} | said_otherwise({thing}))
    before = re.search(r"\b([a-z]{3,})\s+how many(?:\s+[a-z]+(?:ing|ed))?\s*[?.]?\s*$", question,
                       re.I)
    if before and singular(before.group(1).lower()) != before.group(1).lower():
        # keywords naming the things before 'how many' ('kasur tanneries how many operating'):
        # those are counted, not the participle after it
        thing = singular(before.group(1).lower())
        return frozenset({thing} | said_otherwise({thing}))
    m = re.search(r"\b(?:how many|number of)\s+((?:[\w'’-]+\s*){1,3})", question, re.I)
    if not m:
        things = _numbered(question)  # ('kashgar greenhouses number')
        if things is not None:
            return things
        # ('audience size', 'size of the delegation': the size of a body of people is their
        # count, and the words for them count too, 'attended by 45 participants')
        # ('How large was the audience ...?' too)
        m = re.search(r"\b([a-z]{3,})\s+(?:size|count)\b|\b(?:size|count)\s+of\s+"
                      r"(?:the\s+)?([a-z]{3,})|" + _BODY_SIZE, question, re.I)
        said = next(filter(None, m.groups()), "").lower() if m else ""
        if not said or said in _COUNT_STOP:
            return frozenset()
        thing = singular(said)
        return frozenset({thing} | said_otherwise({thing}))
    out = set()
    for said in m.group(1).split():
        # (a possessive counts its owners: 'How many countries' citizens ...?')
        said = re.sub(r"['’]s?$", "", said)
        w = said.lower()
        if w in _COUNT_STOP or out and w.endswith("ed"):  # 'agencies attended'
            if out:
                break
            continue
        out.add(singular(w))
        full = written_out(said)
        if full:  # 'How many MoUs ...?' counts memorandums (or memoranda) of understanding
            head = full.split()[0]
            out |= {head} | ({latin_plural(head)} - {None})
        if singular(w) != w or w in _PLURAL_ONLY:
            break  # a plural ends what is counted: 'how many countries kazakhstan defence
            # exhibition' counts countries, and the words after it say where ('people' is
            # one: 'How many people took part ...?' counts no 'took' nor 'part')
    # the words for the same things count them too ('how many clauses' -> '33 articles'), and
    # people are counted by what they were there as ('How many people took part ...?' ->
    # 'attended by 45 participants')
    if out & {"people", "person"}:
        out |= _PEOPLE_AS
    elif out & {"inhabitant", "resident"}:
        out |= {"people"}  # ('How many inhabitants ...?' -> 'a city of about 600,000 people')
    # and those who died by their deaths ('How many children died ...?' -> 'with 23 deaths'),
    # those hurt by their injuries, those who voted by their votes: the count the news gives
    # of them
    for fate, outcome in _FATES:
        if re.search(fate, question[m.start(1):], re.I):
            out |= outcome
            break
    # (and by the last word of another phrase for them: 'How many petrol pumps ...?' -> 'Of the
    # 280 filling stations')
    asked = [singular(w) for w in re.findall(r"[\w'’-]+", m.group(1).lower())]
    for i, word in enumerate(asked):
        for phrase, phrases in _synonyms_by_first().get(word, ()):
            if len(phrase) > 1 and asked[i:i + len(phrase)] == phrase:
                out |= {singular(other[-1]) for other in phrases}
    return frozenset(out | said_otherwise(out))


def _numbered(query: str) -> frozenset[str] | None:
    """What keywords ending in 'number' count: the things the last plural before it names
    ('kashgar greenhouses number'), or anything when a participle follows it ('courts number
    jailed'); None for a number that is an identifier ('SRO number', 'virtual assets ordinance
    number')."""
    m = re.search(r"\bnumber\b(?:\s+([a-z]+))?", query, re.I)
    if not m:
        return None
    before = re.findall(r"[a-z]{3,}", query[:m.start()].lower())
    plural = [w for w in before if singular(w) != w and w not in _COUNT_STOP]
    if not plural or before[-1] != plural[-1] and not before[-1].endswith("ed") and \
            before[-1] not in DURATION_UNITS:
        # (the thing just before it numbers it: 'assets ordinance number' asks which
        # ordinance; not a time, 'tourists last year number', nor a participle, 'cars damaged
        # number')
        return None
    if m.group(1) and m.group(1).lower().endswith("ed"):
        return frozenset()
    thing = singular(plural[-1])
    return frozenset({thing} | said_otherwise({thing}))


# what befell those a "how many" question counts, by the verb after them, and the nouns the
# news counts them by
_FATES = ((r"\b(?:died|killed|perished)\b", frozenset({"death", "dead", "fatality"})),
          (r"\b(?:injured|wounded|hurt)\b", frozenset({"injury", "injured", "wounded"})),
          # and those who voted by their votes ('How many deputies voted against ...?' -> 'by
          # 304 votes to 109')
          (r"\bvoted\b", frozenset({"vote"})))


def counts(sentence: str, things: frozenset[str], named: bool = False,
           every: bool = False) -> bool:
    """Whether a sentence gives a count of the things a "how many" question counts: a number
    a few words before one of them ('Twelve leading Kazakh universities', 'over 100
    universities') or standing alone ('there will be three a week'), not a count of something
    else ('a two-member delegation'); `named`: only a number before one of them; `every`: only
    a number before all the words the question counts by ('15 foreign teams', not 'seven
    teams')."""
    stripped = _strip_dates(sentence)  # (the words after a count are read in the same text)
    for m in _rx("count").finditer(stripped):
        after = re.findall(r"[\w'’-]+", stripped[m.end():m.end() + 60])[:4]
        if after and after[0].lower() == "of" and m.group().lower() == "one":
            continue  # 'one of the panel members' counts nothing
        if m.group().lower() == "one" and re.search(
                r"\b(?:an?|the|this|that|which|each|every|any|no|another)\s+(?:[a-z-]+\s+)?$",
                stripped[max(0, m.start() - 30):m.start()], re.I):
            continue  # nor 'an electric one', 'the new one': a thing named before
        if m.group().lower() == "one" and len(after) > 1 and after[1].lower() in _MODAL_VERBS:
            continue  # nor what each of them does: 'One duck can eat more than 200 locusts'
        if after and after[0].lower() == "of" and things:
            # ('thousands of Kazakh children' counts children, not the points asked; '13,677 of
            # them, ...' and '224 of the 288 deputies' count what is asked)
            whole = re.split(r"[,.;:()]", stripped[m.end():m.end() + 60], maxsplit=1)[0]
            said = [w.lower().strip("'’") for w in re.findall(r"[\w'’-]+", whole)[1:4]]
            if any(w not in FUNCTION_WORDS and not w[0].isdigit() for w in said) and \
                    not things & {singular(w) for w in said}:
                continue
        if after and after[0].lower() in _INCREMENTS and after[0].lower() not in things:
            continue  # '100 more buses' are those added, not how many there are (unless the
            # question asks how many more: counted keeps its 'more')
        if after and selects(after[0]):
            continue  # 'the five most important documents' are some of them, not how many
        if re.search(r"\baged\s+(?:between\s+|from\s+|about\s+|over\s+|under\s+)?"
                     r"(?:\d+\s+(?:and|to)\s+)?$", stripped[max(0, m.start() - 40):m.start()],
                     re.I):
            continue  # an age ('women aged between 15 and 60'), no count of anyone
        if re.search(r"\b(?:children|minors|boys|girls|kids|youths?|teenagers|people|those|"
                     r"anyone|women|men)\s+(?:under|over|above|below)\s+$",
                     stripped[max(0, m.start() - 40):m.start()], re.I):
            continue  # an age too ('women with children under 14'), no count of the children
        # ('US' in capitals is the country, not the word 'us')
        # (a number after 'at' standing alone is an age, an hour or a level: 'learned the game
        # at four from ...', 'at seven became ...')
        alone_at = re.search(r"\bat\s+$", stripped[max(0, m.start() - 4):m.start()])
        # (a number a comma ends stands alone too: 'another 68, mostly family members of ...')
        if not named and not alone_at and (
                not after or stripped[m.end():m.end() + 1] == "," or
                after[0].lower() in FUNCTION_WORDS and not (
                after[0].isupper() and len(after[0]) > 1)
                or after[0].lower() in _COUNT_STOP) \
                or not every and any(singular(w.lower()) in things or "-" in w and
                                     singular(w.lower().rsplit("-", 1)[1]) in things
                                     for w in after) \
                or every and things <= {singular(w.lower()) for w in after}:
            return True  # (a count standing alone counts what the text speaks of: 'three a week')
        before = re.findall(r"[\w'’-]+", stripped[max(0, m.start() - 60):m.start()])[-5:]
        if len(before) > 2 and before[-1].lower() in _ABOUT:
            before = before[:-1]  # ('now number about 1,318,000 animals')
        before = before[-4:]
        if len(before) > 1 and before[-1].lower() in _COUNT_LEADS and not (
                after and singular(after[0].lower()) in DURATION_UNITS):
            held = {singular(w.lower()) for w in before[:-1]}
            if things <= held if every else things & held:
                return True  # 'issued visas to more than 58,000 pilgrims' counts the visas
        put = re.search(r"\bnumbers?\s+of\s+((?:[\w'’-]+\s+){1,4}?)(?:at|to|as|was|is|stood\s+at|"
                        r"reached)\s+(?:(?:about|around|some|nearly|roughly|almost)\s+)?$",
                        stripped[max(0, m.start() - 80):m.start()], re.I)
        if put and things & {singular(w.lower()) for w in put.group(1).split()}:
            return True  # 'put the number of people evacuated at 1,036' counts the people
    return False


_INCREMENTS = frozenset("more additional extra further".split())


def selects(word: str) -> bool:
    """Whether a word after a count makes it a count of some of the things, chosen as the
    most or the -est of them ('the five most important documents', 'the three largest
    banks'), not how many there are."""
    w = word.lower()
    return w == "most" or len(w) > 5 and w.endswith("est") and w not in _NOT_SUPERLATIVE and \
        "adj" in parts_of_speech(w)


_NOT_SUPERLATIVE = frozenset("honest modest earnest".split())


# what ends the words a count names ('How many documents make up ...')
_PLURAL_ONLY = frozenset("people children men women".split())
_PEOPLE_AS = frozenset("""person participant attendee delegate visitor guest spectator member
passenger pilgrim tourist resident""".split())
# who takes part in an event ('How many countries took part ...?'), not in making a thing
_PARTAKERS = _PEOPLE_AS | {"people", "country", "team", "athlete", "student", "delegation",
                           "player", "expert", "scholar"}
_COUNT_STOP = frozenset("""of the a an did do does is was are were have has had will would can
could make made in on at to for from with by and or per""".split())
# what joins a count to the things named just before it ('visas to 58,000', 'seats for 120',
# 'votes than 300')
# (and the verb a count of the things before it follows: 'the saiga antelope now number about
# 1,318,000 animals', 'visitors totalled 2.3 million'; and 'of' after them: 'Its crew of 32')
_COUNT_LEADS = frozenset("to for than of number numbers numbered total totals totalled totaled".split())
# the words that put a count as near, between it and the word leading to it
_ABOUT = frozenset("about around some nearly roughly almost approximately".split())


def unhedged(question: str) -> str:
    """A question without the hedge before its own words ('Roughly how many ...?', 'Approximately
    how much ...?'): the hedge is no word of its subject, and hides what it asks."""
    first, _, rest = question.lstrip().partition(" ")
    if first.lower() in _ABOUT and re.match(r"how\s+(?:many|much|long|far|big|old|large)\b",
                                            rest.lstrip(), re.I):
        return rest.lstrip()
    return question


# units a figure of time is given in: they count no visitors, documents or agencies
DURATION_UNITS = frozenset("second minute hour day week month year decade century".split())


def singular(word: str) -> str:
    """A plural noun's singular, roughly ('agencies' agency, 'visitors' visitor, 'months'
    month); other words as they are."""
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is", "news")) and len(w) > 3:
        return w[:-1]
    if w.endswith("is") and len(w) > 5 and not is_english(w):
        return w[:-1]  # a people's name in -i: 'Pakistanis', 'Iraqis' (not 'analysis')
    return w


def kind_asked(question: str) -> str | None:
    """The noun saying what kind of thing a "which" or "what" question asks for, among the few
    words after 'which'/'what': the one just before its auxiliary verb, else the first ('summit'
    in 'At which summit did ...?', 'equipment' in 'What protective equipment did ...?',
    'minister' in 'Which Pakistani minister was told ...?', 'institute' in 'Which institute
    co-organised ...?'); None when a verb follows 'what' ('What was the theme ...?'). A thing of
    that kind answers whether or not it says the word: it names no subject."""
    m = re.search(r"\b(?:which|what)\s+(.*)", question, re.I)
    nouns = []
    for word in re.findall(r"[\w'’-]+", m.group(1))[:4] if m else ():
        owner = re.sub(r"['’]s$", "", word)  # ('Which party's congress ...?' asks for a party)
        if owner != word and owner.islower() and "noun" in parts_of_speech(owner):
            return owner
        if word.lower() in _ANSWER_NOUN_AUX or word.lower() in _MODAL_VERBS:
            # ('What must trucks ... have?': a modal is an auxiliary too, no noun 'must')
            return nouns[-1] if nouns else None
        if word[:1].isupper() and not nouns:
            continue  # a qualifier: 'Which Pakistani minister', 'Which Kazakh pair'
        pos = parts_of_speech(word) if word.islower() else frozenset()
        if "noun" in pos:
            nouns.append(word)
        elif nouns or "adj" not in pos:
            if nouns and pos == {"verb"}:
                return nouns[-1]  # the head of a compound before its verb: 'Which Pakistani
                # textile firm agreed ...?' (a verb also a noun is read as one: 'Which city
                # hosts the ...?' asks for a city)
            break  # ('What protective equipment': an adjective before the noun)
    return nouns[0] if nouns else None


# the kinds of a country's part a "where" question may name ('In which region ...?'); not a
# city or a country, which a text names without the word
_PLACE_KINDS = frozenset("""region province district oblast county neighbourhood neighborhood
village suburb republic emirate""".split()) | _BUILDINGS


def place_of_kind(question: str):
    """For a "where" question naming the kind of place it asks for ('In which region will ...?'),
    a test telling whether a text names a place of that kind ('in the Jizzakh region', 'the
    region of Jizzakh'); None when it names none."""
    kind = kind_asked(question)
    if not kind or kind.lower() not in _PLACE_KINDS:
        return None
    # (in either spelling: 'neighborhood' asked, 'the neighbourhood of Andar Shehr' written)
    k = "|".join(re.escape(w) for w in filter(None, (kind.lower(), other_spelling(kind.lower()))))
    named = re.compile(rf"\b[A-Z][\w'’-]+\s+(?i:{k})s?\b|\b(?i:{k})s?\s+of\s+[A-Z]")
    return lambda text: named.search(text) is not None


_MODAL_VERBS = frozenset("must should can could will would may might shall".split())

_KIND_OF = r"\b(?:what|which)\s+(?:kinds?|types?|sorts?|forms?)\s+of\s+((?:[a-z-]{3,}\s*){1,3})"


def _described(sentence: str, query_words: set[str]) -> bool:
    """Whether a sentence says what a thing the question names is like, in words of its own:
    the thing, named by two of the question's words at least, then 'is' or 'are' and a
    describing word ('Diplomatic relations between the two countries are highly dynamic and
    diverse' for 'How does Sakhri describe diplomatic relations ...?'; 'Military cooperation is
    one of the relatively new fields' does not describe the memorandum a question asks about)."""
    for m in re.finditer(r"\b(?:is|are|was|were|remains?|remained|have\s+been|has\s+been)\s+"
                         r"(?:(?:highly|very|quite|extremely|deeply|increasingly|largely|truly|"
                         r"so|most|more)\s+)?([a-z]{3,})\b", sentence):
        if "adj" in parts_of_speech(m.group(1)) and \
                len(words_of(sentence[max(0, m.start() - 60):m.start()]) & query_words) >= 2:
            return True
    return False


def kind_of_asked(question: str):
    """For a question asking what kind of a thing something is or has ('what kind of policy
    does Kazakhstan have'), a test telling whether a text names a kind of it: the thing
    qualified by a word the question does not say ('a multisector policy'), not the thing's
    word inside a name ('Foreign Policy Research Institute'); None for any other question."""
    m = re.search(_KIND_OF, question, re.I) if "of" in words_of(question) else None
    if not m:
        return None
    # the thing is the last word before the verb ('what kind of political system did ...':
    # 'system'), which a kind qualifies as the question's 'political' does
    nouns = []
    words = m.group(1).lower().split()
    after = re.findall(r"[\w'’-]+", question[m.end(1):].lower())
    for i, word in enumerate(words):
        if word in FUNCTION_WORDS or word in _ANSWER_NOUN_AUX or word in _AUX_WORDS or \
                nouns and "noun" not in parts_of_speech(word):
            break
        following = (words[i + 1:] + after)[:1]
        if nouns and "verb" in parts_of_speech(word) and following and \
                following[0] not in _AUX_WORDS | _ANSWER_NOUN_AUX:
            break  # the question's verb, not a noun of the thing: 'what kind of tea makes up
            # ...' ('what kind of tea bags are sold' goes on to 'bags')
        nouns.append(word)
    if not nouns:
        return None
    noun = nouns[-1]
    said = words_of(question)
    qualified = re.compile(rf"(?<![\w'’-])([a-z][a-z-]{{2,}})\s+{re.escape(singular(noun))}"
                           rf"(?:s|es)?\b")

    def names_kind(text: str) -> bool:
        for found in qualified.finditer(text):
            word = found.group(1)
            pos = parts_of_speech(word)
            if word not in said and word not in FUNCTION_WORDS and word not in _NOT_QUALIFYING \
                    and (not pos or pos & {"adj", "noun"}):
                return True
        return False
    return names_kind


# words before a noun that say no kind of it ('this policy', 'such a policy', 'its policy')
_NOT_QUALIFYING = frozenset("such same other another every each any some no own".split())


# ------------------------------------------------------------------ spelling

def translit_key(word: str, kh: str = "h") -> str:
    """One spelling for the common romanisations of a Kazakh or Urdu name: Oljas/Olzhas,
    Toqayev/Tokayev/Tokaev, Nurishev/Nuryshev, Musharaf/Musharraf, Tadjikistan/Tajikistan
    collapse to one key. 'kh' is written 'h' by some and 'k' by others (Kazakhstan, Kazahstan,
    Kazakstan): `kh` says which."""
    from kzpk.text import fold

    # (a Turkish 'ç' and 'ş' are 'ch' and 'sh' in English romanisations: Çelik/Chelik)
    w = fold(word.replace("ç", "ch").replace("Ç", "Ch").replace("ş", "sh").replace("Ş", "Sh"))
    # (and an Urdu or Persian aspirate written with or without its 'h': Roghun/Rogun,
    # Lodhi/Lodi, Bhutto/Butto)
    for a, b in (("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", kh), ("gh", "g"), ("dh", "d"),
                 ("bh", "b"), ("q", "k"),
                 ("ph", "f"), ("w", "v"), ("y", "i"), ("ee", "i"), ("oo", "u"), ("ou", "u")):
        w = w.replace(a, b)
    w = re.sub(r"(?<=[aeiou])i(?=[aeiou])", "", w)
    # (a hard 'c' is a 'k', and 'ck' one: Caracatzanis/Karakatzanis, Cassim/Kassym, Jackson;
    # not 'ch', 'ce', 'ci')
    w = re.sub(r"c(?![hiey])", "k", w)
    # (a Persian '-abad', a town, is '-abat' in Turkmen and Uzbek: Ashgabat/Ashgabad)
    w = re.sub(r"abad$", "abat", w)
    # (and a long name's last 'd' a 't', as Russian sounds it: 'Tashkend' is 'Tashkent')
    w = re.sub(r"(?<=\w{6})d$", "t", w)
    w = re.sub(r"(.)\1+", r"\1", w)
    return w


def consonants(key: str) -> str:
    """A name's key (name_key) without its vowels: where its romanisations agree ('iunus' for
    Yunus, 'iunis' for Younis -> 'ns'), as one with a consonant changed does not ('asim'/'asif')."""
    return re.sub(r"[aeiouy]", "", key)


def name_key(word: str) -> str:
    """translit_key with more of the ways one name is romanised: 'ks' for 'x' (Maksut/Maxut,
    Aleksandr/Alexander), a final '-que' for '-q' (Haque/Haq, Tarique/Tariq), a final '-e'
    dropped, a 'w' after a vowel for 'u' (Dawood/Daud). For a name a query puts beside another
    name, compared with the names documents write beside that one (Searcher._name_beside): too
    loose to compare with every word."""
    from kzpk.text import fold

    w = re.sub(r"que$", "k", fold(word)).replace("ks", "x")
    w = re.sub(r"(?<=\w\w)e$", "", translit_key(w))
    # a 'w' (or 'v') after a vowel sounded as one: 'Dawood' is 'Daud', 'Nawaz' 'Nauaz'
    return re.sub(r"(.)\1+", r"\1", re.sub(r"(?<=[aeiou])v", "u", w))


# First sounds that romanisations of Kazakh and Urdu names spell in two ways
_INITIALS = (("ye", "e"), ("dzh", "zh"), ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"),
             ("q", "k"), ("gh", "q"), ("ch", "sh"))


def initial_spellings(word: str) -> list[str]:
    """`word` with its first sound spelled the other common ways: Yerlan/Erlan, Zhanibek/Janibek,
    Dzhezkazgan/Zhezkazgan (a Russian 'dzh'), Djalalabad/Jalalabad,
    Khan/Han, Qasym/Kasym, Ghalibaf/Qalibaf, Chokan/Shokan. A look-up of close words that keeps
    the first letter (as the index's is) never meets these otherwise."""
    out = []
    for a, b in _INITIALS:
        for x, y in ((a, b), (b, a)):
            if word.startswith(x) and not (x == "e" and word.startswith("ye")):
                out.append(y + word[len(x):])
    # (and a hard 'c' for a 'k' in a long name: Karakatzanis/Caracatzanis; not 'ch', 'ce', nor
    # a short word, which two letters more would make another: 'kabwe' is no 'calls')
    if word[:1] in ("c", "k") and word[1:2] in ("a", "o", "u", "r", "l") and len(word) >= 7:
        out.append(("k" if word[0] == "c" else "c") + word[1:])
    return out


def german_spelling(word: str) -> str | None:
    """A name romanised the German way, in the English way the documents use: 'Nasarbajew' ->
    'nazarbayev', 'Tokajew' -> 'tokayev' ('w' for 'v', 'j' for 'y' before a vowel, 's' between
    vowels for 'z', 'ch' for 'kh', 'sch' for 'sh', 'tsch' for 'ch'); None for a word with none of
    the marks of that romanisation (a final '-ew' or '-ow', a 'j' before a vowel, 'sch')."""
    w = word.lower()
    if not re.search(r"[eo]w$|j[aeiou]|sch", w):
        return None
    w = re.sub(r"t?sch|ch", lambda m: {"tsch": "ch", "sch": "sh"}.get(m.group(), "kh"), w)
    w = re.sub(r"j(?=[aeiou])", "y", w).replace("w", "v")
    w = re.sub(r"(?<=[aeiou])s(?=[aeiou])", "z", w)
    return w if w != word.lower() else None


def german_spellings(word: str) -> list[str]:
    """german_spelling's English spelling of a name, and for one that begins 'Sch' the same with
    'zh': a German 'sch' is the Russian 'sh' and 'zh' alike ('Schoschybajew' is 'Zhoshybayev',
    'Schanibek' 'Zhanibek')."""
    w = german_spelling(word)
    if not w:
        return []
    return [w, "zh" + w[2:]] if word.lower().startswith("sch") else [w]


# A Kazakh patronymic and the Russian one of the same father: 'Bauyrzhanuly' is
# 'Bauyrzhanovich', 'Nurlankyzy' 'Nurlanovna'
_PATRONYMICS = (("uly", ("ovich", "evich")), ("uli", ("ovich", "evich")),
                ("kyzy", ("ovna", "evna")), ("qyzy", ("ovna", "evna")))


def patronymic_spellings(word: str) -> list[str]:
    """A patronymic written with the other language's ending (see _PATRONYMICS), in either
    direction; [] for a word that ends in none."""
    w = word.lower()
    out = []
    for kazakh, russian in _PATRONYMICS:
        if w.endswith(kazakh) and len(w) - len(kazakh) >= 4:
            out += [w[:-len(kazakh)] + r for r in russian]
        for r in russian:
            if w.endswith(r) and len(w) - len(r) >= 4:
                out.append(w[:-len(r)] + kazakh)
    return list(dict.fromkeys(out))


def english_compound(word: str) -> bool:
    """Whether a word is two English words of three letters or more written as one ('starlink'):
    a coinage, the name of a brand or a place, no slip for a third word."""
    return any(is_english(word[:i]) and is_english(word[i:]) for i in range(3, len(word) - 2))


def joined_words(word: str) -> bool:
    """Whether a word the lexicon lacks is two English words written as one, the second a noun of
    four letters or more, in either number ('warships', 'blockchain', 'centrepiece'; not
    'postion', a slip for 'position' that only ends as 'ion' does, nor 'internatonal', 'intern'
    and 'atonal')."""
    w = word.lower()
    w = w[:-1] if w.endswith("s") and not is_english(w[-5:]) else w
    # (or a verb's noun in -ing: 'peacemaking', 'shipbuilding')
    return len(w) >= 7 and not is_english(word) and any(
        is_english(w[:i]) and ("noun" in parts_of_speech(w[i:]) or w.endswith("ing") and
                               "verb" in parts_of_speech(w[i:]))
        for i in range(3, len(w) - 3))


def english_spelling(word: str, held=None) -> str | None:
    """The one English word a misspelt lowercase word of six letters or more is a single edit
    from ('headquaters' -> 'headquarters'), or None: none, or more than one. Given `held` (a
    test of whether the documents hold a word), of several the one the documents hold that the
    commonest slip makes, and for a word of five letters too: a letter left out or two swapped
    before one changed, and that before one put in ('cenus' is 'census' rather than 'cents',
    'regoin' 'region' rather than 'rejoin', 'unasigned' 'unassigned' rather than 'unsigned').
    Never another word a changed letter from two English words written as one (`coined`)."""
    spelt = _spelt_right(word, held)
    return None if spelt and coined(word, spelt) else spelt


def coined(word: str, other: str) -> bool:
    """Whether a word is two English words written as one (joined_words: 'warships') and
    `other` a word a changed letter away ('worships'): a coinage, no slip for it. A letter left
    out of one long word is a slip ('plumeting'), and so are two letters swapped."""
    return len(other) == len(word) and letter_change(word, other) != "swap" and joined_words(word)


def one_slip(word: str) -> tuple[set[str], set[str], set[str]]:
    """The words one slip of the hand makes of `word`, as it was before the slip, by kind,
    commonest first: a letter left out or two swapped, one changed, one put in."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + c + b for a, b in cuts for c in letters}  # a letter left out
            | {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1},  # two swapped
            {a + c + b[1:] for a, b in cuts if b for c in letters},  # one changed
            {a + b[1:] for a, b in cuts if b})  # one put in


def _spelt_right(word: str, held=None) -> str | None:
    """english_spelling before its test for coinages (`coined`)."""
    if len(word) < (5 if held else 6) or not word.islower() or not word.isalpha():
        return None
    # a 'y' kept before an ending where English writes 'i' ('denyed', 'studys'): the one spelling
    # English has for it, whatever else a letter away is a word too ('denned', 'dented')
    kept_y = re.fullmatch(r"(\w*[^aeiou])y(ed|es|s|er|est)", word)
    if kept_y:
        stem, ending = kept_y.groups()
        written = stem + "i" + ("es" if ending == "s" else ending)
        if parts_of_speech(written):
            return written
    slips = one_slip(word)
    found = [w for w in set().union(*slips) - {word} if parts_of_speech(w)]
    if len(found) == 1 and len(word) >= 6:
        return found[0]
    for slip in slips if held else ():
        held_found = [w for w in slip - {word} if parts_of_speech(w) and held(w)]
        if held_found:
            return held_found[0] if len(held_found) == 1 else None
    # (of five letters, the one English word a slip away, a letter put back, though no
    # document holds it: 'tryng' is 'trying', which may only describe what a question asks
    # about; not a letter changed, 'samsa' is no 'samba'), and of several the one such slip
    # makes ('layofs' is 'layoffs' rather than 'layoff')
    # (and of seven letters or more, the one English word the commonest slip that makes any
    # makes: 'elegible' is 'eligible' rather than 'legible', a letter changed before one put
    # in; a shorter word may be another language's, 'lavash' no 'lavish')
    for slip in (slips if len(word) >= 7 else slips[:1]) if held else ():
        words = [w for w in found if w in slip]
        if words:
            return words[0] if len(words) == 1 else None
    return None


def edit_distance(a: str, b: str, cap: int = 3) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count one), stopping early past `cap`."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    prev2, prev = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > cap:
            return cap + 1
        prev2, prev = prev, cur
    return prev[-1]


# the letter rows of a keyboard, each row set off by its stagger: a key's neighbours are the keys
# at most one key-width away in its own row and the rows above and below
_KEY_ROWS = (("qwertyuiop", 0.0), ("asdfghjkl", 0.25), ("zxcvbnm", 0.75))


def one_sound(word: str, known: str) -> bool:
    """Whether a long word two letters from a known one differs from it by no more than one
    consonant and one letter's length: vowels heard otherwise ('Parhomchik', 'Nazarbaev'),
    not another name ('Atambayev' is not 'Asanbayev', two consonants changed; 'Yousafzai'
    is not 'Yousafi', two letters more)."""
    from kzpk.text import fold

    return abs(len(fold(word)) - len(fold(known))) <= 1 and \
        edit_distance(consonants(translit_key(word)), consonants(translit_key(known)), 1) <= 1


def slip_of(word: str, known: str) -> bool:
    """Whether a word is one letter from a known one, or two that make one sound."""
    d = edit_distance(word, known, 2)
    return d <= 1 or d == 2 and one_sound(word, known)


def letter_change(a: str, b: str) -> str | None:
    """How word a becomes word b by one change of a letter, or None for none or more:
    'swap' (two letters side by side swapped), 'double' (a letter doubled or undoubled),
    'vowel' (a vowel, 'y' or 'h' put in, left out or, a vowel, heard otherwise: 'Laghari' for
    'Leghari', 'Lodhi' for 'Lodi'), 'key' (a letter for one whose key is beside it: a slip),
    'far' (a consonant for one whose key is not: 'Astara' for 'Astana') and 'consonant' (any
    other letter put in, left out or changed: 'Bahia' for 'Bahria'). The last two make another
    name as often as a misspelt one."""
    a, b = a.lower(), b.lower()
    soft = "aeiouyh"
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
                and a[diff[1]] == b[diff[0]]:
            return "swap"
        if len(diff) != 1:
            return None
        x, y = a[diff[0]], b[diff[0]]
        if x in soft and y in soft:
            return "vowel"
        keys = {c: (r, i + shift) for r, (row, shift) in enumerate(_KEY_ROWS)
                for i, c in enumerate(row)}
        if x not in keys or y not in keys:
            return "consonant"
        (rx, cx), (ry, cy) = keys[x], keys[y]
        if abs(rx - ry) <= 1 and abs(cx - cy) <= 1:
            return "key"
        return "consonant" if x in soft or y in soft else "far"
    if abs(len(a) - len(b)) != 1:
        return None
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    if short[i:] != long[i + 1:]:
        return None
    c = long[i]
    if i and long[i - 1] == c or i + 1 < len(long) and long[i + 1] == c:
        return "double"
    return "vowel" if c in soft else "consonant"


# ------------------------------------------------------------------ sentences

# (a no-break space after a period binds a run-in heading to the sentence it heads: sources.RUN_IN)
_ENDS = re.compile(r"[.!?;](?=[\"'”’)]*(?!\u00a0)\s+[\"'“‘(]*[A-Z0-9])|\n+")
# words a period follows without ending a sentence ("Dr. Shabir", "Feb. 24", "N.A. Nazarbayev")
_ABBREVIATIONS = frozenset("""dr mr mrs ms prof st no gen col lt capt sen amb jan feb mar apr jun
jul aug sep sept oct nov dec vs e.g i.e etc inc ltd co corp jr sr h.e""".split())


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, ends exclusive, leading spaces skipped."""
    out, start = [], 0
    for m in _ENDS.finditer(text):
        if text[m.start()] == ".":
            # the letters before the period: 'Dr' of '(IWEP)-Dr.' as of ' Dr.'
            before = re.search(r"[A-Za-z.]*$", text[max(start, m.start() - 6):m.start()])
            word = before.group().lower()
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or \
                    re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
                continue
        end = m.end()
        if text[start:end].strip():
            out.append((start, end))
        start = end
    if text[start:].strip():
        out.append((start, len(text)))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in out]


# ------------------------------------------------------------------ kinds of answer

# the cardinals of text.NUMBER_WORDS from 'one', and words that count as they do
_NUMBER_WORDS = (rf"(?:{'|'.join(number_words(1))}|thousand|dozen|several|dozens|"
                 r"hundreds|thousands)")
# a sum in a currency written before the figure: 'Rs37,000', 'PKR 2.75', 'US$ 40 million'
# (and the Gulf's, India's, China's and Afghanistan's codes: 'KD 25', 'AED 3,500', 'Dh50', 'INR
# 2 lakh', 'RMB 9 billion', 'Afs 500')
_CURRENCY_FIRST = (r"(?:\b(?:US\$|Rs\.?|PKR|KZT|USD|EUR|KD|KWD|AED|Dhs?|SAR|SR|QAR|QR|BHD|BD|"
                   r"OMR|RO|INR|CNY|RMB|AFN|Afs?|Tk|RM)|[₹₽₺₼]|\bS\$|\bHK\$)\s?\d")
# the currencies of the region and the world's main ones, as a text names them after a figure
# (CURRENCY_NAMES, and those that name other things too: 'som', 'pound', an Afghan 'afghani';
# and CURRENCY_CODES)
MONEY_NAMES = CURRENCY_NAMES | {"rupee", "som", "afghani", "lari", "pound", "sterling"}
_CURRENCIES = "|".join(f"{c}s?" for c in sorted(MONEY_NAMES)) + "|" + \
    "|".join(sorted(CURRENCY_CODES))
# (a currency said with its country before it: '110,000 US dollars', '5 million U.S. dollars')
_US = r"(?:(?:US|U\.S\.)\s)?"
# (the unit joined to its figure too, as an adjective: 'from the 5,670-metre peak')
_AMOUNT_SRC = (r"[$€£¥₸]\s?\d|\b\d[\d,.]*[\s-]?(?:%|percent|per cent|pc\b|million|billion|trillion|"
                    r"bn|mn|mln|bln|m\b|(?:metric\s+)?(?:tonnes?|tons?)|cubic|km|kilo|kg|grams?\b|litres?|liters?|barrels?|US\$|"
                    + _US + r"(?:" + _CURRENCIES + r")\b"
                    # a measure: '39 metres', '40 mm', '4,238 acres', '1,300 MW', '45 degrees'
                    r"|(?:milli|centi)?met(?:er|re)s?\b|mm\b|cm\b|feet\b|ft\b|inch(?:es)?\b|hectares?|acres?|"
                    # an area: '12,500 square metres', '5,000 sq m'
                    r"square\s+(?:(?:kilo)?met(?:er|re)s?|feet|foot|miles?)\b|sq\.?\s?(?:m|km|ft)\b|"
                    r"(?:mega|giga|kilo)watt|[MGk]Wh?\b|degrees?\b|°|mmcfd|mmscfd|bcm\b)"
                    r"|\b(?:million|billion) (?:dollars|USD|\$)"
                    # a multiple: '43-fold', 'sevenfold'
                    r"|\b(?:\d[\d,.]*-?|two|three|four|five|six|seven|eight|nine|ten|hundred)fold\b"
                    rf"|{_CURRENCY_FIRST}",
                re.I)
# a figure in words: 'six per cent', 'two hundred million dollars' (its number word is checked
# apart: a pattern holding every number word costs a search 3 % more to compile and run)
_WORDED_AMOUNT = r"\b([A-Za-z]+)[- ](?:percent|per cent|million|billion)\b"
_DISTANCE_UNITS = r"km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?"
_DURATION_SRC = (rf"(?<!twice )(?<!once )(?<!times )(?<!per )(?<!every )\b(?:\d[\d,.]*|an?|{_NUMBER_WORDS}|half an?)(?:[- ](?:and a half|or \w+))?[- ]"
                 rf"(?:hours?|minutes?|days?|weeks?|months?|years?|decades?|{_DISTANCE_UNITS})\b",
                 re.I)
_SHARE_ASKED = frozenset("share proportion fraction portion part".split())
# a time of day: '03:20', '10.37 a.m.', '3 pm', 'noon', 'six o'clock'
_CLOCK_SRC = (r"\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\b(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s?"
              r"(?:a\.m\.|p\.m\.|am\b|pm\b)|\bnoon\b|\bmidnight\b|\bo['’]clock\b", re.I)
# a distance: '92.97 metres', '148 kilometres', '1,200 km', '30 miles'
_DISTANCE_SRC = (rf"\b\d[\d,.]*\s?-?(?:nautical miles|{_DISTANCE_UNITS}|m)\b", re.I)
# the units a figure of each measure (_MEASURE_OF) is given in ('1,380 kg', '44.4 metres')
_LENGTH_UNITS = rf"{_DISTANCE_UNITS}|cm|centimet(?:er|re)s?|feet|foot|ft|inch(?:es)?"
_MEASURE_UNITS = {"weight": r"kg|kgs|kilo(?:gram|gramme)?s?|tonnes?|tons?|pounds?|lbs?|grams?|"
                            r"grammes?|g",
                  "height": _LENGTH_UNITS, "depth": _LENGTH_UNITS, "length": _LENGTH_UNITS,
                  "width": _LENGTH_UNITS,
                  "speed": r"km/h|kph|mph|knots?|kilomet(?:re|er)s\s+(?:per|an)\s+hour|"
                           r"miles\s+(?:per|an)\s+hour",
                  "temperature": r"degrees?|°\s*[CF]?|C"}
# the measures a text gives in their own units ('runway length')
MEASURED = frozenset(_MEASURE_UNITS)
# the things a "how much" question may ask the amount of that a text gives in their own units
# (after a share or a cost asked: 'What share of the electricity ...?' wants a percentage)
_POWER_UNITS = r"(?:kilo|mega|giga|tera)?watt(?:[- ]hour)?s?|[kMGT]Wh?|kwh|mwh|gwh|twh"
_RAIN_UNITS = r"mm|millimet(?:re|er)s?|cm|centimet(?:re|er)s?|inch(?:es)?"
# (and the units a keyword query may name for the figure it asks: '... procurement tonnes')
_TONNES = r"tonnes?|tons?"
UNITS_NAMED = {"tonnes": _TONNES, "tons": _TONNES, "tonne": _TONNES, "barrels": r"barrels?",
               "acres": r"acres?", "hectares": r"hectares?|ha", "megawatts": _POWER_UNITS}
_METERED = {"electricity": _POWER_UNITS, "rainfall": _RAIN_UNITS, "rain": _RAIN_UNITS,
            "snowfall": _RAIN_UNITS, "snow": _RAIN_UNITS, **UNITS_NAMED}
# the change a "how much" question may ask of a price or a cost ('By how much did prices rise?')
_CHANGE_ASKED = frozenset("""rise rises rose risen increase increased fall falls fell fallen
decrease decreased grow grew grown growth climb climbed jump jumped drop dropped""".split())
# the words that ask a "how much" question's amount in money, and how a text gives money
COST_ASKED = frozenset("""cost costs costing price prices priced spend spent spending invest
invested investment investments budget budgets funding funded pay paid fee fees loan loans
financing worth lose loses losing lost loss losses earn earns earned earning fine fines""".split())
# ... and a query naming the currency it asks in, either number ('... value dollars')
_MONEY_ASKED = COST_ASKED | MONEY_NAMES | {n + "s" for n in MONEY_NAMES}
# (not 'grants': 'competition for study grants' is no money; a loss or an earning is money: 'How
# much will Iran lose ...?' -> 'about $700 million in lost exports')
_MONEY_SRC = (rf"[$€£¥₸]\s?\d|{_CURRENCY_FIRST}|\b\d[\d,.]*\s?"
              rf"(?:(?:million|billion|trillion|bn|mn|mln|bln|m|lakh|crore)\s?)?{_US}(?:{_CURRENCIES}"
              r")\b|\b(?:million|billion|trillion) (?:dollars|"
              r"tenge|rupees|euros|yuan)\b", re.I)
# the words that ask for a part of a whole as a percentage, and how a text gives one
_PERCENT_ASKED = frozenset("share percentage proportion percent fraction portion".split())
_PERCENT = r"\d\s?%|\b(?:percent|per cent)\b"
_FRACTION = (r"\b(?:one|two|three|a)[- ](?:half|third|quarter|fifth|tenth)s?\b|\bhalf (?:of|the)\b")
# (not the tail of a number: '000' of 'Rs5,000')
_COUNT_SRC = (rf"\b(?<![\d,.])(?!(?:19|20)\d\d\b)\d[\d,]*\b(?!-\d)|"
              rf"\b{_NUMBER_WORDS}\b", re.I)
_NAME_WORD = r"(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*|[A-Z]\.)"  # 'Aisam-ul-Haq', 'Mazar-e-Sharif'
# the particles inside South Asian and Arabic names, in small letters ('Aziz al-Rahman
# al-Muhajir', 'Waqar-ud-Din', 'Anwar-ul-Haq'), and the words for 'son of' ('Mohammed bin Salman')
NAME_PARTICLES = frozenset("al el ul ur ud un uz ad ar as ash az".split())
_NAME_PARTICLE = (rf"(?:(?:{'|'.join(sorted(NAME_PARTICLES, key=longest_first))})"
                  r"-[A-Z][a-z]+|(?:bin|ibn|bint)(?=\s+[A-Z]))")
_NAME_SRC = (rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_NAME_PARTICLE}))+", 0)
# ('in the Kazakh capital' describes a city the question may name; it is no place's name)
# (and a part of a named place: 'on the green lawns of the Serena Business Complex', 'in the
# courtyard of Lok Virsa'), and a street a thing stands on: 'the school on M.A. Jinnah Road'
_PLACE_SRC = (r"\b(?:(?:in|at|to|from|via|towards|into|through|near)\s+(?:the\s+)?|"
              r"on\s+(?:the\s+)?(?:[A-Z]\.\s*)*(?=(?:[A-Z][\w'-]+\s+){1,3}(?:Road|Street|"
              r"Avenue|Highway|Boulevard|Lane|Drive|Square|Embankment|Prospekt)\b)|"
              r"(?:in|at|on)\s+the\s+(?:[a-z]+\s+)?(?:lawns?|grounds|premises|courtyard|campus|"
              r"compound|gardens?|banks?|shores?|outskirts|heart|foot|site|square|mouth|edge|"
              r"entrance|tip)\s+of\s+(?:the\s+)?)([A-Z][\w-]+)\b(?!\s+capital\b)", 0)


# a sentence giving a cause, a purpose or an occasion ('because ...', 'citing ...', 'due to
# ...', 'in order to ...', 'to mark ...'): what a "why" question asks for. ('after', 'over', 'since' and 'following' are left
# out: most sentences holding them tell when, not why.)
_REASON_SRC = (r"\b(?:because|due to|owing to|on account of|as a result of|in response to|"
               r"citing|cited|on (?:the )?grounds? (?:of|that)|for fear|fears? (?:of|that|over)|"
               r"concerns? (?:over|about|that)|in order to|so as to|so that|aimed at|with the aim|"
               r"reasons?|caused by|in view of|in protest|for (?:want|lack) of|in the absence of|"
               # what set off a blast or a fire ('... caught fire, setting off the explosion')
               r"set(?:s|ting)? off|trigger(?:ed|ing|s)|spark(?:ed|ing|s)|blamed (?:on|for)|"
               r"put (?:it |them )?down to|attributed to|resulted from|"
               # a purpose ('aimed at', 'the purpose of the visit was to', 'meant to')
               r"purposes?|aim(?:s|ed)? (?:at|to)|objectives?|goals? (?:of|is|was|to)|"
               r"with a view to|intended to|meant to|designed to|seeks? to|sought to|"
               # an occasion ('to mark the 30th anniversary', 'for the 175th birth anniversary')
               r"to (?:mark|celebrate|commemorate|honou?r)|in honou?r of|on the occasion of|"
               r"for (?:the|its|his|her|their) (?:[\w-]+ ){0,3}?(?:anniversary|jubilee|centenary))\b",
               re.I)


# a sentence giving a means or a way ('through coordinated efforts', 'by expanding training',
# 'named as the means to', 'via a video link') or what someone proposed as one ('suggested
# that talks be organised'): what a "how" question asks for
_MEANS_SRC = (r"\b(?:through|via|by means of|by way of|with the help of|by (?:[a-z]+ing)|"
              r"(?:the|a|as|its|their) (?:main |only |best )?(?:means|ways?|methods?|mechanisms?)"
              r"|(?:suggest|propos|recommend)(?:ed|es|e|ing)? (?:that|to|the|an?|setting|holding)"
              r")\b", re.I)
# a standing: 'ranked 21st', 'the second largest', 'among its top 25', 'the biggest' (not
# 'the rivers run highest')
# a web address: 'studyin.kz', 'www.gov.pk', 'https://enbek.kz/...'
_DOMAIN_SRC = (r"\b(?:https?://)?(?:[a-z0-9-]+\.)+(?:kz|pk|com|org|net|gov|edu|int|info|io|uz|kg|"
               r"tj|tm|af|ru|cn|uk|ae|sa)\b(?![.-]\w)", re.I)
_RANK_SRC = (r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
             r"tenth)\b|\btop\s+\d+\b|\bthe\s+(?:largest|biggest|highest|lowest|smallest|"
             r"leading)\b", re.I)
# a sentence stating what something is about or called ('the theme of the session was ...',
# 'a seminar titled ...', 'focused on ...')
_THEME_SRC = (r"\b(?:themes?|themed|topics?|titled|entitled|under the title|slogan|motto|"
              r"focus(?:s|es|ed|sed|ing)? on|devoted to|dedicated to)\b|"
              # (or the name given: 'The boy, named Firdavs, ...'; not one a place was
              # 'formerly called')
              r"\b(?:named|christened)\s+(?-i:[\"“‘']?[A-Z])", re.I)
# a document's name: a name ending in a word for a document ('the Almaty Act', 'a Joint
# Statement') or one such word with what it is on ('the Declaration on Eliminating Terrorism')
_DOCUMENTS = (r"(?:Act|Declaration|Charter|Agreement|Treaty|Convention|Memorandum|Protocol|"
              r"Resolution|Statement|Accord|Communiqu[eé]|Roadmap|Road Map)s?")
_DOCUMENT_SRC = (rf"\b(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her)\s)[A-Z][\w'’-]*\s+"
                 rf"{_DOCUMENTS}\b|\b{_DOCUMENTS}\s+(?:on|of|for|between)\s+(?:the\s+)?[A-Z]"
                 # (or one in small letters, as the object of the act: 'by signing a country
                 # cooperation agreement with Kazakhstan')
                 rf"|\b(?:sign|adopt|conclud|ratif|endors)\w*\s+(?:an?|the|two|three|four|five|"
                 rf"\d+)\s+(?:[a-z][\w-]*\s+){{0,3}}(?i:{_DOCUMENTS})\b", 0)
# words in quotation marks ('“Partnerships for Unity, Justice and Development”', ‘’Trade ...’’)
_QUOTED_ANY = r"“([^“”]{3,})”|\"([^\"]{3,})\"|‘‘?([^‘’]{3,})’’?"


def _quotes_title(sentence: str) -> bool:
    """Whether a sentence quotes a title: words in quotation marks most of whose long words are
    capitalised ('“Day of the Republic and Political Reforms”'), not someone's words."""
    if not any(q in sentence for q in "“\"‘"):
        return False
    for m in re.finditer(_QUOTED_ANY, sentence):
        long = re.findall(r"[^\W\d_]{4,}", m.group(m.lastindex))
        if len(long) >= 2 and 2 * sum(w[0].isupper() for w in long) > len(long):
            return True
    return False


@lru_cache(maxsize=None)
def _rx(kind: str) -> re.Pattern:
    """The pattern for one kind of answer, compiled on first use: a query needs one kind."""
    source, flags = {"amount": _AMOUNT_SRC, "money": _MONEY_SRC, "clock": _CLOCK_SRC,
                     "distance": _DISTANCE_SRC, "count": _COUNT_SRC, "duration": _DURATION_SRC,
                     "name": _NAME_SRC, "place": _PLACE_SRC,
                     "reason": _REASON_SRC, "means": _MEANS_SRC, "theme": _THEME_SRC,
                     "document": _DOCUMENT_SRC, "rank": _RANK_SRC, "domain": _DOMAIN_SRC}[kind]
    return re.compile(source, flags)


def answer_pattern(ask: str | None) -> re.Pattern | None:
    """The pattern that finds the kind of answer asked where one pattern does (an amount, a
    count, a duration), else None."""
    if ask == WHEN:  # a date: a line showing the sentence that states it shows the date, not
        # only the run of the question's words after it ('... on 24 February 1992, during which
        # they signed ... the Agreement on Establishment of Diplomatic Relations ...')
        from kzpk.dates import date_mention

        return date_mention()
    kind = {HOW_MUCH: "amount", HOW_MANY: "count", HOW_LONG: "duration",
            RANKED: "rank", WEBSITE: "domain"}.get(ask or "")
    return _rx(kind) if kind else None


def person_names(sentence: str, query_words: set[str]) -> list[str]:
    """Runs of capitalised words that look like a person's or firm's name, not a title made of
    English words ('Defence Minister') nor the names the question itself gives."""
    out = []
    for m in _rx("name").finditer(sentence):
        tokens = [t for t in re.split(r"\s+", m.group()) if not t.endswith(".")]
        if tokens and tokens[0].lower() in FUNCTION_WORDS:
            tokens = tokens[1:]  # 'The Kazakh news agency' opens with no name
            if len(tokens) < 2:
                continue
        # the person's own name: what follows the title words ('Kazakh Ambassador Barlybay
        # Sadykov' -> 'Barlybay Sadykov')
        english = [i for i, t in enumerate(tokens) if is_english(t)]
        own = tokens[english[-1] + 1:] if english else tokens
        if tokens and (tokens[-1].lower() in query_words or any(
                t.lower() in query_words for t in own)):
            continue  # a person the question names ('Gilani' in 'Yusuf Raza Gilani', 'Abai'
            # in 'Abai Kunanbayev')
        if tokens and all(t.lower() in _REGION_WORDS for t in tokens):
            continue  # a region ('Central Asia', 'the Middle East'): no person
        if " ".join(tokens).lower().replace("-", " ") in _PLACES_OF_WORDS:
            continue  # a country or a city of two or more words ('South Korea'): no person
        if tokens and tokens[-1].lower() in _POLITY | _BODY_ENDS:
            continue  # a state's formal name ('the Islamic Republic of Pakistan'), or a body's
            # ('the Associated Press of Pakistan Corporation'): no person
        if _initialled(tokens, sentence[m.end():]):
            continue  # a body given its initials after it ('the Regional Anti-Terrorist
            # Structure (RATS)'): no person's name
        # (a compound of English words is English: 'Confidence-Building Measures', 'Global
        # Counter-Terrorism Strategy' name no one)
        strange = [t for t in tokens if t.lower() not in query_words and not is_english(t)
                   and not ("-" in t.strip("-") and all(map(is_english, t.split("-"))))]
        if strange:
            out.append(m.group())
    return out


# countries and cities whose names are two or more capitalised words, which would otherwise
# look like a person's name ('cities in China, Turkey, South Korea, Belgium')
_PLACES_OF_WORDS = frozenset("""south korea|north korea|saudi arabia|new zealand|sri lanka|
hong kong|south africa|costa rica|el salvador|united kingdom|united arab emirates|czech republic|
dominican republic|papua new guinea|east timor|timor leste|ivory coast|burkina faso|sierra leone|
south sudan|north macedonia|san marino|new delhi|abu dhabi|kuala lumpur|rio de janeiro|
buenos aires|los angeles|new york|san francisco|sao paulo|tel aviv|addis ababa|phnom penh|
ulan bator|nur sultan|mazar i sharif|dera ismail khan|dera ghazi khan|
bandar abbas|ras al khaimah|sharm el sheikh|ho chi minh city|kuwait city|mexico city|
panama city|guatemala city|hong kong sar""".replace("\n", "").split("|"))


def _initialled(tokens: list[str], after: str) -> bool:
    """Whether a run of capitalised words is followed by its own initials in brackets, as a
    body's name is ('Regional Anti-Terrorist Structure (RATS)'); a person's party after the
    name ('Bilawal Bhutto Zardari (PPP)') is no such thing."""
    m = re.match(r"\s*\(([A-Z][A-Za-z]*[A-Z])\)", after)
    if not m:
        return False
    initials = "".join(part[0] for t in tokens for part in re.split(r"[-‐]", t)
                       if part[:1].isupper())
    return initials.lower() == re.sub(r"[a-z]", "", m.group(1)).lower()


# the words of a region's name ('Central Asia', 'South Asia', 'the Middle East', 'Eastern Europe')
_REGION_WORDS = frozenset("""north south east west central middle far near northern southern
eastern western southeast southwest northeast northwest asia asian europe africa america
americas eurasia caucasus pacific atlantic gulf""".split())


# the last word of a state's formal name ('Islamic Republic', 'Russian Federation'): no person's
# name ends so, though its first word may be one the lexicon does not know as English
_POLITY = frozenset("republic republics federation kingdom emirates union confederation".split())
# the last word of a body's name ('... Pakistan Corporation', '... Trade Authority'), or a firm's
# legal form ('Inter Logistics LLC')
_BODY_ENDS = frozenset("""corporation corporations company companies authority commission council
ministry department agency institute university college academy bank committee chamber
association society foundation organisation organization centre center group groups board
forum league club court courts tribunal bureau assembly parliament senate party union federation
office service exchange fund school hospital museum wire news newswire press
llc llp ltd limited inc plc jsc pjsc gmbh""".split())


# ('What is X's post?' names no role: the words after its verb are a name, whose post is asked)
_ROLE_ASKED = (r"\b(?:which|what)\s+(?!(?:is|was|are|were|does|did|do|has|have|had)\b)"
               # (the whole title before the verb, 'Which Pakistani religious affairs minister
               # was invited ...', else the two words after 'which')
               r"(?:((?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s+(?:is|was|are|were|has|had|have|will)\b)|"
               r"((?:[\w'’-]+\s+)?[\w'’-]+))|"
               r"^\s*who\s+(?:is|was|are|were|has been|will be)\s+(?:the\s+|an?\s+)?(.+?)"
               r"(?=\s+(?:of|at|in|for|to|on|from|with|during|when|while|after|before|as|"
               r"since|until|that|who|whom|whose|which)\b|\s*[,?.]|$)")


# A role asked with a verb ('Who heads the Area Study Centre?', 'who chairs ...', 'who led
# ...'): the verb's forms, and the titles its holder is given ('Director, Area Study Centre')
_ROLE_VERBS = [(forms.split(), titles.split()) for forms, titles in (
    ("head heads headed heading", "head heads director chairman chairperson chairwoman chief "
                                  "president leader chancellor rector"),
    ("lead leads led leading", "leader head chief"),
    ("chair chairs chaired chairing", "chairman chairperson chairwoman chair"),
    ("run runs ran running", "head director chief manager chairman president"),
    ("direct directs directed directing", "director"),
    ("manage manages managed managing", "manager director"),
    ("govern governs governed governing", "governor"),
    ("founded founds", "founder"),
    ("edit edits edited editing", "editor"),
    ("coordinate coordinates coordinated coordinating", "coordinator"),
    ("moderate moderates moderated moderating", "moderator"),
    # (a team's: 'Who coached X ...?' -> 'X coach Balwan Singh')
    ("coach coaches coached coaching", "coach"),
    ("captain captains captained captaining", "captain skipper"),
    # (to anchor a discussion is to moderate it: its anchor is the moderator a report names,
    # or says it 'was moderated by')
    ("anchor anchors anchored anchoring", "anchor moderator moderated"))]
_ROLE_VERB_FORMS = {form: (forms, titles) for forms, titles in _ROLE_VERBS for form in forms}
# these words stand for themselves in a text, never for what begins like them: 'director' is
# not 'direct flights', 'chief' not 'China', 'head' not 'health' (named_near)
_WHOLE_ROLE_WORDS = frozenset(w for forms, titles in _ROLE_VERBS for w in forms + titles)


def role_words(question: str) -> frozenset[str]:
    """The words of a "who" question that name the role asked about: 'caretaker minister' in
    'Which caretaker minister spoke at ...', 'president' in 'Who is the president of X?'; for a
    role asked with a verb, the verb's forms and the titles of that role ('heads', 'headed',
    'director', 'chairman', ... in 'Who heads the Area Study Centre?'). Empty when the question
    names no role ('Who spoke ...?')."""
    if question.lstrip()[:4].lower() == "who ":
        m = re.match(r"\s*who\s+(?:(?:is|was|are|were|will|has|have|had|been|be|currently|now|"
                     r"then|still|also|first)\s+)*([a-z]+)\b", question, re.I)
        verb = _ROLE_VERB_FORMS.get(m.group(1).lower()) if m else None
        if verb:
            return frozenset(verb[0] + verb[1])
    m = re.search(_ROLE_ASKED, question, re.I)  # compiled by the first "who" question
    if not m:
        # a keyword query naming a role ('information minister musharraf'): the role's title
        # words it names (not 'role' or 'position', which ask what someone is)
        first = re.match(r"\s*(\w+)", question)
        if first and first.group(1).lower() in _QUESTION_WORDS:
            return frozenset()
        if words_of(question) & {"what", "which"}:
            # 'Jam Kamal Khan minister of state for what': the title of the person named, whose
            # particulars are asked, not a role whose holder is asked for
            return frozenset()
        # (and one whose name it asks for: 'auctioneer' in '... auction auctioneer name')
        agent = re.search(_AGENT_NAME_ASKED, question.lower())
        return frozenset(words_of(question) & PERSON_TITLES) | (
            {agent.group(1)} if agent else set())
    words = re.findall(r"[^\W\d_]+", (m.group(1) or m.group(2) or m.group(3) or "").lower())
    kind = singular(kind_asked(question) or "") if m.group(2) else ""
    if kind and (kind in PERSON_KINDS or re.fullmatch(_PERSON_AGENT, kind)):
        return frozenset()  # ('Which Hong Kong judge ...?': a person of that kind, no title)
    if m.group(2) and words and words[-1] in _NO_ROLE:
        # a title a few words after 'which', past the body it belongs to: 'Which Met Office
        # spokesman warned ...?' asks for a spokesman, not an office
        after = re.findall(r"[^\W\d_]+", question[m.start(2):].lower())[:5]
        titled = next((k for k, w in enumerate(after) if w in PERSON_TITLES), None)
        if titled is not None and titled >= len(words) and not any(
                w in FUNCTION_WORDS or w in _AUX_WORDS for w in after[:titled]):
            words = after[:titled + 1]
    if words and (words[-1] in _NO_ROLE or words[-1] in _NO_TITLE and not (
            len(words) > 1 and words[-2] in _RANKS)):
        # 'Which Pakistani university …', 'Which Kazakh pair …': a body or people asked for by
        # what they are, not by a title someone holds beside their name
        return frozenset()
    roles = frozenset(w for w in words if w not in FUNCTION_WORDS and len(w) >= 3 and w not in
                      ("person", "official", "one", "name", "who", "whom", "will", "would", "did", "does",
                                    "was", "were", "are", "has", "had", "have", "can", "could")
                      and w not in _NO_ROLE and not _verb_only(w))
    if "head" in roles:
        # 'Which head of a university ...?': a body's head is titled as the verb's holder is
        # ('Director', 'Chairman', 'Vice Chancellor'), seldom 'head'
        roles |= frozenset(_ROLE_VERB_FORMS["head"][1])
    return roles


def role_of_body(question: str, roles: frozenset[str]) -> re.Pattern | None:
    """For "who" asked of a role and the body it belongs to ('Who is the president of the
    Institute of Regional Studies?'), a pattern finding that role said with that body
    ('President of the Institute of …', 'Director, Area Study Centre'), not with another's
    ('Kazakhstan's President'); None when the question names no such pair."""
    if not roles:
        return None
    m = re.search(rf"\b({'|'.join(sorted(map(re.escape, roles)))})\s+(?:of|at|for)\s+(?:the\s+)?"
                  r"([A-Z][\w'’-]+)", question, re.I)
    if m and not m.group(2)[:1].isupper():
        # a portfolio in small letters ('minister for water resources'): the post said so
        # ('Minister for Water Resources'), or its words before it ('water resources minister')
        post = re.search(rf"\b({'|'.join(sorted(map(re.escape, roles)))})\s+(?:of|for)\s+"
                         r"(?:the\s+)?((?:[a-z][\w-]+\s+){0,2}[a-z][\w-]+)", question)
        words = post.group(2).split() if post else []
        words = words[:next((i for i, w in enumerate(words) if w in FUNCTION_WORDS), len(words))]
        if not words or len(words) == 1 and not parts_of_speech(words[0]) & {"noun"}:
            return None
        said = r"\s+".join(map(re.escape, words))
        return re.compile(rf"\b{re.escape(post.group(1))}\w*\s+(?:of|for)\s+(?:the\s+)?{said}\b|"
                          rf"\b{said}\s+{re.escape(post.group(1))}", re.I)
    if not m:
        return None
    body = re.escape(m.group(2))
    named = re.match(r"(?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+", question[m.start(2):])
    kind = named.group().split()[-1] if named else ""
    if kind != m.group(2) and kind.lower() in _BODY_ENDS:
        # (the body by its kind, as a text names it again: 'the patron-in-chief of the council'
        # for 'of the Kashtkar Coordination Council')
        body = rf"(?:{body}|{re.escape(kind)}\b)"
    # (a state by its formal name too: 'Ambassador of the Republic of Kazakhstan')
    return re.compile(rf"\b{re.escape(m.group(1))}\w*(?:,\s*|\s+(?:of|at|for)\s+)(?:the\s+)?"
                      rf"(?:(?:Islamic\s+)?Republic\s+of\s+(?:the\s+)?)?{body}", re.I)


def _verb_only(word: str) -> bool:
    """A word the lexicon knows as a verb (or adjective) and never as a noun: the verb after a
    "which" noun ('organized' in 'Which university co-organized ...'), no role."""
    pos = parts_of_speech(word)
    return bool(pos) and "noun" not in pos and "verb" in pos


# Words after "which"/"what" that name no role a person holds: the role itself is asked ('What
# position does X hold?'), or a body ('Which think tank organised it?', 'Which university is X
# from?'), whose name stands beside the question's words or in a person's roles.
_NO_ROLE = frozenset("""position positions role roles title titles job jobs post posts office
offices think tank tanks institute institutes institution institutions organisation organization
organisations organizations university universities company companies firm firms""".split())
# a group of people a question asks for ('Which Kazakh pair won …'), whose names answer it
GROUP_NOUNS = frozenset("pair pairs duo duos trio trios team teams side sides".split())
# the words that make a kind of person a post ('the chief doctor of the hospital')
_RANKS = frozenset("chief head deputy senior principal".split())
# people asked for by what they are or did, not by a title ('Which Kazakh pair won …')
_NO_TITLE = GROUP_NOUNS | frozenset("""player players athlete athletes people person persons
man men woman women""".split()) | frozenset(PERSON_KINDS) | {k + "s" for k in PERSON_KINDS}


# Words a keyword query adds to a person's name to ask for their post or the body they belong
# to ('Jam Kamal Khan ministry', 'Usama Nizamani think tank'): the person's roles answer them.
PARTICULARS = frozenset("""post posts position designation job title role office ministry
department division university college faculty institute institution organisation organization
affiliation employer agency centre center body company firm""".split())


def particulars(words: set[str]) -> set[str]:
    """The words of a query (lower-cased) that ask for a person's post or body."""
    out = words & PARTICULARS
    if {"think", "tank"} <= words:
        out |= {"think", "tank"}
    return out


def named_near(sentence: str, query_words: set[str], reach: int = 40,
               roles: frozenset[str] = frozenset()) -> list[str]:
    """The person names of a sentence that stand within `reach` characters of a word of the
    question: the role asked about when the question names one ('RCCI President Nadeem Rauf',
    'Abdul Aleem Khan, the Minister for Investment'), else any; not anyone the sentence
    happens to name."""
    # a role's title words ('president'), not the body or country that qualifies it ('LCCI
    # president', 'Kazakh ambassador'): 'the Lahore Chamber of Commerce and Industry (LCCI)' is
    # no one holding the role
    near = {w for w in roles if is_english(w)} or roles or query_words
    # and a title said otherwise ('envoys' holding the role 'ambassador')
    near |= said_otherwise(near)
    # and the past of an irregular verb asked with its base form ('Whom did he meet ...?':
    # 'he met Vladimir Voronkov')
    near |= {p for w in near for p in IRREGULAR.get(w, ())}
    if not roles and any(w.startswith(("announc", "declar")) for w in near):
        # a thing announced is told to the press ('Who announced that ...?': '..., Mian Manzoor
        # Ahmad Wattoo, told a news conference')
        near |= {"told", "said", "says", "tells"}
    prefixes = tuple(w if w in _WHOLE_ROLE_WORDS or w in _PAST_FORMS else w[:max(3, len(w) - 2)]
                     for w in _spellings(near) if len(w) >= 3)
    out = []
    for name in person_names(sentence, query_words):
        for at in [m.start() for m in re.finditer(re.escape(name), sentence)]:
            # the title a name's run of capitals opens with is beside it too ('Prime Minister
            # Karim Massimov')
            title = " ".join(t for t in name.split() if is_english(t))
            # (a role's title word the reach cuts into is read whole: 'The governor of
            # Uzbekistan's Tashkent region, Zoir Mirzaev' names the governor)
            start, end = _whole_words(sentence, at - reach, at + len(name) + reach) if roles \
                else (max(0, at - reach), at + len(name) + reach)
            window = sentence[start:at] + " " + title + " " + sentence[at + len(name):end]
            # (a name with its post beside it between commas, 'Kuandyk Kalmurzin, head of the
            # ministry's oil department, told a press conference ...': what follows the post
            # is what the person did)
            if roles and sentence[:at].rstrip().endswith(","):
                # (a long title before the name, set off by a comma: 'The Minister of Labour
                # and Social Protection of the Population, Serik Shapkenov, presented ...')
                # (a title's words are capitalised, or small words between them)
                # (or in small letters, the title's first word: 'the chairman of the National
                # Disaster Management Authority (NDMA), Nadeem Ahmed, said', with the body's
                # acronym after it)
                lead = re.search(r"(?:^|[.;:(]\s*|,\s*)((?:[Tt]he\s+)?([A-Za-z][a-z]+)(?:\s+(?:of|"
                                 r"and|for|on|the|&|[A-Z][\w'’-]*|\([A-Z][A-Za-z]*[A-Z]\))){0,12}),"
                                 r"\s*$", sentence[max(0, at - 130):at])
                if lead and lead.group(2).lower().startswith(prefixes):
                    window += " " + lead.group(1)
            post = re.match(r",[^,.;:()]{3,80},", sentence[at + len(name):])
            if post and not roles:
                after = at + len(name) + post.end()
                # (what the person did, the clause's verb after the post, may stand past the
                # reach: 'Harsingh Kolhi, a 40-year-old labourer and father of seven, lost his
                # footing in the crush and was trampled')
                window += " " + re.split(r"[;:()]", sentence[after:after + 2 * reach])[0]
            elif post:
                # (the role asked said of the person in a clause after their post: 'Oleg
                # Skorobogatov, deputy general director of the TsNIIMash research institute,
                # who chaired the state commission')
                who = re.match(r"\s*who\s+[^\W\d_]+", sentence[at + len(name) + post.end():])
                if who:
                    window += " " + who.group()
            # (a head office is no head: 'at the SBP head office, Finance Minister X said')
            window = re.sub(_HEAD_OFFICE, " ", window.lower())
            # (a word the role's stem begins but that goes on long past it is another word:
            # 'truckloads' holds no truck driver, though 'drivers', 'ministry' and the people's
            # land, 'Kazakhstan' for a 'Kazakh resident', are the role's)
            if any(w.startswith(p) and (len(w) - len(p) <= 5 or w.endswith("stan"))
                   for w in re.findall(r"[^\W_]+", window) for p in prefixes):
                out.append(name)
                break
    return out


_HEAD_OFFICE = r"\bhead[\s-]+offices?\b|\bheadquarters?\b"  # (compiled by `re` on first use)


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """The span from `start` to `end` of a text, widened so that it cuts no word in two."""
    start, end = max(0, start), min(len(text), end)
    while start and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


# a body named in full with its acronym: 'Center for Global & Strategic Studies (CGSS)'
_BODY = (r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w'’-]*)+"
         r"\s*\(([A-Z][A-Za-z]*[A-Z])\)")  # compiled by `re` on first use


# The kinds of body a question may ask for ('Which Kazakh institute …?'), and the words a
# body's name holds ('Institute of Parliamentarism', 'Foreign Policy Research Center')
_BODY_NOUNS = frozenset("""institute institutes institution institutions organisation
organisations organization organizations university universities company companies firm firms
bank banks agency agencies body bodies centre center council association foundation
academy""".split())
# a body named after the word for its kind ('the oil and gas company Eni', 'the firm Arif Habib')
_BODY_BEFORE_NAME = (r"\b(?:" + "|".join(sorted(n for n in _BODY_NOUNS if not n.endswith("s"))) +
                     r")\s+[A-Z][\w'’-]+")
_BODY_ASKED = (r"\b(?:which|what)\s+(?:[\w'’-]+\s+){0,2}?(think\s+tanks?|" + "|".join(
    sorted(_BODY_NOUNS)) + r")\b")
_BODY_NAME = (r"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[\"“]?[A-Z][\w'’-]*[\"”]?)+")
_BODY_WORDS = ("Institut", "Universit", "Organi", "Compan", "Bank", "Agency", "Centre", "Center",
               "Council", "Association", "Foundation", "Academy", "Ministry", "Commission",
               # (a firm by its legal form: 'Inter Logistics LLC', 'Arif Habib Ltd')
               "Corporation", "LLC", "LLP", "Ltd", "Limited", "Inc", "PLC", "JSC", "GmbH")


def asks_body(question: str) -> bool:
    """Whether a "which" question asks for a body ('Which Kazakh institute signed …?', 'which
    think tank …'), which no person is."""
    return re.search(_BODY_ASKED, question, re.I) is not None


# a body named in full just before an act, the day or an auxiliary between ('The Tamil Nadu
# Pollution Control Board on Thursday ordered the closure')
_BODY_DID = (r"\b(?:[A-Z][\w'’-]*\s+){1,6}(?:" + "|".join(
    sorted(w.capitalize() for w in _BODY_ENDS if w.isalpha() and len(w) > 3)) +
    r")\s+(?:on\s+[A-Z][a-z]+day\s+|(?:also|then|later|has|had|have)\s+)?")


def body_did(sentence: str, act: re.Pattern) -> bool:
    """Whether a sentence names a body in full doing the act (a pattern of the question's verb,
    in the past) a "who" question asks the doer of: a body answers it as a person does."""
    return re.search(rf"{_BODY_DID}(?:{act.pattern})\w*(?<=ed)\s+(?:the|a|an)\b",
                     sentence) is not None


def names_body(text: str, query_words: set[str]) -> bool:
    """Whether a text names a body in full ('the Institute of Parliamentarism') other than one
    the question names."""
    for m in re.finditer(_BODY_NAME, text):
        words = [w.strip("\"“”") for w in m.group().split()]
        letters = "".join(w[0] for w in words if w[:1].isupper()).lower()
        if any(w.startswith(_BODY_WORDS) for w in words) and letters not in query_words and \
                not all(w.lower() in query_words or w.lower() in FUNCTION_WORDS for w in words):
            return True  # (a name the question gives by its initials, 'PIPS', is given)
    return False


def _spellings(words: set[str]) -> set[str]:
    """The words, and each in the other of British and American spelling (other_spelling)."""
    return set(words) | {o for o in map(other_spelling, words) if o}


def _body_asked(body: re.Match, query_words: set[str]) -> bool:
    """Whether the question names a body a text gives with its acronym (a match of _BODY): by
    the acronym, by the name before it in full ('the Islamic Organization for Food Security'),
    or by words each capital of an acronym of three or more begins ('KazISS' for 'the Kazakhstan
    Institute for Strategic Studies', where the text writes its name longer)."""
    acronym = body.group(1)
    caps = [c.lower() for c in acronym if c.isupper()]
    return acronym.lower() in query_words \
        or words_of(body.group()[:body.start(1) - body.start()]) - FUNCTION_WORDS <= query_words \
        or len(caps) >= 3 and all(any(w.startswith(c) for w in query_words) for c in caps)


def bodies_near(sentence: str, query_words: set[str], reach: int = 40) -> list[str]:
    """The bodies a sentence names in full with their acronym, within `reach` characters of a
    word of the question, other than those the question names: who organised or hosted
    something is often an institution, not a person."""
    # (a word in the other of British and American spelling is the same word: 'organized by'
    # is beside 'organised')
    prefixes = tuple(w[:max(3, len(w) - 2)] for w in _spellings(query_words) if len(w) >= 3)
    out = []
    for m in re.finditer(_BODY, sentence):
        if _body_asked(m, query_words):
            continue
        # the words before and after it, and those of the name before the acronym (a run of
        # bodies: 'Embassy of Kazakhstan and Center for ... (CGSS)')
        window = sentence[max(0, m.start() - reach):m.start(1)] + " " + \
            sentence[m.end():m.end() + reach]
        if any(w.startswith(prefixes) for w in re.findall(r"[^\W_]+", window.lower())):
            out.append(m.group())
    return out


# a sentence giving someone's words: a verb of saying, or words in quotation marks
_SPEECH = (r"\b(?:said|says|say|called|calls|termed|terms|described|describes|stated|states|"
           r"noted|notes|stressed|stresses|told|announced|remarked|added|urged|warned|"
           r"proposed|suggested|promised)\b")
_QUOTED = r"“[^”]{3,}”|\"[^\"]{3,}\""
# someone's word for a thing, unquoted ('in his words', 'described it as', 'called it a', 'amounted
# to')
_CHARACTERISED = (r"\bin (?:his|her|their|its) (?:own )?words\b|\b(?:describ(?:ed|es|ing)|"
                  r"characteri[sz](?:ed|es|ing)|label(?:l?ed|s|l?ing)|brand(?:ed|s|ing)|"
                  r"term(?:ed|s|ing)|portray(?:ed|s|ing)|dub(?:bed|s|bing)|regard(?:ed|s|ing)|"
                  r"saw|sees|seeing|emphasi[sz](?:ed|es|ing)|present(?:ed|s|ing)|"
                  r"project(?:ed|s|ing)|view(?:ed|s|ing)|consider(?:ed|s|ing)|"
                  r"hail(?:ed|s|ing))\b(?: \w+){0,4}? as\b|"
                  # ('called the recent Kazakhstan–Pakistan summit a strategic reaffirmation')
                  r"\b(?:called|termed|dubbed|branded|labell?ed) (?:it|this|that|them|"
                  r"(?:the|his|her|its|their) (?:[\w'’–-]+ ){0,3}[\w'’–-]+) (?:an?|the)\b|"
                  r"\bamount(?:ed|s)? (?:in \w+ \w+ )?to an?\b")


# names in a list ('Afghanistan, Belarus, and Mongolia'); a "which" question wants three or
# more ('Heads of State and Government' is one name, not a list)
_NAME_IN_LIST = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
_LIST = rf"{_NAME_IN_LIST}(?:,\s+{_NAME_IN_LIST})+,?\s+and\s+{_NAME_IN_LIST}"
# a list of things, each a word or two in any case ('energy, transportation, agriculture, and
# technology')
_THING_IN_LIST = r"[\w'’-]+(?:\s+(?!and\b)[\w'’-]+)?"
_THINGS_LISTED = rf"{_THING_IN_LIST}(?:,\s+{_THING_IN_LIST})+,?\s+and\s+[\w'’-]+"


def asks_day(question: str) -> bool:
    """'On what date ...?', 'Which day ...?', 'date relations began': a "when" question asking
    for the day, which a month or a year does not give."""
    return re.search(r"\b(?:what|which|exact)\s+(?:date|day)s?\b|(?<!\bto )\bdate\b", question,
                     re.I) is not None


@lru_cache(maxsize=1)
def _day_mention() -> re.Pattern:
    from kzpk.dates import DAY_OF_MONTH, WEEKDAY_NAME

    month = f"(?:{_month_names()})"
    return re.compile(rf"\b{DAY_OF_MONTH}(?:\s+of)?\s+{month}\b|\b{month}\.?\s+\d{{1,2}}\b|"
                      r"\b(?:19|20)\d\d-\d\d-\d\d\b|"
                      rf"\bon {WEEKDAY_NAME}\b")


def asks_deadline(question: str) -> bool:
    """'By what date must ...?', 'By when ...?': a "when" question asking for a deadline, which
    gives_deadline tells."""
    return re.match(r"\s*by\s+(?:what|which)\s+(?:date|day)\b|\s*by\s+when\b", question,
                    re.I) is not None


def gives_deadline(sentence: str) -> bool:
    """Whether a sentence states a day as a deadline ('before the July 6 deadline', 'must leave
    by 31 October', 'until March 1'), as 'By what date must ...?' asks."""
    for m in _day_mention().finditer(sentence):
        before, after = sentence[max(0, m.start() - 40):m.start()], sentence[m.end():m.end() + 12]
        if re.search(r"\b(?:by|until|till|before|deadline|no later than)\s+(?:the\s+)?$", before,
                     re.I) or re.match(r"\s+deadline\b", after, re.I) or \
                re.search(r"\bdeadline\b[^.;]{0,30}$", before, re.I):
            return True
    return False


# a rule starting to apply: 'take effect', 'came into force', 'enters into force'
_INTO_EFFECT = (r"\b(?:takes?|took|taken|taking|comes?|came|coming|enters?|entered|entering|"
                r"goes|go|went)\s+(?:into\s+)?(?:effect|force)\b")


def asks_start(question: str) -> bool:
    """'When do the higher duties take effect?', '... come into force?': a "when" question asking
    the day a rule starts to apply, which gives_start tells."""
    return re.search(_INTO_EFFECT, question, re.I) is not None


def gives_start(sentence: str) -> bool:
    """Whether a sentence states a day as the one a rule starts to apply from ('From January 12,
    the tariff ... goes up', 'takes effect on 1 July', 'in force from March'), not the day a
    report tells of ('broke up a rally on Sunday')."""
    for m in _day_mention().finditer(sentence):
        before, after = sentence[max(0, m.start() - 40):m.start()], sentence[m.end():m.end() + 30]
        if re.search(r"\b(?:from|as of|starting|effective|beginning)\s+(?:on\s+)?(?:the\s+)?$",
                     before, re.I) or re.search(r"\b(?:effect|force)\b[^.;]{0,20}$", before, re.I) \
                or re.match(r"[^.;]{0,20}" + _INTO_EFFECT, after, re.I):
            return True
    return False


def gives_day(sentence: str) -> bool:
    """Whether a sentence states a day ('20 December 1991', 'August 14', 'on Tuesday')."""
    return _day_mention().search(sentence) is not None


# what a "when" question asking for the days a thing lasted says ('On what dates ...?', 'opening
# and closing dates'): `day` in the search is this, not True
SPAN = "span"


def asks_span(question: str) -> bool:
    """'expo opening and closing dates', 'When does the festival start and end?', '... from when
    to when', 'When was the carpet exhibition held?': a "when" question asking for the first and
    the last day of a thing, which one day does not give."""
    return re.search(r"\b(?:open(?:ing|s|ed)?|start(?:ing|s|ed)?|begin(?:ning|s)?|began)\s+and\s+"
                     r"(?:clos(?:ing|es|ed|e)|end(?:ing|s|ed)?|finish(?:ing|es|ed)?)\b|"
                     r"\b(?:what|which|exact)\s+dates\b|\bfrom\s+when\s+(?:to|till|until)\s+when\b",
                     question, re.I) is not None or _held_for_days(question)


# the things held over several days ('TEXPO', 'the carpet exhibition', 'the chess tournament'):
# when one is held, its first and last day answer
_SEVERAL_DAYS = r"\w*(?:expo|exhibition|fair|festival|tournament|championships?|games|olympiad)"
# the one day of such a thing a question may ask instead ('When was the Taif Rose Festival first
# held?', 'When did the KADEX 2016 exhibition close?')
_ONE_DAY = re.compile(r"\b(?:first|last|final|open\w*|clos\w*|begin\w*|began|start\w*|end\w*|"
                      r"ceremony|launch\w*)\b", re.I)


def _held_for_days(question: str) -> bool:
    """'When was the 40th International Handmade Carpet Exhibition held in Lahore?', 'When is
    the sports tourism festival in Almaty?': when a thing of several days is (was) on."""
    if not re.match(r"\s*when\s+(?:is|are|was|were|will)\b", question, re.I) or \
            not re.search(rf"\b{_SEVERAL_DAYS}\b", question, re.I) or _ONE_DAY.search(question):
        return False
    return re.search(r"\b(?:held|staged|run|take\s+place|took\s+place)\b", question, re.I) is not None \
        or re.match(r"\s*when\s+(?:is|was)\s+the\b", question, re.I) is not None


# what a "when" question asking the day of the week says ('On which weekday ...?'): `day` in
# the search is this, and only a weekday answers it
WEEKDAY = "weekday"


def asks_weekday(question: str) -> bool:
    """'On which weekday ...?', 'what day of the week ...': a "when" question asking for the
    day of the week."""
    return re.search(r"\bweekdays?\b|\bday of the week\b", question, re.I) is not None


def gives_weekday(sentence: str) -> bool:
    """Whether a sentence names a day of the week ('on Thursday')."""
    from kzpk.dates import WEEKDAY_NAME

    return re.search(rf"\b{WEEKDAY_NAME}\b", sentence) is not None


def gives_span(sentence: str) -> bool:
    """Whether a sentence states a span of days ('from June 10 to Sept. 10', '29 and 30
    November', '5-6 July', '10 June – 10 September', 'from May 26 to 28')."""
    day = _day_mention().pattern
    month = _month_names()
    return re.search(rf"(?:{day})(?:,?\s+(?:19|20)\d\d)?\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b|"
                     rf"\bthrough\b|\band\b)\s*(?:{day})|\b\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|and|to)\s*"
                     rf"\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:{month})\b|"
                     # ('from May 26 to 28', 'May 23-24')
                     rf"\b(?:{month})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|\bto\b|\buntil\b|"
                     rf"\bthrough\b)\s*\d{{1,2}}(?:st|nd|rd|th)?\b(?![\d,.]\d)", sentence) is not None


@lru_cache(maxsize=1)
def _month_names() -> str:
    """The months' names and their short forms as a text writes them, capitalised ('May', not
    the verb 'may'), longest first: a pattern's alternation."""
    from kzpk.dates import MONTH_WORDS

    return "|".join(w.title() for w in sorted(MONTH_WORDS, key=longest_first))


def _month_said(sentence: str, bare: bool = False) -> bool:
    """Whether a sentence names a month as when something happened ('in March', 'by early
    May'), with no day or year beside it; `bare`: whether it names a month at all."""
    months = _month_names()
    return re.search(rf"\b(?:{months})\b" if bare else
                     rf"\b(?:in|by|since|until|from|during|early|late|mid|last|next|this)"
                     rf"[\s-]+(?:(?:early|late|mid)[\s-]+)?(?:{months})\b", sentence) is not None


def answers(ask: str | None, sentence: str, query_words: set[str],
            roles: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence holds the kind of answer asked for (always true for no kind)."""
    if ask is None:
        return True
    if ask in (WHEN, PUBLISHED):  # a text's date stands in its dateline
        from kzpk.dates import mentions_date

        if "month" in query_words and ask == WHEN:
            # 'In which month ...?': 'blown up in March' says it, a weekday does not, nor the
            # dateline that dates the report ('VASK, Dec 30 - ... destroyed earlier this year')
            from kzpk.dates import dateline_end

            told = sentence[dateline_end(sentence):]
            return _month_said(told) or _month_said(told, bare=True) and mentions_date(told)
        return mentions_date(sentence)
    if ask == HOW_MUCH:
        measured = sorted(query_words & _MEASURE_UNITS.keys())
        if measured:
            # 'How heavy was the probe?' (its weight) wants a figure in a unit of weight ('the
            # 1,380 kg spacecraft'), not any amount ('a polar orbit 100 km above the surface')
            # (or in words: 'a torc weighing about one kilogram')
            return re.search(rf"(?:\d|\b(?:{_NUMBER_WORDS}|half\s+an?))\s*(?:-\s*)?"
                             rf"(?:{_MEASURE_UNITS[measured[0]]})\b", sentence, re.I) is not None
        if query_words & _PERCENT_ASKED:
            # 'What share of X …?' wants a part of a whole: a percentage or a fraction ('15 per
            # cent', 'one-third of the constitution'), not any amount ('30,000 tons'), nor a
            # part of another whole ('77 percent of the vote' for a share of the constitution)
            return any(not _part_of_other(sentence, m.end(), query_words) and
                       not _figure_said(m, sentence, query_words) for m in re.finditer(
                f"{_PERCENT}|{_FRACTION}", sentence, re.I))
        if query_words & _MONEY_ASKED and not query_words & _CHANGE_ASKED:
            # 'How much will the complex cost?' wants money ('2.7 billion tenge'), not the
            # 60,000 tons it will process (but 'By how much did prices rise?' a change, which a
            # percentage gives: 'up 35.9%'); so does a query naming the currency asked in
            # ('kazakhstan nail care imports value dollars': 'to $4.5 million', not the
            # tonnage)
            return any(not _figure_said(m, sentence, query_words)
                       for m in _rx("money").finditer(sentence))
        metered = sorted(query_words & _METERED.keys())
        if metered:
            # 'How much electricity did Russia use ...?' wants a figure in its unit ('146,000
            # megawatts', '1.2 billion kilowatt-hours'), not the day's 'minus 30 degrees Celsius';
            # and keywords naming the unit ('... procurement tonnes') a figure in it ('6.2
            # million tonnes of wheat'), not a price
            return re.search(rf"\d\s*(?:(?:thousand|million|billion|mn|bn|m)\s+)?(?:metric\s+)?"
                             rf"(?:{_METERED[metered[0]]})\b", sentence, re.I) is not None
        # 'What part of X ...?' is answered by a fraction too
        return any(not _figure_said(m, sentence, query_words)
                   for m in _rx("amount").finditer(sentence)) or _worded_amount(sentence) or \
            bool(query_words & _SHARE_ASKED and re.search(_FRACTION, sentence, re.I))
    if ask == HOW_LONG:
        # (not a span that dates another thing: 'less than two weeks before Pakistan hosts
        # ...', 'three days later', 'three hours after lift-off'; a span said as one, 'for 15
        # years after building it', is one)
        return any(not re.match(r"\s+(?:before|ago|earlier|later)\b", sentence[m.end():]) and not (
            re.match(r"\s+after\b", sentence[m.end():]) and
            not re.search(r"\bfor\s+(?:about\s+|some\s+|nearly\s+|another\s+)?$",
                          sentence[max(0, m.start() - 20):m.start()], re.I))
                   for m in _rx("duration").finditer(sentence))
    if ask == HOW_MANY:
        # (not a number the question itself states: 'Phase 1' for 'How many units will Phase
        # 1 provide?')
        told = _strip_dates(sentence)
        return any(not _figure_said(m, told, query_words) for m in _rx("count").finditer(told))
    if ask == WHO:
        return bool(named_near(sentence, query_words, roles=roles)) or \
            (not roles and bool(bodies_near(sentence, query_words))) or \
            (bool(roles) and (_done_by_title(sentence, roles) or
                              _holders_by_country(sentence, roles, query_words) or
                              _run_by_name(sentence, roles)))
    if ask == SAID:
        return bool(re.search(_SPEECH, sentence) or re.search(_QUOTED, sentence))
    if ask == CALLED:  # a name given is quoted: 'termed the visit a “new chapter”', or said to
        # be someone's word for a thing ('amounted in his words to a coup d'etat', 'described
        # the unrest as an attempted coup')
        return bool(re.search(_QUOTED, sentence) or re.search(_CHARACTERISED, sentence, re.I)) \
            or _described(sentence, query_words)
    if ask == WHY:
        return bool(_rx("reason").search(sentence))
    if ask == MEANS:
        return bool(_rx("means").search(sentence))
    if ask == ADOPTED:  # 'the Almaty Act and the Declaration on ... were signed'
        return bool(_rx("document").search(sentence))
    if ask == THEME:  # 'The theme chosen is ...', 'titled ...', or a title in quotation marks
        return bool(_rx("theme").search(sentence)) or _quotes_title(sentence)
    if ask == WHICH:  # ('which two ...' wants two names)
        least = 2 if query_words & {"two", "2"} else 3
        if any(sum(1 for n in re.findall(_NAME_IN_LIST, m.group()) if n.lower() not in
                   query_words) >= least for m in re.finditer(_LIST, sentence)):
            return True
        # (so many things asked, three or more: a list of that many, named in small letters
        # too, 'in energy, transportation, agriculture, and technology' for 'In which four
        # sectors ...?')
        asked = next((n for w, n in NUMBER_WORDS.items()
                      if 3 <= n <= 6 and query_words & {w, str(n)}), None)
        return asked is not None and any(
            len(re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group())) == asked and not
            words_of(m.group()) - {"and"} <= query_words
            for m in re.finditer(_THINGS_LISTED, sentence))
    if ask == WHERE:
        if query_words & DATELINE_ASKED:
            # 'Where was the report datelined?', 'From which city was it filed?': the place its
            # dateline gives ('Islamabad, 2 November 2022 (TDI): ...')
            from kzpk.dates import dateline_end

            return dateline_end(sentence) > 0
        return any(_new_place(sentence, m, query_words) for m in _rx("place").finditer(sentence)) \
            or _venue_named(sentence, query_words) or bool(re.search(_BEARING, sentence, re.I))
    if ask == RANKED:
        return bool(_rx("rank").search(sentence))
    if ask == WEBSITE:
        return bool(_rx("domain").search(sentence))
    if ask == CLOCK:
        return bool(_rx("clock").search(sentence))
    if ask == HOW_FAR:
        return bool(_rx("distance").search(sentence))
    return True


# where a place lies from another, which says where it is even of a place the question names
# ('Tabas, some 540 km south-east of Tehran, ...', '17 kilometres east of Dushanbe')
_BEARING = (r"\b\d[\d,.]*\s*(?:km|kilomet(?:er|re)s?|miles?)\s+(?:to\s+the\s+)?"
            r"(?:north|south)?-?(?:east|west|north|south)(?:ern)?\s+of\s+[A-Z]")


def _figure_said(m: re.Match, sentence: str, query_words: set[str]) -> bool:
    """Whether a figure a sentence gives is one the question itself states ('after holding it
    at 22 percent': '22 percent' is no answer to what it was cut to). A match holding no digit
    ('percent' of '22 percent') is the figure just before it."""
    number = re.search(r"\d[\d,.]*", m.group()) or re.search(
        r"\d[\d,.]*(?=\s*$)", sentence[max(0, m.start() - 12):m.start()])
    if number is None:
        return False
    figure = number.group().rstrip(".,")
    return figure in query_words or figure.replace(",", "") in query_words


def _part_of_other(sentence: str, end: int, query_words: set[str]) -> bool:
    """Whether a percentage or fraction ending at `end` is said to be of a whole the question
    does not name ('... of the vote' for 'What share of the constitution ...?')."""
    m = re.match(r"\s+of\s+(?:the\s+|a\s+|its\s+|their\s+)?([A-Za-z][\w'’-]*)", sentence[end:])
    if not m:
        return False
    whole = m.group(1).lower()
    if whole in FUNCTION_WORDS:
        return False  # ('15 per cent of it', 'one per cent of what Kazakhstan buys')
    said = {w for w in query_words if w[:1].isalpha()}
    said |= said_otherwise(said)
    return not any(whole.startswith(w[:max(4, len(w) - 2)]) or w.startswith(whole)
                   for w in said if len(w) > 2)


def _holders_by_country(sentence: str, roles: frozenset[str], query_words: set[str]) -> bool:
    """For several holders of a post asked for ('Which presidents did he meet ...?'), whether a
    sentence names them by the states or bodies they hold it in, which the question does not
    name ('bilateral meetings with the presidents of Azerbaijan, Belarus, Kazakhstan ...')."""
    plural = [w for w in roles if w.endswith("s") and not w.endswith("ss") and len(w) > 3]
    if not plural:
        return False
    return any(m.group(1).lower() not in query_words for m in re.finditer(
        rf"\b(?:{'|'.join(map(re.escape, sorted(plural)))})\s+of\s+(?:the\s+)?([A-Z][\w'’-]+)",
        sentence, re.I) if m.group(1)[:1].isupper())


def _run_by_name(sentence: str, roles: frozenset[str]) -> bool:
    """For a role asked by its title ('Who is the new chief of the Spinzar factory?'), whether a
    sentence says the thing is run by someone it names, with a verb that role's holder does
    ('The factory is now run by Hashmatullah Rahimi', 'headed by', 'led by')."""
    verbs = [form for forms, titles in _ROLE_VERBS if set(titles) & roles for form in forms
             if form.endswith(("ed", "run"))]  # (the participles: 'headed', 'led', 'run')
    return bool(verbs) and re.search(rf"\b(?:{'|'.join(sorted(verbs))})\s+by\s+"
                                     r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’.-]+\s+[A-Z]",
                                     sentence) is not None


def _done_by_title(sentence: str, roles: frozenset[str]) -> bool:
    """For a role asked with a verb ('Who will lead the conference?'; `roles`, role_words: the
    verb's forms among them), whether a sentence says the thing is done by a holder of a post,
    named by the post alone ('the conference would be led by the deputy prime minister')."""
    forms = [w for w in roles if w in _ROLE_VERB_FORMS]
    if not forms or " by " not in sentence:
        return False
    return re.search(rf"\b(?:{'|'.join(sorted(forms))})\s+by\s+(?:the|its|their|his|her|a|an)\s+"
                     rf"(?:[a-z-]+\s+){{0,3}}(?:{'|'.join(sorted(TITLE_HEADS))})\b", sentence,
                     re.I) is not None


# the last word of a named place within a town ('the Al Hamra Hall', "Governor's House")
_VENUE_ENDS = frozenset("""hall halls house hotel centre center palace secretariat auditorium
complex stadium museum office club square park building tower library theatre theater mosque
airport campus embassy consulate chancery residence ground gardens arena fair festival""".split())


def _venue_named(sentence: str, query_words: set[str]) -> bool:
    """Whether a sentence names a venue by its own name, whatever word leads to it ('walked
    onto the stage of DAR Constitution Hall'): a run of capitalised words ending in a venue's
    word, one of them at least a word the question does not say."""
    # (the venue's word ends the name: 'the International Centre of Excellence for Sirah
    # Studies' is a body)
    for m in re.finditer(r"(?:[A-Z][\w'’-]*\s+){1,4}([A-Z][a-z]+)\b(?!\s+(?:of|for)\b)",
                         sentence):
        if m.group(1).lower() in _VENUE_ENDS and \
                any(w.lower() not in query_words for w in m.group().split()[:-1]):
            return True
    return False


def _new_place(sentence: str, m: re.Match, query_words: set[str]) -> bool:
    """Whether a place the "where" pattern found (`m`, its word in group 1) is one the question
    does not name. A month or a weekday ('in October 2021', 'on Tuesday') is no place; a venue
    whose name opens on a word the question says ("at Governor's House" for a question about
    the governor, 'in the Al Hamra Hall' for one about Al Hamra) is one, as its last word
    says."""
    from kzpk.dates import WEEKDAYS, month_number

    word = m.group(1)
    low = word.lower()
    if low in WEEKDAYS or month_number(word):
        return False
    if low not in query_words:
        return True
    run = re.match(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", sentence[m.start(1):])
    words = run.group().split() if run else []
    if len(words) > 1 and re.fullmatch(r"[\w-]+['’]s", words[0]) and \
            words[1].lower() not in query_words:
        return True  # a place within the one named: "in Kabul's Chaman-e-Hozoori area"
    return bool(words) and words[-1].lower() in _VENUE_ENDS and len(words) > 1


def _worded_amount(sentence: str) -> bool:
    """Whether a sentence gives a figure in words ('six per cent', 'two hundred million')."""
    low = sentence.lower()
    if "illion" not in low and "per" not in low:
        return False
    return any(re.fullmatch(_NUMBER_WORDS, m.group(1).lower())
               for m in re.finditer(_WORDED_AMOUNT, sentence))


def _strip_dates(sentence: str) -> str:
    from kzpk.dates import strip_dates

    return strip_dates(sentence)


# ------------------------------------------------------------------ ordinals

# an ordinal up to the fiftieth in words (text.ORDINAL_WORDS: 'second', 'twenty-first',
# 'thirtieth') or digits ('30th')
_ORDINAL_TENS = (20, 30, 40, 50)
# (and a milestone's: 'the ten millionth resident', 'its 20-millionth citizen', 'the
# thousandth flight')
_MILESTONE = (rf"(?:(?:\d{{1,3}}|{'|'.join(w for w, n in NUMBER_WORDS.items() if 0 < n < 100)})"
              r"[- ])?(?:hundred|thousand|million|billion)th")
_ORDINAL = (rf"(?:{_MILESTONE}|(?:(?:{'|'.join(w for w, n in NUMBER_WORDS.items() if n in _ORDINAL_TENS)})[- ])?"
            rf"(?:{'|'.join(ordinal_words(1, 19))})"
            rf"|{'|'.join(w for w, n in ORDINAL_WORDS.items() if n in _ORDINAL_TENS)}|"
            r"\d+(?:st|nd|rd|th))")


_NUMERAL = r"(?:[IVX]{1,4}|\d{1,2})"
_NOT_NUMBERED = (r"(?:did|does|can|could|should|would|will|shall|may|might|must|have|has|had|was|"
                 r"were|are|and|but|that|which|what|when|where|how|than|then|now)")
# the words _ORDINAL spells out; a question holding none, nor a digit with an ordinal's
# suffix ('30th'), names no ordinal
_ORDINAL_WORDS = frozenset([*(w for w, n in NUMBER_WORDS.items() if n in _ORDINAL_TENS),
                            *ordinal_words(1, 19),
                            *(w for w, n in ORDINAL_WORDS.items() if n in _ORDINAL_TENS)])


# a number word after a noun ('session one'): 'one' to 'twelve'
_CARDINAL_WORDS = tuple(number_words(1, 12))
_CARDINAL = rf"(?:{'|'.join(_CARDINAL_WORDS)})"
_ROMAN = {"I": 1, "V": 5, "X": 10}
# the parts of a meeting a programme numbers alike: a conference's 'second panel' is its
# 'Working Session II'
_SAME_PARTS = ("session", "panel", "sitting")
# words a number word follows that are no numbered thing ('which one', 'no one', 'day one of')
_NOT_COUNTED = frozenset("which each every any only no some this that the anyone someone".split())


def _number_value(word: str) -> int | None:
    """The number an ordinal ('second', '2nd', 'twenty-first'), a Roman numeral ('II'), a digit
    or a number word ('two') stands for."""
    if word.isdigit():
        return int(word)
    if re.fullmatch(r"[IVX]+", word):
        values = [_ROMAN[c] for c in word]
        return sum(-v if i + 1 < len(values) and v < values[i + 1] else v
                   for i, v in enumerate(values))
    low = word.lower()
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", low):
        return int(low[:-2])
    milestone = re.fullmatch(r"(?:(\w+)[- ])?(hundred|thousand|million|billion)th", low)
    if milestone:
        times = 1 if milestone.group(1) is None else (
            int(milestone.group(1)) if milestone.group(1).isdigit() else
            number_word(milestone.group(1)))
        return times * {"hundred": 100, "thousand": 1000, "million": 10 ** 6,
                        "billion": 10 ** 9}[milestone.group(2)] if times else None
    if low in _CARDINAL_WORDS:
        return number_word(low)
    parts = re.split(r"[- ]", low)
    total = 0
    for part in parts:
        # (the words of _ORDINAL: a ten, cardinal or ordinal, and the ordinals below the tens)
        n = number_word(part)
        if n not in _ORDINAL_TENS:
            n = ordinal_word(part)
            if n is None or not (n < 20 or n in _ORDINAL_TENS):
                return None
        total += n
    return total or None


def ordinal_clash(question: str):
    """For a question naming an ordinal or numbered thing ('the sixth session', 'the 30th
    anniversary', 'Working Session I', 'session one'), a test telling whether a text speaks of
    another one ('the seventh session', 'Working Session II') and not of the one asked about;
    None when the question names none. The number counts in any of its forms, an ordinal
    before the noun ('the second working session', one word between them at most), a Roman
    numeral, a digit or a number word after it ('Session II', 'Session 2', 'session two'), and
    a part of a meeting by any of its names ('panel', 'session')."""
    # each pattern compiled only for a question that can match it: an ordinal word or a digit
    # with its suffix ('30th'), a number of one or two digits or a Roman one ('Session II'),
    # and a number word after a noun ('session one')
    asked = words_of(question)
    if asked.intersection(_SAME_PARTS):
        # a keyword query's Roman numeral in small letters after a part of a meeting ('working
        # session i moderator') is one
        question = re.sub(r"\b((?:session|panel|sitting)\s*-?\s*)(i{1,3}|iv|vi{0,3}|ix|x)\b",
                          lambda n: n.group(1) + n.group(2).upper(), question)
    # (the part of a meeting after a word describing it: 'the first working session')
    m = re.search(rf"\b({_ORDINAL})\s+(?:[^\W\d_]+\s+(?=(?:{'|'.join(_SAME_PARTS)})s?\b))?"
                  rf"([^\W\d_]{{3,}})", question, re.I) \
        if asked & _ORDINAL_WORDS or re.search(r"\d(?:st|nd|rd|th)|(?:hundred|thousand|million|"
                                               r"billion)th\b", question, re.I) \
        else None
    if m:
        number, noun = m.group(1), m.group(2)
    else:
        # ('working session I': a Roman number after a word of small letters too, not the
        # pronoun after a verb, 'did I')
        m = re.search(rf"\b([A-Z][a-z]{{2,}}|(?!{_NOT_NUMBERED}\b)[a-z]{{3,}}(?=\s*-?\s*[IVX]))"
                      rf"\s*-?\s*({_NUMERAL})"
                      rf"(?![\w.,]*\w)", question) \
            if re.search(r"(?<!\d)\d{1,2}(?!\d)", question) or any(c in "IVX" for c in question) \
            else None
        if not m and asked.intersection(_CARDINAL_WORDS):
            # ('working session one moderator'; not 'one of the ...', 'which one', a verb's
            # object, 'signed two agreements')
            m = next((c for c in re.finditer(rf"\b([a-z]{{3,}})\s+({_CARDINAL})\b(?!\s+of\b)",
                                             question, re.I)
                      if c.group(1).lower() not in _NOT_COUNTED
                      and c.group(1).lower() not in FUNCTION_WORDS
                      and not re.fullmatch(_NOT_NUMBERED, c.group(1).lower())
                      and "noun" in parts_of_speech(c.group(1))), None)
        if not m:
            return None
        noun, number = m.group(1), m.group(2)
    value = _number_value(number)
    if value is None:
        return None
    stems = [noun[:max(4, len(noun) - 3)]]
    if any(noun.lower().startswith(part) for part in _SAME_PARTS):
        stems = [part[:max(4, len(part) - 3)] for part in _SAME_PARTS]
    nouns = "|".join(re.escape(s) for s in stems)
    if re.fullmatch(_MILESTONE, number, re.I):
        # a milestone is one whatever it counts: 'the ten millionth baby' is no 'nine millionth
        # resident'
        mention = re.compile(rf"\b({_MILESTONE})()\b", re.I)
    else:
        mention = re.compile(rf"\b({_ORDINAL})\s+(?:[a-z][\w-]*\s+)?(?:{nouns})"
                             rf"|\b(?:{nouns})[a-z]*\s*-?\s*((?-i:[IVX]{{1,4}})|\d{{1,2}}|"
                             rf"{_CARDINAL})(?![\w-])", re.I)

    def mentions(text: str):
        # (not the pronoun 'one' after a thing's word and what leads to it: 'not a green one',
        # 'the first one', which number nothing)
        return (found for found in mention.finditer(text)
                if not (found.group(2) and found.group(2).lower() == "one" and re.search(
                    r"\b(?:an?|the|this|that|another|each|every|any|no|only)\s+(?:[\w-]+\s+)?$",
                    text[max(0, found.start() - 30):found.start()], re.I)))

    asked_as = {re.sub(r"[\s-]+", " ", found.group(0).lower()) for found in mentions(question)}

    def numbers(text: str) -> set[bool]:  # True for a mention of the one asked, False another
        return {_number_value(found.group(1) or found.group(2)) == value
                for found in mentions(text)}

    def clash(text: str) -> bool:
        return numbers(text) == {False}
    def own(text: str) -> bool:
        # (and whether a text names the one asked only in forms other than the question's,
        # which the question's words do not find: 'Working Session II' for 'the second panel')
        forms = {re.sub(r"[\s-]+", " ", found.group(0).lower()) for found in mentions(text)
                 if _number_value(found.group(1) or found.group(2)) == value}
        return bool(forms) and not forms & asked_as
    clash.own = own
    return clash


# a thing's number after its label ('No. 303'); compiled by `re` on first use
_LABEL_NUMBER = r"\b(?:No\.?|Number|Nr\.?)\s*(\d{1,6})\b(?![.,]\d)"


def label_clash(question: str):
    """For a question naming a thing by its number ('well No. 303', 'Anti-Terrorism Court No.
    7'), a test telling whether a text speaks only of others so numbered ('well No. 403') and
    not of the one asked about; None when the question names none."""
    asked = {m.group(1).lstrip("0") for m in re.finditer(_LABEL_NUMBER, question)}
    # and by a designation of letters and a number ('Progress MS-33'): a text naming only
    # others of the series ('Progress MS-10', 'Soyuz MS-11') speaks of them
    models = {}
    for m in re.finditer(_DESIGNATION, question):
        models.setdefault(m.group(1).lower(), set()).add(m.group(2).lstrip("0"))
    if not asked and not models:
        return None
    series = re.compile(r"\b(" + "|".join(map(re.escape, sorted(models))) + r")-(\d{1,4})\b",
                        re.I) if models else None

    def clash(text: str) -> bool:
        said = {m.group(1).lstrip("0") for m in re.finditer(_LABEL_NUMBER, text)}
        if said and not said & asked:
            return True
        if series is None:
            return False
        named: dict[str, set[str]] = {}
        for m in series.finditer(text):
            named.setdefault(m.group(1).lower(), set()).add(m.group(2).lstrip("0"))
        return any(prefix in named and not named[prefix] & numbers
                   for prefix, numbers in models.items())
    return clash


# a designation, letters and a number joined by a hyphen: 'MS-33', 'Su-30', 'JF-17'
_DESIGNATION = r"\b([A-Z][A-Za-z]{0,5})-(\d{1,4})\b(?!-)"


# the opening and the closing of a meeting, each as reports word it
_OPENING_WORDS = ("inaugural", "opening", "inauguration")
_CLOSING_WORDS = ("closing", "concluding", "valedictory", "final")


def frame_clash(question: str):
    """For a question naming a thing by three capitalised words or more ('the International
    Mathematical Olympiad'), a test telling whether a text speaks only of another thing named
    alike but for the words between the first and the last ('the International Biology
    Olympiad'), as ordinal_clash does for 'the seventh session'; None when the question names
    no such thing."""
    runs = [m.group().split() for m in re.finditer(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){2,}",
                                                   question)]
    runs = [r[1:] if r[0].lower() in _QUESTION_WORDS else r for r in runs]
    runs = [r for r in runs if len(r) >= 3]
    if not runs:
        return None  # (and no pattern is compiled)
    tests = []
    for run in runs:
        own = re.compile(r"\s+".join(map(re.escape, run)))
        other = re.compile(rf"\b{re.escape(run[0])}\s+(?:[A-Z][a-z]+\s+){{1,3}}"
                           rf"{re.escape(run[-1])}\b")
        tests.append((own, other))
    return lambda text: any(other.search(text) and not own.search(text)
                            for own, other in tests)


def anniversary_clash(question: str):
    """For a question asking when something happened and naming no anniversary, a test telling
    whether a text speaks of an anniversary of it ('Roundtable on the 30th Anniversary of the
    Establishment of Diplomatic Relations', held in 2022), which dates the marking, not the
    thing (an anniversary of another thing, 'on 29 October 2022, the 99th anniversary of the
    founding of the Turkish Republic', dates what the text tells); None when the question names
    an anniversary or asks no date."""
    if not re.match(r"\s*(?:when|(?:in|on|by)\s+what\s+(?:year|date|day|month)|what\s+"
                    r"(?:year|date|day)|date\b)", question, re.I) or \
            re.search(r"\b(?:anniversar|jubilee|centenar|years?\s+since)", question, re.I):
        return None
    asked = tuple(sorted({w[:max(4, len(w) - 2)] for w in words_of(question)
                          if len(w) > 3 and w not in FUNCTION_WORDS and w not in _QUESTION_WORDS}))
    if not asked:
        return None

    def clash(text: str) -> bool:
        return any(any(w.startswith(asked) for w in words_of(m.group(1)))
                   for m in re.finditer(r"\banniversary\s+of\s+((?:[\w'’-]+\s+){0,5}[\w'’-]+)",
                                        text, re.I))
    return clash


def occasion_clash(question: str):
    """For a question naming the opening or the closing part of a meeting ('the closing
    session', 'the inaugural ceremony'), a test telling whether a text speaks only of the other
    one ('Chief Guest of the inaugural session' for 'the closing session'), as ordinal_clash
    does for 'the seventh session'; None when the question names neither."""
    low = question.lower()
    if not any(w in low for w in _OPENING_WORDS + _CLOSING_WORDS):
        return None  # (and no pattern is compiled)
    m = re.search(rf"\b({'|'.join(_OPENING_WORDS + _CLOSING_WORDS)})\s+([a-z]{{3,}})", low)
    if not m or m.group(2) in FUNCTION_WORDS:  # ('opening and closing dates')
        return None
    own_side, other_side = (_OPENING_WORDS, _CLOSING_WORDS) if m.group(1) in _OPENING_WORDS \
        else (_CLOSING_WORDS, _OPENING_WORDS)
    noun = re.escape(m.group(2)[:max(4, len(m.group(2)) - 2)])
    own = re.compile(rf"\b(?:{'|'.join(own_side)})\s+{noun}", re.I)
    other = re.compile(rf"\b(?:{'|'.join(other_side)})\s+{noun}", re.I)
    return lambda text: bool(other.search(text)) and not own.search(text)


# ------------------------------------------------------------------ possessives

# (the thing may be written with a capital: 'Kazakhstan's Ambassador to Pakistan')
_POSSESSIVE = r"\b([A-Z][\w-]+)['’]s\s+((?:[A-Z][\w-]*\s+){0,2})([A-Za-z][a-z-]{3,})\b"
_OWNER_BEFORE_POST = r"\bthe\s+([A-Z][\w-]+)\s+([a-z][a-z-]{3,})\b"
_OWNED_BY = (r"\b([A-Za-z][a-z-]{3,})\s+of\s+(?:the\s+)?(?:(?:Islamic\s+)?Republic\s+of\s+)?"
             r"([A-Z][\w-]+)")


def people_named(question: str) -> re.Pattern | None:
    """The people a question names the thing it asks for by ('Which Qatari company ...?'), as a
    pattern for their adjective or their country ('Qatari', "Qatar's"); None when it names
    none there ('Who is the boss of the ... operator buying into the Kazakh zones?')."""
    asked = {a.lower() for a in re.findall(r"\b(?:[Ww]hich|[Ww]hat)\s+([A-Z][a-z]+)\s+[a-z]",
                                           question)} & _PEOPLES
    if not asked:
        return None
    names = asked | {country for country, (peoples, _, _) in _COUNTRIES.items()
                     if asked & set(peoples)}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, names))) + r")", re.I)


def people_clash(question: str):
    """For a question naming whose thing it asks about by a people's adjective ('the Kazakh
    delegation'), a test telling whether a text speaks only of another people's ('The Uzbek
    parliamentary delegation was led by ...') and not of the one asked about, as
    possessive_clash does for 'Pakistan's candidacy'; None when the question names none."""
    asked = [(a.lower(), n[:max(4, len(n) - 2)]) for a, n in
             re.findall(r"\b([A-Z][a-z]+)\s+([a-z]{4,})\b", question) if a.lower() in _PEOPLES]
    if not asked:
        return None
    said = re.compile(r"\b([A-Z][a-z]+)\s+(?:[a-z]+\s+){0,2}?((?i:" +
                      "|".join(sorted({re.escape(n) for _, n in asked})) + r"))")

    def clash(text: str) -> bool:
        other = False
        for m in said.finditer(text):
            people = m.group(1).lower()
            if people not in _PEOPLES and not any(people.startswith(a) for a, _ in asked):
                continue
            if any(people.startswith(a) for a, n in asked if m.group(2).lower() == n):
                return False
            other = True
        return other
    return clash


def name_clash(question: str):
    """For a question naming someone or something by two capitalised words that are names, no
    English ('the Shah Cheragh shrine', 'Shehbaz Sharif'), a test telling whether a text speaks
    only of another of that name's kind: it lacks one of the two words in any romanisation
    (translit_key: 'Hussein' is 'Hussain') and writes the other with another name the question
    does not hold ('the Shah Noorani shrine', 'Nawaz Sharif'; not 'President Tokayev'), as
    people_clash does for 'the Uzbek delegation'. None when the question names no such pair."""
    pairs = [(a, b) for a, b in re.findall(r"\b([A-Z][a-z]{2,})\s+(?=([A-Z][a-z]{2,})\b)",
                                           question)
             if not is_english(a.lower()) and not is_english(b.lower())]
    if not pairs:
        return None

    def key(word: str) -> str:
        # (the first consonants of its romanisation: 'Hussein' and 'Hussain' are one name)
        return consonants(translit_key(word))[:3]

    held = {key(w) for w in re.findall(r"[^\W\d_]+", question)}

    def other_beside(text: str, word: str, before: bool) -> bool:
        # another name written just before (or after) `word`
        rx = rf"\b([A-Z][a-z]{{2,}})\s+{re.escape(word)}\b" if before else \
            rf"\b{re.escape(word)}\s+([A-Z][a-z]{{2,}})\b"
        return any(key(m) not in held and not is_english(m.lower())
                   for m in re.findall(rx, text))

    def clash(text: str) -> bool:
        said = None  # the text's words by key, worked out only for a text naming another
        for a, b in pairs:
            for held_word, other, before in ((a, b, False), (b, a, True)):
                if other_beside(text, held_word, before):
                    if said is None:
                        said = {key(w) for w in re.findall(r"[^\W\d_]+", text)}
                    if key(other) not in said:
                        return True
        return False
    return clash


def priced(text: str, query_words: set[str]) -> bool:
    """Whether a text gives a thing the question names its price by a sum written before it,
    as what it cost: 'inaugurated a $39 million solar power plant' for 'How much did the solar
    plant cost?'."""
    # (the sum, in any currency a text writes before its figure, and up to four words after it)
    return any(words_of(m.group(1)) & query_words for m in re.finditer(
        rf"(?:[$€£¥₸]\s?\d|{_CURRENCY_FIRST})[\d,.]*(?:\s?(?:million|billion|bn|crore|lakh|m)\b)?"
        r"[- ]+((?:[\w-]+ ){0,3}[\w-]+)", text, re.I)) or any(
        # (or after it, as what it is worth: 'four new pharmaceutical plants worth a combined
        # 173 billion tenge', 'a complex costing $40 million')
        words_of(m.group(1)) & query_words for m in re.finditer(
            r"((?:[\w-]+ ){0,3}[\w-]+),?\s+(?:worth|costing|valued\s+at|at\s+a\s+cost\s+of)\s+"
            r"(?:(?:a\s+combined|a\s+total\s+of|about|some|around|nearly|roughly|more\s+than|"
            r"over|up\s+to|an\s+estimated)\s+)?(?:US)?[$€£¥₸]?\s?\d", text, re.I))


def per_unit(question: str) -> re.Pattern | None:
    """For a figure asked for each of something ('amount each family', 'How much per tonne
    ...?'), how a text gives it for each ('Rs25,000 per family', 'a tonne'); None when the
    question asks for none."""
    # (a name before the thing counted is whose it is: 'each Aramex share' is per share)
    unit = re.search(r"\b(?:each|per|every)\s+(?:(?:[A-Z][\w'’-]*\s+){1,3}(?=[a-z]{3,}\b))?"
                     r"([a-z]{3,})\b", question) or \
        re.search(r"\b(?:each|per|every)\s+([a-z]{3,})\b", question, re.I)
    each = unit.group(1).lower() if unit else ""
    if not each or each in FUNCTION_WORDS:
        return None
    # (a person counted by a word describing them, 'each registered Afghan refugee', is paid
    # for 'per person' or 'per head' as much as 'per refugee')
    after = re.findall(r"[A-Za-z]+", question[unit.end(1):])[:3]
    people = [w.lower() for w in [each, *after] if singular(w.lower()) in PERSON_KINDS or
              singular(w.lower()) in _PEOPLE_AS]
    # (and the unit as a text may shorten it: 'per kilogram' is 'per kg')
    short = sorted(said_otherwise({each, singular(each)}) - {each, singular(each)})
    each = each[:-1] if len(each) > 4 else each  # ('family' and 'families')
    units = [re.escape(each)] + [re.escape(w[:-1] if len(w) > 4 else w) for w in people] + \
        [re.escape(w) + r"\b" for w in short]
    anyone = r"|\b(?:per|each)\s+(?:person|head|capita|individual)\b" if people else ""
    return re.compile(rf"\b(?:per|a|an|each|every)\s+(?:{'|'.join(dict.fromkeys(units))}){anyone}",
                      re.I)


def kind_clash(question: str):
    """For a question naming a thing by its name and then its kind in small letters ('the Lal
    Shahbaz Qalandar shrine', 'the Sheikh Zayed mosque'), a test telling whether a text speaks
    only of another of that kind, named otherwise ('the bombing of the Shah Noorani shrine in
    Khuzdar ..., when 52 people were killed'): it names one by words none of which the
    question's name holds, and holds no word of the question's name. None when the question
    names no such thing."""
    # (the name: capitalised words after the question's first, one of them no English word,
    # 'Foreign Minister' being a title; keywords in small letters throughout name it by words of
    # no English: 'jinnah hospital kabul cost')
    keywords = question == question.lower()
    named = kind = None
    words = re.findall(r"[\w-]+", question)
    for i in range(1, len(words)):
        kind = words[i]
        if not (len(kind) >= 4 and kind.islower() and kind not in FUNCTION_WORDS | FRAMING
                and is_english(kind)):
            continue
        run = i  # the name before it: capitalised words (or, in keywords, words of no English)
        while run > (0 if keywords else 1) and i - run < 4 and (
                not is_english(words[run - 1]) if keywords else words[run - 1][:1].isupper()):
            run -= 1
        named = words[run:i]
        if named and any(not is_english(w.lower()) for w in named):
            break
        named = None
    if not named:
        return None
    own = [w for w in named if not is_english(w.lower())]
    named = [w.capitalize() for w in named]
    # (the kind a text may write with a capital as part of the name: 'the ... Khan Hospital')
    noun = f"[{kind[0]}{kind[0].upper()}]{re.escape(kind[1:])}"
    # (not a place's adjective after 'the', which describes the one the text is about: 'the
    # Caspian port', 'the Chinese port')
    other = re.compile(rf"\b(?!(?<=\bthe\s)[A-Z]\w+(?:ian|ean|ese|ish)\s+{noun}\b)"
                       rf"((?:[A-Z][\w-]+\s+){{1,4}}){noun}\b")
    # (a name's words as the start of a text's: 'Pakistan' is said by 'Pakistani', 'Uzbek' by
    # 'Uzbekistan')
    said = re.compile(rf"\b(?:{'|'.join(map(re.escape, own))})(?:\w{{0,5}})\b", re.I)

    def same(a: str, b: str) -> bool:  # ('Pakistani' for 'Pakistan', not 'Shah' for 'Shahbaz')
        return a == b or min(len(a), len(b)) >= 5 and abs(len(a) - len(b)) <= 2 and (
            a.startswith(b) or b.startswith(a))

    def clash(text: str) -> bool:
        return not said.search(text) and any(
            not any(same(w, n) for w in o.group(1).split() for n in named)
            and not all(is_english(w.lower()) for w in o.group(1).split())
            for o in other.finditer(text))
    return clash


def possessive_clash(question: str):
    """For a question naming whose thing it asks about ('Pakistan's candidacy'), a test telling
    whether a text speaks only of another's ('Kazakhstan's candidacy', 'Kazakhstan's UNSC
    candidacy') and not of the one asked about; None when the question names none. Another
    spelling of the owner's name ('Nazarbaev's', 'Nazarbayev's') is the same owner."""
    # (and a body's post said with its name before it, 'the Daraz chief executive': a text
    # saying "Alibaba's chief executive" speaks of another's; not a people's, 'the Kazakh
    # ambassador', which people_clash tells, nor a body's initials, 'the TSUOS rector', which
    # a text may write out: 'Rector of the Tashkent State University of Oriental Studies')
    asked = [(m.group(1), m.group(2)) for m in re.finditer(_OWNER_BEFORE_POST, question)
             if m.group(2).lower() in PERSON_TITLES and m.group(1).lower() not in _PEOPLES
             and m.group(1).lower() not in _COUNTRIES and not is_english(m.group(1))
             and not m.group(1).isupper()]
    if "'" not in question and "’" not in question and not asked:
        return None  # (and the pattern stays uncompiled)
    asked += [(m.group(1), m.group(3)) for m in re.finditer(_POSSESSIVE, question)]
    if not asked:
        return None
    owners = {translit_key(owner) for owner, _ in asked}
    nouns = tuple({noun[:max(4, len(noun) - 2)].lower() for _, noun in asked})

    def same(owner: str) -> bool:
        key = translit_key(owner)
        reach = 2 if len(key) >= 8 else 1 if len(key) >= 5 else 0
        return key in owners or any(edit_distance(key, o, 2) <= reach for o in owners)

    def clash(text: str) -> bool:
        other = False
        said = [(m.group(1), m.group(3)) for m in re.finditer(_POSSESSIVE, text)]
        # and the thing said with its owner after it ('Ambassador of Kazakhstan', 'Ambassador
        # of the Republic of Kazakhstan to Pakistan')
        said += [(m.group(2), m.group(1)) for m in re.finditer(_OWNED_BY, text)]
        for owner, noun in said:
            if not noun.lower().startswith(nouns):
                continue
            if same(owner):
                return False
            other = True
        return other

    return clash


def owner_unsaid(question: str, roles: frozenset):
    """For a "who" question asking for the holder of someone's post ('Who is Kazakhstan's
    ambassador in Islamabad?'; `roles`: the role words, kzpk.question.role_words), a test
    telling whether a person's record says the post ('Ambassador') but nowhere its owner, nor a
    word made from the owner's name ('Kazakh', 'Pakistani'): that person holds such a post for
    another or for no one said, not the one asked about. None when the question names no
    owner's post (not 'the MFA's foreign policy institute' in 'Who heads ...', a body whose
    staff the record need not name it with)."""
    if "'" not in question and "’" not in question or not roles:
        return None
    asked = [(m.group(1), m.group(3)) for m in re.finditer(_POSSESSIVE, question)
             if m.group(3).lower() in roles]
    if not asked:
        return None
    owners = tuple({owner[:max(4, len(owner) - 4)].lower() for owner, _ in asked})
    nouns = tuple({noun[:max(4, len(noun) - 2)].lower() for _, noun in asked})

    def unsaid(text: str) -> bool:
        words = re.findall(r"[^\W\d_]+", text.lower())
        return any(w.startswith(nouns) for w in words) and \
            not any(w.startswith(owners) for w in words)

    return unsaid


# ------------------------------------------------------------------ whose figure

# 'How much did Kazakhstan spend ...?', 'How many students has Pakistan sent ...?': the name
# after the auxiliary is whose figure is asked (its first word)
_OWNER_ASKED = (r"\b[Hh][Oo][Ww]\s+(?:much|many)\b.*?\b(?:did|does|do|has|have|had|will|would|can|could|"
                r"is|was|are|were)\s+([A-Z][\w-]+)")
# a capitalised word inside a sentence, after a small word: a name ('the Emirates bought')
_NAME_INSIDE = r"(?<=[a-z,;] )[A-Z][a-z]+"
# where a clause starts inside a sentence
_CLAUSE_START = r"[,;:()–—]|\s-\s|\b(?:which|who|whose|whom|that|while|whereas|where)\b"


def owner_clash(question: str, ask: str | None):
    """For a "how much / how many" question asking whose figure ('How much did Kazakhstan
    spend on mangoes?'), a test telling whether a text gives another's figure: it never names
    the owner asked (nor a word made from the name: 'Kazakh'), and a sentence of it names
    someone else before a figure it gives ('Over the last five years the Emirates bought
    mangoes worth $159.74 million'). None for other questions, and for one naming no owner
    after its auxiliary ('How much did trade between ... reach?')."""
    if ask not in (HOW_MUCH, HOW_MANY) or not re.search(r"\b(?:did|does|do|has|have|had|will|"
                                                       r"would|can|could|is|was|are|were)\s+[A-Z]",
                                                       question):
        return None  # (and the patterns stay uncompiled)
    m = re.search(_OWNER_ASKED, question)
    if not m:
        return None
    owner = re.sub(r"['’]s$", "", m.group(1))
    own = re.compile(rf"\b{re.escape(owner[:max(4, len(owner) - 4)])}", re.I)
    asked = words_of(question)
    figure = _rx("amount" if ask == HOW_MUCH else "count")

    def clash(text: str) -> bool:
        if own.search(text):
            return False
        from kzpk.dates import MONTH_WORDS, WEEKDAYS

        for a, b in sentences(text):
            sentence = text[a:b] if ask == HOW_MUCH else _strip_dates(text[a:b])
            found = list(figure.finditer(sentence))
            if not found and ask == HOW_MUCH and _worded_amount(sentence):
                found = list(re.finditer(_WORDED_AMOUNT, sentence))
            for figure_at in found:
                if re.match(r"one\s+of\b", sentence[figure_at.start():], re.I):
                    continue  # 'one of the founding members' counts nothing
                # the figure's own clause: 'Pakistan is one of the founding members of the
                # forum, which now has 27 member states' gives the forum's count
                before = sentence[:figure_at.start()]
                clause = max((m.end() for m in re.finditer(_CLAUSE_START, before)), default=0)
                names = re.findall(_NAME_INSIDE, before[clause:])
                first = re.match(r"[A-Z][a-z]+\b", sentence) if not clause else None
                if first and not is_english(first.group()):
                    names.append(first.group())  # opening the sentence: 'Britain came second'
                if any(n.lower() not in asked and n.lower() not in MONTH_WORDS and
                       n.lower() not in WEEKDAYS for n in names):
                    return True
        return False

    return clash


# ------------------------------------------------------------------ "first"

_FIRST_WORDS = frozenset("first earliest maiden inaugural 1st".split())


def first_asked(question: str) -> bool:
    """A question about the first of a series: 'When was the first joint exercise ...?', 'Who
    was the first ...?', 'When did X first visit ...?' (not 'at first', which is 'initially')."""
    return bool(words_of(question) & _FIRST_WORDS) and \
        re.search(r"\bat first\b", question, re.I) is None


def says_first(text: str) -> bool:
    """Whether a text calls something the first ('the first round', 'maiden flight',
    'inaugural summit', 'for the first time')."""
    return bool(words_of(text) & _FIRST_WORDS)


# 'last' as the most recent of a series ('When did India last play ...?', 'the last time'), not
# a time before this one ('last year', 'late last night'), nor the verb ('How long did it last?')
_LAST = (r"(?<!\bat )\blast\b(?!\s+(?:years?|weeks?|months?|nights?|days?|weekends?|seasons?|"
         r"decades?|century|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|January|February|March|"
         r"April|May|June|July|August|September|October|November|December)\b)(?!\s*[?.!]?\s*$)")


def last_asked(question: str) -> bool:
    """A question about the latest of a series: 'When did India last play a Davis Cup tie in
    Pakistan?', 'When was the last time ...?' (not 'last year', nor 'How long did it last?')."""
    return "last" in words_of(question) and re.search(_LAST, question, re.I) is not None


def says_last(text: str) -> bool:
    """Whether a text calls something the latest ('India last travelled to Pakistan', 'the last
    visit', 'the most recent', 'a final group')."""
    low = text.lower()
    return ("last" in low and re.search(_LAST, text, re.I) is not None) or "latest" in low or \
        "most recent" in low or ("final" in low and re.search(r"\bfinal\b", low) is not None)


# the words that make a title another, lower post: 'vice-president', 'deputy director'
_UNDER = r"(?:vice|deputy|assistant)[\s-]+(?:[A-Za-z]+\s+)?"


def rank_clash(question: str):
    """For a question naming a post by its title alone ('Who is the president of the Qazaq
    Cybersport Federation?'), a test telling whether a text gives that title only as a lower
    post's ('Federation vice-president Yevgeny Bogatyrev', 'the deputy director'), as
    people_clash does for another people's delegation; None when the question names no title,
    or names the lower post itself ('Who is the deputy director ...?')."""
    titles = sorted(words_of(question) & PERSON_TITLES)
    if not titles or re.search(r"\b(?:vice|deputy|assistant)\b", question, re.I):
        return None
    said = re.compile(r"\b(?:" + "|".join(map(re.escape, titles)) + r")\b", re.I)
    under = re.compile(_UNDER + r"$", re.I)

    def clash(text: str) -> bool:
        lower = False
        for m in said.finditer(text):
            if not under.search(text[max(0, m.start() - 30):m.start()]):
                return False  # the post itself is said
            lower = True
        return lower
    return clash


def either(*tests):
    """One test true when any of `tests` (each a test or None) is; None when all are None."""
    tests = [t for t in tests if t is not None]
    if not tests:
        return None
    return tests[0] if len(tests) == 1 else (lambda text: any(t(text) for t in tests))


# a share said three ways: '75 per cent', '75 percent', '75%'
_PERCENT_UNIT = r"(?:\s*%|\s+per\s*cent\b|\s+percent\b)"
# the words of a sum's size, no thing counted ('$1.22 billion')
_SIZE_WORDS = frozenset("hundred thousand million billion trillion lakh crore bn mn".split())


def figure_clash(question: str):
    """For a question naming a figure of a thing ('for 75 per cent of Kcell', '150 hive boxes'),
    a test telling whether a text gives that thing only with another figure ('paid ... for the
    49 per cent of Kcell it did not yet control', 'owns 40 hive boxes'): it tells of another
    amount, as a text of another year tells of another time. None when the question names no
    such figure. A level or a sum the question starts from ('cut its rate to ... after holding it
    at 22 percent', 'fallen from $1.22 billion') is none: the answer is another of the kind. A
    year is none either (kzpk.query._other_year weighs years)."""
    pairs = []
    for m in re.finditer(r"(?<![\w.,$-])(\d[\d,]*(?:\.\d+)?)(%|\s+per\s*cent\b|\s+percent\b|"
                         r"\s+[A-Za-z][\w-]*)?(\s+(?:of|stake|share|holding)\b)?", question):
        number, unit = m.group(1).rstrip(",."), (m.group(2) or "").strip().lower()
        if re.fullmatch(r"(?:1[89]|20)\d\d", number) or not unit:
            continue
        if unit == "%" or re.fullmatch(r"per\s*cent|percent", unit):
            if not m.group(3):
                continue  # (a share of nothing named is a level: 'held at 22 percent')
            unit_rx = _PERCENT_UNIT
        elif unit in FUNCTION_WORDS or unit in _SIZE_WORDS or len(unit) < 2 or \
                unit.endswith("ed") or not unit.isalpha():
            continue
        else:  # (the word's plural or singular: 'boxes', 'box')
            stem = re.sub(r"(?:es|s)$", "", unit) if len(unit) > 4 else unit
            unit_rx = rf"\s+{re.escape(stem)}\w{{0,2}}\b"
        pairs.append((number, unit_rx))
    if not pairs:
        return None
    tests = [(re.compile(rf"(?<![\w.,-]){re.escape(n)}(?![\w]|[.,]\d)"),
              re.compile(rf"(?<![\w.,-])\$?\d[\d,]*(?:\.\d+)?(?={u})", re.I)) for n, u in pairs]

    def clash(text: str) -> bool:
        # (a text saying the question's figure anywhere, or its measure with no figure, does
        # not clash)
        return all(not own.search(text) and measure.search(text) is not None
                   for own, measure in tests)
    return clash
