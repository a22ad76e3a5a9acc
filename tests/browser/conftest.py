"""The browser tests' fixtures, from tests/support/browser.py."""

from tests.support.browser import browser, page, scenario, tiles  # noqa: F401  (fixtures)
