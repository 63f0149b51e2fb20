"""Mend parser errors around a sentence's subject (see :mod:`.mend` for the whole list).

- The first of two coordinated names cut off from the subject ("Barack Obama and Vladimir
  Putin will meet"); two subjects of one verb with "and" between them ("Australia and Papua
  New Guinea signed"): one subject and its conjunct.
- A subject read as a compound of its verb ("Egypt's foreign minister flew"), a modifier read
  as the subject of the subject ("Ukrainian drones attacked"), a name read as two subjects
  ("President Volodymyr Zelensky thanked") or as the root, its verb hung from it ("leader Kim
  Jong Un threatened").
- A subject read as a passive subject of an active past verb ("The Burmese junta released"), or
  as an unmarked oblique before its verb ("Turkish warplanes struck"): the subject.
- An owner hung on the verb instead of the subject after it ("Sudan's | army retook"): the
  subject's.
- A subject read as a sentence of its own before its verb ("Tens of thousands of Georgians |
  rallied in Tbilisi"): the subject of that verb.
- The object of a verb of saying before a clause with no subject ("Seoul said | North Korean
  soldiers | crossed the border"): the clause's subject.
- A name or body read as a second subject right before the one it describes ("United States |
  President Joe Biden said"): a compound of that subject's first word.
- A quotation mark that opens the sentence read as a root of its own: punctuation of the
  sentence's root.
- A member of an "including" list read as a second subject ("a coalition including France, |
  the United States and Britain | attacked"): a conjunct of the member before it.
- An -ing verb read as a second root after a name ("supporters of Evo Morales | blocking a
  highway"), or a verb read as an adjective inside the subject's place phrase ("Protesters in
  Kenya stormed parliament"): it describes the noun, or is the verb.

Also the helpers the other mends share: a sentence's only root, its nominal root, whether a
word descends from another, and the punctuation hung from a word.
"""

from __future__ import annotations

from dataclasses import replace

from ..article import Token

NOMINAL = {"NOUN", "PROPN"}
SAYING = {"say", "report", "claim", "announce", "confirm", "believe", "allege", "deny", "insist"}
"""Verbs that report a clause, which their object may be read as the subject of."""


def punctuation(tokens: list[Token], first: int, last: int, head: int) -> list[int]:
    """The punctuation that hangs from a token (it follows the root when the root moves)."""
    return [k for k in range(first, last) if tokens[k].head == head and tokens[k].dep == "punct"]


def roots_of(tokens: list[Token], first: int, last: int) -> list[int]:
    """The roots of a sentence (a broken parse may give it several)."""
    return [i for i in range(first, last) if tokens[i].head == i]


def only_root(tokens: list[Token], first: int, last: int) -> int | None:
    """The root of a sentence, where it has only one."""
    roots = roots_of(tokens, first, last)
    return roots[0] if len(roots) == 1 else None


def descends(tokens: list[Token], k: int, top: int) -> bool:
    """Whether a token is a word of the phrase another heads (or that word itself)."""
    for _ in range(50):
        if k == top:
            return True
        if tokens[k].head == k:
            return False
        k = tokens[k].head
    return False


def listed_subject(tokens: list[Token], first: int, last: int, text: str) -> None:
    """A member of an "including" list read as a second subject of the verb ("a coalition
    including France, | the United States and Britain | attacked"): a conjunct of the member
    before it."""
    for j in range(first, last):
        if tokens[j].dep != "nsubj":
            continue
        verb = tokens[j].head
        i = next((k for k in range(first, j) if tokens[k].dep == "nsubj" and tokens[k].head == verb), None)
        up = tokens[verb].head
        rooted = i is None and tokens[verb].dep == "acl" and first <= up < j and tokens[up].head == up \
            and tokens[up].pos in NOMINAL  # "A coalition | ... attacked": the verb read as its modifier
        if rooted:
            i = up
        member = next((k for k in range(j - 1, i, -1) if tokens[k].dep in ("nmod", "conj") and any(
            tokens[c].head == k and text[tokens[c].start:tokens[c].end].lower() == "including"
            for c in range(i, k))), None) if i is not None else None
        if member is None:
            continue
        tokens[j] = replace(tokens[j], head=member, dep="conj")
        if rooted:
            for k in range(first, last):
                if tokens[k].head == up and k != up and k != verb and tokens[k].dep == "punct" and k > verb:
                    tokens[k] = replace(tokens[k], head=verb)
            tokens[verb] = replace(tokens[verb], head=verb, dep="ROOT")
            tokens[up] = replace(tokens[up], head=verb, dep="nsubj")
        return


