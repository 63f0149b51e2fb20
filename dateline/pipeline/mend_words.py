"""Mend the parse of single words the model misreads in news (see :mod:`.mend` for the whole list).

- A past-tense verb tagged as a noun or adjective although it has an object, or is joined to
  a verb with one ("Bush mobilized troops", "Israeli troops shot and killed"): a verb.
- "national" read as an adjective of the participle after it ("arrested a Pakistani national
  accused of spying"): the noun, the participle its modifier.
- An adjective or a verb as a subject ("Myanmar's military freed prisoners", "Hezbollah drones
  hit a base"): a noun.
- A number read as an unmarked oblique of the verb it follows ("shot down 40 of 55 drones"):
  its object.
- An infinitive hung on the object of a verb of ordering or asking ("ordered the army | to
  strike"), read as its purpose ("ordered security forces | to arrest") or as an oblique
  ("voted | to dismiss"): the verb's complement.
- A verb's object read as the subject of a noun after it ("exchanged | prisoners of war | in a
  gesture"), or of a participle after it ("intercepted | a missile launched from Yemen").
- A passive verb's subject read as an active one ("Imran Khan | was sentenced").
- A demonym hung on the verb right before the verb's subject ("Mozambican | police shot").
- A name or noun hyphened to a participle before a noun ("Rwandan-backed M23 rebels",
  "flood-hit areas", "a UN-brokered truce"): the participle describes the noun (the body
  right after it: "Saudi-led coalition | air strike").
- A past verb with its particle read as a noun root ("The military shot down a drone").
- An -ing verb after "keep" or "resume" read as a modifier of its object ("will keep |
  supplying weapons").
- A headline's passive without its auxiliary ("Opposition leader arrested in Minsk"): its
  subject undergoes it.
"""

from __future__ import annotations

from dataclasses import replace

from ..article import Token
from ..events import agents, triggers, verb_forms
from .clauses import lemma_guesses
from .mend_subjects import NOMINAL, nominal_root

CONTROL = {"order", "urge", "ask", "tell", "instruct", "force", "allow", "invite", "encourage", "persuade",
           "authorize", "authorise", "direct", "command", "compel", "press", "pressure"}
"""Verbs whose object does what the infinitive after it says ("ordered the army to strike")."""
PARTICLES = {"down", "up", "off", "out", "back"}
"""Particles a past verb read as a noun may carry ("shot down")."""
SIDE_PARTICIPLES = {"backed", "led", "linked", "allied", "aligned", "funded", "sponsored", "supported", "affiliated",
                    "hit", "stricken", "ravaged", "affected", "torn", "brokered", "mediated", "drafted"}
"""Participles a name or noun is joined to by a hyphen before a noun ("Iran-backed militias",
"flood-hit areas")."""
PEOPLE_ADJECTIVES = {"national", "nationals"}
"""Nouns for people the model takes for adjectives ("a Pakistani national")."""


def past_form(text: str, t: Token) -> bool:
    """Whether a word has the form of a past tense: in -ed, or irregular ("shot", "fought")."""
    word = text[t.start:t.end].lower()
    return word.endswith("ed") or word in verb_forms()


def word(text: str, t: Token) -> str:
    """A token's text in lower case, with a straight apostrophe."""
    return text[t.start:t.end].lower().replace("’", "'")


def people_adjective(tokens: list[Token], first: int, last: int, text: str) -> None:
    """ "a Pakistani national accused of spying", read as "a … accused" with "national" its
    adjective: "national" heads the phrase and the participle describes it."""
    for i in range(first, last - 1):
        t, verb = tokens[i], i + 1
        if word(text, t) not in PEOPLE_ADJECTIVES or t.pos != "ADJ" or t.head != verb \
                or tokens[verb].tag not in ("VBN", "VBD") or tokens[verb].head == verb:
            continue
        noun = "NNS" if word(text, t).endswith("s") else "NN"
        tokens[i] = replace(t, pos="NOUN", tag=noun, head=tokens[verb].head, dep="obj" if tokens[verb].dep in (
            "xcomp", "obj", "ccomp") else tokens[verb].dep, lemma="national")
        for k in range(first, i):
            if tokens[k].head == verb:
                tokens[k] = replace(tokens[k], head=i)
        tokens[verb] = replace(tokens[verb], head=i, dep="acl", tag="VBN")


