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
    # a partitive aside with a place after it ("most of them from one village")
    ("At least 16 people, most of them from one clan, were killed in the fire.", {"killed": 16}),
    # "left" a figure group whose participle is its status
    ("The shelling left a total of nine wounded villagers.", {"injured": 9}),
    # "from each side": a group noun after a determiner of no article
    ("One fighter from each side was killed in the skirmish.", {"killed": 1}),
    # an adjective between the article and a nominal "killing of"
    ("Two men were charged over the savage killing of a shopkeeper.", {"killed": 1}),
    # a participle phrase after an object, then its second member
    ("A missile killed a commander loyal to the rebels and three of his aides.", {"killed": 4}),
    # a group noun counted by its "of" figure; "saved the lives of" is no loss
    ("Rebels kidnapped a team of seven surveyors near Abo.", {"abducted": 7}),
    ("The remains of a family of six were found in the rubble.", {"killed": 6}),
    ("Firefighters saved the lives of 25 tenants.", {}),
    # "along with" after a place phrase: the place is no victim, the person is
    ("A priest was stabbed to death in his church along with a deacon.", {"killed": 2}),
    # a toll noun "figure", its events coordinated
    ("The casualty figure from the raid and the fire later climbed to 14.", {"killed": 14}),
    # a floated quantifier and a place between the subject and its verb
    ("Five pilgrims of Abo and Tala all from one parish, were killed on Sunday.", {"killed": 5}),
    # a relative clause of people whose verb is the outcome; its group is the nearest one
    ("Soldiers are searching the forest for 11 pupils who were abducted on Friday.", {"abducted": 11}),
    ("Divers searched the lake for about 30 people who remain missing.", {"missing": 30}),
    ("The ministry published the names of eight nurses who died.", {"killed": 8}),
    # the object of an outcome verb takes that verb, whatever its relative clause says
    ("The blaze killed nine inmates who were detained there.", {"killed": 9}),
    # "that" also follows things: no relative frame
    ("Rioters torched two police cars that burned for hours.", {}),
    # the condition of some of the injured after a comma is a part of them
    ("Eleven miners were injured, four in critical condition.", {"injured": 11}),
    # a nationality with no noun after it is a person; before a noun, its modifier
    ("Rebels seized a Canadian and her Kenyan driver near Abo.", {"abducted": 2}),
    ("Four Chilean mining engineers were wounded in the ambush.", {"injured": 4}),
    # "both" before a determiner leaves one person one person
    ("Both the mayor and his deputy were shot dead.", {"killed": 2}),
    # "left" a second victim and outcome; "another" as a subject is one more person
    ("The mine left two porters dead and another wounded.", {"killed": 2, "injured": 1}),
    ("One driver died and another was injured in the crash.", {"killed": 1, "injured": 1}),
    # "since" inside a perfect is an adverb of it
    ("Eight porters were hurt in the rockfall; three have since died.", {"injured": 8, "killed": 3}),
    # a named victim with a description between commas: one victim, the description none
    ("Ana Ruiz, head of the Tala traders' union, was shot dead outside her shop.", {"killed": 1}),
    ("Pedro Alvarez, a teacher and former mayor, was killed; his driver was wounded.", {"killed": 1, "injured": 1}),
    # a chain of place phrases between the victims and their verb
    (
        "Seven herders on the Tala side of the river in the Abo and Ewe districts were killed and 12 others injured.",
        {"killed": 7, "injured": 12},
    ),
    ("Two clerks of Kanda state's ruling Unity Party were shot dead in Biru.", {"killed": 2}),
    # a shooting aimed at the victim, joined to its outcome
    ("A judge was shot at and killed outside his home in Tala.", {"killed": 1}),
    # a relative clause of one passive verb group before the group's own verb
    ("About 30 prisoners who had been detained in Abo have been killed.", {"killed": 30}),
    ("Twelve miners who were abducted were found shot dead near Tala.", {"killed": 12}),
    # an aside or modifier after a list of two groups is of the whole list
    ("A police captain and four others including two traders were killed in Oru.", {"killed": 5}),
    ("Nine soldiers and a cook guarding the depot at Ewe were killed by rebels.", {"killed": 10}),
    # "along with" / "as well as" after the verb and its place adds victims of the same verb
    ("A trader was shot dead in his shop along with two customers.", {"killed": 3}),
    ("Three of the guards were wounded as well as two passers-by.", {"injured": 5}),
    # a singular noun of no known class as the subject of a verb only people undergo is a person
    ("The jailer was seriously wounded in the blast.", {"injured": 1}),
    ("The bus was shot at near Tala.", {}),
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
    # an age alone is a person; a part of a reduced group after the copula adds nothing
    ("A 15-year-old was killed in a blast in Oru on Monday.", {"killed": 1}),
    ("A bus fell into a gorge near Tala. A 40-year-old and his son died.", {"killed": 2}),
    ("Fourteen people were killed in a raid on Oru. Among those killed were two nurses.", {"killed": 14}),
    # some of the wounded who died later are new deaths, and no longer wounded
    ("Gunmen wounded six villagers in Tala. Two of the wounded later died in hospital.", {"killed": 2, "injured": 4}),
    # wrapped prose: a line that ends with a preposition goes on
    ("Troops killed at least six marchers on\nSunday, four of them in Lorvan, witnesses said.", {"killed": 6}),
    # two modifiers joined by "and" before one head
    ("At least five suspected RVF and Kora militants were killed in air strikes near Biru.", {"killed": 5}),
    ("3 ADF and foreign fighters killed and 2 injured in a raid on Tala", {"killed": 3, "injured": 2}),
    # "his" / "her" opening a conjunct refers back to a person: the noun before is one
    ("The headmaster of a village school and his son were shot dead in Oru.", {"killed": 2}),
    ("Raiders killed the herbalist and her daughter near Biru.", {"killed": 2}),
    # the names of a group's members between dashes
    ("Four RVF activists - Ade, Bola, Femi and Tunde Ojo - were shot dead in Kadu.", {"killed": 4}),
    # a place and its region between commas; a long chain of places before the verb
    ("Two students in Kadu, Lira, were killed on Monday.", {"killed": 2}),
    (
        "At least six farmers on the Tala side of the Border Line (BL) in the Abo sector of Kanda's Oru "
        "district and Ewe area of Biru district were killed Friday and 9 others injured in shelling.",
        {"killed": 6, "injured": 9},
    ),
    # "killed and robbed": the object is the outcome verb's, not the subject a victim
    ("Two gunmen killed and robbed three traders near Oru.", {"killed": 3}),
    # "and another" with a bare participle: one more person
    ("Three guards were killed and another wounded when rebels attacked the depot.", {"killed": 3, "injured": 1}),
    # a clause whose verb is left out after "and"; some of a group who died later
    ("Eight guards were killed in Abo on Friday and three in Ewe.", {"killed": 11}),
    ("The blast hit 25 pilgrims, two of whom died in hospital.", {"killed": 2}),
    # a toll of the injured; people who fled a place
    ("A bus overturned near Oru. The number of injured rose to 31.", {"injured": 31}),
    ("About 600 villagers fled their homes after the raid.", {"displaced": 600}),
    # "another" is one more of the group before it in its sentence
    (
        "Two soldiers were killed and another wounded near Oru. Gunmen killed a guard and wounded another.",
        {"killed": 3, "injured": 2},
    ),
    # a second conjunct without article takes the first's; a plural verb makes them two
    ("A security guard and Kanda trader were killed by robbers in Oru.", {"killed": 2}),
    ("A teacher and colleague was shot dead in Tala.", {"killed": 1}),
    # names in a list of victims; one name word is a person where "his" refers back to it
    ("Ruth Ade and two guards were killed when gunmen stormed the depot.", {"killed": 3}),
    ("Gunmen shot dead Ben Ota and Ali Musa near Oru.", {"killed": 2}),
    ("Okafor and his nephew were shot dead at their farm on Monday.", {"killed": 2}),
    ("Police said Bamidele was stabbed to death by robbers.", {"killed": 1}),
    # the names of a figure group's members, and members with an "of" group, are no victims of their own
    ("Two teachers, Ana Ruiz and Ben Ota were shot dead in Tala.", {"killed": 2}),
    ("The blast killed two men, a brother and cousin of the mayor, and wounded five.", {"killed": 2, "injured": 5}),
    # later figures that add up to a listed total (1 + 9) are its breakdown
    (
        "A village chief and nine other people were killed in raids on Tala. The chief and his wife died at "
        "home. Gunmen killed six people in Abo while two others were killed in Ewe.",
        {"killed": 10},
    ),
    # a later figure restates the listed figure of its own words
    ("Bandits killed five herders and a trader near Oru. Five herders were killed at the well.", {"killed": 6}),
    # the size of the group the victims belong to is no victim count
    ("Three members of a crew of twelve were shot dead near Oru.", {"killed": 3}),
    # a relative clause with a name set off by commas, up to the verb of its subject
    ("A driver who worked for a transport firm, Kanda Lines, was shot dead in Tala.", {"killed": 1}),
    # a relative clause of an earlier harm between commas: the victim's own outcome follows
    ("A porter, who suffered burns in an arson attack on a depot on Friday, died on Sunday.", {"killed": 1}),
    # a list with a place and its region between commas
    ("Three traders and a driver in Oru, Lira, were shot dead on Monday.", {"killed": 4}),
    # a passive split by an adverb between commas
    ("Four of the raiders were, however, shot dead by guards.", {"killed": 4}),
    # parts in brackets after the verb; an adverb "total" after the victims
    ("At least nine people were killed (including four burned alive) in Tala.", {"killed": 9}),
    ("Fifteen people total (including two gunmen and a guard) were killed in the raid.", {"killed": 15}),
    # "then" after the subject of a later sentence: what the actor did next adds victims
    (
        "A gunman shot dead his brother at a farm in Oru. He then drove to a market, killing six traders.",
        {"killed": 7},
    ),
    ("Rebels killed two guards at a depot. The next day, rebels killed four farmers nearby.", {"killed": 6}),
    # a headline's "N reported dead" (no "were"); "incl." is "including"
    ("Gunmen raided a farm near Oru. Three herders reported dead, two wounded.", {"killed": 3, "injured": 2}),
    ("Four traders incl. a market chief shot dead overnight near Tala.", {"killed": 4}),
    # "the victim" names whoever was hit, of any side: a later report of the same death
    (
        "A guard was shot dead at the depot in Oru. The victim was taken to a clinic and later pronounced dead.",
        {"killed": 1},
    ),
    # an earlier outcome in a relative clause, then the subject's own ("found dead")
    ("Two herders who had been missing for a week were found dead near Oru.", {"killed": 2}),
    ("A trader and his son, a student, were kidnapped and later found dead in Tala.", {"killed": 2}),
    # a toll raised by a later death restates the sum: the death is one of the toll
    (
        "Three guards were killed in the raid on Friday. A wounded guard died on Monday, bringing the toll to four.",
        {"killed": 4},
    ),
    (
        "Five miners died in the blast. Two more died in hospital overnight, raising the death toll to seven.",
        {"killed": 7},
    ),
    # a harm told in a relative aside beside the group's own outcome; "a second body" is one more
    ("The gunman, who was also wounded, was arrested.", {"injured": 1, "detained": 1}),
    ("One body was found on Monday. A second body was pulled from the river on Tuesday.", {"killed": 2}),
    # a headline part of a figure; a gapped clause after a place
    ("Three policemen among 8 killed in Kanda ambush", {"killed": 8}),
    ("Four people died in the north and two in the south.", {"killed": 6}),
    # names of the dead add no one
    (
        "Two people were killed in the fire. The dead were identified as Ana Ruiz, 34, and her son Leo, 9.",
        {"killed": 2},
    ),
    # later sentences break a total down place by place; a part one of them lists is passed over
    (
        "Shelling by army units killed 12 civilians in the north on Sunday. Three women were among seven "
        "people killed in strikes on Tamu. Another civilian died in shelling near Kora. A drone also hit "
        "a car near Bala, killing a man and his three sons.",
        {"killed": 12},
    ),
    # "other reports" / "another source" name another teller of the same dead, not more dead
    ("At least 12 people were killed in clashes in Kora overnight. Other reports said 12 were killed.", {"killed": 12}),
    ("Seven people died in the blast in Tamu, police said. Another source put the death toll at 7.", {"killed": 7}),
    ("Seven people were killed in the blast in Tamu. Another 9 were killed in Rula.", {"killed": 16}),
    # two outcomes joined by "or" after a raising or reported verb state neither
    ("A driver was shot dead near Oru. Two others appear to have been killed or kidnapped.", {"killed": 1}),
    # "two of them", "many of their victims" after a figure of its outcome in its sentence: a part
    ("Gunmen killed 20 people in Oru, beheading two of them.", {"killed": 20}),
    ("Raiders killed 14 villagers in Tala, hacking many of their victims to death.", {"killed": 14}),
    ("Rebels abducted nine men in Oru and killed two of them.", {"abducted": 9, "killed": 2}),
    # the dead told again as "shot": how they died, no one wounded
    ("The bodies of four herders were found near Lamu. The four men had been shot in the head.", {"killed": 4}),
    ("Bandits killed 11 traders in Oru. Many of the victims were shot in the back.", {"killed": 11}),
    ("Two guards were killed and three hurt in Oru. The three were shot in the legs.", {"killed": 2, "injured": 3}),
    # a life sentence is a prison term, no one's death
    ("Two people were stabbed to death in Oru. In 2019 a man received two life sentences for it.", {"killed": 2}),
    # a list whose last member has a long relative clause, then the verb of the whole list
    (
        "A Danish engineer and two Kenyans who work with a building company responsible for"
        " repairing roads in Tala were killed in an ambush.",
        {"killed": 3},
    ),
    # a region of a place is a name, not a noun group ("the southern Kandia")
    ("The mayor of Tala in the southern Kandia was shot dead.", {"killed": 1}),
    # a harm, what is attached to it, then "and" the killing: one killed, not one hurt
    ("Omar Zaki, a police officer, was shot four times in the head, and killed.", {"killed": 1}),
    ("A farmer was shot twice in the back of the head and killed in Oru.", {"killed": 1}),
    # one person's body found is one dead; a death told before is told again
    ("Gunmen seized a driver near Oru on Monday. Two days later, police found his body.", {"abducted": 1, "killed": 1}),
    ("A nurse was stabbed to death in Tala. Her body was found in a car.", {"killed": 1}),
    # injuries "to" people without figure are theirs; injuries to a body part are no one's
    ("A parcel bomb went off in a post office, causing injuries to a clerk and his daughter.", {"injured": 2}),
    ("A guard was shot and suffered injuries to his legs.", {"injured": 1}),
    # burns taken are wounds; "burns" with an object is a verb
    ("A cook suffered burns when a gas cylinder exploded in Tala.", {"injured": 1}),
    ("Two firemen sustained severe burns and a driver died.", {"injured": 2, "killed": 1}),
    ("A mob burns two buses in Tala, killing a driver.", {"killed": 1}),
    # an acronym spelt out in brackets before the head of its group
    ("Rebels killed three UPF [Upper Biru police force] officers near Oru.", {"killed": 3}),
    # a second member whose article the first gives, headed by a person noun
    ("A night guard and Kandan shopkeeper were killed and two people injured in Oru.", {"killed": 2, "injured": 2}),
    # "other sources" tell the same quantity again, in the same sentence or the next one
    ("Nine guards were killed, though other officials gave a toll of 13.", {"killed": 9}),
    ("Officials said six traders were shot dead in Ewe. Other reports put the toll at eight.", {"killed": 6}),
    ("Nine guards were killed in Oru and 13 other people died in Ewe.", {"killed": 22}),
]


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_event_totals(text, expected):
    assert _best(text) == expected


