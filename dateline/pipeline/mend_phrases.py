"""Mend the parse of phrases the model misreads in news (see :mod:`.mend` for the whole list).

- A possessed noun read as the last part of the owner's name ("Libyan leader Moammar |
  Gadhafi's | forces have occupied", "forces" flat on "Moammar"): the noun heads the phrase,
  the name its owner.
- An -ing noun after the noun that names its means, read as a clause of the verb ("were
  killed in Israeli tank | shelling"): the head of the phrase, the noun before its compound.
- A perfect read as a passive ("NATO said it had struck command centers", "had" the passive
  auxiliary): "had" is the perfect's auxiliary and "it" the subject.
- A list of names read as the root, the verb a conjunct or a side clause of the first name
  and the last name its subject ("Britain, France, and | Germany urged Iran", "Egypt, |
  Jordan and Qatar met"): the verb is the root and the whole list its subject.
- Two objects side by side, the first a singular noun ("Rebels battled | government | troops"):
  one object, the first noun its compound; not after a verb of giving ("gave police money").
- A verb with an object of its own read as a conjunct of the object before it ("dissolved
  parliament and | suspended the constitution"): a conjunct of the verb before.
"""

from __future__ import annotations

from dataclasses import replace

from ..article import Token
from .mend_subjects import NOMINAL
from .mend_words import word

HAVE = {"had", "has", "have", "'ve", "'d", "having"}
"""Forms of "have", an auxiliary of the perfect and never of the passive."""
GIVING = {"give", "send", "offer", "grant", "hand", "lend", "sell", "show", "tell", "teach", "pay", "owe", "promise",
          "deny", "award", "bring", "buy", "get", "leave", "call", "name", "make", "elect", "appoint", "declare"}
"""Verbs that take two objects ("gave police money", "named him envoy")."""
NAME_PARTS = {"flat", "compound", "amod", "nmod:desc", "case", "det", "punct", "appos"}
"""Relations by which words belong to a name rather than to the phrase it owns."""


def possessed_as_name_part(tokens: list[Token], first: int, last: int, text: str) -> None:
    """ "Moammar Gadhafi's forces" read as the name "Moammar ... forces" with "Gadhafi's" inside
    it: "forces" heads the phrase and takes its place in the clause; the name is its owner."""
    for x in range(first + 3, last):
        noun, owner = tokens[x], x - 2
        name = noun.head
        if noun.dep != "flat" or noun.pos != "NOUN" or not first <= name < owner \
                or tokens[owner].dep != "nmod:poss" or tokens[owner].head != x \
                or word(text, tokens[owner + 1]) not in ("'s", "'"):
            continue
        tokens[x] = replace(noun, dep=tokens[name].dep, head=tokens[name].head if tokens[name].head != name else x)
        tokens[name] = replace(tokens[name], dep="nmod:poss", head=x)
        tokens[owner] = replace(tokens[owner], dep="flat", head=name)
        tokens[owner + 1] = replace(tokens[owner + 1], head=name)
        for k in range(first, last):
            if k != x and tokens[k].head == name and tokens[k].dep not in NAME_PARTS:
                tokens[k] = replace(tokens[k], head=x)  # what hung on the phrase hangs on its head

def gerund_after_noun(tokens: list[Token], first: int, last: int, text: str) -> None:
    """ "were killed in Israeli tank shelling" read as "killed in (Israeli) tank | shelling", the
    -ing word a clause of "killed" with no object: the -ing word heads the phrase, "tank" its
    compound, and what the phrase began with (its preposition, adjectives) is its own."""
    for i in range(first + 2, last):
        t, noun = tokens[i], i - 1
        if t.tag != "VBG" or t.dep != "advcl" or tokens[noun].dep != "obl" or tokens[noun].head != t.head \
                or not word(text, t).endswith("ing") or any(
                    tokens[k].head == i and tokens[k].dep in ("obj", "nsubj", "mark", "aux") for k in range(first, last)) \
                or not any(tokens[k].head == noun and tokens[k].dep == "case" for k in range(first, noun)):
            continue
        for k in range(first, noun):
            if tokens[k].head == noun and tokens[k].dep in ("case", "det", "amod", "nmod:poss", "nummod"):
                tokens[k] = replace(tokens[k], head=i)
        tokens[i] = replace(t, dep="obl", pos="NOUN", tag="NN", lemma=word(text, t))
        tokens[noun] = replace(tokens[noun], dep="compound", head=i)


