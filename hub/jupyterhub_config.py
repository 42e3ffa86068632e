"""JupyterHub's configuration for the course (`make hub`; hub/deploy.py writes its settings).

- **Accounts**: `PAMAuthenticator` — the machine's own users and passwords; only the
  course's accounts may log in. Groups: `instructors` and `students`.
- **Servers**: `LocalProcessSpawner` — each user's JupyterLab (`jupyterhub-singleuser`,
  JupyterLab as the interface) runs as that system user, in their home, from the shared
  environment `PREFIX/env`. A student's server gets the `student` Jupyter configuration
  (no formgrader, no Create Assignment), the instructor's the `instructor` one; everyone
  reads nbgrader's exchange, course id and the course's nbgrader settings from the
  environment's `etc/jupyter`, the instructor also the course directory from ~/.jupyter.
- **Proxy**: `configurable-http-proxy` from hub/node_modules, started by the hub.
- **Grading**: the instructor's formgrader autogrades with the course directory's
  `nbgrader_config.py`, i.e. in the bubblewrap sandbox, as `ckl-grade` does.

Settings (paths, ports, user names) come from the JSON file named by `CKL_HUB_SETTINGS`.
"""

import json
import os
from pathlib import Path

c = get_config()  # noqa: F821 -- provided by traitlets when JupyterHub loads this file

settings = json.loads(Path(os.environ["CKL_HUB_SETTINGS"]).read_text())
prefix = Path(settings["prefix"])
state = prefix / "state"
instructors = list(settings["instructors"])
students = list(settings["students"])

# --- where the hub answers, and its own state (root only)
c.JupyterHub.bind_url = f"http://{settings['ip']}:{settings['port']}"
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = settings["hub_port"]
c.JupyterHub.db_url = f"sqlite:///{state / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(state / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(state / "jupyterhub.pid")
c.ConfigurableHTTPProxy.command = [settings["proxy"]]
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{settings['proxy_api_port']}"
c.ConfigurableHTTPProxy.pid_file = str(state / "jupyterhub-proxy.pid")
# stop every user's server (and the proxy) when the hub stops
c.JupyterHub.cleanup_servers = True
c.JupyterHub.cleanup_proxy = True

# --- accounts: system users, their passwords checked by PAM
c.JupyterHub.authenticator_class = "pam"
c.Authenticator.allowed_users = set(instructors + students)
c.JupyterHub.load_groups = {
    "instructors": {"users": instructors},
    "students": {"users": students},
}

# --- servers: JupyterLab as each user, from the shared environment
c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = [str(Path(settings["python"]).parent / "jupyterhub-singleuser")]
c.Spawner.default_url = "/lab"
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
c.Spawner.environment = {"TF_CPP_MIN_LOG_LEVEL": "3"}
etc = prefix / "etc"


def per_role(spawner):
    """By the user's hub group: the instructors' Jupyter configuration or the students'
    (everyone's nbgrader settings are in the environment's own etc/jupyter)."""
    groups = {group.name for group in spawner.user.groups}
    role = "instructor" if "instructors" in groups else "student"
    spawner.environment["JUPYTER_CONFIG_PATH"] = str(etc / role)


c.Spawner.pre_spawn_hook = per_role
