"""The course on a JupyterHub: `make hub` (deploy.py sets it up, jupyterhub_config.py configures it)."""
