"""pyqtgraph charts for the dashboard and the presentation, drawn from app.domain.series objects.

Only modules under ui/charts (and the pages that show charts) import pyqtgraph, because importing
it costs about half a second; the main window imports the dashboard lazily after first paint.
"""

from ui.charts.qt_mirrors import import_pyqtgraph

# Every chart module imports pyqtgraph: import it here first, without making PySide6 create
# all its classes (see qt_mirrors).
import_pyqtgraph()
