"""QR codes on badges and business cards, read through the laptop's camera (QtMultimedia) with
zxing-cpp. A few frames a second are decoded on a pool thread, one at a time, so the preview and
the form stay smooth; the first code found is handed over and the camera stops."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoFrame, QVideoSink

DECODE_EVERY_MS = 250


def decode(image: QImage) -> str | None:
    """The text of the first code (QR, or any other zxing-cpp reads) in ``image``, if any."""
    import zxingcpp  # loaded when a camera is first used, not at start-up

    for code in zxingcpp.read_barcodes(image):  # any format: a 1D badge number is kept as scanned
        if code.valid and code.text:
            return str(code.text)
    return None


def has_camera() -> bool:
    return bool(QMediaDevices.videoInputs())


class CameraScanner(QObject):
    found = Signal(str)  # a code's text, on the GUI thread
    _decoded = Signal(object)  # from the pool thread: str or None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = QMediaCaptureSession(self)
        self.sink = QVideoSink(self)
        self.camera: QCamera | None = None
        self._latest: QVideoFrame | None = None
        self._busy = threading.Event()
        self._timer = QTimer(self, interval=DECODE_EVERY_MS)
        self._timer.timeout.connect(self._decode_latest)
        self.sink.videoFrameChanged.connect(self._keep)
        self._decoded.connect(self._done)

    @property
    def running(self) -> bool:
        return self.camera is not None

    def start(self, preview: QVideoSink | None = None) -> bool:
        """Start the first camera; False if there is none. ``preview``: where to show it too."""
        devices = QMediaDevices.videoInputs()
        if not devices:
            return False
        self.camera = QCamera(devices[0], self)
        self.session.setCamera(self.camera)
        self.session.setVideoSink(preview or self.sink)
        if preview is not None:
            preview.videoFrameChanged.connect(self._keep)
        self.camera.start()
        self._timer.start()
        return True

    def stop(self) -> None:
        self._timer.stop()
        if self.camera is not None:
            self.camera.stop()
            self.camera.deleteLater()
            self.camera = None
        self._latest = None

    def _keep(self, frame: QVideoFrame) -> None:
        self._latest = frame

    def _decode_latest(self) -> None:
        frame, self._latest = self._latest, None
        if frame is None or self._busy.is_set():
            return
        image = frame.toImage()  # a copy: the pool thread owns it
        if image.isNull():
            return
        self._busy.set()
        QThreadPool.globalInstance().start(lambda: self._decoded.emit(decode(image)))

    def _done(self, text: str | None) -> None:
        self._busy.clear()
        if text and self.running:
            self.stop()
            self.found.emit(text)