def stray_punctuation(tokens: list[Token], first: int, last: int) -> None:
    """A punctuation mark read as a root of its own, beside a root that is a word (" | Our
    role is clear," ...): punctuation of that root."""
    roots = roots_of(tokens, first, last)
    words = [k for k in roots if tokens[k].pos != "PUNCT"]
    if len(roots) < 2 or not words:
        return
    for k in roots:
        if tokens[k].pos == "PUNCT":
            nearest = min(words, key=lambda w: abs(w - k))
            tokens[k] = replace(tokens[k], head=nearest, dep="punct")


def described_subject(tokens: list[Token], first: int, last: int) -> None:
    """Two subjects of one verb, the phrase of the first ending right where the second's begins,
    with no punctuation, conjunction or verb between ("United States | President Joe Biden
    said"): the first describes the second."""
    for i in range(first, last):
        if tokens[i].dep != "nsubj" or tokens[i].pos not in NOMINAL:
            continue
        j = next((k for k in range(i + 1, min(last, i + 8)) if tokens[k].dep == "nsubj"
                  and tokens[k].head == tokens[i].head), None)
        if j is None or tokens[j].pos != "PROPN":
            continue
        opens = min(k for k in range(i + 1, j + 1) if descends(tokens, k, j))
        if opens <= i or any(not descends(tokens, k, i) for k in range(i + 1, opens)) \
                or any(not descends(tokens, k, j) or tokens[k].pos in ("PUNCT", "CCONJ", "VERB", "AUX")
                       for k in range(opens, j)) or tokens[opens].pos not in NOMINAL:
            continue
        tokens[i] = replace(tokens[i], head=opens, dep="compound")
        return


def nominal_root(tokens: list[Token], first: int, last: int) -> int | None:
    """The root of a sentence left without a verb: its only root, a noun or name."""
    root = only_root(tokens, first, last)
    return root if root is not None and tokens[root].pos in NOMINAL else None


def coordinated_subject(tokens: list[Token], first: int, last: int) -> None:
    for i in range(first + 1, last - 1):
        if tokens[i].pos != "CCONJ" or tokens[i].lemma.lower() != "and":
            continue
        name, subject = i - 1, tokens[i].head
        while name > first and tokens[name].dep == "flat" and tokens[name].head < name:
            name = tokens[name].head
        if not (first <= subject < last and tokens[subject].dep.startswith("nsubj") and subject > i):
            continue
        if tokens[name].pos != "PROPN" or tokens[name].dep in ("nsubj", "conj", "compound", "flat") \
                or tokens[name].head != tokens[subject].head:
            continue
        verb = tokens[subject].head
        tokens[name] = replace(tokens[name], dep=tokens[subject].dep, head=verb)
        tokens[subject] = replace(tokens[subject], dep="conj", head=name)
        tokens[i] = replace(tokens[i], head=subject)
        return


def compound_subject(tokens: list[Token], first: int, last: int) -> None:
    """A noun right before a root verb with no subject, hung from it as a compound, is its
    subject ("Egypt's foreign minister flew to Khartoum": "minister" a compound of "flew")."""
    for i in range(first + 1, last):
        t, before = tokens[i], tokens[i - 1]
        if t.pos != "VERB" or t.head != i or before.head != i or before.dep != "compound" \
                or before.pos not in NOMINAL:
            continue
        if any(tokens[k].head == i and tokens[k].dep.startswith("nsubj") for k in range(first, last)):
            continue
        tokens[i - 1] = replace(before, dep="nsubj")