def perfect_as_passive(tokens: list[Token], first: int, last: int, text: str) -> None:
    """ "it had struck command centers" read as a passive ("had" its auxiliary, "it" its
    passive subject): a perfect, whose subject acts (not "had been struck")."""
    for i in range(first, last):
        t = tokens[i]
        verb = t.head
        if t.dep != "aux:pass" or word(text, t) not in HAVE or not first <= verb < last:
            continue
        tokens[i] = replace(t, dep="aux")
        if any(tokens[k].head == verb and tokens[k].dep == "aux:pass" for k in range(first, last)):
            continue  # "had been struck"
        for k in range(first, last):
            if tokens[k].head == verb and tokens[k].dep == "nsubj:pass":
                tokens[k] = replace(tokens[k], dep="nsubj")


def listed_names_as_root(tokens: list[Token], first: int, last: int, text: str) -> None:
    """ "Britain, France, and Germany urged Iran" read with "Britain" the root, "urged" its
    conjunct and "Germany" the verb's subject (or "Egypt, | Jordan and Qatar met", the verb a
    side clause): the verb is the root, "Britain" its subject, each other name its conjunct."""
    root = next((k for k in range(first, last) if tokens[k].head == k), None)
    if root is None or tokens[root].pos not in ("PROPN", "NOUN") or any(
            tokens[k].dep != "det" for k in range(first, root)):
        return
    verb = next((k for k in range(root + 1, last) if tokens[k].head == root and tokens[k].dep in ("conj", "parataxis")
                 and tokens[k].pos == "VERB"), None)
    subject = next((k for k in range(root + 1, verb) if tokens[k].head == verb and tokens[k].dep == "nsubj"), None) \
        if verb is not None else None
    if verb is None or subject is None or not any(word(text, tokens[k]) == "and" for k in range(root + 1, verb)) \
            or any(tokens[k].pos not in ("PROPN", "NOUN", "PUNCT", "CCONJ", "DET", "ADJ") for k in range(root + 1, verb)):
        return
    for k in range(first, last):
        if tokens[k].head == root and k > verb:
            tokens[k] = replace(tokens[k], head=verb)  # what the verb's clause holds
    for k in range(root + 1, verb):
        t = tokens[k]
        if t.dep in ("nsubj", "conj", "appos") and t.pos in ("PROPN", "NOUN"):
            tokens[k] = replace(t, head=root, dep="conj")
        elif t.dep in ("cc", "punct"):
            after = next((j for j in range(k + 1, verb) if tokens[j].pos in ("PROPN", "NOUN")), verb)
            tokens[k] = replace(t, head=after)
    tokens[verb] = replace(tokens[verb], head=verb, dep="ROOT")
    tokens[root] = replace(tokens[root], head=verb, dep="nsubj")


def compound_as_object(tokens: list[Token], first: int, last: int, text: str) -> None:
    """ "Rebels battled government troops" read with two objects, "government" and "troops":
    the first, a singular noun right before the second, is its compound."""
    for i in range(first, last - 1):
        t, nxt = tokens[i], tokens[i + 1]
        verb = t.head
        if t.dep != "obj" or nxt.dep != "obj" or nxt.head != verb or t.tag != "NN" or nxt.pos != "NOUN" \
                or not first <= verb < last or tokens[verb].lemma.lower() in GIVING \
                or any(tokens[k].head == i for k in range(first, last) if k != i):
            continue
        tokens[i] = replace(t, dep="compound", head=i + 1)


def verb_joined_to_object(tokens: list[Token], first: int, last: int) -> None:
    """A verb with an object of its own, read as a conjunct of the object of the verb before
    it, is that verb's conjunct ("dissolved parliament and suspended the constitution")."""
    for i in range(first, last):
        t = tokens[i]
        noun = t.head
        if t.pos != "VERB" or t.dep != "conj" or not first <= noun < i or tokens[noun].pos not in NOMINAL \
                or tokens[noun].dep != "obj" or tokens[tokens[noun].head].pos != "VERB":
            continue
        if any(tokens[k].head == i and tokens[k].dep == "obj" for k in range(i + 1, last)):
            tokens[i] = replace(t, head=tokens[noun].head)
