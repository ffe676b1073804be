"""Red-team precision audit of the older news sections of the spin lexicon.

Covers "autoblog phrase spinner across news sections", the Spinbot second pass in news copy
and "paraphraser / thesaurus spinners": entries whose spun words also occur, in that order, in
ordinary English of registers the earlier calibration (Wikipedia, news, software docs) did not
cover: job ads, product and real-estate copy, recipes, sport, finance, law, academic and
medical writing, church newsletters, school notices, regional and old-fashioned English.

- COLLISIONS: a clean sentence and the entry's spun phrase; the entry was narrowed by a
  context rule or deleted, and no finding may cover the phrase with its suggestion.
- STILL_FIRES: for each narrowed entry, a spun sentence where it still fires (its clean side
  is the collision).
- LOWERED: entries that are ordinary English in some register and typical of spinners in the
  same frames; they stay, at a weight that only counts next to other evidence.
All sentences are written for this test.
"""

from __future__ import annotations

import pytest

from tests.checks.spin.helpers import (
    assert_fires_in_frame_only,
    clean_sides_are_collisions,
    reporting,
)

# (clean sentence, spun phrase, suggestion)
COLLISIONS: list[tuple[str, str, str]] = [
    (
        "All sources mentioned above are listed in the bibliography.",
        "sources mentioned",
        "sources said",
    ),
    (
        "She always felt a strong attraction towards the sea.",
        "attraction towards",
        "appeal against",
    ),
    ("For numbered steps, choose ordered lists.", "choose ordered", "judge ordered"),
    (
        "In the status menu, choose denied to list the refused claims.",
        "choose denied",
        "judge denied",
    ),
    (
        "From the filter, choose rejected to see the declined orders.",
        "choose rejected",
        "judge rejected",
    ),
    ("To see approved leave, choose granted in the drop-down.", "choose granted", "judge granted"),
    (
        "To hide those callers, choose blocked in the contact settings.",
        "choose blocked",
        "judge blocked",
    ),
    (
        "To clear old alerts, choose dismissed and press delete.",
        "choose dismissed",
        "judge dismissed",
    ),
    (
        "To track your loans, choose issued in the library account menu.",
        "choose issued",
        "judge issued",
    ),
    ("Is this share worth buying after the results?", "share worth", "share price"),
    ("At that price the camera is a buy worth making.", "buy worth", "purchase price"),
    ("Student residence costs rose again this year.", "residence costs", "home prices"),
    (
        "The WTO e-commerce negotiations resumed in Geneva.",
        "commerce negotiations",
        "trade negotiations",
    ),
    ("The ombudsman handles consumer e-commerce disputes.", "commerce disputes", "trade disputes"),
    ("Eighty members joined the e-commerce pact at the WTO.", "commerce pact", "trade pact"),
    ("The paper expanded its e-commerce coverage last year.", "commerce coverage", "trade policy"),
    ("We rely on an in-house workforce of forty technicians.", "house workforce", "home team"),
    ("She got help for self-harm issues at the clinic.", "harm issues", "injury problems"),
    ("Press Alt and Tab to switch window focus.", "switch window", "transfer window"),
    ("The script broke the file into ten smaller chunks.", "broke the file", "broke the record"),
    ("The editor broke the report into three sections.", "broke the report", "broke the record"),
    (
        "I misplaced the title to my car and had to order a copy.",
        "misplaced the title",
        "lost the title",
    ),
    ("He received the match ball after his hat-trick.", "received the match", "won the match"),
    (
        "Each player received the championship ring at a dinner.",
        "received the championship",
        "won the championship",
    ),
    ("Every runner received the race pack by post.", "received the race", "won the race"),
    (
        "The university announced a major faculty expansion in engineering.",
        "major faculty",
        "primary school",
    ),
    ("The main faculty building is on Elm Street.", "main faculty", "primary school"),
    (
        "Elementary faculty and staff will meet on Friday.",
        "elementary faculty",
        "elementary school",
    ),
    ("She teaches elementary college algebra at night.", "elementary college", "elementary school"),
    (
        "The student-faculty basketball game raised money for the library.",
        "faculty basketball",
        "college basketball",
    ),
    ("The student-faculty soccer match ended in a draw.", "faculty soccer", "college football"),
    ("The museum welcomes group school visits on weekdays.", "group school", "community college"),
    ("Each grasp's success rate was logged by the robot.", "grasp's", "master's"),
    (
        "Add a few drops of extra essential oil for a stronger scent.",
        "extra essential",
        "more important",
    ),
    (
        "Our neighborhood specialists know every street in the city.",
        "neighborhood specialists",
        "local authorities",
    ),
    ("She chairs the neighborhood chamber of commerce.", "neighborhood chamber", "local council"),
    ("Inside service resumes on Monday at the cafe.", "inside service", "interior ministry"),
    (
        "The inside service was slow, so we ate on the patio.",
        "the inside service",
        "interior ministry",
    ),
    ("He gave proof of his address at the desk.", "gave proof", "gave evidence"),
    (
        "The bank flagged money that did not come from legitimate activity.",
        "legitimate activity",
        "legal action",
    ),
    ("The two tallies differed by forty votes.", "two tallies", "two counts"),
    (
        "Officials compared the three tallies before the result was declared.",
        "three tallies",
        "three counts",
    ),
    ("The four tallies from the polling stations did not agree.", "four tallies", "four counts"),
    ("The referee checked the five tallies on the scorecard.", "five tallies", "five counts"),
    ("The six tallies were added up at the end of the count.", "six tallies", "six counts"),
    ("An agent who acts under duress is not blameworthy.", "not blameworthy", "not guilty"),
    ("The paper kept its small-town focus.", "town focus", "town centre"),
    ("We ran a city focus group on parking.", "city focus", "city centre"),
    ("This is an evaluated program with strong results.", "an evaluated", "an estimated"),
    ("Paste the key inside the following tag.", "inside the following", "within the next"),
    (
        "Due to ongoing examinations, the library will close early.",
        "ongoing examinations",
        "recent studies",
    ),
    ("Late examinations carry a fee of 500 naira.", "late examinations", "recent studies"),
    (
        "He underwent numerous examinations before the surgery.",
        "numerous examinations",
        "many studies",
    ),
    ("Early exploration shows high-grade copper at depth.", "exploration shows", "research shows"),
    ("She finally tracked down that old recipe.", "tracked down that", "found that"),
    ("Press the tofu under a solid weight for ten minutes.", "solid weight", "healthy weight"),
    (
        "The customary exercise of fishing rights was upheld.",
        "customary exercise",
        "regular exercise",
    ),
    (
        "Drivers complained about the absence of rest areas on the route.",
        "absence of rest",
        "lack of sleep",
    ),
    (
        "The chef posted a video showcasing techniques for filleting fish.",
        "showcasing techniques",
        "marketing strategies",
    ),
    ("Buy a data boost bundle for extra gigabytes.", "boost bundle", "stimulus package"),
    ("Helmets are a law requirement in many countries.", "law requirement", "law enforcement"),
    ("EU law implementation is slow in some states.", "law implementation", "law enforcement"),
    (
        "Most specialists accept referrals from family doctors.",
        "specialists accept",
        "experts believe",
    ),
    (
        "Specialists prescribe these drugs for severe asthma.",
        "specialists prescribe",
        "experts recommend",
    ),
    (
        "There is a danger of creating a false sense of security.",
        "danger of creating",
        "risk of developing",
    ),
    (
        "The hazard of creating a monopoly worried the regulator.",
        "hazard of creating",
        "risk of developing",
    ),
    ("Mergers help by creating economies of scale.", "creating economies", "developing economies"),
    (
        "The merger created economies of scale for both firms.",
        "created economies",
        "developed economies",
    ),
    (
        "The peace treaty created nations out of the old empire.",
        "created nations",
        "developed countries",
    ),
    ("The league is testing a robot strike zone this season.", "robot strike", "drone strike"),
    ("On each turn the robot strikes the ball toward the goal.", "robot strikes", "drone strikes"),
    (
        "The two schools signed a student exchange arrangement.",
        "exchange arrangement",
        "trade deal",
    ),
    ("Shoppers hunted for retail deals on Black Friday.", "retail deals", "retail sales"),
    ("These are the best home deals in the spring sale.", "home deals", "home sales"),
    ("Dealers posted vehicle deals for the holiday weekend.", "vehicle deals", "car sales"),
    (
        "Pensioners receive a quarterly benefit payment in March.",
        "quarterly benefit",
        "quarterly profit",
    ),
    (
        "The brand launched its studio collection of linen dresses.",
        "studio collection",
        "studio album",
    ),
    (
        "He made his presentation for the board on Monday.",
        "made his presentation for",
        "made his debut for",
    ),
    (
        "She made her presentation for the investors in May.",
        "made her presentation for",
        "made her debut for",
    ),
    (
        "He made his presentation against the merger plan.",
        "made his presentation against",
        "made his debut against",
    ),
    ("Records of federal grants show that most went to cities.", "grants show", "awards show"),
    (
        "The tax reduction provides welcome relief to families.",
        "reduction provides",
        "relief supplies",
    ),
    ("There was a lot of misplaced energy in that meeting.", "misplaced energy", "lost power"),
    ("We help employees plan for retirement.", "help employees", "aid workers"),
    ("Olive oil provides healthy fats.", "oil provides", "oil supplies"),
    ("Does fish oil provide enough omega-3?", "oil provide", "oil supply"),
    ("Trees and water provide shade for the cattle.", "water provide", "water supply"),
    ("Does solar power provide enough for a house?", "power provide", "power supply"),
    ("Does Vitality provide cover for physiotherapy?", "vitality provide", "energy supply"),
    ("The garden showed delicate signs of spring.", "delicate signs", "mild symptoms"),
    (
        "Technicians examine printed circuit boards for faults.",
        "examine printed",
        "study published",
    ),
    ("This chapter will examine authors who wrote in exile.", "examine authors", "study authors"),
    (
        "Protecting Earth's environment is everyone's job.",
        "Earth's environment",
        "Earth's atmosphere",
    ),
    (
        "Officials traced a gastrointestinal illness outbreak to the salad bar.",
        "illness outbreak",
        "disease outbreak",
    ),
    ("He carried a set of Swiss Army tools.", "army tools", "military equipment"),
    ("The official docs stated that the option is deprecated.", "docs stated", "doctors said"),
    ("The docs mentioned a flag that no longer exists.", "docs mentioned", "doctors said"),
    ("The docs advised using a virtual environment.", "docs advised", "doctors told"),
    ("She collected Native stories from elders in Alaska.", "native stories", "local reports"),
    ("Native politicians in Canada met the premier.", "native politicians", "local politicians"),
    ("Native lawmakers in Congress backed the bill.", "native lawmakers", "local lawmakers"),
    ("Digitally native retailers sell mostly online.", "native retailers", "local outlets"),
    ("In a normal election year turnout is higher.", "normal election", "general election"),
    ("Spring is the most common season for allergies.", "common season", "regular season"),
    ("Year 9 pupils took part in an Enterprise Day on Friday.", "enterprise day", "business day"),
    (
        "Beneath the settlement lay an older Roman floor.",
        "beneath the settlement",
        "under the agreement",
    ),
    (
        "Underneath the settlement lies a Bronze Age layer.",
        "underneath the settlement",
        "under the agreement",
    ),
    (
        "Tunnels run beneath building sites across the city.",
        "beneath building",
        "under construction",
    ),
    (
        "Pipes run underneath building foundations here.",
        "underneath building",
        "under construction",
    ),
    (
        "After two years he moved out of management and back into coding.",
        "out of management",
        "out of control",
    ),
    (
        "Only lawyers well acquainted with the matter should advise.",
        "acquainted with the matter",
        "familiar with the matter",
    ),
    ("The old rules were declared useless by the new board.", "declared useless", "declared dead"),
    (
        "She walks to the neighborhood school every morning.",
        "neighborhood school",
        "community college",
    ),
    (
        "The coach spends the recruiting cycle on the road.",
        "the recruiting cycle",
        "the hiring process",
    ),
    ("Claim only legitimate expenses on the form.", "legitimate expenses", "legal fees"),
]