def subject_of_subject(tokens: list[Token], first: int, last: int) -> None:
    """A word read as the subject of the subject right after it modifies it ("Ukrainian
    drones attacked": "Ukrainian" the subject of "drones")."""
    for i in range(first, last - 1):
        t, noun = tokens[i], tokens[i + 1]
        if t.head == i + 1 and t.dep == "nsubj" and noun.dep.startswith("nsubj") and noun.pos == "NOUN":
            tokens[i] = replace(t, dep="amod")


def split_name(tokens: list[Token], first: int, last: int) -> None:
    """Two capitalized words side by side, both subjects of one verb (or both owners of one
    noun: "Nicolas | Maduro's victory"), are one name: the first hangs from the second."""
    for i in range(first, last - 1):
        t, after = tokens[i], tokens[i + 1]
        if t.dep == after.dep and t.dep in ("nsubj", "nmod:poss") and t.head == after.head and after.pos == "PROPN" \
                and t.pos in ("ADJ", "PROPN", "NOUN") and t.tag in ("NNP", "JJ") and t.lemma[:1].isupper():
            tokens[i] = replace(t, head=i + 1, dep="compound")
            for k in range(first, last):
                if tokens[k].head == i and k != i:
                    tokens[k] = replace(tokens[k], head=i + 1)


def surname_as_root(tokens: list[Token], first: int, last: int, text: str) -> None:
    """A surname read as a second root right after its given name ("dismissed Prime Minister
    Srettha | Thavisin for an ethics violation"): it ends the name, and what hung from it
    hangs from the name."""
    roots = roots_of(tokens, first, last)
    if len(roots) != 2 or roots[1] - 1 <= first:
        return
    i = roots[1]
    name, t = tokens[i - 1], tokens[i]
    if name.pos != "PROPN" or name.head == i - 1 or t.pos not in NOMINAL or name.end + 1 != t.start \
            or not text[t.start:t.end][:1].isupper():
        return
    for k in range(first, last):
        if tokens[k].head == i and k != i:
            tokens[k] = replace(tokens[k], head=i - 1)
    tokens[i] = replace(t, head=i - 1, dep="flat", pos="PROPN", tag="NNP")


def name_as_root(tokens: list[Token], first: int, last: int) -> None:
    """A past verb without a subject hung from a name that is the root, right after the name's
    words: the verb is the root, the name its subject."""
    root = nominal_root(tokens, first, last)
    if root is None or tokens[root].pos != "PROPN":
        return
    k = root + 1
    while k < last and tokens[k].head == root and tokens[k].dep in ("flat", "compound"):
        k += 1
    if k >= last or tokens[k].head != root:
        return
    # "Viktor Orban vetoed a joint EU statement", read as an adverb and an apposition
    adverb = tokens[k].tag == "RB" and tokens[k].dep == "advmod" and tokens[k].lemma.lower().endswith("ed")
    if not adverb and (tokens[k].dep not in ("list", "parataxis", "dep", "acl", "appos") or tokens[k].tag != "VBD") \
            or any(tokens[j].head == k and tokens[j].dep.startswith("nsubj") for j in range(first, last)):
        return
    for j in punctuation(tokens, first, last, root):
        tokens[j] = replace(tokens[j], head=k)
    for j in range(k + 1, last):
        if adverb and tokens[j].head == root and tokens[j].dep == "appos":
            tokens[j] = replace(tokens[j], head=k, dep="obj")
    tokens[k] = replace(tokens[k], head=k, dep="ROOT", pos="VERB", tag="VBD")
    tokens[root] = replace(tokens[root], head=k, dep="nsubj")