def adjective_subject(tokens: list[Token], first: int, last: int) -> None:
    """An adjective or a verb that is a verb's subject ("Myanmar's military | freed", "Hezbollah
    drones | hit") is a noun."""
    for i in range(first, last):
        t = tokens[i]
        if t.pos == "ADJ" and t.dep == "nsubj" and tokens[t.head].pos in ("VERB", "AUX"):
            tokens[i] = replace(t, pos="NOUN", tag="NN")
        elif t.pos == "VERB" and t.tag in ("VBZ", "VBP") and t.dep == "nsubj" and t.head > i:
            # "Hezbollah drones | hit a military base": a plural noun read as a verb
            tokens[i] = replace(t, pos="NOUN", tag="NNS")


def number_object(tokens: list[Token], first: int, last: int) -> None:
    """A number hung from the verb before it as an unmarked oblique, the verb without an object
    ("shot down | 40 | of 55 Russian drones"): the verb's object."""
    for i in range(first, last):
        t = tokens[i]
        if t.pos == "NUM" and t.dep == "obl:unmarked" and t.head < i and tokens[t.head].pos == "VERB" \
                and not any(tokens[k].head == t.head and tokens[k].dep == "obj" for k in range(first, last)) \
                and any(tokens[k].head == i and tokens[k].dep == "nmod" for k in range(i + 1, last)):
            tokens[i] = replace(t, dep="obj")


def object_control(tokens: list[Token], first: int, last: int) -> None:
    """An infinitive hung on the object of a verb of ordering or asking ("ordered the army | to
    strike"): it completes the verb."""
    for i in range(first, last):
        t = tokens[i]
        n = t.head
        if t.dep == "advcl" and t.tag == "VB" and first <= n < i and tokens[n].lemma.lower() in CONTROL and any(
                tokens[k].head == n and tokens[k].dep == "obj" for k in range(n + 1, i)) \
                and tokens[i - 1].lemma.lower() == "to":
            tokens[i] = replace(t, dep="xcomp")  # "ordered security forces | to arrest", read as a purpose
            continue
        if t.dep != "acl" or t.tag != "VB" or not first <= n < i or tokens[n].dep != "obj" \
                or tokens[tokens[n].head].lemma.lower() not in CONTROL \
                or not any(tokens[k].head == i and tokens[k].lemma.lower() == "to" for k in range(n, i)):
            continue
        tokens[i] = replace(t, head=tokens[n].head, dep="xcomp")


def infinitive_as_oblique(tokens: list[Token], first: int, last: int) -> None:
    """An infinitive read as an oblique of the verb before it, its object hung on that verb
    ("voted | to dismiss | Foreign Minister Dmytro Kuleba"): it completes the verb and takes
    the object."""
    for i in range(first + 1, last):
        t = tokens[i]
        verb = t.head
        if t.pos != "VERB" or t.tag != "VB" or t.dep not in ("obl", "nmod", "obl:unmarked") or not first <= verb < i \
                or tokens[verb].pos != "VERB" or tokens[i - 1].lemma.lower() != "to" or tokens[i - 1].head != i:
            continue
        tokens[i] = replace(t, dep="xcomp")
        tokens[i - 1] = replace(tokens[i - 1], dep="mark", pos="PART", tag="TO")
        for k in range(i + 1, last):
            if tokens[k].head == verb and tokens[k].dep == "obj":
                tokens[k] = replace(tokens[k], head=i)


def subject_of_noun(tokens: list[Token], first: int, last: int) -> None:
    """A verb's object read as the subject of a noun after it that has no copula ("exchanged |
    prisoners of war | in a rare goodwill gesture": "prisoners" the subject of "gesture"): the
    object of the verb, the noun an oblique."""
    for i in range(first, last):
        t = tokens[i]
        noun = t.head
        if t.dep != "nsubj" or t.pos not in ("NOUN", "PROPN") or not i < noun < last \
                or tokens[noun].pos not in ("NOUN", "PROPN") or tokens[noun].dep != "obj":
            continue
        verb = tokens[noun].head
        kids = [k for k in range(first, last) if tokens[k].head == noun and k != i]
        if not verb < i or tokens[verb].pos != "VERB" or any(tokens[k].dep in ("cop", "aux") for k in kids) \
                or not any(tokens[k].dep == "case" for k in kids if i < k < noun):
            continue
        tokens[i] = replace(t, head=verb, dep="obj")
        tokens[noun] = replace(tokens[noun], dep="obl")


