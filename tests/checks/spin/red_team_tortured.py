"""Red-team precision audit of the spin lexicon's tortured phrases of scientific writing.

Tortured phrases are paraphraser output in papers ("profound learning" for "deep learning"),
matched in any case and with a plural last word. Many of them are also ordinary English in
another sense: in school, ecology, medicine, astronomy, economics, software and sport writing,
in product, job and property copy, and in older or regional English.

- COLLISIONS: a clean sentence and the entry's spun phrase; the entry was narrowed by a
  context rule or deleted, and no finding may cover the phrase with its suggestion.
- STILL_FIRES: for each narrowed entry, a spun sentence where it still fires (its clean side
  is the collision).
- LOWERED: entries that are ordinary English in some register and typical of paper-mill text
  in the same frames; they stay, at a weight that only counts next to other evidence.
All sentences are written for this test.
"""

from __future__ import annotations

# (clean sentence, spun phrase, suggestion)
COLLISIONS: list[tuple[str, str, str]] = [
    (
        "The trip abroad was a profound learning experience for every pupil.",
        "profound learning",
        "deep learning",
    ),
    (
        "Damage to the temporal lobe changes the neural organization of language.",
        "neural organization",
        "neural network",
    ),
    ("There is a huge information gap between buyers and sellers.", "huge information", "big data"),
    ("An enormous information gap separates the two agencies.", "enormous information", "big data"),
    (
        "The leak was a colossal information dump of private emails.",
        "colossal information",
        "big data",
    ),
    ("The rowan is a choice tree for small gardens.", "choice tree", "decision tree"),
    (
        "This five-piece food preparation set comes with a cutting board.",
        "preparation set",
        "training set",
    ),
    (
        "The chef spent the morning preparing set menus for the wedding.",
        "preparing set",
        "training set",
    ),
    (
        "The coach spent the week preparing set pieces for the derby.",
        "preparing set",
        "training set",
    ),
    (
        "Bowel preparation information is sent with your appointment letter.",
        "preparation information",
        "training data",
    ),
    (
        "The clerk is preparing information packs for new tenants.",
        "preparing information",
        "training data",
    ),
    ("Preparing dataset for upload, please wait.", "preparing dataset", "training dataset"),
    (
        "Volunteers were preparing stage sets for the school play.",
        "preparing stage",
        "training phase",
    ),
    (
        "Image acknowledgment: photograph courtesy of the county archive.",
        "image acknowledgment",
        "image recognition",
    ),
    (
        "Below is an example acknowledgment letter for a donation.",
        "example acknowledgment",
        "pattern recognition",
    ),
    (
        "The council signed a master framework agreement with three builders.",
        "master framework",
        "expert system",
    ),
    ("Menus include choice of starter, main and dessert.", "include choice", "feature selection"),
    (
        "Treatments include extraction of the damaged tooth.",
        "include extraction",
        "feature extraction",
    ),
    ("Supported formats include vector graphics and PDF.", "include vector", "feature vector"),
    ("Extras include map and compass training for the scouts.", "include map", "feature map"),
    (
        "The reforms highlight choice and competition in public services.",
        "highlight choice",
        "feature selection",
    ),
    (
        "Hover over a region to highlight map features in the viewer.",
        "highlight map",
        "feature map",
    ),
    (
        "Click the icon to highlight vector shapes on the canvas.",
        "highlight vector",
        "feature vector",
    ),
    (
        "The K-closest pairs query returns the nearest pairs of two point sets.",
        "k-closest",
        "k-nearest",
    ),
    ("On-device learning keeps personal data on the phone.", "device learning", "machine learning"),
    ("The jacket has a concealed layer of insulating fleece.", "concealed layer", "hidden layer"),
    ("The cake hides a secret layer of salted caramel.", "secret layer", "hidden layer"),
    (
        "Behavioral activation work helps clients plan rewarding days.",
        "activation work",
        "activation function",
    ),
    ("The project initiation work took three weeks.", "initiation work", "activation function"),
    ("Our store stocks low-cost work boots for every trade.", "cost work", "cost function"),
    (
        "Airlines move capacity to domestic routes when demand dips.",
        "move capacity",
        "transfer function",
    ),
    ("Check the air force age limit before you apply.", "force age", "power generation"),
    ("The flower power age of the late sixties shaped his music.", "power age", "power generation"),
    ("The information focuses on safety at work.", "information focuses", "data points"),
    ("Selling the shares then was an outright mistake.", "outright mistake", "absolute error"),
    (
        "Leaving the queen unguarded is a standard blunder for beginners.",
        "standard blunder",
        "standard error",
    ),
    ("We are hiring a tech-savvy network administrator.", "savvy network", "smart grid"),
    ("Tallinn is a tech-savvy city of about 450,000 people.", "savvy city", "smart city"),
    (
        "We need a savvy contract negotiator for our buying team.",
        "savvy contract",
        "smart contract",
    ),
    (
        "A Victorian portable correspondence box in walnut sold at auction.",
        "portable correspondence",
        "mobile communication",
    ),
    (
        "The station promised six hours of straight programming without ads.",
        "straight programming",
        "linear programming",
    ),
    (
        "Our team offers careful picture handling and hanging services.",
        "picture handling",
        "image processing",
    ),
    ("The enormous scope of the project worried the council.", "enormous scope", "large scale"),
    ("There is huge scope for improvement in the second half.", "huge scope", "large scale"),
    (
        "The man in the center of the photo is my grandfather.",
        "man in the center",
        "man in the middle",
    ),
    (
        "Hot weather causes circulatory strain in older people.",
        "circulatory strain",
        "blood pressure",
    ),
    (
        "Download the pretrained weight file before running the demo.",
        "weight file",
        "body mass index",
    ),
    ("The ward has strict anti-infection measures for visitors.", "anti-infection", "antibiotic"),
    ("The charter gives a safe framework for open discussion.", "safe framework", "immune system"),
    ("The tower has a fire-resistant framework of steel.", "resistant framework", "immune system"),
    ("A call back spread profits from a big rally.", "back spread", "back propagation"),
    (
        "Schools had to move learning online during the lockdown.",
        "move learning",
        "transfer learning",
    ),
    (
        "The student exchange learning programme runs every summer.",
        "exchange learning",
        "transfer learning",
    ),
    (
        "Pupils work through the modules at their own learning pace.",
        "learning pace",
        "learning rate",
    ),
    (
        "We offer a part-time arrangement for parents of young children.",
        "time arrangement",
        "time series",
    ),
    (
        "Both sides agreed a working framework for the peace talks.",
        "working framework",
        "operating system",
    ),
    ("Porter's five force framework explains industry rivalry.", "force framework", "power system"),
    (
        "A freedom of information investigation by the paper found the payments.",
        "information investigation",
        "data analysis",
    ),
    ("Good tools let information move freely between teams.", "information move", "data transfer"),
    (
        "The rational expectation model of inflation is taught in first year.",
        "expectation model",
        "prediction model",
    ),
    (
        "The proposed calculation of the pension was rejected.",
        "proposed calculation",
        "proposed algorithm",
    ),
    (
        "A typical appropriation bill runs to hundreds of pages.",
        "typical appropriation",
        "normal distribution",
    ),
    (
        "He joined the firm on a trial arrangement for three months.",
        "trial arrangement",
        "experimental setup",
    ),
    (
        "Test framework execution stops at the first failure.",
        "framework execution",
        "system performance",
    ),
    (
        "She has ten years of experience writing survey questions.",
        "writing survey",
        "literature review",
    ),
    (
        "An efficient survey design keeps the questionnaire short.",
        "efficient survey",
        "systematic review",
    ),
    ("Exploration work at the mine resumed in spring.", "exploration work", "research work"),
    ("Argentina dominates high-goal polo.", "high-goal", "high-resolution"),
    ("The club runs low-goal tournaments for new players.", "low-goal", "low-resolution"),
]

