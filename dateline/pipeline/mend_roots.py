"""Mend the parse of news sentences left without a verb (see :mod:`.mend` for the whole list).

- A long subject read as a noun phrase that swallows the verb ("Iraq on Saturday appealed to
  the U.N. ...": "appealed" a modifier of "Iraq"). Where a sentence's root is a noun and a
  past-tense word after it, with no subject of its own and arguments of a verb, hangs from
  that noun phrase as a modifier, the word becomes the root and the noun its subject.
- A subject read as the root, its verb an adjective of the object the root holds ("Rioters
  looted shops").
- A verb read as an adjective of its object ("Russia massed tanks", "Warplanes bombed rebel
  positions"): the word in -ed between a noun and the root becomes the root, the noun before
  it the subject and the root its object; so does a verb with a subject of its own that the
  parse hung from the root noun after it ("Japan praised South Korea's decision").
- A participle after a comma read as a second root ("The Cambodian army fired rockets into
  Thai territory, killing 12 civilians"): a clause of the first.
- A verb read as a modifier inside the phrase that is the root ("Indian police detained
  opposition leader Rahul Gandhi"): the verb is the root, the noun before it its subject and
  the root its object.
- Two roots: a verb and a name after it that is its object ("Macron hosted | Lebanese Prime
  Minister Najib Mikati"), or a name, a verb and its object ("Azerbaijan | accused | France").
- A prepositional phrase read as the root ("police raided the home | of former president Jair
  Bolsonaro").
- A participle with its agent read as the root, the verb an adjective of its object ("The
  Egyptian army destroyed tunnels | used by smugglers").
- A past verb read as a noun the place before it names ("Police in Kenya | shot | dead two
  protesters"): the verb, the place its subject's.
- Last, a word the mends left in a cycle of heads: hung on the root, so that every word leads
  up to one again.
"""

from __future__ import annotations

from dataclasses import replace

from ..article import Token
from ..events import agents, triggers, verb_forms
from .clauses import lemma_guesses
from .mend_subjects import (
    NOMINAL,
    descends,
    nominal_root,
    only_root,
    punctuation,
    roots_of,
)
from .mend_words import past_form, word

PHRASE = {"NOUN", "PROPN", "ADJ", "NUM", "DET", "PRON"}
MODIFIER = {"acl", "amod"}
VERB_ARGUMENTS = {"obj", "obl", "xcomp", "ccomp", "advcl", "iobj"}


def subject_as_root(tokens: list[Token], first: int, last: int, text: str) -> None:
    """A subject read as the root, its verb an adjective of the object the root holds
    ("Rioters looted shops": "looted" an adjective of "shops", the object of "Rioters")."""
    root = nominal_root(tokens, first, last)
    if root is None:
        return
    obj = next((k for k in range(root + 1, last) if tokens[k].head == root and tokens[k].dep == "obj"), None)
    if obj is None:
        return
    verb = next((k for k in range(root + 1, obj) if tokens[k].head in (root, obj)
                 and tokens[k].dep in ("amod", "compound") and past_form(text, tokens[k])), None)
    if verb is None:
        return
    for k in punctuation(tokens, first, last, root):
        tokens[k] = replace(tokens[k], head=verb)
    tokens[verb] = replace(tokens[verb], head=verb, dep="ROOT", pos="VERB", tag="VBD")
    tokens[root] = replace(tokens[root], head=verb, dep="nsubj")
    tokens[obj] = replace(tokens[obj], head=verb)