def passive_subject(tokens: list[Token], first: int, last: int) -> None:
    """The subject of a verb in the passive read as an active one ("Imran Khan | was
    sentenced"): a passive subject."""
    passive = {tokens[k].head for k in range(first, last) if tokens[k].dep == "aux:pass"}
    for i in range(first, last):
        if tokens[i].dep == "nsubj" and tokens[i].head in passive and tokens[tokens[i].head].tag == "VBN":
            tokens[i] = replace(tokens[i], dep="nsubj:pass")


DONE_TO = {"arrest", "detain", "charge", "sentence", "jail", "imprison", "convict", "indict", "acquit", "pardon",
           "kill", "injure", "wound", "kidnap", "abduct", "release", "free", "execute", "hang", "behead", "deport",
           "expel", "extradite", "summon", "sack", "dismiss", "oust", "capture", "shoot", "fine", "ban", "sanction",
           "rescue", "evacuate", "elect", "appoint", "impeach", "torture", "hold", "question", "interrogate"}
"""Verbs that are done to someone: with a subject and no object, no auxiliary, they are passive
in a headline's shorthand ("Opposition leader arrested in Minsk", "2 men charged in death")."""


def headline_passive(tokens: list[Token], first: int, last: int) -> None:
    """A headline's passive without its auxiliary read as an active verb ("Three soldiers |
    killed in roadside bombing"): its subject is who undergoes it."""
    for i in range(first, last):
        t = tokens[i]
        if t.tag not in ("VBD", "VBN") or t.lemma.lower() not in DONE_TO:
            continue
        kids = [k for k in range(first, last) if tokens[k].head == i and k != i]
        subject = next((k for k in kids if tokens[k].dep == "nsubj" and k < i), None)
        after = tokens[i + 1].pos if i + 1 < last else "PUNCT"
        if any(tokens[k].tag == "CD" for k in range(i + 1, min(last, i + 4))):
            continue  # "killed at least 75 people", "arrested over 200": a count is what is done to
        if subject is None or after not in ("ADP", "PUNCT") or any(
                tokens[k].dep in ("aux", "aux:pass", "obj", "iobj", "ccomp", "xcomp", "expl", "obl:unmarked", "obl:npmod")
                for k in kids):  # ("killed | at least 40 people" read as an unmarked oblique)
            continue
        tokens[subject] = replace(tokens[subject], dep="nsubj:pass")
        tokens[i] = replace(t, tag="VBN")


def hyphen_participle(tokens: list[Token], first: int, last: int, text: str) -> None:
    """A name joined by a hyphen to a participle before a noun read as a clause or a root of its
    own ("Rwandan | - | backed | M23 rebels launched ...", "Saudi-led coalition"): the
    participle describes the noun; the name qualifies the participle."""
    for i in range(first + 2, last - 1):
        t, name = tokens[i], tokens[i - 2]
        if word(text, t).lower() not in SIDE_PARTICIPLES or word(text, tokens[i - 1]) != "-" \
                or not (name.end == tokens[i - 1].start and tokens[i - 1].end == t.start):
            continue
        noun = i + 1
        while tokens[noun].dep in ("compound", "amod") and noun < tokens[noun].head < last \
                and agents().get(tokens[noun].lemma.lower(), ("", ""))[1] != "group":
            noun = tokens[noun].head  # (not past a body: "Saudi-led coalition | air strike")
        if tokens[noun].pos not in ("NOUN", "PROPN") or noun <= i:
            continue
        root = next((k for k in (i - 2, i) if tokens[k].head == k), None)
        if root is not None:  # the name or the participle was the root: the noun is
            for k in range(first, last):
                if tokens[k].head == root and k not in (i - 2, i - 1, i):
                    tokens[k] = replace(tokens[k], head=noun)
            tokens[noun] = replace(tokens[noun], head=noun, dep="ROOT")
        tokens[i] = replace(t, head=noun, dep="amod", pos="VERB", tag="VBN")
        tokens[i - 1] = replace(tokens[i - 1], head=i, dep="punct")
        tokens[i - 2] = replace(name, head=i, dep="obl:npmod")


