"""End to end on event notes: text -> the event's totals by outcome, as the cascade reads them.

An event note (a coder's summary of one event) is read whole: its statements are added up
with :func:`casualties.totals`, the way a coder adds them. Every sentence here is written
for these tests.
"""

from __future__ import annotations

import pytest

from casualties import totals
from casualties.build import read


def _best(text: str) -> dict[str, int]:
    """The best total of each outcome the cascade reads in ``text``."""
    stmts = [r.statement for r in read(text)]
    if not stmts:
        return {}
    table = totals(stmts, by=["outcome"])
    return {str(k): int(v) for k, v in table["best"].items()}


EVENTS = [
    # a coder's note overrides the figures of the text ("coded as")
    (
        "On 4 June 2021, rebels ambushed and killed 3 soldiers near Tala. "
        "Fatalities coded as 0 (Radio Kanda reported 3).",
        {"killed": 0},
    ),
    (
        "On 9 May 2021, 4 guards were killed and 2 were wounded in an attack on a depot in Biru. "
        "Fatalities coded as 4 (the rebels reported 9 fatalities).",
        {"killed": 4, "injured": 2},
    ),
    ("Militiamen clashed with herders near Oru. Several fatalities coded as 3.", {"killed": 3}),
    # a closing tally, a sentence of its own
    (
        "On 2 July 2021, in Lamar, two men were shot dead and a woman was wounded by gang members. 2 fatalities.",
        {"killed": 2, "injured": 1},
    ),
    # a victim with the group or organisation it belongs to ("of the KDP")
    ("Two members of the Kanda Front were shot dead by gunmen near Tala.", {"killed": 2}),
    ("Ali Musa, 35, an organiser of the KDP, was killed in a gunfight with police.", {"killed": 1}),
    # an aside of what most victims were ("mostly", "most of them") holds no parts
    ("At least 14 people, mostly traders, were killed and 20 others wounded.", {"killed": 14, "injured": 20}),
    ("Nine people, most of them members of one family, died when a bus overturned.", {"killed": 9}),
    # "them" points back to the last figure group of its sentence
    ("Unknown gunmen targeted two guards near Oru, killing them on the spot.", {"killed": 2}),
    ("Rebels abducted five farmers in Tala and killed them.", {"abducted": 5, "killed": 5}),
    ("A man was killed and three of his sons wounded by a gunman gunning them down.", {"killed": 1, "injured": 3}),
    # a total with its own aside, then its breakdown after a comma
    (
        "Soldiers killed 17 herders including two boys near Oru, 14 were killed by gunfire while 3 died of burns.",
        {"killed": 17},
    ),
    # a reported or confirmed outcome adjective; a toll with an adverb before its verb
    ("Nine miners were confirmed dead and 14 injured after the shaft collapsed.", {"killed": 9, "injured": 14}),
    ("The death toll now stands at 23 after the market fire.", {"killed": 23}),
    # a noun compound whose head word has no known class, right before its verb group
    ("3 district officials were killed and 2 police cadets were abducted.", {"killed": 3, "abducted": 2}),
    # "night" or "day" before a person noun is the person's shift, not a time
    ("Two night guards were shot dead and three day labourers were wounded.", {"killed": 2, "injured": 3}),
    # an aside whose member is a title and a name
    ("Three rebels, including commander Ali Musa, were killed in the raid.", {"killed": 3}),
    # a participle phrase between the victims and their verb ends in a name, no victim
    ("Nine men working on a road project run by the Kanda Agency were kidnapped by rebels.", {"abducted": 9}),
    # a name between commas names the "of" group: the figure before it is the victims'
    ("Two sons of the Tala police chief, Colonel Ben Ota, were abducted by gunmen.", {"abducted": 2}),
    # a date with a slash counts no one
    ("One man was shot dead on the night of 14/11 while two others were wounded.", {"killed": 1, "injured": 2}),
    # a participle phrase after a place phrase: its name is no victim
    ("In Tala, a bar on the main road known as Casa Ruiz was shot up.", {}),
    # a figure with a reported outcome and no verb, last in a list
    ("Five were killed, 3 were wounded and 2 reported missing.", {"killed": 5, "injured": 3, "missing": 2}),
    # a group whose participle states its outcome, with a verb of no outcome
    ("A bus overturned near Oru. Nine injured passengers were flown to Tala.", {"injured": 9}),
    ("Rescuers carried 14 wounded miners out of the shaft on Monday.", {"injured": 14}),
    # custody and arrest
    ("Four people were shot dead in a bar in Lamar. The gunman was taken into custody.", {"killed": 4, "detained": 1}),
    ("Two traders were stabbed in Biru; a suspect is in custody.", {"injured": 2, "detained": 1}),
    ("Officers apprehended two men after the robbery.", {"detained": 2}),
    # an absolute "with" clause after the figure of the verb before it
    ("A car bomb in Tala killed 21 with over 60 injured.", {"killed": 21, "injured": 61}),
    # a verb group in quotation marks
    ('Three guards were killed and several others "badly" hurt in the raid.', {"killed": 3, "injured": 3}),
    # a part set off by a comma after its clause; "N of them" with what they were
    ("Gunmen killed 15 villagers in Oru on Sunday, six of them children.", {"killed": 15}),
    # taken or treated in hospital
    ("A gas tank exploded in Biru and 30 people were taken to local hospitals.", {"injured": 30}),
    ("Eleven workers were treated for burn injuries after the blast.", {"injured": 11}),
    # "so far" inside a verb group; a toll after a modal; wounds received
    ("Officials said 40 people have so far been confirmed dead.", {"killed": 40}),
    ("A ferry sank off Tala. The final toll could reach 70.", {"killed": 70}),
    ("Nine people died and another 25 received wounds.", {"killed": 9, "injured": 25}),
    # "he" / "she" before an outcome verb; a bare person noun opening a headline
    ("A guard left his post in Lamar on Monday. He was shot dead near his home.", {"killed": 1}),
    ("Farmer killed in Oru village raid", {"killed": 1}),
    # "died" takes no object: a figure after it is a time
    ("Police found four wounded men in Lamar. One died two days later.", {"injured": 4, "killed": 1}),
    # the number (of people) killed as a toll; hostages are abducted
    ("The number of people killed in the floods in Oru has risen to 31.", {"killed": 31}),
    ("Troops stormed the camp and freed 14 hostages.", {"abducted": 14}),
    # still in hospital; not accounted for; a list closed by ", and"
    ("Six miners are in hospital and two have not been accounted for.", {"injured": 6, "missing": 2}),
    ("Two adult men, and a young woman were injured in Tala.", {"injured": 3}),
    # a clause coordinator is no list: the figure after it has its own verb
    ("Police confirmed the deaths of 16 people in Biru, while 40 others were injured.", {"killed": 16, "injured": 40}),
    # a noun compound with a word of no known class; a relative holding only its verb group
    ("Two youth opposition leaders were killed in Tala.", {"killed": 2}),
    ("Around 10 guards who had been abducted have been killed.", {"killed": 10}),
    # "both" and a plural person noun are two
    ("Gunmen stopped two traders near Oru. Both men were shot dead.", {"killed": 2}),
]


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_event_totals(text, expected):
    assert _best(text) == expected
