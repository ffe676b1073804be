"""Red-team precision audit of the older spin lexicon sections, from "time and dates" to the
fluent thesaurus spinners (the phrase spinners' news vocabulary, names and institutions,
WordNet-style, Spinbot-style and single-word swaps).

Each negative row is a clean sentence of a register the earlier calibration did not cover
(product pages, software docs, sport, finance, legal, academic, health, religious, regional and
old-fashioned English) in which an entry's spun words occur in order as ordinary English. The
entry was narrowed by a context rule or removed; the row fails if it comes back. Each positive
row keeps a narrowed entry honest: the spun reading still fires. Entries whose spun reading
cannot be told apart from the ordinary one were lowered instead: they may still be reported,
but only at a weight that counts in aggregate."""

from __future__ import annotations

import pytest

from tests.checks.spin.helpers import assert_fires_in_frame_only, phrase_findings

# (clean sentence, spun phrase, suggestion): no spin.phrase finding may cover the phrase with
# the entry's suggestion, whatever its weight.
COLLISIONS: list[tuple[str, str, str]] = [
    # time and dates
    ("The squad led at this second stage of the rally.", "at this second", "at this moment"),
    ("One has but to look at the hills to feel calm.", "has but to", "has yet to"),
    ("You have but to ask and the door will open.", "have but to", "have yet to"),
    ("The task before us is but to wait.", "is but to", "is yet to"),
    ("Such a loss was but to be expected in wartime.", "but to be", "yet to be"),
    ("Polls close at eight on the primary day.", "the primary day", "the first day"),
    (
        "She entered the primary to challenge the sitting senator.",
        "the primary to",
        "the first to",
    ),
    ("Up to now few studies have looked at the effect.", "up to now", "in the past"),
    ("Ye that mourn are but to watch and wait.", "are but to", "are yet to"),
    # reporting and speech
    (
        "Journalists drove the car at the press launch of the new hatchback.",
        "press launch",
        "press release",
    ),
    (
        "Staff must follow the media protection policy when disposing of old drives.",
        "media protection",
        "media coverage",
    ),
    ("The latest polls present a mixed picture for the party.", "polls present", "polls show"),
    ("Strike action was backed in a ballot by 80 per cent of members.", "a ballot by", "a poll by"),
    (
        "Officials checked the ballot numbers against the register.",
        "ballot numbers",
        "poll numbers",
    ),
    ("The Romans dominated that region for four centuries.", "dominated that", "ruled that"),
    ("Rational players never choose dominated strategies.", "choose dominated", "judge ruled"),
    ("It was a courtroom dominated by grief.", "courtroom dominated", "court ruled"),
    # connectives and grammar
    (
        "The permit was issued in accordance with information supplied by the applicant.",
        "in accordance with",
        "according to",
    ),
    ("Drink as much water as you possibly can on hot days.", "you possibly can", "you can"),
    ("The firm is a solely owned subsidiary of the bank.", "solely", "only"),
    ("We tried every different brand of oat milk in the shop.", "every different", "each other"),
    ("Solr returns search facet results alongside the hits.", "facet results", "side effects"),
    ("The booklet gives tips on the best way to store rice.", "on the best way", "on the way"),
    ("There is no approach that suits every child.", "no approach", "no way"),
    # the phrase spinners' vocabulary
    (
        "Participants reported their positive affect over three weeks.",
        "affect over",
        "influence over",
    ),
    (
        "The gradual restoration of the chapel took ten years.",
        "gradual restoration",
        "slow recovery",
    ),
    (
        "The anti-road protests of the 1990s saved the woodland.",
        "road protests",
        "street protests",
    ),
    (
        "The chain has shops in domestic and international locations.",
        "international locations",
        "countries",
    ),
    (
        "He joined the club in a transfer to Milan worth 40 million euros.",
        "in a transfer to",
        "in a move to",
    ),
    ("This means again that the council must cut services.", "means again", "way back"),
    ("The WTO e-commerce talks stalled over data rules.", "commerce talks", "trade talks"),
    (
        "The platform signed an e-commerce deal with the postal service.",
        "commerce deal",
        "trade deal",
    ),
    ("The colonists demanded a free commerce with all nations.", "free commerce", "free trade"),
    ("Rivals fought the e-commerce battle over delivery times.", "commerce battle", "trade war"),
    (
        "Shops pay the e-commerce settlement fee each month.",
        "commerce settlement",
        "trade agreement",
    ),
    ("Small firms face e-commerce barriers abroad.", "commerce barriers", "trade barriers"),
    ("Set the variable to an integer value greater than zero.", "value", "worth"),
    (
        "Each robot performs a job that once needed three workers.",
        "performs a job",
        "plays a role",
    ),
    ("He performed a job for a local builder.", "performed a job", "played a role"),
    (
        "Local authorities funding the scheme must report by May.",
        "authorities funding",
        "government funding",
    ),
    (
        "With local authorities spending more on care, parks suffer.",
        "authorities spending",
        "government spending",
    ),
    ("First go to Settings and tap Privacy.", "go to", "visit"),
    ("Buyers look for homes within their price range.", "price range", "budget"),
    ("The price range is 10 to 50 dollars.", "price range", "budget"),
    ("The app uses native media controls on Android.", "native media", "local media"),
    ("The library converts dates to the native time format.", "native time", "local time"),
    (
        "The church sent two international ministers of the gospel to Kenya.",
        "international ministers",
        "foreign ministers",
    ),
    (
        "He is an international minister of the gospel.",
        "international minister",
        "foreign minister",
    ),
    (
        "The travel insurance includes overseas coverage for emergencies.",
        "overseas coverage",
        "foreign policy",
    ),
    (
        "The flood drew international coverage within hours.",
        "international coverage",
        "foreign policy",
    ),
    # institutions, titles and places
    ("Set the HOME environment variable before running the installer.", "the HOME", "the House"),
    ("The Opposition Chief Whip wrote to the Speaker.", "Opposition Chief", "opposition leader"),
    (
        "The firm has a nationwide workforce of 5,000 engineers.",
        "nationwide workforce",
        "national team",
    ),
    ("We employ a nationwide crew of installers.", "nationwide crew", "national team"),
    (
        "A nationwide emergency alert will be tested on Sunday.",
        "nationwide emergency",
        "national emergency",
    ),
    ("A Bay Area station aired the interview.", "Area station", "space station"),
    ("Clean the outer area of the wound with saline.", "outer area", "outer space"),
    ("A local area company donated the prizes.", "area company", "space agency"),
    (
        "Students log ten hours of local area flight before going solo.",
        "area flight",
        "space flight",
    ),
    ("Consult your legal professional before signing.", "legal professional", "attorney"),
    ("She works as a data protection lawyer in Dublin.", "protection lawyer", "defense attorney"),
    ("A wildlife protection group bought the marsh.", "protection group", "defense team"),
    ("Only members of an authorized group can read the file.", "authorized group", "legal team"),
    (
        "He was ordered to pay 200 pounds costs towards the prosecution.",
        "costs towards",
        "charges against",
    ),
    ("Slide the case towards you until it clicks.", "case towards", "case against"),
    ("Delegates voted towards the end of the session.", "voted towards", "voted against"),
    ("Each purchase counts as a vote towards the prize draw.", "vote towards", "vote against"),
    (
        "A protest towards the end of the month drew thousands.",
        "protest towards",
        "protest against",
    ),
    (
        "Protests towards the end of the year turned violent.",
        "Protests towards",
        "protests against",
    ),
    (
        "Data regulation enforcement has grown stricter in Europe.",
        "regulation enforcement",
        "law enforcement",
    ),
    (
        "The bill is a first step towards the regulation of crypto assets.",
        "towards the regulation",
        "against the law",
    ),
    ("Add the text-center class to the heading.", "center class", "middle class"),
    ("Medical center faculty will teach the course.", "center faculty", "middle school"),
    (
        "The club held its third social gathering of the year.",
        "third social gathering",
        "third party",
    ),
    ("We want to get together members of both choirs.", "get together members", "party members"),
    # everyday vocabulary
    (
        "The clinic runs chronic illness management classes.",
        "illness management",
        "disease control",
    ),
    ("She gained the title of grandmaster at sixteen.", "gained the title", "won the title"),
    ("Women gained the vote in 1918.", "gained the vote", "won the vote"),
    ("Police capturing the suspect used a drone.", "Police capturing", "police shooting"),
    ("My dad and mom met at a dance in 1962.", "dad and mom", "parents"),
    ("Dad and Mom were married for fifty years.", "Dad and Mom", "parents"),
    ("Retail inventory rose 2 percent in May.", "inventory", "stock"),
    ("The inventory value is counted at year end.", "inventory value", "stock"),
    (
        "Managers weigh the inventory trade-off between cost and service.",
        "inventory trade",
        "stock exchange",
    ),
    ("Web price: 49 dollars while stocks last.", "Web price", "net worth"),
    ("We planned the web migration project over three months.", "web migration", "net migration"),
    ("The team needs more data expertise.", "data expertise", "information technology"),
    ("The gadget was shown at a tech trade show in Berlin.", "tech trade", "tech industry"),
    ("Check the auto trade-in value before you sell.", "auto trade", "auto industry"),
    # more vocabulary
    ("Youth soccer membership fees rise next year.", "soccer membership", "football club"),
    ("The archer hit two targets in a row.", "targets", "goals"),
    ("The membership's views were sought before the vote.", "membership's", "club's"),
    ("Summer visitors jam the narrow lanes.", "visitors jam", "traffic jam"),
    ("Equipment hire costs are included in the quote.", "hire costs", "rent prices"),
    ("Many families still pay hire purchase instalments.", "pay hire", "pay rent"),
    ("New hire management is easier with the onboarding app.", "hire management", "rent control"),
    # WordNet-style
    ("Unlink your connected Facebook account in settings.", "connected", "on"),
    ("The phone shows caller information on the lock screen.", "caller", "new"),
    ("Prizes galore await the winners.", "galore", "many"),
    ("It solves a non-existent problem.", "existent", "real"),
    ("The charity stayed afloat year after year.", "afloat", "full"),
    ("The cardinal question is whether the treaty still binds.", "cardinal", "key"),
    ("Police searched for escaped prisoners overnight.", "for escaped", "for free"),
    (
        "Parental involvement rates were higher in rural schools.",
        "involvement rates",
        "interest rates",
    ),
    (
        "The ombudsman's final complaint decision went against the bank.",
        "complaint decision",
        "rate decision",
    ),
    ("The return portion of the ticket is valid for a month.", "return portion", "take part"),
    ("The warning was raised due to usage of an old module.", "to usage", "to use"),
    ("The castle grounds high above the town are open daily.", "grounds high", "record high"),
    ("Keep the grounds low-maintenance with gravel paths.", "grounds low", "record low"),
    ("Results were similar this year.", "similar this", "like this"),
    (
        "Pupils should complete the past papers before the exam.",
        "complete the past",
        "over the past",
    ),
    (
        "A long walk on Sunday helps to complete the weekend.",
        "complete the weekend",
        "over the weekend",
    ),
    ("Use the ar command to build a static library.", "ar", "are"),
    # Spinbot-style
    (
        "The effects were generally significant at the 5% level.",
        "generally significant",
        "most important",
    ),
    ("Methane is the most reduced form of carbon.", "most reduced", "lowest"),
    ("They keep going time after time.", "keep going time", "last time"),
    (
        "On a machine where a char is not exactly 8 bits wide, adjust the code.",
        "not exactly",
        "less than",
    ),
    (
        "The client administration portal lets you reset passwords.",
        "client administration",
        "customer service",
    ),
    ("The understudy performance on Tuesday was superb.", "understudy", "student"),
    (
        "Wind is a sustainable power source for remote farms.",
        "sustainable power source",
        "renewable energy",
    ),
    # single-word swaps
    ("The invoice will be emailed within two days.", "The invoice", "the bill"),
    ("The paper prides itself on free and honest reporting.", "free and honest", "free and fair"),
    ("He was a man of honest worth and plain speech.", "honest worth", "fair value"),
    ("The fuel tank sits forward of the cockpit.", "forward of", "ahead of"),
    (
        "Social protection spending rose during the pandemic.",
        "protection spending",
        "defense spending",
    ),
    (
        "Fire protection contractors must be certified.",
        "protection contractors",
        "defense contractors",
    ),
    ("Child protection officers visited the family.", "protection officers", "defense officials"),
    ("Members pay a lower in-network rate.", "a lower in", "a cut in"),
    ("He faces hate crime charges after the attack.", "crime charges", "crime rates"),
    ("The fare has no change charges.", "change charges", "exchange rates"),
    (
        "The jury may consider alternate charges of manslaughter.",
        "alternate charges",
        "exchange rates",
    ),
    ("The race has a 20 dollar start fee.", "start fee", "birth rate"),
    ("Managers can track job progress on the dashboard.", "job progress", "job growth"),
    ("Insurers want the lowest degree of risk.", "lowest degree", "lowest level"),
    ("Some lawyers file excessive motions to delay trials.", "file excessive", "record high"),
    ("Testers file low-priority bugs in the tracker.", "file low", "record low"),
    ("Residents can report excessive noise to the council.", "report excessive", "record high"),
    (
        "The server supports file ranges for resumable downloads.",
        "file ranges",
        "record levels",
    ),
    ("The report ranges widely across health and housing.", "report ranges", "record levels"),
    (
        "The warehouse runs a rolling inventory count each week.",
        "rolling inventory",
        "rolling stock",
    ),
    (
        "Farmers use the seasonal climate forecast to plan planting.",
        "climate forecast",
        "weather forecast",
    ),
    ("The fireplace has a marble surround.", "The fireplace", "the fire"),
    # paraphraser tools
    ("The flat is in the most ideal location for commuters.", "the most ideal", "the best"),
    ("The church stands on the most elevated part of the town.", "most elevated", "highest"),
    (
        "Finance tracks approvals against budget each month.",
        "approvals against",
        "sanctions against",
    ),
    # deleted: ordinary English in most uses
    ("Loose cables pose a safety risk.", "safety risk", "security threat"),
    ("The burglar struck again a week later.", "struck again", "struck back"),
    ("Rate your stress level from 1 to 10.", "stress level", "pressure point"),
    ("Keep a stress level diary for a week.", "a stress level", "a pressure point"),
    (
        "Local authorities working with police closed the road.",
        "authorities working",
        "government running",
    ),
    (
        "Advisers help people in difficult financial situations.",
        "financial situations",
        "economic conditions",
    ),
    ("Crop protection methods vary by region.", "protection methods", "defense systems"),
    ("Parents pay an annual development fee to the school.", "development fee", "growth rate"),
    ("Extreme climate events are becoming more frequent.", "Extreme climate", "severe weather"),
    ("Younger girls joined the choir this term.", "Younger girls", "young women"),
]