def adjective_of_verb(tokens: list[Token], first: int, last: int) -> None:
    """An adjective hung on a verb right before the verb's subject ("Mozambican | police shot"):
    the subject's."""
    for i in range(first, last - 1):
        t = tokens[i]
        if t.dep == "amod" and tokens[t.head].pos == "VERB" and tokens[i + 1].head == t.head \
                and tokens[i + 1].dep.startswith("nsubj"):
            tokens[i] = replace(t, head=i + 1)


def reduced_relative(tokens: list[Token], first: int, last: int) -> None:
    """A noun with a participle after it read as a small clause of the verb before ("intercepted
    | a missile launched from Yemen": "missile" the subject of "launched"; "train and advise |
    Iraqi forces fighting the Islamic State": "forces" the subject of "fighting"): the verb's
    object (of the last verb of a coordination), the participle its modifier."""
    for i in range(first, last):
        t = tokens[i]
        verb = t.head
        small = t.dep == "xcomp" and t.tag in ("VBN", "VBD") or t.dep == "advcl" and t.tag == "VBG"
        if not small or not first <= verb < i or tokens[verb].pos != "VERB" \
                or any(tokens[k].head == verb and tokens[k].dep in ("obj", "ccomp", "xcomp") and k != i
                       for k in range(first, last)):
            continue
        joined = [k for k in range(verb + 1, i) if tokens[k].head == verb and tokens[k].dep == "conj"
                  and tokens[k].pos == "VERB"]
        if joined and not any(tokens[k].head == joined[-1] and tokens[k].dep == "obj" for k in range(first, last)):
            verb = joined[-1]  # "train and advise | Iraqi forces": the object of both, hung on the last
        elif t.dep == "advcl" and (verb + 1 >= i or tokens[verb + 1].dep not in ("det", "amod", "compound", "nsubj")):
            continue  # an -ing clause right after its own subject: "said, troops marching behind"
        noun = next((k for k in range(verb + 1, i) if tokens[k].head == i and tokens[k].dep == "nsubj"
                     and tokens[k].pos in ("NOUN", "PROPN")), None)
        if noun is None:
            continue
        tokens[noun] = replace(tokens[noun], head=verb, dep="obj")
        tokens[i] = replace(t, head=noun, dep="acl")


ASPECTUAL = {"keep", "continue", "stop", "start", "begin", "resume", "cease", "quit", "finish", "halt"}
"""Verbs whose -ing complement is the verb that acts ("will keep supplying weapons")."""


def gerund_as_modifier(tokens: list[Token], first: int, last: int, text: str) -> None:
    """An -ing verb right after "keep", "stop" or "resume" read as a modifier of the noun after
    it ("will keep | supplying weapons to Ukraine": "supplying" a compound of "weapons"): the
    complement of that verb, the noun its object, and what follows the noun its own."""
    for i in range(first + 1, last - 1):
        t, verb = tokens[i], i - 1
        noun = t.head
        if t.tag not in ("VBG", "NN") or t.dep not in ("compound", "amod") or not i < noun < last \
                or tokens[noun].dep != "obj" or tokens[noun].head != verb \
                or tokens[verb].lemma.lower() not in ASPECTUAL or not word(text, t).endswith("ing"):
            continue
        for k in range(noun + 1, last):
            if tokens[k].head == verb and tokens[k].dep in ("obl", "obl:arg", "advcl"):
                tokens[k] = replace(tokens[k], head=i)
        tokens[noun] = replace(tokens[noun], head=i)
        tokens[i] = replace(t, head=verb, dep="xcomp", pos="VERB")


