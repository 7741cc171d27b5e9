#!/usr/bin/env bash
# core/ computes and stores: it must never include Qt Widgets, Charts or Multimedia widgets,
# and widgets/ must not include the studio's app/ headers.
set -euo pipefail
cd "$1"
bad=0
if grep -rnE '#include *<(QtWidgets|QtCharts|QtMultimediaWidgets|QWidget|QApplication|QMainWindow|QDialog|QChart)' core; then
    echo "core/ includes GUI headers (above)"; bad=1
fi
if grep -rnE '#include *"(mainwindow|aboutdialog|clicommand)' widgets core; then
    echo "a lower layer includes app/ headers (above)"; bad=1
fi
[ $bad -eq 0 ] && echo "layering ok"
exit $bad