def two_subjects(tokens: list[Token], first: int, last: int) -> None:
    """Two subjects of one verb with "and" or "or" between them: the second is a conjunct of
    the first, the word between its coordinator."""
    for i in range(first, last):
        if tokens[i].dep != "nsubj":
            continue
        j = next((k for k in range(i + 1, min(last, i + 8)) if tokens[k].dep == "nsubj"
                  and tokens[k].head == tokens[i].head), None)
        cc = next((k for k in range(i + 1, j) if tokens[k].dep == "cc"), None) if j is not None else None
        if j is None or cc is None or any(tokens[k].pos in ("VERB", "AUX") for k in range(i + 1, j)):
            continue
        tokens[j] = replace(tokens[j], head=i, dep="conj")
        tokens[cc] = replace(tokens[cc], head=j)
        return


def detached_subject(tokens: list[Token], first: int, last: int) -> None:
    """Two roots, a noun phrase and the verb right after it that has no subject: the phrase is
    the verb's subject ("Tens of thousands of Georgians | rallied")."""
    roots = roots_of(tokens, first, last)
    if len(roots) != 2 or tokens[roots[0]].pos not in NOMINAL or tokens[roots[1]].pos != "VERB":
        return
    noun, verb = roots
    if not all(descends(tokens, k, noun) for k in range(first, verb)) or any(
            tokens[k].head == verb and tokens[k].dep.startswith("nsubj") for k in range(first, last)):
        return
    tokens[noun] = replace(tokens[noun], head=verb, dep="nsubj")


def misread_subject(tokens: list[Token], first: int, last: int) -> None:
    """The noun before a verb without a subject, read as the subject of a passive the verb is not
    ("The Burmese junta | released", no auxiliary) or as an unmarked oblique ("Turkish warplanes
    | struck"): its subject."""
    for i in range(first, last):
        t = tokens[i]
        verb = t.head
        if t.pos not in NOMINAL or not i < verb < last or tokens[verb].pos != "VERB" \
                or tokens[verb].tag not in ("VBD", "VBN") or any(
                    tokens[k].head == verb and (tokens[k].dep.startswith("aux") or tokens[k].dep == "nsubj")
                    for k in range(first, last)):
            continue
        if t.dep == "nsubj:pass" and tokens[verb].tag == "VBD" or t.dep == "obl:unmarked":
            tokens[i] = replace(t, dep="nsubj")
            tokens[verb] = replace(tokens[verb], tag="VBD")


def misplaced_owner(tokens: list[Token], first: int, last: int) -> None:
    """A possessive hung on a verb, the verb's subject right after it ("Sudan | 's army |
    retook", "Sudan" an owner of "retook"): it owns the subject."""
    for i in range(first, last):
        t = tokens[i]
        verb = t.head
        if t.dep == "nmod:poss" and i < verb < last and tokens[verb].pos != "VERB" and tokens[verb].head < verb:
            # "Israel's Prime Minister Benjamin Netanyahu rejected calls", "Israel" an owner of
            # "calls": the verb the owned noun hangs from (not "For his part, Bush said")
            verb = tokens[verb].head
        if t.dep != "nmod:poss" or not i < verb < last or tokens[verb].pos != "VERB":
            continue
        subject = next((k for k in range(i + 1, verb) if tokens[k].head == verb and tokens[k].dep.startswith("nsubj")),
                       None)
        if subject is not None and tokens[subject].pos in NOMINAL:
            tokens[i] = replace(t, head=subject)


def reported_subject(tokens: list[Token], first: int, last: int) -> None:
    """The object of a verb of saying, right before the clause it reports, a clause with no
    subject ("Seoul said | North Korean soldiers | briefly crossed the border"): it is the
    clause's subject."""
    for i in range(first, last):
        t = tokens[i]
        if t.dep != "obj" or t.pos not in NOMINAL or tokens[t.head].lemma.lower() not in SAYING:
            continue
        verb = next((k for k in range(i + 1, min(i + 4, last)) if tokens[k].head == t.head
                     and tokens[k].dep == "ccomp" and tokens[k].pos == "VERB"), None)
        if verb is None or any(tokens[k].head == verb and tokens[k].dep.startswith("nsubj") for k in range(first, last)):
            continue
        if any(tokens[k].head != t.head and not descends(tokens, k, i) for k in range(i + 1, verb)):
            continue
        tokens[i] = replace(t, head=verb, dep="nsubj")
        for k in range(i + 1, verb):
            if tokens[k].head == t.head and tokens[k].dep == "advmod":
                tokens[k] = replace(tokens[k], head=verb)


