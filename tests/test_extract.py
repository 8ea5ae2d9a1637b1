"""extract() and totals(): statements from sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import casualties as cas
from casualties import Count, Outcome, PartyKind, Role, extract, sentences


def best_by_outcome(text: str) -> dict[str, int]:
    """The reconciled best figure per outcome of a text."""
    table = cas.totals(extract(text))
    return {k: int(v) for k, v in table["best"].items()}


def one(text: str, **kwargs) -> cas.Statement:
    found = extract(text, **kwargs)
    assert len(found) == 1, found
    return found[0]


# sentence, figure, outcome, party_kind
FRAMES = [
    ("At least 14 villagers were killed in the raid.", Count(14, None), "killed", "civilian"),
    ("Militants killed 34 soldiers near the border.", Count(34), "killed", "state_forces"),
    ("The blast left three dead.", Count(3), "killed", "unknown"),
    ("Nine people died when the boat capsized.", Count(9), "killed", "unknown"),
    ("Police said two men were shot dead outside a bar.", Count(2), "killed", "unknown"),
    ("Gunmen shot dead eleven farmers.", Count(11), "killed", "civilian"),
    ("The explosion wounded 20 passengers.", Count(20), "injured", "civilian"),
    ("Up to 23 rebels were killed overnight.", Count(0, 23, 23), "killed", "armed_group"),
    ("Dozens of troops were wounded.", Count(24, 99), "injured", "state_forces"),
    ("Six fishermen are still missing after the storm.", Count(6), "missing", "civilian"),
    ("Kidnappers abducted 12 students from the school.", Count(12), "abducted", "civilian"),
    ("Security forces arrested 40 protesters.", Count(40), "detained", "civilian"),
    ("The fighting has forced 3,000 residents to flee.", Count(3000), "displaced", "civilian"),
    ("A soldier was killed by a roadside bomb.", Count(1), "killed", "state_forces"),
    ("The gunman was killed by police.", Count(1), "killed", "perpetrator"),
    ("The attack claimed 17 lives.", Count(17), "killed", "unknown"),
    ("No one was hurt in the fire.", Count(0), "injured", "unknown"),
    ("A man was beaten to death by a mob.", Count(1), "killed", "unknown"),
]


@pytest.mark.parametrize(("text", "count", "outcome", "kind"), FRAMES)
def test_casualty_frames(text, count, outcome, kind):
    s = one(text)
    assert s.count == count
    assert s.outcome == outcome
    assert s.party_kind == kind
    assert text[s.span[0] : s.span[1]] == s.text


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire was agreed on Feb. 8, 2011.",
        "A 25-year-old man was arrested.",
        "The convoy drove along the M5 for nine years.",
        "Rebels fired five mortar shells at two key highways.",
        "The government spent $300 million, a rise of 12 percent.",
        "It was the first time in years that the town fell.",
    ],
)
def test_numbers_that_count_nobody_are_not_statements(text):
    assert [s.text for s in extract(text) if s.count != Count(1)] == []


def test_coordination_carries_the_frame_and_the_party():
    text = "Air strikes killed nine civilians in Kanda as well as two in Biru."
    nine, two = extract(text)
    assert (nine.count, two.count) == (Count(9), Count(2))
    assert two.outcome == Outcome.KILLED and two.party_kind == PartyKind.CIVILIAN
    assert two.location == "Biru"


def test_two_parties_in_one_clause():
    rebels, soldiers = extract("The clashes killed 21 rebels and 11 soldiers on Monday.")
    assert rebels.party_kind == "armed_group" and rebels.count == Count(21)
    assert soldiers.party_kind == "state_forces" and soldiers.count == Count(11)


def test_subject_lists_share_the_verb():
    a, b = extract("Four police officers and two civilians were wounded.")
    assert a.outcome == b.outcome == Outcome.INJURED
    assert {a.party_kind, b.party_kind} == {PartyKind.STATE_FORCES, PartyKind.CIVILIAN}


def test_including_marks_a_part():
    total, part = extract("Eight people, including four children, were killed in the attack.")
    assert total.role == Role.FIGURE and part.role == Role.PART
    row = cas.totals([total, part]).loc["killed"]
    assert (int(row["low"]), int(row["best"])) == (8, 8)


def test_breakdown_by_place_is_not_added_to_its_total():
    text = (
        "At least 11 villagers were killed on Sunday, police said. Gunmen killed nine "
        "villagers in Kanda and two in Biru."
    )
    stmts = extract(text)
    assert [s.role for s in stmts] == [Role.FIGURE, Role.PART, Role.PART]
    row = cas.totals(stmts).loc["killed"]
    assert (int(row["low"]), int(row["best"]), row["high"]) == (11, 11, float("inf"))


def test_restatement_counts_once():
    text = (
        "Twelve people were killed in a market bombing on Friday. Officials said at least 12 people died in the blast."
    )
    row = cas.totals(extract(text)).loc["killed"]
    assert (int(row["low"]), int(row["best"]), row["high"]) == (12, 12, 12.0)


def test_additional_figures_are_added():
    text = "Three soldiers were killed on Monday. Another two soldiers died on Tuesday."
    row = cas.totals(extract(text)).loc["killed"]
    assert int(row["best"]) == 5


def test_cumulative_totals_stay_out_of_event_totals():
    text = (
        "Two civilians were killed in shelling on Monday, a monitor said. The war has "
        "killed more than 380,000 people since 2011."
    )
    stmts = extract(text)
    assert [s.cumulative for s in stmts] == [False, True]
    assert stmts[1].period == "since 2011"
    assert int(cas.totals(stmts).loc["killed", "best"]) == 2
    assert int(cas.totals(stmts, include_cumulative=True).loc["killed", "best"]) == 380_003


def test_sources_resolve_to_the_fullest_name():
    text = (
        "At least 11 civilians were killed on Monday, a monitor said. "
        "The Syrian Observatory for Human Rights, a Britain-based war monitor, said the "
        "raids continued. The Observatory said three rebels were killed. "
        "Five soldiers also died, it said. Up to 23 fighters were killed overnight, "
        "Observatory chief Rami Abdel Rahman said."
    )
    sources = {s.source for s in extract(text)}
    assert sources == {"Syrian Observatory for Human Rights"}


def test_according_to_and_the_source_argument():
    s1 = one("Two farmers were killed, according to local officials. Ten houses burned.")
    assert s1.source == "local officials"
    s = one("Four miners died in the collapse.", source="Reuters")
    assert s.source == "Reuters"
    assert one("Four miners died, police said.", source="Reuters").source == "police"


def test_acled_policy_reads_one_figure():
    s = one("Dozens of protesters were injured.", policy="acled")
    assert s.count == Count(12)


def test_sentences_keep_abbreviations_and_headlines():
    text = "Gen. Ali said the U.S. convoy was hit\nTwo soldiers killed. Dr. Omar agreed."
    parts = [text[a:b] for a, b in sentences(text)]
    assert parts == ["Gen. Ali said the U.S. convoy was hit", "Two soldiers killed.", "Dr. Omar agreed."]


@pytest.mark.parametrize("bad", [None, 3, b"text", ["a"]])
def test_extract_refuses_non_strings(bad):
    with pytest.raises(TypeError, match="text must be a str"):
        extract(bad)
    with pytest.raises(TypeError, match="source"):
        extract("Two died.", source=5)  # type: ignore[arg-type]


def test_totals_of_nothing_is_an_empty_frame_with_the_columns():
    table = cas.totals([])
    assert list(table.columns) == ["low", "best", "high", "n", "sources", "conflict"]
    assert len(table) == 0
    with pytest.raises(ValueError, match="by"):
        cas.totals([], by=["colour"])


@settings(max_examples=150)
@given(st.text(max_size=400))
def test_extract_never_raises_and_spans_are_valid(text):
    for s in extract(text):
        a, b = s.span
        assert 0 <= a < b <= len(text) and text[a:b] == s.text
        assert s.count.low >= 0


_WORDS = st.sampled_from(
    [
        "killed",
        "were",
        "at least",
        "12",
        "and",
        ",",
        "including",
        "people",
        "soldiers",
        "said",
        "it",
        "The",
        "Observatory",
        "no one",
        "dozens",
        "of",
        "died",
        "since",
        "2011",
        ".",
        "\n",
        "wounded",
        "a",
        "man",
    ]
)


@given(st.lists(_WORDS, max_size=60).map(" ".join))
def test_extract_on_dense_casualty_vocabulary(text):
    for s in extract(text):
        assert text[s.span[0] : s.span[1]] == s.text
    table = cas.totals(extract(text))
    assert ((table["low"] >= 0) & (table["low"] <= table["best"]) & (table["best"] <= table["high"])).all()


@pytest.mark.slow
def test_extract_is_linear_on_a_long_article(growth):
    unit = (
        "At least 11 civilians were killed on Monday, a monitor said. The war has killed "
        "more than 380,000 people since 2011, it said. Rebels fired 5 shells. "
    )
    ratio = growth(extract, unit)  # about 250 KB against 1 MB
    assert ratio < 10, f"4x the article took {ratio:.1f}x the time"


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit",
    [
        "At least 45 people, mostly women and children, were killed in Kanda, police said. ",
        "Gunmen killed 12 villagers, including four children, near Beru on Friday. ",
    ],
)
def test_an_aside_in_every_sentence_stays_linear(unit, growth):
    ratio = growth(extract, unit)
    assert ratio < 6, f"4x the text took {ratio:.1f}x the time"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eight men have been shot to death and two others wounded near the highway.", {"killed": 8, "injured": 2}),
        ("Six civilians in the Kanda district had been killed by shelling.", {"killed": 6}),
        ("A police officer, Ali Musa, was shot and killed at a market.", {"killed": 1}),
        ("The fighting had killed 21 rebels on Monday.", {"killed": 21}),
        ("Seven people were wounded, three critically, in the blast.", {"injured": 7}),
        ("Nineteen villagers were attacked and killed by gunmen.", {"killed": 19}),
        ("Militants shot to death 27 civilians in the park.", {"killed": 27}),
        ("Gunmen killed a village head and his two sons.", {"killed": 3}),
        ("Soldiers shot down a drone near the border.", {}),
        ("Five people were killed, including a local mayor, police said.", {"killed": 5}),
    ],
)
def test_event_totals(text, expected):
    assert best_by_outcome(text) == expected


def test_a_coders_overall_figure_supersedes_the_reports():
    text = (
        "On 3 May, two soldiers were killed in an ambush near Kanda. "
        "Fatalities coded as 0 (a local outlet reported 2 fatalities)."
    )
    assert int(cas.totals(extract(text, policy="acled")).loc["killed", "best"]) == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Insurgents shot and killed a 70-year-old farmer in Kanda.", {"killed": 1}),
        ("Gunmen shot and killed Omar Bello, the head of the council.", {"killed": 1}),
        ("The bomb exploded outside the office, killing him and twelve others.", {"killed": 13}),
        ("Rebels attacked the mission, killing sixteen church workers.", {"killed": 16}),
        (
            "The deputy head of the Kanda council, Ada Obi was killed and her driver wounded.",
            {"killed": 1, "injured": 1},
        ),
    ],
)
def test_single_victims(text, expected):
    assert best_by_outcome(text) == expected


def test_wrapped_lines_do_not_split_sentences_but_headlines_do():
    text = (
        "Rebels attacked a market on Sunday and killed\nseven traders, a police officer "
        "said.\n\nStrategic town\nTwo soldiers died in Kanda."
    )
    spans = [text[a:b] for a, b in sentences(text)]
    assert spans[0].startswith("Rebels") and spans[0].endswith("said.")
    assert spans[1:] == ["Strategic town", "Two soldiers died in Kanda."]
    first = extract(text)[0]
    assert first.count == Count(7) and first.source == "a police officer"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kaew Sengsidaeng, the father of a village headman, was shot and killed in his hut.", {"killed": 1}),
        ("The blast killed one civilian and injured another.", {"killed": 1, "injured": 1}),
        ("The gunman fatally wounded two guards.", {"killed": 2}),
        ("The two students had planned to kill hundreds of their classmates.", {}),
    ],
)
def test_named_people_pronouns_and_intents(text, expected):
    assert best_by_outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 11 people, including women and children have been killed in Kanda.", {"killed": 11}),
        ("Eighteen people -- mostly women and children -- were killed near the river.", {"killed": 18}),
        ("Seven villagers were kidnapped and killed by gunmen.", {"killed": 7}),
        ("Air strikes killed 19 civilians in the past two days, a monitor said.", {"killed": 19}),
    ],
)
def test_asides_dashes_and_recent_windows(text, expected):
    assert best_by_outcome(text) == expected


def test_killed_or_wounded_together_is_no_single_outcome():
    assert extract("The group said more than 40 worshippers had been killed or wounded.") == []


def test_more_than_is_a_bound_not_an_addition():
    text = "A bomb killed seven people at a mosque. Officials later said more than 7 people died."
    row = cas.totals(extract(text)).loc["killed"]
    assert (int(row["low"]), int(row["best"]), int(row["n"])) == (8, 8, 2)


def test_time_figures_are_not_objects_and_singular_things_can_be_modifiers():
    text = "Gunmen said ten mosque imams were killed and 15 kidnapped over two days."
    assert best_by_outcome(text) == {"killed": 10, "abducted": 15}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve police officers who guarded the oil depot were killed when a bomb exploded.", {"killed": 12}),
        ("A sixty-five-year-old farmer was shot to death by masked men.", {"killed": 1}),
        ("Two Kanda People's Party (KPP) members were injured when militants attacked.", {"injured": 2}),
    ],
)
def test_relative_clauses_ages_and_acronyms(text, expected):
    assert best_by_outcome(text) == expected


def test_predicate_nouns_are_not_new_victims():
    text = "A bomb killed 15 worshippers at a mosque. One of those killed was a police officer."
    assert best_by_outcome(text) == {"killed": 15}
    assert best_by_outcome("More than 20 villagers were put to death by the militants.") == {"killed": 21}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine internally displaced persons were killed by assailants.", {"killed": 9}),
        ("The attacks left a total of five injured victims.", {"injured": 5}),
        ("At least 13 people, most of them from one family, were killed in the blast.", {"killed": 13}),
        ("The couple, both aged 29, shot the woman's father.", {}),
        ("Six people of Kandan origin have been killed in revenge attacks.", {"killed": 6}),
    ],
)
def test_adjectives_asides_and_active_shootings(text, expected):
    assert best_by_outcome(text) == expected


def test_the_speaker_is_not_a_victim():
    text = "Gunmen killed a village head in Kanda district, a resident in the district said."
    assert best_by_outcome(text) == {"killed": 1}


def test_a_number_restating_a_vague_word_is_more_specific():
    text = "The clashes killed dozens of people. Specifically, at least 22 people died in Kanda."
    row = cas.totals(extract(text)).loc["killed"]
    assert (int(row["low"]), int(row["best"])) == (22, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Kanda, an opposition supporter died after he was beaten by youths.", {"killed": 1}),
        ("Ada Obi, one of the country's best known reporters, was killed in a blast.", {"killed": 1}),
        ("A legal adviser for the country's ruling National Unity Party was shot dead on Sunday.", {"killed": 1}),
    ],
)
def test_single_people_after_commas_and_long_names(text, expected):
    assert best_by_outcome(text) == expected


def test_a_single_persons_words_stop_at_a_casualty_verb():
    text = "He returned with a pistol killing the woman and five other patrons."
    assert best_by_outcome(text) == {"killed": 6}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A commander was killed by his men over a plan to surrender and free hundreds of "
            "hostages, two sources told reporters.",
            {"killed": 1},
        ),
        ("The chief and his wife were killed and their houses razed.", {"killed": 2}),
    ],
)
def test_coordination_stops_at_other_verbs_and_speakers(text, expected):
    # the killed figure takes no group coordinated after another verb (the hostages of the
    # first row are read as abducted people of their own: the hostage frame)
    assert best_by_outcome(text)["killed"] == expected["killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers arrested seventeen traders and summarily executed them near Kanda.", {"detained": 17, "killed": 17}),
        ("Militias clashed over land. Information on fatalities ranges from 1 to 2.", {"killed": 1}),
        ("Police and rebels clashed in Fino. One person from each group killed in the clash.", {"killed": 1}),
    ],
)
def test_them_outcome_nouns_and_places_before_participles(text, expected):
    assert best_by_outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed Ben Okul, 47, a candidate for mayor, near a church.", {"killed": 1}),
        ("At least 116 villagers attending prayers at a mosque were killed in the strike.", {"killed": 116}),
        ("Police are holding three men over the brutal killing of a local preacher.", {"killed": 1}),
        ("A journalist reporting on fraud among local officials was shot dead at his home.", {"killed": 1}),
    ],
)
def test_ages_after_names_participles_and_nominal_killings(text, expected):
    assert best_by_outcome(text) == expected


def test_a_bounded_number_before_a_list_is_kept():
    text = (
        "Militias clashed in the capital, killing at least 30 and wounding at least 90, "
        "including two teenagers who were killed when a rocket hit a house."
    )
    assert best_by_outcome(text)["injured"] == 90


def test_some_of_the_dead_are_a_part():
    stmts = extract("Ten people died in the attack. Two of the dead were police officers.")
    assert [s.role for s in stmts] == [Role.FIGURE, Role.PART]
    assert best_by_outcome("Ten people died in the attack. Two of the dead were police officers.") == {"killed": 10}


def test_totals_refuse_what_is_not_a_statement():
    with pytest.raises(TypeError, match="Statement"):
        cas.totals([Count(3)])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said the bodies of 14 fishermen were found on the beach.", {"killed": 14}),
        ("Nine traders were on Tuesday killed and 30 injured in a market blast.", {"killed": 9, "injured": 30}),
        ("Thirty people (farmers, herders and two teachers) were killed in the raid.", {"killed": 30}),
        ("The raid left at least 12 people, mostly women and children killed by gunmen.", {"killed": 12}),
        (
            "Four people died in the blast and 17 others sustained various degrees of injuries.",
            {"killed": 4, "injured": 17},
        ),
        ("A drone strike killed a tribal elder allied with the government and six of his guards.", {"killed": 7}),
        ("Militiamen seized eight herders near the well and then executed them.", {"abducted": 8, "killed": 8}),
        # a family of five found dead is five deaths (the old reader read no figure here)
        ("The bodies of a family of five were found in a burnt house.", {"killed": 5}),
    ],
)
def test_bodies_parentheses_adverbs_and_pronouns(text, expected):
    assert best_by_outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "cumulative"),
    [
        ("Planes of the coalition fighting the rebels have killed 12 people in the port.", False),
        ("A survivor has claimed that the army has killed 16 members of her family.", False),
        ("The war has killed 300 people, the agency said.", True),
        ("The fighting has left 32 people dead.", False),
        ("Six bodies were found in the town, which has seen growing violence in recent months.", False),
        ("In recent months the unrest has killed 40 people.", True),
    ],
)
def test_campaign_tolls_need_a_campaign_subject(text, cumulative):
    assert [s.cumulative for s in extract(text)] == [cumulative]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Five voters were shot dead and a dozen injured at a polling station in Kanda, "
            "where an insurgency has left hundreds dead in recent years.",
            {"killed": 5, "injured": 12},
        ),
        ("Floods in the valley claimed the lives of 31 people.", {"killed": 31}),
        ("Eleven herders were hacked down by raiders at dawn.", {"killed": 11}),
        ("No fewer than 70 villagers might have lost their lives.", {"killed": 70}),
        ("Rescuers saved the lives of 40 miners.", {}),
    ],
)
def test_relative_clause_periods_lives_and_hacked_down(text, expected):
    assert {k: v for k, v in best_by_outcome(text).items()} == expected


def test_a_later_sentence_may_break_down_a_total_by_place():
    text = (
        "At least nine villagers were killed in two raids on Sunday. Five were killed in "
        "Kanda while four other villagers lost their lives in Beru."
    )
    assert best_by_outcome(text) == {"killed": 9}
    text = (
        "Six people were killed on Friday. One report said 20 protesters were killed, "
        "whereas another said police shot dead 21 people."
    )
    assert best_by_outcome(text)["killed"] > 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A cameraman and a reporter have been fatally shot in the capital.", {"killed": 2}),
        ("Rebels executed five men captured during a raid on the town.", {"killed": 5}),
        ("Four suspects wanted over the bank robbery were killed in a police raid.", {"killed": 4}),
        ("A nurse was stabbed to death, becoming the fourth health worker killed in recent months.", {"killed": 1}),
        ("Ninety people/civilians were killed in the bombing.", {"killed": 90}),
        ("Human-rights lawyer Dana Okafor was shot dead outside her office.", {"killed": 1}),
        ("Two guards were killed and a third injured by the mine.", {"killed": 2, "injured": 1}),
        ("Twelve clerks who guarded the ballot depot were killed.", {"killed": 12}),
    ],
)
def test_pairs_of_people_reduced_relatives_ranks_and_titles(text, expected):
    assert best_by_outcome(text) == expected


def test_a_closing_tally_sentence_is_the_overall_figure():
    text = (
        "On 2 June, a trader and a driver were shot to death by robbers near Kanda. "
        "A third man was wounded. 2 fatalities."
    )
    assert best_by_outcome(text) == {"killed": 2, "injured": 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Twenty traders were abducted on the road. Six were killed, eight were released and six are still missing.",
            {"abducted": 20, "killed": 6, "missing": 6},
        ),
        ("Five miners were killed and three others, including a boy, escaped the blast.", {"killed": 5}),
        (
            "Nine civilians and a soldier were killed in Kanda. Troops shot dead nine "
            "civilians and wounded another, residents said.",
            {"killed": 10, "injured": 1},
        ),
        ("The gunmen were shooting at random when police arrived.", {}),
        ("A former guard shot and killed a cashier at the store.", {"killed": 1}),
        ("The shooter fled the scene before police arrived.", {}),
    ],
)
def test_own_verbs_restatements_and_active_single_people(text, expected):
    assert best_by_outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shelling killed 10 civilians in the north. Three children were among seven people killed in Kanda.",
            {"killed": 10},
        ),
        (
            "At least 12 people died in two raids. Gunmen first killed two herders in Kanda. "
            "Later, raiders left ten villagers dead in Beru.",
            {"killed": 12},
        ),
        (
            "Rebels killed two farmers near Kanda. Later that day, the same group killed three people in Beru.",
            {"killed": 5},
        ),
        (
            "The group said it had killed four guards, adding that four guards were killed in the assault.",
            {"killed": 4},
        ),
        ("Police killed nine escaped inmates and are hunting 19 others.", {"killed": 9}),
    ],
)
def test_among_later_breakdowns_and_repeats_in_one_sentence(text, expected):
    assert best_by_outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Twelve villagers were killed in the raid, a local source said. A woman was beheaded "
            "after being shot dead in the square.",
            {"killed": 12},
        ),
        ("Four guards who were part of the convoy escort, were killed when a mine exploded.", {"killed": 4}),
        ("Two passengers in an An-26 plane were injured when rebels fired on it.", {"injured": 2}),
        ("One crewman of the cargo ship was killed.", {"killed": 1}),
    ],
)
def test_subsets_relative_clauses_with_commas_and_identifiers(text, expected):
    assert best_by_outcome(text) == expected


def test_two_named_groups_of_one_kind_are_not_one_figure():
    text = (
        "Rebels killed 11 pro-government fighters on Monday, a monitor said. An air strike "
        "killed 34 Turkish soldiers on Thursday."
    )
    assert best_by_outcome(text) == {"killed": 45}
    same = "Rebels killed 11 Turkish soldiers, a monitor said. The 11 soldiers were killed near the border."
    assert best_by_outcome(same) == {"killed": 11}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 20 prisoners who had been detained in the raid have been killed in the camp.", {"killed": 20}),
        ("Two men shot Mr. Okafor to death outside his shop.", {}),
        ("The fighting has left 32 people dead and nine injured in the valley.", {"killed": 32, "injured": 9}),
    ],
)
def test_main_verbs_after_relative_clauses_titles_and_event_fighting(text, expected):
    assert best_by_outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor was killed along with his wife and ten other people in the raid.", {"killed": 12}),
        ("A reporter was shot dead at his home together with his brother.", {"killed": 2}),
        ("A village chief and seven other persons have been killed by gunmen.", {"killed": 8}),
        ("Four shoppers were killed in a gang shooting at the mall.", {"killed": 4}),
        ("A brawl broke out and two guards died. Police seized a rifle and a pistol.", {"killed": 2}),
    ],
)
def test_along_with_titles_listed_with_figures_and_compound_nouns(text, expected):
    assert best_by_outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five soldiers died, while four others and six civilians were wounded.", {"killed": 5, "injured": 10}),
        (
            "Residents said they had buried 40 people after the raid. 25 were reported as injured.",
            {"killed": 40, "injured": 25},
        ),
    ],
)
def test_while_clauses_burials_and_reported_as(text, expected):
    assert best_by_outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops killed six farmers, one of whom was beheaded, near the river.", {"killed": 6}),
        ("At least nine villagers including two teachers were killed in the raid.", {"killed": 9}),
        ("Four guards and three passers-by were killed in the blast.", {"killed": 7}),
        ("Forty migrants were pushed into the river. Between five and 20 of them drowned.", {"killed": 5}),
    ],
)
def test_partitives_asides_without_commas_and_hyphenated_nouns(text, expected):
    assert best_by_outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 18 people were shot dead and scores escaped with injuries.", {"killed": 18, "injured": 40}),
        ("Nineteen protesters ultimately died in hospital.", {"killed": 19}),
        ("The blast killed 80 guests. Thirty people were in critical condition.", {"killed": 80, "injured": 30}),
    ],
)
def test_escapes_adverbs_and_critical_condition(text, expected):
    assert best_by_outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The guard, who was sleeping in the hut at the time, was badly injured.", {"injured": 1}),
        ("A driver who was wounded in the ambush died on Friday.", {"killed": 1}),
    ],
)
def test_relative_asides_of_one_person_and_deaths_after_injuries(text, expected):
    assert best_by_outcome(text) == expected


def test_an_injured_person_is_a_figure_of_one():
    assert best_by_outcome("Another injured villager was taken to a clinic in Kanda.") == {"injured": 1}
    assert best_by_outcome("A dead man was found near the well.") == {"killed": 1}


def test_casualty_figures_and_long_death_toll_phrases():
    text = (
        "Police confirmed the killing of four farmers. The casualty figure from the attack "
        "and a reprisal later rose to nine."
    )
    assert best_by_outcome(text) == {"killed": 9}
    text = "The death toll in the clash between herders and the police has reached seven."
    assert best_by_outcome(text) == {"killed": 7}


def test_a_place_aside_closed_by_a_comma_before_the_verb():
    text = "Six traders of Kanda and Beru both in the northern district, were reportedly killed on Monday."
    assert best_by_outcome(text) == {"killed": 6}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gunman fatally wounded three clerks, a security officer, and a nurse.", {"killed": 5}),
        ("He wounded a teacher, a janitor and a police officer before fleeing.", {"injured": 3}),
        ("The attacker grabbed a knife and stabbed another customer.", {"injured": 1}),
        ("When the uncle got home, the nephew shot him twice and killed him.", {"killed": 1}),
    ],
)
def test_object_lists_stabbings_and_pronoun_objects(text, expected):
    assert best_by_outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bombs marked the anniversary of the execution of five activists. No one was hurt.", {"injured": 0}),
        ("Crowds gathered, protesting the deaths of three students.", {}),
        ("Kidnappers threatened to execute Count Ardo unless the state released 17 prisoners.", {}),
        ("The body count rose to 14 on Sunday.", {"killed": 14}),
    ],
)
def test_recalled_deaths_and_titles_named_count(text, expected):
    assert best_by_outcome(text) == expected


def test_dated_sentences_report_other_events():
    text = (
        "On 8 March, a farmer was killed by soldiers near Kanda. On the 22nd, two farmers were "
        "killed in Beru. On the 30th, soldiers killed a farmer and wounded 12. Another farmer "
        "was killed the next night."
    )
    assert best_by_outcome(text) == {"killed": 5, "injured": 12}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A reporter was shot dead at his home along with his partner over the weekend.", {"killed": 2}),
        ("Police shot dead six protesters and wounded another Thursday.", {"killed": 6, "injured": 1}),
        ("A farmer was killed by soldiers. Another farmer was killed the next night.", {"killed": 2}),
    ],
)
def test_time_phrases_after_people(text, expected):
    assert best_by_outcome(text) == expected


def test_as_opens_a_clause_unless_as_well_as():
    text = "Seven people were killed and 20 were injured as several gunmen attacked a court."
    assert best_by_outcome(text) == {"killed": 7, "injured": 20}
    assert best_by_outcome("Gunmen killed nine villagers as well as two guards.") == {"killed": 11}


def test_a_later_total_of_a_listed_group_makes_the_list_its_breakdown():
    text = (
        "Prosecutors are investigating the killing of two women and four men in Kanda. "
        "Police found the six bodies in a house near the market."
    )
    table = cas.totals(extract(text), by=("outcome",))
    assert int(table.loc["killed", "best"]) == 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot dead a former guard who was blamed for the 2011 killing of five women.", {"killed": 1}),
        (
            "Clashes killed 30 people and wounded 90, including two children who were killed by a rocket.",
            {"killed": 30, "injured": 90},
        ),
        ("On 4 May 2020, the bodies of two farmers were found near the road.", {"killed": 2}),
    ],
)
def test_dated_past_killings_and_included_victims(text, expected):
    assert best_by_outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raiders attacked the village, killing one. 15 huts burned.", {"killed": 1}),
        ("Riots in the capital. FATALITIES:17 (mortuary count).", {"killed": 17}),
        ("The curfew began at 10:30 when 3 people were injured.", {"injured": 3}),
    ],
)
def test_labels_times_and_burned_huts(text, expected):
    assert best_by_outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men shot at a bus and killed one passenger.", {"killed": 1}),
        ("Three people were shot at the market.", {"injured": 3}),
    ],
)
def test_shooting_at_is_firing_not_hitting(text, expected):
    assert best_by_outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A lone attacker shot and wounded four people near the station.", {"injured": 4}),
        ("A group claimed the stabbing death of two guards.", {"killed": 2}),
        ("The judge had received numerous death threats.", {}),
        ("Four soldiers who were part of the peacekeeping force, were killed by a mine.", {"killed": 4}),
        ("Rebels killed 3 guards in revenge for the killing of 12 fighters.", {"killed": 3}),
    ],
)
def test_active_wounding_event_nouns_threats_and_revenge(text, expected):
    assert best_by_outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eleven mine-clearers were injured when the truck hit a mine.", {"injured": 11}),
        ("Seven U.S. airmen were wounded in the attack.", {"injured": 7}),
        ("Iranian exile Dara Farahani was murdered by two assailants.", {"killed": 1}),
        ("A blast killed one man. 28 year-old Aslan Bek was carrying the bomb.", {"killed": 1}),
    ],
)
def test_compounds_initialisms_exiles_and_spaced_ages(text, expected):
    assert best_by_outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two women who were accused of witchcraft are lynched in the village.", {"killed": 2}),
        ("Two Kanda Defence Forces (KDF) soldiers have been killed in a shootout.", {"killed": 2}),
        ("Riders gather to protest the killing of two of their colleagues.", {}),
        ("Ten people who were at the market were killed.", {"killed": 10}),
    ],
)
def test_relative_clauses_without_commas_acronyms_in_parties_and_protests(text, expected):
    assert best_by_outcome(text) == expected