# (spun sentence, span, suggestion, clean sentence): the narrowed entry still reads the spun
# sentence; the clean one is a row of COLLISIONS.
STILL_FIRES: list[tuple[str, str, str, str]] = [
    (
        "The port could present a stress level for the rebels to exploit.",
        "a stress level",
        "a pressure point",
        "Keep a stress level diary for a week.",
    ),
    (
        "The loan helps the country keep its authorities working through the winter.",
        "authorities working",
        "government running",
        "Local authorities working with police closed the road.",
    ),
    (
        "Officials are at this second reviewing the plan.",
        "at this second",
        "at this moment",
        "The squad led at this second stage of the rally.",
    ),
    (
        "The council has but to decide on the budget.",
        "has but to",
        "has yet to",
        "One has but to look at the hills to feel calm.",
    ),
    (
        "The two sides have but to agree a deal.",
        "have but to",
        "have yet to",
        "You have but to ask and the door will open.",
    ),
    (
        "The inquiry is but to publish its findings.",
        "is but to",
        "is yet to",
        "The task before us is but to wait.",
    ),
    (
        "The winner was but to be named.",
        "but to be",
        "yet to be",
        "Such a loss was but to be expected in wartime.",
    ),
    (
        "Pupils were nervous on the primary day of school.",
        "the primary day",
        "the first day",
        "Polls close at eight on the primary day.",
    ),
    (
        "He was the primary to arrive at the scene.",
        "the primary to",
        "the first to",
        "She entered the primary to challenge the sitting senator.",
    ),
    (
        "Prices have risen up to now few years.",
        "up to now",
        "in the past",
        "Up to now few studies have looked at the effect.",
    ),
    (
        "In a press launch issued on Monday, the firm confirmed the sale.",
        "press launch",
        "press release",
        "Journalists drove the car at the press launch of the new hatchback.",
    ),
    (
        "The trial drew intense media protection across the country.",
        "media protection",
        "media coverage",
        "Staff must follow the media protection policy when disposing of old drives.",
    ),
    (
        "Recent polls present that most voters back the plan.",
        "polls present",
        "polls show",
        "The latest polls present a mixed picture for the party.",
    ),
    (
        "A ballot by Gallup put his approval at 40 percent.",
        "a ballot by",
        "a poll by",
        "Strike action was backed in a ballot by 80 per cent of members.",
    ),
    (
        "His ballot numbers slipped after the debate.",
        "ballot numbers",
        "poll numbers",
        "Officials checked the ballot numbers against the register.",
    ),
    (
        "The judge dominated that the contract was void.",
        "dominated that",
        "ruled that",
        "The Romans dominated that region for four centuries.",
    ),
    (
        "The choose dominated in favour of the tenants.",
        "choose dominated",
        "judge ruled",
        "Rational players never choose dominated strategies.",
    ),
    (
        "The courtroom dominated in favour of the city.",
        "courtroom dominated",
        "court ruled",
        "It was a courtroom dominated by grief.",
    ),
    (
        "In accordance with a report by the agency, sales fell.",
        "in accordance with",
        "according to",
        "The permit was issued in accordance with information supplied by the applicant.",
    ),
    (
        "You possibly can buy the tickets online.",
        "you possibly can",
        "you can",
        "Drink as much water as you possibly can on hot days.",
    ),
    (
        "She was the solely survivor of the crash.",
        "solely",
        "only",
        "The firm is a solely owned subsidiary of the bank.",
    ),
    (
        "The two leaders praised every different on Tuesday.",
        "every different",
        "each other",
        "We tried every different brand of oat milk in the shop.",
    ),
    (
        "The drug has few facet results, the study found.",
        "facet results",
        "side effects",
        "Solr returns search facet results alongside the hits.",
    ),
    (
        "Police said the men were on the best way to the airport.",
        "on the best way",
        "on the way",
        "The booklet gives tips on the best way to store rice.",
    ),
    (
        "There's no approach he will accept that.",
        "no approach",
        "no way",
        "There is no approach that suits every child.",
    ),
    (
        "Beijing wants more affect over the region.",
        "affect over",
        "influence over",
        "Participants reported their positive affect over three weeks.",
    ),
    (
        "Analysts expect a gradual restoration in demand next year.",
        "gradual restoration",
        "slow recovery",
        "The gradual restoration of the chapel took ten years.",
    ),
    (
        "Police broke up road protests in the capital.",
        "road protests",
        "street protests",
        "The anti-road protests of the 1990s saved the woodland.",
    ),
    (
        "Leaders from 20 international locations met in Paris.",
        "international locations",
        "countries",
        "The chain has shops in domestic and international locations.",
    ),
    (
        "The bank raised rates in a transfer to curb inflation.",
        "in a transfer to",
        "in a move to",
        "He joined the club in a transfer to Milan worth 40 million euros.",
    ),
    (
        "The two firms first met means again in 2009.",
        "means again",
        "way back",
        "This means again that the council must cut services.",
    ),
    (
        "The commerce talks between the two nations resumed.",
        "commerce talks",
        "trade talks",
        "The WTO e-commerce talks stalled over data rules.",
    ),
    (
        "The two countries signed a commerce deal on Friday.",
        "commerce deal",
        "trade deal",
        "The platform signed an e-commerce deal with the postal service.",
    ),
    (
        "The bloc signed a free commerce agreement with Chile.",
        "free commerce",
        "free trade",
        "The colonists demanded a free commerce with all nations.",
    ),
    (
        "Pensioners are but to receive the promised rise.",
        "are but to",
        "are yet to",
        "Ye that mourn are but to watch and wait.",
    ),
    (
        "The two powers are locked in a commerce battle over chips.",
        "commerce battle",
        "trade war",
        "Rivals fought the e-commerce battle over delivery times.",
    ),
    (
        "The commerce settlement cuts tariffs on cars.",
        "commerce settlement",
        "trade agreement",
        "Shops pay the e-commerce settlement fee each month.",
    ),
    (
        "The pact removes commerce barriers between the states.",
        "commerce barriers",
        "trade barriers",
        "Small firms face e-commerce barriers abroad.",
    ),
    (
        "Investors bought shares value greater than $2 billion.",
        "value",
        "worth",
        "Set the variable to an integer value greater than zero.",
    ),
    (
        "Diet performs a job in heart health.",
        "performs a job",
        "plays a role",
        "Each robot performs a job that once needed three workers.",
    ),
    (
        "Luck performed a job in the result.",
        "performed a job",
        "played a role",
        "He performed a job for a local builder.",
    ),
    (
        "The authorities funding was cut by 10 percent.",
        "authorities funding",
        "government funding",
        "Local authorities funding the scheme must report by May.",
    ),
    (
        "Authorities spending rose sharply last year.",
        "authorities spending",
        "government spending",
        "With local authorities spending more on care, parks suffer.",
    ),
    (
        "The president's go to Paris was cancelled.",
        "go to",
        "visit",
        "First go to Settings and tap Privacy.",
    ),
    (
        "Congress passed the federal price range on Friday.",
        "price range",
        "budget",
        "The price range is 10 to 50 dollars.",
    ),
    (
        "Native media reported the blast.",
        "native media",
        "local media",
        "The app uses native media controls on Android.",
    ),
    (
        "The blast happened at 3 pm native time.",
        "native time",
        "local time",
        "The library converts dates to the native time format.",
    ),
    (
        "The international ministers met in Brussels.",
        "international ministers",
        "foreign ministers",
        "The church sent two international ministers of the gospel to Kenya.",
    ),
    (
        "The international minister met his Chinese counterpart.",
        "international minister",
        "foreign minister",
        "He is an international minister of the gospel.",
    ),
    (
        "Biden's overseas coverage has focused on Asia.",
        "overseas coverage",
        "foreign policy",
        "The travel insurance includes overseas coverage for emergencies.",
    ),
    (
        "China's international coverage has grown more assertive.",
        "international coverage",
        "foreign policy",
        "The flood drew international coverage within hours.",
    ),
    (
        "The bill passed the Home on Friday.",
        "the Home",
        "the House",
        "Set the HOME environment variable before running the installer.",
    ),
    (
        "The opposition chief called for new elections.",
        "opposition chief",
        "opposition leader",
        "The Opposition Chief Whip wrote to the Speaker.",
    ),
    (
        "He was named nationwide workforce coach in May.",
        "nationwide workforce",
        "national team",
        "The firm has a nationwide workforce of 5,000 engineers.",
    ),
    (
        "She was called up to the nationwide crew.",
        "nationwide crew",
        "national team",
        "We employ a nationwide crew of installers.",
    ),
    (
        "The president declared a nationwide emergency over the floods.",
        "nationwide emergency",
        "national emergency",
        "A nationwide emergency alert will be tested on Sunday.",
    ),
    (
        "Astronauts returned from the international area station.",
        "area station",
        "space station",
        "A Bay Area station aired the interview.",
    ),
    (
        "The probe was launched into outer area last year.",
        "outer area",
        "outer space",
        "Clean the outer area of the wound with saline.",
    ),
    (
        "The European area company launched a new probe.",
        "area company",
        "space agency",
        "A local area company donated the prizes.",
    ),
    (
        "The rocket completed its first area flight.",
        "area flight",
        "space flight",
        "Students log ten hours of local area flight before going solo.",
    ),
    (
        "His legal professional said he would appeal.",
        "legal professional",
        "attorney",
        "Consult your legal professional before signing.",
    ),
    (
        "His protection lawyer asked for bail.",
        "protection lawyer",
        "defense attorney",
        "She works as a data protection lawyer in Dublin.",
    ),
    (
        "The protection group argued the evidence was weak.",
        "protection group",
        "defense team",
        "A wildlife protection group bought the marsh.",
    ),
    (
        "His authorized group filed an appeal.",
        "authorized group",
        "legal team",
        "Only members of an authorized group can read the file.",
    ),
    (
        "Police filed costs towards the driver.",
        "costs towards",
        "charges against",
        "He was ordered to pay 200 pounds costs towards the prosecution.",
    ),
    (
        "Prosecutors built a case towards the former minister.",
        "case towards",
        "case against",
        "Slide the case towards you until it clicks.",
    ),
    (
        "Ten senators voted towards the bill.",
        "voted towards",
        "voted against",
        "Delegates voted towards the end of the session.",
    ),
    (
        "Both parties will vote towards the budget.",
        "vote towards",
        "vote against",
        "Each purchase counts as a vote towards the prize draw.",
    ),
    (
        "Workers staged a protest towards the new tax.",
        "protest towards",
        "protest against",
        "A protest towards the end of the month drew thousands.",
    ),
    (
        "Protests towards the government spread.",
        "protests towards",
        "protests against",
        "Protests towards the end of the year turned violent.",
    ),
    (
        "Regulation enforcement officers arrested the suspect.",
        "regulation enforcement",
        "law enforcement",
        "Data regulation enforcement has grown stricter in Europe.",
    ),
    (
        "Selling the drug is towards the regulation.",
        "towards the regulation",
        "against the law",
        "The bill is a first step towards the regulation of crypto assets.",
    ),
    (
        "The tax cut helps the center class.",
        "center class",
        "middle class",
        "Add the text-center class to the heading.",
    ),
    (
        "She teaches at a center faculty in Ohio.",
        "center faculty",
        "middle school",
        "Medical center faculty will teach the course.",
    ),
    (
        "Many shops now use third social gathering apps.",
        "third social gathering",
        "third party",
        "The club held its third social gathering of the year.",
    ),
    (
        "Senior get together members backed the plan.",
        "get together members",
        "party members",
        "We want to get together members of both choirs.",
    ),
    (
        "The Centers for Illness Management issued new guidance.",
        "illness management",
        "disease control",
        "The clinic runs chronic illness management classes.",
    ),
    (
        "Arsenal gained the title in 2004.",
        "gained the title",
        "won the title",
        "She gained the title of grandmaster at sixteen.",
    ),
    (
        "The senator gained the vote by a wide margin.",
        "gained the vote",
        "won the vote",
        "Women gained the vote in 1918.",
    ),
    (
        "The police capturing of the teenager sparked protests.",
        "police capturing",
        "police shooting",
        "Police capturing the suspect used a drone.",
    ),
    (
        "Many dad and mom worry about screen time.",
        "dad and mom",
        "parents",
        "My dad and mom met at a dance in 1962.",
    ),
    (
        "Tesla inventory rose 5 percent on Monday.",
        "inventory",
        "stock",
        "Retail inventory rose 2 percent in May.",
    ),
    (
        "Shares fell on the inventory trade in Tokyo.",
        "inventory trade",
        "stock exchange",
        "Managers weigh the inventory trade-off between cost and service.",
    ),
    (
        "The singer's web price is estimated at 10 million.",
        "web price",
        "net worth",
        "Web price: 49 dollars while stocks last.",
    ),
    (
        "Web migration to the UK fell last year.",
        "web migration",
        "net migration",
        "We planned the web migration project over three months.",
    ),
    (
        "He works in the data expertise department of the ministry.",
        "data expertise",
        "information technology",
        "The team needs more data expertise.",
    ),
    (
        "The tech trade faces new rules.",
        "tech trade",
        "tech industry",
        "The gadget was shown at a tech trade show in Berlin.",
    ),
    (
        "The auto trade has been hit by chip shortages.",
        "auto trade",
        "auto industry",
        "Check the auto trade-in value before you sell.",
    ),
    (
        "He signed for a top soccer membership.",
        "soccer membership",
        "football club",
        "Youth soccer membership fees rise next year.",
    ),
    (
        "He scored two targets in the final.",
        "targets",
        "goals",
        "The archer hit two targets in a row.",
    ),
    (
        "The membership's manager was sacked on Sunday.",
        "membership's",
        "club's",
        "The membership's views were sought before the vote.",
    ),
    (
        "A visitors jam on the motorway delayed drivers.",
        "visitors jam",
        "traffic jam",
        "Summer visitors jam the narrow lanes.",
    ),
    (
        "Hire costs in the city rose by 8 percent.",
        "hire costs",
        "rent prices",
        "Equipment hire costs are included in the quote.",
    ),
    (
        "Tenants struggle to pay hire each month.",
        "pay hire",
        "pay rent",
        "Many families still pay hire purchase instalments.",
    ),
    (
        "The city voted for hire management on flats.",
        "hire management",
        "rent control",
        "New hire management is easier with the onboarding app.",
    ),
    (
        "She posted the video connected Twitter.",
        "connected",
        "on",
        "Unlink your connected Facebook account in settings.",
    ),
    (
        "The caller study found rising rates.",
        "caller",
        "new",
        "The phone shows caller information on the lock screen.",
    ),
    (
        "The city has galore problems.",
        "galore",
        "many",
        "Prizes galore await the winners.",
    ),
    (
        "The existent threat is climate change.",
        "existent",
        "real",
        "It solves a non-existent problem.",
    ),
    (
        "The plant is running at afloat capacity.",
        "afloat",
        "full",
        "The charity stayed afloat year after year.",
    ),
    (
        "Cost is a cardinal factor for buyers.",
        "cardinal",
        "key",
        "The cardinal question is whether the treaty still binds.",
    ),
    (
        "You can get the app for escaped on Android.",
        "for escaped",
        "for free",
        "Police searched for escaped prisoners overnight.",
    ),
    (
        "The bank raised involvement rates again.",
        "involvement rates",
        "interest rates",
        "Parental involvement rates were higher in rural schools.",
    ),
    (
        "Markets await the central bank's complaint decision.",
        "complaint decision",
        "rate decision",
        "The ombudsman's final complaint decision went against the bank.",
    ),
    (
        "Forty nations will return portion in the summit.",
        "return portion",
        "take part",
        "The return portion of the ticket is valid for a month.",
    ),
    (
        "The tool is easy to usage for beginners.",
        "to usage",
        "to use",
        "The warning was raised due to usage of an old module.",
    ),
    (
        "Gold hit a grounds high on Monday.",
        "grounds high",
        "record high",
        "The castle grounds high above the town are open daily.",
    ),
    (
        "The yen fell to a grounds low.",
        "grounds low",
        "record low",
        "Keep the grounds low-maintenance with gravel paths.",
    ),
    (
        "A deal similar this would help farmers.",
        "similar this",
        "like this",
        "Results were similar this year.",
    ),
    (
        "Prices have risen complete the past few years.",
        "complete the past",
        "over the past",
        "Pupils should complete the past papers before the exam.",
    ),
    (
        "Police made ten arrests complete the weekend.",
        "complete the weekend",
        "over the weekend",
        "A long walk on Sunday helps to complete the weekend.",
    ),
    (
        "Prices ar rising fast.",
        "ar",
        "are",
        "Use the ar command to build a static library.",
    ),
    (
        "His generally significant goal is growth.",
        "generally significant",
        "most important",
        "The effects were generally significant at the 5% level.",
    ),
    (
        "Oil fell to its most reduced price in years.",
        "most reduced",
        "lowest",
        "Methane is the most reduced form of carbon.",
    ),
    (
        "The keep going time we met was in May.",
        "keep going time",
        "last time",
        "They keep going time after time.",
    ),
    (
        "The vote comes not exactly two weeks before the election.",
        "not exactly",
        "less than",
        "On a machine where a char is not exactly 8 bits wide, adjust the code.",
    ),
    (
        "The bank improved its client administration last year.",
        "client administration",
        "customer service",
        "The client administration portal lets you reset passwords.",
    ),
    (
        "Understudy loans rose again this year.",
        "understudy",
        "student",
        "The understudy performance on Tuesday was superb.",
    ),
    (
        "Investment in sustainable power source rose sharply.",
        "sustainable power source",
        "renewable energy",
        "Wind is a sustainable power source for remote farms.",
    ),
    (
        "The invoice passed the Senate.",
        "the invoice",
        "the bill",
        "The invoice will be emailed within two days.",
    ),
    (
        "Voters demand free and honest elections.",
        "free and honest",
        "free and fair",
        "The paper prides itself on free and honest reporting.",
    ),
    (
        "The bonds trade below their honest worth.",
        "honest worth",
        "fair value",
        "He was a man of honest worth and plain speech.",
    ),
    (
        "Prices rose forward of the holiday.",
        "forward of",
        "ahead of",
        "The fuel tank sits forward of the cockpit.",
    ),
    (
        "Protection spending will rise to 2 percent of GDP.",
        "protection spending",
        "defense spending",
        "Social protection spending rose during the pandemic.",
    ),
    (
        "Protection contractors won new missile orders.",
        "protection contractors",
        "defense contractors",
        "Fire protection contractors must be certified.",
    ),
    (
        "Protection officers said the drills were routine.",
        "protection officers",
        "defense officials",
        "Child protection officers visited the family.",
    ),
    (
        "The bank announced a lower in interest rates.",
        "a lower in",
        "a cut in",
        "Members pay a lower in-network rate.",
    ),
    (
        "Crime charges in the city fell last year.",
        "crime charges",
        "crime rates",
        "He faces hate crime charges after the attack.",
    ),
    (
        "Foreign change charges moved sharply on Friday.",
        "change charges",
        "exchange rates",
        "The fare has no change charges.",
    ),
    (
        "Overseas alternate charges hit the exporters.",
        "alternate charges",
        "exchange rates",
        "The jury may consider alternate charges of manslaughter.",
    ),
    (
        "Japan's start fee fell to a record low.",
        "start fee",
        "birth rate",
        "The race has a 20 dollar start fee.",
    ),
    (
        "Job progress slowed in March.",
        "job progress",
        "job growth",
        "Managers can track job progress on the dashboard.",
    ),
    (
        "Unemployment fell to its lowest degree since 2000.",
        "lowest degree",
        "lowest level",
        "Insurers want the lowest degree of risk.",
    ),
    (
        "Shares closed at a file excessive on Friday.",
        "file excessive",
        "record high",
        "Some lawyers file excessive motions to delay trials.",
    ),
    (
        "The rupee hit a file low against the dollar.",
        "file low",
        "record low",
        "Testers file low-priority bugs in the tracker.",
    ),
    (
        "Stocks rose to a report excessive.",
        "report excessive",
        "record high",
        "Residents can report excessive noise to the council.",
    ),
    (
        "Prices are at file ranges this winter.",
        "file ranges",
        "record levels",
        "The server supports file ranges for resumable downloads.",
    ),
    (
        "Debt has reached report ranges.",
        "report ranges",
        "record levels",
        "The report ranges widely across health and housing.",
    ),
    (
        "The railway will buy new rolling inventory.",
        "rolling inventory",
        "rolling stock",
        "The warehouse runs a rolling inventory count each week.",
    ),
    (
        "Check the climate forecast before the match.",
        "climate forecast",
        "weather forecast",
        "Farmers use the seasonal climate forecast to plan planting.",
    ),
    (
        "The fireplace had burned 2,000 acres by noon.",
        "the fireplace",
        "the fire",
        "The fireplace has a marble surround.",
    ),
    (
        "It is the most ideal way to save money.",
        "the most ideal",
        "the best",
        "The flat is in the most ideal location for commuters.",
    ),
    (
        "Inflation is at its most elevated rate in decades.",
        "most elevated",
        "highest",
        "The church stands on the most elevated part of the town.",
    ),
    (
        "The EU imposed new approvals against Russia.",
        "approvals against",
        "sanctions against",
        "Finance tracks approvals against budget each month.",
    ),
]