# (spun sentence, span, suggestion, clean sentence)
STILL_FIRES: list[tuple[str, str, str, str]] = [
    (
        "Two sources mentioned that the talks had stalled.",
        "sources mentioned",
        "sources said",
        "All sources mentioned above are listed in the bibliography.",
    ),
    (
        "Lawyers lodged an attraction towards the verdict on Friday.",
        "attraction towards",
        "appeal against",
        "She always felt a strong attraction towards the sea.",
    ),
    (
        "The choose ordered the release of the files.",
        "choose ordered",
        "judge ordered",
        "For numbered steps, choose ordered lists.",
    ),
    (
        "The district choose denied the request for bail.",
        "choose denied",
        "judge denied",
        "In the status menu, choose denied to list the refused claims.",
    ),
    (
        "A county choose rejected the motion.",
        "choose rejected",
        "judge rejected",
        "From the filter, choose rejected to see the declined orders.",
    ),
    (
        "The choose granted the family a short delay.",
        "choose granted",
        "judge granted",
        "To see approved leave, choose granted in the drop-down.",
    ),
    (
        "A county choose blocked the new rule.",
        "choose blocked",
        "judge blocked",
        "To hide those callers, choose blocked in the contact settings.",
    ),
    (
        "The choose dismissed the case on Tuesday.",
        "choose dismissed",
        "judge dismissed",
        "To clear old alerts, choose dismissed and press delete.",
    ),
    (
        "A state choose issued a stay of the order.",
        "choose issued",
        "judge issued",
        "To track your loans, choose issued in the library account menu.",
    ),
    (
        "The share worth fell 4 percent on Tuesday.",
        "share worth",
        "share price",
        "Is this share worth buying after the results?",
    ),
    (
        "The buy worth of the house was higher than expected.",
        "buy worth",
        "purchase price",
        "At that price the camera is a buy worth making.",
    ),
    (
        "Average residence costs climbed 6 percent in March.",
        "residence costs",
        "home prices",
        "Student residence costs rose again this year.",
    ),
    (
        "The two countries resumed commerce negotiations in May.",
        "commerce negotiations",
        "trade negotiations",
        "The WTO e-commerce negotiations resumed in Geneva.",
    ),
    (
        "The ministers discussed commerce disputes with Beijing.",
        "commerce disputes",
        "trade disputes",
        "The ombudsman handles consumer e-commerce disputes.",
    ),
    (
        "The two nations signed a commerce pact in Hanoi.",
        "commerce pact",
        "trade pact",
        "Eighty members joined the e-commerce pact at the WTO.",
    ),
    (
        "The new commerce coverage favours exporters.",
        "commerce coverage",
        "trade policy",
        "The paper expanded its e-commerce coverage last year.",
    ),
    (
        "The house workforce scored twice before half-time.",
        "house workforce",
        "home team",
        "We rely on an in-house workforce of forty technicians.",
    ),
    (
        "The striker has been plagued by harm issues this season.",
        "harm issues",
        "injury problems",
        "She got help for self-harm issues at the clinic.",
    ),
    (
        "The club hopes to sign him before the switch window closes.",
        "switch window",
        "transfer window",
        "Press Alt and Tab to switch window focus.",
    ),
    (
        "She broke the file in the 400 metres last night.",
        "broke the file",
        "broke the record",
        "The script broke the file into ten smaller chunks.",
    ),
    (
        "He broke the report set in 2019.",
        "broke the report",
        "broke the record",
        "The editor broke the report into three sections.",
    ),
    (
        "She misplaced the title after losing in the final round.",
        "misplaced the title",
        "lost the title",
        "I misplaced the title to my car and had to order a copy.",
    ),
    (
        "The home side received the match 3-1.",
        "received the match",
        "won the match",
        "He received the match ball after his hat-trick.",
    ),
    (
        "They received the championship in 2019 after a long wait.",
        "received the championship",
        "won the championship",
        "Each player received the championship ring at a dinner.",
    ),
    (
        "She received the race by two seconds.",
        "received the race",
        "won the race",
        "Every runner received the race pack by post.",
    ),
    (
        "She teaches at a major faculty in Leeds.",
        "major faculty",
        "primary school",
        "The university announced a major faculty expansion in engineering.",
    ),
    (
        "Their son attends the main faculty in the village.",
        "main faculty",
        "primary school",
        "The main faculty building is on Elm Street.",
    ),
    (
        "He taught at an elementary faculty in Ohio.",
        "elementary faculty",
        "elementary school",
        "Elementary faculty and staff will meet on Friday.",
    ),
    (
        "Their daughter attends an elementary college near home.",
        "elementary college",
        "elementary school",
        "She teaches elementary college algebra at night.",
    ),
    (
        "He starred in faculty basketball before turning pro.",
        "faculty basketball",
        "college basketball",
        "The student-faculty basketball game raised money for the library.",
    ),
    (
        "She played faculty soccer for four years.",
        "faculty soccer",
        "college football",
        "The student-faculty soccer match ended in a draw.",
    ),
    (
        "She enrolled at a group school to study nursing.",
        "group school",
        "community college",
        "The museum welcomes group school visits on weekdays.",
    ),
    (
        "She earned a grasp's in economics.",
        "grasp's",
        "master's",
        "Each grasp's success rate was logged by the robot.",
    ),
    (
        "It is extra essential to drink water in the heat.",
        "extra essential",
        "more important",
        "Add a few drops of extra essential oil for a stronger scent.",
    ),
    (
        "Neighborhood specialists said the road would reopen.",
        "neighborhood specialists",
        "local authorities",
        "Our neighborhood specialists know every street in the city.",
    ),
    (
        "The neighborhood chamber voted to close the park.",
        "neighborhood chamber",
        "local council",
        "She chairs the neighborhood chamber of commerce.",
    ),
    (
        "Russia's inside service said the men were arrested.",
        "inside service",
        "interior ministry",
        "Inside service resumes on Monday at the cafe.",
    ),
    (
        "The inside service announced new rules for visas.",
        "the inside service",
        "interior ministry",
        "The inside service was slow, so we ate on the patio.",
    ),
    (
        "She gave proof at the inquiry on Monday.",
        "gave proof",
        "gave evidence",
        "He gave proof of his address at the desk.",
    ),
    (
        "The family took legitimate activity against the council.",
        "legitimate activity",
        "legal action",
        "The bank flagged money that did not come from legitimate activity.",
    ),
    (
        "He faces two tallies of fraud.",
        "two tallies",
        "two counts",
        "The two tallies differed by forty votes.",
    ),
    (
        "She was convicted on three tallies of theft.",
        "three tallies",
        "three counts",
        "Officials compared the three tallies before the result was declared.",
    ),
    (
        "He admitted four tallies of assault.",
        "four tallies",
        "four counts",
        "The four tallies from the polling stations did not agree.",
    ),
    (
        "The driver faces five tallies of dangerous driving.",
        "five tallies",
        "five counts",
        "The referee checked the five tallies on the scorecard.",
    ),
    (
        "He was cleared of six tallies of fraud.",
        "six tallies",
        "six counts",
        "The six tallies were added up at the end of the count.",
    ),
    (
        "He pleaded not blameworthy to all charges.",
        "not blameworthy",
        "not guilty",
        "An agent who acts under duress is not blameworthy.",
    ),
    (
        "Shops in the town focus reopened on Monday.",
        "town focus",
        "town centre",
        "The paper kept its small-town focus.",
    ),
    (
        "Traffic in the city focus was heavy all day.",
        "city focus",
        "city centre",
        "We ran a city focus group on parking.",
    ),
    (
        "An evaluated 300 people attended the vigil.",
        "an evaluated",
        "an estimated",
        "This is an evaluated program with strong results.",
    ),
    (
        "Results are due inside the following two weeks.",
        "inside the following",
        "within the next",
        "Paste the key inside the following tag.",
    ),
    (
        "Ongoing examinations show that coffee is safe.",
        "ongoing examinations",
        "recent studies",
        "Due to ongoing examinations, the library will close early.",
    ),
    (
        "Late examinations show a link between sleep and mood.",
        "late examinations",
        "recent studies",
        "Late examinations carry a fee of 500 naira.",
    ),
    (
        "Numerous examinations found no such effect.",
        "numerous examinations",
        "many studies",
        "He underwent numerous examinations before the surgery.",
    ),
    (
        "Exploration shows that sleep helps memory.",
        "exploration shows",
        "research shows",
        "Early exploration shows high-grade copper at depth.",
    ),
    (
        "Scientists tracked down that most patients recover.",
        "tracked down that",
        "found that",
        "She finally tracked down that old recipe.",
    ),
    (
        "Try to keep a solid weight as you age.",
        "solid weight",
        "healthy weight",
        "Press the tofu under a solid weight for ten minutes.",
    ),
    (
        "Customary exercise keeps the heart strong.",
        "customary exercise",
        "regular exercise",
        "The customary exercise of fishing rights was upheld.",
    ),
    (
        "Absence of rest can harm your health.",
        "absence of rest",
        "lack of sleep",
        "Drivers complained about the absence of rest areas on the route.",
    ),
    (
        "Use digital showcasing techniques to grow your brand.",
        "showcasing techniques",
        "marketing strategies",
        "The chef posted a video showcasing techniques for filleting fish.",
    ),
    (
        "Congress passed a boost bundle worth billions.",
        "boost bundle",
        "stimulus package",
        "Buy a data boost bundle for extra gigabytes.",
    ),
    (
        "Law requirement officials arrested two men.",
        "law requirement",
        "law enforcement",
        "Helmets are a law requirement in many countries.",
    ),
    (
        "Law implementation agencies are searching for him.",
        "law implementation",
        "law enforcement",
        "EU law implementation is slow in some states.",
    ),
    (
        "Specialists accept that the climate is warming.",
        "specialists accept",
        "experts believe",
        "Most specialists accept referrals from family doctors.",
    ),
    (
        "Specialists prescribe drinking water with every meal.",
        "specialists prescribe",
        "experts recommend",
        "Specialists prescribe these drugs for severe asthma.",
    ),
    (
        "Smoking raises the danger of creating lung cancer.",
        "danger of creating",
        "risk of developing",
        "There is a danger of creating a false sense of security.",
    ),
    (
        "Obesity raises the hazard of creating diabetes.",
        "hazard of creating",
        "risk of developing",
        "The hazard of creating a monopoly worried the regulator.",
    ),
    (
        "Creating economies like Kenya are growing fast.",
        "creating economies",
        "developing economies",
        "Mergers help by creating economies of scale.",
    ),
    (
        "Growth in created economies has slowed.",
        "created economies",
        "developed economies",
        "The merger created economies of scale for both firms.",
    ),
    (
        "Many created nations face ageing populations.",
        "created nations",
        "developed countries",
        "The peace treaty created nations out of the old empire.",
    ),
    (
        "A robot strike killed three fighters.",
        "robot strike",
        "drone strike",
        "The league is testing a robot strike zone this season.",
    ),
    (
        "Robot strikes hit the base overnight.",
        "robot strikes",
        "drone strikes",
        "On each turn the robot strikes the ball toward the goal.",
    ),
    (
        "The countries agreed an exchange arrangement to cut tariffs.",
        "exchange arrangement",
        "trade deal",
        "The two schools signed a student exchange arrangement.",
    ),
    (
        "Retail deals rose 2 percent in May.",
        "retail deals",
        "retail sales",
        "Shoppers hunted for retail deals on Black Friday.",
    ),
    (
        "Home deals fell sharply in the spring.",
        "home deals",
        "home sales",
        "These are the best home deals in the spring sale.",
    ),
    (
        "Vehicle deals dropped for a third month.",
        "vehicle deals",
        "car sales",
        "Dealers posted vehicle deals for the holiday weekend.",
    ),
    (
        "Quarterly benefit rose 10 percent at the bank.",
        "quarterly benefit",
        "quarterly profit",
        "Pensioners receive a quarterly benefit payment in March.",
    ),
    (
        "The band released their fifth studio collection in May.",
        "studio collection",
        "studio album",
        "The brand launched its studio collection of linen dresses.",
    ),
    (
        "He made his presentation for Chelsea in 2019.",
        "made his presentation for",
        "made his debut for",
        "He made his presentation for the board on Monday.",
    ),
    (
        "She made her presentation for the national team at 17.",
        "made her presentation for",
        "made her debut for",
        "She made her presentation for the investors in May.",
    ),
    (
        "He made his presentation against Arsenal last week.",
        "made his presentation against",
        "made his debut against",
        "He made his presentation against the merger plan.",
    ),
    (
        "She hosted the grants show on Sunday night.",
        "grants show",
        "awards show",
        "Records of federal grants show that most went to cities.",
    ),
    (
        "Reduction provides were flown to the island.",
        "reduction provides",
        "relief supplies",
        "The tax reduction provides welcome relief to families.",
    ),
    (
        "Thousands of homes misplaced energy after the storm.",
        "misplaced energy",
        "lost power",
        "There was a lot of misplaced energy in that meeting.",
    ),
    (
        "Two help employees were kidnapped near the border.",
        "help employees",
        "aid workers",
        "We help employees plan for retirement.",
    ),
    (
        "Global oil provides fell in March.",
        "oil provides",
        "oil supplies",
        "Olive oil provides healthy fats.",
    ),
    (
        "The oil provide was cut by 2 percent.",
        "oil provide",
        "oil supply",
        "Does fish oil provide enough omega-3?",
    ),
    (
        "The town's water provide was cut for a day.",
        "water provide",
        "water supply",
        "Trees and water provide shade for the cattle.",
    ),
    (
        "The power provide was cut during the storm.",
        "power provide",
        "power supply",
        "Does solar power provide enough for a house?",
    ),
    (
        "Europe's vitality provide from Russia has shrunk.",
        "vitality provide",
        "energy supply",
        "Does Vitality provide cover for physiotherapy?",
    ),
    (
        "Most patients had delicate signs and recovered at home.",
        "delicate signs",
        "mild symptoms",
        "The garden showed delicate signs of spring.",
    ),
    (
        "The examine printed on Monday links sleep to memory.",
        "examine printed",
        "study published",
        "Technicians examine printed circuit boards for faults.",
    ),
    (
        "The examine authors said more work is needed.",
        "examine authors",
        "study authors",
        "This chapter will examine authors who wrote in exile.",
    ),
    (
        "The capsule entered Earth's environment at noon.",
        "Earth's environment",
        "Earth's atmosphere",
        "Protecting Earth's environment is everyone's job.",
    ),
    (
        "An illness outbreak in the region has killed dozens.",
        "illness outbreak",
        "disease outbreak",
        "Officials traced a gastrointestinal illness outbreak to the salad bar.",
    ),
    (
        "The army tools were shipped to the front.",
        "army tools",
        "military equipment",
        "He carried a set of Swiss Army tools.",
    ),
    (
        "Docs stated the baby was healthy.",
        "docs stated",
        "doctors said",
        "The official docs stated that the option is deprecated.",
    ),
    (
        "Docs mentioned that the surgery went well.",
        "docs mentioned",
        "doctors said",
        "The docs mentioned a flag that no longer exists.",
    ),
    (
        "Her docs advised her to rest for a week.",
        "docs advised",
        "doctors told",
        "The docs advised using a virtual environment.",
    ),
    (
        "According to native stories, the bridge collapsed.",
        "native stories",
        "local reports",
        "She collected Native stories from elders in Alaska.",
    ),
    (
        "Several native politicians backed the plan.",
        "native politicians",
        "local politicians",
        "Native politicians in Canada met the premier.",
    ),
    (
        "The bill was opposed by native lawmakers in Ohio.",
        "native lawmakers",
        "local lawmakers",
        "Native lawmakers in Congress backed the bill.",
    ),
    (
        "Several native retailers reported strong sales.",
        "native retailers",
        "local outlets",
        "Digitally native retailers sell mostly online.",
    ),
    (
        "The party won the normal election in May.",
        "normal election",
        "general election",
        "In a normal election year turnout is higher.",
    ),
    (
        "The team finished the common season with ten wins.",
        "common season",
        "regular season",
        "Spring is the most common season for allergies.",
    ),
    (
        "Shares rose on the last enterprise day of the month.",
        "enterprise day",
        "business day",
        "Year 9 pupils took part in an Enterprise Day on Friday.",
    ),
    (
        "Beneath the settlement, the firm will pay five million.",
        "beneath the settlement",
        "under the agreement",
        "Beneath the settlement lay an older Roman floor.",
    ),
    (
        "Underneath the settlement, workers will get a raise.",
        "underneath the settlement",
        "under the agreement",
        "Underneath the settlement lies a Bronze Age layer.",
    ),
    (
        "The bridge is still beneath building.",
        "beneath building",
        "under construction",
        "Tunnels run beneath building sites across the city.",
    ),
    (
        "The new stadium is underneath building.",
        "underneath building",
        "under construction",
        "Pipes run underneath building foundations here.",
    ),
    (
        "The fire spiralled out of management overnight.",
        "out of management",
        "out of control",
        "After two years he moved out of management and back into coding.",
    ),
    (
        "People acquainted with the matter said the talks stalled.",
        "acquainted with the matter",
        "familiar with the matter",
        "Only lawyers well acquainted with the matter should advise.",
    ),
    (
        "He was declared useless at the scene.",
        "declared useless",
        "declared dead",
        "The old rules were declared useless by the new board.",
    ),
]

