"""Generate the lexicon section of institution names and titles with a word swapped.

    python benchmarks/build_name_entries.py          # rewrites the section in lexicon.tsv
    python benchmarks/build_name_entries.py --print  # prints it instead

Phrase spinners driven by a crowd-sourced thesaurus (SpinnerChief, the free "article
rewriters") do not know which capitalised words form a name, so they swap words inside names
as anywhere else: "Orissa Excessive Court", "Handling Overseer", "Nashik City Company", "Brand
new Jersey". The names are open-ended but their *parts* are not: a few hundred institution and
title patterns ("High Court", "Managing Director", "Municipal Corporation") recur in news of
every country, and the thesaurus renders each of their words in a few predictable ways. This
script crosses the two lists, written for corpusgate from what is known about such spinners,
into case-sensitive lexicon entries (kind ``name``: matched only with their capitals, never
in ALL-CAPS, and never as the first words of a sentence, where capitals say nothing).

A variant is left out when it is itself a real name or a plain title ("Superior Court",
"Town Council", "City Corporation", "Regional Government"): ``REAL_NAMES``. Variants whose key
is already in the lexicon are not generated twice.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

from corpusgate.checks.spin.lexicon import parse_lexicon, phrase_key

LEXICON = (
    Path(__file__).resolve().parent.parent / "src" / "corpusgate" / "data" / "spin" / "lexicon.tsv"
)
HEADING = (
    "# ---- institution names and titles with a word swapped by a crowd thesaurus, generated "
    "by benchmarks/build_name_entries.py (ninth pass) ----"
)
WEIGHT = "0.8"

# A company's legal form after its name ("Infosys Limited" printed "Infosys Restricted").
SUFFIXES = {"Limited": ["Restricted", "Constrained"]}

# Institution and title patterns of news in English, as they appear inside longer names.
PATTERNS = """
High Court; Supreme Court; District Court; Sessions Court; Court of Appeal; Appeals Court
City Council; County Council; District Council; Security Council; General Assembly
National Assembly; Municipal Corporation; Municipal Council; Prime Minister; Chief Minister
Foreign Minister; Finance Minister; Home Minister; Health Minister; Foreign Secretary
Home Secretary; Home Office; Foreign Office; Managing Director; Executive Director
Chief Executive; Chief Executive Officer; Chief Operating Officer; Chief Financial Officer
Chief Technology Officer; Executive Officer; Operating Officer; Financial Officer
Vice President; Vice Chancellor; Attorney General; Solicitor General; Director General
Secretary General; Chief Justice; Police Commissioner; Police Station; Fire Service
Fire Department; Health Service; Health Department; Central Bank; Reserve Bank; World Bank
Stock Exchange; Public Works; Public Health; Public Prosecutor; Interior Ministry
Foreign Ministry; Defence Ministry; Health Ministry; Finance Ministry; European Union
United Nations; United States; United Kingdom; New York; New Jersey; New Delhi; New Zealand
New South Wales; New England; Red Cross; Electoral Commission; Election Commission
Planning Commission; Human Rights; National Guard; State Department; Justice Department
Select Committee; Standing Committee; Board of Directors; Board of Education
Chamber of Commerce; Member of Parliament; Speaker of the House; Private Limited
Company Limited; Football Club; Cricket Club; Premier League; Champions League; World Cup
Grand Prix; High School; Primary School; Secondary School; Medical College; State University
Research Institute; General Hospital; Teaching Hospital; Medical Centre; Medical Center
Police Department; Coast Guard; Air Force; Armed Forces; Fire Brigade; Water Board
Electricity Board; Transport Authority; Port Authority; Housing Authority
Development Authority; Revenue Service; Weather Service; Space Agency; Environment Agency
Federal Reserve; Federal Government; State Government; Central Government; Welsh Government
Scottish Government; Local Government; Town Hall; City Hall; Civil Service; Chief Constable
Chief Inspector; Inspector General; Auditor General; Superintendent of Police
Great Western; Great British; First Minister; Trading Standards; Crown Court
"""

# How a crowd thesaurus renders each word of the patterns (title case, as printed in a name).
RENDERINGS = {
    "High": ["Excessive", "Substantial", "Large", "Huge"],
    "Supreme": ["Ultimate", "Preeminent", "Greatest"],
    "Court": ["Courtroom"],
    "District": ["Area", "Region", "Neighborhood", "Section"],
    "Sessions": ["Periods", "Classes", "Meetings"],
    "Appeal": ["Charm", "Attractiveness", "Attraction"],
    "Appeals": ["Is attractive", "Charms"],
    "City": ["Metropolis", "Urban"],
    "County": ["Region", "State"],
    "Council": ["Local authority", "Authorities"],
    "Security": ["Protection", "Stability", "Safety measures"],
    "General": ["Common", "Normal", "Basic", "Standard", "Typical"],
    "Assembly": ["Set up", "Meeting", "Gathering", "Construction"],
    "National": ["Nationwide", "Countrywide"],
    "Municipal": ["Civic", "Community"],
    "Corporation": ["Company", "Firm", "Business", "Enterprise"],
    "Prime": ["Key", "Perfect", "Excellent", "Finest"],
    "Chief": ["Key", "Main", "Primary", "Principal", "Fundamental"],
    "Minister": ["Clergyman", "Priest", "Pastor", "Cleric"],
    "Foreign": ["Overseas", "Worldwide", "Alien", "Unknown"],
    "Finance": ["Fund", "Money", "Financing"],
    "Home": ["Residence", "Property", "Household", "Dwelling"],
    "Health": ["Wellness", "Wellbeing", "Overall health"],
    "Secretary": ["Assistant", "Admin", "Receptionist"],
    "Office": ["Workplace", "Business office", "Place of work"],
    "Managing": ["Handling", "Controlling", "Taking care of", "Dealing with"],
    "Director": ["Overseer", "Supervisor", "Movie director"],
    "Executive": ["Professional", "Govt", "Management"],
    "Officer": ["Official", "Policeman", "Police officer"],
    "Operating": ["Functioning", "Working", "Doing work"],
    "Financial": ["Monetary", "Fiscal"],
    "Technology": ["Know-how", "Technological innovation"],
    "Vice": ["Bad habit"],
    "President": ["Leader", "Chief executive"],
    "Chancellor": ["Leader"],
    "Attorney": ["Lawyer", "Legal professional"],
    "Solicitor": ["Lawyer", "Legal professional"],
    "Justice": ["Rights", "Proper rights"],
    "Police": ["Law enforcement", "Cops"],
    "Commissioner": ["Representative"],
    "Station": ["Place", "Terminal"],
    "Fire": ["Hearth", "Open fire", "Flame", "Blaze"],
    "Service": ["Support", "Assistance"],
    "Department": ["Section", "Unit", "Dept"],
    "Bank": ["Financial institution", "Lender", "Loan company"],
    "Reserve": ["Book", "Save", "Stockpile"],
    "Central": ["Primary", "Key", "Core", "Middle"],
    "World": ["Globe", "Planet", "Entire world"],
    "Stock": ["Inventory"],
    "Exchange": ["Trade", "Swap"],
    "Public": ["General public", "Open public", "Consumer"],
    "Works": ["Functions", "Operates", "Performs"],
    "Prosecutor": ["Prosecution"],
    "Interior": ["Inside", "Indoor"],
    "Defence": ["Protection"],
    "European": ["Western european", "Euro"],
    "Union": ["Unification", "Marriage", "Partnership"],
    "United": ["Unified", "Combined", "Joined"],
    "Nations": ["Nationalities"],
    "States": ["Says", "Claims", "Declares"],
    "Kingdom": ["Empire", "Realm"],
    "New": ["Brand new", "Fresh", "Novel", "Innovative"],
    "Red": ["Crimson", "Reddish"],
    "Cross": ["Mix", "Combination"],
    "Electoral": ["Selection"],
    "Election": ["Selection", "Political election"],
    "Commission": ["Fee", "Payment", "Percentage"],
    "Planning": ["Preparing", "Arranging"],
    "Human": ["Individual"],
    "Rights": ["Privileges", "Legal rights"],
    "Guard": ["Shield", "Safeguard"],
    "State": ["Condition", "Express", "Point out"],
    "Select": ["Choose", "Pick"],
    "Standing": ["Position", "Ranking"],
    "Committee": ["Panel"],
    "Board": ["Panel", "Plank"],
    "Directors": ["Company directors", "Overseers"],
    "Education": ["Schooling", "Training"],
    "Chamber": ["Holding chamber", "Step"],
    "Commerce": ["Business"],
    "Member": ["Associate", "Fellow member"],
    "Speaker": ["Presenter", "Loudspeaker"],
    "Private": ["Personal", "Exclusive", "Non-public", "Confidential"],
    "Limited": ["Restricted", "Minimal", "Constrained", "Confined"],
    "Company": ["Firm", "Enterprise"],
    "Club": ["Membership", "Golf club"],
    "Premier": ["Leading", "Top"],
    "League": ["Little league", "Group"],
    "Champions": ["Winners", "Champs"],
    "Cup": ["Mug", "Goblet"],
    "Grand": ["Fantastic", "Magnificent"],
    "School": ["Faculty", "Educational institutions"],
    "Primary": ["Major", "Principal"],
    "Secondary": ["Supplementary", "Extra"],
    "Medical": ["Healthcare", "Health care", "Professional medical"],
    "College": ["Higher education"],
    "University": ["Higher education"],
    "Research": ["Analysis", "Investigation"],
    "Institute": ["Start", "Commence"],
    "Hospital": ["Healthcare facility", "Clinic"],
    "Centre": ["Middle", "Heart", "Hub"],
    "Center": ["Middle", "Heart", "Hub"],
    "Coast": ["Shoreline", "Seacoast"],
    "Air": ["Atmosphere", "Oxygen"],
    "Force": ["Drive", "Pressure", "Power"],
    "Armed": ["Equipped"],
    "Forces": ["Causes", "Pushes"],
    "Water": ["Drinking water", "Normal water", "H2o"],
    "Electricity": ["Energy", "Power"],
    "Transport": ["Carry", "Move"],
    "Authority": ["Expert", "Specialist", "Power"],
    "Port": ["Slot", "Interface"],
    "Housing": ["Real estate", "Casing"],
    "Development": ["Advancement", "Growth", "Improvement"],
    "Revenue": ["Income", "Earnings"],
    "Weather": ["Climate", "Temperature"],
    "Space": ["Room", "Area"],
    "Agency": ["Firm", "Organization"],
    "Environment": ["Atmosphere", "Surroundings"],
    "Government": ["Authorities", "Govt", "Federal government"],
    "Local": ["Nearby", "Neighborhood"],
    "Town": ["City"],
    "Hall": ["Corridor", "Lobby", "Hallway"],
    "Civil": ["Courteous", "Polite"],
    "Constable": ["Policeman"],
    "Inspector": ["Examiner", "Checker"],
    "Auditor": ["Accountant", "Examiner"],
    "Superintendent": ["Supervisor", "Overseer"],
    "Great": ["Excellent", "Fantastic", "Wonderful", "Terrific"],
    "British": ["Uk"],
    "Western": ["Traditional western"],
    "First": ["Initial", "Very first", "1st"],
    "Trading": ["Investing", "Buying and selling"],
    "Standards": ["Specifications", "Requirements"],
    "Crown": ["Top", "Overhead"],
    "Jersey": ["Jacket", "Sweater"],
    "Wales": ["Whales"],
    "South": ["Southern"],
    "Scottish": ["Scotch"],
}

# Variants that are real names or plain English titles: never generated.
REAL_NAMES = """
Superior Court; General Meeting; Town Council; City Corporation; Regional Government; Main Street; Key West
Major League; Top League; Leading Group; Primary Care; Principal Secretary; Principal Officer
Chief Officer; Key Minister; Main Hall; Urban Council; Urban Development; Civic Centre
Civic Center; Community Council; Community Health; Community Development; General Public
Open Public; Health Care; Healthcare Center; Healthcare Centre; Research Center; State Council
State Court; State Police; State Bank; State Board; National Council; Countrywide Council
Power Authority; Energy Board; Power Board; Regional Council; Area Council; Area Court
Section Court; Neighborhood Council; Local Council; Local Authority; Global Bank
Government Reserve; Professional Director; Management Director; Fiscal Officer; Support Service; Polite Service; Climate Service
Income Service; Education Board; Growth Authority; Fire Station; Top Court
Major School; Principal School; Teaching Clinic; General Clinic
Trade Exchange; Individual Rights; Legal Rights; Privileges Committee
Position Committee; Select Panel; Standing Panel; Air Power; Football Group; Private Company
Personal Limited; Exclusive Limited; Panel of Directors; Chamber of Business; Court of Appeals
Supreme Leader; Middle School; Core School; Main School
Main Bank; Key Bank; Core Bank; Primary Bank; Middle Bank; Main Office; Key Office
Main Government; Key Government; Primary Government; Core Government; State Express
"""


def names(listing: str) -> list[str]:
    """The names of a list written as above: separated by semicolons and line breaks."""
    return [name.strip() for name in listing.replace("\n", ";").split(";") if name.strip()]


def patterns() -> list[str]:
    return names(PATTERNS)


def variants(pattern: str) -> list[str]:
    """Every rendering of ``pattern`` with one of its words swapped, and, for a two-word
    pattern, with both swapped (crowd thesauri swap every word they know)."""
    words = pattern.split(" ")
    options = [[w, *RENDERINGS.get(w, [])] for w in words]
    out: list[str] = []
    for choice in itertools.product(*options):
        swapped = sum(a != b for a, b in zip(choice, words, strict=True))
        if swapped == 1 or (swapped == 2 and len(words) == 2):
            out.append(" ".join(choice))
    return out


def section(existing_keys: set[str]) -> list[str]:
    # (the patterns themselves are real names too: one pattern's variant may be another)
    real = {phrase_key(name) for name in (*names(REAL_NAMES), *patterns())}
    lines = [
        HEADING,
        "# Generated: institution and title patterns crossed with crowd-thesaurus renderings of",
        "# their words, real names left out; case-sensitive (kind name). Edit the script, not",
        "# these lines.",
    ]
    seen = set(existing_keys)
    for pattern in patterns():
        for variant in variants(pattern):
            key = phrase_key(variant)
            if key in seen or key in real:
                continue
            seen.add(key)
            lines.append(f"{variant}\t{pattern}\tname\t{WEIGHT}\tmid")
    for suffix, renderings in SUFFIXES.items():
        for variant in renderings:
            lines.append(f"{variant}\t{suffix}\tname\t{WEIGHT}\tbefore=<cap>; mid")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--print", action="store_true", help="print the section, write nothing")
    args = parser.parse_args(argv)
    text = LEXICON.read_text(encoding="utf-8")
    lines = text.splitlines()
    if HEADING in lines:  # regenerate: drop the old section (it runs to the end of the file)
        lines = lines[: lines.index(HEADING)]
    new = section({entry.key for entry in parse_lexicon("\n".join(lines)).entries})
    if args.print:
        print("\n".join(new))
        return 0
    LEXICON.write_text("\n".join([*lines, *new]) + "\n", encoding="utf-8")
    print(f"{len(new) - 4} entries written to {LEXICON}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