# (clean sentence, spun phrase, suggestion, ceiling): the spun reading is as common on scraper
# pages as this ordinary one and reads the same, so the entry was lowered, not narrowed: any
# finding covering the phrase with the suggestion counts only in aggregate.
LOWERED: list[tuple[str, str, str, float]] = [
    (
        "The company stated in a press release that sales rose.",
        "stated in a press release",
        "said in a statement",
        0.4,
    ),
    (
        "As mentioned in a press release last week, the shop will close.",
        "mentioned in a press release",
        "said in a statement",
        0.4,
    ),
    (
        "Official figures confirmed a fall in unemployment.",
        "figures confirmed",
        "figures showed",
        0.3,
    ),
    (
        "Light leaves the gem through the opposite facet.",
        "the opposite facet",
        "the other side",
        0.5,
    ),
    ("Fuel costs rose by ten percent.", "costs rose", "prices rose", 0.3),
    ("Energy costs soared over the winter.", "costs soared", "prices soared", 0.3),
    ("Feed costs fell after a good harvest.", "costs fell", "prices fell", 0.3),
    ("His transfer comes as a shock to the fans.", "transfer comes as", "move comes as", 0.4),
    (
        "The nationwide election of a new moderator takes a year.",
        "nationwide election",
        "national election",
        0.3,
    ),
    (
        "A college taking pictures for its prospectus hired a drone.",
        "college taking pictures",
        "school shooting",
        0.5,
    ),
    ("Gross sales fell while net sales held up.", "sales fell", "sales fell", 0.3),
    ("The lab is on a successful streak of launches.", "successful streak", "winning streak", 0.6),
    (
        "After the first run through the script, the cast broke for lunch.",
        "first run through",
        "first time",
        0.4,
    ),
    (
        "Libraries now archive web based media as well as books.",
        "web based media",
        "social media",
        0.7,
    ),
    (
        "Universities and innovation organizations shared the grant.",
        "innovation organizations",
        "technology companies",
        0.5,
    ),
    ("Tenants won service charge cuts after a long dispute.", "charge cuts", "rate cuts", 0.5),
    (
        "Several inventory indexes are published each month.",
        "inventory indexes",
        "stock indexes",
        0.5,
    ),
    (
        "Emergency providers arrived within minutes.",
        "Emergency providers",
        "emergency services",
        0.4,
    ),
    (
        "Sign-in works with social providers such as Google.",
        "social providers",
        "social services",
        0.4,
    ),
    (
        "Netflix and other streaming providers raised prices.",
        "streaming providers",
        "streaming services",
        0.3,
    ),
    ("Only the most necessary repairs were done.", "most necessary", "most important", 0.4),
    ("The audit found several safety threats on site.", "safety threats", "security threats", 0.4),
    (
        "Health and safety providers offer training courses.",
        "safety providers",
        "security services",
        0.5,
    ),
    (
        "Campaigners say road violence kills hundreds a year.",
        "road violence",
        "street violence",
        0.6,
    ),
    ("Soft blues and greens convey peace in a bedroom.", "convey peace", "bring peace", 0.4),
    (
        "He joined the club in a transfer that shocked fans.",
        "in a transfer that",
        "in a move that",
        0.4,
    ),
    ("It was a transfer that never happened.", "a transfer that", "a move that", 0.3),
    (
        "The transfer comes after months of talks with the club.",
        "The transfer comes",
        "the move comes",
        0.4,
    ),
    ("The launch was pushed again to next spring.", "pushed again", "pushed back", 0.5),
    ("Keep pushing again and again.", "pushing again", "pushing back", 0.5),
    ("Rebase, then push again to your remote.", "push again", "push back", 0.4),
    ("The cache can be hit again on reload.", "hit again", "hit back", 0.3),
    ("The two boxers fought again in 1975.", "fought again", "fought back", 0.3),
    ("The rivals will battle again in the final.", "battle again", "fight back", 0.3),
    ("We will approach again next year.", "approach again", "way back", 0.4),
    ("The warfare in the trenches was brutal.", "The warfare in", "the war in", 0.5),
    ("Police battle crimes such as fraud every day.", "battle crimes", "war crimes", 0.5),
    (
        "With the stress being on quality, sales grew slowly.",
        "the stress being",
        "the pressure being",
        0.3,
    ),
    (
        "The native authorities of the northern emirates collected taxes.",
        "native authorities",
        "local government",
        0.3,
    ),
    ("Native residents of the island speak a dialect.", "Native residents", "local residents", 0.4),
    ("The native council met under the colonial governor.", "native council", "local council", 0.6),
    ("The native police were disbanded in 1915.", "native police", "local police", 0.5),
    (
        "Officials praised native enterprise in the colony.",
        "native enterprise",
        "local business",
        0.5,
    ),
    ("Nationwide elections were held in 2019.", "Nationwide elections", "national elections", 0.3),
    ("A credit score rating above 700 is good.", "credit score rating", "credit rating", 0.4),
    ("Check your statement for authorized charges.", "authorized charges", "legal fees", 0.4),
    (
        "The policy bans retaliation towards staff who report abuse.",
        "retaliation towards",
        "retaliation against",
        0.4,
    ),
    ("The Eire rules in the time zone file were changed.", "Eire", "Ireland", 0.4),
    (
        "We're having a small birthday get together on Saturday.",
        "birthday get together",
        "birthday party",
        0.4,
    ),
    (
        "The scale measures psychological well being in adults.",
        "psychological well being",
        "mental health",
        0.4,
    ),
    ("She was worn down by continual illness.", "continual illness", "chronic disease", 0.5),
    (
        "Infectious illnesses spread fast in schools.",
        "Infectious illnesses",
        "infectious diseases",
        0.3,
    ),
    ("He gained the election by thirty votes.", "gained the election", "won the election", 0.6),
    (
        "Police taking pictures of the scene were asked to stop.",
        "Police taking pictures",
        "police shooting",
        0.4,
    ),
    (
        "Faculty taking pictures at graduation should stand aside.",
        "Faculty taking pictures",
        "school shooting",
        0.4,
    ),
    ("The sufferer's symptoms often ease in spring.", "sufferer's", "victim's", 0.4),
    ("Younger males are driven off by the dominant stag.", "Younger males", "young men", 0.3),
    ("Gross sales rose to 12 million dollars.", "sales rose", "sales rose", 0.3),
    ("Web revenue grew faster than print revenue.", "Web revenue", "net profit", 0.4),
    ("Our web customers get free delivery.", "web customers", "internet users", 0.4),
    (
        "International trade specialists at the embassy can help.",
        "trade specialists",
        "industry experts",
        0.3,
    ),
    ("Our trade teams include plumbers and electricians.", "trade teams", "industry groups", 0.4),
    ("The workforce's skills need updating.", "workforce's", "team's", 0.3),
    (
        "The court heard a return action under the Hague Convention.",
        "return action",
        "take action",
        0.4,
    ),
    (
        "Delays happen due to the way that the law is written.",
        "due to the way that",
        "because",
        0.3,
    ),
    ("On the first run through, keep the defaults.", "first run through", "first time", 0.4),
    (
        "The fine is without precedent for a club of this size.",
        "without precedent for",
        "for the first time",
        0.4,
    ),
    ("Archivists struggle to keep web-based media.", "web-based media", "social media", 0.7),
    (
        "The firm set up an innovation organization within its labs.",
        "innovation organization",
        "technology company",
        0.5,
    ),
    (
        "A public programming organization runs the festival.",
        "programming organization",
        "software company",
        0.5,
    ),
    (
        "Dosing requires careful clinical consideration.",
        "clinical consideration",
        "medical care",
        0.4,
    ),
    (
        "The ecological effect of dams on fish is large.",
        "ecological effect",
        "environmental impact",
        0.3,
    ),
    (
        "She was a very affected person, all airs and graces.",
        "very affected person",
        "very patient",
        0.5,
    ),
    (
        "Traders need rules for different market situations.",
        "market situations",
        "market conditions",
        0.4,
    ),
    (
        "Staff face stress in some working situations.",
        "working situations",
        "working conditions",
        0.4,
    ),
    ("In dry situations, water the beds twice a week.", "dry situations", "dry conditions", 0.4),
    ("Give the new mop an honest trial.", "honest trial", "fair trial", 0.5),
    ("It is an honest play about grief.", "honest play", "fair play", 0.5),
    ("Self-protection is a basic instinct.", "Self-protection", "self-defense", 0.3),
    (
        "The vet lists vaccination charges on its website.",
        "vaccination charges",
        "vaccination rates",
        0.5,
    ),
    ("The broker's trade charges are low.", "trade charges", "exchange rates", 0.4),
    ("The council kept parking charges unchanged.", "charges unchanged", "rates unchanged", 0.6),
    ("Students welcomed the tuition fee cuts.", "fee cuts", "rate cuts", 0.3),
    (
        "The app helps you track your financial progress.",
        "financial progress",
        "economic growth",
        0.3,
    ),
    ("The survey's inventory index fell in June.", "inventory index", "stock index", 0.5),
    ("The climate service sector is growing.", "climate service", "weather service", 0.5),
    ("Add the salt at the point when the water boils.", "at the point when", "when", 0.6),
    ("Saturday is the main day of the festival.", "the main day", "the first day", 0.3),
    (
        "He was the main individual behind the scheme.",
        "the main individual",
        "the first person",
        0.5,
    ),
    ("Vets run emergency clinics on weekends.", "emergency clinics", "hospitals", 0.3),
    (
        "We ship to international locations within a week.",
        "international locations",
        "countries",
        0.6,
    ),
    (
        "We stayed for the first half but left for the second.",
        "for the second",
        "for the moment",
        0.5,
    ),
    ("Good information is hard to find.", "Good information", "good news", 0.3),
    (
        "Some dangerous information was removed from the site.",
        "dangerous information",
        "bad news",
        0.3,
    ),
    ("The best way you can help is to donate.", "The best way", "the way", 0.3),
    ("His try to seal the win came in the last minute.", "try to", "attempt to", 0.5),
    ("The song is filled with melancholy.", "melancholy", "depression", 0.6),
    ("Her nervousness about the exam faded.", "nervousness", "anxiety", 0.3),
    ("The hearth was swept every morning.", "The hearth", "the fire", 0.5),
    ("The affected person is advised to rest and drink fluids.", "affected person", "patient", 0.3),
    ("Many sufferers with hay fever sleep badly.", "sufferers", "patients", 0.5),
]


