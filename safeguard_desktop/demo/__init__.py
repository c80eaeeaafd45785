"""The demo workspace, built from the public reference documents
(``resources/demo/*.json``) so that a new user, a tester or a screenshot has
realistic boards, plans, minutes and a year of meetings to look at."""

from safeguard_desktop.demo.build import build_demo

__all__ = ["build_demo"]