def particle_verb_as_noun(tokens: list[Token], first: int, last: int, text: str) -> None:
    """A root noun with a past form, followed by a particle read as the case of the noun after
    it, is a verb with its particle and object; the word before it is its subject."""
    root = nominal_root(tokens, first, last)
    down = next((k for k in range(first + 1, root) if tokens[k].dep == "case" and (
        tokens[k].head == root or k < tokens[k].head < root and tokens[tokens[k].head].head == root)  # "down | a Malian"
                 and text[tokens[k].start:tokens[k].end].lower() in PARTICLES), None) if root is not None else None
    if root is not None and down is not None and first < down - 1 and tokens[down - 1].head in (root, down) \
            and past_form(text, tokens[down - 1]) and all(
                down < tokens[k].head <= root and tokens[k].dep in ("det", "amod", "compound", "nummod")
                for k in range(down + 1, root)):
        # "The Sudanese army shot | down a (Malian) drone", the object the root and the verb its
        # subject: the verb is the root
        verb, obj = down - 1, root
        for k in range(first, last):
            if tokens[k].head == obj and k not in (verb, down) and not down < k < obj:
                tokens[k] = replace(tokens[k], head=verb)
            elif down < k < obj:
                tokens[k] = replace(tokens[k], head=obj)  # "a Malian | drone"
        tokens[verb] = replace(tokens[verb], head=verb, dep="ROOT", pos="VERB", tag="VBD")
        tokens[verb + 1] = replace(tokens[verb + 1], head=verb, dep="compound:prt")
        tokens[obj] = replace(tokens[obj], head=verb, dep="obj")
        subject = verb - 1
        if first <= subject and tokens[subject].head == verb and tokens[subject].pos in NOMINAL:
            tokens[subject] = replace(tokens[subject], dep="nsubj")
            for k in range(first, subject):
                if tokens[k].head == verb and tokens[k].dep in ("det", "amod", "compound", "nmod:poss"):
                    tokens[k] = replace(tokens[k], head=subject)  # "The Sudanese | army"
        return
    if root is None or root + 1 >= last or root == first or not past_form(text, tokens[root]):
        return
    particle = tokens[root + 1]
    if text[particle.start:particle.end].lower() not in PARTICLES or particle.dep != "case":
        return
    obj, subject = particle.head, root - 1
    if not root < obj < last or tokens[obj].head != root or tokens[subject].head != root:
        return
    for k in range(first, subject):
        if tokens[k].head == root:
            tokens[k] = replace(tokens[k], head=subject)
    tokens[root] = replace(tokens[root], pos="VERB", tag="VBD")
    tokens[root + 1] = replace(particle, head=root, dep="compound:prt")
    tokens[obj] = replace(tokens[obj], dep="obj")
    noun = "NOUN" if tokens[subject].pos == "ADJ" else tokens[subject].pos  # "the US military"
    tokens[subject] = replace(tokens[subject], dep="nsubj", pos=noun)


def past_verb_as_noun(tokens: list[Token], first: int, last: int, text: str) -> None:
    """A past form tagged as a noun or adjective but with an object of its own is a verb
    ("Bush mobilized troops", "Gunmen shot dead a police officer"); a noun before it that
    hangs from it as a compound is its subject."""
    for i in range(first, last):
        t = tokens[i]
        if t.pos not in ("NOUN", "ADJ") or not past_form(text, t):
            continue
        # Its object, or the object the parse gave an adjective after it ("shot dead a police officer").
        objects = [k for k in range(first, last) if k != i and tokens[k].dep in ("obj", "dobj") and (
            tokens[k].head == i or (tokens[tokens[k].head].head == i and tokens[tokens[k].head].pos == "ADJ"
                                    and tokens[k].head == i + 1))]
        # "Gunmen shot dead | a local journalist", its object read as a conjunct
        objects += [k for k in range(i + 2, last) if t.head == i and tokens[k].head == i and tokens[k].dep == "conj"
                    and tokens[k].pos in NOMINAL and tokens[i + 1].lemma.lower() == "dead"]
        # "The South Korean president vetoed | a bill": the root, its object read as an apposition
        objects += [k for k in range(i + 1, last) if t.head == i and tokens[k].head == i and tokens[k].dep == "appos"
                    and tokens[k].pos in NOMINAL and any((g, "verb") in triggers() for g in lemma_guesses(
                        t.lemma.lower(), text[t.start:t.end].lower()))]
        # "Israeli troops shot | and killed a Palestinian": a verb joined to one with an object
        joined = [k for k in range(i + 2, min(i + 4, last)) if tokens[k].head == i and tokens[k].dep == "conj"
                  and tokens[k].pos == "VERB" and tokens[i + 1].lemma.lower() == "and"
                  and any(tokens[j].head == k and tokens[j].dep == "obj" for j in range(k + 1, last))]
        if objects or joined:
            tokens[i] = replace(t, pos="VERB", tag="VBD")
            if objects:
                tokens[objects[0]] = replace(tokens[objects[0]], head=i, dep="obj")
            for k in range(first, i):
                if tokens[k].head == i and tokens[k].dep == "compound" and tokens[k].pos in NOMINAL:
                    tokens[k] = replace(tokens[k], dep="nsubj")
