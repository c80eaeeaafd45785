"""safeguard-desktop: the secretariat's desk for safeguarding boards."""

__version__ = "0.1.0"
APP_NAME = "safeguard-desktop"
