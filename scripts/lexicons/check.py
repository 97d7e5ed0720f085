#!/usr/bin/env python3
"""Format checker for whosaid's lexicon files (Lexicons/**).

Usage:  python3 scripts/lexicons/check.py [LEXICON_DIR]

Checks every known lexicon file for the rules the Swift loader enforces:
UTF-8, a leading header comment block that names format, source and
license, one TAB between fields, the same number of fields on every data
line, no empty fields where a value is required, allowed values in
enumerated columns, no leading/trailing whitespace, no empty items in
`|`-separated lists, no duplicate keys, and (for the entity files) no
surface form (canonical name or alias) listed twice in one file.
Prints `file:line: message` for each problem and exits 1 if any.
Cross-file overlaps (a string that is both an organization alias and a
place) are reported as notes only: they are expected (e.g. "Georgia").
Python 3 standard library only.
"""
import os
import sys
import unicodedata

ANY = None

# path -> spec
#   cols: list of (name, allowed-values-or-None, is_list, required)
#   key: index of the key column (duplicates rejected)
#   surface: indices of columns whose values are surface forms that must be
#            unique within the file (lists are expanded)
SPECS = {
    "entities/organizations.tsv": dict(
        cols=[("canonical", ANY, False, True), ("type", {"ORG"}, False, True),
              ("aliases", ANY, True, False)],
        key=0, surface=[0, 2]),
    "entities/places.tsv": dict(
        cols=[("canonical", ANY, False, True), ("type", {"LOC"}, False, True),
              ("aliases", ANY, True, False)],
        key=0, surface=[0, 2]),
    "entities/nationalities.tsv": dict(
        cols=[("canonical", ANY, False, True), ("type", {"MISC"}, False, True),
              ("aliases", ANY, True, False), ("country", ANY, False, True)],
        key=0, surface=[0, 2]),
    "entities/org-words.tsv": dict(
        cols=[("word", ANY, False, True),
              ("kind", {"suffix", "head", "place-head"}, False, True)],
        key=0, surface=[]),
    "entities/non-names.txt": dict(
        cols=[("word", ANY, False, True)], key=0, surface=[]),
    "people/first-names.tsv": dict(
        cols=[("name", ANY, False, True), ("gender", {"m", "f", "u"}, False, True)],
        key=0, surface=[]),
    "people/surnames.txt": dict(
        cols=[("surname", ANY, False, True)], key=0, surface=[]),
    "people/titles.tsv": dict(
        cols=[("title", ANY, False, True), ("gender", {"m", "f", "-"}, False, True),
              ("kind", {"honorific", "political", "military", "role"}, False, True)],
        key=0, surface=[]),
    "quotes/speech-verbs.tsv": dict(
        cols=[("lemma", ANY, False, True), ("forms", ANY, True, True),
              ("kind", {"speech", "cognition"}, False, True),
              ("complement", {"clause", "object"}, False, True)],
        key=0, surface=[1]),
    "quotes/cue-phrases.tsv": dict(
        cols=[("phrase", ANY, False, True),
              ("kind", {"speech", "cognition", "attribution"}, False, True),
              ("position", {"before-source", "verb"}, False, True)],
        key=0, surface=[]),
    "quotes/nominal-speakers.tsv": dict(
        cols=[("head noun", ANY, False, True),
              ("entity type", {"PERSON", "ORG", "LOC", "MISC"}, False, True),
              ("gender", {"m", "f", "-"}, False, True)],
        key=0, surface=[]),
    "quotes/pronouns.tsv": dict(
        cols=[("pronoun", ANY, False, True), ("gender", {"m", "f", "-"}, False, True),
              ("number", {"sg", "pl", "-"}, False, True),
              ("person", {"1", "2", "3"}, False, True)],
        key=0, surface=[]),
}

HEADER_WORDS = ("format", "source", "license")


def read_rows(path):
    """Yield (lineno, fields) for data lines; raise on undecodable bytes."""
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")  # UnicodeDecodeError is reported by caller
    for i, line in enumerate(text.split("\n"), 1):
        yield i, line


