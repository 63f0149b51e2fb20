"""Mend parser errors news sentences provoke.

- A past-tense verb read as a case marker of its object, the subject hanging from that object
  ("The president vetoed the bill"), becomes the root; before a clause's noun read as its verb
  ("said Beijing firmly opposed the US arms sale"), it is the clause's verb.
- A verb with an object read as a conjunct of the object before it ("dissolved parliament
  and suspended the constitution"), or as a modifier of the subject of an -ing root
  ("Supporters marched through Nairobi demanding reform") or of an infinitive root ("Germany's
  foreign minister called on Israel to allow more aid"): it joins the verb before, or is root.
- A reported clause read as a second subject of the verb that reports it ("Warplanes bombed
  positions, the ministry said"): its past form becomes the reported verb.
- A participle with its agent read as the root ("Somali troops backed by AU forces recaptured
  a town"): the verb after it is the root, the participle a modifier of the subject.
- An infinitive read as an adjective of the noun after it ("used water cannon to disperse
  protesters"): a clause of the sentence's verb, the noun its object.
- A reported clause read as a noun phrase, the complement or a second subject of the verb
  that reports it ("Russian warplanes bombed rebel-held areas, a monitor said"): mended as a
  sentence of its own.
- A perfect tense read as possession ("China has imposed sanctions": "has" the verb,
  "imposed" an adjective of "sanctions"), or as a copula ("it had fired rockets": "rockets"
  the predicate). The participle becomes the verb, "has" its auxiliary, and what hung from
  "has" (or from the noun, at the clause's level) hangs from it.

Mends of sentences left without a verb are in :mod:`.mend_roots`, around the subject in
:mod:`.mend_subjects`, of single misread words in :mod:`.mend_words`.
"""

from __future__ import annotations

from dataclasses import replace

from ..article import Token
from ..events import triggers
from .mend_roots import (
    adjective_as_verb,
    break_cycles,
    object_as_root,
    participle_after_object,
    participle_as_root,
    phrase_as_root,
    subject_as_root,
    verb_after_place,
    verb_as_modifier,
    verb_between_roots,
    verb_inside_name,
)
from .mend_subjects import (
    NOMINAL,
    compound_subject,
    conjunct_of_name_part,
    coordinated_subject,
    descends,
    described_subject,
    listed_subject,
    detached_subject,
    gerund_as_root,
    misplaced_owner,
    misread_subject,
    name_as_root,
    only_root,
    punctuation,
    reported_subject,
    split_name,
    stray_punctuation,
    subject_of_subject,
    surname_as_root,
    two_subjects,
    verb_inside_place_phrase,
)
from .mend_phrases import (compound_as_object, gerund_after_noun, listed_names_as_root, perfect_as_passive,
                           possessed_as_name_part, verb_joined_to_object)
from .mend_words import (
    adjective_of_verb,
    adjective_subject,
    gerund_as_modifier,
    headline_passive,
    hyphen_participle,
    infinitive_as_oblique,
    number_object,
    object_control,
    particle_verb_as_noun,
    passive_subject,
    past_form,
    past_verb_as_noun,
    people_adjective,
    reduced_relative,
    subject_of_noun,
)

