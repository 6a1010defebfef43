"""Reference data: SKR's follow-up areas, answer scale, MSB's maturity model,
SKR's published benchmarks and answer distributions, and the municipality list.

Qt-free and side-effect free at import; data is read on the first
``load_reference()`` call.
"""

from app.reference.benchmarks import (
    BenchmarkSet,
    KnownDiscrepancy,
    group_label,
    load_benchmark_file,
)
from app.reference.catalog import Reference, load_reference
from app.reference.collation import fold, swedish_sort_key
from app.reference.distributions import (
    Distribution,
    DistributionDiscrepancy,
    ProfileOption,
    ProfileQuestion,
    PublishedFigure,
)
from app.reference.errors import ReferenceDataError
from app.reference.files import reference_dir
from app.reference.framework import AnswerOption, Area, MaturityLevel, MaturityModel
from app.reference.municipalities import (
    Municipality,
    MunicipalityCorrection,
    MunicipalityMatch,
    MunicipalityRegistry,
    Subgroup,
)

__all__ = [
    "AnswerOption",
    "Area",
    "BenchmarkSet",
    "Distribution",
    "DistributionDiscrepancy",
    "KnownDiscrepancy",
    "MaturityLevel",
    "MaturityModel",
    "Municipality",
    "MunicipalityCorrection",
    "MunicipalityMatch",
    "MunicipalityRegistry",
    "ProfileOption",
    "ProfileQuestion",
    "PublishedFigure",
    "Reference",
    "ReferenceDataError",
    "Subgroup",
    "fold",
    "group_label",
    "load_benchmark_file",
    "load_reference",
    "reference_dir",
    "swedish_sort_key",
]