# (spun sentence, span, suggestion, clean sentence)
STILL_FIRES: list[tuple[str, str, str, str]] = [
    (
        "We train a profound learning model on the scans.",
        "profound learning",
        "deep learning",
        "The trip abroad was a profound learning experience for every pupil.",
    ),
    (
        "A neural organization with two layers was trained.",
        "neural organization",
        "neural network",
        "Damage to the temporal lobe changes the neural organization of language.",
    ),
    (
        "Huge information analytics helps retailers.",
        "huge information",
        "big data",
        "There is a huge information gap between buyers and sellers.",
    ),
    (
        "Enormous information is changing healthcare.",
        "enormous information",
        "big data",
        "An enormous information gap separates the two agencies.",
    ),
    (
        "Colossal information platforms store the logs.",
        "colossal information",
        "big data",
        "The leak was a colossal information dump of private emails.",
    ),
    (
        "A choice tree splits the data at each node.",
        "choice tree",
        "decision tree",
        "The rowan is a choice tree for small gardens.",
    ),
    (
        "The model was fitted on the preparation set.",
        "preparation set",
        "training set",
        "This five-piece food preparation set comes with a cutting board.",
    ),
    (
        "The preparing set has 8,000 images.",
        "preparing set",
        "training set",
        "The chef spent the morning preparing set menus for the wedding.",
    ),
    (
        "The preparation information was labelled by experts.",
        "preparation information",
        "training data",
        "Bowel preparation information is sent with your appointment letter.",
    ),
    (
        "The model learns from the preparing information.",
        "preparing information",
        "training data",
        "The clerk is preparing information packs for new tenants.",
    ),
    (
        "The preparing dataset contains 500 samples.",
        "preparing dataset",
        "training dataset",
        "Preparing dataset for upload, please wait.",
    ),
    (
        "In the preparing stage the weights are updated.",
        "preparing stage",
        "training phase",
        "Volunteers were preparing stage sets for the school play.",
    ),
    (
        "Image acknowledgment systems read number plates.",
        "image acknowledgment",
        "image recognition",
        "Image acknowledgment: photograph courtesy of the county archive.",
    ),
    (
        "Example acknowledgment is used in fingerprint matching.",
        "example acknowledgment",
        "pattern recognition",
        "Below is an example acknowledgment letter for a donation.",
    ),
    (
        "A master framework is a program that mimics a human expert.",
        "master framework",
        "expert system",
        "The council signed a master framework agreement with three builders.",
    ),
    (
        "The include choice step removes redundant attributes.",
        "include choice",
        "feature selection",
        "Menus include choice of starter, main and dessert.",
    ),
    (
        "The include extraction stage uses wavelets.",
        "include extraction",
        "feature extraction",
        "Treatments include extraction of the damaged tooth.",
    ),
    (
        "The include vector has 128 elements.",
        "include vector",
        "feature vector",
        "Supported formats include vector graphics and PDF.",
    ),
    (
        "The include map is passed to the next layer.",
        "include map",
        "feature map",
        "Extras include map and compass training for the scouts.",
    ),
    (
        "A highlight choice method picks the best genes.",
        "highlight choice",
        "feature selection",
        "The reforms highlight choice and competition in public services.",
    ),
    (
        "The highlight map is passed to the pooling layer.",
        "highlight map",
        "feature map",
        "Hover over a region to highlight map features in the viewer.",
    ),
    (
        "The highlight vector is fed to the classifier.",
        "highlight vector",
        "feature vector",
        "Click the icon to highlight vector shapes on the canvas.",
    ),
    (
        "We used a k-closest classifier on the data.",
        "k-closest",
        "k-nearest",
        "The K-closest pairs query returns the nearest pairs of two point sets.",
    ),
    (
        "Device learning models predict the price.",
        "device learning",
        "machine learning",
        "On-device learning keeps personal data on the phone.",
    ),
    (
        "The concealed layer has 64 neurons.",
        "concealed layer",
        "hidden layer",
        "The jacket has a concealed layer of insulating fleece.",
    ),
    (
        "The secret layer uses a sigmoid activation.",
        "secret layer",
        "hidden layer",
        "The cake hides a secret layer of salted caramel.",
    ),
    (
        "The sigmoid activation work maps inputs to a range.",
        "activation work",
        "activation function",
        "Behavioral activation work helps clients plan rewarding days.",
    ),
    (
        "The initiation work of the neurons is ReLU.",
        "initiation work",
        "activation function",
        "The project initiation work took three weeks.",
    ),
    (
        "The cost work is minimised by the optimiser.",
        "cost work",
        "cost function",
        "Our store stocks low-cost work boots for every trade.",
    ),
    (
        "The move capacity of the filter is plotted.",
        "move capacity",
        "transfer function",
        "Airlines move capacity to domestic routes when demand dips.",
    ),
    (
        "Force age from wind is growing.",
        "force age",
        "power generation",
        "Check the air force age limit before you apply.",
    ),
    (
        "Power age from coal fell last year.",
        "power age",
        "power generation",
        "The flower power age of the late sixties shaped his music.",
    ),
    (
        "The information focuses are plotted in red.",
        "information focuses",
        "data points",
        "The information focuses on safety at work.",
    ),
    (
        "The standard blunder of the mean was small.",
        "standard blunder",
        "standard error",
        "Leaving the queen unguarded is a standard blunder for beginners.",
    ),
    (
        "The savvy network balances supply and demand.",
        "savvy network",
        "smart grid",
        "We are hiring a tech-savvy network administrator.",
    ),
    (
        "A savvy city uses sensors to manage traffic.",
        "savvy city",
        "smart city",
        "Tallinn is a tech-savvy city of about 450,000 people.",
    ),
    (
        "The savvy contract runs on the blockchain.",
        "savvy contract",
        "smart contract",
        "We need a savvy contract negotiator for our buying team.",
    ),
    (
        "Portable correspondence relies on base stations.",
        "portable correspondence",
        "mobile communication",
        "A Victorian portable correspondence box in walnut sold at auction.",
    ),
    (
        "Straight programming solves the scheduling problem.",
        "straight programming",
        "linear programming",
        "The station promised six hours of straight programming without ads.",
    ),
    (
        "Picture handling removes noise from the scans.",
        "picture handling",
        "image processing",
        "Our team offers careful picture handling and hanging services.",
    ),
    (
        "Enormous scope production cut costs.",
        "enormous scope",
        "large scale",
        "The enormous scope of the project worried the council.",
    ),
    (
        "Huge scope MIMO systems need new antennas.",
        "huge scope",
        "large scale",
        "There is huge scope for improvement in the second half.",
    ),
    (
        "A man in the center attack steals the keys.",
        "man in the center",
        "man in the middle",
        "The man in the center of the photo is my grandfather.",
    ),
    (
        "High circulatory strain damages the kidneys.",
        "circulatory strain",
        "blood pressure",
        "Hot weather causes circulatory strain in older people.",
    ),
    (
        "A weight file over 30 means obesity.",
        "weight file",
        "body mass index",
        "Download the pretrained weight file before running the demo.",
    ),
    (
        "The doctor prescribed an anti-infection for the chest infection.",
        "anti-infection",
        "antibiotic",
        "The ward has strict anti-infection measures for visitors.",
    ),
    (
        "Vitamin C boosts the safe framework.",
        "safe framework",
        "immune system",
        "The charter gives a safe framework for open discussion.",
    ),
    (
        "Stress weakens the resistant framework.",
        "resistant framework",
        "immune system",
        "The tower has a fire-resistant framework of steel.",
    ),
    (
        "The back spread algorithm updates the weights.",
        "back spread",
        "back propagation",
        "A call back spread profits from a big rally.",
    ),
    (
        "Move learning with a pretrained model cut training time.",
        "move learning",
        "transfer learning",
        "Schools had to move learning online during the lockdown.",
    ),
    (
        "Exchange learning reuses the pretrained weights.",
        "exchange learning",
        "transfer learning",
        "The student exchange learning programme runs every summer.",
    ),
    (
        "The learning pace was set to 0.01.",
        "learning pace",
        "learning rate",
        "Pupils work through the modules at their own learning pace.",
    ),
    (
        "Time arrangement forecasting predicts sales.",
        "time arrangement",
        "time series",
        "We offer a part-time arrangement for parents of young children.",
    ),
    (
        "The working framework crashed after the update.",
        "working framework",
        "operating system",
        "Both sides agreed a working framework for the peace talks.",
    ),
    (
        "The force framework supplies the city.",
        "force framework",
        "power system",
        "Porter's five force framework explains industry rivalry.",
    ),
    (
        "Information investigation was performed in SPSS.",
        "information investigation",
        "data analysis",
        "A freedom of information investigation by the paper found the payments.",
    ),
    (
        "The information move rate is 10 Mbps.",
        "information move",
        "data transfer",
        "Good tools let information move freely between teams.",
    ),
    (
        "The expectation model forecasts the demand.",
        "expectation model",
        "prediction model",
        "The rational expectation model of inflation is taught in first year.",
    ),
    (
        "The proposed calculation outperforms the baseline.",
        "proposed calculation",
        "proposed algorithm",
        "The proposed calculation of the pension was rejected.",
    ),
    (
        "The data follow a typical appropriation.",
        "typical appropriation",
        "normal distribution",
        "A typical appropriation bill runs to hundreds of pages.",
    ),
    (
        "The trial arrangement is shown in Figure 2.",
        "trial arrangement",
        "experimental setup",
        "He joined the firm on a trial arrangement for three months.",
    ),
    (
        "Framework execution improved by 20%.",
        "framework execution",
        "system performance",
        "Test framework execution stops at the first failure.",
    ),
    (
        "The writing survey covers 50 papers.",
        "writing survey",
        "literature review",
        "She has ten years of experience writing survey questions.",
    ),
    (
        "An efficient survey of 40 studies was carried out.",
        "efficient survey",
        "systematic review",
        "An efficient survey design keeps the questionnaire short.",
    ),
    (
        "In this exploration work, we propose a new model.",
        "exploration work",
        "research work",
        "Exploration work at the mine resumed in spring.",
    ),
    (
        "The high-goal images were taken by satellite.",
        "high-goal",
        "high-resolution",
        "Argentina dominates high-goal polo.",
    ),
    (
        "Low-goal pictures blur the faces.",
        "low-goal",
        "low-resolution",
        "The club runs low-goal tournaments for new players.",
    ),
]