def verb_as_modifier(tokens: list[Token], first: int, last: int, text: str = "") -> None:
    root = nominal_root(tokens, first, last)
    if root is None:
        return
    children: dict[int, list[int]] = {}
    for i in range(first, last):
        if tokens[i].head != i:
            children.setdefault(tokens[i].head, []).append(i)
    for i in range(first, root):
        t = tokens[i]
        if t.dep in MODIFIER and within_phrase(tokens, i, root) and t.pos == "VERB" and any(
                tokens[k].dep.startswith("nsubj") for k in children.get(i, [])):
            # "Japan praised South Korea's decision": a verb with a subject of its own modifies
            # no noun; the root noun after it is its object.
            tokens[i] = replace(t, head=i, dep="ROOT", tag="VBD")
            tokens[root] = replace(tokens[root], head=i, dep="obj")
            return
    for i in range(root + 1, last):
        t = tokens[i]
        past = t.tag in ("VBD", "VBN") or (t.tag == "JJ" and (t.lemma.lower().endswith("ed") or (
            bool(text) and text[t.start:t.end].lower().endswith("ed"))))
        modifier = t.dep in MODIFIER or t.dep == "xcomp" and t.head == root  # "warplanes | bombed a school"
        if not modifier or not past or not within_phrase(tokens, i, root):
            continue
        kids = children.get(i, [])
        noun = t.head
        if any(tokens[k].dep.startswith("nsubj") for k in kids):
            continue
        if noun != root and noun < i and any(tokens[k].dep == "case" for k in children.get(noun, [])) and any(
                tokens[k].dep in MODIFIER and past_form(text, tokens[k]) and within_phrase(tokens, k, root)
                for k in range(first, root)):
            # "The military fired warning shots | after North Korean soldiers crossed the border":
            # a clause inside a phrase, the verb before the root
            continue
        if i < noun:
            # "Ethiopia's government on Saturday rejected accusations", "protesters stormed
            # government buildings": the noun after the verb, bare of determiners, is its object.
            # (an adjective in -ed only where its noun hangs from the root with no preposition,
            # a phrase no noun takes: "Eritrean troops | looted hospitals")
            bare = tokens[noun].dep == "nmod" and tokens[noun].head == root and not any(
                tokens[k].dep == "case" for k in children.get(noun, []))
            if t.tag == "JJ" and not bare or tokens[i - 1].dep == "case" or any(
                    tokens[k].head != noun or tokens[k].dep not in ("compound", "amod")
                    for k in range(i + 1, noun)) or any(
                    tokens[k].dep in ("det", "nummod", "nmod:poss") for k in children.get(noun, []) if k < i):
                continue
            tokens[noun] = replace(tokens[noun], head=i, dep="obj")
        elif appositions := [k for k in range(i + 1, min(i + 4, last)) if tokens[k].head == root
                             and tokens[k].dep in ("appos", "parataxis") and tokens[k].pos in NOMINAL]:
            # "The Venezuelan opposition accused | President Nicolas Maduro", the object read as
            # an apposition of the subject
            tokens[appositions[0]] = replace(tokens[appositions[0]], head=i, dep="obj")
        elif not any(tokens[k].dep.split(":")[0] in VERB_ARGUMENTS for k in kids):
            continue
        tokens[i] = replace(t, head=i, dep="ROOT", pos="VERB", tag="VBD")
        tokens[root] = replace(tokens[root], head=i, dep="nsubj")
        return


def adjective_as_verb(tokens: list[Token], first: int, last: int, text: str) -> None:
    """In a sentence without a verb, an adjective in -ed (or an irregular past) between a name
    and the root noun is the verb ("Russia massed tanks near the border", "Warplanes bombed
    rebel positions", "Israeli warplanes struck targets")."""
    root = nominal_root(tokens, first, last)
    if root is None:
        return
    i = root - 1
    while i > first and ((tokens[i].dep in ("compound", "amod", "nmod:poss", "det", "nummod") and tokens[i].head == root
                          and not past_form(text, tokens[i]))
                         or (tokens[i].dep == "case" and tokens[tokens[i].head].dep == "nmod:poss")):
        i -= 1  # "bombed rebel positions", "severed diplomatic relations", "summoned China's ambassador"
    subject = i - 1
    while subject > first and tokens[subject].dep == "conj" and first <= tokens[subject].head < subject:
        subject = tokens[subject].head  # "Pakistan and India exchanged lists"
    while subject > first and tokens[subject].head not in (root, i, subject) and first <= tokens[subject].head < i:
        subject = tokens[subject].head  # "Protesters in Tbilisi | threw fireworks"
    if subject < first:
        return
    t = tokens[i]
    lemma = verb_forms().get(text[t.start:t.end].lower(), t.lemma.lower())  # "shot" is "shoot"
    tags = ("JJ", "VBD", "VBN", "RB", "NN") if (lemma, "verb") in triggers() else ("JJ", "VBD", "VBN", "RB")
    # "The South Korean military | fired | warning shots": the subject may read as an adjective
    # of the verb, the verb as one of the word after it
    agent = tokens[subject].pos in NOMINAL or tokens[subject].pos == "ADJ" and (
        agents().get(word(text, tokens[subject]).lower(), ("", ""))[1] == "group")
    if t.tag not in tags or t.tag == "RB" and t.lemma.lower() == "indeed" \
            or not (t.head in (root, subject) or i < t.head < root) or not past_form(text, t) or not agent \
            or not (tokens[subject].head in (root, i) or tokens[subject].head == i + 1 == t.head):
        return  # "The EU suspended aid": the subject may already hang from the verb
    # "Viktor Orban | vetoed a new EU aid package": the name, hung from the root noun, held the verb
    for k in range(first, subject):
        if tokens[k].head in (root, i) and tokens[k].dep in ("det", "amod", "compound", "nmod:poss"):
            tokens[k] = replace(tokens[k], head=subject)  # "The Cambodian | army fired rockets"
    tokens[subject] = replace(tokens[subject], head=i, dep="nsubj")
    if i + 1 < root and tokens[i + 1].lemma.lower() == "dead" and tokens[i + 1].head == root:
        tokens[i + 1] = replace(tokens[i + 1], head=i, dep="xcomp")  # "shot dead | three protesters"
    tokens[i] = replace(t, head=i, dep="ROOT", pos="VERB", tag="VBD")
    tokens[root] = replace(tokens[root], head=i, dep="obj")
    for k in range(first, last):
        if tokens[k].head == root and tokens[k].dep == "nsubj" and k != subject:
            tokens[k] = replace(tokens[k], head=i)


