"""What the packaged app keeps of ICU's data (tools/lean_icu.py): the core Qt reads, the locales
of the app's languages, and the converters of common legacy encodings; never the per-locale trees."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
from lean_icu import unused  # noqa: E402


@pytest.mark.parametrize(
    "item",
    ["uprops.icu", "ucase.icu", "nfc.nrm", "cnvalias.icu", "root.res", "en.res", "es_MX.res", "pt_BR.res",
     "zh_Hans_CN.res", "pool.res", "res_index.res", "ibm-5348_P100-1997.cnv", "gb18030.cnv"],
)  # fmt: skip
def test_the_core_and_the_app_s_languages_are_kept(item: str) -> None:
    assert not unused(item)


@pytest.mark.parametrize(
    "item",
    ["coll/root.res", "coll/de.res", "brkitr/thaidict.dict", "curr/en.res", "zone/es.res", "lang/pt.res",
     "unit/zh.res", "translit/root.res", "de.res", "ja.res", "ibm-37_P100-1995.cnv"],
)  # fmt: skip
def test_the_trees_qt_never_reads_and_other_locales_go(item: str) -> None:
    assert unused(item)
