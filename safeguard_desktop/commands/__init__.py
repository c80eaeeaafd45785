"""One module per command-line command (see safeguard_desktop.cli)."""
