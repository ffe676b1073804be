"""Clean (unspun) development documents for the spin checks, written for corpusgate.

Registers: wire copy, quote-heavy reporting, names and institutions, numbers and markets,
science and health, local news, sport, opinion, and non-native but unspun English. Many are
deliberate hard negatives: they use, legitimately, words that spinners print ("final", "officers",
"battle", "financial", "authorities", "stated", "a whole bunch of", "cupboard", "price range",
"Chinese language", "most cancers", "taking pictures", "previous", "12 months"...).

``make_spun.py`` turns these into clean and spun JSONL; the ``split`` decides which documents
are used for calibration (dev) and which are held out.
"""

from __future__ import annotations

DOCS: list[tuple[str, str, str, str]] = [
    (
        "wire-01",
        "wire",
        "Central bank holds rates steady",
        "FRANKFURT, March 7 (Reuters) - The European Central Bank kept interest rates unchanged on "
        "Thursday and said inflation was falling faster than expected, but policymakers gave no "
        "signal that a cut was imminent. The bank's deposit rate stays at 4 percent, its highest "
        'level since the euro was launched in 1999. "We are making good progress, but we are not '
        'sufficiently confident," President Christine Lagarde told a news conference. Economists '
        "polled by Reuters expect the first cut in June. Euro zone inflation slowed to 2.6 percent "
        "in February, and the bank lowered its growth forecast for this year to 0.6 percent. "
        "Markets trimmed bets on an April move after the decision, and the euro rose 0.3 percent "
        "against the dollar. Officials said wage growth, which has kept services prices high, "
        "would be watched closely over the next few months.",
    ),
    (
        "wire-02",
        "wire",
        "Earthquake strikes off coast",
        "TOKYO (AP) - A magnitude 6.1 earthquake struck off the coast of northeastern Japan early "
        "Tuesday, shaking buildings in Tokyo but causing no immediate reports of serious damage, "
        "the Japan Meteorological Agency said. No tsunami warning was issued. The quake hit at "
        "4:12 a.m. at a depth of about 40 kilometers (25 miles) off Fukushima prefecture. Trains "
        "on some lines were briefly halted for safety checks, and the operator of the Fukushima "
        "Daiichi nuclear plant said it found no abnormalities. Japan sits on the Pacific Ring of "
        "Fire and is one of the most earthquake-prone countries in the world. In 2011, a magnitude "
        "9.0 quake and tsunami killed more than 18,000 people and caused meltdowns at the plant.",
    ),
    (
        "wire-03",
        "wire",
        "Ministers meet on grain corridor",
        "ANKARA, Turkey (AP) - Foreign ministers from Turkey, Ukraine and Russia met on Friday to "
        "discuss reviving a deal that allowed grain shipments across the Black Sea, officials said. "
        "The talks, hosted by the Turkish Foreign Ministry, lasted more than four hours. Turkey's "
        "foreign minister said the sides had agreed to keep talking but gave no timeline. The "
        "original agreement, brokered by the United Nations and Turkey in July 2022, let Ukraine "
        "export nearly 33 million metric tons of grain before Moscow pulled out last year. Wheat "
        "prices rose 2 percent in Chicago after the meeting. A Western diplomat, who spoke on "
        "condition of anonymity because he was not authorized to discuss the talks publicly, said "
        "expectations were low.",
    ),
    (
        "wire-04",
        "wire",
        "Wildfire forces evacuations",
        "SACRAMENTO, Calif. (AP) - A fast-moving wildfire in Northern California forced thousands "
        "of people to flee their homes on Sunday as strong winds pushed flames toward several "
        "small towns, fire officials said. The fire had burned more than 12,000 acres by the "
        "afternoon and was 5 percent contained. About 400 firefighters were battling the blaze, "
        "supported by helicopters and air tankers. \"It's moving faster than we can get ahead of "
        'it," said a spokesman for the California Department of Forestry and Fire Protection. '
        "Authorities closed a stretch of Highway 50 and opened two evacuation centers. No deaths "
        "were reported, but two firefighters suffered minor injuries. The cause is under "
        "investigation. Forecasters warned that hot, dry conditions would last through the week.",
    ),
    (
        "wire-05",
        "wire",
        "Election results delayed",
        "NAIROBI, Kenya (AP) - Kenya's electoral commission said on Wednesday that final results "
        "from last week's presidential election would be delayed by at least two days as officials "
        "verify tallies from more than 46,000 polling stations. The commission's chairman urged "
        "calm and asked candidates not to declare victory early. Both leading candidates have "
        "claimed they are ahead. International observers from the African Union and the European "
        "Union said voting was largely peaceful. Turnout was about 65 percent, lower than in the "
        "last election. Police officers were deployed in the capital, where some shops stayed "
        "closed. The final tally must be announced within seven days of the vote.",
    ),
    (
        "wire-06",
        "wire",
        "Oil prices climb",
        "NEW YORK (Reuters) - Oil prices rose for a third straight session on Monday after OPEC+ "
        "producers signaled they would extend output cuts into the second quarter. Brent crude "
        "futures gained 1.2 percent to $83.40 a barrel, while U.S. West Texas Intermediate crude "
        "rose 1.4 percent to $79.10. Analysts said tight supply and strong demand from China were "
        'supporting prices. "The market is pricing in a deficit," said one analyst at a London '
        "brokerage. Gasoline futures also climbed ahead of the U.S. summer driving season. Traders "
        "will watch weekly inventory data from the Energy Information Administration on Wednesday "
        "for signs of falling stockpiles.",
    ),
    (
        "wire-07",
        "wire",
        "Parliament passes budget",
        "OTTAWA (Reuters) - Canada's House of Commons passed the federal budget late on Tuesday, "
        "clearing the way for higher spending on housing and defense. The budget, which projects "
        "a deficit of C$40 billion for the fiscal year, includes new taxes on capital gains for "
        "wealthy individuals. The opposition Conservatives voted against it. Finance Minister "
        "Chrystia Freeland said the plan was fair to younger generations. The bill now goes to the "
        "Senate, which rarely blocks budget legislation. Business groups criticized the tax "
        "changes, saying they would discourage investment, while unions welcomed funds for "
        "affordable housing.",
    ),
    (
        "wire-08",
        "wire",
        "Storm disrupts flights",
        "LONDON (AP) - A powerful storm with gusts of up to 90 mph (145 kph) swept across Britain "
        "and Ireland on Saturday, cutting power to tens of thousands of homes and forcing airlines "
        "to cancel hundreds of flights. The Met Office issued rare red warnings for parts of "
        "Scotland. Rail operators told passengers not to travel. A man in his 60s died when a tree "
        "fell on his car in County Mayo, Irish police said. Electricity companies said crews were "
        "working to restore supplies but warned that some households could be without power until "
        "Monday. The storm is the fifth named storm of the season.",
    ),
    (
        "quote-01",
        "quotes",
        "Mayor defends housing plan",
        "Mayor Linda Ortiz defended her housing plan at a town hall meeting on Thursday, telling "
        'residents that the city could not afford to wait. "We have people sleeping in their cars '
        'because the rent went up again," she said. "That is not a future I\'m willing to accept." '
        "Critics said the plan, which would allow apartment buildings on lots now reserved for "
        'single-family homes, would change the character of their neighborhoods. "I moved here for '
        'the quiet," said Tom Becker, who has lived on Elm Street for 30 years. "Nobody asked us." '
        "Ortiz said the council would hold two more public hearings before the final vote in May. "
        '"Give it a chance," she said. "If it doesn\'t work, we\'ll fix it."',
    ),
    (
        "quote-02",
        "quotes",
        "Coach after the loss",
        "\"We didn't show up,\" coach Maria Santos said after her team's 3-0 loss on Saturday. "
        "\"First half, second half, it doesn't matter. We weren't there.\" The defeat ended a "
        "seven-game winning streak and dropped the club to third in the table. Santos said she had "
        "told her players at halftime to keep the ball and be patient. \"They tried. It just wasn't "
        'our day," she said. Captain Jess Park was more blunt. "We were lazy. That\'s on us, not '
        'the coach." The team plays its final home game of the season next Sunday, and Santos '
        'said every player would have to fight for a place in the lineup. "Nobody is safe," she '
        "said.",
    ),
    (
        "quote-03",
        "quotes",
        "Farmers speak about drought",
        'For farmers in the valley, the drought has become the only topic of conversation. "My '
        "father farmed this land, and his father before him, and none of them saw anything like "
        'this," said Ahmed Rahimi, 58, standing in a field of stunted wheat. "We used to worry '
        'about too much rain." Officials at the regional water authority said reservoirs were at '
        "22 percent of capacity, the lowest level on record. Rahimi said he had sold half of his "
        'sheep to pay debts. "You can\'t eat hope," he said. "But you keep planting, because what '
        'else can you do?" The government has promised emergency payments, but farmers said the '
        "money had not arrived.",
    ),
    (
        "quote-04",
        "quotes",
        "Scientist on the telescope",
        '"This is the moment we\'ve been waiting for," said Dr. Priya Nair, an astronomer who has '
        'worked on the instrument for 12 years. "The first images are better than anything we '
        'simulated." The telescope, which sits on a mountain in northern Chile, will survey the '
        "southern sky every few nights for a decade. Nair said the team would release data to "
        'other researchers within a year. "Science is a team sport," she said. "We didn\'t build '
        'this for ourselves." Engineers said the final adjustments to the mirror would take '
        "several months, and full operations are expected to begin early next year.",
    ),
    (
        "quote-05",
        "quotes",
        "Strike at the port",
        "Dock workers walked off the job at the port on Monday, halting the loading of container "
        'ships. "We have been patient for two years," said union leader Carlos Medina. "Our '
        'patience has run out." The union is asking for a 15 percent raise over three years and '
        "limits on automation. A spokeswoman for the port authority said the offer on the table was "
        'fair and urged workers to return. "Every day of this strike costs the region money," she '
        "said. Shipping companies said they were diverting some vessels to other ports. Medina said "
        'the strike would continue "as long as it takes."',
    ),
    (
        "names-01",
        "names",
        "Summit in Washington",
        "President Joe Biden hosted Japanese Prime Minister Fumio Kishida and Philippine President "
        "Ferdinand Marcos Jr. at the White House on Thursday for the first summit of the three "
        "countries' leaders. Secretary of State Antony J. Blinken and Defense Secretary Lloyd "
        "Austin joined the talks in the Oval Office. The leaders announced joint naval patrols in "
        "the South China Sea and new investment in ports and railways. Beijing's Foreign Ministry "
        "said the meeting was aimed at containing China. Members of the House of Representatives "
        "and the Senate Foreign Relations Committee attended a lunch at the State Department. "
        "Kishida later addressed a joint meeting of Congress, the first Japanese leader to do so "
        "since 2015.",
    ),
    (
        "names-02",
        "names",
        "New York court ruling",
        "A New York appeals court on Monday reduced the bond that former President Donald Trump "
        "must post in his civil fraud case, a day before the state attorney general could begin "
        "seizing his assets. The Appellate Division of the New York Supreme Court, the state's "
        "intermediate appeals court, gave him ten days to post $175 million. Attorney General "
        "Letitia James had won a judgment of more than $450 million in February. Trump's lawyers "
        "had told the court that no insurance company would underwrite a bond that large. The "
        "ruling was reported first by The New York Times and The Associated Press. Trump called it "
        "a great victory in a post on his social media platform.",
    ),
    (
        "names-03",
        "names",
        "Central Asian ministers",
        "Foreign ministers from Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan "
        "met U.S. officials in Astana, where they discussed trade routes that bypass Russia. The "
        "Carnegie Endowment for International Peace and the Center for Strategic and International "
        "Studies published reports the same week arguing that the region's governments want more "
        "partners, not new patrons. Kazakhstan is a member of the Collective Security Treaty "
        "Organization, the Russia-led military alliance, and the Shanghai Cooperation "
        "Organization. Officials from the World Bank and the International Monetary Fund also "
        "attended a side event on infrastructure finance.",
    ),
    (
        "names-04",
        "names",
        "Health agencies issue guidance",
        "The Centers for Disease Control and Prevention and the Food and Drug Administration "
        "issued new guidance on Wednesday for this fall's vaccines. The World Health Organization "
        "said it expected a similar recommendation from its advisers. The Department of Health and "
        "Human Services said updated shots would be available at pharmacies in September. Dr. Mandy "
        "Cohen, the CDC director, told reporters that people over 65 should get the vaccine first. "
        "The National Institutes of Health is funding a study of longer-lasting vaccines at the "
        "Massachusetts Institute of Technology and Johns Hopkins University.",
    ),
    (
        "names-05",
        "names",
        "Europe's leaders meet",
        "Leaders of the European Union met in Brussels on Thursday to discuss aid to Ukraine and "
        "the bloc's budget. European Commission President Ursula von der Leyen said the Commission "
        "would propose new rules on defense spending. Chancellor Olaf Scholz of Germany and "
        "President Emmanuel Macron of France held talks on the sidelines. Outside the building, "
        "farmers blocked streets with tractors, protesting against cheap imports. The European "
        "Central Bank's president, Christine Lagarde, briefed the leaders on the economy. NATO's "
        "secretary general, Jens Stoltenberg, also attended a working dinner.",
    ),
    (
        "numbers-01",
        "numbers",
        "Quarterly earnings",
        "Acme Corp. reported quarterly revenue of $12.4 billion, up 8 percent from a year earlier, "
        "and net income of $1.9 billion, or $2.31 a share. Analysts had expected $2.18. The "
        "company raised its full-year forecast and said it would buy back $5 billion of stock over "
        "the next 12 months. Shares rose 6 percent in after-hours trading. Sales in North America "
        "grew 11 percent, while sales in Europe were flat. The company said higher prices for "
        "raw materials cut its gross margin by 1.5 percentage points. It has about 84,000 employees "
        "in 30 countries. In the 12 months to June, it spent $2.2 billion on research.",
    ),
    (
        "numbers-02",
        "numbers",
        "Census figures",
        "The city's population grew to 2,507,000 in 2023, an increase of 1.2 percent, according to "
        "census estimates released on Thursday. The number of residents over 65 rose by 40,000, "
        "while the number of children fell for the fourth year in a row. Median household income "
        "was $68,300. About 14 percent of residents were born abroad. Housing costs remain the "
        "biggest concern: the median rent for a two-bedroom apartment was $1,850 a month, up from "
        "$1,400 five years ago. Thousands of people moved to the suburbs, where homes in the "
        "$300,000 to $400,000 price range are still available.",
    ),
    (
        "numbers-03",
        "numbers",
        "Marathon statistics",
        "More than 50,000 runners finished the marathon on Sunday, a record for the race. The "
        "winner crossed the line in 2 hours 4 minutes 11 seconds, about 90 seconds off the course "
        "record. Temperatures reached 22 degrees Celsius (72 degrees Fahrenheit) by noon, and "
        "medical teams treated about 1,200 runners, most for dehydration. Organizers handed out "
        "1.5 million cups of water along the 26.2-mile course. Hundreds of volunteers worked at "
        "each aid station. The race raised $40 million for charity, organizers said.",
    ),
    (
        "numbers-04",
        "numbers",
        "Inflation report",
        "Consumer prices rose 3.2 percent in the 12 months through February, up from 3.1 percent "
        "in January, the Labor Department said. Excluding food and energy, prices climbed 3.8 "
        "percent. Gasoline prices jumped 3.8 percent last month, and shelter costs, which make up "
        "about a third of the index, rose 0.4 percent. Economists said the report made it less "
        "likely that the Federal Reserve would cut interest rates in the spring. Treasury yields "
        "rose after the release, and stock futures fell. The central bank's next meeting is on "
        "March 19-20.",
    ),
    (
        "science-01",
        "science",
        "Study on sleep",
        "People who sleep fewer than six hours a night are more likely to develop heart disease, "
        "according to a study of 400,000 adults published on Tuesday in a British medical journal. "
        "The researchers followed participants for 11 years and adjusted for smoking, diet and "
        "exercise. The risk was about 20 percent higher for short sleepers than for those who slept "
        "seven to eight hours. The authors cautioned that the study shows an association, not "
        'cause and effect. "Sleep is one piece of the puzzle," said the lead author, a '
        "cardiologist at a London hospital. Most cancers and heart conditions have several causes, "
        "she added, and sleep is only one of them.",
    ),
    (
        "science-02",
        "science",
        "Machine learning in radiology",
        "A deep learning model trained on 200,000 chest X-rays matched experienced radiologists "
        "at spotting early signs of lung cancer, researchers reported. The convolutional neural "
        "network was tested on a separate set of 10,000 images from three hospitals. Its sensitivity "
        "was 94 percent and its specificity 91 percent, with an area under the curve of 0.96. The "
        "authors said the training data came mostly from older patients, which could limit how well "
        "the model works for younger people. Artificial intelligence tools are not yet approved to "
        "make diagnoses on their own, and the team said a radiologist should review every result.",
    ),
    (
        "science-03",
        "science",
        "Bird migration",
        "Scientists tracking Arctic terns with tiny geolocators found that the birds fly about "
        "90,000 kilometers a year, zigzagging across the Atlantic to take advantage of winds. The "
        "terns spend the northern summer in Greenland and the southern summer near Antarctica, "
        "seeing more daylight than any other animal. The devices weigh 1.4 grams and record light "
        'levels, which the researchers used to estimate position. "It is an extraordinary '
        'journey," said one of the authors. "A tern may travel the distance to the moon and back '
        'three times in its life." The study was published in a scientific journal on Monday.',
    ),
    (
        "science-04",
        "science",
        "Battery research",
        "Engineers at a university laboratory have built a sodium-ion battery that keeps 90 percent "
        "of its capacity after 5,000 charging cycles, a result that could make cheaper storage "
        "possible for solar and wind power. Sodium is far more abundant than lithium, but earlier "
        "designs wore out quickly. The team used a new electrode coating to stop the material from "
        "cracking. The battery's energy density is still lower than that of the best lithium cells, "
        "so it is better suited to storing power for the grid than to electric cars. The research "
        "was funded by the Department of Energy.",
    ),
    (
        "local-01",
        "local",
        "Library reopens",
        "The Main Street library reopened on Saturday after an 18-month renovation that added a "
        "children's room, a makerspace and a cafe. Hundreds of residents lined up before the doors "
        'opened at 10 a.m. "It\'s like getting an old friend back," said Joan Miller, who has '
        "borrowed books there since 1975. The $6 million project was paid for by a bond approved "
        "by voters in 2021. The library will be open seven days a week, and the city council has "
        "voted to hire three more staff members. The old card catalog, a wooden cupboard with 60 "
        "drawers, has been restored and now stands in the lobby.",
    ),
    (
        "local-02",
        "local",
        "Road work begins",
        "Work began on Monday to repave a two-mile stretch of Route 9, and drivers should expect "
        "delays through October, the state transportation department said. One lane in each "
        "direction will be closed between 7 p.m. and 6 a.m. Police officers will direct traffic at "
        "the busiest intersections. The $14 million project will also add sidewalks and bike lanes. "
        "Business owners along the road said they were worried about losing customers during the "
        'summer. "It\'s going to be a rough few months," said the owner of a diner near the '
        "bridge. Officials said access to all shops would be kept open.",
    ),
    (
        "local-03",
        "local",
        "School board meeting",
        "The school board voted 5-2 on Tuesday night to start classes 30 minutes later next year, "
        "after a long debate over bus schedules and sports practices. Supporters cited research "
        "showing that teenagers do better in school when they get more sleep. Parents who spoke "
        "against the change said it would make mornings harder for working families. The district "
        "will spend about $300,000 on extra buses. The superintendent said the board would review "
        "the change after one year. Students who attended the meeting applauded the vote.",
    ),
    (
        "local-04",
        "local",
        "Photography club exhibition",
        "The county photography club opened its annual exhibition on Friday at the community "
        "center. Members have spent the past year taking pictures of the river, from the old mill "
        'to the harbor, and 80 of the best prints are on display. "Taking pictures slows you down," '
        'said the club\'s president, a retired teacher. "You notice the light." Visitors can vote '
        "for their favorite picture until the final day of the show, on May 30. The club meets on "
        "the first Thursday of each month, and new members are welcome, whatever camera they use.",
    ),
    (
        "sport-01",
        "sport",
        "Cup final report",
        "Goals from Silva and Okafor gave City a 2-1 win over United in the cup final at Wembley on "
        "Saturday, the club's first major trophy in six years. Silva opened the scoring after 23 "
        "minutes with a header from a corner. United equalized before halftime, but Okafor struck "
        'from 20 yards in the 78th minute. "It was a battle, as cup finals always are," City\'s '
        "manager said. United's captain said his team had been the better side in the second half. "
        "More than 85,000 fans attended. City now turn to the final week of the league season, "
        "where they need two wins to finish in the top four.",
    ),
    (
        "sport-02",
        "sport",
        "Tennis champion retires",
        "The three-time Grand Slam champion announced her retirement on Wednesday at the age of 34, "
        "saying injuries had made it too hard to compete at the highest level. She won her first "
        'major title at 19 and spent 40 weeks as world No. 1. "Tennis gave me everything," she '
        'wrote in a letter posted online. "But my body has told me it is time." She will play a '
        "final exhibition match in her hometown in December. Fellow players paid tribute on social "
        "media, calling her one of the fiercest competitors of her generation.",
    ),
    (
        "sport-03",
        "sport",
        "Cycling stage",
        "The Belgian rider won the 14th stage of the race on Saturday after a solo attack on the "
        "final climb, while the overall leader finished safely in the main group. The 190-kilometer "
        "stage through the mountains was raced in heavy rain. Several riders crashed on a wet "
        "descent, and two abandoned the race. The winner said he had been waiting all week for a "
        'chance. "My legs were good, and I took it," he said. The race ends in Paris next Sunday '
        "after three more mountain stages and a time trial.",
    ),
    (
        "opinion-01",
        "opinion",
        "The case for night trains",
        "Europe is rediscovering the night train, and not a moment too soon. For a trip of 800 "
        "kilometers, a sleeper leaves a city center in the evening and arrives in another after "
        "breakfast, with none of the queues and security checks of an airport. The obstacles are "
        "real: old rolling stock, high track fees and a patchwork of national rules. But the "
        "demand is there. Tickets on new routes have sold out months in advance. Governments that "
        "say they care about emissions should treat night trains as infrastructure, not as a "
        "nostalgic hobby, and help operators with the cost of new carriages.",
    ),
    (
        "opinion-02",
        "opinion",
        "In praise of local newspapers",
        "When a town loses its newspaper, nobody goes to the council meetings anymore. Studies have "
        "found that borrowing costs for local governments rise after a paper closes, because "
        "nobody is watching how money is spent. Fewer candidates run for office. The decline has "
        "been brutal: more than 2,500 papers have closed in the United States since 2005. Some "
        "nonprofit newsrooms have stepped in, funded by donors and foundations, and they show that "
        "readers will support reporting they trust. It is an arduous road, but there is no "
        "substitute for a reporter in the room.",
    ),
    (
        "opinion-03",
        "opinion",
        "Language learning",
        "I started studying the Chinese language at 40, which my friends thought was a strange "
        "midlife crisis. Five years later I can read a newspaper slowly and order dinner quickly. "
        "The tones were the hardest part; the characters were easier than I expected, because each "
        "one tells a small story. What kept me going was a weekly conversation with a retired "
        "teacher in Chengdu, arranged through an online exchange. She corrected my grammar and I "
        "corrected her English idioms. We have never met in person, but I count her as a friend.",
    ),
    (
        "nonnative-01",
        "nonnative",
        "Our company news",
        "Our company is very happy to announce that we have opened new office in Pune. The office "
        "will help us to serve the customers in west region more faster. Since 5 years we are "
        "working in this field and we have more than 200 clients now. All the employees are "
        "working hard for giving best service. As per the plan, next year we will open one more "
        "office in Chennai. We are thankful to all our clients for the trust and support. For more "
        "informations, please contact to our sales team.",
    ),
    (
        "nonnative-02",
        "nonnative",
        "Travel blog",
        "Last summer I visited the Lisbon with my family and it was really amazing experience. The "
        "weather was very hot, more than 35 degree, so we were going to beach every afternoon. The "
        "food is very tasty, especially the fish and the small cakes. People are very friendly and "
        "many of them are speaking English. We stayed in the old part of city, the streets are "
        "narrow and going up and down, so you need good shoes. I recommend to visit the castle in "
        "the morning when is less crowded. For sure we will come back again.",
    ),
    (
        "nonnative-03",
        "nonnative",
        "Product review",
        "I buyed this phone two month ago and I want to share my experience. The camera is very "
        "good in the day light but in the night the photos are little bit dark. Battery is lasting "
        "whole day, this is big advantage. The screen is big and colours are nice. One problem is "
        "that the phone is getting hot when I am playing games for long time. The price is "
        "reasonable compare to other brands. Overall I am satisfied and I will recommend to my "
        "friends who are searching for a budget phone.",
    ),
    (
        "nonnative-04",
        "nonnative",
        "Student essay",
        "In nowadays, the technology is playing very important role in the education. Students can "
        "learn many things from internet and they can discuss about the topics with their friends "
        "online. However there are also some disadvantages. Some students are spending too much "
        "time on the social media and they are not concentrating on the study. In my opinion the "
        "teachers and parents should guide the students how to use the technology in the correct "
        "way. If we use it in a good way, it will help us for our future.",
    ),
    (
        "nonnative-05",
        "nonnative",
        "Local government notice",
        "The municipal corporation informs to all the citizens that the water supply will be stopped "
        "on Sunday from 10 am to 6 pm due to the maintenance work of the main pipeline. Citizens are "
        "requested to store sufficient water for their needs. The inconvenience caused is deeply "
        "regretted. In case of any emergency, people can contact the control room on the number "
        "given below. The work is related to the new pipeline project which is going on since last "
        "year in the eastern part of city.",
    ),
    (
        "nonnative-06",
        "nonnative",
        "Conference report",
        "The international conference on renewable energy was held in the Hanoi from 12 to 14 "
        "March. More than 300 participants from 25 countries were attending. The experts discussed "
        "about the solar power, the wind power and the policies for support the green transition. "
        "Many speakers said that the government must give more incentive to the private sector. "
        "In the final day, the organizers announced that next conference will be held in Jakarta. "
        "All the presentations will be uploaded on the website after one week.",
    ),
    (
        "nonnative-07",
        "nonnative",
        "Football club statement",
        "The club is informing that the player Marco has signed the new contract until 2027. Marco "
        "is with us since eight years and he is very important for the team. He has played more "
        "than 200 matches and scored 45 goals. The president of club said that he is very happy "
        "because Marco is like a son for the club. The fans can meet Marco at the stadium on "
        "Saturday before the match, he will give the autographs. We wish him the best luck for the "
        "remaining part of the season.",
    ),
    (
        "tech-01",
        "tech",
        "Chipmaker results",
        "The chipmaker said demand for its data center processors doubled in the latest quarter as "
        "companies raced to build artificial intelligence systems. Revenue rose to $22 billion, "
        "and the company forecast further growth. Its chief executive told analysts on a conference "
        "call that supply would remain tight into next year. The company's market value has "
        "tripled in the past 12 months. Some investors worry that spending on AI will slow once the "
        "first wave of data centers is finished, but the company said orders were still rising.",
    ),
    (
        "tech-02",
        "tech",
        "App privacy fine",
        "European regulators fined a social media company 345 million euros for failing to protect "
        "children's data, the second large penalty against the company in two years. The Irish Data "
        "Protection Commission said the platform had set teenagers' accounts to public by default. "
        "The company said it disagreed with the decision and would appeal. It noted that it had "
        "changed the settings before the investigation began. The fine is one of the largest under "
        "the European Union's General Data Protection Regulation, which took effect in 2018.",
    ),
    (
        "tech-03",
        "tech",
        "Kitchen robot review",
        "The robot can chop vegetables, stir a sauce and wash the pot afterwards, but it needs its "
        "own corner of the kitchen and a lot of patience. Setup took us an afternoon. The arm is "
        "mounted under a wall cupboard, and a camera watches the counter. It made a decent tomato "
        "soup on the first try and a very bad omelet on the second. At $4,000 it sits well above "
        "the price range of most households, and the subscription for recipes costs extra. It is "
        "an impressive machine, but for now a good knife is still the better buy.",
    ),
    (
        "feature-01",
        "feature",
        "The last lighthouse keeper",
        "For 31 years, Peter Hollis climbed the 112 steps of the lighthouse every evening to check "
        "the lamp. He was the last keeper on the island; the light was automated in 1998, and the "
        'cottage where he lived with his wife is now a small museum. "People think it was lonely," '
        'he said. "It wasn\'t. There was always the sea." In his final years on the job he kept a '
        "diary of every ship that passed, 14 notebooks in all, which the museum has just put on "
        "display. Visitors come by ferry in the summer season, when the weather is calm enough to "
        "land.",
    ),
    (
        "feature-02",
        "feature",
        "Bakery that survived",
        "The bakery on Harbor Road has survived two recessions, a fire and a pandemic. Rosa Lima "
        "opened it in 1987 with a loan from her brother and one oven. Today it has 22 employees and "
        'sells about 3,000 loaves a week. Her secret, she said, is simple: "Good flour, long '
        'fermentation and getting up at 3 a.m." During the lockdown she sold bread through the '
        "window and delivered to elderly customers herself. Her daughter, who took over the "
        'business last year, has added pastries but kept the original recipes. "Mom would never '
        'forgive me," she said.',
    ),
]
