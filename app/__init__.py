"""Lägesbild core: Qt-free domain, storage, reference data, reports and CLI."""

from importlib.metadata import PackageNotFoundError, version


def app_version() -> str:
    """The installed package version; '0+dev' when running from an uninstalled tree."""
    try:
        return version("lagesbild")
    except PackageNotFoundError:
        return "0+dev"
