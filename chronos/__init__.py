"""chronos: from news text to a dated chronology.

>>> import chronos
>>> [(e.text, e.value) for e in chronos.extract("Last year, Russia deployed missiles.", dct="2017-03-17")]
[('Last year', '2016')]
"""

from .api import extract, timeline
from .errors import ChronosError, DateError
from .model import Event, Granularity, Interval, Reference, TimeExpression
from .plotting import plot
from .timeline import Timeline

__version__ = "0.1.0"

__all__ = [
    "extract",
    "timeline",
    "plot",
    "TimeExpression",
    "Event",
    "Timeline",
    "Interval",
    "Granularity",
    "Reference",
    "ChronosError",
    "DateError",
    "__version__",
]
