"""Mending a verb the parser read as a modifier of the subject."""

from __future__ import annotations

import re

from dateline.article import Token
from dateline.pipeline.mend import mend_sentence


def tok(pos: str, tag: str, lemma: str, dep: str, head: int) -> Token:
    return Token(0, 0, tag, pos, lemma, dep, head)


def arcs(tokens: list[Token], *indices: int) -> list[tuple[str, int]]:
    """The (relation, head) of some tokens."""
    return [(tokens[i].dep, tokens[i].head) for i in indices]


def parsed(text: str, *rows: tuple[str, str, str, str, int]) -> list[Token]:
    """Tokens over the words of a text, one (pos, tag, lemma, dep, head) row per word."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    assert len(spans) == len(rows)
    return [Token(start, end, tag, pos, lemma, dep, head) for (start, end), (pos, tag, lemma, dep, head) in zip(spans, rows)]


def mended(text: str, *rows: tuple[str, str, str, str, int]) -> list[Token]:
    """The tokens of :func:`parsed`, mended."""
    tokens = parsed(text, *rows)
    mend_sentence(tokens, 0, len(tokens), text)
    return tokens


def test_a_past_tense_modifier_with_arguments_becomes_the_root() -> None:
    # "Iraq on Saturday appealed to the U.N."
    tokens = [tok("PROPN", "NNP", "Iraq", "ROOT", 0), tok("ADP", "IN", "on", "case", 2),
              tok("PROPN", "NNP", "Saturday", "obl", 3), tok("ADJ", "JJ", "appealed", "acl", 0),
              tok("ADP", "IN", "to", "case", 5), tok("PROPN", "NNP", "U.N.", "obl", 3)]
    mend_sentence(tokens, 0, len(tokens))
    assert (tokens[3].dep, tokens[3].head, tokens[3].pos) == ("ROOT", 3, "VERB")
    assert (tokens[0].dep, tokens[0].head) == ("nsubj", 3)


def test_an_adjective_before_its_noun_stays() -> None:
    # "Leaders of the embattled party" (no verb)
    tokens = [tok("NOUN", "NNS", "leader", "ROOT", 0), tok("ADP", "IN", "of", "case", 4),
              tok("DET", "DT", "the", "det", 4), tok("ADJ", "JJ", "embattled", "amod", 4),
              tok("NOUN", "NN", "party", "nmod", 0)]
    before = list(tokens)
    mend_sentence(tokens, 0, len(tokens))
    assert tokens == before


def test_a_sentence_with_a_verb_root_is_left_alone() -> None:
    tokens = [tok("PROPN", "NNP", "Biden", "nsubj", 1), tok("VERB", "VBD", "meet", "ROOT", 1),
              tok("PROPN", "NNP", "Kadhimi", "obj", 1)]
    before = list(tokens)
    mend_sentence(tokens, 0, len(tokens))
    assert tokens == before


def test_a_perfect_read_as_possession_gets_its_verb_back() -> None:
    # "China has imposed sanctions": "has" the root, "imposed" an adjective of "sanctions"
    tokens = [tok("PROPN", "NNP", "China", "nsubj", 1), tok("AUX", "VBZ", "have", "ROOT", 1),
              tok("VERB", "VBN", "impose", "amod", 3), tok("NOUN", "NNS", "sanction", "obj", 1)]
    mend_sentence(tokens, 0, len(tokens))
    assert (tokens[2].dep, tokens[2].head) == ("ROOT", 2)
    assert (tokens[1].dep, tokens[1].head) == ("aux", 2)
    assert tokens[0].head == 2 and tokens[3].head == 2


def test_a_verb_before_its_bare_object_becomes_the_root() -> None:
    # "Ethiopia's government on Saturday rejected accusations"
    tokens = [tok("NOUN", "NN", "government", "ROOT", 0), tok("ADP", "IN", "on", "case", 2),
              tok("PROPN", "NNP", "Saturday", "compound", 4), tok("VERB", "VBN", "reject", "amod", 4),
              tok("NOUN", "NNS", "accusation", "nmod", 0)]
    mend_sentence(tokens, 0, len(tokens))
    assert (tokens[3].dep, tokens[3].head) == ("ROOT", 3)
    assert (tokens[4].dep, tokens[4].head) == ("obj", 3)
    assert (tokens[0].dep, tokens[0].head) == ("nsubj", 3)


def test_a_past_verb_tagged_as_a_noun_with_an_object_is_a_verb() -> None:
    text = "Bush mobilized troops"
    tokens = mended(text, ("PROPN", "NNP", "Bush", "compound", 1), ("NOUN", "NN", "mobilized", "ROOT", 1),
                    ("NOUN", "NNS", "troop", "obj", 1))
    assert (tokens[1].pos, tokens[1].tag) == ("VERB", "VBD")
    assert tokens[2].pos == "NOUN"


def test_an_adjective_in_ed_between_subject_and_root_noun_is_the_verb() -> None:
    # "Warplanes bombed rebel positions": "bombed" an adjective of the root "positions".
    text = "Warplanes bombed rebel positions"
    tokens = mended(text, ("NOUN", "NNS", "warplane", "nsubj", 3), ("ADJ", "JJ", "bombed", "amod", 3),
                    ("NOUN", "NN", "rebel", "compound", 3), ("NOUN", "NNS", "position", "ROOT", 3))
    assert (tokens[1].dep, tokens[1].head, tokens[1].pos) == ("ROOT", 1, "VERB")
    assert (tokens[0].dep, tokens[0].head) == ("nsubj", 1)
    assert (tokens[3].dep, tokens[3].head) == ("obj", 1)


def test_coordinated_subjects_that_already_hang_from_the_verb_follow_it() -> None:
    # "Pakistan and India exchanged lists": the first name a compound of the root "lists", the
    # second its conjunct, "exchanged" an adjective of "lists".
    text = "Pakistan and India exchanged lists"
    tokens = mended(text, ("PROPN", "NNP", "Pakistan", "compound", 4), ("CCONJ", "CC", "and", "cc", 2),
                    ("PROPN", "NNP", "India", "conj", 0), ("VERB", "VBD", "exchange", "amod", 4),
                    ("NOUN", "NNS", "list", "ROOT", 4))
    assert (tokens[3].dep, tokens[3].head) == ("ROOT", 3)
    assert (tokens[0].dep, tokens[0].head) == ("nsubj", 3)
    assert (tokens[2].dep, tokens[2].head) == ("conj", 0)
    assert (tokens[4].dep, tokens[4].head) == ("obj", 3)


def test_a_past_verb_read_as_a_case_marker_becomes_the_root() -> None:
    # "The president vetoed the bill": "vetoed" a case marker of "bill", which holds the subject.
    text = "The president vetoed the bill"
    tokens = mended(text, ("DET", "DT", "the", "det", 1), ("NOUN", "NN", "president", "nsubj", 4),
                    ("NOUN", "NN", "vetoed", "case", 4), ("DET", "DT", "the", "det", 4),
                    ("NOUN", "NN", "bill", "ROOT", 4))
    assert (tokens[2].dep, tokens[2].head, tokens[2].pos) == ("ROOT", 2, "VERB")
    assert (tokens[1].dep, tokens[1].head) == ("nsubj", 2)
    assert (tokens[4].dep, tokens[4].head) == ("obj", 2)


def test_a_subject_read_as_the_root_gives_it_back_to_the_verb() -> None:
    # "Rioters looted shops": "Rioters" the root, "looted" an adjective of its object "shops".
    text = "Rioters looted shops"
    tokens = mended(text, ("NOUN", "NNS", "rioter", "ROOT", 0), ("ADJ", "JJ", "loot", "amod", 2),
                    ("NOUN", "NNS", "shop", "obj", 0))
    assert (tokens[1].dep, tokens[1].head) == ("ROOT", 1)
    assert (tokens[0].dep, tokens[0].head) == ("nsubj", 1)
    assert (tokens[2].dep, tokens[2].head) == ("obj", 1)


def test_an_irregular_past_with_the_object_of_its_adjective_is_a_verb() -> None:
    # "Gunmen shot dead a police officer": "shot" a noun, "officer" the object of "dead".
    text = "Gunmen shot dead an officer"
    tokens = mended(text, ("NOUN", "NNS", "gunmen", "compound", 1), ("NOUN", "NN", "shot", "ROOT", 1),
                    ("ADJ", "JJ", "dead", "amod", 1), ("DET", "DT", "an", "det", 4),
                    ("NOUN", "NN", "officer", "obj", 2))
    assert (tokens[1].pos, tokens[4].head, tokens[0].dep) == ("VERB", 1, "nsubj")


def test_a_verb_with_its_own_subject_modifies_no_noun() -> None:
    # "Japan praised Korea 's decision", "praised" read as a modifier inside the root's phrase
    tokens = [tok("PROPN", "NNP", "Japan", "nsubj", 1), tok("VERB", "VBD", "praise", "amod", 2),
              tok("PROPN", "NNP", "Korea", "nmod:poss", 4), tok("PART", "POS", "'s", "case", 2),
              tok("NOUN", "NN", "decision", "ROOT", 4)]
    mend_sentence(tokens, 0, len(tokens))
    assert arcs(tokens, 1, 4, 0) == [("ROOT", 1), ("obj", 1), ("nsubj", 1)]


def test_a_verb_before_its_compound_object_becomes_the_root() -> None:
    # "Hundreds of protesters stormed government buildings"
    tokens = [tok("NOUN", "NNS", "hundred", "ROOT", 0), tok("ADP", "IN", "of", "case", 2),
              tok("NOUN", "NNS", "protester", "nmod", 0), tok("VERB", "VBD", "storm", "amod", 5),
              tok("NOUN", "NN", "government", "compound", 5), tok("NOUN", "NNS", "building", "nmod", 0)]
    mend_sentence(tokens, 0, len(tokens))
    assert arcs(tokens, 3, 5, 0) == [("ROOT", 3), ("obj", 3), ("nsubj", 3)]


def test_a_perfect_read_as_a_copula_gets_its_verb_back() -> None:
    # "Hamas said it had fired rockets", "had" read as the copula of "rockets"
    tokens = [tok("PROPN", "NNP", "Hamas", "nsubj", 1), tok("VERB", "VBD", "say", "ROOT", 1),
              tok("PRON", "PRP", "it", "nsubj", 5), tok("AUX", "VBD", "have", "cop", 5),
              tok("VERB", "VBN", "fire", "amod", 5), tok("NOUN", "NNS", "rocket", "ccomp", 1)]
    mend_sentence(tokens, 0, len(tokens))
    assert arcs(tokens, 4, 3, 2, 5) == [("ccomp", 1), ("aux", 4), ("nsubj", 4), ("obj", 4)]


def test_a_subject_read_as_a_compound_of_its_verb_is_its_subject() -> None:
    text = "Egypt's minister flew to Khartoum"
    tokens = mended(text, ("PROPN", "NNP", "Egypt's", "nmod:poss", 1), ("NOUN", "NN", "minister", "compound", 2),
                    ("VERB", "VBD", "fly", "ROOT", 2), ("ADP", "IN", "to", "case", 4),
                    ("PROPN", "NNP", "Khartoum", "obl", 2))
    assert arcs(tokens, 1) == [("nsubj", 2)]


def test_a_modifier_read_as_the_subject_of_the_subject_modifies_it() -> None:
    text = "Ukrainian drones attacked refineries"
    tokens = mended(text, ("PROPN", "NNP", "Ukrainian", "nsubj", 1), ("NOUN", "NNS", "drone", "nsubj", 2),
                    ("VERB", "VBD", "attack", "ROOT", 2), ("NOUN", "NNS", "refinery", "obj", 2))
    assert arcs(tokens, 0, 1) == [("amod", 1), ("nsubj", 2)]


def test_a_past_participle_read_as_the_object_of_had_is_the_verb() -> None:
    text = "defences had shot down a drone"
    tokens = mended(text, ("NOUN", "NNS", "defence", "nsubj", 1), ("AUX", "VBD", "have", "ROOT", 1),
                    ("NOUN", "NN", "shot", "obj", 1), ("ADP", "RP", "down", "compound:prt", 2),
                    ("DET", "DT", "a", "det", 5), ("NOUN", "NN", "drone", "obj", 1))
    assert arcs(tokens, 2, 1, 0, 5) == [("ROOT", 2), ("aux", 2), ("nsubj", 2), ("obj", 2)]


def test_a_verb_read_as_a_conjunct_of_an_object_joins_the_verb_before() -> None:
    text = "Emir dissolved parliament and suspended articles"
    tokens = mended(text, ("NOUN", "NN", "emir", "nsubj", 1), ("VERB", "VBD", "dissolve", "ROOT", 1),
                    ("NOUN", "NN", "parliament", "obj", 1), ("CCONJ", "CC", "and", "cc", 4),
                    ("VERB", "VBD", "suspend", "conj", 2), ("NOUN", "NNS", "article", "obj", 4))
    assert arcs(tokens, 4) == [("conj", 1)]


def test_a_participle_read_as_the_root_gives_it_back_to_the_verb_before() -> None:
    text = "Supporters marched through Nairobi demanding reform"
    tokens = mended(text, ("NOUN", "NNS", "supporter", "nsubj", 4), ("VERB", "VBD", "march", "acl", 0),
                    ("ADP", "IN", "through", "case", 3), ("PROPN", "NNP", "Nairobi", "obl", 1),
                    ("VERB", "VBG", "demand", "ROOT", 4), ("NOUN", "NN", "reform", "obj", 4))
    assert arcs(tokens, 1, 0, 4) == [("ROOT", 1), ("nsubj", 1), ("advcl", 1)]


def test_a_reported_clause_read_as_a_second_subject_gets_its_verb() -> None:
    text = "Warplanes bombed positions , the ministry said"
    tokens = mended(text, ("NOUN", "NNS", "warplane", "nsubj", 6), ("ADJ", "JJ", "bombed", "acl", 0),
                    ("NOUN", "NNS", "position", "parataxis", 0), ("PUNCT", ",", ",", "punct", 0),
                    ("DET", "DT", "the", "det", 5), ("NOUN", "NN", "ministry", "nsubj", 6),
                    ("VERB", "VBD", "say", "ROOT", 6))
    assert arcs(tokens, 1, 0, 2, 5) == [("ccomp", 6), ("nsubj", 1), ("obj", 1), ("nsubj", 6)]


def test_a_participle_with_its_agent_read_as_the_root_gives_it_back_to_the_verb_after() -> None:
    text = "Troops backed by allies recaptured a town"
    tokens = mended(text, ("NOUN", "NNS", "troop", "nsubj", 1), ("VERB", "VBD", "back", "ROOT", 1),
                    ("ADP", "IN", "by", "case", 3), ("NOUN", "NNS", "ally", "obl:agent", 1),
                    ("VERB", "VBD", "recapture", "advcl", 1), ("DET", "DT", "a", "det", 6),
                    ("NOUN", "NN", "town", "obj", 4))
    assert arcs(tokens, 4, 0, 1) == [("ROOT", 4), ("nsubj", 4), ("acl", 0)]


def test_a_name_read_as_two_subjects_is_one_name() -> None:
    text = "Volodymyr Zelensky thanked Britain"
    tokens = mended(text, ("ADJ", "JJ", "Volodymyr", "nsubj", 2), ("PROPN", "NNP", "Zelensky", "nsubj", 2),
                    ("VERB", "VBD", "thank", "ROOT", 2), ("PROPN", "NNP", "Britain", "obj", 2))
    assert arcs(tokens, 0, 1) == [("compound", 1), ("nsubj", 2)]


def test_a_name_read_as_the_root_gives_the_verb_back() -> None:
    text = "leader Kim Jong Un threatened war"
    tokens = mended(text, ("NOUN", "NN", "leader", "nmod:desc", 1), ("PROPN", "NNP", "Kim", "ROOT", 1),
                    ("PROPN", "NNP", "Jong", "flat", 1), ("PROPN", "NNP", "Un", "flat", 1),
                    ("VERB", "VBD", "threaten", "list", 1), ("NOUN", "NN", "war", "obj", 4))
    assert arcs(tokens, 4, 1) == [("ROOT", 4), ("nsubj", 4)]


def test_two_subjects_with_and_between_them_are_coordinated() -> None:
    text = "Australia and Papua New Guinea signed a pact"
    tokens = mended(text, ("PROPN", "NNP", "Australia", "nsubj", 5), ("CCONJ", "CC", "and", "cc", 2),
                    ("PROPN", "NNP", "Papua", "amod", 4), ("ADJ", "NNP", "New", "amod", 4),
                    ("PROPN", "NNP", "Guinea", "nsubj", 5), ("VERB", "VBD", "sign", "ROOT", 5),
                    ("DET", "DT", "a", "det", 7), ("NOUN", "NN", "pact", "obj", 5))
    assert arcs(tokens, 0, 4, 1) == [("nsubj", 5), ("conj", 0), ("cc", 4)]


def test_an_infinitive_read_as_an_adjective_is_a_clause_of_the_verb() -> None:
    text = "Police used gas to disperse protesters"
    tokens = mended(text, ("NOUN", "NNS", "police", "nsubj", 1), ("VERB", "VBD", "use", "ROOT", 1),
                    ("NOUN", "NN", "gas", "obj", 1), ("PART", "TO", "to", "case", 5),
                    ("VERB", "VB", "disperse", "amod", 5), ("NOUN", "NNS", "protester", "nmod", 0))
    assert arcs(tokens, 4, 3, 5) == [("advcl", 1), ("mark", 4), ("obj", 4)]


def test_a_past_verb_with_its_particle_read_as_a_noun_is_the_verb() -> None:
    text = "The military shot down a balloon"
    tokens = mended(text, ("DET", "DT", "the", "det", 2), ("ADJ", "JJ", "military", "amod", 2),
                    ("NOUN", "NN", "shot", "ROOT", 2), ("ADP", "IN", "down", "case", 5),
                    ("DET", "DT", "a", "det", 5), ("NOUN", "NN", "balloon", "nmod", 2))
    assert arcs(tokens, 2, 1, 3, 5) == [("ROOT", 2), ("nsubj", 2), ("compound:prt", 2), ("obj", 2)]
    assert tokens[1].pos == "NOUN" and tokens[2].pos == "VERB"


def test_a_past_verb_read_as_a_complement_of_the_subject_is_the_root() -> None:
    text = "Israeli warplanes bombed a school"
    tokens = mended(text, ("ADJ", "JJ", "Israeli", "amod", 1), ("NOUN", "NNS", "warplane", "ROOT", 1),
                    ("VERB", "VBD", "bombed", "xcomp", 1), ("DET", "DT", "a", "det", 4),
                    ("NOUN", "NN", "school", "obj", 2))
    assert arcs(tokens, 2, 1, 4) == [("ROOT", 2), ("nsubj", 2), ("obj", 2)]


def test_a_past_verb_read_as_an_adverb_of_a_name_is_the_verb() -> None:
    # the name hangs from the root noun ...
    text = "Orban vetoed a new package"
    tokens = mended(text, ("PROPN", "NNP", "Orban", "cc", 4), ("ADV", "RB", "vetoed", "advmod", 0),
                    ("DET", "DT", "a", "det", 4), ("ADJ", "JJ", "new", "amod", 4), ("NOUN", "NN", "package", "ROOT", 4))
    assert arcs(tokens, 1, 0, 4) == [("ROOT", 1), ("nsubj", 1), ("obj", 1)]
    # ... or is the root itself, what the verb rejects its apposition
    text = "Orban vetoed a statement"
    tokens = mended(text, ("PROPN", "NNP", "Orban", "ROOT", 0), ("ADV", "RB", "vetoed", "advmod", 0),
                    ("DET", "DT", "a", "det", 3), ("NOUN", "NN", "statement", "appos", 0))
    assert arcs(tokens, 1, 0, 3) == [("ROOT", 1), ("nsubj", 1), ("obj", 1)]


def test_a_verb_read_as_a_modifier_of_the_subject_of_its_infinitive_is_the_root() -> None:
    text = "minister called on Israel to allow aid"
    tokens = mended(text, ("NOUN", "NN", "minister", "nsubj", 5), ("VERB", "VBD", "call", "acl", 0),
                    ("ADP", "IN", "on", "case", 3), ("PROPN", "NNP", "Israel", "obl", 1),
                    ("PART", "TO", "to", "mark", 5), ("VERB", "VB", "allow", "ROOT", 5), ("NOUN", "NN", "aid", "obj", 5))
    assert arcs(tokens, 1, 0, 5) == [("ROOT", 1), ("nsubj", 1), ("xcomp", 1)]


def test_words_the_model_misreads_are_nouns() -> None:
    text = "police arrested a Pakistani national accused of spying"
    tokens = mended(text, ("NOUN", "NNS", "police", "nsubj", 1), ("VERB", "VBD", "arrest", "ROOT", 1),
                    ("DET", "DT", "a", "det", 5), ("ADJ", "JJ", "Pakistani", "amod", 4),
                    ("ADJ", "JJ", "national", "amod", 5), ("VERB", "VBN", "accused", "xcomp", 1),
                    ("ADP", "IN", "of", "case", 7), ("NOUN", "NN", "spying", "nmod", 5))
    assert arcs(tokens, 4, 5, 2, 3) == [("obj", 1), ("acl", 4), ("det", 4), ("amod", 4)]


def test_a_subject_read_as_a_sentence_of_its_own_is_the_subject_of_the_verb_after_it() -> None:
    text = "Tens of thousands rallied"
    tokens = mended(text, ("NOUN", "NNS", "ten", "ROOT", 0), ("ADP", "IN", "of", "case", 2),
                    ("NOUN", "NNS", "thousand", "nmod", 0), ("VERB", "VBD", "rally", "ROOT", 3))
    assert arcs(tokens, 0) == [("nsubj", 3)]


def test_an_infinitive_read_as_an_adjective_completes_the_verb_whose_object_it_took() -> None:
    text = "parliament voted to expel French troops"
    tokens = mended(text, ("NOUN", "NN", "parliament", "nsubj", 1), ("VERB", "VBD", "vote", "ROOT", 1),
                    ("ADP", "IN", "to", "case", 5), ("ADJ", "JJ", "expel", "amod", 5),
                    ("ADJ", "NNP", "French", "amod", 5), ("NOUN", "NNS", "troops", "obl", 1))
    assert arcs(tokens, 3, 2, 5) == [("xcomp", 1), ("mark", 3), ("obj", 3)]


def test_an_adjective_as_a_subject_is_a_noun() -> None:
    text = "Myanmar's military freed prisoners"
    tokens = mended(text, ("PROPN", "NNP", "Myanmar", "nmod:poss", 1), ("ADJ", "JJ", "military", "nsubj", 2),
                    ("VERB", "VBD", "free", "ROOT", 2), ("NOUN", "NNS", "prisoner", "obj", 2))
    assert tokens[1].pos == "NOUN"


def test_a_number_hung_as_an_oblique_after_its_verb_is_its_object() -> None:
    text = "forces shot down 40 of drones"
    tokens = mended(text, ("NOUN", "NNS", "force", "nsubj", 1), ("VERB", "VBD", "shoot", "ROOT", 1),
                    ("ADP", "RP", "down", "compound:prt", 1), ("NUM", "CD", "40", "obl:unmarked", 1),
                    ("ADP", "IN", "of", "case", 5), ("NOUN", "NNS", "drone", "nmod", 3))
    assert arcs(tokens, 3) == [("obj", 1)]


def test_an_object_read_as_an_apposition_of_the_subject_goes_to_the_verb() -> None:
    text = "opposition accused President Maduro"
    tokens = mended(text, ("NOUN", "NN", "opposition", "ROOT", 0), ("VERB", "VBN", "accuse", "acl", 0),
                    ("PROPN", "NNP", "President", "nmod:desc", 3), ("PROPN", "NNP", "Maduro", "appos", 0))
    assert arcs(tokens, 1, 0, 3) == [("ROOT", 1), ("nsubj", 1), ("obj", 1)]


def test_a_subject_misread_as_passive_or_oblique_is_the_subject() -> None:
    text = "The junta released him"
    tokens = mended(text, ("DET", "DT", "the", "det", 1), ("NOUN", "NN", "junta", "nsubj:pass", 2),
                    ("VERB", "VBD", "release", "ROOT", 2), ("PRON", "PRP", "he", "obj", 2))
    assert arcs(tokens, 1) == [("nsubj", 2)]
    text = "warplanes struck positions"
    tokens = mended(text, ("NOUN", "NNS", "warplane", "obl:unmarked", 1), ("VERB", "VBN", "strike", "ROOT", 1),
                    ("NOUN", "NNS", "position", "obj", 1))
    assert arcs(tokens, 0) == [("nsubj", 1)] and tokens[1].tag == "VBD"


def test_a_past_verb_read_as_the_case_of_an_oblique_of_a_root_name_is_the_verb() -> None:
    text = "Volodymyr Zelensky dismissed the commander"
    tokens = mended(text, ("ADJ", "NNP", "Volodymyr", "ROOT", 0), ("PROPN", "NNP", "Zelensky", "flat", 0),
                    ("VERB", "VBD", "dismiss", "case", 4), ("DET", "DT", "the", "det", 4),
                    ("NOUN", "NN", "commander", "obl", 0))
    assert arcs(tokens, 2, 0, 4) == [("ROOT", 2), ("nsubj", 2), ("obj", 2)]


def test_a_participle_after_a_comma_read_as_a_second_root_is_a_clause_of_the_first() -> None:
    text = "army fired rockets , killing civilians"
    tokens = mended(text, ("NOUN", "NN", "army", "nsubj", 1), ("VERB", "VBD", "fire", "ROOT", 1),
                    ("NOUN", "NNS", "rocket", "obj", 1), ("PUNCT", ",", ",", "punct", 4),
                    ("VERB", "VBG", "kill", "ROOT", 4), ("NOUN", "NNS", "civilian", "obj", 4))
    assert arcs(tokens, 4) == [("advcl", 1)]


def test_a_past_verb_read_as_a_noun_root_takes_its_object_back_from_an_apposition() -> None:
    text = "president vetoed a bill"
    tokens = mended(text, ("NOUN", "NN", "president", "compound", 1), ("NOUN", "NN", "vetoed", "ROOT", 1),
                    ("DET", "DT", "a", "det", 3), ("NOUN", "NN", "bill", "appos", 1))
    assert arcs(tokens, 3, 0) == [("obj", 1), ("nsubj", 1)] and tokens[1].pos == "VERB"


def test_shot_dead_read_as_a_noun_takes_its_object_back_from_a_conjunct() -> None:
    text = "Gunmen shot dead a journalist"
    tokens = mended(text, ("NOUN", "NNS", "gunman", "compound", 1), ("NOUN", "NN", "shot", "ROOT", 1),
                    ("ADJ", "JJ", "dead", "amod", 1), ("DET", "DT", "a", "det", 4), ("NOUN", "NN", "journalist", "conj", 1))
    assert arcs(tokens, 4, 0) == [("obj", 1), ("nsubj", 1)] and tokens[1].pos == "VERB"


def test_an_owner_hung_on_the_verb_owns_its_subject() -> None:
    text = "Sudan 's army retook the palace"
    tokens = mended(text, ("PROPN", "NNP", "Sudan", "nmod:poss", 3), ("PART", "POS", "'s", "case", 0),
                    ("NOUN", "NN", "army", "nsubj", 3), ("VERB", "VBD", "retake", "ROOT", 3),
                    ("DET", "DT", "the", "det", 5), ("NOUN", "NN", "palace", "obj", 3))
    assert arcs(tokens, 0) == [("nmod:poss", 2)]


def test_an_infinitive_on_the_object_of_an_order_completes_the_order() -> None:
    text = "ordered the army to strike"
    tokens = mended(text, ("VERB", "VBD", "order", "ROOT", 0), ("DET", "DT", "the", "det", 2),
                    ("NOUN", "NN", "army", "obj", 0), ("PART", "TO", "to", "mark", 4), ("VERB", "VB", "strike", "acl", 2))
    assert arcs(tokens, 4) == [("xcomp", 0)]


def test_a_verb_with_its_particle_read_as_the_subject_of_its_object_is_the_root() -> None:
    text = "The army shot down a drone"
    tokens = mended(text, ("DET", "DT", "the", "det", 2), ("NOUN", "NN", "army", "compound", 2),
                    ("NOUN", "NN", "shot", "nsubj", 3), ("ADP", "IN", "down", "case", 5),
                    ("DET", "DT", "a", "det", 5), ("NOUN", "NN", "drone", "ROOT", 5))
    assert arcs(tokens, 2, 1, 3, 5) == [("ROOT", 2), ("nsubj", 2), ("compound:prt", 2), ("obj", 2)]


def test_a_reported_clause_read_as_a_noun_phrase_is_mended_as_a_sentence() -> None:
    text = "Russian warplanes bombed rebel positions , a monitor said"
    tokens = mended(text, ("ADJ", "JJ", "russian", "amod", 1), ("NOUN", "NNS", "warplane", "ccomp", 8),
                    ("VERB", "JJ", "bombed", "xcomp", 1), ("NOUN", "NN", "rebel", "compound", 4),
                    ("NOUN", "NNS", "position", "obj", 2), ("PUNCT", ",", ",", "punct", 1),
                    ("DET", "DT", "a", "det", 7), ("NOUN", "NN", "monitor", "nsubj", 8),
                    ("VERB", "VBD", "say", "ROOT", 8))
    assert arcs(tokens, 2, 1, 4) == [("ccomp", 8), ("nsubj", 2), ("obj", 2)]


def test_a_reported_noun_phrase_without_a_verb_in_it_stays_as_parsed() -> None:
    text = "More rain , the agency said"
    rows = (("ADJ", "JJR", "more", "amod", 1), ("NOUN", "NN", "rain", "ccomp", 5), ("PUNCT", ",", ",", "punct", 1),
            ("DET", "DT", "the", "det", 4), ("NOUN", "NN", "agency", "nsubj", 5), ("VERB", "VBD", "say", "ROOT", 5))
    assert mended(text, *rows) == parsed(text, *rows)


def test_a_name_read_as_a_second_root_after_a_verb_is_its_object() -> None:
    text = "Macron hosted Prime Minister Mikati at the Elysee ."
    tokens = mended(text, ("PROPN", "NNP", "Macron", "nsubj", 1), ("VERB", "VBD", "host", "ROOT", 1),
                    ("ADJ", "JJ", "prime", "amod", 3), ("PROPN", "NNP", "Minister", "nmod:desc", 4),
                    ("PROPN", "NNP", "Mikati", "ROOT", 4), ("ADP", "IN", "at", "case", 7),
                    ("DET", "DT", "the", "det", 7), ("PROPN", "NNP", "Elysee", "nmod", 4),
                    ("PUNCT", ".", ".", "punct", 4))
    assert arcs(tokens, 4, 8) == [("obj", 1), ("punct", 1)]


def test_a_verb_hung_on_its_subject_takes_the_subject_s_appended_noun_as_object() -> None:
    # "Armed men abducted 280 pupils from a school in Kaduna state": "state" the root
    text = "Armed men abducted 280 pupils from a school in Kaduna state"
    tokens = mended(text, ("ADJ", "JJ", "armed", "amod", 1), ("NOUN", "NNS", "man", "nsubj", 10),
                    ("VERB", "VBN", "abducte", "acl", 1), ("NUM", "CD", "280", "nummod", 4),
                    ("NOUN", "NNS", "pupil", "parataxis", 1), ("ADP", "IN", "from", "case", 7),
                    ("DET", "DT", "a", "det", 7), ("NOUN", "NN", "school", "nmod", 4),
                    ("ADP", "IN", "in", "case", 9), ("PROPN", "NNP", "Kaduna", "compound", 10),
                    ("NOUN", "NN", "state", "ROOT", 10))
    assert arcs(tokens, 2, 1, 4, 10) == [("ROOT", 2), ("nsubj", 2), ("obj", 2), ("obl", 2)]


def test_a_surname_read_as_a_second_root_ends_the_name() -> None:
    text = "Court dismissed Srettha Thavisin for ethics"
    tokens = mended(text, ("PROPN", "NNP", "Court", "nsubj", 1), ("VERB", "VBD", "dismiss", "ROOT", 1),
                    ("PROPN", "NNP", "Srettha", "obj", 1), ("NOUN", "NN", "thavisin", "ROOT", 3),
                    ("ADP", "IN", "for", "case", 5), ("NOUN", "NN", "ethics", "nmod", 3))
    assert arcs(tokens, 3, 5) == [("flat", 2), ("nmod", 2)]


def test_an_infinitive_read_as_an_oblique_completes_the_verb_and_takes_its_object() -> None:
    text = "parliament voted to dismiss Dmytro Kuleba"
    tokens = mended(text, ("NOUN", "NN", "parliament", "nsubj", 1), ("VERB", "VBD", "vote", "ROOT", 1),
                    ("ADP", "TO", "to", "mark", 3), ("VERB", "VB", "dismiss", "obl", 1),
                    ("PROPN", "NNP", "Dmytro", "obj", 1), ("PROPN", "NNP", "Kuleba", "flat", 4))
    assert arcs(tokens, 3, 4) == [("xcomp", 1), ("obj", 3)]


def test_an_object_read_as_the_subject_of_the_noun_after_it_is_the_object() -> None:
    text = "Armenia exchanged prisoners in a gesture"
    tokens = mended(text, ("PROPN", "NNP", "Armenia", "nsubj", 1), ("VERB", "VBD", "exchange", "ROOT", 1),
                    ("NOUN", "NNS", "prisoner", "nsubj", 5), ("ADP", "IN", "in", "case", 5),
                    ("DET", "DT", "a", "det", 5), ("NOUN", "NN", "gesture", "obj", 1))
    assert arcs(tokens, 2, 5) == [("obj", 1), ("obl", 1)]


def test_a_participle_after_a_preposition_is_no_verb() -> None:
    # "launched air strikes on suspected Taliban hideouts": "suspected" stays a modifier
    text = "military launched strikes on suspected hideouts"
    tokens = mended(text, ("NOUN", "NN", "military", "amod", 2), ("VERB", "VBD", "launch", "amod", 2),
                    ("NOUN", "NNS", "strike", "ROOT", 2), ("ADP", "IN", "on", "case", 5),
                    ("VERB", "VBN", "suspect", "amod", 5), ("NOUN", "NNS", "hideout", "nmod", 2))
    assert arcs(tokens, 1, 0, 2, 4) == [("ROOT", 1), ("nsubj", 1), ("obj", 1), ("amod", 5)]


def test_the_subject_of_a_passive_verb_is_a_passive_subject() -> None:
    text = "Imran Khan was sentenced"
    tokens = mended(text, ("PROPN", "NNP", "Imran", "nsubj", 3), ("PROPN", "NNP", "Khan", "flat", 0),
                    ("AUX", "VBD", "be", "aux:pass", 3), ("VERB", "VBN", "sentence", "ROOT", 3))
    assert arcs(tokens, 0) == [("nsubj:pass", 3)]


def test_an_infinitive_after_the_object_of_an_order_completes_the_order() -> None:
    text = "ordered forces to arrest them"
    tokens = mended(text, ("VERB", "VBD", "order", "ROOT", 0), ("NOUN", "NNS", "force", "obj", 0),
                    ("PART", "TO", "to", "mark", 3), ("VERB", "VB", "arrest", "advcl", 0),
                    ("PRON", "PRP", "they", "obj", 3))
    assert arcs(tokens, 3) == [("xcomp", 0)]


def test_a_name_joined_to_a_participle_by_a_hyphen_describes_the_noun_after_it() -> None:
    text = "Rwandan-backed rebels launched an attack"
    rows = (("PROPN", "NNP", "Rwandan", "ROOT", 0), ("PUNCT", ",", "-", "punct", 0), ("VERB", "VBN", "back", "amod", 3),
            ("NOUN", "NNS", "rebel", "appos", 0), ("VERB", "VBD", "launch", "acl", 3), ("DET", "DT", "a", "det", 6),
            ("NOUN", "NN", "attack", "obj", 4))
    spans = [(0, 7), (7, 8), (8, 14), (15, 21), (22, 30), (31, 33), (34, 40)]
    tokens = [Token(a, b, tag, pos, lemma, dep, head) for (a, b), (pos, tag, lemma, dep, head) in zip(spans, rows)]
    mend_sentence(tokens, 0, len(tokens), text)
    assert arcs(tokens, 0, 2, 3, 4) == [("obl:npmod", 2), ("amod", 3), ("nsubj", 4), ("ROOT", 4)]


def test_a_verb_between_two_roots_read_as_the_object_s_adjective_is_the_root() -> None:
    text = "Azerbaijan accused France of meddling"
    tokens = mended(text, ("PROPN", "NNP", "Azerbaijan", "ROOT", 0), ("VERB", "VBD", "accuse", "amod", 2),
                    ("PROPN", "NNP", "France", "ROOT", 2), ("SCONJ", "IN", "of", "mark", 4),
                    ("VERB", "VBG", "meddle", "acl", 2))
    assert arcs(tokens, 1, 0, 2) == [("ROOT", 1), ("nsubj", 1), ("obj", 1)]


def test_a_phrase_read_as_the_root_hangs_from_the_verb_s_object() -> None:
    text = "police raided the home of Jair Bolsonaro"
    tokens = mended(text, ("NOUN", "NN", "police", "nsubj", 5), ("VERB", "VBD", "raid", "acl", 0),
                    ("DET", "DT", "the", "det", 3), ("NOUN", "NN", "home", "obj", 1), ("ADP", "IN", "of", "case", 5),
                    ("ADJ", "NNP", "Jair", "ROOT", 5), ("PROPN", "NNP", "Bolsonaro", "flat", 5))
    assert arcs(tokens, 1, 0, 5) == [("ROOT", 1), ("nsubj", 1), ("nmod", 3)]


def test_an_adjective_hung_on_a_verb_before_its_subject_is_the_subject_s() -> None:
    text = "Mozambican police shot protesters"
    tokens = mended(text, ("ADJ", "JJ", "mozambican", "amod", 2), ("NOUN", "NN", "police", "nsubj", 2),
                    ("VERB", "VBD", "shoot", "ROOT", 2), ("NOUN", "NNS", "protester", "obj", 2))
    assert arcs(tokens, 0) == [("amod", 1)]


def test_a_noun_and_its_participle_read_as_a_small_clause_are_an_object_and_its_modifier() -> None:
    text = "defences intercepted a missile launched from Yemen"
    tokens = mended(text, ("NOUN", "NNS", "defence", "nsubj", 1), ("VERB", "VBD", "intercept", "ROOT", 1),
                    ("DET", "DT", "a", "det", 3), ("NOUN", "NN", "missile", "nsubj", 4),
                    ("VERB", "VBN", "launch", "xcomp", 1), ("ADP", "IN", "from", "case", 6),
                    ("PROPN", "NNP", "Yemen", "obl", 4))
    assert arcs(tokens, 3, 4) == [("obj", 1), ("acl", 3)]


def test_a_name_read_as_a_second_subject_describes_the_subject_after_it() -> None:
    # "United States | President Joe Biden said": "States" describes the president's name.
    tokens = mended("United States President Joe Biden said",
                    ("ADJ", "NNP", "United", "amod", 1), ("PROPN", "NNPS", "States", "nsubj", 5),
                    ("PROPN", "NNP", "President", "nmod:desc", 3), ("PROPN", "NNP", "Joe", "nsubj", 5),
                    ("PROPN", "NNP", "Biden", "flat", 3), ("VERB", "VBD", "say", "ROOT", 5))
    assert arcs(tokens, 1, 3) == [("compound", 2), ("nsubj", 5)]


def test_subjects_joined_by_and_stay_two() -> None:
    tokens = mended("Iraq and Iran signed",
                    ("PROPN", "NNP", "Iraq", "nsubj", 3), ("CCONJ", "CC", "and", "cc", 2),
                    ("PROPN", "NNP", "Iran", "nsubj", 3), ("VERB", "VBD", "sign", "ROOT", 3))
    assert arcs(tokens, 0) != [("compound", 2)]


def test_a_quotation_mark_read_as_a_root_hangs_on_the_sentence_root() -> None:
    tokens = mended('" Our role is clear',
                    ("PUNCT", "''", '"', "ROOT", 0), ("PRON", "PRP$", "our", "nmod:poss", 2),
                    ("NOUN", "NN", "role", "nsubj", 4), ("AUX", "VBZ", "be", "cop", 4),
                    ("ADJ", "JJ", "clear", "ROOT", 4))
    assert arcs(tokens, 0) == [("punct", 4)]


def test_every_word_leads_up_to_a_root_after_mending() -> None:
    # A parse whose heads go round in a circle ("aid" -> "to" -> "aid") is cut at the circle.
    tokens = [tok("VERB", "VBD", "send", "ROOT", 0), tok("NOUN", "NN", "aid", "obj", 2),
              tok("ADP", "IN", "to", "case", 1)]
    mend_sentence(tokens, 0, len(tokens))
    for i in range(len(tokens)):
        k, steps = i, 0
        while tokens[k].head != k and steps < 10:
            k, steps = tokens[k].head, steps + 1
        assert tokens[k].head == k


def test_an_ing_verb_read_as_a_modifier_of_its_object_is_the_complement_of_keep() -> None:
    tokens = mended("The US will keep supplying weapons to Ukraine",
                    ("DET", "DT", "the", "det", 1), ("PROPN", "NNP", "US", "nsubj", 3), ("AUX", "MD", "will", "aux", 3),
                    ("VERB", "VB", "keep", "ROOT", 3), ("VERB", "NN", "supplying", "compound", 5),
                    ("NOUN", "NNS", "weapon", "obj", 3), ("ADP", "IN", "to", "case", 7),
                    ("PROPN", "NNP", "Ukraine", "obl", 3))
    assert arcs(tokens, 4, 5, 7) == [("xcomp", 3), ("obj", 4), ("obl", 4)]


def test_a_member_of_an_including_list_read_as_a_subject_joins_the_list() -> None:
    text = "A coalition including France , the United States attacked"
    tokens = mended(text, ("DET", "DT", "a", "det", 1), ("NOUN", "NN", "coalition", "nsubj", 8),
                    ("VERB", "VBG", "include", "case", 3), ("PROPN", "NNP", "France", "nmod", 1),
                    ("PUNCT", ",", ",", "punct", 7), ("DET", "DT", "the", "det", 7),
                    ("ADJ", "NNP", "United", "amod", 7), ("PROPN", "NNPS", "States", "nsubj", 8),
                    ("VERB", "VBD", "attack", "ROOT", 8))
    assert arcs(tokens, 1, 7) == [("nsubj", 8), ("conj", 3)]


def test_a_headline_passive_without_its_auxiliary_has_its_subject_undergo_it() -> None:
    tokens = mended("Opposition leader arrested in Minsk",
                    ("NOUN", "NN", "opposition", "compound", 1), ("NOUN", "NN", "leader", "nsubj", 2),
                    ("VERB", "VBD", "arrest", "ROOT", 2), ("ADP", "IN", "in", "case", 4),
                    ("PROPN", "NNP", "Minsk", "obl", 2))
    assert tokens[1].dep == "nsubj:pass"
    tokens = mended("Gunmen killed at least 75 people",
                    ("NOUN", "NNS", "gunman", "nsubj", 1), ("VERB", "VBD", "kill", "ROOT", 1),
                    ("ADP", "IN", "at", "case", 3), ("ADJ", "JJS", "least", "obl", 4),
                    ("NUM", "CD", "75", "nummod", 5), ("NOUN", "NNS", "people", "obl", 1))
    assert tokens[0].dep == "nsubj"


def test_a_perfect_read_as_a_passive_gets_its_subject_back() -> None:
    tokens = mended("NATO said it had struck centers",
                    ("PROPN", "NNP", "NATO", "nsubj", 1), ("VERB", "VBD", "say", "ROOT", 1),
                    ("PRON", "PRP", "it", "nsubj:pass", 4), ("AUX", "VBD", "have", "aux:pass", 4),
                    ("VERB", "VBN", "strike", "ccomp", 1), ("NOUN", "NNS", "center", "obj", 4))
    assert arcs(tokens, 2, 3) == [("nsubj", 4), ("aux", 4)]
    passive = mended("it had been struck",
                     ("PRON", "PRP", "it", "nsubj:pass", 3), ("AUX", "VBD", "have", "aux:pass", 3),
                     ("AUX", "VBN", "be", "aux:pass", 3), ("VERB", "VBN", "strike", "ROOT", 3))
    assert arcs(passive, 0, 1) == [("nsubj:pass", 3), ("aux", 3)]


def test_a_possessed_noun_read_as_part_of_its_owners_name_heads_the_phrase() -> None:
    tokens = mended("leader Moammar Gadhafi 's forces have occupied buildings",
                    ("NOUN", "NN", "leader", "compound", 1), ("PROPN", "NNP", "Moammar", "nsubj", 6),
                    ("PROPN", "NNP", "Gadhafi", "nmod:poss", 4), ("PART", "POS", "'s", "case", 2),
                    ("NOUN", "NNS", "force", "flat", 1), ("AUX", "VBP", "have", "aux", 6),
                    ("VERB", "VBN", "occupy", "ROOT", 6), ("NOUN", "NNS", "building", "obj", 6))
    assert arcs(tokens, 0, 1, 2, 3, 4) == [("compound", 1), ("nmod:poss", 4), ("flat", 1), ("case", 1), ("nsubj", 6)]


def test_an_ing_noun_after_the_noun_of_its_means_heads_the_phrase() -> None:
    tokens = mended("were killed in Israeli tank shelling",
                    ("AUX", "VBD", "be", "aux:pass", 1), ("VERB", "VBN", "kill", "ROOT", 1),
                    ("ADP", "IN", "in", "case", 4), ("ADJ", "JJ", "Israeli", "amod", 4),
                    ("NOUN", "NN", "tank", "obl", 1), ("VERB", "VBG", "shelle", "advcl", 1))
    assert arcs(tokens, 2, 3, 4, 5) == [("case", 5), ("amod", 5), ("compound", 5), ("obl", 1)]
    assert (tokens[5].pos, tokens[5].lemma) == ("NOUN", "shelling")


def test_a_list_of_names_read_as_the_root_is_the_subject_of_its_verb() -> None:
    tokens = mended("Britain , France , and Germany urged Iran",
                    ("PROPN", "NNP", "Britain", "ROOT", 0), ("PUNCT", ",", ",", "punct", 2),
                    ("PROPN", "NNP", "France", "conj", 0), ("PUNCT", ",", ",", "punct", 6),
                    ("CCONJ", "CC", "and", "cc", 5), ("PROPN", "NNP", "Germany", "nsubj", 6),
                    ("VERB", "VBD", "urge", "conj", 0), ("PROPN", "NNP", "Iran", "obj", 6))
    assert arcs(tokens, 0, 2, 5, 6, 7) == [("nsubj", 6), ("conj", 0), ("conj", 0), ("ROOT", 6), ("obj", 6)]


def test_two_objects_side_by_side_are_one_with_its_compound() -> None:
    rows = [("NOUN", "NNS", "rebel", "nsubj", 1), ("VERB", "VBD", "battle", "ROOT", 1),
            ("NOUN", "NN", "government", "obj", 1), ("NOUN", "NNS", "troops", "obj", 1)]
    assert arcs(mended("Rebels battled government troops", *rows), 2, 3) == [("compound", 3), ("obj", 1)]
    giving = [("NOUN", "NN", "minister", "nsubj", 1), ("VERB", "VBD", "give", "ROOT", 1),
              ("NOUN", "NN", "police", "obj", 1), ("NOUN", "NN", "money", "obj", 1)]
    assert arcs(mended("Minister gave police money", *giving), 2, 3) == [("obj", 1), ("obj", 1)]
