"""The adversarial suite's marker; its helpers are in security_helpers.py."""


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "sandbox: grades in the bubblewrap sandbox (skipped without bwrap, a failure under CI)",
    )
