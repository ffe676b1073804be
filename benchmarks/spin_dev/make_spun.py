"""Build the spin development corpus: clean documents and spun versions of them.

Writes, next to this file:
  dev.jsonl         {"id", "label": "clean"|"spun", "split": "dev"|"heldout", "family",
                     "register", "title", "text"}
  annotations.tsv   doc_id <TAB> spun phrase <TAB> original  (one line per substitution)

The spinner below imitates five families of article spinners with substitution tables written
for this corpus from what is known about them; it is not the lexicon, and it deliberately
includes outputs that corpusgate's lexicon and thesaurus do not list:

  phrase      WordAI/autoblog phrase spinner: one fixed synonym per word or phrase
  light       the same spinner at a low rate (a quarter of the possible substitutions)
  wordnet     word-by-word WordNet spinner: first synonym whatever the sense
  names       name and number mangling on top of a light phrase spin; quotes left alone
  paraphraser Spinbot-style paraphraser
  novel       a fluent synonym spinner whose outputs are absent from the lexicon: measures
              what the statistical detector and the score catch without a list

Every clean document gets two spun versions (families rotate), seeded, so the corpus is
reproducible. Documents whose index is 2 mod 3 are held out: thresholds are calibrated on the
``dev`` split only.

    /work/venv/bin/python benchmarks/spin_dev/make_spun.py
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from clean_docs import DOCS  # noqa: E402

Table = dict[str, tuple[str, ...]]


def _t(spec: str) -> Table:
    """Parse "original = spun | spun2" lines."""
    table: Table = {}
    for line in spec.strip().splitlines():
        original, _, outs = line.partition("=")
        table[original.strip()] = tuple(o.strip() for o in outs.split("|"))
    return table


PHRASE = _t("""
last year = final 12 months
this year = this 12 months
next year = subsequent 12 months
a year ago = a 12 months in the past
last week = final week
next week = subsequent week
last month = final month
according to = in response to | in accordance with
said = stated | mentioned
told = advised | instructed | informed
officials = officers
government = authorities
meeting = assembly | gathering
meetings = conferences
military = army
war = battle | struggle
support = help
help = assist
economic = financial
economy = financial system | economic system
critical = essential | vital
important = necessary | vital
because = as a result of
however = nevertheless
while = whereas
also = additionally
including = together with
more than = greater than
thousands = 1000's | hundreds
millions = thousands and thousands
hundreds = lots of | a whole bunch
dollars = {dollars}
percent = p.c. | %
people = individuals | folks
company = firm
companies = firms | corporations
children = kids | youngsters
women = girls
men = males
health = well being
doctors = medical doctors
patients = sufferers
cancer = most cancers
heart = coronary heart
study = examine
data = knowledge
technology = expertise
online = on-line
investors = buyers | traders
prices = costs
price = value | worth
costs = prices
rate = charge | fee
rates = charges
growth = progress | development
business = enterprise
industry = trade
workers = employees | staff
employees = staff | workers
money = cash
agreement = settlement
policy = coverage
policies = insurance policies
issue = problem | situation
problem = drawback | downside
film = movie
game = recreation | sport
team = workforce | crew | group
fans = followers
city = metropolis
country = nation
countries = international locations | nations
community = neighborhood | group
home = residence | dwelling
homes = houses | properties
house = home
car = automotive
cars = vehicles | automobiles
school = faculty | college
students = college students
teacher = instructor
family = household
families = households
parents = dad and mom | mother and father
friends = associates | buddies
need = want
want = need
start = begin
started = began
end = finish
stop = cease
continue = proceed
keep = preserve | maintain
find = discover
found = discovered
think = suppose
believe = consider | imagine
seem = appear
became = grew to become | turned
came = got here
leave = depart | go away
brought = introduced
called = referred to as | known as
asked = requested
noted = famous
explained = defined
announced = introduced
expected = anticipated
likely = doubtless | seemingly
possible = potential | doable
enough = sufficient
almost = virtually | nearly
quickly = rapidly | shortly
recently = not too long ago | lately
recent = current | latest
currently = presently | at present
often = usually | typically
whether = whether or not
several = a number of
various = numerous
huge = large | enormous
big = huge | giant | large
large = giant | massive
significant = vital | important
serious = severe | critical
difficult = tough | troublesome
easy = straightforward | simple
real = actual
same = identical | similar
similar = comparable | related
different = completely different | totally different
other = different
another = one other
each other = one another
local = native
Chinese = Chinese language
Americans = People
eastern = jap
middle = center
death = loss of life | demise | dying
dead = useless | lifeless
victim = sufferer
prison = jail
shooting = taking pictures | capturing
murder = homicide
evidence = proof
crisis = disaster
risk = danger | threat
damage = harm | injury
impact = affect | influence
influence = affect
effect = impact
result = consequence | end result
results = outcomes
reason = motive | cause
changes = adjustments | modifications
increase = improve | enhance
improve = enhance
reduce = scale back | cut back
build = construct
built = constructed
development = improvement | growth
products = merchandise
services = providers | companies
customers = prospects | clients
sales = gross sales
sell = promote
sold = bought | offered
buy = purchase
provide = present | supply
offer = supply
received = obtained | acquired
allow = enable | permit
include = embody | embrace
decision = choice | resolution
published = revealed | printed
released = launched
trip = journey
visit = go to
plane = aircraft | airplane
weather = climate
climate = local weather
environment = setting | atmosphere
energy = power | vitality
fire = hearth | fireplace
food = meals
main = primary | fundamental | important
first = first | primary
top = high | prime
high = excessive
hard = arduous | laborious | onerous
strong = robust | sturdy
foreign = international | overseas
international = worldwide
national = nationwide
security = safety
court = courtroom | court docket
judge = choose
lawyers = attorneys | legal professionals
charges = costs | expenses
guilty = responsible
criminal = felony | prison
legal = authorized
statement = assertion | press release
phone = cellphone | telephone
moment = second
pressure = strain | stress
rare = uncommon
role = position | function | job
former = former | previous
major = main
long = lengthy | prolonged
through = by means of | by way of
history = historical past
summer = summer season
night = evening | night time
back = again
so far = up to now | to date | thus far
in the past = up to now | previously
ago = in the past
at the same time = on the identical time
in order to = so as to | as a way to | with a purpose to
such as = comparable to | akin to | equivalent to
a lot of = quite a lot of | plenty of
many of = lots of
immediately = instantly
comment = remark
available = obtainable | accessible
experts = consultants | specialists
leader = chief
conference = convention
news conference = information convention
interest = curiosity
stock = inventory
trading = buying and selling
storm = storm
travel = journey
budget = price range | finances
way = method | means | approach
higher = greater | larger
projects = tasks | initiatives
includes = consists of | contains
wealthy = rich | rich
individuals = people | folks
voted against = voted towards
against = in opposition to | towards
fair = truthful | honest
younger = youthful
bill = invoice
rarely = not often | hardly ever | seldom
groups = teams
legislation = laws
investment = funding
affordable = inexpensive | reasonably priced
defense = protection
kept = stored | saved
unchanged = unchanged
falling = falling
faster = sooner | quicker
signal = sign
cut = lower | minimize | reduce
level = stage | degree
since = since
launched = launched
progress = progress
expect = anticipate | count on
forecast = forecast
bets = bets
watched = watched
closely = carefully | intently
struck = struck
coast = coast
early = early
shaking = shaking
buildings = buildings
causing = inflicting
immediate = speedy | instant
reports = stories | experiences
damage = harm
warning = warning
depth = depth
about = about | roughly
briefly = briefly
halted = halted
checks = checks
operator = operator
plant = plant
found = discovered
sits = sits
quake = quake
killed = killed
caused = brought on | prompted
discuss = focus on | talk about | debate
reviving = reviving
deal = deal
allowed = allowed
shipments = shipments
hosted = hosted
lasted = lasted
agreed = agreed
talking = speaking
gave = gave
timeline = timeline
brokered = brokered
export = export
nearly = practically | almost
pulled out = pulled out
rose = rose
spoke = spoke
condition = situation
authorized = approved
publicly = publicly
expectations = expectations
low = low
fast-moving = fast-moving
forced = compelled
flee = flee
strong = robust | sturdy
winds = winds
pushed = pushed
flames = flames
toward = towards
several = a number of
small = small
towns = cities
burned = burned
contained = contained
battling = battling
blaze = blaze
supported = supported
closed = closed
stretch = stretch
opened = opened
deaths = deaths
reported = reported
suffered = suffered
minor = minor
injuries = accidents
cause = trigger
investigation = investigation
warned = warned
hot = scorching | sizzling
dry = dry
conditions = situations
delayed = delayed
verify = confirm
urged = urged
calm = calm
declare = declare
victory = victory
claimed = claimed
ahead = forward
observers = observers
largely = largely
peaceful = peaceable
turnout = turnout
lower = decrease
deployed = deployed
capital = capital
shops = outlets | retailers
stayed = stayed
within = inside
producers = producers
signaled = signaled
extend = lengthen
output = output
cuts = cuts
gained = gained
supply = provide
demand = demand
supporting = supporting
market = market
deficit = deficit
watch = watch
weekly = weekly
signs = indicators
passed = handed
spending = spending
taxes = taxes
wealthy = rich
younger generations = youthful generations
unions = unions
welcomed = welcomed
funds = funds
powerful = highly effective
gusts = gusts
swept = swept
cutting = slicing | chopping
power = energy
cancel = cancel
issued = issued
parts = elements | components
travel = journey
died = died
tree = tree
fell = fell
crews = crews
restore = restore
supplies = provides
households = households
named = named
season = season
defended = defended
town hall = city corridor
telling = telling
afford = afford
wait = wait
sleeping = sleeping
accept = settle for
critics = critics
character = character
neighborhoods = neighborhoods
quiet = quiet
lived = lived
public hearings = public hearings
chance = probability | likelihood
fix = repair
loss = loss
halftime = halftime
patient = affected person
lazy = lazy
blunt = blunt
plays = performs
fight = struggle | combat
place = place
safe = protected | secure
topic = matter | subject
conversation = dialog
worry = fear
rain = rain
capacity = capability
lowest = lowest
record = file | report
pay = pay
debts = money owed
hope = hope
planting = planting
emergency = emergency
payments = funds
arrived = arrived
waiting = ready
images = photos | pictures
simulated = simulated
mountain = mountain
survey = survey
decade = decade
release = launch
adjustments = changes
operations = operations
walked off = walked off
loading = loading
ships = ships
raise = increase | elevate
limits = limits
automation = automation
spokeswoman = spokeswoman
urged = urged
diverting = diverting
vessels = vessels
hosted = hosted
leaders = leaders
joined = joined
joint = joint
patrols = patrols
investment = funding
railways = railways
containing = containing
attended = attended
lunch = lunch
reduced = decreased | lowered
assets = property | belongings
seizing = seizing
judgment = judgment
won = gained | received
underwrite = underwrite
large = giant | massive
ruling = ruling
victory = victory
platform = platform
trade = commerce
routes = routes
bypass = bypass
arguing = arguing
partners = companions
alliance = alliance
guidance = steerage
vaccines = vaccines
advisers = advisers
available = accessible | obtainable
pharmacies = pharmacies
funding = funding
rules = guidelines
sidelines = sidelines
outside = exterior | outdoors
blocked = blocked
protesting = protesting
cheap = low cost | low-cost
imports = imports
briefed = briefed
revenue = income
net income = web earnings
analysts = analysts
raised = raised
buy back = purchase again
shares = shares
grew = grew
flat = flat
materials = supplies
margin = margin
spent = spent
population = inhabitants
residents = residents
fell = fell
median = median
income = earnings
born abroad = born overseas
concern = concern
rent = lease | hire
moved = moved
suburbs = suburbs
runners = runners
finished = completed
winner = winner
crossed = crossed
line = line
treated = handled
handed out = handed out
raised = raised
charity = charity
""")

WORDNET = _t("""
in = successful
as = arsenic
at = astatine
on = connected
will = volition
may = whitethorn
can = tin
be = beryllium
have = person
he = helium
or = oregon
new = caller
first = archetypal
year = twelvemonth
so = truthful
about = astir
many = galore
some = immoderate
just = conscionable
high = precocious
long = agelong
different = antithetic
same = aforesaid
real = existent
early = aboriginal
top = apical
key = cardinal
stock = banal
interest = involvement
growth = maturation
next = adjacent
know = cognize
want = privation
give = springiness
back = backmost
time = clip
people = radical
economic = economical
company = institution
market = marketplace
over = implicit
under = nether
still = inactive
while = portion
like = similar
think = deliberation
show = amusement
take = return
place = spot
record = grounds
much = overmuch
good = bully
best = champion
better = amended
full = afloat
end = extremity
point = constituent
rate = complaint
bank = slope
central = cardinal
low = debased
last = past
change = alteration
climate = clime
learn = larn
happen = hap
drop = driblet
turn = crook
cut = chopped
sell = merchantability
buy = bargain
lead = pb
add = adhd
""")

NAMES = _t("""
White House = White Home
House of Representatives = Home of Representatives
House of Commons = Home of Commons
House = Home
Foreign Ministry = International Ministry | Overseas Ministry
Foreign Relations = International Relations
State Department = State Division
Department = Division
News = Information
New York Times = New York Instances | New York Occasions
Times = Instances
Post = Submit | Put up
Street = Road
Main Street = Principal Road
Attorney General = Lawyer Common | Legal professional Common
General = Common
Organization = Group
International = Worldwide
National = Nationwide
Security = Safety
Health = Well being
Human Services = Human Providers
Center = Heart | Middle
Centers for Disease Control and Prevention = Facilities for Illness Management and Prevention
Food and Drug Administration = Meals and Drug Administration
Institute of Technology = Institute of Expertise
Associated Press = Related Press
Middle East = Center East
Monetary = Financial
Central Bank = Central Financial institution
World Bank = World Financial institution
Bank = Financial institution
Commission = Fee
Supreme Court = Supreme Courtroom
Court = Courtroom
Party = Social gathering | Get together
Office = Workplace
Chinese = Chinese language
Americans = People
Data Protection = Knowledge Safety
Appellate Division = Appellate Division
Oval Office = Oval Workplace
Meteorological Agency = Meteorological Company
Energy = Power
Fire Protection = Hearth Safety
Forestry = Forestry
thousands = 1000's
dollars = {dollars}
""")

PARAPHRASER = _t("""
if = on the off chance that | in the event that
when = at the point when
while = keeping in mind that
because = in light of the fact that
however = notwithstanding | in any case
important = significant | imperative
the worst = the most exceedingly awful
the best = the most ideal
highest = most noteworthy
lowest = most reduced
oldest = most seasoned
strongest = most grounded
last year = keep going year
last week = keep going week
for the first time = without precedent for
the first time = the first run through
recently = as of late
in fact = truth be told | in reality
according to = as per
including = counting
students = understudies
leader = pioneer
leaders = pioneers
opposition = resistance
partner = accomplice
social media = web-based media
technology = innovation
software = programming
research = exploration
study = examination
process = cycle
system = framework
company = organization
companies = organizations
children = youngsters
women = ladies
improve = further develop
less than = not exactly
at least = in any event
look at = take a gander at
make sure = make a point to
so that = with the goal that
the fact that = the way that
global warming = an Earth-wide temperature boost
climate change = environmental change
public health = general wellbeing
health care = medical services
hospital = medical clinic
doctor = specialist
doctors = specialists
expert = master
experts = specialists
services = administrations
products = items
customers = clients
employees = representatives
workers = laborers
officials = authorities
soldiers = fighters
increase = increment
success = achievement
problem = issue
idea = thought
slow = moderate
difficult = troublesome
possible = conceivable
similar = comparative
usually = as a rule
often = regularly
sometimes = now and again
always = consistently
currently = as of now
very = exceptionally
many = numerous
a lot of = a ton of
lots of = heaps of
huge = gigantic
main = principle
major = significant
especially = particularly
specifically = explicitly
therefore = in this manner
finally = at long last
meanwhile = in the interim
reported = detailed
announced = declared
believe = accept
hope = trust
enjoy = appreciate
include = incorporate
includes = incorporates
use = utilize
died = passed on
deaths = passings
killed = slaughtered
""")

NOVEL = _t("""
announced = unveiled
plan = scheme
residents = inhabitants
said = remarked
officials = functionaries
government = administration
meetings = sessions
criticized = lambasted
rose = climbed
fell = slid
important = pivotal
big = sizable
help = aid
support = backing
expected = projected
people = persons
company = enterprise
companies = enterprises
workers = labourers
buildings = structures
road = roadway
started = commenced
began = commenced
ended = concluded
showed = demonstrated
use = utilise
used = utilised
need = require
tried = endeavoured
about = approximately
more than = upwards of
also = furthermore
first = initial
new = novel
old = aged
small = diminutive
large = substantial
quickly = swiftly
homes = residences
job = occupation
jobs = occupations
money = funds
team = squad
game = contest
won = triumphed
fans = supporters
players = athletes
doctors = medics
hospital = infirmary
researchers = investigators
found = ascertained
problem = predicament
question = query
teacher = educator
teachers = educators
trip = excursion
world = globe
storm = tempest
village = hamlet
street = thoroughfare
killed = slain
died = perished
deaths = fatalities
injured = wounded
""")

FAMILIES: dict[str, tuple[Table, float, bool]] = {
    # name: (table, rate, leave quotes alone)
    "phrase": (PHRASE, 0.75, False),
    "light": (PHRASE, 0.25, False),
    "wordnet": (WORDNET, 0.45, False),
    "names": ({**{k: v for k, v in PHRASE.items() if k.islower()}, **NAMES}, 0.4, True),
    "paraphraser": (PARAPHRASER, 0.75, False),
    "novel": (NOVEL, 0.75, False),
}
NAME_RATE = 0.9  # name entries of the "names" family are nearly always mangled
ROTATION = ["phrase", "wordnet", "names", "paraphraser", "light", "novel"]
_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spin(text: str, family: str, rng: random.Random) -> tuple[str, list[tuple[str, str]]]:
    table, rate, skip_quotes = FAMILIES[family]
    keys = sorted(table, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w'’-])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w’-]|'\w)",
        re.IGNORECASE,
    )
    out: list[str] = []
    notes: list[tuple[str, str]] = []
    pos = 0
    for match in pattern.finditer(text):
        found = match.group(1)
        key = found if found in table else found.lower()
        if key not in table or (key[:1].isupper() and found != key):
            continue
        if skip_quotes and text.count('"', 0, match.start()) % 2 == 1:
            continue
        is_name = key[:1].isupper()
        if rng.random() > (NAME_RATE if is_name and family == "names" else rate):
            continue
        choice = rng.choice(table[key])
        if choice == found:
            continue
        if not is_name and found[:1].isupper():
            choice = choice[:1].upper() + choice[1:]
        out.append(text[pos : match.start()])
        out.append(choice)
        notes.append((choice, found))
        pos = match.end()
    out.append(text[pos:])
    result = "".join(out)
    if family == "names":

        def mangle(m: re.Match[str]) -> str:
            if rng.random() > 0.8:
                return m.group(0)
            spun = f"{_DIGITS[int(m.group(1))]},{m.group(2)}"
            notes.append((spun, m.group(0)))
            return spun

        result = re.sub(r"(?<![\d,.$])([1-9]),(\d{3})(?![\d,])", mangle, result)
    return result, notes


def _add(rows, annotations, rng, doc_id, split, register, title, text, families, length):
    rows.append(
        {
            "id": doc_id,
            "label": "clean",
            "split": split,
            "family": "",
            "register": register,
            "length": length,
            "title": title,
            "text": text,
        }
    )
    for family in families:
        spun_text, notes = spin(text, family, rng)
        spun_id = f"{doc_id}~{family}"
        rows.append(
            {
                "id": spun_id,
                "label": "spun",
                "split": split,
                "family": family,
                "register": register,
                "length": length,
                "title": title,
                "text": spun_text,
            }
        )
        annotations.extend((spun_id, s, o) for s, o in notes)


def main() -> int:
    rng = random.Random(20240229)
    rows: list[dict[str, str]] = []
    annotations: list[tuple[str, str, str]] = []
    by_split: dict[str, list[tuple[str, str, str, str]]] = {"dev": [], "heldout": []}
    for index, (doc_id, register, title, text) in enumerate(DOCS):
        split = "heldout" if index % 3 == 2 else "dev"
        by_split[split].append((doc_id, register, title, text))
        families = [ROTATION[(index + offset) % len(ROTATION)] for offset in (0, 3)]
        _add(rows, annotations, rng, doc_id, split, register, title, text, families, "short")
    # Article-length documents (news articles run to 400-800 words; the notes above are short):
    # three consecutive notes of the same split joined, spun by three families in turn.
    for split, docs in by_split.items():
        for n, start in enumerate(range(0, len(docs) - 2, 3)):
            parts = docs[start : start + 3]
            doc_id = f"article-{split}-{n:02d}"
            text = "\n\n".join(p[3] for p in parts)
            families = [ROTATION[(n + offset) % len(ROTATION)] for offset in (0, 2, 4)]
            _add(
                rows,
                annotations,
                rng,
                doc_id,
                split,
                parts[0][1],
                parts[0][2],
                text,
                families,
                "article",
            )
    with (HERE / "dev.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    with (HERE / "annotations.tsv").open("w", encoding="utf-8") as handle:
        handle.write("doc_id\tspun_phrase\toriginal_phrase\n")
        for doc_id, spun_phrase, original in annotations:
            handle.write(f"{doc_id}\t{spun_phrase}\t{original}\n")
    spun = sum(r["label"] == "spun" for r in rows)
    print(f"{len(rows)} documents ({spun} spun), {len(annotations)} annotated substitutions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
