"""ICU's data, trimmed to what the packaged app uses, for studytracker.spec.

Qt's wheels link QtCore against ICU, whose data library (libicudata, 31 MB) is a third of the
packaged app. Qt uses ICU on Linux for codecs of legacy encodings, collation and a locale's case
mapping, and formats dates and numbers with its own CLDR tables, so almost all of that data is
never read: the per-locale trees (units, currencies, zone, language and region names, number
spelling, transliteration, collation, word breaking) and the locales other than the app's own. This
repackages ICU's data without them (ICU's `icupkg`, which refuses a removal that another item
needs) into a new libicudata of a few megabytes (`cc`, the data as one exported symbol).

    python tools/lean_icu.py LIBICUDATA OUT_DIR   # prints the new library's path
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

#: Item trees of ICU's data the app never reads (see the module's docstring).
UNUSED_TREES = ("brkitr", "coll", "curr", "lang", "rbnf", "region", "translit", "unit", "zone")
#: Locale data kept: ICU's root, the app's languages, and what every lookup needs.
KEPT_LOCALES = re.compile(r"(root|en|es|pt|zh)(_\w+)?\.res")
KEPT_DATA = {
    "res_index.res", "pool.res", "likelySubtags.res", "supplementalData.res", "metadata.res",
    "metaZones.res", "timezoneTypes.res", "windowsZones.res", "zoneinfo64.res", "keyTypeData.res",
    "numberingSystems.res", "icuver.res", "icustd.res", "plurals.res", "pluralRanges.res",
    "dayPeriods.res", "genderList.res", "grammaticalFeatures.res", "units.res",
    "currencyNumericCodes.res", "tzdbNames.res", "langInfo.res",
}  # fmt: skip
#: Converters kept, for a local HTML file in a legacy encoding: Windows' and ISO's Western,
#: Central and Eastern European, Cyrillic, Greek and Turkish ones, and the Chinese, Japanese
#: and Korean ones (with the tables they are built on).
KEPT_CONVERTERS = {
    "ibm-5346_P100-1998", "ibm-5347_P100-1998", "ibm-5348_P100-1997", "ibm-5349_P100-1998",
    "ibm-5350_P100-1998", "ibm-5351_P100-1998", "ibm-5352_P100-1998", "ibm-5353_P100-1998",
    "ibm-5354_P100-1998", "ibm-912_P100-1995", "ibm-913_P100-2000", "ibm-914_P100-1995",
    "ibm-915_P100-1995", "ibm-920_P100-1995", "ibm-923_P100-1998", "ibm-878_P100-1996",
    "gb18030", "windows-936-2000", "ibm-1386_P100-2001", "ibm-943_P15A-2003",
    "ibm-33722_P12A_P12A-2009_U2", "windows-949-2000", "ibm-1363_P11B-1998",
    "ibm-970_P110_P110-2006_U2", "windows-950-2000", "ibm-1373_P100-2002",
}  # fmt: skip
#: The symbol libicuuc reads the data from, named for ICU's major version ("icudt73_dat").
SYMBOL = re.compile(r"\b(icudt\d+_dat)\b")

ASSEMBLY = """    .section .rodata
    .globl {symbol}
    .type {symbol}, @object
    .balign 16
{symbol}:
    .incbin "{data}"
    .size {symbol}, . - {symbol}
    .section .note.GNU-stack,"",@progbits
"""


def unused(item: str) -> bool:
    """Whether an item of ICU's data ("coll/de.res", "de.res", "ibm-37_P100-1995.cnv") goes."""
    tree, _slash, name = item.rpartition("/")
    if tree:
        return tree in UNUSED_TREES
    if name.endswith(".cnv"):
        return name.removesuffix(".cnv") not in KEPT_CONVERTERS
    if name.endswith(".res"):
        return name not in KEPT_DATA and not KEPT_LOCALES.fullmatch(name)
    return False  # the core: character properties, normalisation, converter aliases


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        package = {"icupkg": "icu-devtools", "objcopy": "binutils", "nm": "binutils"}.get(name, "gcc")
        raise SystemExit(f"lean_icu: {name} is needed to trim ICU's data (Debian: apt install {package})")
    return found


def lean_library(library: Path, out_dir: Path) -> Path:
    """A libicudata with the same name and symbol as `library`, holding only the data kept."""
    out_dir.mkdir(parents=True, exist_ok=True)
    symbols = subprocess.run(
        [tool("nm"), "-D", "--defined-only", str(library)], capture_output=True, text=True, check=True
    ).stdout
    found = SYMBOL.search(symbols)
    if found is None:
        raise SystemExit(f"lean_icu: {library} exports no ICU data symbol")
    symbol = found.group(1)
    # icupkg wants the package's own name: "icudt73l" for the little-endian data of ICU 73
    package = symbol.removesuffix("_dat") + ("l" if sys.byteorder == "little" else "b")
    (out_dir / "whole").mkdir(exist_ok=True)
    whole, lean = out_dir / "whole" / f"{package}.dat", out_dir / f"{package}.dat"
    # the data is the library's read-only section, which holds nothing else
    subprocess.run(
        [tool("objcopy"), "-O", "binary", "--only-section=.rodata", str(library), str(whole)], check=True
    )
    if whole.read_bytes()[2:4] != b"\xda\x27":  # ICU's data header
        raise SystemExit(f"lean_icu: {library}'s read-only section is not ICU's data")
    items = subprocess.run([tool("icupkg"), "-l", str(whole)], capture_output=True, text=True, check=True)
    removed = out_dir / "removed.txt"
    removed.write_text("".join(f"{item}\n" for item in items.stdout.split() if unused(item)))
    lean.unlink(missing_ok=True)
    subprocess.run([tool("icupkg"), "-r", str(removed), str(whole), str(lean)], check=True)
    assembly = out_dir / "icudata.S"
    assembly.write_text(ASSEMBLY.format(symbol=symbol, data=lean.name))
    target = out_dir / library.name
    subprocess.run(
        [tool("cc"), "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(target), assembly.name],
        check=True,
        cwd=out_dir,
    )
    return target


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    print(lean_library(Path(sys.argv[1]), Path(sys.argv[2])))