def verb_inside_name(tokens: list[Token], first: int, last: int, text: str) -> None:
    """A past verb of events hung inside the phrase of a root noun or name, after a noun ("Indian
    police | detained | opposition leader Rahul Gandhi"): the verb is the root."""
    root = nominal_root(tokens, first, last)
    if root is None:
        return
    for i in range(first + 1, root):
        t = tokens[i]
        word = text[t.start:t.end].lower()
        if t.tag not in ("VBD", "VBN") or t.dep not in ("amod", "compound", "acl") or not past_form(text, t) \
                or not any((lemma, "verb") in triggers() for lemma in lemma_guesses(t.lemma.lower(), word)) \
                or not within_phrase(tokens, i, root):
            continue
        subject = i - 1
        if tokens[subject].pos not in NOMINAL or not within_phrase(tokens, subject, root) \
                or any(tokens[k].head == i and tokens[k].dep == "obj" for k in range(first, last)):
            return
        for k in punctuation(tokens, first, last, root):
            tokens[k] = replace(tokens[k], head=i)
        obj = next((k for k in range(i + 1, root) if tokens[k].head == subject and tokens[k].pos in NOMINAL
                    and tokens[k].dep in ("parataxis", "appos")), None)
        if obj is None:
            for k in range(i + 1, root):
                if tokens[k].head < i:  # "police detained | opposition | figure", the middle word read as a conjunct
                    tokens[k] = replace(tokens[k], head=root, dep="compound")
        else:  # "Armed men | abducted | 280 pupils (from a school) in Kaduna state": the root is a place
            tokens[obj] = replace(tokens[obj], head=i, dep="obj")
        tokens[subject] = replace(tokens[subject], head=i, dep="nsubj")
        tokens[i] = replace(t, head=i, dep="ROOT", pos="VERB", tag="VBD")
        opening = min(k for k in range(i + 1, root + 1) if descends(tokens, k, root))
        tokens[root] = replace(tokens[root], head=i, dep="obl" if obj is not None and tokens[opening].pos == "ADP"
                               else "obj")
        return


def participle_as_root(tokens: list[Token], first: int, last: int) -> None:
    """Two roots, the second an -ing participle after a comma with no subject of its own: it is
    an adverbial clause of the first (", killing 12 civilians")."""
    roots = roots_of(tokens, first, last)
    if len(roots) != 2 or tokens[roots[1]].tag != "VBG" or roots[1] - 1 <= first \
            or tokens[roots[1] - 1].lemma not in (",", "—") or any(
                tokens[k].head == roots[1] and tokens[k].dep.startswith("nsubj") for k in range(first, last)):
        return
    head, clause = roots
    tokens[clause] = replace(tokens[clause], head=head, dep="advcl")
    for k in range(clause + 1, last):
        if tokens[k].head == clause and tokens[k].dep == "punct" and k == last - 1:
            tokens[k] = replace(tokens[k], head=head)