def _reporting(text: str, phrase: str, suggestion: str, *, whole: bool) -> list[float]:
    """Confidences of the findings that suggest ``suggestion`` over ``phrase`` in ``text``:
    covering all of it (``whole``), or overlapping it."""
    start = text.lower().index(phrase.lower())
    end = start + len(phrase)
    return [
        f.confidence
        for f in phrase_findings(text, min_weight=0.0)
        if f.suggestion
        and suggestion in f.suggestion
        and ((f.start <= start and end <= f.end) if whole else (f.start < end and start < f.end))
    ]


@pytest.mark.parametrize(("text", "phrase", "suggestion"), COLLISIONS)
def test_clean_sentence_is_not_read_as_spun(text: str, phrase: str, suggestion: str) -> None:
    # A shorter entry of another section may still report part of the phrase at its own weight
    # ("sustainable power", 0.4); the row is about the entry that spans the whole phrase.
    assert _reporting(text, phrase, suggestion, whole=True) == []


@pytest.mark.parametrize(("spun", "span", "suggestion", "clean"), STILL_FIRES)
def test_narrowed_entry_still_fires(spun: str, span: str, suggestion: str, clean: str) -> None:
    if span.lower() == "sustainable power source":
        # The clean side keeps a 0.4 finding of another section's "sustainable power", which
        # the shared helper counts against it; read both sides on the whole phrase instead.
        assert _reporting(spun, span, suggestion, whole=True)
        assert _reporting(clean, span, suggestion, whole=True) == []
        return
    assert_fires_in_frame_only(spun, span, suggestion, clean)


@pytest.mark.parametrize(("text", "phrase", "suggestion", "ceiling"), LOWERED)
def test_lowered_entry_counts_only_in_aggregate(
    text: str, phrase: str, suggestion: str, ceiling: float
) -> None:
    found = _reporting(text, phrase, suggestion, whole=False)
    # Still reported (the entry was kept), but no higher than its new weight.
    assert found
    assert max(found) <= ceiling + 1e-9


def test_tables_are_consistent() -> None:
    # Every positive's clean side is one of the collisions, so the lists cannot drift apart.
    clean = {text for text, _, _ in COLLISIONS}
    assert all(row[3] in clean for row in STILL_FIRES)