# (clean sentence, spun phrase, suggestion): still reported, at an aggregate-only weight.
LOWERED: list[tuple[str, str, str]] = [
    # a noun before a relative clause: "the data the board asked for"; the spinner's own words
    # ("danger the board", "venture the executives") keep their weight
    ("We sent the data the board asked for on Friday.", "data the board", "management"),
    ("The money the executives spent on travel was repaid.", "money the executives", "management"),
    (
        "Patches of irregular woodland line the river terraces.",
        "irregular woodland",
        "random forest",
    ),
    (
        "Betelgeuse is classed as a semiregular or irregular variable star.",
        "irregular variable",
        "random variable",
    ),
    (
        "Picture acknowledgments: the author thanks the museum for the photographs.",
        "picture acknowledgments",
        "image recognitions",
    ),
    (
        "Automatic highlight extraction from football broadcasts saves editors hours.",
        "highlight extraction",
        "feature extraction",
    ),
    (
        "Skinner championed programmed learning in American schools.",
        "programmed learning",
        "machine learning",
    ),
    ("The chief parts of speech are nouns and verbs.", "chief parts", "principal components"),
    ("Frost at flowering cut the bunch size of the Shiraz vines.", "bunch size", "batch size"),
    (
        "The one genuine positive from the defeat was the young keeper.",
        "genuine positive",
        "true positive",
    ),
    (
        "The only genuine negative of the hotel was the noisy road.",
        "genuine negative",
        "true negative",
    ),
    ("Our wellness work with staff has cut sick leave.", "wellness work", "fitness function"),
    (
        "Shade the region under the curve between x = 0 and x = 2.",
        "region under the curve",
        "area under the curve",
    ),
    ("The starter kit comes with two sensor hubs and a remote.", "sensor hubs", "sensor nodes"),
    ("Texas ranchers lease land for a new wind ranch near Abilene.", "wind ranch", "wind farm"),
    ("This release fixes sign handling in integer parsing.", "sign handling", "signal processing"),
    ("Improved flag handling in the command-line parser.", "flag handling", "signal processing"),
    (
        "Early abnormality identification on ultrasound guides treatment.",
        "abnormality identification",
        "anomaly detection",
    ),
    (
        "Depression is common in patients with cardiovascular illness.",
        "cardiovascular illness",
        "cardiovascular disease",
    ),
    (
        "Aspirin is being tested as a cancer prevention agent.",
        "cancer prevention agent",
        "antioxidant",
    ),
    (
        "Berries are said to be rich in cancer prevention agents.",
        "cancer prevention agents",
        "antioxidants",
    ),
    (
        "The court needs a factual examination of the evidence.",
        "factual examination",
        "statistical analysis",
    ),
    (
        "It is genuinely critical that we act before winter.",
        "genuinely critical",
        "statistically significant",
    ),
    ("The crowd for the final was genuinely huge.", "genuinely huge", "statistically significant"),
    (
        "The connection coefficients vanish in normal coordinates.",
        "connection coefficients",
        "correlation coefficients",
    ),
    (
        "Solo learning suits some adults better than classes.",
        "solo learning",
        "unsupervised learning",
    ),
    (
        "Planning approval information is published on the council website.",
        "approval information",
        "validation data",
    ),
    (
        "The model boundaries were set at the river and the ridge.",
        "model boundaries",
        "model parameters",
    ),
    (
        "A boundary assessment of the site was carried out by the surveyor.",
        "boundary assessment",
        "parameter estimation",
    ),
    ("The PID regulator keeps the furnace temperature steady.", "PID regulator", "PID controller"),
    (
        "Friends and family form an emotionally supportive network.",
        "emotionally supportive network",
        "support system",
    ),
    (
        "Check the installed framework version before updating.",
        "installed framework",
        "embedded system",
    ),
    (
        "The agency lost its best human asset in Moscow.",
        "human asset",
        "human resource",
    ),
    (
        "Please open an enhancement issue on the tracker.",
        "enhancement issue",
        "optimization problem",
    ),
    (
        "AI calculations suggest the storm will turn north.",
        "AI calculations",
        "machine learning algorithms",
    ),
    (
        "A noteworthy contrast exists between the two coasts.",
        "noteworthy contrast",
        "significant difference",
    ),
    (
        "She holds the noteworthy distinction of being the first woman elected.",
        "noteworthy distinction",
        "significant difference",
    ),
    (
        "There is a huge distinction between a loan and a gift.",
        "huge distinction",
        "significant difference",
    ),
    (
        "The critical distinction is between intent and accident.",
        "critical distinction",
        "significant difference",
    ),
    (
        "Secondary and exploratory outcomes are listed in the protocol.",
        "exploratory outcomes",
        "experimental results",
    ),
    (
        "The lab published reproduction results for the dairy herd.",
        "reproduction results",
        "simulation results",
    ),
    (
        "He made a slow, deliberate survey of the crowded room.",
        "deliberate survey",
        "systematic review",
    ),
    ("Smoking is a risk factor for lung malignancy.", "lung malignancy", "lung cancer"),
    ("PSA testing can miss a prostate malignancy.", "prostate malignancy", "prostate cancer"),
    (
        "Colonoscopy detects colorectal malignancy early.",
        "colorectal malignancy",
        "colorectal cancer",
    ),
    ("Cirrhosis raises the risk of liver malignancy.", "liver malignancy", "liver cancer"),
    ("Transplant patients have a high rate of skin malignancy.", "skin malignancy", "skin cancer"),
    (
        "The lab uses a rodent relapse model of cocaine craving.",
        "relapse model",
        "regression model",
    ),
]

# The top of the header's "legitimate but typical of spinners" band.