def gerund_as_root(tokens: list[Token], first: int, last: int) -> None:
    """An -ing verb read as a second root, its subject the name ending a phrase of the first
    ("police used tear gas to disperse supporters of Evo Morales | blocking a highway"): it
    describes the phrase's noun, the name goes back into the phrase."""
    roots = roots_of(tokens, first, last)
    if len(roots) != 2 or tokens[roots[1]].tag != "VBG":
        return
    verb = roots[1]
    subjects = [k for k in range(first, verb) if tokens[k].head == verb and tokens[k].dep.startswith("nsubj")]
    if len(subjects) != 1 or tokens[subjects[0]].pos != "PROPN":
        return
    subject = subjects[0]
    start = min(k for k in range(first, subject + 1) if descends(tokens, k, subject))
    before = start - 1
    if before < first or tokens[before].pos not in NOMINAL or not descends(tokens, before, roots[0]):
        return
    noun = before
    while tokens[noun].dep in ("nmod", "compound", "flat", "appos") and tokens[tokens[noun].head].pos in NOMINAL:
        noun = tokens[noun].head
    # the name heads its phrase, the title before it describing it ("former president | Evo Morales")
    tokens[subject] = replace(tokens[subject], head=tokens[before].head, dep=tokens[before].dep)
    for k in range(first, before):
        if tokens[k].head == before and tokens[k].dep == "case":
            tokens[k] = replace(tokens[k], head=subject)
    tokens[before] = replace(tokens[before], head=subject, dep="nmod:desc")
    tokens[verb] = replace(tokens[verb], head=noun if noun != before else subject, dep="acl")


def verb_inside_place_phrase(tokens: list[Token], first: int, last: int) -> None:
    """A verb read as an adjective inside the place phrase of its subject ("Protesters | in
    Kenya stormed parliament", "stormed" describing "parliament", the object read as where the
    protesters are): the verb is the root, the object its object, the place the subject's."""
    for v in range(first + 3, last - 1):
        t = tokens[v]
        noun, place = t.head, v - 1
        if t.pos != "VERB" or t.dep != "amod" or not v < noun < last or tokens[place].head != noun \
                or tokens[place].pos != "PROPN" or tokens[place].dep != "compound":
            continue
        case = next((k for k in range(first, place) if tokens[k].head == noun and tokens[k].dep == "case"), None)
        subject = tokens[noun].head
        if case is None or tokens[noun].dep != "nmod" or not first <= subject < case \
                or tokens[subject].pos not in NOMINAL or not tokens[subject].dep.startswith("nsubj"):
            continue
        clause = tokens[subject].head
        if tokens[clause].head != clause or clause <= noun:
            continue  # only where the subject was taken by a later root ("as lawmakers passed")
        tokens[v] = replace(t, head=v, dep="ROOT", tag="VBD")
        tokens[subject] = replace(tokens[subject], head=v)
        tokens[place] = replace(tokens[place], head=subject, dep="nmod")
        tokens[case] = replace(tokens[case], head=place)
        tokens[noun] = replace(tokens[noun], head=v, dep="obj")
        for k in punctuation(tokens, first, last, clause):
            tokens[k] = replace(tokens[k], head=v)
        tokens[clause] = replace(tokens[clause], head=v, dep="advcl")
        return


def conjunct_of_name_part(tokens: list[Token], first: int, last: int) -> None:
    """A conjunct hung on the last word of a name before it ("Sri Lanka | and India", "India" a
    conjunct of "Lanka"): the conjunct of the whole name."""
    for i in range(first, last):
        t = tokens[i]
        part = t.head
        if t.dep != "conj" or not first <= part < i or tokens[part].dep != "flat" or not first <= tokens[part].head < part:
            continue
        tokens[i] = replace(t, head=tokens[part].head)
