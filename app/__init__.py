"""Lägesbild core: Qt-free domain, storage, reference data, reports and CLI."""


def app_version() -> str:
    """The installed package version; '0+dev' when running from an uninstalled tree.

    importlib.metadata is imported here, not at module level: it costs tens of milliseconds and
    every start of the GUI imports this package before the first paint.
    """
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("lagesbild")
    except PackageNotFoundError:
        return "0+dev"