def object_as_root(tokens: list[Token], first: int, last: int) -> None:
    """Two roots, a verb without an object and a name or noun right after it that has no
    verb of its own ("Emmanuel Macron hosted | Lebanese Prime Minister Najib Mikati at the
    Elysee"): the second is the object of the first."""
    roots = roots_of(tokens, first, last)
    if len(roots) != 2:
        return
    verb, noun = roots
    opening = min(k for k in range(first, last) if descends(tokens, k, noun))
    if tokens[verb].pos in NOMINAL and opening - 1 > verb and tokens[opening - 1].head == verb \
            and tokens[opening - 1].dep in ("acl", "amod"):
        verb = opening - 1  # "Vietnam's parliament dismissed | President Vo Van Thuong", two roots
    kids = [k for k in range(first, last) if tokens[k].head in (verb, noun) and k not in roots]
    tags = ("VBD", "VBZ", "VBP") if verb == roots[0] else ("VBD", "VBZ", "VBP", "VBN")  # a modifier may be a participle
    if tokens[verb].pos != "VERB" or tokens[noun].pos not in NOMINAL or tokens[verb].tag not in tags \
            or any(tokens[k].head == verb and tokens[k].dep.split(":")[0] in ("obj", "ccomp", "xcomp") for k in kids) \
            or any(tokens[k].head == noun and tokens[k].dep.startswith(("nsubj", "cop", "case")) for k in kids) \
            or any(not descends(tokens, k, roots[0]) for k in range(first, opening)) \
            or tokens[opening].pos in ("ADP", "PUNCT", "CCONJ", "SCONJ"):
        return
    tokens[noun] = replace(tokens[noun], head=verb, dep="obj")
    if tokens[last - 1].dep == "punct" and tokens[last - 1].head == noun:
        tokens[last - 1] = replace(tokens[last - 1], head=roots[0])


def verb_between_roots(tokens: list[Token], first: int, last: int, text: str) -> None:
    """Two roots, a name and the object after it, the verb between them read as the object's
    adjective ("Azerbaijan | accused | France of interfering"): the verb is the root."""
    roots = roots_of(tokens, first, last)
    if len(roots) != 2:
        return
    subject, obj = roots
    verb = subject + 1
    while verb < obj and descends(tokens, verb, subject):
        verb += 1
    if not verb < obj or tokens[verb].head != obj or tokens[verb].dep not in ("amod", "acl") \
            or not past_form(text, tokens[verb]) or tokens[subject].pos not in NOMINAL or tokens[obj].pos not in NOMINAL \
            or any(not descends(tokens, k, obj) for k in range(verb + 1, obj)):
        return
    for k in punctuation(tokens, first, last, subject) + punctuation(tokens, first, last, obj):
        if k == last - 1:
            tokens[k] = replace(tokens[k], head=verb)
    tokens[verb] = replace(tokens[verb], head=verb, dep="ROOT", pos="VERB", tag="VBD")
    tokens[subject] = replace(tokens[subject], head=verb, dep="nsubj")
    tokens[obj] = replace(tokens[obj], head=verb, dep="obj")


def phrase_as_root(tokens: list[Token], first: int, last: int, text: str) -> None:
    """A prepositional phrase read as the root, the sentence's subject its subject and the verb
    that subject's modifier ("Brazilian police raided the home | of former president Jair
    Bolsonaro": "Jair" the root): the verb is the root, the phrase hangs from its object."""
    root = only_root(tokens, first, last)
    if root is None or tokens[root].pos == "VERB":
        return
    subject = next((k for k in range(first, root) if tokens[k].head == root and tokens[k].dep == "nsubj"), None)
    if subject is None:
        return
    verb = next((k for k in range(subject + 1, root) if tokens[k].head == subject and tokens[k].dep == "acl"
                 and past_form(text, tokens[k])), None)
    if verb is None:
        return
    obj = next((k for k in range(verb + 1, root) if tokens[k].head == verb and tokens[k].dep == "obj"), None)
    opening = min(k for k in range(verb + 1, root + 1) if not descends(tokens, k, subject))
    if obj is None or tokens[opening].pos != "ADP" or any(not descends(tokens, k, verb) for k in range(verb + 1, opening)):
        return
    for k in punctuation(tokens, first, last, root):
        tokens[k] = replace(tokens[k], head=verb)
    tokens[verb] = replace(tokens[verb], head=verb, dep="ROOT", pos="VERB", tag="VBD")
    tokens[subject] = replace(tokens[subject], head=verb, dep="nsubj")
    tokens[root] = replace(tokens[root], head=obj, dep="nmod", pos="PROPN" if tokens[root].pos == "ADJ" else tokens[root].pos)


def within_phrase(tokens: list[Token], i: int, root: int) -> bool:
    """Whether a word hangs from the root through nominal words only."""
    j = tokens[i].head
    for _ in range(30):
        if j == root:
            return True
        if tokens[j].pos not in PHRASE or tokens[j].head == j:
            return False
        j = tokens[j].head
    return False