PHRASE = {"NOUN", "PROPN", "ADJ", "NUM", "DET", "PRON"}
MODIFIER = {"acl", "amod"}
VERB_ARGUMENTS = {"obj", "obl", "xcomp", "ccomp", "advcl", "iobj"}
CLAUSE_LEVEL = {"nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "advmod", "advcl", "obl", "punct"}
"""Relations that belong to a clause's head, not to a noun inside it."""


def mend_sentence(tokens: list[Token], first: int, last: int, text: str = "") -> None:
    """Mend the parse of tokens[first:last] in place (``text`` is what the offsets point into)."""
    stray_punctuation(tokens, first, last)
    if text:
        hyphen_participle(tokens, first, last, text)
        _reported_noun(tokens, first, last, text)
    participle_as_root(tokens, first, last)
    gerund_as_root(tokens, first, last)
    object_as_root(tokens, first, last)
    if text:
        participle_after_object(tokens, first, last, text)
        verb_after_place(tokens, first, last, text)
    verb_inside_place_phrase(tokens, first, last)
    if text:
        verb_between_roots(tokens, first, last, text)
        phrase_as_root(tokens, first, last, text)
        surname_as_root(tokens, first, last, text)
        people_adjective(tokens, first, last, text)
        perfect_as_passive(tokens, first, last, text)
        possessed_as_name_part(tokens, first, last, text)
        gerund_after_noun(tokens, first, last, text)
        listed_names_as_root(tokens, first, last, text)
        _verb_as_case(tokens, first, last, text)
        past_verb_as_noun(tokens, first, last, text)
        subject_as_root(tokens, first, last, text)
    detached_subject(tokens, first, last)
    reported_subject(tokens, first, last)
    conjunct_of_name_part(tokens, first, last)
    coordinated_subject(tokens, first, last)
    compound_subject(tokens, first, last)
    subject_of_subject(tokens, first, last)
    _perfect_as_possession(tokens, first, last, text)
    verb_as_modifier(tokens, first, last, text)
    if text:
        adjective_as_verb(tokens, first, last, text)
        verb_inside_name(tokens, first, last, text)
    verb_joined_to_object(tokens, first, last)
    _clause_as_root(tokens, first, last)
    _agent_participle_as_root(tokens, first, last)
    split_name(tokens, first, last)
    described_subject(tokens, first, last)
    if text:
        listed_subject(tokens, first, last, text)
    name_as_root(tokens, first, last)
    two_subjects(tokens, first, last)
    _clause_as_root(tokens, first, last, infinitive=True)
    _infinitive_as_modifier(tokens, first, last)
    if text:
        particle_verb_as_noun(tokens, first, last, text)
        gerund_as_modifier(tokens, first, last, text)
        _reported_clause(tokens, first, last, text)
    misread_subject(tokens, first, last)
    misplaced_owner(tokens, first, last)
    adjective_subject(tokens, first, last)
    number_object(tokens, first, last)
    object_control(tokens, first, last)
    infinitive_as_oblique(tokens, first, last)
    subject_of_noun(tokens, first, last)
    passive_subject(tokens, first, last)
    headline_passive(tokens, first, last)
    adjective_of_verb(tokens, first, last)
    reduced_relative(tokens, first, last)
    if text:
        compound_as_object(tokens, first, last, text)
    break_cycles(tokens, first, last)


def _reported_noun(tokens: list[Token], first: int, last: int, text: str) -> None:
    """A reported clause read as a noun phrase, the complement or a second subject of the verb
    that reports it ("Russian warplanes bombed rebel-held areas, a war monitor said":
    "warplanes" the complement of "said", "bombed" an adjective): the clause is mended as a
    sentence of its own, its new root the complement."""
    root = only_root(tokens, first, last)
    if root is None or tokens[root].pos != "VERB":
        return
    subjects = [k for k in range(first, root) if tokens[k].head == root and tokens[k].dep == "nsubj"]
    head = next((k for k in range(first, root) if tokens[k].head == root and tokens[k].pos in NOMINAL and (
        tokens[k].dep == "ccomp" or len(subjects) > 1 and k == subjects[0])), None)  # "villages ..., a group said"
    if head is None:
        return
    end = head
    while end + 1 < root and descends(tokens, end + 1, head):
        end += 1
    if end + 1 < root and text[tokens[end + 1].start:tokens[end + 1].end] == ",":
        end += 1  # the comma hung on the subject of "said"
    if text[tokens[end].start:tokens[end].end] != "," or any(
            not descends(tokens, k, head) for k in range(first, end)):
        return
    before = tokens[first:end + 1]
    tokens[head] = replace(tokens[head], head=head, dep="ROOT")
    mend_sentence(tokens, first, end, text)
    top = only_root(tokens, first, end)
    if top is None or tokens[top].pos != "VERB":
        tokens[first:end + 1] = before  # no verb found: as the parse had it
        return
    tokens[top] = replace(tokens[top], head=root, dep="ccomp")
    tokens[end] = replace(tokens[end], head=top)


def _perfect_as_possession(tokens: list[Token], first: int, last: int, text: str = "") -> None:
    for i in range(first, last - 1):
        if tokens[i].lemma.lower() != "have":
            continue
        j = i + 1
        while j < last - 1 and tokens[j].pos == "ADV":
            j += 1
        participle = tokens[j]
        if participle.pos == "NOUN" and participle.head == i and participle.dep == "obj" and text \
                and past_form(text, participle) and any(
                    tokens[k].head == i and tokens[k].dep == "obj" for k in range(j + 1, last)):
            # "its air defences had shot down a drone": "shot" a noun, the object of "had".
            _to_participle(tokens, first, last, i, j)
            return
        if participle.tag not in ("VBN", "VBD") or participle.dep not in MODIFIER:
            continue
        noun = participle.head
        if tokens[i].dep == "cop" and tokens[i].head == noun and first <= noun < last:
            # "it had fired rockets" read as "it had [fired rockets]", "had" a copula: the
            # participle heads the clause, the noun is its object.
            head = tokens[noun]
            tokens[j] = replace(participle, head=j if head.head == noun else head.head, dep=head.dep, pos="VERB",
                                tag="VBN")
            for k in range(first, last):
                if tokens[k].head == noun and tokens[k].dep in CLAUSE_LEVEL | {"cop"}:
                    tokens[k] = replace(tokens[k], head=j, dep="aux" if k == i else tokens[k].dep)
            tokens[noun] = replace(head, head=j, dep="obj")
            return
        if not (first <= noun < last and tokens[noun].head == i and tokens[noun].dep in ("obj", "dobj")):
            continue
        _to_participle(tokens, first, last, i, j)
        return


def _to_participle(tokens: list[Token], first: int, last: int, i: int, j: int) -> None:
    """Make word j the verb of the clause "have" (word i) heads, "have" its auxiliary."""
    have = tokens[i]
    root = have.head == i
    tokens[j] = replace(tokens[j], head=j if root else have.head, dep=have.dep, pos="VERB", tag="VBN")
    tokens[i] = replace(have, head=j, dep="aux", pos="AUX")
    for k in range(first, last):
        if k != j and tokens[k].head == i and k != i:
            tokens[k] = replace(tokens[k], head=j)



def _verb_as_case(tokens: list[Token], first: int, last: int, text: str) -> None:
    """A past form read as a case marker of the noun after it, with the subject before it
    hanging from that noun ("The president vetoed the bill": "vetoed" a case of "bill")."""
    for i in range(first + 1, last - 1):
        t, h = tokens[i], tokens[i].head
        if t.dep != "case" or t.pos == "ADP" and not text[t.start:t.end].endswith("ed") or not past_form(text, t) \
                or not i < h < last:
            continue
        subject = i - 1
        while subject > first and tokens[subject].dep == "advmod" and tokens[subject].head == h:
            subject -= 1  # "Beijing firmly | opposed"
        while subject > first and tokens[subject].dep in ("flat", "compound") and tokens[subject].head < subject:
            subject = tokens[subject].head  # "Volodymyr Zelensky"
        if tokens[subject].dep == "ROOT" and tokens[h].head == subject and tokens[h].dep in ("obl", "nmod") \
                and tokens[subject].pos in NOMINAL | {"ADJ"}:
            # "President Volodymyr Zelensky | dismissed | the commander", the name the root and
            # the object its oblique
            moved = punctuation(tokens, first, last, subject)
            tokens[i] = replace(t, head=i, dep="ROOT", pos="VERB", tag="VBD")
            tokens[subject] = replace(tokens[subject], head=i, dep="nsubj")
            tokens[h] = replace(tokens[h], head=i, dep="obj")
            for k in moved:
                tokens[k] = replace(tokens[k], head=i)
            return
        if tokens[subject].dep != "nsubj" or tokens[subject].head != h or tokens[subject].pos not in NOMINAL:
            return
        up = tokens[h].head
        if tokens[h].dep == "ROOT":
            moved = punctuation(tokens, first, last, h)
        elif tokens[h].dep == "nsubj" and tokens[up].dep == "ROOT" and tokens[up].tag in ("VBN", "VBD") and up > h:
            # "vetoed the bill passed by parliament": the old root describes the object.
            moved = punctuation(tokens, first, last, up)
            tokens[up] = replace(tokens[up], head=h, dep="acl")
        elif tokens[h].dep in ("ccomp", "conj", "advcl") and up < i:
            # "said Beijing firmly opposed the US arms sale", "sale" read as the clause's verb
            tokens[i] = replace(t, head=up, dep=tokens[h].dep, pos="VERB", tag="VBD")
            for k in range(subject + 1, i):
                if tokens[k].head == h:
                    tokens[k] = replace(tokens[k], head=i)
            tokens[subject] = replace(tokens[subject], head=i)
            tokens[h] = replace(tokens[h], head=i, dep="obj", pos="NOUN", tag="NN")
            return
        else:
            return
        tokens[i] = replace(t, head=i, dep="ROOT", pos="VERB", tag="VBD")
        tokens[subject] = replace(tokens[subject], head=i)
        tokens[h] = replace(tokens[h], head=i, dep="obj")
        for k in moved:
            tokens[k] = replace(tokens[k], head=i)
        return


def _clause_as_root(tokens: list[Token], first: int, last: int, *, infinitive: bool = False) -> None:
    """A participle in -ing (or, ``infinitive``, a verb after "to") read as the root, the
    finite verb before it as a modifier of the subject ("Supporters marched through Nairobi
    demanding reform": "marched" an acl of "supporters"; "minister | called on Israel | to
    allow"): the finite verb is the root, the participle its adverbial clause (the infinitive
    its complement)."""
    root = only_root(tokens, first, last)
    if root is None or tokens[root].tag != ("VB" if infinitive else "VBG") or infinitive and not any(
            tokens[k].head == root and tokens[k].dep == "mark" and tokens[k].lemma.lower() == "to"
            for k in range(first, root)):
        return
    subject = next((k for k in range(first, root) if tokens[k].head == root and tokens[k].dep == "nsubj"), None)
    if subject is None:
        return
    verb = next((k for k in range(subject + 1, root) if tokens[k].head == subject and tokens[k].dep == "acl"
                 and (tokens[k].tag == "VBD" or (tokens[k].tag == "VBN" and not any(
                     tokens[j].head == k and tokens[j].dep in ("obl:agent", "aux:pass") for j in range(k + 1, root))))),
                None)
    if verb is None:
        return
    for k in punctuation(tokens, first, last, root):
        tokens[k] = replace(tokens[k], head=verb)
    tokens[verb] = replace(tokens[verb], head=verb, dep="ROOT", pos="VERB", tag="VBD" if infinitive else tokens[verb].tag)
    tokens[subject] = replace(tokens[subject], head=verb)
    tokens[root] = replace(tokens[root], head=verb, dep="xcomp" if infinitive else "advcl")


def _agent_participle_as_root(tokens: list[Token], first: int, last: int) -> None:
    """A participle with an agent ("backed by ...") read as the root, the past verb after it
    as its adverbial clause: the verb is the root, the participle a modifier of the subject."""
    root = only_root(tokens, first, last)
    if root is None or tokens[root].tag not in ("VBN", "VBD"):  # the tagger may call it a past tense
        return
    kids = [k for k in range(first, last) if tokens[k].head == root and k != root]
    subject = next((k for k in kids if k < root and tokens[k].dep == "nsubj"), None)
    if subject is None or not any(tokens[k].dep == "obl:agent" for k in kids) \
            or any(tokens[k].dep in ("aux", "aux:pass", "cop") for k in kids):
        return
    verb = next((k for k in kids if k > root and tokens[k].dep in ("advcl", "conj") and (tokens[k].tag == "VBD" or (
        tokens[k].tag == "VBN" and any(tokens[j].head == k and tokens[j].dep == "obj" for j in range(k + 1, last))))
                 and not any(tokens[j].head == k and tokens[j].dep.startswith("nsubj") for j in range(first, last))),
                None)
    if verb is None:
        return
    for k in punctuation(tokens, first, last, root):
        tokens[k] = replace(tokens[k], head=verb)
    tokens[verb] = replace(tokens[verb], head=verb, dep="ROOT")
    tokens[subject] = replace(tokens[subject], head=verb)
    tokens[root] = replace(tokens[root], head=subject, dep="acl")


def _infinitive_as_modifier(tokens: list[Token], first: int, last: int) -> None:
    """A base-form verb after "to", read as an adjective of the noun after it, is a clause of
    the sentence's verb and the noun its object."""
    root = only_root(tokens, first, last)
    if root is None or tokens[root].pos != "VERB":
        return
    for i in range(max(first + 1, root + 1), last - 1):
        t = tokens[i]
        n = t.head  # "to disperse protesters", "to expel US troops"
        verb = t.tag == "VB" or t.pos == "VERB" or (t.lemma.lower(), "verb") in triggers()  # "to expel | French troops"
        if not verb or t.dep != "amod" or not i < n < last or tokens[i - 1].lemma.lower() != "to" \
                or tokens[n].pos not in NOMINAL or any(tokens[k].head != n for k in range(i + 1, n)):
            continue
        # "voted to expel US troops": the verb's object was the infinitive's, which completes
        # the verb; "used water cannon to disperse protesters": a purpose.
        completes = tokens[n].head == root and (tokens[n].dep == "obj" or tokens[i - 1].head == n)
        tokens[i] = replace(t, head=root, dep="xcomp" if completes else "advcl", pos="VERB", tag="VB")
        tokens[i - 1] = replace(tokens[i - 1], head=i, dep="mark")
        tokens[n] = replace(tokens[n], head=i, dep="obj")
        return


def _reported_clause(tokens: list[Token], first: int, last: int, text: str) -> None:
    """A reported clause read as a subject of the verb that reports it ("Turkish warplanes
    bombed positions in Iraq, the ministry said": "warplanes" a second subject of "said",
    "bombed" its modifier): the past form is the reported verb, what followed it its object."""
    for root in range(first, last):
        if tokens[root].head != root or tokens[root].pos != "VERB":
            continue
        subjects = [k for k in range(first, root) if tokens[k].head == root and tokens[k].dep == "nsubj"]
        if len(subjects) < 2:
            return
        subject = subjects[0]
        verb = next((k for k in range(subject + 1, subjects[1]) if tokens[k].head == subject
                     and tokens[k].dep in MODIFIER and past_form(text, tokens[k])), None)
        if verb is None or not any(tokens[k].dep == "punct" and text[tokens[k].start:tokens[k].end] == ","
                                   for k in range(verb, subjects[1])):
            return
        tokens[verb] = replace(tokens[verb], head=root, dep="ccomp", pos="VERB", tag="VBD")
        tokens[subject] = replace(tokens[subject], head=verb)
        rest = [k for k in range(verb + 1, subjects[1]) if tokens[k].head == subject]
        nominal = next((k for k in rest if tokens[k].pos in NOMINAL and tokens[k].dep != "punct"), None)
        for k in rest:
            dep = "obj" if k == nominal else "punct" if tokens[k].dep == "punct" else "obl"
            tokens[k] = replace(tokens[k], head=verb, dep=dep)
        return