# (clean sentence, spun phrase, suggestion): found at most at a weight that counts in aggregate
LOWERED: list[tuple[str, str, str]] = [
    (
        "The bailiff informed the courtroom that the judge was delayed.",
        "informed the courtroom",
        "told the court",
    ),
    (
        "The firm's profitable streak ended in the fourth quarter.",
        "profitable streak",
        "winning streak",
    ),
    ("The wind made the climb extra difficult.", "extra difficult", "more difficult"),
    ("Tickets were extra expensive this year.", "extra expensive", "more expensive"),
    ("Bring any extra necessary supplies for the hike.", "extra necessary", "more important"),
    ("The dean hosts a faculty lunch every Friday.", "faculty lunch", "school lunch"),
    ("Faculty lunches are held in the staff room.", "faculty lunches", "school lunches"),
    (
        "The university announced faculty closures after the cuts.",
        "faculty closures",
        "school closures",
    ),
    (
        "Primer information is listed in the supplementary table.",
        "primer information",
        "preliminary data",
    ),
    ("A medical attendant travelled with the patient on the flight.", "medical attendant", "nurse"),
    (
        "She moved her investment funds to a cheaper platform.",
        "her investment funds",
        "her savings",
    ),
    (
        "Check that he is a legitimate advisor registered with the regulator.",
        "legitimate advisor",
        "lawyer",
    ),
    ("Even more regrettable was his silence afterwards.", "more regrettable", "worse"),
    ("He runs an equipment store for divers in Cairns.", "an equipment store", "a hardware store"),
    (
        "Please state your name and business affiliation.",
        "business affiliation",
        "business association",
    ),
    (
        "Drugs from different therapeutic groups were compared.",
        "therapeutic groups",
        "medical teams",
    ),
    (
        "Renal function is an important therapeutic consideration.",
        "therapeutic consideration",
        "medical care",
    ),
    (
        "We spent a large portion of the time on the budget.",
        "a large portion of the time",
        "most of the time",
    ),
    (
        "A large portion of individuals with the condition never seek help.",
        "a large portion of individuals",
        "most people",
    ),
    (
        "A portion of the best seats is kept for members.",
        "a portion of the best",
        "some of the best",
    ),
    ("Remove a portion of the top layer of soil.", "a portion of the top", "some of the top"),
    ("Numerous individuals gave evidence to the committee.", "numerous individuals", "many people"),
    ("The little youngsters loved the puppet show.", "little youngsters", "young children"),
    (
        "The book looks at dysfunctional behavior in teams.",
        "dysfunctional behavior",
        "mental illness",
    ),
    (
        "She felt a mix of nervousness and sadness on her first day.",
        "nervousness and sadness",
        "anxiety and depression",
    ),
    ("The medical advantages of the new valve are clear.", "medical advantages", "health benefits"),
    (
        "The council is responsible for the wellbeing and security of children in care.",
        "wellbeing and security",
        "health and safety",
    ),
    ("I want to get more fit before the summer.", "get more fit", "lose weight"),
    (
        "Group work is a standard activity in most classrooms.",
        "standard activity",
        "regular exercise",
    ),
    (
        "Compare the actual activity with the budgeted activity.",
        "actual activity",
        "physical activity",
    ),
    (
        "The fund promises superior execution of client orders.",
        "superior execution",
        "high performance",
    ),
    ("People with advanced schooling tend to earn more.", "advanced schooling", "higher education"),
    (
        "After the band split she pursued independent ventures.",
        "independent ventures",
        "small businesses",
    ),
    ("Google's web index holds billions of pages.", "web index", "search engine"),
    ("These versatile gadgets fold flat for storage.", "versatile gadgets", "mobile devices"),
    ("The pack uses advanced cells with silicon anodes.", "advanced cells", "smartphones"),
    ("The speaker has a battery duration of twelve hours.", "battery duration", "battery life"),
    (
        "The book traces monetary development in medieval Europe.",
        "monetary development",
        "economic growth",
    ),
    ("The insurer recorded a claim against your policy.", "recorded a claim", "filed a lawsuit"),
    (
        "The surveying stations on the hilltops were marked with brass discs.",
        "surveying stations",
        "polling stations",
    ),
    ("She works as a legal counselor at a school in Manila.", "legal counselor", "lawyer"),
    (
        "He was a man of strict convictions and few words.",
        "strict convictions",
        "religious beliefs",
    ),
    (
        "The essay defends social liberties against state control.",
        "social liberties",
        "civil rights",
    ),
    (
        "Staff may take compassionate emergency leave for a family death.",
        "compassionate emergency",
        "humanitarian crisis",
    ),
    (
        "We offer a full horticulture service for large gardens.",
        "horticulture service",
        "agriculture ministry",
    ),
    (
        "Law firms are classic knowledge organizations.",
        "knowledge organizations",
        "intelligence agencies",
    ),
    (
        "Peter was delivered from prison by an angel.",
        "delivered from prison",
        "released from prison",
    ),
    (
        "The project delivered the outcomes we promised.",
        "delivered the outcomes",
        "released the results",
    ),
    (
        "The fugitive was captured and charged with murder.",
        "captured and charged",
        "arrested and charged",
    ),
    ("Airline weapon regulations ban even toy guns.", "weapon regulations", "gun laws"),
    ("The cabin is sold in basic condition.", "in basic condition", "in critical condition"),
    ("Recent passings are listed in the parish newsletter.", "passings", "deaths"),
    ("We had outrageous temperatures all week.", "outrageous temperatures", "extreme temperatures"),
    ("A climate estimate for 2100 was published.", "climate estimate", "weather forecast"),
    ("A winter tempest drove the ship onto the rocks.", "winter tempest", "winter storm"),
    ("The charity keeps a local area focus.", "local area focus", "community center"),
    (
        "In the normal individual the reflex is brisk.",
        "the normal individual",
        "the average person",
    ),
    ("She served as head mentor for the coding club.", "head mentor", "head coach"),
    ("At the point when you feel pain, stop the exercise.", "at the point when you", "when you"),
    ("Sandbags lower the danger of flooding.", "lower the danger", "lower the risk"),
    ("Buoys were laid to lessen the danger to shipping.", "lessen the danger", "reduce the risk"),
    ("Speed is the main danger factor on this road.", "danger factor", "risk factor"),
    (
        "The book is about creating nations from old empires.",
        "creating nations",
        "developing countries",
    ),
    (
        "The dynamic cycle of the engine was modelled.",
        "the dynamic cycle",
        "the decision-making process",
    ),
    ("The maturing cycle of the cheese takes a year.", "the maturing cycle", "the aging process"),
    ("Activists called for a travel boycott of the state.", "travel boycott", "travel ban"),
    ("Colonists organised an import boycott of British goods.", "import boycott", "import ban"),
    (
        "Life insurers hold annuity reserves against future payments.",
        "annuity reserves",
        "pension funds",
    ),
    ("The chorus has a hit melody.", "hit melody", "hit song"),
    ("The council's grants function is run by two officers.", "grants function", "awards ceremony"),
    ("Patients kept a clinical diary of their seizures.", "clinical diary", "medical journal"),
    ("The rally turned into a political celebration.", "political celebration", "political party"),
    (
        "The marketing campaign funds were cut in half.",
        "marketing campaign funds",
        "campaign funds",
    ),
    (
        "The Army marketing campaign targets young gamers.",
        "army marketing campaign",
        "military campaign",
    ),
    (
        "He was well acquainted with the plans for the new wing.",
        "acquainted with the plans",
        "familiar with the plans",
    ),
    (
        "Workers who suffered accidents at work can claim.",
        "suffered accidents",
        "suffered injuries",
    ),
    ("An uncommon illness kept him in bed for a month.", "uncommon illness", "rare disease"),
    ("Keep household drugs out of reach of children.", "household drugs", "family medicine"),
    (
        "The trust is known for high quality management of patients.",
        "high quality management",
        "quality control",
    ),
    ("Consultants warn that the ward is understaffed.", "consultants warn", "experts warn"),
    ("This duvet has a warmth index of nine.", "warmth index", "heat index"),
    ("Students must submit working programs by Friday.", "working programs", "operating systems"),
    ("Teams need data know-how to use the new tools.", "data know-how", "information technology"),
    ("The battery pack has six cell units.", "cell units", "mobile devices"),
    ("Their Christmas house display draws crowds.", "house display", "home screen"),
    ("The curriculum is split into knowledge units.", "knowledge units", "data sets"),
    ("Solve for the common value of both expressions.", "the common value", "the average price"),
    (
        "The creed affirms the common worth of every person.",
        "the common worth",
        "the average price",
    ),
    ("The common age of onset is thirty.", "the common age", "the average age"),
    ("Rise above common prejudice.", "above common", "above average"),
    (
        "We guide you on your enterprise journey to the cloud.",
        "enterprise journey",
        "business trip",
    ),
    (
        "Tolls are a steady supply of revenue for the county.",
        "supply of revenue",
        "source of income",
    ),
    ("The crisis thrust her onto the nationwide stage.", "nationwide stage", "national level"),
    ("This engine needs pure fuel without ethanol.", "pure fuel", "natural gas"),
    (
        "The script splits TIC_ARGS into pieces corresponding to LDFLAGS and LIBS.",
        "corresponding to",
        "such as",
    ),
]

# The top of the header's "legitimate but typical of spinners" band.
AGGREGATE_ONLY = 0.5


@pytest.mark.parametrize(("text", "phrase", "suggestion"), COLLISIONS)
def test_clean_sentence_is_not_read_as_spun(text: str, phrase: str, suggestion: str) -> None:
    assert reporting(text, phrase, suggestion) == []


@pytest.mark.parametrize(("spun", "span", "suggestion", "clean"), STILL_FIRES)
def test_narrowed_entry_still_fires(spun: str, span: str, suggestion: str, clean: str) -> None:
    assert_fires_in_frame_only(spun, span, suggestion, clean)


@pytest.mark.parametrize(("text", "phrase", "suggestion"), LOWERED)
def test_lowered_entry_counts_only_in_aggregate(text: str, phrase: str, suggestion: str) -> None:
    found = reporting(text, phrase, suggestion)
    # Still found (the spun reading is as common on scraper pages), but never as strong
    # evidence on its own.
    assert found
    assert max(found) <= AGGREGATE_ONLY


def test_tables_are_consistent() -> None:
    assert clean_sides_are_collisions(COLLISIONS, STILL_FIRES)