def participle_after_object(tokens: list[Token], first: int, last: int, text: str) -> None:
    """A participle with its agent read as the root, the sentence's verb an adjective of its
    subject ("The Egyptian army | destroyed | tunnels | used by smugglers"): the verb is the
    root, the words before it its subject, the noun its object, the participle describes it."""
    root = only_root(tokens, first, last)
    if root is None:
        return
    noun: int | None = None
    if tokens[root].pos in NOMINAL:
        noun = root  # (or with the participle already read as describing the root noun)
        if not any(tokens[k].head == root and tokens[k].dep == "acl" and tokens[k].tag == "VBN"
                   for k in range(root + 1, last)):
            return
    elif tokens[root].tag in ("VBN", "VBD") and any(tokens[k].head == root and tokens[k].dep == "obl:agent"
                                                    for k in range(root + 1, last)):
        noun = next((k for k in range(first, root) if tokens[k].head == root and tokens[k].dep == "nsubj"), None)
        if noun is None or tokens[noun].pos not in NOMINAL:
            return
    else:
        return
    verb = next((k for k in range(first, noun) if tokens[k].head == noun and tokens[k].dep in MODIFIER
                 and past_form(text, tokens[k])), None)
    subject = next((k for k in range(first, verb) if tokens[k].head == noun and tokens[k].dep in ("compound", "nmod")
                    and tokens[k].pos in NOMINAL), None) if verb is not None else None
    if verb is None or subject is None or any(tokens[k].head == noun for k in range(verb + 1, noun)):
        return
    tokens[verb] = replace(tokens[verb], head=verb, dep="ROOT", pos="VERB", tag="VBD")
    tokens[subject] = replace(tokens[subject], head=verb, dep="nsubj")
    for k in punctuation(tokens, first, last, root):
        tokens[k] = replace(tokens[k], head=verb)
    if root != noun:
        tokens[root] = replace(tokens[root], head=noun, dep="acl")
    tokens[noun] = replace(tokens[noun], head=verb, dep="obj")


def verb_after_place(tokens: list[Token], first: int, last: int, text: str) -> None:
    """A past verb read as a noun the place before it names ("Police in Kenya | shot | dead two
    protesters", "a Kenya shot"), the sentence's root the noun after it: the word is the verb,
    the place goes back to its subject, the root noun is the object."""
    root = nominal_root(tokens, first, last)
    if root is None:
        return
    for v in range(first + 2, root):
        t = tokens[v]
        if t.pos not in NOMINAL or not past_form(text, t) or t.dep not in ("nmod", "compound") or not (
                first <= t.head < v and tokens[t.head].pos in NOMINAL and descends(tokens, v, root)):
            continue
        places = [k for k in range(first, v) if tokens[k].head == v and tokens[k].dep == "compound"
                  and tokens[k].pos == "PROPN"]
        cases = [k for k in range(first, v) if tokens[k].head == v and tokens[k].dep == "case"]
        if not places or not cases:
            continue
        subject = t.head
        tokens[v] = replace(t, head=v, dep="ROOT", pos="VERB", tag="VBD")
        tokens[places[-1]] = replace(tokens[places[-1]], head=subject, dep="nmod")
        for k in [*places[:-1], *cases]:
            tokens[k] = replace(tokens[k], head=places[-1])
        tokens[subject] = replace(tokens[subject], head=v, dep="nsubj")
        for k in range(v + 1, root):
            if tokens[k].head == root and tokens[k].dep == "case" and word(text, tokens[k]) in ("down", "up", "off"):
                tokens[k] = replace(tokens[k], head=v, dep="compound:prt")  # "shot down a helicopter"
        for k in punctuation(tokens, first, last, root):
            tokens[k] = replace(tokens[k], head=v)
        tokens[root] = replace(tokens[root], head=v, dep="obj")
        return


def break_cycles(tokens: list[Token], first: int, last: int) -> None:
    """Hang a word the mends left in a cycle of heads on the sentence's root (or make it the
    root), so that every word leads up to a root again."""
    roots = [k for k in range(first, last) if tokens[k].head == k]
    for i in range(first, last):
        path: set[int] = set()
        k = i
        while tokens[k].head != k and k not in path and first <= tokens[k].head < last:
            path.add(k)
            k = tokens[k].head
        if k in path:
            if roots:
                tokens[k] = replace(tokens[k], head=roots[0], dep="dep" if tokens[k].dep == "ROOT" else tokens[k].dep)
            else:
                tokens[k] = replace(tokens[k], head=k, dep="ROOT")
                roots = [k]