# the attacker's own death: a perpetrator, apart from his victims; one attacker told twice is one
OWN_DEATH_EVENTS = [
    (
        "A suicide bomber blew himself up at a checkpoint in Oru, killing four soldiers.",
        {("killed", "perpetrator"): 1, ("killed", "state_forces"): 4},
    ),
    (
        "Two suicide bombers blew themselves up outside a market in Tala. Nine traders were killed.",
        {("killed", "perpetrator"): 2, ("killed", "civilian"): 9},
    ),
    (
        "A suicide bomber died in the blast at a mosque in Kano. Police said he had blown himself up during prayers.",
        {("killed", "perpetrator"): 1},
    ),
    (
        "A gunman shot dead four guards at a depot in Biru. "
        "He was later found dead after turning his rifle on himself.",
        {("killed", "civilian"): 4, ("killed", "perpetrator"): 1},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_DEATH_EVENTS)
def test_own_death_totals_by_party_kind(text, expected):
    table = totals([r.statement for r in read(text)], by=["outcome", "party_kind"])
    assert {(str(o), str(k)): int(v) for (o, k), v in table["best"].items()} == expected


def test_own_death_adds_to_the_event_total():
    assert _best("A suicide bomber blew himself up at a checkpoint in Oru, killing four soldiers.") == {"killed": 5}


# parts of a group in the text: a person named by an age, a group whose participle states the outcome
PART_ROWS = [
    ("The dead include a cook and a 12-year-old, officials in Oru said.", [("killed", 1), ("killed", 1)]),
    ("Police said a guard was among the fatally wounded victims.", [("killed", 1)]),
    ("Two boys were among the injured passengers, the mayor of Tala said.", [("injured", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), PART_ROWS)
def test_parts_by_outcome(text, expected):
    assert [(str(r.statement.outcome), r.statement.count.best) for r in read(text)] == expected


def test_another_takes_the_party_of_the_group_before_it():
    text = "Four soldiers were killed and another wounded in Oru."
    table = totals([r.statement for r in read(text)], by=["outcome", "party_kind"])
    assert {(str(o), str(k)): int(v) for (o, k), v in table["best"].items()} == {
        ("killed", "state_forces"): 4,
        ("injured", "state_forces"): 1,
    }


# incident reports: how they state (or do not yet state) deaths and injuries
INCIDENT_EVENTS = [
    # a passive outcome after a future or conditional modal has not happened
    ("The kidnappers warned that all six hostages would be executed unless the ransom was paid.", {"abducted": 6}),
    ("Three prisoners will be hanged on Monday, a court in Tala said.", {}),
    ("Four people may have been killed when the roof fell in.", {"killed": 4}),
    # a participle phrase between commas, then the verb of its subject: the groups in it are no parts
    ("A 52 year old farmer, thought to be a police informer, was shot and killed near Oru.", {"killed": 1}),
    (
        "Three guards, returning from a patrol in Tala, were killed and a driver was wounded.",
        {"killed": 3, "injured": 1},
    ),
    # a group named between commas, then the rest of the list: the named one counts
    ("The head of the Oru council, Ade Bello, and three others were shot dead at a market.", {"killed": 4}),
    # a wounded person who dies later moves from the wounded to the dead, counted once
    ("Tomas Vidal was stabbed outside his shop in Ostra. Vidal died of his wounds two days later.", {"killed": 1}),
    ("A customs officer was shot at a checkpoint near Biru. She later succumbed to her injuries.", {"killed": 1}),
    ("Six miners were hurt when a gallery caved in; two of them later died in hospital.", {"killed": 2, "injured": 4}),
    (
        "A farmer was killed and three herders were wounded near Lamu. One of the wounded died on Friday.",
        {"killed": 2, "injured": 2},
    ),
    # a surname alone names the person named before; a pronoun after another subject is not the wounded
    ("Gunmen shot the head of the Lamu council, Rosa Ngeno. Ngeno later died.", {"killed": 1}),
    ("A guard was wounded by a sniper. A looter was caught; he died in custody.", {"injured": 1, "killed": 1}),
    # a noun that is also a verb form: "on shore leave" is no "left"
    ("A cook on shore leave in Marlo was shot dead outside a bar.", {"killed": 1}),
    ("Two nurses on leave were stabbed in Ostra.", {"injured": 2}),
    # an attempted or failed outcome named by a noun harmed no one
    ("The Kanda Front claimed the attempted assassination of the governor of Lamu.", {}),
    ("A failed kidnapping of two bankers in Oru left a guard dead.", {"killed": 1}),
    # two participle phrases joined by "and" after the victims, then their verb
    ("Five smugglers armed with pistols and carrying fuel cans were shot dead near Biru.", {"killed": 5}),
    ("Two girls selling bread and carrying sacks were hurt by a falling wall.", {"injured": 2}),
    ("Three Kandans armed with knives and wearing masks were killed by guards.", {"killed": 3}),
    # a bracketed aside inside the first member of a list: both members count
    ("The warden of a hostel (a former barracks) and his wife were shot dead by two riders.", {"killed": 2}),
    # a person noun of the courts heads an apposition after a name
    ("Ivo Maric, former deputy prosecutor of the Kalo Region, was killed on Sunday night.", {"killed": 1}),
    # "the other" after a group split by -ing clauses is the rest of that group, not one more
    ("A youth stabbed two guards at a gate in Oru, killing one and injuring the other.", {"killed": 1, "injured": 1}),
    # wounds counted on one body are one person hurt, not as many people as wounds
    ("A taxi driver was rushed to hospital with three stab wounds.", {"injured": 1}),
    (
        "The mayor of Oru was shot dead and his bodyguard was taken to hospital after suffering two bullet wounds.",
        {"killed": 1, "injured": 1},
    ),
    # a vehicle that burned is no victim of "burned"
    (
        "Two clans clashed in Biru. 4 people were killed, 3 wounded, and a motorbike and a bicycle burned.",
        {"killed": 4, "injured": 3},
    ),
    # a past form before "to death" is a killing
    ("A herder was clobbered to death by a crowd at a market in Oru.", {"killed": 1}),
    # a clause preposition after a place opens a clause: its group is the subject of its verb
    ("Riots broke out in the town of Tala as six people were killed in clashes with police.", {"killed": 6}),
    ("Fighting erupted in Lamu district after gunmen killed four herders.", {"killed": 4}),
    # a member named with "along with" between commas; the last member with its "of" group
    ("The head of the Kanda Front, along with two other members of the group, was shot dead in Oru.", {"killed": 3}),
    # a note's reduced "reported to have been" form
    ("On 3 June, bandits raided two hamlets near Biru, six reported to have been killed.", {"killed": 6}),
]


@pytest.mark.parametrize(("text", "expected"), INCIDENT_EVENTS)
def test_incident_totals(text, expected):
    assert _best(text) == expected