def check_file(root, rel, spec, errors, notes, surfaces_out):
    path = os.path.join(root, rel)
    if not os.path.exists(path):
        errors.append(f"{rel}: missing file")
        return
    try:
        lines = list(read_rows(path))
    except UnicodeDecodeError as e:
        errors.append(f"{rel}: not UTF-8 ({e})")
        return
    if lines and lines[-1][1] == "":
        lines = lines[:-1]
    else:
        errors.append(f"{rel}: last line lacks a newline")
    # header block: the leading run of comment lines
    header = []
    for _, line in lines:
        if line.startswith("#"):
            header.append(line.lower())
        else:
            break
    if not header:
        errors.append(f"{rel}:1: file must begin with a '#' header comment block")
    else:
        htxt = "\n".join(header)
        for w in HEADER_WORDS:
            if w not in htxt:
                errors.append(f"{rel}: header block does not mention '{w}'")
    ncols = len(spec["cols"])
    keys = {}
    surfaces = {}
    rows = []
    for ln, line in lines:
        if line.startswith("#") or line == "":
            continue
        where = f"{rel}:{ln}"
        if "\r" in line:
            errors.append(f"{where}: carriage return")
        # An empty optional last field leaves the line ending in its TAB
        # separator; that TAB is allowed, any other trailing blank is not.
        body = line[:-1] if (line.endswith("\t") and not spec["cols"][-1][3]) else line
        if body != body.rstrip():
            errors.append(f"{where}: trailing whitespace")
        if line != line.lstrip():
            errors.append(f"{where}: leading whitespace")
        if line.strip() == "":
            errors.append(f"{where}: whitespace-only line")
            continue
        fields = line.split("\t")
        if len(fields) != ncols:
            errors.append(f"{where}: {len(fields)} fields, expected {ncols} "
                          f"({', '.join(c[0] for c in spec['cols'])})")
            continue
        ok = True
        for idx, (name, allowed, is_list, required) in enumerate(spec["cols"]):
            v = fields[idx]
            if v != v.strip() or "  " in v:
                errors.append(f"{where}: stray spaces in {name} '{v}'")
                ok = False
            if required and v == "":
                errors.append(f"{where}: empty {name}")
                ok = False
            if allowed is not None and v not in allowed:
                errors.append(f"{where}: {name} '{v}' not one of {sorted(allowed)}")
                ok = False
            if is_list and v != "":
                items = v.split("|")
                for it in items:
                    if it == "" or it != it.strip():
                        errors.append(f"{where}: empty or padded item in {name} '{v}'")
                        ok = False
                if len(set(items)) != len(items):
                    errors.append(f"{where}: repeated item in {name} '{v}'")
                    ok = False
            elif not is_list and "|" in v:
                errors.append(f"{where}: '|' in single-valued {name} '{v}'")
                ok = False
            if unicodedata.normalize("NFC", v) != v:
                errors.append(f"{where}: {name} is not NFC-normalized")
        if not ok:
            continue
        k = fields[spec["key"]]
        if k in keys:
            errors.append(f"{where}: duplicate key '{k}' (first at line {keys[k]})")
        else:
            keys[k] = ln
        for idx in spec["surface"]:
            is_list = spec["cols"][idx][2]
            vals = fields[idx].split("|") if is_list else [fields[idx]]
            if idx == spec["key"] and not is_list:
                vals = [fields[idx]]
            for s in vals:
                if s == "":
                    continue
                if s in surfaces and surfaces[s][0] != ln:
                    errors.append(f"{where}: surface form '{s}' already listed "
                                  f"at line {surfaces[s][0]} ({surfaces[s][1]})")
                elif s not in surfaces:
                    surfaces[s] = (ln, k)
        rows.append((ln, fields))
    # file-specific checks
    if rel == "quotes/speech-verbs.tsv":
        for ln, f in rows:
            if f[0] not in f[1].split("|"):
                errors.append(f"{rel}:{ln}: forms must include the lemma '{f[0]}'")
    surfaces_out[rel] = (surfaces, rows)


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    root = argv[1] if len(argv) > 1 else os.path.join(here, "..", "..", "Lexicons")
    root = os.path.normpath(root)
    errors, notes = [], []
    surf = {}
    for rel, spec in sorted(SPECS.items()):
        check_file(root, rel, spec, errors, notes, surf)
    # nationality country column must name a place (or '-')
    if "entities/nationalities.tsv" in surf and "entities/places.tsv" in surf:
        places = surf["entities/places.tsv"][0]
        for ln, f in surf["entities/nationalities.tsv"][1]:
            if f[3] != "-" and f[3] not in places:
                errors.append(f"entities/nationalities.tsv:{ln}: country '{f[3]}' "
                              f"is not a surface form in entities/places.tsv")
    # cross-file overlaps between entity files: notes only
    ent = [r for r in ("entities/organizations.tsv", "entities/places.tsv",
                       "entities/nationalities.tsv") if r in surf]
    for i, a in enumerate(ent):
        for b in ent[i + 1:]:
            both = sorted(set(surf[a][0]) & set(surf[b][0]))
            if both:
                notes.append(f"note: {len(both)} surface forms in both {a} and {b}: "
                             + ", ".join(both[:40]) + (" ..." if len(both) > 40 else ""))
    # files present on disk but unknown to the checker
    for dirpath, _, files in os.walk(root):
        for fn in files:
            rel = os.path.relpath(os.path.join(dirpath, fn), root)
            if (fn.endswith(".tsv") or fn.endswith(".txt")) and rel not in SPECS \
                    and not rel.startswith("models"):
                notes.append(f"note: {rel} is not known to check.py (not checked)")
    for n in notes:
        print(n)
    for e in errors:
        print(e)
    counts = ", ".join(f"{r}={len(surf[r][1])}" for r in sorted(surf))
    print(f"checked {len(surf)} files ({counts})")
    if errors:
        print(f"{len(errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
