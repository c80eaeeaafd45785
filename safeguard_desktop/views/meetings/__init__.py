"""The meeting room screens: agenda, attendance register, minutes, action review."""
