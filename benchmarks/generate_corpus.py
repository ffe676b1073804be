"""Generate a reproducible synthetic news-like corpus (JSON Lines) for benchmarks.

    python benchmarks/generate_corpus.py --docs 100000 --out benchmarks/_corpora/news-100k.jsonl

Documents are 300-1,100 words of template news prose. A fixed share carries scraper artifacts
(ad-slot markers, a credit line, leftover HTML), so the checks do realistic work. The same seed
gives the same corpus byte for byte.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

PEOPLE = [
    "Maria Okafor",
    "Daniel Reyes",
    "Priya Natarajan",
    "Tomasz Nowak",
    "Helen Achterberg",
    "Kwame Mensah",
    "Lucía Ferrer",
    "Ahmed Karimi",
    "Sofia Lindqvist",
    "James O'Neill",
]
ROLES = [
    "the finance minister",
    "a city council member",
    "the company's chief executive",
    "a spokeswoman for the agency",
    "the regional governor",
    "an economist at the central bank",
    "the union's president",
    "a senior prosecutor",
]
PLACES = [
    "Lagos",
    "Valencia",
    "Gdansk",
    "Rotterdam",
    "Accra",
    "Montreal",
    "Chennai",
    "Tbilisi",
    "Porto Alegre",
    "Osaka",
]
TOPICS = [
    "the port expansion",
    "a new water treatment plant",
    "the rail strike",
    "rising food prices",
    "the housing shortage",
    "the election recount",
    "a proposed carbon tax",
    "the hospital merger",
    "flood defences",
    "the school budget",
]
VERBS = ["said", "told reporters", "wrote in a statement", "said on Tuesday", "added"]
OPENERS = [
    "Officials in {place} announced on {day} that {topic} would go ahead despite objections.",
    "{person}, {role}, said the decision on {topic} had been delayed for a third time.",
    "Residents of {place} have waited more than {n} years for progress on {topic}.",
    "The debate over {topic} intensified last week after a report found costs had doubled.",
]
SENTENCES = [
    '"We cannot keep postponing this," {person} {verb}.',
    "The plan would cost about {n} million euros over the next decade, according to the budget office.",
    "Critics argue that the process has been rushed and that smaller towns were not consulted.",
    "{person}, {role}, {verb} that negotiations would continue through the weekend.",
    "Turnout at the public hearing in {place} was the highest in years.",
    "A similar proposal failed in {year} after a court ruled that the environmental review was incomplete.",
    "Supporters say the project will create roughly {n} hundred jobs during construction.",
    "The ministry did not respond to a request for comment on Wednesday.",
    "Analysts expect inflation to ease slightly by the end of the year, though energy costs remain high.",
    "Several lawmakers have called for an independent audit before any contract is signed.",
    "In {place}, shop owners said the uncertainty had already hurt business.",
    "The committee is expected to publish its findings in {month}.",
    "Last year, the city spent {n} million on emergency repairs alone.",
    "Many families said they had heard about the changes only from local radio.",
    "The opposition accused the government of ignoring warnings from its own engineers.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["March", "June", "September", "November"]
ARTIFACTS = [
    ("prefix", "[ad_1]\n"),
    ("suffix", "\n[ad_2]\nSource link"),
    ("inline", " <strong>Read more:</strong> "),
    ("suffix", "\nShare this:\nRelated Articles"),
]


def article(rng: random.Random) -> dict[str, str]:
    def fill(template: str) -> str:
        return template.format(
            person=rng.choice(PEOPLE),
            role=rng.choice(ROLES),
            place=rng.choice(PLACES),
            topic=rng.choice(TOPICS),
            verb=rng.choice(VERBS),
            n=rng.randint(2, 90),
            year=rng.randint(1995, 2022),
            day=rng.choice(DAYS),
            month=rng.choice(MONTHS),
        )

    paragraphs = [fill(rng.choice(OPENERS))]
    words = len(paragraphs[0].split())
    target = rng.randint(300, 1100)
    while words < target:
        paragraph = " ".join(fill(rng.choice(SENTENCES)) for _ in range(rng.randint(2, 5)))
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    text = "\n".join(paragraphs)
    title = fill("{place}: decision on {topic} delayed again").capitalize()
    return {"title": title, "text": text}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=1000, help="documents to write (1k..1M)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--artifact-share", type=float, default=0.1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as stream:
        for index in range(args.docs):
            record = article(rng)
            if rng.random() < args.artifact_share:
                where, artifact = rng.choice(ARTIFACTS)
                text = record["text"]
                if where == "prefix":
                    text = artifact + text
                elif where == "suffix":
                    text = text + artifact
                else:
                    cut = text.find(". ", len(text) // 2) + 1 or len(text)
                    text = text[:cut] + artifact + text[cut:]
                record["text"] = text
            stream.write(
                json.dumps(
                    {"id": f"doc-{index:07d}", "url": f"https://news.example/{index}", **record}
                )
                + "\n"
            )
    print(f"wrote {args.docs} documents to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
