"""Input problems reported as findings: one bad record fails the gate without ending the run."""

from __future__ import annotations

from corpusgate.checks.base import Check, DocContext, register
from corpusgate.documents import EMPTY_OUTPUT, CheckOutput, Document


@register
class MalformedRecord(Check):
    name = "input.malformed"
    family = "input"
    summary = "A record the reader could not turn into a document."
    what = (
        "Records that cannot be read as a document: a line of a JSON Lines file that is not "
        "valid JSON or not an object, a record whose text field is missing or not a string, a "
        "CSV row with the wrong number of fields. The finding names the file and line."
    )
    why = (
        "A corpus update that silently drops records is worse than one that fails loudly: the "
        "record is lost from training or publication and nobody knows. Reporting it as a finding "
        "keeps the run going, so every other problem is reported too, while the gate still fails."
    )
    example = '{"id": "a1", "text": "An article"   <- unterminated JSON object on line 7'
    fix = (
        "Repair or remove the record at the named line. Use `--text-field`/`--id-field` (or the "
        "suite's `data:` section) if the text lives under another key. `--strict-input` turns "
        "any malformed record into an immediate usage error (exit 2) instead."
    )

    def run(self, doc: Document, ctx: DocContext) -> CheckOutput:
        # The readers, not this check, detect malformed records: the engine turns each
        # MalformedRecord into a finding of this check. A well-formed document has nothing here.
        return EMPTY_OUTPUT
