import sys
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
app = QApplication(sys.argv)
from netdesigner.ui.main_window import MainWindow
w = MainWindow(remember_layout=False)
w.show(); w.activateWindow()
QTest.qWaitForWindowActive(w)
print("focus", QApplication.focusWidget())
def press(key, mod=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(QApplication.focusWidget() or w, key, mod)
press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier|Qt.KeyboardModifier.ShiftModifier)
print("palette visible", w.keyboard.palette.isVisible(), QApplication.focusWidget())
QTest.keyClicks(QApplication.focusWidget(), "add input")
print(w.keyboard.palette.titles()[:5])
press(Qt.Key.Key_Return)
print([n.id for n in w.doc.nodes], QApplication.focusWidget(), w.keyboard.canvas.ring_node())
w.grab().save("/tmp/win1.png")
press(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
QTest.keyClicks(QApplication.focusWidget(), "dense")
print(w.keyboard.palette.titles()[:8])
w.grab().save("/tmp/win2.png")
